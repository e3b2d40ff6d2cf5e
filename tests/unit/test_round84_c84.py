"""Round 84 (c84): another body's reading named in the figure's clause by its value and
its giver is a dispute cue.

A later report that sets its figure ", against the 140 counted by the water board", "well
above the 140 the water board had reported", "not the 140 the water board's engineers
reported" or ", against the water board's count of 140" answers that body's reading: a
contradiction, not the count moving on (``_DISPUTE`` in ``ledger/disputes.py``).  The
speaker's own earlier reading ("rather than the 140 it first gave") and a count of another
group ("against the 140 who had registered") name no other body.
"""

from __future__ import annotations

import pytest

from claimlogic.ledger.disputes import disputes_figure
from tests.unit.streams import run_stream

_FIRST = (
    "MARROWFORD, March 3 (Test Wire) - The Marrowford water board said 140 homes had been "
    "flooded when the Tansey embankment gave way on Sunday night."
)


def _second(text: str) -> list[tuple[str, str]]:
    items = [
        ("a0", "2045-03-03T10:00:00Z", "Marrowford embankment flood", _FIRST),
        ("a1", "2045-03-06T10:00:00Z", "Marrowford embankment flood", text),
    ]
    out = run_stream(items)
    return [(a["kind"], a["claim"]["text"]) for a in out[1][2]]


_LEAD = (
    "MARROWFORD, March 6 (Test Wire) - The Marrowford residents' council said on Thursday "
    "that 310 homes had been flooded when the Tansey embankment gave way"
)


@pytest.mark.parametrize(
    "tail",
    [
        ", against the 140 counted by the water board.",
        ", well above the 140 the water board had reported.",
        ", not the 140 the water board's engineers reported.",
        ", against the water board's count of 140.",
    ],
)
def test_a_reading_named_by_value_and_giver_is_disputed(tail: str) -> None:
    # the same key (homes flooded) and another body: without the cue the council's 310,
    # three days on, reads as the count moving on (an update)
    assert ("contradiction", "310") in _second(_LEAD + tail)


def _cue(quote: str, text: str) -> bool:
    return disputes_figure({"quote": quote, "text": text, "metric": "homes|flooded"})


def test_the_cue_reads_the_value_and_the_giver() -> None:
    assert _cue(
        "The council said 310 homes were flooded, against the 140 counted by the board.", "310"
    )
    assert _cue(
        "The council said 310 homes were flooded, well above the 140 homes the board counted.",
        "310",
    )
    assert _cue(
        "It said 31 homes were flooded, rather than the 14 the board's surveyors have admitted.",
        "31",
    )
    assert _cue("It said 31 homes were flooded, not the nine the board had reported.", "31")


def test_no_other_body_no_cue() -> None:
    # the speaker's own earlier reading, a group counted, a superseded reading
    assert not _cue("It said 310 homes were flooded, rather than the 140 it first gave.", "310")
    assert not _cue(
        "The council said 310 homes were flooded, against the 140 who had registered.", "310"
    )
    assert not _cue(
        "It put the damage at 17 million, rather than the 19 million first announced.", "17"
    )
    # "against" with no comma is what a group protests, not a reading it answers
    assert not _cue(
        "About 1,500 workers marched against the 2,000 job cuts announced by the company.",
        "1,500",
    )
