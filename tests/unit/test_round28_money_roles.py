"""Round 28: a sum counted under a bare currency key (``florins|count``: invented and
unlisted currencies are counted nouns to the extractor) is keyed by what it is -- a fine,
money paid or given out, a damage or loss, money frozen -- so that a story's fine does not
"update" its compensation claim limit, nor its fund the damage estimate.
"""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.brain import _money_roles
from claimlogic.extract import extract_claims
from tests.unit.streams import run_stream


def _claim(quote: str, text: str, value: float, metric: str = "florins|count") -> dict:
    return {"quote": quote, "text": text, "value": value, "metric": metric}


def test_the_money_word_before_a_sum_names_its_role() -> None:
    fined = _claim("The agency fined Varnel Chemicals 3.5 million florins.", "3.5 million", 3.5e6)
    assert ledger.money_role(fined, "florins|count") == "fine"
    fund = _claim(
        "The government announced a compensation fund of 30 million talers.", "30 million", 3e7
    )
    assert ledger.money_role(fund, "talers|count") == "paid"
    damage = _claim(
        "The government put the damage to civilian property at 45 million talers.",
        "45 million",
        4.5e7,
    )
    assert ledger.money_role(damage, "talers|count") == "damage"
    frozen = _claim(
        "Prosecutors have frozen 41 million sols in bank accounts.", "41 million", 4.1e7
    )
    assert ledger.money_role(frozen, "sols|count") == "seized"


def test_no_role_without_a_governing_money_word() -> None:
    # no money word at all
    plain = _claim(
        "The exchange said the trades had a value of 1.2 billion marks.", "1.2 billion", 1.2e9
    )
    assert ledger.money_role(plain, "marks|count") is None
    # a key with a property of its own is left alone
    cost = _claim("The repairs will cost 12 million sterns, the fund said.", "12 million", 1.2e7)
    assert ledger.money_role(cost, "sterns|cost") is None
    # the money word is another verb's subject: "has left" governs the count
    left = _claim(
        "A failure in the welfare payment system has left 84,000 households without money.",
        "84,000",
        84000.0,
        "households|count",
    )
    assert ledger.money_role(left, "households|count") is None
    # a small sum, and a noun the article never counts in millions
    small = _claim("Sellers face fines of 400 marks.", "400", 400.0)
    assert ledger.money_role(small, "marks|count") is None
    fined = _claim("It was fined 40,000 marks.", "40,000", 40000.0, "marks|count")
    assert ledger.money_role(fined, "marks|count", money={"marks"}) == "fine"
    assert ledger.money_role(fined, "marks|count", money={"florins"}) is None


def test_an_article_counts_its_currencies_in_millions() -> None:
    nouns = ledger.sum_nouns(["It paid 2 million florins.", "About 1.2 billion marks was raised."])
    assert nouns == {"florins", "marks"}


def test_a_restated_sum_keeps_the_role_the_article_gave_it() -> None:
    text = (
        "The government said it would set up a fund of 400 million lirets to help finish "
        "flats. Housing minister Karl Eriksen said the 400 million lirets would be lent "
        "to builders."
    )
    claims = [c.to_dict() for c in extract_claims(text)]
    roles = _money_roles(claims)
    got = {claims[i]["quote"][:20]: r for i, r in roles.items()}
    assert set(got.values()) == {"paid"} and len(got) == 2


def _alerts(items: list[tuple[str, str, str | None, str]]) -> list[tuple[str, str, float]]:
    out = run_stream(items)
    return [(a["kind"], a["metric"]["key"], a["claim"]["value"]) for _, _, al in out for a in al]


def test_a_fine_is_no_update_of_a_claim_limit() -> None:
    a1 = (
        "PORT HALDEN - A wartime bomb found on a building site in Port Halden was defused "
        "on Sunday after 2,000 people were moved out of their homes, the city said. Under "
        "city rules, businesses can claim up to 20,000 guilders for lost income, and the "
        "city has set aside 1.5 million guilders for the operation."
    )
    a2 = (
        "PORT HALDEN - Port Halden fined the construction company Kessel Bau 250,000 "
        "guilders on Monday for failing to survey its site for wartime bombs before digging, "
        "the city said. The operation cost the city about 1.2 million guilders."
    )
    alerts = _alerts(
        [
            ("a1", "2026-08-01T10:00:00Z", "Bomb defused in Port Halden", a1),
            ("a2", "2026-08-02T10:00:00Z", "Port Halden fines builder over bomb", a2),
        ]
    )
    assert [a[0] for a in alerts if a[2] == 250000.0] == ["new_figure"]
    assert next(a[1] for a in alerts if a[2] == 250000.0).endswith("|money")
    assert not [a for a in alerts if a[0] == "update" and a[2] == 250000.0]


def test_a_compensation_fund_is_no_update_of_the_damage_estimate() -> None:
    a1 = (
        "ORSK - Shelling damaged about 400 homes in the border town of Orsk on Monday, and "
        "the government put the damage to civilian property at 45 million talers in a "
        "first estimate, the interior ministry said."
    )
    a2 = (
        "ORSK - The government announced a compensation fund of 30 million talers for "
        "residents and businesses in Orsk on Wednesday, the interior ministry said, after "
        "shelling damaged about 400 homes."
    )
    alerts = _alerts(
        [
            ("a1", "2026-03-02T10:00:00Z", "Shelling damages Orsk homes", a1),
            ("a2", "2026-03-04T10:00:00Z", "Orsk compensation fund", a2),
        ]
    )
    assert ("new_figure", "talers|count|paid", 3e7) in alerts
    assert not [a for a in alerts if a[0] == "update" and a[2] == 3e7]
