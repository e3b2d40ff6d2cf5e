"""Round 59 (w59): the update path -- small counts refused by the first-figure guard."""

from __future__ import annotations

from typing import Any

from tests.unit.streams import count_claim as _count
from tests.unit.streams import later_decision_kinds as _kinds


# --------------------------------------------------------------- a small count that holds on
def _first() -> dict[str, Any]:
    return _count(
        7,
        "seven",
        "The port authority closed seven berths on the north quay after the crane fell.",
        "berths|count",
    )


def test_a_small_count_still_holding_updates_the_earlier_one() -> None:
    remain = _count(
        4, "Four", "Four berths remain closed, the port authority said on Friday.", "berths|count"
    )
    assert _kinds(_first(), remain) == ["update"]
    still = _count(
        2, "two", "The port authority said two berths were still closed on Monday.", "berths|count"
    )
    assert _kinds(_first(), still) == ["update"]


# --------------------------------------------------------------- a count that says "now"
def test_a_count_that_has_now_moved_updates_the_earlier_one() -> None:
    # a count of the places something happened in is refused by the first-figure guard
    first = _count(30, "30", "The operator said rails had cracked at 30 sites.", "sites|count")
    later = _count(
        45,
        "45",
        "Cracked rails had now been found at 45 sites, the operator said.",
        "sites|count",
    )
    assert _kinds(first, later) == ["update"]
    # with no "now" the two counts of places are still not compared
    plain = _count(45, "45", "The operator said rails had cracked at 45 sites.", "sites|count")
    assert "update" not in _kinds(first, plain)
