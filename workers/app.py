"""The Faust worker: three agents that loop, call the pure core, and send.

    articles topic --[analyze]--> analyzed topic --[brain]--> alerts topic --[deliver]--> Redis

* ``analyze`` (stateless, scales with the articles topic's partitions): validate
  the record, extract claims and fingerprints with :func:`claimlogic.brain.analyze`.
* ``brain`` (one partition, state in changelogged Faust tables): dedup, story
  grouping and the figure ledger via :func:`claimlogic.brain.observe`; emits alerts.
* ``deliver``: writes each alert to the Redis Stream and channel, idempotently,
  retrying while Redis is away so nothing is lost.

Every agent reads raw bytes and catches per message: a record that cannot be
decoded or processed goes to the dead-letter topic with the reason (a Faust
agent that raises would ack and lose it), and the stream keeps flowing.
"""

from __future__ import annotations

import json
import logging
import os
import time
from typing import Any

import faust
from aiokafka import TopicPartition
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.types import EventT
from prometheus_client import REGISTRY, CollectorRegistry

from claimlogic import brain, journal
from claimwatch import kafka, metrics
from claimwatch.settings import Settings
from topics import SchemaError, dead_letter_record, encode, parse_article
from topics.catalog import (
    ALERTS,
    ALERTS_PARTITIONS,
    ANALYZED,
    ANALYZED_PARTITIONS,
    ARTICLES,
    ARTICLES_PARTITIONS,
    DEAD_LETTER,
    DEAD_LETTER_PARTITIONS,
    JOURNAL_TABLE,
    TABLES,
)
from workers.sink import AlertSink, redis_client

log = logging.getLogger(__name__)

#: Expire old dedup/story/ledger entries every this many analyzed records.
EXPIRE_EVERY = 200
#: Journal entries kept, in offsets of the analyzed topic. A crash re-reads at
#: most the records since the last commit (every few seconds), far fewer.
JOURNAL_KEEP = 2000


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


def _read_true_highwaters(settings: Settings) -> None:
    """Make Faust's table recovery read changelog ends from Fetch high watermarks.

    Recovery asks where each changelog ends (aiokafka ``end_offsets``, i.e.
    ListOffsets) and replays up to there. Tansu answers with the last record
    batch's base offset + 1, so a restarted worker on the embedded broker
    stopped short and lost table state (seen in the restart tests). The Fetch
    high watermark is right on Tansu and Kafka alike; reading it costs one
    short-lived consumer per recovery.
    """
    from faust.transport.drivers import aiokafka as driver

    async def _highwaters(self: Any, partitions: list[Any]) -> dict[Any, int]:
        if self.consumer.in_transaction:
            consumer = self._ensure_consumer()
            return {tp: consumer.last_stable_offset(tp) for tp in partitions}
        ends = await kafka.true_end_offsets(settings, partitions)
        return {tp: ends[TopicPartition(tp.topic, tp.partition)] for tp in partitions}

    driver.AIOKafkaConsumerThread._highwaters = _highwaters  # type: ignore[method-assign]


