"""End to end on the real embedded broker, Redis and worker processes (issue 2)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from claimlogic.model import CONTRACT_FIELDS
from tests.conftest import Pipeline
from topics import Article

pytestmark = pytest.mark.integration


def _values(alert: dict) -> set[float]:
    sides = [alert["claim"], *alert.get("against", [])]
    return {c["value"] for c in sides if c.get("value") is not None}


def test_seeds_produce_alerts_in_redis_and_kafka(pipeline: Pipeline) -> None:
    """Replaying seeds/ yields new-figure alerts and the 11,000 vs 12,000 troops
    contradiction, identically in the Redis Stream and the Kafka alerts topic."""
    pipeline.publish(pipeline.seeds())
    pipeline.drain()

    in_redis = pipeline.stream_alerts()
    in_kafka = pipeline.kafka_alerts()
    assert in_redis, "no alert reached Redis"
    assert sorted(a["id"] for a in in_redis) == sorted(a["id"] for a in in_kafka)

    kinds = Counter(a["kind"] for a in in_redis)
    assert kinds["new_figure"] >= 10, kinds
    for alert in in_redis:
        assert {"id", "kind", "story", "metric", "claim", "against", "created_at"} <= alert.keys()
        claim = alert["claim"]
        for field in CONTRACT_FIELDS:
            assert field in claim, (field, claim)
        assert claim["article"]["id"] and claim["quote"]
        assert claim["quote"] in "".join(a.text for a in pipeline.seeds())
    summary = [(a["kind"], a["metric"]["key"], _values(a)) for a in in_redis]
    troops = [a for a in in_redis if a["kind"] == "contradiction" and {11000, 12000} <= _values(a)]
    assert troops, summary
    brigades = [a for a in in_redis if a["kind"] == "contradiction" and _values(a) == {2, 4}]
    assert brigades, summary


def test_replaying_twice_creates_no_duplicate_alert(pipeline: Pipeline) -> None:
    """The same input replayed again changes nothing downstream: alert ids are
    deterministic and the ledger knows it has seen these articles."""
    seeds = pipeline.seeds()
    pipeline.publish(seeds)
    pipeline.drain()
    first = pipeline.stream_alerts()
    first_kafka = pipeline.kafka_alerts()

    pipeline.publish(seeds)
    pipeline.drain()
    second = pipeline.stream_alerts()
    ids = [a["id"] for a in second]
    assert len(ids) == len(set(ids))
    assert ids == [a["id"] for a in first]
    assert len(pipeline.kafka_alerts()) == len(first_kafka)


def test_poison_messages_go_to_dead_letter_and_stream_keeps_flowing(pipeline: Pipeline) -> None:
    """Invalid JSON, missing fields, wrong types, binary junk and an oversized
    record each land in the dead-letter topic with a reason; a valid article
    sent after them is still processed."""
    poison = [
        b"{not json",
        json.dumps({"title": "no text"}).encode(),
        json.dumps({"text": 42}).encode(),
        json.dumps(["a", "list"]).encode(),
        b"\xff\xfe\x00binary\x81junk",
        json.dumps({"text": "x" * (600 * 1024)}).encode(),
    ]
    pipeline.publish_raw(poison)
    good = Article.create(
        "The city council approved a budget of $12 million for road repairs on Monday.",
        title="Council approves road budget",
        outlet="Example Local",
    )
    pipeline.publish([good])
    pipeline.drain()

    dead = pipeline.dead_letters()
    assert len(dead) == len(poison), dead
    reasons = " | ".join(d["reason"] for d in dead)
    for needle in (
        "not valid JSON",
        "'text' is missing",
        "must be a JSON object",
        "UTF-8",
        "exceeds",
    ):
        assert needle in reasons, (needle, reasons)
    assert all(d["stage"] == "analyze" and d["topic"] == "claimwatch-articles" for d in dead)
    alerts = pipeline.stream_alerts()
    assert any(a["claim"]["article"]["id"] == good.id for a in alerts), alerts
    metrics = pipeline.metrics_text()
    assert 'claimwatch_dead_letters_total{stage="analyze"} 6.0' in metrics
