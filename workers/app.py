"""The Faust worker: three agents that loop, call the pure core, and send.

    articles topic --[analyze]--> analyzed topic --[brain]--> alerts topic --[deliver]--> Redis

* ``analyze`` (stateless, scales with the articles topic's partitions): validate
  the record, extract claims and fingerprints with :func:`claimlogic.brain.analyze`.
* ``brain`` (one partition): dedup, story grouping and the figure ledger via
  :func:`claimlogic.brain.observe` on plain dicts, made durable step by step in
  the brain-state topic (:mod:`workers.brainstore`, :mod:`claimlogic.statelog`)
  before the alerts leave.
* ``deliver``: writes alerts to the Redis Stream and channel, idempotently, a
  group per round trip, retrying while Redis is away so nothing is lost.

With ``analyze_in_brain`` (one worker process; the embedded stack's default)
there is no analyze agent: the brain agent reads the articles topic itself and
analyzes each article just before observing it, saving the analyzed record's
encode, send, fetch and decode and one Faust event per article::

    articles topic --[brain: analyze + observe]--> alerts topic --[deliver]--> Redis

It still reads the analyzed topic too, so records an analyze stage left there
are not stranded when a deployment switches layouts.

With ``deliver_in_brain`` (the embedded stack's default too) there is no
deliver agent either: the brain writes each group's alerts to Redis itself,
after sending them to the alerts topic and before acking the group's records::

    articles topic --[brain: analyze + observe + deliver]--> alerts topic, Redis

The brain and deliver agents ack a record only once its effects are durable
(:class:`workers.groupcommit.GroupCommit`), so offsets are never committed
past unfinished work.

Every agent reads raw bytes and catches per message: a record that cannot be
decoded or processed goes to the dead-letter topic with the reason (a Faust
agent that raises would ack and lose it), and the stream keeps flowing.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
import os
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.types import EventT
from prometheus_client import REGISTRY, CollectorRegistry

from claimlogic import brain, journal, statelog
from claimwatch import kafka, metrics
from claimwatch.settings import Settings
from topics import SchemaError, dead_letter_record, decode_json, encode
from topics.catalog import (
    ALERTS,
    ALERTS_PARTITIONS,
    ANALYZED,
    ANALYZED_PARTITIONS,
    ARTICLES,
    ARTICLES_PARTITIONS,
    DEAD_LETTER,
    DEAD_LETTER_PARTITIONS,
)
from workers.analyzepool import Analysis, Analyzer, analyze_value
from workers.brainstore import BrainStore
from workers.groupcommit import GroupCommit
from workers.sink import AlertSink, redis_client

log = logging.getLogger(__name__)

#: Expire old dedup/story/ledger entries every this many analyzed records.
EXPIRE_EVERY = 200
#: Journal entries kept, in offsets of the analyzed topic. A crash re-reads at
#: most the records since the last commit (every few seconds), far fewer.
JOURNAL_KEEP = 2000
#: Records handled but not yet durable before an agent waits for its flush.
MAX_PENDING = 500
#: Records the brain agent reads ahead of the one it observes (their analysis runs
#: meanwhile, when there are analyze processes).
READ_AHEAD = 32


@dataclass
class Handled:
    """One analyzed record after the brain: its writes (already in memory) and alerts."""

    key: str  # "partition:offset" of the analyzed record
    started: float
    entry: dict[str, Any]  # journal entry: alerts, duplicate kind, enqueue time
    plan: journal.Plan | None = None  # None when redone from the journal
    forget: list[str] = field(default_factory=list)  # journal keys to drop


def _credentials(settings: Settings) -> Any:
    protocol = settings.kafka_security_protocol.upper()
    if protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password.reveal(),
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=kafka.ssl_context(settings),
        )
    if protocol == "SSL":
        return faust.SSLCredentials(kafka.ssl_context(settings))
    return None


def brain_config(settings: Settings) -> brain.BrainConfig:
    return brain.BrainConfig(
        dedup_horizon_s=settings.dedup_horizon_s, story_window_s=settings.story_window_s
    )


#: How long the broker may hold an empty Fetch. Faust hard-codes 1.5 s; Tansu holds
#: every Fetch without data for the whole wait (it does not answer when records
#: arrive), so each of the three hops added up to 1.5 s: p50 publish-to-alert
#: latency was ~4 s at 50 articles/s, ~0.35 s with 100 ms. Kafka answers a
#: long poll as soon as data arrives, so a short wait only costs idle fetches.
FETCH_MAX_WAIT_MS = 100


def _shorten_fetch_wait() -> None:
    """Make Faust's aiokafka consumer use FETCH_MAX_WAIT_MS (once per process)."""
    from faust.transport.drivers import aiokafka as driver

    thread_class = driver.AIOKafkaConsumerThread
    if getattr(thread_class, "_claimwatch_fetch_wait", False):
        return
    create = thread_class._create_worker_consumer

    def create_worker_consumer(self: Any, transport: Any) -> Any:
        consumer = create(self, transport)
        if hasattr(consumer, "_fetch_max_wait_ms"):  # read by AIOKafkaConsumer.start()
            consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer

    thread_class._create_worker_consumer = create_worker_consumer  # type: ignore[method-assign]
    thread_class._claimwatch_fetch_wait = True  # type: ignore[attr-defined]


