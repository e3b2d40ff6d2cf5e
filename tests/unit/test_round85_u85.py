"""Round 85 (u85): a count told as its span closes is the closing reading of the count
read while it ran.

:func:`ledger.decide` keeps two figures of one key apart when the times read around them
differ ("since the start of May" / "this season", "since June 1" / none).  Round 85's
:func:`ledger.updates.closing_count` (asked through :func:`ledger.updates.time_aside`)
compares them with the times left out when the later sentence says the span closed
("the nesting season ended with 260 turtles rescued", "over the summer") and the earlier
figure was read while the count still ran (no time, or a span from its start).
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.ledger import updates
from tests.unit.streams import sourced_claim, two_article_kinds

RESCUED = "turtles|rescued"


def _rescued(value: float, text: str, quote: str, time: str | None = None) -> dict[str, Any]:
    return sourced_claim(
        value, text, quote, RESCUED, source="Orlaya Turtle Trust", time=time, keyed=True
    )


RUNNING = _rescued(
    140,
    "140",
    "Volunteers have rescued 140 stranded turtles since the start of May, the Orlaya Turtle "
    "Trust said.",
    time="since the start of May",
)

CLOSED = _rescued(
    260,
    "260",
    "The Orlaya Turtle Trust's nesting season ended with 260 turtles rescued, the trust said "
    "on Friday.",
    time="this season",
)


def _kinds(first: dict[str, Any], later: dict[str, Any]) -> list[str]:
    return [k for k, _ in two_article_kinds(first, later, RESCUED)]


def test_the_closing_count_updates_the_running_one() -> None:
    assert _kinds(RUNNING, CLOSED) == ["update"]


def test_the_rule_off_keeps_the_two_spans_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "closing_count", lambda new, old: False)
    assert "update" not in _kinds(RUNNING, CLOSED)


def test_a_running_count_with_no_time_is_closed_too() -> None:
    first = _rescued(140, "140", "Volunteers have now rescued 140 stranded turtles.")
    later = _rescued(260, "260", "Volunteers rescued 260 turtles over the summer, the trust said.")
    assert _kinds(first, later) == ["update"]


def test_no_closing_words_no_update() -> None:
    later = _rescued(260, "260", "Volunteers have rescued 260 turtles this season.", "this season")
    assert "update" not in _kinds(RUNNING, later)


def test_a_closing_count_set_in_a_past_year_stays_apart() -> None:
    later = _rescued(
        260,
        "260",
        "Last year's nesting season ended with 260 turtles rescued, the trust said.",
        "last year",
    )
    assert "update" not in _kinds(RUNNING, later)


def test_an_earlier_figure_of_a_closed_period_of_its_own_stays_apart() -> None:
    first = _rescued(
        40, "40", "Volunteers rescued 40 turtles on the north beach last week.", "last week"
    )
    assert "update" not in _kinds(first, CLOSED)


@pytest.mark.parametrize(
    ("quote", "text", "closing"),
    [
        ("A month-long clean-up of the dunes ended with 19 tonnes of plastic lifted.", "19", True),
        ("Inspectors found 880 stalls trading without a licence, as the fair ended.", "880", False),
        ("Inspectors found 880 stalls unlicensed as the inspection drive ended.", "880", True),
        ("Lifeguards pulled 2,400 swimmers from the water over the summer.", "2,400", True),
        ("The agency's end-of-season report counted 31 drownings.", "31", True),
        ("The hospitals' final tally was 4,100 visits.", "4,100", True),
        # the cue closes the 4,100, not the part of it after
        ("Its final tally was 4,100 visits, and 300 of them were repeat visits.", "300", False),
        # a target, not a closing count
        ("The board plans to clear about 900 cases by the end of the year.", "900", False),
        ("Volunteers have rescued 140 turtles since the start of May.", "140", False),
    ],
)
def test_closing_cue(quote: str, text: str, closing: bool) -> None:
    claim = sourced_claim(1, text, quote, RESCUED)
    assert updates._closing_cue(claim) is closing
