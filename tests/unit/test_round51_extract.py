"""Round 51 (x51): a sum for one recipient is a yardstick, not a sum of the story.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def _claim(text: str, figure: str) -> Claim:
    hits = [c for c in extract_claims(text) if c.text == figure]
    assert hits, [(c.text, c.metric) for c in extract_claims(text)]
    return hits[-1]


def _own(c: Claim) -> bool:
    return "?" in c.metric.split("|")[0]


def test_sum_charged_to_each_person_is_a_key_of_its_own() -> None:
    text = "Police said the smugglers had charged each migrant about 3,000 euros for the crossing."
    assert _own(_claim(text, "about 3,000 euros"))


def test_sum_each_after_the_figure_is_a_key_of_its_own() -> None:
    text = "Vendors were selling the donated blankets at about 12 dollars each on Friday."
    assert _own(_claim(text, "about 12 dollars"))


def test_sum_per_head_of_a_noun_is_a_key_of_its_own() -> None:
    text = "The cartel paid drivers about 800 pounds per trip across the border, police said."
    assert _own(_claim(text, "about 800 pounds"))


def test_sum_for_each_item_is_a_key_of_its_own() -> None:
    text = "The clerk was paid 200 dollars for each file he copied, the indictment said."
    assert _own(_claim(text, "200 dollars"))


def test_compensation_per_family_keeps_its_key() -> None:
    text = "The province will pay compensation of 300,000 rupees per family of the dead."
    assert not _own(_claim(text, "300,000 rupees"))


def test_promised_sum_each_keeps_its_key() -> None:
    text = "Households that lost their roofs will receive 2,000 dollars each, the mayor said."
    assert not _own(_claim(text, "2,000 dollars"))


def test_unit_price_and_time_rate_keep_their_keys() -> None:
    assert not _own(_claim("Diesel went up to 190 shillings a litre on Monday.", "190 shillings"))
    text = "The strike costs the port about 4 million dollars a day, traders said."
    assert not _own(_claim(text, "about 4 million dollars"))


def test_each_year_is_a_time_not_a_recipient() -> None:
    text = "Each year the city spends about 9 million pounds on road repairs."
    assert not _own(_claim(text, "about 9 million pounds"))
