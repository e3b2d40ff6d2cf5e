"""Round 51 (x51): a sum for one recipient is a yardstick, not a sum of the story.

Sentences of our own.
"""

from __future__ import annotations

from tests.unit.claims import claim_of, has_own_key


def test_sum_charged_to_each_person_is_a_key_of_its_own() -> None:
    text = "Police said the smugglers had charged each migrant about 3,000 euros for the crossing."
    assert has_own_key(claim_of(text, "about 3,000 euros"))


def test_sum_each_after_the_figure_is_a_key_of_its_own() -> None:
    text = "Vendors were selling the donated blankets at about 12 dollars each on Friday."
    assert has_own_key(claim_of(text, "about 12 dollars"))


def test_sum_per_head_of_a_noun_is_a_key_of_its_own() -> None:
    text = "The cartel paid drivers about 800 pounds per trip across the border, police said."
    assert has_own_key(claim_of(text, "about 800 pounds"))


def test_sum_for_each_item_is_a_key_of_its_own() -> None:
    text = "The clerk was paid 200 dollars for each file he copied, the indictment said."
    assert has_own_key(claim_of(text, "200 dollars"))


def test_compensation_per_family_keeps_its_key() -> None:
    text = "The province will pay compensation of 300,000 rupees per family of the dead."
    assert not has_own_key(claim_of(text, "300,000 rupees"))


def test_promised_sum_each_keeps_its_key() -> None:
    text = "Households that lost their roofs will receive 2,000 dollars each, the mayor said."
    assert not has_own_key(claim_of(text, "2,000 dollars"))


def test_unit_price_and_time_rate_keep_their_keys() -> None:
    assert not has_own_key(
        claim_of("Diesel went up to 190 shillings a litre on Monday.", "190 shillings")
    )
    text = "The strike costs the port about 4 million dollars a day, traders said."
    assert not has_own_key(claim_of(text, "about 4 million dollars"))


def test_each_year_is_a_time_not_a_recipient() -> None:
    text = "Each year the city spends about 9 million pounds on road repairs."
    assert not has_own_key(claim_of(text, "about 9 million pounds"))
