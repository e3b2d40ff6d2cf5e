"""Money written the way wire copy writes it outside the dollar/euro/pound world: a
country's adjective before the currency ("2.5 billion Swedish crowns"), ISO codes and local
signs before the amount ("SEK 300 million", "R2.5 billion", "Ksh 500 million"), currency
words that are also nouns ("crowns", "marks") when money surrounds them, and a rival
amount written without its currency ("4.9 billion euros, not 3.6 billion")."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def _only(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The fine of 2.5 billion Swedish crowns was a record, the regulator said.",
         "2.5 billion Swedish crowns", "SEK"),
        ("Damage was put at 12 million Danish kroner.", "12 million Danish kroner", "DKK"),
        ("Police seized 3 million Mexican pesos at the border.", "3 million Mexican pesos", "MXN"),
        ("The contract was worth 800 million Hong Kong dollars.",
         "800 million Hong Kong dollars", "HKD"),
        ("The bank lost SEK 300 million in the fraud.", "SEK 300 million", "SEK"),
        ("The utility owes R2.5 billion to the municipality.", "R2.5 billion", "ZAR"),
        ("The county spent Ksh 500 million on the road.", "Ksh 500 million", "KES"),
        ("The ministry will pay 1.2 billion lei to farmers.", "1.2 billion lei", "RON"),
        ("The hospital was fined 70,000 crowns by the court.", "70,000 crowns", "KR"),
    ],
)  # fmt: skip
def test_currency_forms_are_money(text: str, span: str, unit: str) -> None:
    claim = _only(text)
    assert (claim.text, claim.unit) == (span, unit)
    assert claim.metric.endswith("|money") or "|money|" in claim.metric
    assert "crowns" not in claim.metric.split("|")[0]  # the currency is not what is counted


def test_noun_currencies_stay_nouns_without_money_around() -> None:
    text = "The team has won three crowns in four seasons."
    units = {c.text: c.unit for c in extract_claims(text)}
    assert units["three"] == "crowns"
    assert _only("Investigators found 14 bite marks on the fence.").unit != "MARK"


def test_a_glued_letter_needs_a_scale_word() -> None:
    claim = _only("The R2 road was closed for 12 hours.")
    assert claim.text == "12 hours"


def test_a_rival_amount_without_its_currency_is_the_same_money() -> None:
    first, rival = extract_claims(
        "The council said the shortfall was 4.9 billion euros, not 3.6 billion as the"
        " finance ministry reported."
    )
    assert rival.unit == "EUR"
    assert rival.metric == first.metric == "shortfall|amount|money"


def test_a_count_after_money_keeps_its_own_noun() -> None:
    money, doses = extract_claims("The EU pledged 12 million euros and 3 million doses.")
    assert money.unit == "EUR"
    assert doses.unit == "doses" and "money" not in doses.metric


def test_a_conversion_after_or_is_the_same_amount() -> None:
    claims = extract_claims("Ericsson pays 1.2 billion crowns, or about $110 million, to settle.")
    assert [c.text for c in claims] == ["1.2 billion crowns"]
