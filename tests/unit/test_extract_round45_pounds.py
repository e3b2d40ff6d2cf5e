"""Round 45: "pounds" (and the other words that are a currency only near money) after a
bonus, payout, compensation, ransom or reward is money, not a mass: "a retention bonus of
7,500 pounds" is GBP, while "a catch of 7,500 pounds" stays a weight."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _units(text: str) -> dict[str, str | None]:
    return {c.text: c.unit for c in extract_claims(text)}


def test_pounds_after_a_bonus_or_payout_are_money() -> None:
    assert _units("Each nurse will get a retention bonus of 7,500 pounds.")["7,500 pounds"] == "GBP"
    units = _units("The families were offered compensation of 4,000 pounds each.")
    assert units["4,000 pounds"] == "GBP", units


def test_pounds_of_a_catch_stay_a_weight() -> None:
    units = _units("The trawler landed a catch of 7,500 pounds of cod on Monday.")
    assert units["7,500 pounds"] == "lb", units
