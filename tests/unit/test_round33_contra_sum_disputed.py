"""Round 33: "far above the sum the housing department has given" disputes a figure,
like "far above the estimate"."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0
QUOTE = (
    "The tenants' union said repairing the damp flats properly would cost about 80 million "
    "talers, far above the sum the housing department has given."
)


def test_above_the_sum_disputes_the_figure() -> None:
    c = claim(80_000_000, "approx", text="about 80 million", quote=QUOTE)
    assert ledger.disputes_figure(c)
    assert ledger.disputes_figure({**c, "quote": QUOTE.replace("sum", "amount")})


def test_the_disputing_sum_contradicts_the_earlier_one() -> None:
    _, out = feed(
        [
            (
                claim(
                    35_000_000,
                    text="35 million",
                    source="housing department",
                    property="cost",
                    quote="The department put the cost at 35 million talers.",
                ),
                art(1),
                0.0,
            ),
            (
                claim(
                    80_000_000,
                    "approx",
                    text="about 80 million",
                    source="tenants' union",
                    property="cost",
                    quote=QUOTE,
                ),
                art(2),
                2 * DAY,
            ),
        ]
    )
    assert out[1] == ["contradiction"]


def test_a_sum_after_than_with_a_number_is_a_bound() -> None:
    c = claim(
        80_000_000,
        "approx",
        text="about 80 million",
        quote="The union said repairs would cost about 80 million talers, far above 50 million.",
    )
    assert not ledger.disputes_figure(c)
