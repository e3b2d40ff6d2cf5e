"""Idempotent delivery of alerts to Redis: a durable Stream plus a live pub/sub channel.

Kafka gives at-least-once delivery, so the same alert record can arrive twice
(a worker crash between writing Redis and committing the offset). One Lua
script makes delivery idempotent and atomic: it sets a marker key for the
alert id (with a TTL) and only when the marker is new appends to the Stream
and publishes on the channel.
"""

from __future__ import annotations

from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import RedisError

from claimwatch import metrics, redis_keys
from claimwatch.settings import Settings
from workers.retry import retry_forever

_DELIVER_LUA = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*',
             'id', ARGV[3], 'kind', ARGV[4], 'json', ARGV[5])
  redis.call('PUBLISH', KEYS[3], ARGV[5])
  return 1
end
return 0
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
        """Deliver a group of alerts in one round trip (a pipeline of the same script).

        Returns, per alert, True when it was new and False for a redelivery.
        Retries the whole group until Redis accepts it; alerts that got through
        before a failure are recognised by their marker keys on the retry. The
        Kafka offsets of the alerts are committed only after this returns, so
        alerts produced while Redis is down wait in Kafka until it is back.
        """

        async def attempt() -> list[Any]:
            async with self._client.pipeline(transaction=False) as pipe:
                for alert, payload in alerts:
                    keys = [
                        redis_keys.ALERT_SEEN_PREFIX + alert["id"],
                        redis_keys.ALERTS_STREAM,
                        redis_keys.ALERTS_CHANNEL,
                    ]
                    args = [self._ttl, self._maxlen, alert["id"], alert["kind"], payload]
                    await self._script(keys=keys, args=args, client=pipe)
                return list(await pipe.execute())

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


def _count(alert: dict[str, Any], new: bool) -> None:
    if new:
        metrics.ALERTS_DELIVERED.labels(alert["kind"]).inc()
    else:
        metrics.ALERTS_REDELIVERED.inc()
