"""Round 78 (u78): a first figure of its key whose sentence says the count moved on --
"has reached", or a clause after it saying it moved from an earlier reading -- is an
update in a running story, as "bringing the number to" is (``step_moved_on``)."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from claimlogic.ledger.updates import moved_after, reached_moved_on
from tests.unit.streams import count_claim, first_decision_kinds, later_decision_kinds


def _count(value: float, text: str, quote: str, metric: str = "parcels|count") -> dict[str, Any]:
    """A plain exact count of the test's parcels (``metric`` for another key)."""
    return count_claim(value, text, quote, metric)


REACHED = _count(
    18400,
    "18,400",
    "The courier firm Ostrel said the backlog of undelivered parcels had reached 18,400 "
    "at its Brannick depot.",
)


def test_a_count_that_has_reached_its_figure_moves_on() -> None:
    assert reached_moved_on(REACHED)
    assert ledger.step_moved_on(REACHED)
    # the key's first figure in a running story: the count moved on, an update
    assert first_decision_kinds(REACHED, continuing=True) == ["update"]
    # the story's first report: a first figure, as before
    assert first_decision_kinds(REACHED, continuing=False) == ["new_figure"]


def test_reached_with_a_hedge_and_passed_count_too() -> None:
    about = _count(
        3100,
        "3,100",
        "Complaints to the Vellany ombudsman about the parcel delays have now passed about "
        "3,100, it said.",
    )
    assert reached_moved_on(about)


def test_a_bare_reached_or_another_verb_is_no_such_move() -> None:
    peak = _count(
        41,
        "41",
        "Temperatures at the Brannick depot reached 41 degrees on Monday.",
        "temperature|count",
    )
    assert not reached_moved_on(peak)
    plain = _count(18400, "18,400", "Ostrel said 18,400 parcels were waiting at its depot.")
    assert not reached_moved_on(plain)
    assert not ledger.step_moved_on(plain)
    assert first_decision_kinds(plain, continuing=True) == ["new_figure"]


def test_a_clause_after_the_figure_that_says_it_moved() -> None:
    up = _count(
        57,
        "57",
        "Fifty drivers were off sick, Ostrel said, and 57 vans are now parked at the depot, up "
        "from the figure it gave on Friday.",
        "vans|count",
    )
    assert moved_after(up)
    assert first_decision_kinds(up, continuing=True) == ["update"]
    raised = _count(
        2_400_000,
        "2.4 million",
        "Ostrel said the delays had cost it 2.4 million marks, raising its estimate after "
        "counting refunds.",
        "delays|cost|money",
    )
    assert moved_after(raised)


def test_a_year_on_year_comparison_or_another_figures_move_is_not() -> None:
    yearly = _count(
        640_000,
        "640,000",
        "The depot handled 640,000 parcels during the month, down from 710,000 parcels in "
        "March last year.",
    )
    assert not moved_after(yearly)
    assert first_decision_kinds(yearly, continuing=True) == ["new_figure"]
    # the move after another number is that number's
    other = _count(
        18400,
        "18,400",
        "Ostrel said 18,400 parcels were waiting and that 60 vans were idle, up from 40.",
    )
    assert not moved_after(other)


def _part(value: float, text: str, quote: str) -> dict[str, Any]:
    return _count(value, text, quote, "depots|count")


def test_a_part_told_now_in_a_state_updates_the_parts_count() -> None:
    first = _part(12, "12", "Ostrel said 12 of its depots were closed by the snow.")
    now = _part(19, "19", "Ostrel says 19 of its depots are now closed, after more snow overnight.")
    assert ledger.part_holds_on(now)
    assert ledger.part_still_held(now, first)
    assert later_decision_kinds(first, now) == ["update"]


def test_a_now_of_a_relative_clause_or_far_from_the_count_is_not() -> None:
    relative = _part(
        7, "Seven", "Seven of the depots that were now closed had lost power, Ostrel said."
    )
    assert not ledger.part_holds_on(relative)
    # within the fall ratio of the count it would update, as for "still"
    small = _part(3, "3", "Ostrel says 3 of its depots are now closed.")
    assert not ledger.part_still_held(small, _part(900, "900", "Ostrel has 900 depots."))
