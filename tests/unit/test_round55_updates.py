"""Round 55 (u55): the update path -- whose "now" it is, which reading moved on."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.streams import count_claim as _count


def _running(c: dict[str, Any]) -> list[str]:
    """Decide the claim as the first figure of its key in a later article of a running story."""
    metric = str(c["metric"])
    _, decisions, _ = ledger.decide(
        None,
        c,
        {"id": "a2", "outlet": "a2"},
        story="st",
        metric=metric,
        label=metric,
        event_t=86400.0,
        now_iso="2026-01-01T00:00:00Z",
        continuing=True,
    )
    return [d[0] for d in decisions]


TWO = (
    "The water board said 2,300 households had now been told to boil their water, and "
    "that 45 pupils had been sent home from two schools."
)


def test_a_now_right_after_another_figure_is_that_figures() -> None:
    # "had now" follows 2,300 and its noun: the 45 pupils are a first count of their own
    pupils = _count(45, "45", TWO, "pupils|count")
    assert not ledger.now_moved_on(pupils)
    assert _running(pupils) == ["new_figure"]
    # the 2,300 itself has moved on
    homes = _count(2300, "2,300", TWO, "households|count")
    assert ledger.now_moved_on(homes)
    assert _running(homes) == ["update"]


def test_a_now_of_the_figures_own_clause_still_moves_it_on() -> None:
    q = (
        "Ferry bookings had risen to 8,100, the operator said, and that its crews had now "
        "towed 37 stranded yachts."
    )
    assert ledger.now_moved_on(_count(37, "37", q, "yachts|count"))
    q = "The harbour master said on May 14 that divers had now recovered 12 containers."
    assert ledger.now_moved_on(_count(12, "12", q, "containers|count"))
    q = "Nineteen anglers have now been treated for burns."
    assert ledger.now_moved_on(_count(19, "Nineteen", q, "anglers|injured"))


def test_a_count_that_remains_after_anothers_now_moved_on() -> None:
    q = (
        "The consulate said 6,200 climbers had now been brought down the mountain and that "
        "310 remained at the upper huts."
    )
    assert ledger.now_moved_on(_count(310, "310", q, "climbers|count"))


def _kinds(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    """Decide two claims of one key from two articles; the second's decision kinds."""
    metric = str(first["metric"])
    kw: dict[str, Any] = {"story": "st", "metric": metric, "label": metric}
    kw["now_iso"] = "2026-01-01T00:00:00Z"
    entry, _, _ = ledger.decide(None, first, {"id": "a1", "outlet": "a1"}, event_t=0.0, **kw)
    _, decisions, _ = ledger.decide(entry, second, {"id": "a2", "outlet": "a2"}, event_t=9e4, **kw)
    return [d[0] for d in decisions]


TAKEN = _count(
    3600, "3,600", "Border guards said 3,600 lambs had been taken across the pass.", "lambs|count"
)


def test_a_count_far_below_with_no_move_is_no_update() -> None:
    # fifteen times below: within the old twentyfold bound, beyond the fall ratio
    far = _count(
        240, "240", "Border guards said 240 lambs had been taken across the pass.", "lambs|count"
    )
    assert "update" not in _kinds(TAKEN, far)
    # the sentence tells a move, but of another figure: the 240's own clause says nothing
    beside = _count(
        240,
        "240",
        "Farmers said 240 lambs had been handed to their owners, as the number of herders "
        "waiting at the pass rose to 900.",
        "lambs|count",
    )
    assert "update" not in _kinds(TAKEN, beside)


def test_a_count_within_the_fall_ratio_or_saying_it_fell_still_updates() -> None:
    near = _count(
        1100,
        "1,100",
        "Border guards said 1,100 lambs had been taken across the pass.",
        "lambs|count",
    )
    assert _kinds(TAKEN, near) == ["update"]
    fell = _count(
        240, "240", "The number of lambs on the far side has fallen to 240.", "lambs|count"
    )
    assert _kinds(TAKEN, fell) == ["update"]
