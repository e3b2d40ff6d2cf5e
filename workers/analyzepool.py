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
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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


class Analyzer:
    """Runs :func:`analyze_value` inline (``processes`` 0) or in a pool of child processes."""

    def __init__(self, processes: int) -> None:
        self.processes = max(0, processes)
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, value: Any) -> asyncio.Future[Analysis] | None:
        """Start analysing in the pool; ``None`` means "analyze inline when needed"."""
        if not self.processes:
            return None
        loop = asyncio.get_running_loop()
        try:
            return loop.run_in_executor(self._start_pool(), analyze_value, value)
        except BrokenProcessPool:  # a child died since the last submit
            self._discard_broken_pool()
            return loop.run_in_executor(self._start_pool(), analyze_value, value)

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
                return await submitted
            except BrokenProcessPool:
                self._discard_broken_pool()
        return analyze_value(value)

    def close(self) -> None:
        """Stop the children; pending analyses are dropped (their records are re-read)."""
        self._discard_pool()

    def _discard_broken_pool(self) -> None:
        log.warning("an analyze process died; starting a new pool")
        self._discard_pool()

    def _discard_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
