"""Round 15 ledger rules: parts of a figure ("31 people injured, six of them in critical
condition") and comparisons put down to a later event are no readings or disputes."""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.extract import extract_claims


def _parts(text: str) -> list[tuple[float, str]]:
    claims = [c.to_dict() for c in extract_claims(text)]
    return sorted((float(claims[i]["value"]), claims[i]["metric"]) for i in ledger.parts(claims))


def test_a_part_set_off_after_its_whole_is_no_reading_of_the_key() -> None:
    assert _parts(
        # round 53: a part in a state of its own ("in critical condition") has its own
        # key; a part in none stays on its whole's key and is kept out of it here
        "Hospitals treated 31 people injured in the explosion, six of them children,"
        " the health authority said."
    ) == [(6.0, "people|injured")]
    assert _parts("Nineteen people were taken to hospital, four of them children.") == [
        (4.0, "people|hospitalized")
    ]


def test_a_figure_of_its_own_is_no_part() -> None:
    # the whole comes later, or no "of them" follows, or the figure is no appositive
    assert _parts("Six people were in critical condition among 31 injured.") == []
    assert _parts("Hospitals treated 31 people injured and six people killed.") == []
    assert _parts("El Hierro, an island of 11,000 people, has received 1,020 of them.") == []


# ------------------------------------------------- a gap put down to a later event
EXPLAINED = (
    "The authority's figure of 31 injured is higher than the 23 given by the fire service on"
    " Wednesday morning because several people went to hospital on their own later in the day."
)
RIVAL = (
    "The authority's figure of 31 injured is higher than the 23 given by the fire service on"
    " Wednesday morning because the fire service counted only people taken by ambulance."
)


def _first(text: str) -> dict:
    return next(c.to_dict() for c in extract_claims(text) if c.value == 31)


def test_a_gap_put_down_to_what_happened_since_is_no_dispute() -> None:
    assert not ledger.disputes_figure(_first(EXPLAINED))
    assert not ledger.quarrel(EXPLAINED)


def test_a_gap_put_down_to_a_way_of_counting_stays_a_dispute() -> None:
    assert ledger.disputes_figure(_first(RIVAL))
    assert ledger.quarrel(RIVAL)
