"""Round 49 (x49): figures that are no reported quantity of the story, and who said it.

Sentences of our own.
"""

from __future__ import annotations

from tests.unit.claims import claim_of, has_own_key

# -- the step that explains a move: "rose to 19 after three ... died" -------------------


def test_step_after_a_rise_has_a_key_of_its_own() -> None:
    text = "The death toll from the ferry fire rose to 17 after two of the injured died overnight."
    assert has_own_key(claim_of(text, "two"))
    assert not has_own_key(claim_of(text, "17"))


def test_step_after_a_said_clause_has_a_key_of_its_own() -> None:
    text = (
        "The number of people hurt in the blast has risen to 41, the county said on Friday, "
        "after five workers came forward with burns."
    )
    assert has_own_key(claim_of(text, "five"))


def test_step_after_a_correction_down_has_a_key_of_its_own() -> None:
    text = (
        "Officials corrected the number of missing climbers to six, down from nine, "
        "after three were found in a hut."
    )
    assert has_own_key(claim_of(text, "three"))


def test_count_after_after_without_a_move_keeps_its_key() -> None:
    text = "Police arrested 12 people after three officers were attacked at the match."
    assert not has_own_key(claim_of(text, "three"))


def test_share_moved_to_keeps_the_step() -> None:
    text = "Turnout rose to 61 percent after four parties joined the campaign."
    assert not has_own_key(claim_of(text, "four"))


# -- the rest of a group already counted: "the other five arrested", "Six others arrested"


def test_the_other_n_arrested_has_a_key_of_its_own() -> None:
    text = "The other four men detained at the port were freed on bail on Monday."
    assert has_own_key(claim_of(text, "four"))


def test_n_others_arrested_has_a_key_of_its_own() -> None:
    text = "Nine others arrested in the raids were released without charge, the court said."
    assert has_own_key(claim_of(text, "Nine"))


def test_n_others_injured_keeps_its_key() -> None:
    text = "One climber was killed and two others injured when the ice bridge gave way."
    assert not has_own_key(claim_of(text, "two"))


# -- where an inquiry looked, where a product is sold ------------------------------------


def test_places_searched_have_a_key_of_their_own() -> None:
    text = "Detectives searched 31 flats in the harbour district and seized 4 kilograms of heroin."
    assert has_own_key(claim_of(text, "31"))
    assert not has_own_key(claim_of(text, "4 kilograms"))


def test_cameras_and_outlets_have_a_key_of_their_own() -> None:
    text = "Investigators are studying video from 45 cameras near the depot."
    assert has_own_key(claim_of(text, "45"))
    text = "The pills were sold through 19 websites, the agency said."
    assert has_own_key(claim_of(text, "19"))


def test_arrests_in_raids_keep_their_key() -> None:
    text = "Police arrested 12 people in raids on nine homes in the capital."
    assert not has_own_key(claim_of(text, "12"))


# -- a part "of which / of whom" -------------------------------------------------------


def test_sum_of_which_has_a_key_of_its_own() -> None:
    text = "The city budget is 400 million euros, of which schools take about 90 million euros."
    assert has_own_key(claim_of(text, "about 90 million euros"))
    assert not has_own_key(claim_of(text, "400 million euros"))


def test_count_of_which_under_the_whole_key_has_a_key_of_its_own() -> None:
    text = "Mediators handled 41 strikes last year, of which 30 were settled."
    assert has_own_key(claim_of(text, "30"))


def test_part_of_which_under_a_key_of_its_own_keeps_it() -> None:
    text = "The number of damaged houses rose to 2,100, of which 300 were destroyed."
    assert not has_own_key(claim_of(text, "300"))


def test_people_an_inquiry_heard_have_a_key_of_their_own() -> None:
    text = "The commission said it had interviewed 57 survivors and compared their accounts."
    assert has_own_key(claim_of(text, "57"))
    text = "The league collected accounts from 23 fans who were in the stand."
    assert has_own_key(claim_of(text, "23"))


def test_people_questioned_by_police_keep_their_key() -> None:
    text = "Detectives have questioned 85 shopkeepers about the payments."
    assert not has_own_key(claim_of(text, "85"))


# -- "hopes to" is a plan ---------------------------------------------------------------


def test_hopes_to_raise_is_expected() -> None:
    text = "The council hopes to raise 4 million euros from the bond sale by June."
    assert claim_of(text, "4 million euros").hedge == "expected"


def test_hopes_as_a_noun_does_not_hedge() -> None:
    text = "Hopes of finding the 12 missing sailors faded on Sunday."
    assert claim_of(text, "12").hedge is None
