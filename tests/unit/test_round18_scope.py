"""Round 18: the whole country is another scope than one of its places."""

from __future__ import annotations

from claimlogic import ledger


def _c(text: str, quote: str, place: str | None = None) -> dict[str, object]:
    return {"text": text, "quote": quote, "place": place, "value": 1.0}


def test_a_nationwide_figure_is_not_compared_with_one_place() -> None:
    city = _c("210,000", "The unions said 210,000 people had marched in Orlay.", "Orlay")
    country = _c(
        "380,000", "The interior ministry said 380,000 people had demonstrated nationwide."
    )
    assert ledger.nationwide(country) and not ledger.nationwide(city)
    assert not ledger.comparable(country, city)
    assert not ledger.comparable(city, country)
    # two nationwide figures, or two figures with no place, are still compared
    union = _c("1.4 million", "The CGV put the nationwide turnout at 1.4 million.")
    assert ledger.comparable(union, country)
    plain = _c("380,000", "The interior ministry said 380,000 people had demonstrated.")
    assert ledger.comparable(plain, city)