def create_app(settings: Settings, registry: CollectorRegistry = REGISTRY) -> faust.App:
    """Build the Faust app with its topics, tables, agents and web pages."""
    _shorten_fetch_wait()
    app = faust.App(
        settings.app_id,
        broker=settings.kafka_broker_url,
        broker_credentials=_credentials(settings),
        store="memory://",
        processing_guarantee="at_least_once",
        producer_acks=-1,
        producer_max_batch_size=settings.kafka_max_batch_bytes,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.kafka_session_timeout_s,
        broker_heartbeat_interval=settings.kafka_heartbeat_interval_s,
        broker_rebalance_timeout=settings.kafka_rebalance_timeout_s,
        broker_commit_interval=settings.kafka_commit_interval_s,
        # Topics are created up front by `claimwatch topics create` with the
        # catalogue's partition counts; Faust must not create them differently.
        topic_allow_declare=False,
        topic_partitions=ANALYZED_PARTITIONS,
        web_enabled=True,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        # Faust 0.15 would otherwise serve raw table contents at /table.
        web_tables_enabled=False,
        web_router_enabled=False,
    )

    articles_topic = app.topic(
        ARTICLES, key_serializer="raw", value_serializer="raw", partitions=ARTICLES_PARTITIONS
    )
    analyzed_topic = app.topic(
        ANALYZED, key_serializer="raw", value_serializer="raw", partitions=ANALYZED_PARTITIONS
    )
    alerts_topic = app.topic(
        ALERTS, key_serializer="raw", value_serializer="raw", partitions=ALERTS_PARTITIONS
    )
    dead_topic = app.topic(
        DEAD_LETTER, key_serializer="raw", value_serializer="raw", partitions=DEAD_LETTER_PARTITIONS
    )
    # analyze_in_brain: the brain agent reads the articles itself (and the analyzed
    # topic, for records an analyze stage left there); no analyze agent runs.
    fused = settings.analyze_in_brain
    # deliver_in_brain: the brain writes its groups' alerts to Redis itself; no
    # deliver agent reads them back from the alerts topic.
    deliver_direct = settings.deliver_in_brain
    brain_inputs = {ARTICLES, ANALYZED} if fused else {ANALYZED}
    brain_input = (
        app.topic(ARTICLES, ANALYZED, key_serializer="raw", value_serializer="raw")
        if fused
        else analyzed_topic
    )
    store = BrainStore(settings)
    config = brain_config(settings)
    crash_after_apply = _failpoint(settings.failpoint, "brain-after-apply")
    durable = {"records": 0}  # analyzed records whose state step is durable (failpoint)
    sink_holder: dict[str, AlertSink] = {}
    core_cpu_analyze = metrics.CORE_CPU_SECONDS.labels("analyze")
    core_cpu_observe = metrics.CORE_CPU_SECONDS.labels("observe")
    # Label children looked up once, not per record or alert (each labels() call
    # takes a lock and builds a key).
    analyze_seconds = metrics.PROCESSING_SECONDS.labels("analyze")
    brain_seconds = metrics.PROCESSING_SECONDS.labels("brain")
    deliver_seconds = metrics.PROCESSING_SECONDS.labels("deliver")
    brain_flush_seconds = metrics.FLUSH_SECONDS.labels("brain")
    deliver_flush_seconds = metrics.FLUSH_SECONDS.labels("deliver")
    alerts_emitted = functools.cache(metrics.ALERTS_EMITTED.labels)  # by kind
    duplicates_dropped = functools.cache(metrics.DUPLICATES_DROPPED.labels)  # by kind
    analyzer = Analyzer(settings.analyze_processes if fused else 0)

    async def dead_letter(stage: str, reason: str, event: EventT) -> None:
        msg = event.message
        record = dead_letter_record(
            stage=stage,
            reason=reason,
            payload=event.value if isinstance(event.value, bytes | str) else None,
            topic=msg.topic,
            partition=msg.partition,
            offset=msg.offset,
            key=event.key if isinstance(event.key, bytes | str) else None,
        )
        metrics.DEAD_LETTERS.labels(stage).inc()
        log.warning("dead-lettered %s@%s:%s: %s", msg.topic, msg.partition, msg.offset, reason)
        await dead_topic.send(key=event.key, value=encode(record))

    def analyzed_record(event: EventT, analysis: Analysis) -> dict[str, Any]:
        """Count one article's analysis and return its analyzed record.

        Raises :class:`Rejected` with the reason for a record to dead-letter.
        """
        metrics.ARTICLES_CONSUMED.inc()
        core_cpu_analyze.inc(analysis.cpu_s)
        if analysis.record is None:
            raise Rejected(analysis.reason or "rejected")
        record = analysis.record
        # When the article entered the pipeline, for end-to-end latency.
        record["enqueued_ms"] = int(event.message.timestamp * 1000)
        metrics.ARTICLES_ANALYZED.inc()
        metrics.CLAIMS_EXTRACTED.inc(len(record.get("claims", ())))
        return record

    async def analyze(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            started = time.perf_counter()
            try:
                record = analyzed_record(event, analyze_value(event.value))
            except Rejected as exc:
                await dead_letter("analyze", exc.reason, event)
                continue
            key = record["article"]["id"].encode()
            await analyzed_topic.send(key=key, value=encode(record))
            analyze_seconds.observe(time.perf_counter() - started)

    if not fused:
        app.agent(articles_topic, name="analyze")(analyze)

    def handle(event: EventT, record: dict[str, Any] | None = None) -> Handled:
        """Run the brain on one record and apply its writes in memory.

        ``record`` is the analyzed record when the caller analyzed an article
        itself (analyze_in_brain); otherwise the event is an analyzed record.
        A record whose key is in the journal was handled before a crash or a
        stop: its alerts are re-sent as journaled, and nothing is planned again.
        """
        msg = event.message
        key = journal_key(msg.topic, msg.partition, msg.offset)
        started = time.perf_counter()
        entry = store.journal.get(key)
        if entry is not None:
            metrics.BRAIN_REDOS.inc()
            log.info("redoing journaled record %s after a restart", key)
            return Handled(key, started, entry)
        if record is None:
            record = decode_json(event.value)
            if not isinstance(record, dict) or "article" not in record:
                raise SchemaError("analyzed record must be an object with 'article'")
        analyzed = record
        now = time.time()

        def step(views: journal.Tables) -> brain.Observation:
            observation = brain.observe(views, analyzed, now=now, config=config)
            if msg.offset % EXPIRE_EVERY == 0:
                brain.expire(views, now=now, config=config)
            return observation

        # Planned on overlays, so a record that fails half-way changes nothing. The
        # core's CPU includes applying the writes: a bare loop observing on the
        # tables directly makes the same writes inside observe.
        cpu = time.thread_time()
        try:
            observation, changes = journal.plan(store.tables, step)
            journal.apply(store.tables, changes)
        finally:
            core_cpu_observe.inc(time.thread_time() - cpu)
        entry = {
            "alerts": observation.alerts,
            "duplicate_kind": observation.duplicate_kind,
            "enqueued_ms": record.get("enqueued_ms"),
        }
        store.journal[key] = entry
        stale = journal_key(msg.topic, msg.partition, msg.offset - JOURNAL_KEEP)
        forget = [stale] if store.journal.pop(stale, None) is not None else []
        return Handled(key, started, entry, changes, forget)

    async def deliver_group(group: list[tuple[dict[str, Any], str, float]]) -> None:
        if "redis" not in sink_holder:
            sink_holder["redis"] = AlertSink(redis_client(settings), settings)
        with deliver_flush_seconds.time():
            await sink_holder["redis"].deliver_many([(a, payload) for a, payload, _ in group])
        now = time.time()
        for alert, _, started in group:
            enqueued = (alert.get("pipeline") or {}).get("enqueued_ms")
            if isinstance(enqueued, int | float):
                metrics.END_TO_END_SECONDS.observe(max(0.0, now - enqueued / 1000))
            deliver_seconds.observe(time.perf_counter() - started)

    async def make_durable(group: list[Handled]) -> None:
        """Persist a group's writes as one step, then send its alerts, in order."""
        with brain_flush_seconds.time():
            await _make_durable(group)

    async def _make_durable(group: list[Handled]) -> None:
        planned = [h for h in group if h.plan is not None]
        if planned:
            state_step = statelog.Step(store.next_step)
            store.next_step += 1
            for handled in planned:
                assert handled.plan is not None
                state_step.add(handled.plan)
                state_step.journal(handled.key, handled.entry)
                for key in handled.forget:
                    state_step.forget(key)
            try:
                await store.persist(state_step)  # encodes the step before it yields
            except Exception:
                # Not a broker outage (those are retried): memory now holds writes
                # the topic lacks. Reload before the next record; these records
                # stay unacked and are read again.
                store.forget_memory()
                raise
            metrics.BRAIN_STEPS.inc()
            durable["records"] += len(planned)
            if crash_after_apply is not None and durable["records"] >= crash_after_apply:
                log.warning("failpoint brain-after-apply:%d: exiting abruptly", crash_after_apply)
                os._exit(137)  # the state is durable; the alerts never leave
        to_redis: list[tuple[dict[str, Any], str, float]] = []
        for handled in group:
            entry = handled.entry
            if entry["duplicate_kind"]:
                duplicates_dropped(entry["duplicate_kind"]).inc()
            for alert in entry["alerts"]:
                alert["pipeline"] = {"enqueued_ms": entry.get("enqueued_ms")}
                alerts_emitted(alert["kind"]).inc()
                payload = encode(alert)
                # Keyed by story: one story's alerts stay in order on one partition.
                await alerts_topic.send(key=alert["story"].encode(), value=payload)
                if deliver_direct:
                    to_redis.append((alert, payload.decode("utf-8"), time.perf_counter()))
            brain_seconds.observe(time.perf_counter() - handled.started)
        if to_redis:
            # deliver_in_brain: the group's records are acked only after this
            # returns, so an outage holds them (retrying) and a crash redoes them
            # from the journal; the script drops ids Redis already has.
            await deliver_group(to_redis)
        _publish_state_gauges(store.tables)

    @app.on_partitions_revoked.connect
    async def on_revoked(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        revoked = args[0] if args else kwargs.get("revoked", ())
        if any(tp.topic in brain_inputs for tp in revoked):
            store.invalidate()

    @app.on_partitions_assigned.connect
    async def on_assigned(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        assigned = args[0] if args else kwargs.get("assigned", ())
        if fused:
            # Raising here crashes the app before the new partitions are resumed.
            check_owns_all_articles(assigned)

    async def observe_next(
        event: EventT,
        submitted: asyncio.Future[Analysis] | None,
        pending: GroupCommit[Handled],
    ) -> None:
        """Analyze (or collect the analysis of) one record, run the brain, hand it over."""
        await store.ensure_loaded()
        record = None
        msg = event.message
        if msg.topic == ARTICLES and (
            journal_key(msg.topic, msg.partition, msg.offset) not in store.journal
        ):
            started = time.perf_counter()
            try:
                record = analyzed_record(event, await analyzer.result(event.value, submitted))
            except Rejected as exc:
                dead = partial(dead_letter, "analyze", exc.reason, event)
                await pending.ack_alone(event, dead)
                return
            analyze_seconds.observe(time.perf_counter() - started)
        elif submitted is not None:
            submitted.cancel()  # journaled: redone from its entry, not analyzed again
        try:
            handled = handle(event, record)
        except (SchemaError, ValueError) as exc:
            reason = f"invalid analyzed record: {exc}"
        except Exception as exc:
            log.exception("brain failed on offset %s", msg.offset)
            reason = f"internal error: {type(exc).__name__}: {exc}"
        else:
            await pending.add(event, handled)
            return
        await pending.ack_alone(event, partial(dead_letter, "brain", reason, event))

    @app.agent(brain_input, name="brain")
    async def brain_agent(stream: faust.StreamT[bytes]) -> None:
        stream = stream.noack()  # type: ignore[attr-defined]  # missing from StreamT
        pending: GroupCommit[Handled] = GroupCommit(
            make_durable, stream.ack, max_pending=MAX_PENDING, name="brain"
        )
        # Two tasks: this one reads records and starts each article's analysis
        # (in the analyze processes, if any) as soon as it arrives; the observer
        # takes them in offset order and runs the brain, so extraction of the
        # next articles overlaps the brain's work on this one.
        ahead: asyncio.Queue[tuple[EventT, asyncio.Future[Analysis] | None]] = asyncio.Queue(
            READ_AHEAD
        )

        async def observe_in_order() -> None:
            while True:
                event, submitted = await ahead.get()
                await observe_next(event, submitted, pending)

        observer = asyncio.create_task(observe_in_order(), name="brain-observe")
        reader = asyncio.current_task()

        def observer_failed() -> BaseException | None:
            return None if not observer.done() or observer.cancelled() else observer.exception()

        def stop_reading(_task: asyncio.Task[None]) -> None:
            # A failed observer (a state write that cannot be made) stops the
            # agent, as an exception in the agent itself did before the read-ahead.
            if observer_failed() is not None and reader is not None:
                reader.cancel()

        observer.add_done_callback(stop_reading)
        try:
            async for event in stream.events():
                is_article = event.message.topic == ARTICLES
                await ahead.put((event, analyzer.submit(event.value) if is_article else None))
        except asyncio.CancelledError:
            failure = observer_failed()
            if failure is not None:
                raise failure from None
            raise
        finally:
            observer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await observer
            analyzer.close()
            await pending.close()
            await store.close()

    async def deliver(stream: faust.StreamT[bytes]) -> None:
        stream = stream.noack()  # type: ignore[attr-defined]  # missing from StreamT
        pending: GroupCommit[tuple[dict[str, Any], str, float]] = GroupCommit(
            deliver_group,
            stream.ack,
            max_pending=MAX_PENDING,
            linger_s=settings.deliver_linger_ms / 1000,
            name="deliver",
        )
        try:
            async for event in stream.events():
                started = time.perf_counter()
                try:
                    payload = event.value.decode("utf-8")
                    alert = decode_json(payload)
                    if not isinstance(alert, dict) or not alert.get("id") or not alert.get("kind"):
                        raise SchemaError("alert must be an object with 'id' and 'kind'")
                except (UnicodeDecodeError, ValueError) as exc:
                    reason = f"invalid alert record: {exc}"
                    await pending.ack_alone(event, partial(dead_letter, "deliver", reason, event))
                    continue
                await pending.add(event, (alert, payload, started))
        finally:
            await pending.close()

    if not deliver_direct:
        app.agent(alerts_topic, name="deliver")(deliver)

    @app.page("/healthz")
    async def healthz(self: Any, request: Any) -> Any:
        return self.json({"status": "ok", "app": settings.app_id})

    @app.page("/ledger")
    async def ledger(self: Any, request: Any) -> Any:
        return self.json(brain.ledger_view(store.tables))

    setup_prometheus_sensors(app, registry=registry)
    _remember_stream_labels(app.monitor)
    metrics.precreate_pipeline_series()
    return app


def _remember_stream_labels(monitor: Any) -> None:
    """Make Faust's Prometheus monitor compute each stream's metric label once.

    It formats the stream's description and normalises it with a regex on every
    event (~0.7 % of the brain's CPU in the pipeline bench); a stream's label
    never changes, and a worker has a handful of streams.
    """
    label = getattr(monitor, "_stream_label", None)
    if callable(label):
        monitor._stream_label = functools.lru_cache(maxsize=64)(label)


class Rejected(Exception):
    """A record to dead-letter, with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def journal_key(topic: str, partition: int, offset: int) -> str:
    """The brain journal's key for an input record.

    ``partition:offset`` for analyzed records (as always), prefixed with the
    topic for articles the brain analyzes itself (analyze_in_brain), so that
    the two never collide when a deployment switches between the modes.
    """
    if topic == ARTICLES:
        return f"{ARTICLES}:{partition}:{offset}"
    return f"{partition}:{offset}"


def check_owns_all_articles(assigned: Any) -> None:
    """With analyze_in_brain a worker must own all or none of the articles partitions.

    Two workers each holding some would each run a brain on part of the stream,
    both writing the one brain-state topic: refuse instead (RuntimeError).
    """
    mine = {tp.partition for tp in assigned if tp.topic == ARTICLES}
    if mine and len(mine) < ARTICLES_PARTITIONS:
        raise RuntimeError(
            f"analyze_in_brain needs one worker owning all {ARTICLES_PARTITIONS} partitions"
            f" of {ARTICLES}, this one got {sorted(mine)}: another worker is in the group."
            " Set CLAIMWATCH_ANALYZE_IN_BRAIN=false to run several workers."
        )


def _failpoint(spec: str, name: str) -> int | None:
    """The N of a "name:N" failpoint setting, or None."""
    point, _, count = spec.partition(":")
    return int(count) if point == name and count.isdigit() else None


def _publish_state_gauges(tables: dict[str, Any]) -> None:
    """Copy the brain's state sizes to gauges (counts of alerts and duplicates are counters)."""
    stats = brain.stats(tables)
    metrics.STORIES_OPEN.set(stats["stories_open"])
    metrics.FIGURES_TRACKED.set(stats["figures_tracked"])
    for name, value in stats.items():
        if name.startswith("table_"):
            metrics.LEDGER_ENTRIES.labels(name.removeprefix("table_")).set(value)


class _Worker(faust.Worker):
    """Faust's worker without its terminal progress spinner.

    For a log level of WARNING or above Faust adds a handler that spins the
    spinner on every log record and sets the root logger to DEBUG, so every
    library's debug call (one per alert sent, in Faust's ``publish_message``)
    built a record that the console handler then dropped: ~1 % of the brain's
    CPU in the pipeline bench (log level "warning"). Without the spinner the
    root logger keeps the configured level.
    """

    def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
        self.spinner = None


#: Net new container objects between two young collections of the cyclic GC in a
#: worker (Python's default is 700). A worker keeps many young containers alive for
#: a while -- read-ahead analyses, a group's plans until its step is durable, journal
#: entries -- so with the default they were scanned again and again and promoted to
#: the old generations: 1.9 s of GC per 10,000 articles in the pipeline bench (~7 %
#: of the brain's CPU, 0.05 s in the bare loop); 0.7 s at 10,000 (pauses ~10 ms; at
#: 50,000 0.46 s in ~45 ms pauses).
GC_YOUNG_THRESHOLD = 10_000


def run_worker(settings: Settings) -> None:
    """Run the worker until SIGTERM/SIGINT; Faust commits progress on the way out."""
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    app = create_app(settings)
    worker = _Worker(app, loglevel=settings.log_level.upper(), quiet=True)
    worker.execute_from_commandline()
