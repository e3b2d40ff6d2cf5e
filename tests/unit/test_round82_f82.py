"""Round 82 (f82): figures the extractor should not read as one of the story's quantities.

* the count of the bodies or figures that disagree ("Two agencies gave different counts")
  takes a key of its own;
* one person's own sum, filed under a lone personal pronoun ("said she had saved 90,000
  lira"), takes a key of its own;
* "crowns", "marks" and "pounds" near a word of what is owed, refunded, granted or won
  ("refund of 12 crowns", "bail of 40,000 marks") are money, not a count or a weight.

Invented names, places and values."""

from __future__ import annotations

import pytest

from tests.unit.reading import claim_of, has_own_key


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Two Pellaran ministries gave different death tolls from the storm on Monday.",
            "Two",
        ),
        (
            "Police raided the warehouse on Friday, and two agencies gave conflicting counts "
            "of the arrests.",
            "two",
        ),
        ("The two sides disagreed over how many fishermen had been detained.", "two"),
        ("Ostmark still has two death tolls for the week of the floods.", "two"),
    ],
)
def test_count_of_rival_sources_is_its_own_key(text: str, figure: str) -> None:
    assert has_own_key(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two agencies said 40 people had been arrested.", "Two"),
        ("Two men were arrested on Tuesday.", "Two"),
        ("The charges include 14 counts of fraud.", "14"),
        ("Police gave different figures: 40 people were arrested.", "40"),
    ],
)
def test_look_alikes_keep_their_keys(text: str, figure: str) -> None:
    assert not has_own_key(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Mara Ilves, a baker, said she had saved 90,000 lira over six years.", "90,000 lira"),
        ("Tomas Renk said the builder owed him 2.3 million crowns.", "2.3 million crowns"),
        ("Arvo Lind, 68, said he had been billed 3,900 francs for the repairs.", "3,900 francs"),
    ],
)
def test_one_persons_sum_is_its_own_key(text: str, figure: str) -> None:
    assert has_own_key(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The insurer said it had paid out 4 million euros.", "4 million euros"),
        ("The assessors put them at 2.1 billion dollars.", "2.1 billion dollars"),
    ],
)
def test_a_bodys_sum_keeps_its_key(text: str, figure: str) -> None:
    assert not has_own_key(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The operator said it would refund the toll of 12 crowns.", "12 crowns"),
        ("The two men were released on bail of 40,000 marks.", "40,000 marks"),
        ("Fines for large groups start at 15,000 crowns.", "15,000 crowns"),
        ("The punters shared winnings of about 700,000 crowns.", "about 700,000 crowns"),
    ],
)
def test_currency_noun_near_a_word_of_money_is_money(text: str, figure: str) -> None:
    c = claim_of(text, figure)
    assert c.unit in ("KR", "MARK")
    assert c.metric.endswith("money")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The cathedral treasury holds three crowns and a sceptre.", "three", "crowns"),
        ("Officers seized 30 pounds of cannabis at the port.", "30 pounds", "lb"),
    ],
)
def test_currency_noun_without_a_word_of_money_stays_as_it_was(
    text: str, figure: str, unit: str
) -> None:
    assert claim_of(text, figure).unit == unit
