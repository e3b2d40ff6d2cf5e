"""Round 43: two figures each set in its own named period ("in the third quarter so far"
against "in the second quarter") are two periods' quantities, never two bodies'
readings of one: no contradiction, even in an article that gives its count "on its own
count" in rival wording.  The same figures in one period still disagree."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
FIRST = "The Landlords' Union said its members had evicted 900 tenants in the second quarter."
SECOND = (
    "The Tenants' League said 2,100 tenants had been evicted in the third quarter so far, "
    "on its own count, already more than in the whole of the second quarter."
)


def _kinds(second_quote: str) -> list[str]:
    first = claim(900, text="900", source="Landlords' Union", quote=FIRST)
    second = claim(2100, text="2,100", source="Tenants' League", quote=second_quote)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + DAY, {"in_lede": True})],
        metric="tenants|count",
        label="tenants",
        now_iso=NOW,
        continuing=True,
        quarrelling=True,
    )
    return out[1]


def test_two_quarters_are_no_contradiction() -> None:
    assert "contradiction" not in _kinds(SECOND)


def test_one_quarter_still_disagrees() -> None:
    quote = (
        "The Tenants' League said 2,100 tenants had been evicted in the second quarter, "
        "on its own count."
    )
    assert _kinds(quote) == ["contradiction"]


def test_the_period_is_the_one_the_figure_is_set_in() -> None:
    c = claim(2100, text="2,100", quote=SECOND)
    assert ledger.other_periods(c, claim(900, text="900", quote=FIRST))
    assert not ledger.other_periods(c, claim(900, text="900", quote="It evicted 900 tenants."))
