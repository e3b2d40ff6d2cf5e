"""Round 35: a modal in a clause of reason or time after the figure does not hedge it
("240 schools had closed because they could not be heated" was
``schools|count|hypothetical``, so "90 schools remained closed" opened a key of its own)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _hedges(text: str) -> dict[str, str | None]:
    return {c.text: c.hedge for c in extract_claims(text)}


def test_a_modal_after_because_is_not_the_figures() -> None:
    got = _hedges(
        "The education ministry said 240 schools in the eastern provinces had closed "
        "because they could not be heated."
    )
    assert got["240"] is None


def test_a_modal_in_the_figures_own_clause_still_hedges() -> None:
    got = _hedges("Officials said 1,000 jobs could go when the plant closes.")
    assert got["1,000"] == "hypothetical"
    got = _hedges("The company said 500 workers could lose their jobs because demand fell.")
    assert got["500"] == "hypothetical"
