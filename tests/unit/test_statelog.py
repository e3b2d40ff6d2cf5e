"""The brain-state log (claimlogic/statelog.py) and the agents' group commit
(workers/groupcommit.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import MutableMapping
from typing import Any

import pytest

from claimlogic import brain, statelog
from claimlogic.journal import apply, plan
from topics import Article
from workers.groupcommit import GroupCommit


def _tables() -> dict[str, MutableMapping[str, Any]]:
    return {name: {} for name in brain.BRAIN_TABLES}


def _articles() -> list[Article]:
    texts = [
        ("Flood kills 12", "Floods killed 12 people in Marlow on Monday, the mayor said."),
        (
            "Toll rises",
            "The death toll from the Marlow floods rose to 19 on Tuesday, the mayor said.",
        ),
        (
            "Protest",
            "Police said 4,000 people marched in Dunmore on Sunday; organisers said 15,000.",
        ),
    ]
    return [
        Article.create(
            text, title=title, outlet=f"Wire {n}", published_at=f"2025-03-0{n + 1}T09:00:00Z"
        )
        for n, (title, text) in enumerate(texts)
    ]


def _run_steps(records_per_step: int) -> tuple[dict[str, Any], list[tuple[bytes, bytes | None]]]:
    """Observe the articles the way the worker does; return final tables and the log."""
    tables = _tables()
    log: list[tuple[bytes, bytes | None]] = []
    step = statelog.Step(0)
    config = brain.BrainConfig()
    for n, article in enumerate(_articles()):
        record = brain.analyze(article)
        at = 1_741_000_000.0 + n
        observation, changes = plan(
            tables, lambda t, r=record, now=at: brain.observe(t, r, now=now, config=config)
        )
        apply(tables, changes)
        step.add(changes)
        step.journal(f"0:{n}", {"alerts": observation.alerts})
        if (n + 1) % records_per_step == 0:
            log += step.encode()
            step = statelog.Step(step.number + 1)
    if step.writes:
        log += step.encode()
    return json.loads(json.dumps(tables)), log


@pytest.mark.parametrize("records_per_step", [1, 2, 3])
def test_reading_the_log_back_gives_the_tables_the_brain_built(records_per_step: int) -> None:
    want, log = _run_steps(records_per_step)
    recovery = statelog.Recovery(_tables()).feed_all(log)
    assert recovery.discarded == 0
    assert json.loads(json.dumps(recovery.tables)) == want
    assert sorted(recovery.journal) == ["0:0", "0:1", "0:2"]
    assert recovery.last_step == recovery.steps - 1


def test_a_step_without_its_marker_is_discarded_whole() -> None:
    """A worker killed while a step was on its way: the step is lost as a whole,
    never in part (its records are re-read, as they were never acked)."""
    _, log = _run_steps(records_per_step=1)
    markers = [i for i, (key, _) in enumerate(log) if key == statelog.STEP_KEY]
    cut = log[: markers[1] + 1] + log[markers[1] + 1 : markers[2]]  # third step without marker
    recovery = statelog.Recovery(_tables()).feed_all(cut)
    assert recovery.steps == 2 and recovery.discarded == markers[2] - markers[1] - 1 > 0
    assert sorted(recovery.journal) == ["0:0", "0:1"]
    full = statelog.Recovery(_tables()).feed_all(log[: markers[1] + 1])
    assert recovery.tables == full.tables


def test_deletes_become_tombstones_and_the_last_write_of_a_key_wins() -> None:
    step = statelog.Step(7)
    _, first = plan({"t": {"gone": 1}}, lambda t: t["t"].update(a=1, b=2))
    _, second = plan({"t": {"gone": 1}}, lambda t: (t["t"].update(a=3), t["t"].pop("gone")))
    step.add(first)
    step.add(second)
    step.journal("0:5", {"alerts": []})
    step.forget("0:1")
    records = dict(step.encode())
    assert records[b"t/a"] == b"3" and records[b"t/gone"] is None
    assert records[b"~journal/0:1"] is None
    assert json.loads(records[statelog.STEP_KEY] or b"") == {
        "step": 7,
        "entries": len(records) - 1,
        "format": statelog.STATE_FORMAT,
    }
    assert step.encode()[-1][0] == statelog.STEP_KEY
    recovery = statelog.Recovery({"t": {}})
    recovery.feed_all(
        [(b"t/gone", b"1"), (statelog.STEP_KEY, b'{"step": 6, "format": 2}'), *step.encode()]
    )
    assert recovery.tables["t"] == {"a": 3, "b": 2}
    assert recovery.journal == {"0:5": {"alerts": []}}
    assert recovery.last_step == 7


def test_a_step_is_encoded_when_sent_not_when_its_objects_change_later() -> None:
    story: dict[str, Any] = {"n": 1}
    step = statelog.Step(0)
    changes = plan({"stories": {}}, lambda t: t["stories"].__setitem__("s", story))[1]
    step.add(changes)
    encoded = step.encode()
    story["n"] = 2
    assert dict(encoded)[b"stories/s"] == b'{"n":1}'


def test_keys_name_their_table() -> None:
    assert statelog.decode_key(statelog.encode_key("ledger", "st-1/a|b")) == ("ledger", "st-1/a|b")
    with pytest.raises(ValueError):
        statelog.decode_key(b"no-table")


async def test_group_commit_groups_under_load_and_acks_in_order_after_the_flush() -> None:
    flushed: list[list[int]] = []
    acked: list[int] = []
    gate = asyncio.Event()

    async def flush(items: list[int]) -> None:
        assert not set(items) & set(acked), "acked before durable"
        await gate.wait()
        flushed.append(items)

    async def ack(event: int) -> None:
        acked.append(event)

    group: GroupCommit[int] = GroupCommit(flush, ack, max_pending=100)
    await group.add(0, 0)
    await asyncio.sleep(0)  # the flush of record 0 starts and waits
    for n in range(1, 5):
        await group.add(n, n)
    assert acked == []  # the first flush is waiting for the "broker"
    gate.set()
    await group.drain()
    assert acked == [0, 1, 2, 3, 4]
    assert flushed[0] == [0] and flushed[1] == [1, 2, 3, 4]  # one in flight, the rest grouped


async def test_group_commit_waits_when_too_much_is_pending_and_never_acks_a_failed_flush() -> None:
    acked: list[int] = []
    calls = 0

    async def flush(items: list[int]) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("broker gone")

    async def ack(event: int) -> None:
        acked.append(event)

    group: GroupCommit[int] = GroupCommit(flush, ack, max_pending=3)
    await group.add(1, 1)
    with pytest.raises(RuntimeError):
        await group.drain()
    assert acked == []  # never acked: the consumer cannot commit past it
    for n in (2, 3, 4):
        await group.add(n, n)  # the third add waits for the flush
    assert acked == [2, 3, 4]


async def test_a_record_acked_alone_waits_for_the_records_handed_over_before_it() -> None:
    order: list[str] = []

    async def flush(items: list[int]) -> None:
        order.append(f"flush {items}")

    async def ack(event: int) -> None:
        order.append(f"ack {event}")

    async def dead_letter() -> None:
        order.append("dead-letter 3")

    group: GroupCommit[int] = GroupCommit(flush, ack)
    await group.add(1, 1)
    await group.add(2, 2)
    await group.ack_alone(3, dead_letter)
    assert order == ["flush [1, 2]", "ack 1", "ack 2", "dead-letter 3", "ack 3"]
