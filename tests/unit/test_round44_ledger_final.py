"""Round 44: a final figure replaces the earlier readings of its quantity.  "Final
district returns put the number of valid signatures at 88,000" a month after the
council's "about 95,000 signatures" counted in at its door is no rival estimate of that
first count, even though that one was an estimate (estimates of one quantity otherwise
disagree whenever they were made)."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-05-01T00:00:00+00:00"
FIRST = (
    '"Our count at the door is about 95,000 signatures," said Ana Rui, the council\'s spokeswoman.'
)


def _kinds(second_quote: str) -> list[str]:
    first = claim(
        95000,
        "approx",
        low=95000,
        high=95000,
        text="about 95,000",
        source="Ana Rui",
        quote=FIRST,
    )
    second = claim(88000, text="88,000", source="district returns", quote=second_quote)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + 30 * DAY, {"in_lede": True})],
        metric="signatures|count",
        label="signatures",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_final_figure_is_no_rival_estimate() -> None:
    quote = "Final district returns put the number of valid signatures on the petition at 88,000."
    assert "contradiction" not in _kinds(quote)


def test_a_final_figure_updates_the_earlier_reading() -> None:
    quote = "Final district returns put the number of valid signatures on the petition at 88,000."
    assert _kinds(quote) == ["update"]


def test_without_final_the_two_estimates_still_disagree() -> None:
    quote = "District returns put the number of valid signatures on the petition at 88,000."
    assert _kinds(quote) == ["contradiction"]
