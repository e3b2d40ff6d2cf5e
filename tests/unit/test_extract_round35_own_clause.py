"""Round 35: which verb governs the figure -- a figure opening a clause of its own after
"and" ("... and 15 cases had been confirmed", "and three more managers have been
suspended"), with an auxiliary of its own, takes no event word from the clause before
"and" (was ``cases|killed``, ``managers|killed``: another quantity's key)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_a_clause_of_its_own_after_and_keeps_no_event_from_before() -> None:
    got = _keys(
        "The ministry said eight people had now died of the disease and 15 cases had "
        "been confirmed."
    )
    assert got["eight"] == "people|killed"
    assert got["15"] != "cases|killed"
    got = _keys(
        "The number of deaths being reviewed has risen to 19, and three more managers "
        "have been suspended, bringing the total to nine."
    )
    assert got["three"] == "managers|count"


def test_an_elided_or_cued_predicate_keeps_its_event() -> None:
    got = _keys("Two people were killed and 30 were injured.")
    assert got["30"] == "people|injured"
    got = _keys("Police arrested 30 people and 12 have been charged.")
    assert got["12"] == "people|charged"
    got = _keys("Five people died and 12 were taken to hospital.")
    assert got["12"] == "people|hospitalized"
