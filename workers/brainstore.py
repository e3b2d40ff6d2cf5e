"""The brain's tables in memory, made durable in the brain-state topic.

The thin I/O shell around :mod:`claimlogic.statelog`: :meth:`BrainStore.load`
reads the whole topic back into plain dicts (at start and after the brain
partition was taken away and given back), :meth:`BrainStore.persist` appends
one step and returns once the broker has acknowledged all of it, retrying
while the broker is away. Faust tables did the same job with one Kafka record
and one producer future per entry in seven changelogs, and no atomicity
across them; here a step is one or a few record batches, closed by a marker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import MutableMapping
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

from claimlogic import brain, statelog
from claimwatch import kafka, metrics
from claimwatch.settings import Settings
from topics.catalog import brain_state_topic
from workers.retry import retry_forever

log = logging.getLogger(__name__)

#: Bytes per record batch of the state topic: below Kafka's default 1 MB
#: message.max.bytes (the catalogue allows 2 MiB on this topic).
STATE_BATCH_BYTES = 900 * 1024
#: Give up loading (and let the worker restart) after this long without records.
LOAD_STALL_S = 60.0


class BrainStore:
    """The brain's tables and journal, and the topic that keeps them."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.topic = brain_state_topic(settings.app_id)
        self.tp = TopicPartition(self.topic, 0)
        self.tables: dict[str, MutableMapping[str, Any]] = brain.new_tables()
        self.journal: dict[str, Any] = {}
        self.next_step = 0
        #: The topic's end offset after our last load or write (None: never loaded).
        self._end: int | None = None
        #: Set when the brain partition was revoked: another worker may have
        #: written the state since, so check before trusting memory.
        self._stale = True
        self._producer: AIOKafkaProducer | None = None

    # ----------------------------------------------------------------- loading
    def invalidate(self) -> None:
        """The brain partition was revoked: re-check the topic before the next step."""
        self._stale = True

    def forget_memory(self) -> None:
        """Memory may differ from the topic: load it again before the next step."""
        self._stale = True
        self._end = None

    async def ensure_loaded(self) -> None:
        """Load the state unless memory is known to hold the topic's latest."""
        if not self._stale:
            return
        end = await self._end_offset()
        if end != self._end:
            await self.load(end)
        self._stale = False

    async def load(self, end: int) -> None:
        """Read the brain-state topic from its start to ``end`` into fresh tables."""
        started = time.perf_counter()
        recovery = statelog.Recovery(brain.new_tables())
        records = 0
        if end > 0:
            consumer = AIOKafkaConsumer(
                **kafka.client_options(self.settings),
                enable_auto_commit=False,
                fetch_max_wait_ms=50,
                max_partition_fetch_bytes=8 * 1024 * 1024,
            )
            await consumer.start()
            try:
                consumer.assign([self.tp])
                await consumer.seek_to_beginning(self.tp)
                stalled_since = time.monotonic()
                while await consumer.position(self.tp) < end:
                    batch = await consumer.getmany(self.tp, timeout_ms=500, max_records=10_000)
                    if batch.get(self.tp):
                        stalled_since = time.monotonic()
                    elif time.monotonic() - stalled_since > LOAD_STALL_S:
                        position = await consumer.position(self.tp)
                        raise KafkaError(
                            f"{self.topic}: no records for {LOAD_STALL_S:.0f}s at offset"
                            f" {position} of {end} while loading the brain state"
                        )
                    for message in batch.get(self.tp, ()):
                        if message.offset >= end:
                            break
                        if message.key is not None:
                            recovery.feed(message.key, message.value)
                            records += 1
            finally:
                await consumer.stop()
        recovery.finish()
        self.tables = {name: recovery.tables.get(name, {}) for name in brain.BRAIN_TABLES}
        self.journal = recovery.journal
        self.next_step = recovery.last_step + 1
        self._end = end
        took = time.perf_counter() - started
        metrics.STATE_LOAD_SECONDS.observe(took)
        log.info(
            "brain state loaded: %d records, %d steps, %d entries of an unfinished step"
            " discarded, %d journal entries, in %.2fs",
            records,
            recovery.steps,
            recovery.discarded,
            len(self.journal),
            took,
        )

    async def _end_offset(self) -> int:
        ends = await kafka.true_end_offsets(self.settings, [(self.topic, 0)])
        return ends[self.tp]

    # ----------------------------------------------------------------- writing
    async def persist(self, step: statelog.Step) -> None:
        """Append a step and wait until the broker has all of it; retry until it has."""
        records = step.encode()

        async def attempt() -> int:
            return await self._send(await self._ensure_producer(), records)

        last = await retry_forever(
            attempt,
            errors=(KafkaError, OSError),
            counter=metrics.STATE_WRITE_RETRIES,
            what="brain state write",
            after_failure=self._drop_producer,
        )
        self._end = last + 1
        metrics.STATE_RECORDS_WRITTEN.inc(len(records))

    async def _send(
        self, producer: AIOKafkaProducer, records: list[tuple[bytes, bytes | None]]
    ) -> int:
        """Send records as few batches as fit; return the offset of the last one."""
        futures = []
        batch = producer.create_batch()
        for key, value in records:
            if batch.append(key=key, value=value, timestamp=None) is None:
                futures.append(await producer.send_batch(batch, self.topic, partition=0))
                batch = producer.create_batch()
                if batch.append(key=key, value=value, timestamp=None) is None:
                    raise ValueError(f"state entry {key!r} is larger than a record batch")
        futures.append(await producer.send_batch(batch, self.topic, partition=0))
        metadata = [await future for future in futures]
        # A batch's metadata carries its base offset.
        return int(metadata[-1].offset) + batch.record_count() - 1

    async def _ensure_producer(self) -> AIOKafkaProducer:
        if self._producer is None:
            producer = kafka.producer(
                self.settings,
                max_batch_size=STATE_BATCH_BYTES,
                linger_ms=0,
                request_timeout_ms=10_000,
            )
            await producer.start()
            self._producer = producer
        return self._producer

    async def _drop_producer(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            try:
                await producer.stop()
            except Exception:  # stopping a broken producer must not mask the retry
                log.debug("stopping the state producer failed", exc_info=True)

    async def close(self) -> None:
        await self._drop_producer()
