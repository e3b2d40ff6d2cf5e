"""Round 32: "the first / second half of the year" is a stretch of time, not a fraction.
"unemployment would peak at 5.6% in the first half of next year" gave "half" the key
``first|share|fraction`` and "Tax revenue in the first half of the year" the key
``year|share|fraction``, each raised as a new figure."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _texts(text: str) -> list[str]:
    return [c.text for c in extract_claims(text)]


def test_first_half_of_the_year_is_no_fraction() -> None:
    assert _texts("Unemployment would peak at 5.6% in the first half of next year.") == ["5.6%"]
    assert "half" not in _texts("Tax revenue in the second half of the year fell by 4%.")


def test_half_of_a_group_is_still_a_fraction() -> None:
    assert _texts("Half of the respondents agreed.") == ["Half"]
