"""Idempotent delivery of alerts to Redis: a durable Stream plus a live pub/sub channel.

Kafka gives at-least-once delivery, so the same alert record can arrive twice
(a worker crash between writing Redis and committing the offset). One Lua
script makes delivery idempotent and atomic: per alert it sets a marker key for
the alert id (with a TTL) and only when the marker is new appends to the Stream
and publishes on the channel. A group of alerts is one call of the script (one
EVALSHA, one round trip), so the group is delivered all or nothing.
"""

from __future__ import annotations

import functools
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import RedisError

from claimwatch import metrics, redis_keys
from claimwatch.settings import Settings
from workers.retry import retry_forever

#: KEYS: the Stream, the channel, then one marker key per alert; ARGV: the
#: marker TTL, the Stream's MAXLEN, then id, kind and JSON of each alert in the
#: order of their marker keys. Returns 1 (new) or 0 (seen before) per alert. An
#: id twice in one group is delivered once: its second SET NX finds the first's
#: marker, as it would in a later group.
_DELIVER_LUA = """
local out = {}
for i = 3, #KEYS do
  local a = 3 * (i - 3) + 3
  if redis.call('SET', KEYS[i], '1', 'NX', 'EX', ARGV[1]) then
    redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*',
               'id', ARGV[a], 'kind', ARGV[a + 1], 'json', ARGV[a + 2])
    redis.call('PUBLISH', KEYS[2], ARGV[a + 2])
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
return out
"""


def redis_client(settings: Settings, **extra: Any) -> aioredis.Redis:
    """An asyncio Redis client with bounded, jittered retries and health checks."""
    return aioredis.Redis.from_url(
        settings.redis_url.reveal(),
        retry=Retry(ExponentialWithJitterBackoff(base=0.05, cap=1.0), retries=3),
        health_check_interval=15,
        socket_timeout=5,
        socket_connect_timeout=2,
        **extra,
    )


class AlertSink:
    """Writes alerts to Redis exactly once per alert id, retrying while Redis is away."""

    def __init__(self, client: aioredis.Redis, settings: Settings) -> None:
        self._client = client
        self._script = client.register_script(_DELIVER_LUA)
        self._ttl = settings.alert_id_ttl_s
        self._maxlen = settings.alerts_stream_maxlen

    async def deliver_many(
        self, alerts: list[tuple[dict[str, Any], str]], max_backoff: float = 5.0
    ) -> list[bool]:
        """Deliver a group of alerts in one round trip (one call of the script).

        Returns, per alert, True when it was new and False for a redelivery.
        Retries the whole group until Redis accepts it; the script is atomic, so
        a failed call delivered all of the group or none, and alerts delivered
        before are recognised by their marker keys on the retry. The Kafka
        offsets of the alerts are committed only after this returns, so alerts
        produced while Redis is down wait in Kafka until it is back. The script
        is sent by its SHA; a Redis that does not know it (restarted, flushed)
        answers NOSCRIPT, and the client loads it and calls again.
        """
        if not alerts:
            return []
        keys = [redis_keys.ALERTS_STREAM, redis_keys.ALERTS_CHANNEL]
        args: list[Any] = [self._ttl, self._maxlen]
        for alert, payload in alerts:
            keys.append(redis_keys.ALERT_SEEN_PREFIX + alert["id"])
            args += (alert["id"], alert["kind"], payload)

        async def attempt() -> list[Any]:
            return list(await self._script(keys=keys, args=args))

        results = await retry_forever(
            attempt,
            errors=(RedisError, OSError),
            counter=metrics.SINK_RETRIES,
            what=f"Redis delivery of {len(alerts)} alerts",
            max_delay=max_backoff,
        )
        news = [bool(r) for r in results]
        for (alert, _), new in zip(alerts, news, strict=True):
            _count(alert, new)
        return news


#: The delivered counter's child per alert kind, looked up once.
_delivered = functools.cache(metrics.ALERTS_DELIVERED.labels)


def _count(alert: dict[str, Any], new: bool) -> None:
    if new:
        _delivered(alert["kind"]).inc()
    else:
        metrics.ALERTS_REDELIVERED.inc()
