"""The write-ahead journal's overlay, plan and apply (claimlogic/journal.py)."""

from __future__ import annotations

import json
import random
from collections.abc import MutableMapping
from typing import Any

import pytest

from claimlogic import brain, statelog
from claimlogic.journal import HolderOverlay, Overlay, Plan, apply, plan
from claimlogic.packed import BandIndex
from topics import Article


def test_overlay_reads_through_and_keeps_writes_to_itself() -> None:
    base = {"a": 1, "b": 2}
    view = Overlay(base)
    view["c"] = 3
    view["a"] = 10
    del view["b"]
    assert base == {"a": 1, "b": 2}
    assert dict(view) == {"a": 10, "c": 3} and len(view) == 2
    assert "b" not in view and view.get("b", "gone") == "gone"
    view["b"] = 20
    assert view["b"] == 20 and len(view) == 3


def test_overlay_reads_agree_with_a_dict_whatever_was_written() -> None:
    """get, [] and `in` answer as a plain dict with the same writes would: keys only
    in the base, overwritten, deleted, deleted then set again, absent; values that
    are None or equal to the default."""
    base: dict[str, Any] = {"kept": 1, "none": None, "over": 2, "gone": 3, "back": 4}
    view = Overlay(base)
    view["over"] = 20
    view["new"] = None
    del view["gone"]
    del view["back"]
    view["back"] = 40
    want = {"kept": 1, "none": None, "over": 20, "new": None, "back": 40}
    assert dict(view) == want
    for key in [*want, "gone", "absent"]:
        assert view.get(key) == want.get(key)
        assert view.get(key, "dflt") == want.get(key, "dflt")
        assert (key in view) == (key in want)
        if key in want:
            assert view[key] == want[key]
        else:
            try:
                view[key]
            except KeyError:
                pass
            else:
                raise AssertionError(f"{key!r} should be missing")


def test_plan_is_json_and_apply_is_idempotent() -> None:
    tables: dict[str, MutableMapping[str, Any]] = {"t": {"old": 1, "drop": 2}, "u": {}}

    def step(t: Any) -> str:
        t["t"]["new"] = [1, 2]
        del t["t"]["drop"]
        t["u"]["x"] = {"y": 1}
        return "done"

    result, changes = plan(tables, step)
    assert result == "done" and tables == {"t": {"old": 1, "drop": 2}, "u": {}}
    again = Plan.from_dict(json.loads(json.dumps(changes.to_dict())))
    apply(tables, again)
    apply(tables, again)
    assert tables == {"t": {"old": 1, "new": [1, 2]}, "u": {"x": {"y": 1}}}
    assert len(again) == 3


def test_brain_observe_through_plan_and_apply_equals_direct_writes() -> None:
    """Planning then applying leaves the same state and alerts as observe() writing
    the tables itself, so the journal changes nothing but durability."""
    config = brain.BrainConfig()
    articles = [
        Article.create(
            "At least 3,000 soldiers have arrived in the region, the ministry said on Monday.",
            title="Soldiers arrive",
            outlet="Wire A",
            published_at="2024-10-23T10:00:00+00:00",
        ),
        Article.create(
            "At least 5,000 soldiers have arrived in the region, the ministry said on Friday.",
            title="More soldiers arrive",
            outlet="Wire B",
            published_at="2024-10-27T10:00:00+00:00",
        ),
    ]
    direct: dict[str, dict[str, Any]] = {name: {} for name in brain.BRAIN_TABLES}
    journaled: dict[str, dict[str, Any]] = {name: {} for name in brain.BRAIN_TABLES}
    for n, article in enumerate(articles):
        record = brain.analyze(article)
        now = 1_700_000_000.0 + n
        want = brain.observe(direct, record, now=now, config=config)
        got, changes = plan(
            journaled, lambda t, r=record, at=now: brain.observe(t, r, now=at, config=config)
        )
        apply(journaled, Plan.from_dict(json.loads(json.dumps(changes.to_dict()))))
        assert [a["id"] for a in got.alerts] == [a["id"] for a in want.alerts]
    assert json.loads(json.dumps(journaled)) == json.loads(json.dumps(direct))


def _dict_add(d: dict[int, Any], key: int, holder: int) -> None:
    brain._band_add(d, [key], holder)  # the brain's path for a plain dict: the reference


def _dict_remove(d: dict[int, Any], key: int, holder: int) -> None:
    brain._band_remove(d, [key], holder)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_holder_index_is_planned_as_operations_read_back_as_made(seed: int) -> None:
    """A packed band index gets a HolderOverlay: adds and removes are kept as
    operations (no key's whole tuple of holders is written as a value), reads inside
    the step see them, and the applied plan -- also after a JSON round trip, and
    twice -- leaves the index a plain dict given the same calls would hold."""
    rng = random.Random(seed)
    index = BandIndex()
    ref: dict[int, Any] = {}
    keys = [(band << 64) | rng.getrandbits(64) for band in range(4)]
    for _ in range(30):  # a start with tuples of many holders under some keys
        k, h = rng.choice(keys), rng.randrange(50)
        index.add_holder(k, h)
        _dict_add(ref, k, h)
    for _ in range(40):
        calls = [(rng.choice("+-"), rng.choice(keys), rng.randrange(50)) for _ in range(6)]
        expected = dict(ref)
        for op, k, h in calls:
            (_dict_add if op == "+" else _dict_remove)(expected, k, h)

        def step(t: Any, calls: list[tuple[str, int, int]] = calls) -> dict[int, Any]:
            view = t["bands"]
            assert isinstance(view, HolderOverlay)
            for op, k, h in calls:
                (view.add_holder if op == "+" else view.remove_holder)(k, h)
            return {k: view.get(k) for k in keys}

        seen, changes = plan({"bands": index}, step)
        assert seen == {k: expected.get(k) for k in keys}  # reads see the step's own calls
        assert dict(index.items()) == ref  # nothing applied yet
        assert changes.sets == {} and len(changes) == len(calls)
        again = Plan.from_dict(json.loads(json.dumps(changes.to_dict())))
        apply({"bands": index}, again)
        apply({"bands": index}, again)
        ref = expected
        assert dict(index.items()) == ref
        assert {k: index.first(k) for k in keys} == {
            k: (v[0] if isinstance(v, tuple) else v) for k, v in ((k, ref.get(k)) for k in keys)
        }


def test_the_state_log_skips_band_holder_operations_and_refuses_others() -> None:
    """The band index is derived (rebuilt when the state is read back): its holder
    operations never reach the state log; on any persisted table they would be lost,
    so a step refuses them."""
    step = statelog.Step(0)
    step.add(Plan({}, {}, {brain.T_BANDS: [("+", 1, 2)]}))
    assert step.writes == {}
    with pytest.raises(ValueError, match="persisted table"):
        step.add(Plan({}, {}, {brain.T_LEDGER: [("+", 1, 2)]}))