def create_app(settings: Settings, registry: CollectorRegistry = REGISTRY) -> faust.App:
    """Build the Faust app with its topics, tables, agents and web pages."""
    _shorten_fetch_wait()
    _read_true_highwaters(settings)
    app = faust.App(
        settings.app_id,
        broker=settings.kafka_broker_url,
        broker_credentials=_credentials(settings),
        store="memory://",
        processing_guarantee="at_least_once",
        producer_acks=-1,
        producer_max_batch_size=settings.kafka_max_batch_bytes,
        # No producer linger: batching the brain's ~38 changelog records per article
        # for 10 ms saves the broker ~2 ms CPU per article, but the batches of the
        # seven changelogs then leave at different times and a SIGKILL keeps one
        # table's writes of an article and loses another's (alerts were lost in
        # tests/integration/test_faults.py). See docs/benchmarks.md.
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
    tables = {
        name: app.Table(name, default=None, partitions=ANALYZED_PARTITIONS) for name in TABLES
    }
    journal_table = app.Table(JOURNAL_TABLE, default=None, partitions=ANALYZED_PARTITIONS)
    config = brain_config(settings)
    crash_after_apply = _failpoint(settings.failpoint, "brain-after-apply")
    sink_holder: dict[str, AlertSink] = {}

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

    @app.agent(articles_topic, name="analyze")
    async def analyze(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            started = time.perf_counter()
            metrics.ARTICLES_CONSUMED.inc()
            try:
                article = parse_article(event.value)
                record = brain.analyze(article)
            except SchemaError as exc:
                await dead_letter("analyze", str(exc), event)
                continue
            except Exception as exc:  # a bug on one article must not stop or lose the stream
                log.exception("analyze failed on %s", event.message.offset)
                await dead_letter("analyze", f"internal error: {type(exc).__name__}: {exc}", event)
                continue
            # When the article entered the pipeline, for end-to-end latency.
            record["enqueued_ms"] = int(event.message.timestamp * 1000)
            metrics.ARTICLES_ANALYZED.inc()
            metrics.CLAIMS_EXTRACTED.inc(len(record.get("claims", ())))
            await analyzed_topic.send(key=article.id.encode(), value=encode(record))
            metrics.PROCESSING_SECONDS.labels("analyze").observe(time.perf_counter() - started)

    def plan_record(record: dict[str, Any], offset: int) -> dict[str, Any]:
        """Run the brain on overlays: the writes and alerts of one record, nothing applied."""
        now = time.time()

        def step(views: journal.Tables) -> brain.Observation:
            observation = brain.observe(views, record, now=now, config=config)
            if offset % EXPIRE_EVERY == 0:
                brain.expire(views, now=now, config=config)
            return observation

        observation, changes = journal.plan(tables, step)
        return {
            "plan": changes.to_dict(),
            "alerts": observation.alerts,
            "duplicate_kind": observation.duplicate_kind,
        }

    @app.agent(analyzed_topic, name="brain")
    async def brain_agent(stream: faust.StreamT[bytes]) -> None:
        seen = 0
        async for event in stream.events():
            started = time.perf_counter()
            msg = event.message
            key = f"{msg.partition}:{msg.offset}"
            try:
                entry = journal_table.get(key)
                if entry is None:
                    record = json.loads(event.value)
                    if not isinstance(record, dict) or "article" not in record:
                        raise SchemaError("analyzed record must be an object with 'article'")
                    entry = plan_record(record, msg.offset)
                    entry["enqueued_ms"] = record.get("enqueued_ms")
                    # Write-ahead: the plan is durable before any table changes, so
                    # a crash in between is redone from it (claimlogic/journal.py).
                    # Wait for this one record's ack: producer.flush() waits until the
                    # shared send buffer is empty, which other agents' sends can
                    # starve indefinitely.
                    acked = journal_table.send_changelog(msg.partition, key, entry)
                    journal_table.data[key] = entry
                    await acked
                else:
                    metrics.BRAIN_REDOS.inc()
                    log.info("redoing journaled record %s after a restart", key)
                journal.apply(tables, journal.Plan.from_dict(entry["plan"]))
                stale = f"{msg.partition}:{msg.offset - JOURNAL_KEEP}"
                if stale in journal_table:
                    del journal_table[stale]
            except (SchemaError, ValueError) as exc:
                await dead_letter("brain", f"invalid analyzed record: {exc}", event)
                continue
            except Exception as exc:
                log.exception("brain failed on offset %s", event.message.offset)
                await dead_letter("brain", f"internal error: {type(exc).__name__}: {exc}", event)
                continue
            if entry["duplicate_kind"]:
                metrics.DUPLICATES_DROPPED.labels(entry["duplicate_kind"]).inc()
            for alert in entry["alerts"]:
                alert["pipeline"] = {"enqueued_ms": entry.get("enqueued_ms")}
                metrics.ALERTS_EMITTED.labels(alert["kind"]).inc()
                # Keyed by story: one story's alerts stay in order on one partition.
                await alerts_topic.send(key=alert["story"].encode(), value=encode(alert))
            seen += 1
            if seen == crash_after_apply:
                await app.producer.flush()  # the state writes land; the alerts never leave
                log.warning("failpoint brain-after-apply:%d: exiting abruptly", seen)
                os._exit(137)
            if seen % 20 == 0 or seen < 20:
                _publish_state_gauges(tables)
            metrics.PROCESSING_SECONDS.labels("brain").observe(time.perf_counter() - started)

    @app.agent(alerts_topic, name="deliver")
    async def deliver(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            started = time.perf_counter()
            try:
                payload = event.value.decode("utf-8")
                alert = json.loads(payload)
                if not isinstance(alert, dict) or not alert.get("id") or not alert.get("kind"):
                    raise SchemaError("alert must be an object with 'id' and 'kind'")
            except (UnicodeDecodeError, ValueError) as exc:
                await dead_letter("deliver", f"invalid alert record: {exc}", event)
                continue
            if "redis" not in sink_holder:
                sink_holder["redis"] = AlertSink(redis_client(settings), settings)
            await sink_holder["redis"].deliver(alert, payload)
            enqueued = (alert.get("pipeline") or {}).get("enqueued_ms")
            if isinstance(enqueued, int | float):
                metrics.END_TO_END_SECONDS.observe(max(0.0, time.time() - enqueued / 1000))
            metrics.PROCESSING_SECONDS.labels("deliver").observe(time.perf_counter() - started)

    @app.page("/healthz")
    async def healthz(self: Any, request: Any) -> Any:
        return self.json({"status": "ok", "app": settings.app_id})

    @app.page("/ledger")
    async def ledger(self: Any, request: Any) -> Any:
        return self.json(brain.ledger_view(tables))

    setup_prometheus_sensors(app, registry=registry)
    metrics.precreate_pipeline_series()
    return app


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


def run_worker(settings: Settings) -> None:
    """Run the worker until SIGTERM/SIGINT; Faust commits progress on the way out."""
    app = create_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level.upper(), quiet=True)
    worker.execute_from_commandline()
