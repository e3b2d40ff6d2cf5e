"""Idempotent delivery of alerts to Redis: a durable Stream plus a live pub/sub channel.

Kafka gives at-least-once delivery, so the same alert record can arrive twice
(a worker crash between writing Redis and committing the offset). One Lua
script makes delivery idempotent and atomic: it sets a marker key for the
alert id (with a TTL) and only when the marker is new appends to the Stream
and publishes on the channel.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import RedisError

from claimwatch import metrics, redis_keys
from claimwatch.settings import Settings

log = logging.getLogger(__name__)

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

    def _keys_and_args(self, alert: dict[str, Any], payload: str) -> tuple[list[str], list[Any]]:
        keys = [
            redis_keys.ALERT_SEEN_PREFIX + alert["id"],
            redis_keys.ALERTS_STREAM,
            redis_keys.ALERTS_CHANNEL,
        ]
        return keys, [self._ttl, self._maxlen, alert["id"], alert["kind"], payload]

    async def deliver_once(self, alert: dict[str, Any], payload: str) -> bool:
        """One attempt; True when the alert was new, False for a redelivery."""
        keys, args = self._keys_and_args(alert, payload)
        return bool(await self._script(keys=keys, args=args))

    async def deliver(self, alert: dict[str, Any], payload: str, max_backoff: float = 5.0) -> bool:
        """Deliver, retrying with backoff until Redis accepts it (never drops an alert).

        The Kafka offset of the alert is committed only after this returns, so
        alerts produced while Redis is down wait in Kafka and arrive once it is back.
        """
        delay = 0.1
        while True:
            try:
                new = await self.deliver_once(alert, payload)
            except (RedisError, OSError) as exc:
                metrics.SINK_RETRIES.inc()
                log.warning(
                    "Redis unavailable (%s); retrying alert %s in %.1fs", exc, alert["id"], delay
                )
                await asyncio.sleep(delay)
                delay = min(max_backoff, delay * 2)
                continue
            _count(alert, new)
            return new

    async def deliver_many(
        self, alerts: list[tuple[dict[str, Any], str]], max_backoff: float = 5.0
    ) -> list[bool]:
        """Deliver a group of alerts in one round trip (a pipeline of the same script).

        Retries the whole group until Redis accepts it; alerts that got through
        before a failure are recognised by their marker keys on the retry.
        """
        delay = 0.1
        while True:
            try:
                async with self._client.pipeline(transaction=False) as pipe:
                    for alert, payload in alerts:
                        keys, args = self._keys_and_args(alert, payload)
                        await self._script(keys=keys, args=args, client=pipe)
                    results = await pipe.execute()
            except (RedisError, OSError) as exc:
                metrics.SINK_RETRIES.inc()
                log.warning(
                    "Redis unavailable (%s); retrying %d alerts in %.1fs", exc, len(alerts), delay
                )
                await asyncio.sleep(delay)
                delay = min(max_backoff, delay * 2)
                continue
            news = [bool(r) for r in results]
            for (alert, _), new in zip(alerts, news, strict=True):
                _count(alert, new)
            return news


def _count(alert: dict[str, Any], new: bool) -> None:
    if new:
        metrics.ALERTS_DELIVERED.labels(alert["kind"]).inc()
    else:
        metrics.ALERTS_REDELIVERED.inc()
