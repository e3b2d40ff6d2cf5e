"""Round 85 (c85): a year, a span with an adjective and a hyphenated span between a figure
and its dispute cue are no other figure the cue could be of.

"far more than the board has acknowledged" after "310 homes had been flooded during the
three-day storm", "in the past two rainy seasons" or "between 2041 and 2044" still speaks of the 310
(``_SPAN_OR_CODE`` in ``ledger/disputes.py``, round 81's spans widened).  Another count
between them ("310 homes and 45 shops") is still the cue's, and an age ("a 58-year-old
man") stays a figure's person, not a span.
"""

from __future__ import annotations

import pytest

from claimlogic.ledger.disputes import disputes_figure
from tests.unit.streams import run_stream

_FIRST = (
    "BRENNICK, May 4 (Test Wire) - The Brennick harbour board said 140 homes had been "
    "flooded when the Orla sea wall gave way on Sunday night."
)


def _second(text: str) -> list[tuple[str, str]]:
    items = [
        ("a0", "2045-05-04T10:00:00Z", "Brennick sea wall flood", _FIRST),
        ("a1", "2045-05-07T10:00:00Z", "Brennick sea wall flood", text),
    ]
    out = run_stream(items)
    return [(a["kind"], a["claim"]["text"]) for a in out[1][2]]


_LEAD = (
    "BRENNICK, May 7 (Test Wire) - The Brennick tenants' federation said on Wednesday "
    "that 310 homes had been flooded"
)


def test_a_span_before_the_cue_is_no_figure() -> None:
    # the same key (homes flooded), another body three days on: without the cue the
    # federation's 310 reads as the count moving on
    text = (
        _LEAD + " in the past two rainy seasons, far more than the harbour board has acknowledged."
    )
    assert ("contradiction", "310") in _second(text)


def _cue(quote: str, text: str) -> bool:
    return disputes_figure({"quote": quote, "text": text, "metric": "homes|flooded"})


def test_the_spans_let_the_cue_through() -> None:
    assert _cue(
        "It said 310 homes were flooded during the three-day storm, far more than the board "
        "has acknowledged.",
        "310",
    )
    assert _cue(
        "It said 310 homes were flooded between 2041 and 2044, not the 140 the board reported.",
        "310",
    )
    assert _cue(
        "It said 31 boats were held beyond the six-hour limit, not the 14 the port reported.",
        "31",
    )


def test_another_count_or_an_age_still_stops_it() -> None:
    # the cue is the 45 shops' comparison, or the age's sentence's: not the 310's
    assert not _cue(
        "It said 310 homes and 45 shops were flooded, far more than the board has acknowledged.",
        "310",
    )
    assert not _cue(
        "Two patients died, a 58-year-old man and a 44-year-old woman, after drugs to fight "
        "rejection, the hospital said.",
        "Two",
    )


def test_a_bare_step_upward_keeps_the_year_a_figure() -> None:
    # "more than" with no wide gap: a count passing another's as an inquiry widens (round
    # 84's test); the year still stops the cue as before
    assert not _cue(
        "The inquiry has so far found 14 faulty lifts since 2041, more than the 11 identified "
        "by the tenants' group.",
        "14",
    )
    assert _cue(
        "The inquiry has so far found 14 faulty lifts since 2041, far more than the 5 "
        "identified by the tenants' group.",
        "14",
    )


# Round 85, second rule: a multiple of another body's reading named by its value and its
# giver ("nearly twice the 140 the harbour board reported") and ", not the figure the
# harbour board gave" dispute that reading, as round 84's comparisons do.


@pytest.mark.parametrize(
    "text",
    [
        _LEAD.replace("310", "260") + ", nearly twice the 140 the harbour board reported.",
        _LEAD + ", several times the 140 homes the harbour board has acknowledged.",
        _LEAD + ", not the figure the harbour board gave on Sunday.",
    ],
)
def test_a_multiple_or_a_figure_given_by_another_body_is_disputed(text: str) -> None:
    kinds = _second(text)
    assert any(k == "contradiction" for k, _ in kinds), kinds


def test_no_giver_no_multiple_cue() -> None:
    # what a thing was built for, the speaker's own earlier figure: no other body's reading
    assert not _cue(
        "The shelter held 1,340 people, more than three times the 400 it was built for.",
        "1,340",
    )
    assert not _cue(
        "Some shelters held 900 people, twice the 450 people they were built for.", "900"
    )
    assert not _cue("It now says 310 homes were flooded, not the figure it gave on Sunday.", "310")
