"""Article analysis (extraction, fingerprints) for the brain agent, inline or in child processes.

With ``analyze_in_brain`` the brain agent analyzes each article just before
observing it. On one process that is serial: the brain waits for extraction,
extraction waits for the brain. :class:`Analyzer` with ``processes`` >= 1 runs
:func:`analyze_value` in long-lived child processes instead, so the agent can
hand the next articles over while it observes the current one (the worker then
uses a second core). Observation stays in offset order: the agent awaits each
article's result in the order it read them.

:func:`analyze_value` is the whole job of one article and never raises: a
record to dead-letter comes back with its reason. It is what runs in a child,
so it takes and returns plain, picklable data.

Articles go to the children in groups (:func:`analyze_values`), as group
commit does with writes: one is sent at once while a child has a free slot (a
task running and one queued), and the articles that arrive while all slots are
taken go together as the next task. Each child has one socket pair to the
worker: a task is one pickled, length-prefixed frame written by the event loop
(buffered by asyncio, never blocking it), its answer one frame read back by the
loop. There is no executor: a ``ProcessPoolExecutor`` cost the worker ~90 us
of CPU per task (its management and queue-feeder threads, their pipes and
wake-ups, the futures between them); a group of 8 spread that to ~25 us an
article.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import multiprocessing
import os
import pickle
import socket
import struct
import time
from collections.abc import Callable
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

#: A frame's length prefix: 4 bytes, big-endian, as multiprocessing's
#: ``Connection.send_bytes`` writes it (the child reads and writes with that).
_LENGTH = struct.Struct("!i")

_Waiting = tuple[Any, "asyncio.Future[Analysis]"]


class ChildLost(Exception):
    """An analyze process died (killed from outside, out of memory) with this task."""


def _serve(conn: Any, parent: int) -> None:
    """A child's whole life: answer each task frame with its analyses, until EOF."""
    die_with_parent(parent)
    while True:
        try:
            values = pickle.loads(conn.recv_bytes())
        except EOFError:  # the worker closed its end (stopping) or died
            return
        conn.send_bytes(pickle.dumps(analyze_values(values), pickle.HIGHEST_PROTOCOL))


class _Child:
    """One analyze process, the worker's end of its socket pair, and its tasks in flight.

    The socket is non-blocking and watched by the event loop: a task is written
    at once when the socket takes it (the rest when it becomes writable), an
    answer is read when it arrives. A closed connection means the child died.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        on_answer: Callable[[], None],
        on_lost: Callable[[_Child], None],
    ) -> None:
        self._loop = loop
        self._on_answer = on_answer
        self._on_lost = on_lost
        #: groups sent and not answered, in the order the child takes them
        self.tasks: collections.deque[list[_Waiting]] = collections.deque()
        self.alive = True
        self._in = bytearray()
        self._out = bytearray()
        self._writing = False
        # spawn, not fork: the worker runs threads (Faust's consumer thread), and
        # a forked child could inherit a held lock.
        ours, theirs = multiprocessing.Pipe(duplex=True)
        process = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(theirs, os.getpid()), name="claimwatch-analyze", daemon=True
        )
        try:
            process.start()
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        self.process = process
        try:
            self._sock = socket.socket(fileno=os.dup(ours.fileno()))
        finally:
            ours.close()
        self._sock.setblocking(False)
        loop.add_reader(self._sock.fileno(), self._readable)

    def send(self, group: list[_Waiting]) -> None:
        """Queue one task for the child; never blocks the event loop."""
        payload = pickle.dumps([value for value, _ in group], pickle.HIGHEST_PROTOCOL)
        self.tasks.append(group)
        self._out += _LENGTH.pack(len(payload))
        self._out += payload
        self._write()

    def _write(self) -> None:
        try:
            sent = self._sock.send(self._out)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            self._lost()
            return
        del self._out[:sent]
        if self._out and not self._writing:
            self._loop.add_writer(self._sock.fileno(), self._write)
            self._writing = True
        elif not self._out and self._writing:
            self._loop.remove_writer(self._sock.fileno())
            self._writing = False

    def _readable(self) -> None:
        try:
            data = self._sock.recv(1 << 18)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._lost()
            return
        buffer = self._in
        buffer += data
        answered = False
        while len(buffer) >= _LENGTH.size:
            (size,) = _LENGTH.unpack_from(buffer)
            end = _LENGTH.size + size
            if len(buffer) < end:
                break
            analyses = pickle.loads(buffer[_LENGTH.size : end])
            del buffer[:end]
            for (_, future), analysis in zip(self.tasks.popleft(), analyses, strict=True):
                if not future.done():  # not cancelled (journaled, or closing)
                    future.set_result(analysis)
            answered = True
        if answered:
            self._on_answer()  # a slot is free: send what waits

    def _lost(self) -> None:
        """The connection ended: the child died. Its tasks' callers analyze inline."""
        self.close(ChildLost("an analyze process died"))
        self._on_lost(self)

    def close(self, failure: Exception | None = None) -> None:
        """Stop the child; its tasks' futures get ``failure``, or are cancelled."""
        if self.alive:
            self.alive = False
            fd = self._sock.fileno()
            self._loop.remove_reader(fd)
            if self._writing:
                self._loop.remove_writer(fd)
            self._sock.close()  # a live child reads EOF and exits
            if self.process.is_alive():  # (also reaps a dead one)
                self.process.kill()
        tasks, self.tasks = self.tasks, collections.deque()
        for group in tasks:
            for _, future in group:
                if future.done():
                    continue
                if failure is None:
                    future.cancel()
                else:
                    future.set_exception(failure)


