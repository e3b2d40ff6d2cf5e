"""Round 52 (ledger): false contradictions whose dispute cue is no dispute of the figure.

* "The mayor's majority fell to 1,200 votes as postal ballots came in, most of them for
  her challenger": "challenger" is a person, not a figure challenged; the majority moved
  (an update of the earlier 3,000), it is no side of a disagreement.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import sourced_claim as _claim
from tests.unit.streams import two_article_kinds as _kinds

VOTES = "votes|count"
LEAD = "The mayor led the count by 3,000 votes on Sunday night, with postal ballots still out."
SHRANK = (
    "The mayor's majority fell to 1,200 votes on Tuesday as postal ballots came in, most of "
    "them for her challenger, Dana Holt."
)


def test_a_challenger_is_no_dispute_cue() -> None:
    c = _claim(1200, "1,200", SHRANK, VOTES, change="down")
    assert not ledger.disputes_figure(c)
    assert ledger.disputes_figure(
        _claim(1200, "1,200", "The count was 1,200 votes, a figure her rival challenged.", VOTES)
    )


def test_a_narrowing_lead_with_a_challenger_updates() -> None:
    first = _claim(3000, "3,000", LEAD, VOTES)
    later = _claim(1200, "1,200", SHRANK, VOTES, change="down")
    assert _kinds(first, later, VOTES, quarrelling=True) == [("update", [3000])]


CASES = "cases|infected"
FIRST_CASES = "The district health office said it had recorded 140 cases of food poisoning."
ROSE_AND_OTHER = (
    "The number of recorded cases rose to 230, the district health office said, and the "
    "caterer at the centre of the outbreak disputed where its salads had been sold."
)
ROSE_AS_OTHER = (
    "Recorded cases have reached 230, the district health office said, as an audit found "
    "that cleaning the kitchens would cost far more than the caterer had said."
)


def test_a_cue_in_another_subjects_clause_is_not_the_figures() -> None:
    for quote in (ROSE_AND_OTHER, ROSE_AS_OTHER):
        c = _claim(230, "230", quote, CASES, source="district health office", change="up")
        assert not ledger.disputes_figure(c), quote
        first = _claim(140, "140", FIRST_CASES, CASES, source="district health office")
        assert _kinds(first, c, CASES, quarrelling=True) == [("update", [140])], quote


def test_a_cue_of_the_figure_itself_still_counts() -> None:
    # a noun joined by "and", closed by a comma: the comparison is the figure's again
    q = (
        "The union said 15 dockers were hurt in the strike and the fire, far more than the "
        "port has reported."
    )
    assert ledger.disputes_figure(_claim(15, "15", q, "dockers|injured"))
    # another subject that disputes a figure: still a dispute of it
    q = "Officials counted 230 cases and the caterer disputed the figure."
    assert ledger.disputes_figure(_claim(230, "230", q, CASES))
    q = "Officials counted 230 cases and the caterer disputed how many were ill."
    assert ledger.disputes_figure(_claim(230, "230", q, CASES))


LOSS = "loss|amount|money"
AUDIT = "Auditors found the cooperative had lost 40 million pesos through fraudulent invoices."
PASSED = (
    "The cooperative said on Monday its losses came to 70 million pesos, well above the 40 "
    "million pesos found by the auditors last month, and its treasurer resigned."
)
COMPARED_NOW = (
    "The cooperative said on Monday its losses came to 70 million pesos, well above the 40 "
    "million pesos the auditors found, and its treasurer resigned."
)


def _sum(value: float, quote: str, source: str) -> dict[str, object]:
    c = _claim(value, f"{value / 1e6:g} million pesos", quote, LOSS, source=source)
    c["unit"] = "MXN"
    return c


def test_a_sum_that_passes_a_named_earlier_figure_updates_it() -> None:
    new = _sum(70e6, PASSED, "cooperative")
    assert ledger.passes_earlier(new)
    got = _kinds(_sum(40e6, AUDIT, "auditors"), new, LOSS, quarrelling=True)
    assert got == [("update", [40e6])]


def test_a_named_figure_with_no_earlier_time_is_not_passed() -> None:
    assert not ledger.passes_earlier(_sum(70e6, COMPARED_NOW, "cooperative"))


def test_a_number_right_before_a_verb_cue_is_that_verbs_count() -> None:
    q = "So far 3,200 claims have been paid in full, with deductions waived, and 1,400 rejected."
    assert not ledger.disputes_figure(_claim(3200, "3,200", q, "claims|count"))
    # a delta before a comparison is still part of the cue
    q = "The hospital said 23 people had died, four more than the toll the police reported."
    assert ledger.disputes_figure(_claim(23, "23", q, "people|killed"))


def test_a_side_that_spoke_of_its_figure_earlier_is_recalled() -> None:
    q = (
        "The ferry company, which on Monday spoke of far fewer passengers hurt, said 12 "
        "people had been treated on board."
    )
    assert ledger.recalled_reading(_claim(12, "12", q, "people|injured"))
    q = "The ferry company, which on Monday cited a lower count, said 12 people were treated."
    assert ledger.recalled_reading(_claim(12, "12", q, "people|injured"))
    q = "The ferry company spoke of 12 people treated on board."
    assert not ledger.recalled_reading(_claim(12, "12", q, "people|injured"))


HOMES = "homes|count"
FIRST_HOMES = "The council said about 90 homes had been found with storm damage."
UP_FROM_OWN = (
    "The council said 150 homes had now been found with storm damage, up from its first "
    "count, as owners came back from holiday."
)


def test_up_from_its_first_count_updates_the_earlier_figure() -> None:
    first = _claim(90, "about 90", FIRST_HOMES, HOMES, source="council")
    later = _claim(150, "150", UP_FROM_OWN, HOMES, source="council")
    assert ledger.revision(later)
    assert _kinds(first, later, HOMES) == [("update", [90])]


def test_up_from_its_first_count_makes_no_first_figure_an_update() -> None:
    later = _claim(150, "150", UP_FROM_OWN, HOMES, source="council")
    assert not ledger.revised_from_earlier(later)
