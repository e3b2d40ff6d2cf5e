"""Round 39: a figure whose own sentence compares it with what another body "has
admitted" or "has acknowledged", or puts it as a multiple of what that body gave ("more
than four times what the company has admitted", "nearly twice as many as the insurer has
acknowledged", "nearly three times the official toll"), disputes that body's figure: a
rival side, not a move of the count (h49-3-6, h46-5-5, h47-2-4, h50-5-4)."""

from __future__ import annotations

import pytest

from claimlogic import ledger
from tests.unit.test_ledger import claim


def _disputes(text: str, metric: str, quote: str) -> bool:
    return ledger.disputes_figure(claim(1, text=text, metric=metric, quote=quote))


@pytest.mark.parametrize(
    ("text", "metric", "quote"),
    [
        (
            "At least 3,000",
            "patients|count",
            "At least 3,000 patients were exposed to badly sterilised instruments at the "
            "hospital, far more than the hospital has admitted, a patients' group said.",
        ),
        (
            "9 million crowns",
            "fare strike|cost|money",
            "The union said the fare strike had cost Nordrail 9 million crowns in lost fares, "
            "more than four times what the company has admitted.",
        ),
        (
            "about 6,000",
            "claims|count",
            "Fairhome also said its case files showed about 6,000 claims refused under the "
            "river clause, nearly twice as many as the insurer has acknowledged.",
        ),
        (
            "48",
            "people|killed",
            "A charity said 48 people had died of snakebite in the district this season, "
            "nearly three times the official toll.",
        ),
    ],
)
def test_comparison_with_another_bodys_figure_disputes_it(
    text: str, metric: str, quote: str
) -> None:
    assert _disputes(text, metric, quote)


@pytest.mark.parametrize(
    ("text", "metric", "quote"),
    [
        # the comparison is of another figure of the sentence, not of this one
        (
            "12",
            "people|count",
            "Officials said 12 people were hurt, and 40 homes were lost, nearly twice as many "
            "as the council has acknowledged.",
        ),
        # a bound, not another body's figure
        (
            "about 1,800",
            "people|count",
            "About 1,800 people crossed on Monday, more than 900 more than the police had "
            "expected.",
        ),
    ],
)
def test_comparison_not_of_this_figure(text: str, metric: str, quote: str) -> None:
    assert not _disputes(text, metric, quote)


def test_a_dates_day_is_not_the_figure() -> None:
    """h46-6-4: "12" is first found in "July 12"; the figure is the later 12, whose own
    clause sets it at more than twice the ministry's toll."""
    assert _disputes(
        "12",
        "people|killed",
        "Police arrested three men on July 12 on suspicion of poisoning wells, and the "
        "villages' council association said 12 people had died, more than twice the "
        "health ministry's toll.",
    )


def test_one_outlet_reporting_a_speaker_who_disputes_its_earlier_figure() -> None:
    """An outlet does not revise itself when its later report quotes a speaker whose own
    sentence disputes the earlier figure ("far more than the agency has admitted"): the two
    figures are two bodies' sides, whichever outlet carried them."""
    from tests.unit.test_ledger import art, feed

    k = {"metric": "m", "property": "killed"}
    _, out = feed(
        [
            (claim(210, source="agency", **k), art(1, "Wire"), 1),
            (
                claim(
                    400,
                    source="charity",
                    quote="The charity said 400 people had died, far more than the agency "
                    "has admitted.",
                    **k,
                ),
                art(2, "Wire"),
                2,
            ),
        ]
    )
    assert out[1] == ["contradiction"]
