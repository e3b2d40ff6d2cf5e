"""Round 58 (v58): the update path -- updates in the body of a long report whose own
sentence says the count moved to the figure."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.streams import count_claim as _count
from tests.unit.streams import later_decision_kinds as _lede_kinds


def _body_kinds(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    """As :func:`_lede_kinds`, the second claim in the body of a long report."""
    return _lede_kinds(first, second, in_lede=False)


# --------------------------------------------------------------- a fall read in the body
def test_a_count_that_fell_to_the_figure_updates_it_in_the_body() -> None:
    first = _count(
        14,
        "14",
        "Fourteen walkers were still unaccounted for on the moor, the mountain rescue said.",
        "walkers|missing",
    )
    later = _count(
        3,
        "three",
        "The number of walkers unaccounted for dropped to three overnight, after eleven "
        "reached a farm on the far side of the ridge.",
        "walkers|missing",
        change="down",
    )
    assert _body_kinds(first, later) == ["update"]
    # the same figure with no word of a move stays background in the body
    plain = _count(3, "three", "Three walkers were on the ridge.", "walkers|missing")
    assert _body_kinds(first, plain) == []


# --------------------------------------------------------------- moved to the figure itself
def test_a_count_that_reached_the_figure_updates_it_in_the_body() -> None:
    first = _count(
        2300,
        "2,300",
        "The regulator said it had received 2,300 letters from tenants since the audit.",
        "letters|count",
    )
    later = _count(
        5100,
        "5,100",
        "The regulator said letters had reached 5,100 and that it would answer them by June.",
        "letters|count",
    )
    assert ledger.moved_to_here(later)
    assert _body_kinds(first, later) == ["update"]
    # a move verb of another figure of the sentence is not this figure's
    other = _count(
        5100,
        "5,100",
        "The regulator, whose staff had risen to 40, said it kept 5,100 letters on file.",
        "letters|count",
    )
    assert not ledger.moved_to_here(other)


# --------------------------------------------------------------- a part that holds on
def test_a_part_still_in_hospital_updates_the_earlier_reading_of_that_part() -> None:
    first = _count(
        12,
        "Twelve",
        "Twelve of the climbers remained in hospital in Tarrow, the mountain clinic said.",
        "climbers|hospitalized|current",
    )
    later = _count(
        5,
        "five",
        "The clinic said five of the climbers were still in hospital on Friday.",
        "climbers|hospitalized|current",
    )
    assert ledger.part_of_group(later)
    assert ledger.part_holds_on(later)
    assert _lede_kinds(first, later) == ["update"]
    # a hold word of the group's relative clause is not the part's
    group = _count(
        5,
        "Five",
        "Five of the climbers who were still on the glacier were flown out.",
        "climbers|hospitalized|current",
    )
    assert not ledger.part_holds_on(group)


def test_a_part_still_held_far_below_the_group_is_another_quantity() -> None:
    group = _count(
        90000,
        "90,000",
        "The province said it had taken in 90,000 displaced people since the fighting began.",
        "people|displaced",
    )
    part = _count(
        1500,
        "1,500",
        "The provincial government said 1,500 of the evacuees were still in the fairground hall.",
        "people|displaced",
    )
    assert ledger.part_holds_on(part)
    assert not ledger.part_still_held(part, group)
    assert ledger.part_still_held(part, dict(group, value=4000))
