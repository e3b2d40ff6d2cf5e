"""Round 64 (d64): the brain's filters after ``ledger.decide``.  A key that names nothing
it counts ("acre?1a2b|count", "quantity?1a2b|count") is recorded, never announced as a
first figure; but when the story joined a later reading to that very key and the ledger
judged that the figure moved, the update is due ("5,800 acres had now burned" after
"2,400 acres"), unless the figure is a span of time or a ratio, or a small value
(brain._unresolved_move)."""

from __future__ import annotations

from typing import Any

from claimlogic import brain
from tests.unit.streams import run_stream

_FIRST = (
    "2031-07-14T09:00:00Z",
    "Wildfire spreads across Hollin Moor",
    "HOLLIN, July 14 (NW) - A wildfire on Hollin Moor spread overnight, and the county fire "
    "service said on Monday that 2,400 acres had burned.\n\n"
    "Residents of two hamlets near the moor were told to keep their windows shut, the fire "
    "service said.\n",
)

_SECOND = (
    "2031-07-15T09:00:00Z",
    "Hollin Moor wildfire grows",
    "HOLLIN, July 15 (NW) - The wildfire on Hollin Moor kept spreading on Tuesday as the "
    "wind rose, and the county fire service said 5,800 acres had now burned.\n\n"
    "Crews from three counties were fighting the fire on Hollin Moor, the fire service "
    "said.\n",
)


def _run(*articles: tuple[str, str, str]) -> list[list[Any]]:
    out = run_stream([(f"a{i + 1}", *a) for i, a in enumerate(articles)])
    assert len({o[0] for o in out}) == 1, "one story"
    return [[(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in o[2]] for o in out]


def test_a_moved_figure_of_an_unnamed_key_is_an_update() -> None:
    got = _run(_FIRST, _SECOND)
    assert [a for a in got[1] if a[0] == "update" and a[1] == "5,800 acres"], got


def test_only_updates_of_sizeable_counts_pass_the_unresolved_key() -> None:
    cfg = brain.BrainConfig()
    assert brain._unresolved_move("update", {"value": 5800.0, "unit": "acre"}, cfg)
    assert brain._unresolved_move("update", {"value": 23000.0, "unit": None}, cfg)
    assert not brain._unresolved_move("new_figure", {"value": 5800.0, "unit": "acre"}, cfg)
    assert not brain._unresolved_move("contradiction", {"value": 5800.0, "unit": "acre"}, cfg)
    assert not brain._unresolved_move("update", {"value": 14.0, "unit": "day"}, cfg)
    assert not brain._unresolved_move("update", {"value": 30.0, "unit": "x"}, cfg)
    assert not brain._unresolved_move("update", {"value": 3.0, "unit": None}, cfg)
    assert not brain._unresolved_move("update", {"value": -27.0, "unit": None}, cfg)
    assert not brain._unresolved_move("update", {"value": 31.0, "unit": None}, cfg, [31.0])
    assert brain._unresolved_move("update", {"value": 31.0, "unit": None}, cfg, [14.0])


# Round 64: a first figure that is a measure is no restatement of another article's count
# of things of the same value, nor a count of a measure (brain._restated, ``first``).
_CRASH = (
    "2031-09-02T09:00:00Z",
    "Coach crash on the Tarnby ring road",
    "TARNBY, Sept 2 (NW) - A coach crashed on the Tarnby ring road on Tuesday, killing 9 "
    "passengers, police said.\n\n"
    "The operator, Greyline Coaches, said its fleet carried 3 million passengers last "
    "year.\n",
)
_FUND = (
    "2031-09-04T09:00:00Z",
    "Tarnby coach crash: operator sets up fund",
    "TARNBY, Sept 4 (NW) - Greyline Coaches, whose coach crashed on the Tarnby ring road on "
    "Tuesday killing 9 passengers, said on Thursday it would pay 3 million euros into a "
    "fund for the families of the dead.\n\n"
    "Police said the coach's brakes were being examined.\n",
)


def test_a_sum_is_no_restatement_of_a_count_of_the_same_value() -> None:
    got = _run(_CRASH, _FUND)
    assert [a for a in got[1] if a[0] == "new_figure" and a[1] == "3 million euros"], got


def test_measured_tells_a_measure_from_a_count() -> None:
    assert brain._measured({"unit": "EUR"})
    assert brain._measured({"unit": "kg"})
    assert not brain._measured({"unit": "passengers"})
    assert not brain._measured({"unit": None})
