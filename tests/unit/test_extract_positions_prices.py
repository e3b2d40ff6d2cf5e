"""Positions and identifiers are never figures (km markers, route and wing numbers, phone
numbers, unit names); unit prices have one key per priced good ("a litre"), price changes
("by 2.20 shillings") are deltas; more currencies are money."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def by_value(text: str) -> dict[float | None, Claim]:
    return {c.value: c for c in extract_claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The crash happened at km 42 of the highway, police said.",
        "The bus left the road at kilometre 203 of the motorway.",
        "A tram on route 28 derailed on a steep curve.",
        "Matatus on route 46 to Kawangware raised fares.",
        "The riot started in wing 2 late on Sunday.",
        "Customers should report downed lines by calling 1-800-555-0142 and stay away.",
        "Residents can report fallen wires on 13 13 88, the company said.",
        "Consumers can call the toll-free line 0800-100-200, the regulator said.",
        "The 112 emergency service said it received the first call.",
        "Troops were treated at the 7 Division hospital in Maiduguri.",
    ],
)
def test_positions_and_identifiers_are_not_figures(text: str) -> None:
    assert [c.value for c in extract_claims(text)] == []


def test_a_count_next_to_a_unit_name_is_kept() -> None:
    c = by_value("The army sent 7 divisions to the border.")
    assert 7 in c


def test_unit_price_level_and_change() -> None:
    c = by_value(
        "NAIROBI - Kenya's energy regulator raised the maximum pump price of super petrol in "
        "Nairobi by 5.40 shillings to a record 189.51 shillings a litre on Friday, and "
        "diesel by 2.10 shillings to 173.57 shillings."
    )
    assert c[189.51].metric == "super petrol price|price|per litre|money"
    assert c[189.51].unit == "KES" and not c[189.51].change_is_delta
    assert c[5.40].change_is_delta and c[2.10].change_is_delta
    assert c[173.57].metric == "diesel price|price|per litre|money"


def test_unit_price_carries_to_a_later_sentence_of_the_same_currency() -> None:
    c = by_value(
        "The regulator cut the price of petrol by 0.75 cedis to 14.10 cedis a litre. "
        "Diesel now costs 16.05 cedis, it said."
    )
    assert c[14.10].metric == "petrol price|price|per litre|money"
    assert c[16.05].metric == "diesel price|price|per litre|money"


def test_a_range_with_units_on_both_ends_after_by_is_a_change_and_a_level() -> None:
    c = by_value("The bank cut the fee by 2 dollars to 10 dollars.")
    assert c[2].change_is_delta and not c[10].change_is_delta


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Damage is estimated at 1.2 trillion rupiah, the agency said.", "IDR"),
        ("The fund paid 14.2 billion shillings, the report said.", "KES"),
        ("Petrol went up to 14.85 cedis a litre.", "GHS"),
    ],
)
def test_more_currency_words(text: str, unit: str) -> None:
    (c,) = extract_claims(text)
    assert c.unit == unit and c.metric.endswith("|money")


def test_money_names_what_it_measures_from_its_clause() -> None:
    (c,) = extract_claims("Damage from the quake is estimated at 1.2 trillion rupiah.")
    assert c.about == "damage"
