"""Round 69 (u69): missed updates the update loop's scope test refused by place.

:func:`ledger.place_moved_on`: a figure whose sentence states it moved ("The number of
workers killed in the blast at the Kestrel quarry rose to seven") is the next reading of
an earlier figure that the scope test keeps apart only by the place phrase read around
each ("in the hills of western Norland", "at the Kestrel quarry"); compared in
:func:`ledger.decide`'s update loop, only ever as an update.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import later_decision_kinds, sourced_claim

KILLED = "workers|killed"

FIRST = sourced_claim(
    4,
    "four",
    "A blast ripped through a quarry in the hills of western Norland, killing four "
    "workers, the fire service said.",
    KILLED,
    keyed=True,
)
MOVED = sourced_claim(
    7,
    "seven",
    "The number of workers killed in the blast at the Kestrel quarry rose to seven, the "
    "fire service said.",
    KILLED,
    change="up",
    keyed=True,
)


def _placed(c: dict[str, object], place: str) -> dict[str, object]:
    return {**c, "place": place}


def test_a_moved_toll_is_compared_across_place_phrases() -> None:
    old, new = _placed(FIRST, "western Norland"), _placed(MOVED, "Kestrel")
    assert not ledger.comparable(new, old)
    assert ledger.place_moved_on(new, old)


CUT = "jobs|cut"


def test_a_fall_told_at_the_firms_plant_updates_the_count_told_in_its_town() -> None:
    # a rise past every figure was already an update wherever it was told (``elsewhere``);
    # a fall was not
    old = sourced_claim(
        620,
        "620",
        "Harlow Foods will close its bakery in Brisk by the end of next year, cutting 620 "
        "jobs, the company said.",
        CUT,
        keyed=True,
    )
    new = sourced_claim(
        540,
        "540",
        "The company agreed to keep the bread line at the Harlow Foods bakery open, reducing "
        "the number of jobs to be cut to 540, the union said.",
        CUT,
        change="down",
        keyed=True,
    )
    assert later_decision_kinds(_placed(old, "Brisk"), _placed(new, "Harlow Foods")) == ["update"]


def test_no_place_on_either_side_or_the_same_place_is_not_this_rule() -> None:
    assert not ledger.place_moved_on(MOVED, _placed(FIRST, "western Norland"))
    assert not ledger.place_moved_on(_placed(MOVED, "Kestrel"), _placed(FIRST, "the Kestrel"))


def test_another_period_still_keeps_the_figures_apart() -> None:
    old = {**_placed(FIRST, "western Norland"), "time": "in 2031"}
    assert not ledger.place_moved_on(_placed(MOVED, "Kestrel"), old)


def test_a_figure_that_does_not_say_it_moved_stays_apart() -> None:
    old = _placed(FIRST, "western Norland")
    other = _placed(
        sourced_claim(
            7,
            "seven",
            "Seven workers were killed at the Kestrel quarry, the fire service said.",
            KILLED,
            keyed=True,
        ),
        "Kestrel",
    )
    assert "update" not in later_decision_kinds(old, other)


def test_a_rise_to_less_than_the_earlier_figure_is_not_its_next_reading() -> None:
    background = sourced_claim(
        39,
        "as many as 39",
        "Quarry blasts elsewhere in Norland have killed as many as 39 workers at once.",
        KILLED,
        keyed=True,
    )
    assert not ledger.place_moved_on(_placed(MOVED, "Kestrel"), _placed(background, "Norland"))
    fell = {**_placed(MOVED, "Kestrel"), "change": "down"}
    assert ledger.place_moved_on(fell, _placed(background, "Norland"))
