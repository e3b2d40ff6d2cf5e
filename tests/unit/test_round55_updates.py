"""Round 55 (u55): the update path -- whose "now" it is, which reading moved on."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger


def _count(value: float, text: str, quote: str, metric: str) -> dict[str, Any]:
    return {
        "value": value,
        "bound": "exact",
        "property": metric.split("|")[1],
        "metric": metric,
        "unit": metric.split("|")[0],
        "quote": quote,
        "text": text,
    }


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
