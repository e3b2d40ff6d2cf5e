"""Round 30: two rival readings of one article stay comparable when only one of them
names the story's own span ("in the past week", "since March", "this year").

"The ministry said 1,300 shops had run out of sugar in the past week" and "the retailers'
federation said its members' reports put the number at 2,700" were kept apart as two
quantities by the time on one side only.
"""

from __future__ import annotations

from claimlogic import ledger


def _pair(time: str | None) -> tuple[dict[str, object], dict[str, object]]:
    old = {"value": 1300.0, "unit": "shops", "time": time, "source": "trade ministry"}
    new = {"value": 2700.0, "unit": "shops", "time": None, "source": "retailers' federation"}
    return new, old


def test_story_span_on_one_side_keeps_rivals_comparable() -> None:
    for span in ("in the past week", "since March", "this year", "since early January"):
        new, old = _pair(span)
        assert not ledger.comparable_in_article(new, old), span
        assert ledger.rivals_comparable(new, old), span


def test_another_occasion_still_keeps_rivals_apart() -> None:
    for span in ("last year", "in 2019", "a day", "per day", "between 2018 and 2023"):
        new, old = _pair(span)
        assert not ledger.rivals_comparable(new, old), span


def test_both_sides_timed_differently_stay_apart() -> None:
    new, old = _pair("in the past week")
    assert not ledger.rivals_comparable({**new, "time": "in March"}, old)


def test_stream_union_reading_contradicts_the_boards_count_of_this_year() -> None:
    from tests.unit.streams import run_stream

    out = run_stream(
        [
            (
                "e1",
                "2031-05-14T08:00:00Z",
                "Exam board admits grading error",
                "STELLBY, May 14 (LP) - The national exam board said on May 14 that a computer "
                "error had given wrong final grades to 4,200 students in this year's "
                "school-leaving exams, days after the results were sent to universities.\n\n"
                "The teachers' union said the true number was about 9,000, because the error "
                "had also affected two optional subjects that the board had not rechecked. "
                "The board and the union disagree over how many students must sit again.",
            )
        ]
    )
    kinds = {(a["kind"], a["claim"]["text"]) for a in out[0][2]}
    assert ("contradiction", "about 9,000") in kinds
