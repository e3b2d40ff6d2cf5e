"""Round 35: a figure whose sentence sets it above or below another's figure named by
value and said to be that body's report ("nearly 5,000 people have now left their homes
..., well above the 3,200 that CONRED was still reporting at the same hour", h3-1-5)
disputes that figure: it contradicts it instead of updating an older one."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0

ABOVE = (
    "The Guatemalan Red Cross says nearly 5,000 people have now left their homes around "
    "the volcano, well above the 3,200 that CONRED was still reporting at the same hour."
)


def _stream(quote: str) -> list[list[str]]:
    _, out = feed(
        [
            (
                claim(
                    3200,
                    text="3,200",
                    source="CONRED",
                    property="evacuated",
                    quote="The number of people moved out has risen to 3,200, CONRED said.",
                ),
                art(1),
                0.0,
            ),
            (
                claim(5000, text="5,000", property="evacuated", quote=quote),
                art(2),
                0.2 * DAY,
                {"article_values": (5000.0, 3200.0)},
            ),
        ]
    )
    return out


def test_above_the_figure_another_body_was_reporting_contradicts() -> None:
    assert _stream(ABOVE)[1] == ["contradiction"]


def test_a_toll_that_moved_on_stays_an_update() -> None:
    assert _stream("Nearly 5,000 people have now left their homes around the volcano.")[1] == [
        "update"
    ]


def test_the_cue_needs_the_value_and_a_report() -> None:
    assert ledger.disputes_figure({"quote": ABOVE, "text": "5,000"})
    # no report of another: the 3,200 is a count of another thing
    assert not ledger.disputes_figure(
        {
            "quote": "Nearly 5,000 people left, well above the 3,200 that left in 2018.",
            "text": "5,000",
        }
    )
