"""Round 32: seasons, winters and summers are stretches of time, like years. "landed
4,200 tonnes of mackerel over two seasons" gave "over two" the key ``seasons|arrived``
and "fix prices for at least four winters" ``winters|cost``: a count with a verb class
taken from the clause, raised as a new figure. As a time span it is no counted thing."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _claims(text: str) -> dict[str, dict[str, object]]:
    return {c.text: c.to_dict() for c in extract_claims(text)}


def test_seasons_and_winters_are_time() -> None:
    got = _claims("Trawlers had landed about 4,200 tonnes of undeclared mackerel over two seasons.")
    assert got["two seasons"]["unit"] == "season"
    assert "?" in str(got["two seasons"]["metric"])  # a key of its own, never compared
    got = _claims("They agreed to fix the price of lift passes for at least four winters.")
    assert got["at least four winters"]["unit"] == "winter"
