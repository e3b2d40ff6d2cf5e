"""Round 57 (u57): the update path -- updates the ledger kept silent."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.streams import count_claim as _count
from tests.unit.streams import later_decision_kinds as _kinds

# --------------------------------------------------------------- a span left behind
SPAN = _count(
    40,
    "40",
    "The district health office said 40 cases of scarlet fever had been recorded over "
    "the past two weeks.",
    "cases|infected",
    time="over the past two weeks",
)


def test_a_later_reading_drops_the_span_the_first_was_counted_over() -> None:
    later = _count(
        65,
        "65",
        "Scarlet fever cases in the district have risen to 65, the health office said.",
        "cases|infected",
        change="up",
    )
    assert ledger.span_left_behind(later, SPAN)
    assert _kinds(SPAN, later) == ["update"]


def test_a_year_is_no_span_of_the_story() -> None:
    old = dict(SPAN, time="in 2031")
    later = _count(65, "65", "Cases have risen to 65.", "cases|infected", change="up")
    assert not ledger.span_left_behind(later, old)
    # the later figure that names its own time is left to the older rules
    assert not ledger.span_left_behind(dict(later, time="on Monday"), SPAN)


# --------------------------------------------------------------- a small count that moved
def test_a_small_count_that_says_it_rose_updates_the_earlier_one() -> None:
    first = _count(6, "six", "The council has closed six beaches along the bay.", "beaches|count")
    later = _count(
        9,
        "nine",
        "The number of beaches closed along the bay rose to nine, the council said.",
        "beaches|count",
        change="up",
    )
    assert _kinds(first, later) == ["update"]
    # with no word of a move, two small counts say too little to compare
    plain = _count(9, "nine", "Nine beaches were closed along the bay.", "beaches|count")
    assert "update" not in _kinds(first, plain)


# --------------------------------------------------------------- a part that moved on
def test_a_part_that_has_now_moved_on_updates_its_own_count() -> None:
    first = _count(
        18,
        "18",
        "Police said 18 of the stolen paintings had been recovered.",
        "paintings|count",
    )
    later = _count(
        27,
        "27",
        "Police said 27 of the stolen paintings have now been recovered from dealers.",
        "paintings|count",
    )
    assert ledger.part_moved_on(later)
    assert _kinds(first, later) == ["update"]
    # a part that says nothing moved stays no new value of the group's count
    plain = _count(
        27, "27", "Police said 27 of the stolen paintings were oil on canvas.", "paintings|count"
    )
    assert not ledger.part_moved_on(plain)
    assert "update" not in _kinds(first, plain)


# --------------------------------------------------------------- a body's count moved by name
def test_a_count_named_by_its_body_and_moved_to_the_figure_is_a_revision() -> None:
    q = (
        "The harbour authority lowered the coastguard's estimate of how many containers "
        "went overboard in the storm to about 70."
    )
    c = _count(70, "about 70", q, "containers|count", bound="approx")
    assert ledger.revision(c)
    q = "The ministry raised the number of people being traced as contacts of the patients to 640."
    assert ledger.revision(_count(640, "640", q, "people|count"))
    # a move of something else, or with no count named, is none
    q = "The council raised the price of parking in the centre to 4 crowns."
    assert not ledger.revision(_count(4, "4 crowns", q, "parking|price|money"))


# --------------------------------------------------------------- two moments of one count
def test_a_count_that_moved_on_another_day_updates_the_earlier_days_reading() -> None:
    first = _count(
        1400,
        "1,400",
        "The insurers' association said 1,400 claims had been filed on March 3.",
        "claims|count",
        time="on March 3",
    )
    later = _count(
        2100,
        "2,100",
        "The number of claims filed rose to 2,100 on March 5, the association said.",
        "claims|count",
        time="on March 5",
        change="up",
    )
    assert ledger.other_moment(later, first)
    assert _kinds(first, later) == ["update"]
    # a period on either side is no moment: left to the older rules
    assert not ledger.other_moment(dict(later, time="since March 3"), first)


# --------------------------------------------------------------- a toll that fell, two wordings
def test_a_toll_that_says_it_fell_updates_across_the_incident_guard() -> None:
    metric = "people|missing"
    kw: dict[str, Any] = {"story": "st", "metric": metric, "label": metric}
    kw["now_iso"] = "2026-01-01T00:00:00Z"
    first = _count(20, "20", "Twenty people were missing after the landslide.", metric)
    entry, _, _ = ledger.decide(
        None, first, {"id": "a1"}, event_t=0.0, article_entities="aaaabbbbcccc", **kw
    )
    later = _count(
        12,
        "12",
        "The number of people missing fell to 12 after several were found at relatives' homes.",
        metric,
        change="down",
    )
    assert not ledger.toll_moved(later)  # "fell" is no word of a rising toll
    _, decisions, _ = ledger.decide(
        entry, later, {"id": "a2"}, event_t=9e4, article_entities="ddddeeeeffff", **kw
    )
    assert [d[0] for d in decisions] == ["update"]
