"""Round 34: a figure governed by "can <verb>" is what someone may claim or something is
able to do -- a ceiling or a capacity, not what happened -- and is hedged like "could" or
"may" ("travellers can claim up to 600 crowns each" was a first figure of ``crowns|count``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _hedges(text: str) -> dict[str, str | None]:
    return {c.text: c.hedge for c in extract_claims(text)}


def test_can_claim_and_can_test_are_hypothetical() -> None:
    got = _hedges(
        "Under regional passenger rules, travellers on cancelled flights can claim up to "
        "600 crowns each, depending on the distance of the flight."
    )
    assert got["up to 600"] == "hypothetical"
    got = _hedges("The mobile laboratory that arrived on Wednesday can test 120 samples a day.")
    assert got["120"] == "hypothetical"


def test_can_far_from_the_figure_or_in_another_clause_is_not() -> None:
    got = _hedges("A disease that can destroy a field in weeks has been found on 8,000 hectares.")
    assert got["8,000 hectares"] is None
    got = _hedges("Officials said 40 people were hurt, and the hospital can cope.")
    assert got["40"] is None
    got = _hedges("Eleven patients were treated in the chamber, which can take six at a time.")
    assert got["Eleven"] is None
