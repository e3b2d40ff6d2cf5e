"""The Redis alert sink on a real Redis: one script call per group, idempotent by alert id."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from claimwatch import redis_keys
from claimwatch.embedded import EmbeddedStack
from workers.sink import AlertSink, redis_client

pytestmark = pytest.mark.integration


def _alert(n: int, kind: str = "new_figure") -> tuple[dict[str, Any], str]:
    alert = {"id": f"al-{n:04d}", "kind": kind, "story": "st-1", "n": n}
    return alert, json.dumps(alert)


def test_groups_deliver_each_id_once_and_survive_a_flushed_script_cache(
    stack: EmbeddedStack,
) -> None:
    settings = stack.settings()

    async def run() -> dict[str, Any]:
        client = redis_client(settings)
        sink = AlertSink(client, settings)
        pubsub = client.pubsub()
        await pubsub.subscribe(redis_keys.ALERTS_CHANNEL)
        await pubsub.get_message(timeout=1)  # the subscribe confirmation
        out: dict[str, Any] = {"empty": await sink.deliver_many([])}
        a1, a2, a3 = _alert(1), _alert(2, "contradiction"), _alert(3)
        # an id twice in one group: the second is a redelivery, as in a later group
        out["first"] = await sink.deliver_many([a1, a2, a1])
        out["again"] = await sink.deliver_many([a2, a1])
        # Redis forgot the script (a restart keeps data, not scripts): NOSCRIPT, reload
        await client.script_flush()
        out["after_flush"] = await sink.deliver_many([a3, a2])
        out["stream"] = await client.xrange(redis_keys.ALERTS_STREAM)
        published = []
        while (msg := await pubsub.get_message(timeout=0.5)) is not None:
            if msg["type"] == "message":
                published.append(msg["data"])
        out["published"] = published
        out["ttl"] = await client.ttl(redis_keys.ALERT_SEEN_PREFIX + "al-0001")
        out["commands"] = await client.info("commandstats")
        await pubsub.aclose()
        await client.aclose()
        return out

    out = asyncio.run(run())
    assert out["empty"] == []
    assert out["first"] == [True, True, False]
    assert out["again"] == [False, False]
    assert out["after_flush"] == [True, False]
    fields = [{k.decode(): v.decode() for k, v in entry.items()} for _, entry in out["stream"]]
    assert [(f["id"], f["kind"]) for f in fields] == [
        ("al-0001", "new_figure"),
        ("al-0002", "contradiction"),
        ("al-0003", "new_figure"),
    ]
    assert [json.loads(f["json"])["n"] for f in fields] == [1, 2, 3]
    assert [json.loads(p)["id"] for p in out["published"]] == ["al-0001", "al-0002", "al-0003"]
    assert 0 < out["ttl"] <= settings.alert_id_ttl_s
    # one EVALSHA per non-empty group (the failed ones are the two NOSCRIPT answers:
    # first use, after the flush), the script loaded only then (and the flush itself)
    evalsha, script = out["commands"]["cmdstat_evalsha"], out["commands"]["cmdstat_script"]
    assert evalsha["calls"] - evalsha["failed_calls"] == 3 and evalsha["failed_calls"] == 2
    assert script["calls"] == 3
