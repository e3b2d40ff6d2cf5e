"""Retry an operation until it succeeds: for writes that must never be dropped.

The brain's state steps and the Redis deliveries both wait out an outage of
their server instead of losing data: each failed attempt is counted, logged,
and retried after a doubling pause (0.1 s up to ``max_delay``). Only the
errors named are retried; anything else is a bug and propagates.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from prometheus_client import Counter

T = TypeVar("T")

log = logging.getLogger(__name__)


async def retry_forever(
    attempt: Callable[[], Awaitable[T]],
    *,
    errors: tuple[type[BaseException], ...],
    counter: Counter,
    what: str,
    after_failure: Callable[[], Awaitable[None]] | None = None,
    max_delay: float = 5.0,
) -> T:
    """Await ``attempt()`` until it returns; ``after_failure`` runs before each pause."""
    delay = 0.1
    while True:
        try:
            return await attempt()
        except errors as exc:
            counter.inc()
            log.warning("%s failed (%s); retrying in %.1fs", what, exc, delay)
            if after_failure is not None:
                await after_failure()
            await asyncio.sleep(delay)
            delay = min(max_delay, delay * 2)
