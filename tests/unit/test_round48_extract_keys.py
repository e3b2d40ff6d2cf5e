"""Round 48 (x48): keys and sources of a disputed figure.

Sentences of our own.
"""

from __future__ import annotations

from tests.unit.claims import claim_of

# -- "once ..." after a sum is a clause, not the sum's noun (frame._NP_STOP) -----------


def test_once_after_a_sum_is_not_its_noun() -> None:
    text = "The drivers said the repair bill was nearer 9 million euros once towing was added."
    assert not claim_of(text, "9 million euros").metric.startswith("once")


def test_unless_after_a_count_is_not_its_noun() -> None:
    text = "The board said 40 flights would be cancelled unless the strike ended."
    assert not claim_of(text, "40").metric.startswith("unless")


# -- "claims / estimates / reports" after a possessive are nouns, not say verbs --------


def test_possessive_claims_are_a_noun_not_a_say_verb() -> None:
    text = "The growers' claims alone come to 3 million euros."
    source = claim_of(text, "3 million euros").source
    assert source is None or "growers" not in source


def test_claims_as_a_verb_still_attributes() -> None:
    text = "Marten claims 25 workers were hurt."
    assert claim_of(text, "25").source == "Marten"


# -- the speaker of "gave a smaller figure, saying N" / "put the toll higher, at N" ----


def test_gave_a_smaller_figure_saying_names_the_speaker() -> None:
    text = "The hospital gave a lower figure, saying 12 patients had been admitted."
    assert claim_of(text, "12").source == "hospital"


def test_put_the_toll_higher_at_names_the_speaker() -> None:
    text = "The harbour master put the count lower, at 30 boats."
    assert claim_of(text, "30").source == "harbour master"


def test_put_with_a_comma_and_no_comparative_is_not_crossed() -> None:
    text = "The crew put the boat in dry dock, at 30 metres from the quay."
    assert claim_of(text, "30 metres").source != "crew"


# -- "the real / true / full cost": the cost, not the adjective (extract._COST_ADJECTIVES)


def test_true_cost_is_keyed_on_the_cost() -> None:
    text = "A drivers' group said the true cost was nearer 8 million euros."
    assert claim_of(text, "8 million euros").metric.startswith("cost|cost|")


def test_cost_with_its_own_noun_keeps_it() -> None:
    text = "The council said the real repair cost was 2 million euros."
    assert not claim_of(text, "2 million euros").metric.startswith("cost|")


# -- a modal in the noun's relative clause hedges the noun, not the figure --------------


def test_modal_of_the_nouns_relative_clause_is_not_the_figures_hedge() -> None:
    text = "The agency said the number of wells that may be polluted had reached 85."
    assert claim_of(text, "85").hedge is None


def test_modal_on_the_figure_still_hedges_it() -> None:
    text = "The agency said that 85 wells may be polluted."
    assert claim_of(text, "85").hedge == "hypothetical"
