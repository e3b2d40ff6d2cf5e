"""Article analysis (extraction, fingerprints) for the brain agent, inline or in child processes.

With ``analyze_in_brain`` the brain agent analyzes each article just before
observing it. On one process that is serial: the brain waits for extraction,
extraction waits for the brain. :class:`Analyzer` with ``processes`` >= 1 runs
:func:`analyze_value` in a pool of child processes instead, so the agent can
hand the next articles over while it observes the current one (the worker then
uses a second core). Observation stays in offset order: the agent awaits each
article's result in the order it read them.

:func:`analyze_value` is the whole job of one article and never raises: a
record to dead-letter comes back with its reason. It is what runs in a child,
so it takes and returns plain, picklable data.

Articles go to the children in groups (:func:`analyze_values`), as group
commit does with writes: one is sent at once while a child has a free slot (a
task running and one queued), and the articles that arrive while all slots are
taken go together as the next task.
Each task costs the worker ~90 us of CPU (the executor's threads, pipes and
wake-ups) whatever its size, so under a backlog a group of 8 costs ~25 us an
article; at a low rate every group is a single article and waits for nothing.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, NamedTuple

from claimlogic import brain
from topics import SchemaError, parse_article
from workers.children import die_with_parent

log = logging.getLogger(__name__)


class Analysis(NamedTuple):
    """One article's analyzed record, or the reason to dead-letter it; and its CPU time."""

    record: dict[str, Any] | None
    reason: str | None
    cpu_s: float


def analyze_value(value: Any) -> Analysis:
    """Parse and analyze one article record's raw value (bytes); never raises."""
    cpu = time.thread_time()
    try:
        record = brain.analyze(parse_article(value))
    except SchemaError as exc:
        return Analysis(None, str(exc), time.thread_time() - cpu)
    except Exception as exc:  # a bug on one article must not stop or lose the stream
        log.exception("analyze failed")
        reason = f"internal error: {type(exc).__name__}: {exc}"
        return Analysis(None, reason, time.thread_time() - cpu)
    return Analysis(record, None, time.thread_time() - cpu)


def analyze_values(values: list[Any]) -> list[Analysis]:
    """:func:`analyze_value` of each value, in order (one task for a child)."""
    return [analyze_value(value) for value in values]


#: At most this many articles in one task: a group's first article waits for its
#: last, so larger groups add latency for little (the per-task cost is spread).
MAX_GROUP = 8
#: Tasks in flight per child: one running and one queued behind it, so a child
#: that finishes a group starts the next at once instead of waiting for the event
#: loop (busy observing the finished group's articles) to send it. With one task
#: per child, throughput fell by a quarter in the 3k bench.
TASKS_PER_CHILD = 2

_Waiting = tuple[Any, "asyncio.Future[Analysis]"]


class Analyzer:
    """Runs :func:`analyze_value` inline (``processes`` 0) or in a pool of child processes."""

    def __init__(self, processes: int) -> None:
        self.processes = max(0, processes)
        self._pool: ProcessPoolExecutor | None = None
        #: submitted, not yet sent to a child, in order
        self._waiting: list[_Waiting] = []
        #: tasks sent and not settled; reset by close() (``_generation`` tells a
        #: task sent before from one sent after)
        self._in_flight = 0
        self._generation = 0

    def submit(self, value: Any) -> asyncio.Future[Analysis] | None:
        """Start analysing in the pool; ``None`` means "analyze inline when needed"."""
        if not self.processes:
            return None
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Analysis] = loop.create_future()
        self._waiting.append((value, future))
        self._send(loop)
        return future

    def _send(self, loop: asyncio.AbstractEventLoop) -> None:
        """Send the waiting articles to free children, up to MAX_GROUP a task."""
        while self._waiting and self._in_flight < TASKS_PER_CHILD * self.processes:
            group = [w for w in self._waiting[:MAX_GROUP] if not w[1].done()]  # not cancelled
            del self._waiting[:MAX_GROUP]
            if not group:
                continue
            values = [value for value, _ in group]
            try:
                pool = self._start_pool()
                try:
                    task = loop.run_in_executor(pool, analyze_values, values)
                except BrokenProcessPool:  # a child died since the last task
                    self._discard_broken_pool(pool)
                    pool = self._start_pool()
                    task = loop.run_in_executor(pool, analyze_values, values)
            except Exception as exc:  # each caller learns it from its future
                for _, future in group:
                    future.set_exception(exc)
                continue
            self._in_flight += 1
            task.add_done_callback(partial(self._settle, loop, pool, self._generation, group))

    def _settle(
        self,
        loop: asyncio.AbstractEventLoop,
        pool: ProcessPoolExecutor,
        generation: int,
        group: list[_Waiting],
        task: asyncio.Future[list[Analysis]],
    ) -> None:
        """A task is over: hand each article its analysis (or the task's failure)."""
        if generation == self._generation:
            self._in_flight -= 1
        if task.cancelled():
            for _, future in group:
                future.cancel()
        elif (exc := task.exception()) is not None:
            if isinstance(exc, BrokenProcessPool):
                self._discard_broken_pool(pool)
            for _, future in group:
                if not future.done():
                    future.set_exception(exc)
        else:
            for (_, future), analysis in zip(group, task.result(), strict=True):
                if not future.done():
                    future.set_result(analysis)
        self._send(loop)

    def _start_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the worker runs threads (Faust's consumer thread,
            # the executor's own), and a forked child could inherit a held lock.
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    async def result(self, value: Any, submitted: asyncio.Future[Analysis] | None) -> Analysis:
        """The analysis of ``value``: the pool's result, or computed here.

        A pool whose child died (killed from outside, out of memory) is replaced,
        and this article is analysed inline, so one lost child loses no article.
        """
        if submitted is not None:
            try:
                if submitted.done():
                    # A group's results arrive together: yield once per article, so
                    # the loop's other tasks (the state flush, deliver, fetches) run
                    # between observations as when each result arrived on its own.
                    await asyncio.sleep(0)
                return await submitted
            except BrokenProcessPool:
                pass  # the broken pool was dropped when its task failed
        return analyze_value(value)

    def close(self) -> None:
        """Stop the children; pending analyses are dropped (their records are re-read)."""
        waiting, self._waiting = self._waiting, []
        for _, future in waiting:
            future.cancel()
        self._in_flight = 0
        self._generation += 1
        self._discard_pool()

    def _discard_broken_pool(self, pool: ProcessPoolExecutor) -> None:
        """Drop ``pool`` if it is still the current one (the next task starts another)."""
        if pool is self._pool:
            log.warning("an analyze process died; starting a new pool")
            self._discard_pool()

    def _discard_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
