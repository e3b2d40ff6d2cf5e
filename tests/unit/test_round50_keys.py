"""Round 50 (x50): keys that split one quantity -- what a subtraction leaves.

Sentences of our own.
"""

from __future__ import annotations

from tests.unit.claims import claim_of

# -- ", leaving N ...": the remainder counts the earlier figure's noun ------------------


def test_remainder_in_a_state_counts_the_earlier_noun() -> None:
    text = "Crews had reconnected 1,200 farms by noon, leaving about 700 still without water."
    assert claim_of(text, "about 700").metric == "farms|count"


def test_remainder_with_a_place_phrase_counts_the_earlier_noun() -> None:
    text = "The magistrates freed 15 suspects on bail, leaving 6 in detention, the court said."
    assert claim_of(text, "6").metric == "suspects|count"


def test_remainder_after_a_participle_is_no_noun_of_its_own() -> None:
    text = "The council reopened five parks on Monday after the storm, leaving three shut."
    assert claim_of(text, "three").metric == "parks|count"


def test_remainder_of_a_plain_count_keeps_a_state_verb_of_the_earlier_figure_out() -> None:
    # the earlier figure is "reconnected" (supplied); what is left is a plain count
    text = "The utility restored supply to 4,000 homes on Tuesday, leaving 2,500 without gas."
    assert claim_of(text, "4,000").metric != claim_of(text, "2,500").metric
    assert claim_of(text, "2,500").metric == "homes|count"


def test_remainder_after_a_part_keeps_a_key_of_its_own() -> None:
    # "nine of the 21 crew": the part left is no level of the whole's count
    text = "Nine of the 21 sailors were allowed off the tanker, leaving 12 aboard."
    assert "?" in claim_of(text, "12").metric.split("|")[0]


def test_remainder_with_its_own_noun_keeps_it() -> None:
    text = "The airline cancelled 14 flights, leaving some 2,000 passengers stranded."
    assert claim_of(text, "some 2,000").metric == "passengers|count"


def test_figure_after_leaving_without_a_comma_is_not_a_remainder() -> None:
    text = "The storm damaged 40 roofs before leaving 3 behind."
    assert claim_of(text, "3").metric != "roofs|count"


# -- one count under two nouns: households / homes, vessels / ships -----------------------


def test_households_and_homes_share_a_key() -> None:
    a = claim_of("The council said 8,000 households were still without heating.", "8,000")
    b = claim_of("The gas company said 5,500 homes were still without heating.", "5,500")
    assert a.metric == b.metric == "homes|count"


def test_vessels_and_ships_share_a_key() -> None:
    a = claim_of("The shipowners said 70 vessels were waiting outside the strait.", "70")
    b = claim_of("The canal authority said 52 ships were waiting outside the strait.", "52")
    assert a.metric == b.metric


def test_household_synonym_keeps_its_modifier() -> None:
    c = claim_of("Some 2,400 farming households have applied for aid.", "Some 2,400")
    assert c.metric.split("|")[0] == "farming homes"


def test_a_class_noun_is_no_synonym() -> None:
    a = claim_of("The farm said 300 sheep had died.", "300")
    b = claim_of("The inspectors said 500 animals had died.", "500")
    assert a.metric != b.metric
