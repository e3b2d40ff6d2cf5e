"""Round 34: people charged (or indicted) are a count of their own, ``people|charged``:
"Prosecutors have charged 30 people over the protests" was ``crowd|attended`` (the
gathering word "protests" after "people"), "charged 11 people" a plain ``people|count``
that updated the story's investor count. A price charged stays a sum."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_people_charged_have_their_own_key() -> None:
    got = _keys("Prosecutors have charged 30 people over the protests against the mine.")
    assert got["30"] == "people|charged"
    assert _keys("In all, 10 people were charged with bribery.")["10"] == "people|charged"
    got = _keys("Police arrested 12 people, and prosecutors indicted nine of them.")
    assert got["12"] == "people|arrested" and got["nine"] == "people|charged"


def test_a_price_or_a_bill_charged_is_no_count_of_accused() -> None:
    got = _keys("The clinic charged 85 euros for each test.")
    assert "charged" not in got["85 euros"]
    got = _keys("The utility said 19,000 households had been charged twice.")
    assert got["19,000"] == "homes|count"  # round 50: households are homes