class Analyzer:
    """Runs :func:`analyze_value` inline (``processes`` 0) or in child processes."""

    def __init__(self, processes: int) -> None:
        self.processes = max(0, processes)
        self._children: list[_Child] = []
        #: submitted, not yet sent to a child, in order
        self._waiting: list[_Waiting] = []

    def submit(self, value: Any) -> asyncio.Future[Analysis] | None:
        """Start analysing in a child; ``None`` means "analyze inline when needed"."""
        if not self.processes:
            return None
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Analysis] = loop.create_future()
        self._waiting.append((value, future))
        self._send(loop)
        return future

    def child_pids(self) -> list[int]:
        """Process ids of the live analyze processes."""
        return [c.process.pid for c in self._children if c.process.pid is not None]

    def in_flight(self) -> int:
        """Tasks sent to the children and not answered yet."""
        return sum(len(c.tasks) for c in self._children)

    def _send(self, loop: asyncio.AbstractEventLoop) -> None:
        """Send the waiting articles to children with a free slot, up to MAX_GROUP a task."""
        while self._waiting:
            try:
                while len(self._children) < self.processes:
                    self._children.append(_Child(loop, partial(self._send, loop), self._lost))
            except Exception as exc:  # each waiting caller learns it from its future
                waiting, self._waiting = self._waiting, []
                for _, future in waiting:
                    if not future.done():
                        future.set_exception(exc)
                return
            child = min(self._children, key=lambda c: len(c.tasks))
            if len(child.tasks) >= TASKS_PER_CHILD:
                return
            group = [w for w in self._waiting[:MAX_GROUP] if not w[1].done()]  # not cancelled
            del self._waiting[:MAX_GROUP]
            if group:
                child.send(group)

    def _lost(self, child: _Child) -> None:
        """A child died: drop it; the next send starts another."""
        if child in self._children:
            log.warning("an analyze process died; starting another")
            self._children.remove(child)
            if self._waiting:
                self._send(asyncio.get_running_loop())

    async def result(self, value: Any, submitted: asyncio.Future[Analysis] | None) -> Analysis:
        """The analysis of ``value``: the child's result, or computed here.

        A child that died (killed from outside, out of memory) is replaced, and
        its articles are analysed inline, so one lost child loses no article.
        """
        if submitted is not None:
            try:
                if submitted.done():
                    # A group's results arrive together: yield once per article, so
                    # the loop's other tasks (the state flush, deliver, fetches) run
                    # between observations as when each result arrived on its own.
                    await asyncio.sleep(0)
                return await submitted
            except ChildLost:
                pass
        return analyze_value(value)

    def close(self) -> None:
        """Stop the children; pending analyses are dropped (their records are re-read)."""
        waiting, self._waiting = self._waiting, []
        for _, future in waiting:
            future.cancel()
        children, self._children = self._children, []
        for child in children:
            child.close()
