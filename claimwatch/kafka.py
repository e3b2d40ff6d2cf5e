"""Thin aiokafka helpers shared by the CLI, replay, demo and tests.

Connection options (TLS, SASL) come from Settings only, so every client --
admin, producer, consumer, and Faust itself -- connects the same way.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Callable, Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from claimwatch.settings import Settings
from topics.catalog import TopicSpec

log = logging.getLogger(__name__)

#: Error code Kafka returns in CreateTopics for a topic that exists.
_TOPIC_ALREADY_EXISTS = 36


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A client TLS context when the security protocol asks for one."""
    if "SSL" not in settings.kafka_security_protocol.upper():
        return None
    return ssl.create_default_context(cafile=settings.kafka_ssl_cafile or None)


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for any aiokafka client built from settings."""
    opts: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.kafka_security_protocol.upper(),
        "ssl_context": ssl_context(settings),
    }
    if settings.kafka_security_protocol.upper().startswith("SASL"):
        opts.update(
            sasl_mechanism=settings.kafka_sasl_mechanism,
            sasl_plain_username=settings.kafka_sasl_username,
            sasl_plain_password=settings.kafka_sasl_password.reveal(),
        )
    return opts


def producer(settings: Settings, **extra: Any) -> AIOKafkaProducer:
    """A producer that waits for all in-sync replicas.

    Idempotence stays off: Tansu rejects aiokafka's InitProducerId request, and
    every consumer of ours is idempotent by record id instead.
    """
    extra.setdefault("max_batch_size", settings.kafka_max_batch_bytes)
    extra.setdefault("linger_ms", 5)
    return AIOKafkaProducer(
        **client_options(settings), acks="all", enable_idempotence=False, **extra
    )


async def create_topics(settings: Settings, specs: list[TopicSpec]) -> dict[str, str]:
    """Create the topics that do not exist yet; returns topic -> "created" | "exists"."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        todo = [s for s in specs if s.name not in existing]
        result = {s.name: "exists" for s in specs if s.name in existing}
        if todo:
            replicas = settings.kafka_replication_factor
            new = [
                NewTopic(s.name, s.partitions, replicas, topic_configs=dict(s.config)) for s in todo
            ]
            try:
                response = await admin.create_topics(new)
            except TopicAlreadyExistsError:
                response = None
            errors = {t[0]: t[1] for t in getattr(response, "topic_errors", [])}
            for spec in todo:
                code = errors.get(spec.name, 0)
                if code not in (0, _TOPIC_ALREADY_EXISTS):
                    raise KafkaError(f"creating topic {spec.name}: error code {code}")
                result[spec.name] = "created" if code == 0 else "exists"
        return result
    finally:
        await admin.close()


async def end_offsets(
    consumer: AIOKafkaConsumer, partitions: list[TopicPartition], timeout: float = 5.0
) -> dict[TopicPartition, int]:
    """True end offsets (high watermarks), read from Fetch responses.

    Tansu answers ListOffsets(latest) with the base offset of the last record
    batch plus one, which undercounts when a batch holds several records; the
    high watermark in a Fetch response is right on Tansu and on Kafka alike.
    """
    if not partitions:
        return {}
    consumer.assign(partitions)
    listed = await consumer.end_offsets(partitions)
    for tp in partitions:
        consumer.seek(tp, max(0, listed[tp] - 1))
    deadline = time.monotonic() + timeout
    while any(consumer.highwater(tp) is None for tp in partitions):
        if time.monotonic() > deadline:
            missing = [tp for tp in partitions if consumer.highwater(tp) is None]
            raise KafkaError(f"no fetch response for {missing}")
        await consumer.getmany(*partitions, timeout_ms=100, max_records=1)
    return {tp: int(consumer.highwater(tp) or 0) for tp in partitions}


async def true_end_offsets(
    settings: Settings, partitions: Iterable[tuple[str, int]]
) -> dict[TopicPartition, int]:
    """End offsets of any partitions, read by a short-lived consumer (see end_offsets)."""
    tps = [TopicPartition(topic, partition) for topic, partition in partitions]
    consumer = AIOKafkaConsumer(
        **client_options(settings), enable_auto_commit=False, fetch_max_wait_ms=20
    )
    await consumer.start()
    try:
        return await end_offsets(consumer, tps)
    finally:
        await consumer.stop()


async def group_lag(settings: Settings, group: str, topics: list[str]) -> dict[str, int]:
    """Per topic: end offset minus the group's committed offset, summed over partitions.

    A partition the group never committed counts its whole length as lag.
    Committed offsets are read with a consumer of the group that never joins
    it (the admin client's OffsetFetch does not decode against Tansu).
    """
    reader = AIOKafkaConsumer(**client_options(settings), enable_auto_commit=False)
    member = AIOKafkaConsumer(**client_options(settings), group_id=group, enable_auto_commit=False)
    await reader.start()
    await member.start()
    try:
        partitions = [
            TopicPartition(t, p)
            for t in topics
            for p in sorted(reader.partitions_for_topic(t) or ())
        ]
        ends = await end_offsets(reader, partitions)
        lag: dict[str, int] = dict.fromkeys(topics, 0)
        for tp, end in ends.items():
            done = await member.committed(tp) or 0
            lag[tp.topic] += max(0, end - done)
        return lag
    finally:
        await member.stop()
        await reader.stop()


async def wait_drained(
    settings: Settings,
    group: str,
    topics: list[str],
    timeout: float,
    settle: float = 0.3,
    alive: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Wait until the group has committed everything on ``topics``, twice in a row.

    Two consecutive zero readings ``settle`` seconds apart guard against records
    a stage has produced but not yet flushed to the next topic. ``alive``, when
    given, is checked before every reading: RuntimeError as soon as it is false
    (the consuming worker died, so waiting longer is pointless).
    """
    deadline = time.monotonic() + timeout
    zero_since: float | None = None
    lag: dict[str, int] = {}
    while time.monotonic() < deadline:
        if alive is not None and not alive():
            raise RuntimeError("the worker exited before the pipeline drained")
        try:
            lag = await group_lag(settings, group, topics)
        except KafkaError as exc:  # coordinator not ready yet, rebalance...
            log.debug("lag check failed: %s", exc)
            lag = {}
        if lag and not any(lag.values()):
            if zero_since is None:
                zero_since = time.monotonic()
            elif time.monotonic() - zero_since >= settle:
                return lag
        else:
            zero_since = None
        await asyncio.sleep(0.1)
    raise TimeoutError(f"pipeline not drained after {timeout:.0f}s; lag per topic: {lag}")
