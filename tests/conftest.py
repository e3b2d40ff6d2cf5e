"""Shared fixtures: the real embedded stack (Tansu + Redis) and a real worker process.

Integration tests get a fresh broker and Redis each (they start in ~0.1 s),
so no state leaks between tests.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from claimwatch import kafka, redis_keys
from claimwatch.embedded import Child, EmbeddedStack, free_port
from claimwatch.settings import Settings
from topics import Article
from topics.catalog import ALERTS, ARTICLES, DEAD_LETTER, consumed_topics, topic_specs
from workers import replay

#: For tests that restart a worker on a backlog. While the brain kept its state
#: in Faust tables, Faust 0.15 sometimes did not hand a few re-fetched records to
#: the stream after such a restart (the broker held them) and its commit stalled:
#: about 1 run in 15 (journal test) to 1 in 4 (SIGTERM test). Since the state
#: moved to the brain-state topic (no table recovery), none in 48 runs of the
#: three restart tests without reruns (2026-11-22); the reruns stay as a
#: safety net until real Kafka confirms it. The properties these tests assert
#: are not loosened: a rerun must pass them in full.
restart_flaky = pytest.mark.flaky(reruns=2, reruns_delay=1)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


async def read_topic(settings: Settings, topic: str) -> list[tuple[bytes | None, bytes]]:
    """Every record on a topic, from the beginning to the current end (no group)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(**kafka.client_options(settings), enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [
            TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        ends = await kafka.end_offsets(consumer, partitions)
        records: list[tuple[bytes | None, bytes]] = []
        for tp in partitions:
            consumer.seek(tp, 0)
        remaining = {tp for tp in partitions if ends[tp] > 0}
        deadline = time.monotonic() + 15
        while remaining and time.monotonic() < deadline:
            batch = await consumer.getmany(*remaining, timeout_ms=200)
            for tp, messages in batch.items():
                records += [(m.key, m.value) for m in messages if m.offset < ends[tp]]
                if messages and messages[-1].offset + 1 >= ends[tp]:
                    remaining.discard(tp)
        assert not remaining, f"could not read {topic} to its end: {remaining}"
        return records
    finally:
        await consumer.stop()


class Pipeline:
    """A running stack plus worker, with helpers to feed it and read what comes out."""

    def __init__(self, stack: EmbeddedStack, settings: Settings) -> None:
        self.stack = stack
        self.settings = settings
        self.worker: Child | None = None

    def start_worker(self, name: str = "worker") -> Child:
        env = {**os.environ, **self.settings.to_env()}
        self.worker = self.stack.spawn(name, [sys.executable, "-m", "claimwatch", "worker"], env)
        return self.worker

    def publish(self, articles: list[Article]) -> None:
        asyncio.run(replay.publish(self.settings, articles))

    def publish_raw(self, values: list[bytes], topic: str = ARTICLES) -> None:
        async def send() -> None:
            producer = kafka.producer(self.settings)
            await producer.start()
            try:
                for value in values:
                    await producer.send_and_wait(topic, value, key=b"raw")
            finally:
                await producer.stop()

        asyncio.run(send())

    def seeds(self) -> list[Article]:
        return replay.load([SEEDS])

    def drain(self, timeout: float = 90.0) -> None:
        """Wait until the worker has committed everything on the pipeline topics."""
        worker = self.worker
        assert worker is not None
        topics = list(consumed_topics(self.settings.deliver_in_brain))
        try:
            asyncio.run(
                kafka.wait_drained(
                    self.settings, self.settings.app_id, topics, timeout, alive=worker.alive
                )
            )
        except (TimeoutError, RuntimeError) as exc:
            raise AssertionError(f"{exc}\n--- worker log ---\n{worker.tail(400)}") from None

    def redis(self) -> redis.Redis:
        return redis.Redis.from_url(self.settings.redis_url.reveal())

    def stream_alerts(self) -> list[dict[str, Any]]:
        entries = self.redis().xrange(redis_keys.ALERTS_STREAM)
        return [json.loads(fields[b"json"]) for _id, fields in entries]

    def kafka_alerts(self) -> list[dict[str, Any]]:
        return [json.loads(v) for _k, v in asyncio.run(read_topic(self.settings, ALERTS))]

    def dead_letters(self) -> list[dict[str, Any]]:
        return [json.loads(v) for _k, v in asyncio.run(read_topic(self.settings, DEAD_LETTER))]

    def metrics_text(self) -> str:
        import urllib.request

        url = f"http://127.0.0.1:{self.settings.web_port}/metrics"
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode())


@pytest.fixture
def stack() -> Iterator[EmbeddedStack]:
    with EmbeddedStack() as s:
        yield s


@pytest.fixture
def pipeline(stack: EmbeddedStack) -> Iterator[Pipeline]:
    """Stack + topics created + one worker started (not yet fed)."""
    settings = stack.settings(web_port=free_port())
    asyncio.run(kafka.create_topics(settings, topic_specs(settings.app_id)))
    p = Pipeline(stack, settings)
    p.start_worker()
    yield p


def child_pids(pid: int) -> list[int]:
    """Live processes whose parent is ``pid`` (e.g. a worker's pool processes)."""
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
