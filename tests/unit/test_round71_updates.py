"""Round 71 (u71): missed updates the update loop left at its other-occasions test.

:func:`ledger.decide` keeps apart two figures of which one names its occasion by a day
("Monday's flood") and the other another day or a running period
(:func:`ledger.other_occasions`).  A later figure whose sentence states it moved ("The
death toll from Monday's flood in the valley has risen to 12") names the day only to
date the one event the earlier report dated otherwise ("The number of people killed in
the flood rose to nine on Tuesday"): it is compared, and only ever as an update.
"""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.streams import kinds_across_incidents, later_decision_kinds, sourced_claim

KILLED = "people|killed"

FIRST = sourced_claim(
    9,
    "nine",
    "The number of people killed in the flood in the Ardel valley rose to nine on Tuesday, "
    "the rescue service said.",
    KILLED,
    change="up",
    keyed=True,
)
RISEN = sourced_claim(
    12,
    "12",
    "The death toll from Monday's flood in the Ardel valley has risen to 12, the rescue "
    "service said on Wednesday.",
    KILLED,
    change="up",
    keyed=True,
)


def test_the_pair_is_read_as_two_occasions() -> None:
    assert ledger.other_occasions(RISEN, FIRST)


def test_a_moved_toll_naming_its_events_day_updates_the_earlier_toll() -> None:
    assert later_decision_kinds(FIRST, RISEN) == ["update"]


def test_a_figure_that_does_not_say_it_moved_stays_another_occasion() -> None:
    # "Monday's flood" against a count since Tuesday, no move stated: two occasions
    since = sourced_claim(
        30,
        "30",
        "Since Tuesday 30 people have been treated for injuries from the storm, the hospital said.",
        KILLED,
        keyed=True,
    )
    told = sourced_claim(
        14,
        "14",
        "Monday's flood in the Ardel valley killed 14 people, the hospital said.",
        KILLED,
        keyed=True,
    )
    assert ledger.other_occasions(told, since)
    assert "update" not in later_decision_kinds(since, told)


def test_a_moved_figure_is_never_a_side_across_occasions() -> None:
    # a fall stated against a higher toll of another occasion: no contradiction
    fell = sourced_claim(
        7,
        "seven",
        "The death toll from Monday's flood in the Ardel valley fell to seven after two of "
        "the dead were found to have drowned upstream, the rescue service said.",
        KILLED,
        change="down",
        keyed=True,
    )
    assert "contradiction" not in later_decision_kinds(FIRST, fell)


# Round 71, second rule: the incident guard (tolls of two articles naming other places
# and people are two incidents' tolls) lets the same named body's later, higher toll
# through, within :data:`ledger.updates.BODY_TOLL_RATIO`.

HURT = "people|injured"


def _hurt(value: float, text: str, quote: str, source: str) -> dict[str, Any]:
    return sourced_claim(value, text, quote, HURT, source=source, keyed=True)


FIRST_HURT = _hurt(
    15,
    "15",
    "The fire brigade said 15 people had been hurt when the grandstand gave way.",
    "fire brigade",
)


def test_the_same_bodys_higher_toll_is_its_next_reading() -> None:
    later = _hurt(
        22, "22", "The fire brigade said 22 people had been hurt, most with cuts.", "fire brigade"
    )
    assert kinds_across_incidents(FIRST_HURT, later) == ["update"]


def test_another_bodys_higher_toll_is_still_kept_apart() -> None:
    later = _hurt(
        22, "22", "The city hospital said 22 people had been hurt, most with cuts.", "city hospital"
    )
    assert "update" not in kinds_across_incidents(FIRST_HURT, later)


def test_a_toll_far_above_the_bodys_last_is_another_count() -> None:
    later = _hurt(
        40,
        "40",
        "The fire brigade said 40 people had been hurt in fires across the region this month.",
        "fire brigade",
    )
    assert "update" not in kinds_across_incidents(FIRST_HURT, later)
