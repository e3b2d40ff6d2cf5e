"""Round 86 (c86): a named body's count over "the same period" as the sentence before it is
that body's reading of the quantity the sentence before counted.

"The Varlen water board said 230 leaks had been reported since March." / "The residents'
association said its volunteers had logged 610 leaking pipes over the same period." -- two
bodies counting one thing over one span, in no word of comparison: the second disputes the
first (``_same_span_rival`` in ``brain/rivals.py``).  Another thing counted over the same
span ("14 people were arrested"), a year-ago span ("the same period last year") and the
same body's second figure stay apart.
"""

from __future__ import annotations

from claimlogic.brain.rivals import _SAME_SPAN, _names_after
from claimlogic.ledger.disputes import disputes_figure
from tests.unit.streams import run_stream

_LEAD = (
    "VARLEN, June 3 (Test Wire) - Flooded cellars and broken pavements have spread across "
    "the old quarter of Varlen this spring, officials and residents said on Tuesday."
)


def _alerts(*sentences: str) -> list[tuple[str, str]]:
    text = _LEAD + "\n\n" + " ".join(sentences)
    out = run_stream([("a0", "2045-06-03T10:00:00Z", "Varlen burst water mains", text)])
    return [(a["kind"], a["claim"]["text"]) for a in out[0][2]]


_BOARD = "The Varlen water board said 230 leaks had been reported in the old quarter since March."


def test_a_count_over_the_same_period_disputes_the_one_before() -> None:
    got = _alerts(
        _BOARD,
        "The Old Quarter Residents' Association said its volunteers had logged 610 leaking "
        "pipes over the same period.",
    )
    assert ("contradiction", "610") in got
    # without the span named again, the association's count is a figure of its own
    got = _alerts(
        _BOARD,
        "The Old Quarter Residents' Association said its volunteers had logged 610 leaking "
        "pipes since March.",
    )
    assert ("new_figure", "610") in got


def test_a_span_of_its_own_words_and_a_year_ago() -> None:
    got = _alerts(
        _BOARD,
        "The Old Quarter Residents' Association said it had logged 610 leaking pipes in the "
        "same three months.",
    )
    assert ("contradiction", "610") in got
    got = _alerts(
        _BOARD,
        "The Old Quarter Residents' Association said it had logged 610 leaking pipes over the "
        "same period last year.",
    )
    assert not any(kind == "contradiction" for kind, _ in got)


def test_another_thing_counted_over_the_same_span_stays_apart() -> None:
    got = _alerts(
        _BOARD,
        "The Old Quarter Residents' Association said 410 cellars had been flooded over the "
        "same period.",
    )
    assert not any(kind == "contradiction" for kind, _ in got)


def test_the_same_body_and_an_agreeing_count_dispute_nothing() -> None:
    same_body = _alerts(
        _BOARD,
        "The water board said it had logged 610 leaking pipes over the same period.",
    )
    assert not any(kind == "contradiction" for kind, _ in same_body)
    agreeing = _alerts(
        _BOARD,
        "The Old Quarter Residents' Association said it had logged 231 leaking pipes over the "
        "same period.",
    )
    assert not any(kind == "contradiction" for kind, _ in agreeing)


def test_a_year_ago_span_is_another_span() -> None:
    assert _SAME_SPAN.search("610 mains burst over the same period, the association said")
    assert _SAME_SPAN.search("in the same two weeks")
    assert not _SAME_SPAN.search("610 mains burst over the same period last year")
    assert not _SAME_SPAN.search("610 mains burst in the same months of 2041")
    assert not _SAME_SPAN.search("610 mains burst in the same quarter a year earlier")
    assert not _SAME_SPAN.search("at the same time as the storm")


def test_the_head_stem_must_follow_the_figure() -> None:
    c = {"quote": "It said 4,900 households in the city got eviction notices.", "text": "4,900"}
    assert not _names_after("eviction", c)
    c = {"quote": "It said 1,140 freshly looted tombs were found.", "text": "1,140"}
    assert _names_after("tomb", c)
    c = {"quote": "Police recorded 9,700 e-bike thefts.", "text": "9,700"}
    assert _names_after("bike", c)


def _cue(quote: str, text: str) -> bool:
    return disputes_figure({"quote": quote, "text": text, "metric": "leaks|count"})


def test_another_bodys_own_figure_and_a_figure_published_by_it_are_cues() -> None:
    # round 86's dispute cues: a body's own figure with a word before its noun, and
    # ", not the <adjective> figure published by <giver>"
    assert _cue(
        "About 610 leaks were reported in May, well above the water board's own published "
        "figure, the association said.",
        "About 610",
    )
    assert _cue(
        "The old quarter had 610 leaks in May, not the lower figure published by the water "
        "board at the time, the association said.",
        "610",
    )
    # a count after the comparison is no figure's giver
    assert not _cue(
        "Its 610 fitters were paid below the minimum wage and 12 counts of fraud followed.",
        "610",
    )
