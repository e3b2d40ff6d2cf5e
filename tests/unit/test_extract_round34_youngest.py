"""Round 34: the age of the youngest or oldest of a group ("the rescued children, the
youngest of them 11, were ...") is one person's age, not a count of the sentence's noun
(it was ``children|rescued``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _props(text: str) -> dict[str, str | None]:
    return {c.text: c.property for c in extract_claims(text)}


def test_youngest_and_oldest_are_ages() -> None:
    got = _props(
        "The army said the rescued children, the youngest of them 11, were being examined."
    )
    assert got["11"] == "age"
    got = _props("The charity listed 26 names and ages, the oldest 81 and the youngest 19.")
    assert got["81"] == "age" and got["19"] == "age" and got["26"] != "age"
    assert _props("Of the 12 boys, the oldest was 16.")["16"] == "age"


def test_youngest_before_a_noun_counts_it() -> None:
    assert _props("The youngest 40 players were dropped.")["40"] != "age"
