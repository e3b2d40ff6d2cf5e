"""Round 74 (u74): wanted updates the update loop's scope test kept apart.

Two figures :func:`ledger.comparable` refuses are still the one count's two readings when
the later sentence says so: a speaker moving its own plan or forecast ("now expects to
cut 950 jobs, more than it announced") against the projection it first gave
(:func:`ledger.updates.plan_revised`), and a count that "has risen to 340" against the
earlier count over a span that runs to date ("210 complaints ... since 2038",
:func:`ledger.updates.span_to_date`); and the count a step left ("Four more defendants
pleaded guilty last week, leaving 22 on trial") read without the step's time
(:func:`ledger.updates.time_of_step`).  All are compared only ever as updates.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.ledger import decision
from claimlogic.ledger.updates import plan_moved, span_to_date
from tests.unit.streams import figure_in, run_stream


def _later_alerts(first: str, later: str, title: str) -> list[tuple[str, str]]:
    """Two articles nine days apart through the real extractor and brain: the second
    article's alerts as (kind, figure as written); both must join one story."""
    out = run_stream(
        [
            ("a1", "2041-03-03T09:00:00Z", title, first),
            ("a2", "2041-03-12T09:00:00Z", title, later),
        ]
    )
    assert out[0][0] == out[1][0]
    return [(a["kind"], a["claim"]["text"]) for a in out[1][2]]


PLAN = (
    "NORVELL, March 3 - Harlow Freight said on Monday it will cut 800 jobs at its Tamsby "
    "depot over the next year, blaming falling orders from supermarkets."
)


def test_a_plan_the_speaker_now_expects_larger_updates_its_projection() -> None:
    later = (
        "NORVELL, March 12 - Harlow Freight now expects to cut 950 jobs at its Tamsby depot, "
        "more than it announced last week, after losing a postal contract."
    )
    assert _later_alerts(PLAN, later, "Depot jobs") == [("update", "950")]


def test_a_plan_raised_to_the_figure_updates_its_projection() -> None:
    later = (
        "NORVELL, March 12 - Harlow Freight has raised the number of jobs it plans to cut at "
        "its Tamsby depot to 950 after losing a postal contract."
    )
    assert _later_alerts(PLAN, later, "Depot jobs") == [("update", "950")]


def test_a_second_projection_with_no_word_of_revision_stays_apart() -> None:
    later = (
        "NORVELL, March 12 - Harlow Freight will cut 950 jobs at its Tamsby depot after "
        "losing a postal contract."
    )
    assert _later_alerts(PLAN, later, "Depot jobs") == []


def test_a_forecast_of_the_quantity_moving_is_no_revised_plan() -> None:
    quote = "Temperatures are expected to fall to about 6 degrees on Friday, forecasters said."
    assert not plan_moved(figure_in(quote, "about 6 degrees"))
    raised = "The council now expects to cut 120 posts, fewer than it first announced."
    assert plan_moved(figure_in(raised, "120 posts"))


SPAN = (
    "BRISMOOR, March 3 - Tenants have filed 210 complaints about mould in the Orrin towers "
    "since 2038, the housing board said on Monday."
)
RISEN = (
    "BRISMOOR, March 12 - The number of complaints about mould in the Orrin towers has risen "
    "to 340, the housing board said on Thursday."
)


def test_a_risen_count_updates_the_count_over_a_span_to_date() -> None:
    assert _later_alerts(SPAN, RISEN, "Mould complaints") == [("update", "340")]


def test_a_count_of_one_past_year_is_not_the_running_count() -> None:
    # "in 2038" is a year gone by, not a span running to the day it was read
    year = SPAN.replace("have filed", "filed").replace("since 2038", "in 2038")
    assert _later_alerts(year, RISEN, "Mould complaints") == []


def test_a_count_with_no_word_that_it_moved_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    # round 86 (k86): own_reading_in_lede reads a named body's higher count in a later
    # lede as its count moved on; off here, this round's own scope is what is tested
    monkeypatch.setattr(decision, "own_reading_in_lede", lambda *a: None)
    plain = (
        "BRISMOOR, March 12 - Tenants have filed 340 complaints about mould in the Orrin "
        "towers, the housing board said on Thursday."
    )
    assert _later_alerts(SPAN, plain, "Mould complaints") == []


def _count(value: float, quote: str, text: str, time: str | None) -> dict[str, Any]:
    return {**figure_in(quote, text), "value": value, "time": time, "bound": "exact"}


def test_an_equal_figure_over_a_span_is_never_the_moved_counts_past() -> None:
    old = _count(
        11, "It said 11 workers had died in the past year.", "11 workers", "in the past year"
    )
    same = _count(11, "The toll has risen to 11, police said.", "11", None)
    assert not span_to_date(same, old)
    moved = _count(14, "The toll has risen to 14, police said.", "14", None)
    assert span_to_date(moved, old)


TRIAL = (
    "DORNBY, March 3 - Twenty-six defendants now face trial in the Dornby harbour fraud case, "
    "prosecutors said on Monday."
)


def test_the_count_a_step_left_is_read_without_the_steps_time() -> None:
    later = (
        "DORNBY, March 12 - Four more defendants in the Dornby harbour fraud case pleaded "
        "guilty last week, leaving 22 on trial, prosecutors said."
    )
    assert _later_alerts(TRIAL, later, "Court case") == [("update", "22")]


def test_a_time_with_no_step_before_the_count_keeps_it_apart() -> None:
    later = (
        "DORNBY, March 12 - Defendants in the Dornby harbour fraud case met their lawyers last "
        "week, and 22 are on trial, prosecutors said."
    )
    assert _later_alerts(TRIAL, later, "Court case") == []
