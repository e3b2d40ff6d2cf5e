"""Round 63 (ledger, update path): updates the ledger held but kept silent.

* A toll that says it rose ("The death toll from the landslide in Kellby rose to 23") after
  an open lower bound of another place's wording ("killing at least 15 people in the
  Vaskar hills") is that toll moved on: the bound says the toll was no lower than 15, not
  that it may already have been above any later figure.  A later figure that does not
  rise past the bound's number, or that does not say it moved, stays silent.
"""

from __future__ import annotations

import math

from claimlogic import ledger
from tests.unit.streams import sourced_claim as _claim
from tests.unit.streams import two_article_kinds

KILLED = "people|killed"


def _at_least(value: float, text: str, quote: str, place: str) -> dict[str, object]:
    c = _claim(value, text, quote, KILLED, source="officials")
    c.update({"bound": "min", "high": None, "place": place, "unit": "people", "property": "killed"})
    return c


FIRST = _at_least(
    15,
    "at least 15",
    "A landslide buried part of the mining settlement of Kellby in the Vaskar hills on "
    "Tuesday, killing at least 15 people, officials said.",
    "the Vaskar hills",
)


def _rose(value: float, text: str, quote: str, change: str | None = "up") -> dict[str, object]:
    c = _claim(value, text, quote, KILLED, source="district governor", change=change)
    c.update({"place": "Kellby", "unit": "dead", "property": "killed"})
    return c


def test_risen_above_an_open_lower_bound() -> None:
    assert ledger.risen_above((23.0, 23.0), (15.0, math.inf), 0.02)
    assert not ledger.risen_above((15.0, 15.0), (15.0, math.inf), 0.02)
    assert not ledger.risen_above((12.0, 12.0), (15.0, math.inf), 0.02)
    assert ledger.risen_above((23.0, 23.0), (15.0, 15.0), 0.02)


def test_a_toll_that_rose_past_an_open_bound_of_another_place_updates_it() -> None:
    later = _rose(
        23,
        "23",
        "The death toll from the landslide in Kellby rose to 23 on Wednesday, the district "
        "governor said.",
    )
    assert two_article_kinds(FIRST, later, KILLED) == [("update", [15.0])]


def test_a_toll_at_the_bound_or_without_a_move_stays_silent() -> None:
    same = _rose(
        15,
        "15",
        "The death toll from the landslide in Kellby rose to 15 on Wednesday, the district "
        "governor said.",
    )
    assert two_article_kinds(FIRST, same, KILLED) == []
    calm = _rose(
        23,
        "23",
        "Twenty-three people died in the landslide in Kellby, the district governor said.",
        change=None,
    )
    assert two_article_kinds(FIRST, calm, KILLED) == []


# An open bound does not hold a number on record ("value already on record": not news)

TREATED = "pilgrims|treated"


def _treated(value: float, text: str, quote: str, bound: str = "exact") -> dict[str, object]:
    c = _claim(value, text, quote, TREATED, source="Red Cross")
    c.update({"bound": bound, "unit": "pilgrims", "property": "treated"})
    if bound == "min":
        c["high"] = None
    return c


def test_on_record_needs_the_number_not_an_open_bound() -> None:
    more_than = _treated(
        700, "More than 700", "More than 700 pilgrims have needed treatment.", "min"
    )
    exact = _treated(910, "910", "The Red Cross has now treated 910 pilgrims.")
    assert not ledger.on_record(exact, more_than, 0.02)
    assert ledger.on_record(_treated(700, "700", "700 pilgrims were treated."), more_than, 0.02)
    assert ledger.on_record(exact, _treated(910, "910", "910 pilgrims were treated."), 0.02)
    # a new open bound past the earlier one says too little to be news
    more_than_900 = _treated(900, "more than 900", "More than 900 pilgrims were treated.", "min")
    assert ledger.on_record(more_than_900, more_than, 0.02)
    # an upper bound holds every figure below it
    up_to = _treated(1200, "up to 1,200", "Up to 1,200 pilgrims may have been treated.", "max")
    assert ledger.on_record(exact, up_to, 0.02)


def test_a_count_past_an_open_bound_updates_the_count_below_it() -> None:
    first = _treated(
        540, "540", "The Red Cross said 540 pilgrims had been treated for heat at the shrine."
    )
    bound = _treated(
        700,
        "More than 700",
        "More than 700 pilgrims have now needed treatment for the heat, volunteers said.",
        "min",
    )
    later = _treated(
        910, "910", "The Red Cross has now treated 910 pilgrims for heat at the shrine, it said."
    )
    kw: dict[str, object] = {"story": "s", "metric": TREATED, "label": "pilgrims", "now_iso": "t"}
    entry, _, _ = ledger.decide(None, first, {"id": "a1", "outlet": "X"}, event_t=1e9, **kw)
    entry, _, _ = ledger.decide(
        entry, bound, {"id": "a2", "outlet": "Y"}, event_t=1e9 + 3600, continuing=True, **kw
    )
    _, decisions, _ = ledger.decide(
        entry, later, {"id": "a3", "outlet": "Z"}, event_t=1e9 + 7200, continuing=True, **kw
    )
    assert [d[0] for d in decisions] == ["update"]


# A sentence that names the earlier figure as the one it moved from updates it

HOSPITAL = "people|hospitalized"


def _in_hospital(
    value: float, text: str, quote: str, time: str | None = None, change: str | None = None
) -> dict[str, object]:
    return _claim(
        value, text, quote, HOSPITAL, source="county hospital", time=time, change=change, keyed=True
    )


FIVE_IN_HOSPITAL = _in_hospital(
    5,
    "Five",
    "Five people remained in hospital on Monday, three of them with burns, and the firm said "
    "two workers had gone home.",
    time="on Monday",
)
TWO_DOWN_FROM_FIVE = _in_hospital(
    2,
    "two",
    "The county hospital said two people were still being treated, down from five on Monday.",
    change="down",
)


def test_named_moved_from() -> None:
    assert ledger.named_moved_from(TWO_DOWN_FROM_FIVE, FIVE_IN_HOSPITAL, 5.0)
    assert not ledger.named_moved_from(TWO_DOWN_FROM_FIVE, FIVE_IN_HOSPITAL, None)
    assert not ledger.named_moved_from(TWO_DOWN_FROM_FIVE, FIVE_IN_HOSPITAL, 7.0)


def test_down_from_the_earlier_figure_updates_it_though_both_articles_state_both() -> None:
    kinds = two_article_kinds(
        FIVE_IN_HOSPITAL,
        TWO_DOWN_FROM_FIVE,
        HOSPITAL,
        first_kwargs={"article_values": [5.0, 3.0, 2.0]},
        article_values=[2.0, 5.0],
        moved_from=5.0,
    )
    assert kinds == [("update", [5.0])]
    # without the named figure the two numbers in both articles are a labelling difference
    kinds = two_article_kinds(
        FIVE_IN_HOSPITAL,
        TWO_DOWN_FROM_FIVE,
        HOSPITAL,
        first_kwargs={"article_values": [5.0, 3.0, 2.0]},
        article_values=[2.0, 5.0],
    )
    assert kinds == []
