"""Round 44: a figure that is what a recount covers ("ordered a recount of 150,000
ballots", "a recount in 90 polling stations") is the recount's scope, not the count
redone: it updates no earlier count of the noun.  A figure the recount arrived at
still does, and so does a recount's scope moved on ("extended the recount ... to 140
polling stations")."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-06-01T00:00:00+00:00"
FIRST = "The election board said 2,400,000 ballots had been cast in the city vote."


def _kinds(value: float, text: str, quote: str) -> list[str]:
    first = claim(2400000, text="2,400,000", source="election board", quote=FIRST)
    second = claim(value, text=text, source="election board", quote=quote)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + 2 * DAY, {"in_lede": True})],
        metric="ballots|count",
        label="ballots",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_the_scope_of_a_recount_updates_nothing() -> None:
    quote = "The election board ordered a recount of 150,000 ballots from the northern wards."
    assert "update" not in _kinds(150000, "150,000", quote)


def test_the_result_of_a_recount_still_updates() -> None:
    quote = "After a recount, the election board put the number of ballots cast at 2,350,000."
    assert _kinds(2350000, "2,350,000", quote) == ["update"]


def test_recount_reads_the_words_before_the_figure() -> None:
    assert not ledger.recount(
        {"quote": "It ordered a recount in 90 polling stations.", "text": "90"}
    )
    assert ledger.recount(
        {"quote": "It extended the recount to 140 polling stations.", "text": "140"}
    )
