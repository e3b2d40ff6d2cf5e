"""Group commit for an agent: handle records one by one, make them durable in groups.

An agent that waits for the broker (or Redis) after every record is bound by
round trips, not CPU: ~100 records/s when each write costs a few milliseconds.
:class:`GroupCommit` lets the agent hand each handled record over and move on;
one background flush at a time makes everything handed over since the last
flush durable with a single write, then acks those records' Kafka events in
order. Under a backlog the groups grow (up to ``max_pending``, where the agent
waits); when the stream is quiet each record is flushed at once, so it adds
no latency. With ``linger_s`` a flush that finds nothing running waits that
long before it takes its group (Kafka's ``linger.ms``): records that trickle
in one by one (the deliver agent's alerts arrive ~1.3 per fetch) then share
one write instead of one round trip each, for at most ``linger_s`` of latency.

Events are acked only after their flush succeeded, so the consumer never
commits past a record whose effects are not durable: a crash or a stop in
between makes the next worker read those records again (at least once; every
sink here is idempotent). The agent's stream must not ack by itself
(``stream.noack()``): Faust's ``take()`` acks a batch even when its handler
fails or is cancelled.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)


class GroupCommit(Generic[T]):
    """Pending items with their events; ``flush(items)`` makes a group durable."""

    def __init__(
        self,
        flush: Callable[[list[T]], Awaitable[None]],
        ack: Callable[[Any], Awaitable[Any]],
        *,
        max_pending: int = 500,
        linger_s: float = 0.0,
        name: str = "group-commit",
    ) -> None:
        self._flush = flush
        self._ack = ack
        self._max_pending = max_pending
        self._linger_s = linger_s
        self._name = name
        self._pending: list[tuple[Any, T]] = []
        self._task: asyncio.Task[None] | None = None

    async def add(self, event: Any, item: T) -> None:
        """Hand over one handled record; returns at once unless too much is pending."""
        self._pending.append((event, item))
        if len(self._pending) >= self._max_pending:
            await self.drain()
        elif self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(self._linger_s), name=self._name)

    async def drain(self) -> None:
        """Wait until everything handed over so far is flushed and acked."""
        while self._pending or (self._task is not None and not self._task.done()):
            if self._task is not None and not self._task.done():
                await asyncio.shield(self._task)
            elif self._pending:
                await self._run()

    async def ack_alone(self, event: Any, action: Callable[[], Awaitable[Any]]) -> None:
        """Ack a record that is not handed over (say, dead-lettered) after ``action``.

        Everything handed over before it is flushed and acked first, so acks stay
        in offset order.
        """
        await self.drain()
        await action()
        await self._ack(event)

    async def close(self) -> None:
        """Stop flushing (the worker is stopping): unacked records are read again later."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _run(self, linger_s: float = 0.0) -> None:
        if linger_s > 0:
            await asyncio.sleep(linger_s)
        while self._pending:
            group, self._pending = self._pending, []
            try:
                await self._flush([item for _, item in group])
            except asyncio.CancelledError:
                raise
            except Exception:
                # Not acked: the consumer cannot commit past these records, so a
                # restarted worker reads them again. Keeping on would ack later
                # records out of order behind a gap the commit never passes.
                log.exception("%s: flush of %d records failed", self._name, len(group))
                raise
            for event, _ in group:
                await self._ack(event)
