"""Round 32: the verb class read left of a figure stops at "and" / "but" when the
figure's own clause has a verb of its own. "Police said three men had been arrested in
Corvane overnight and that they had seized 14 laptops" gave 14 the key
``laptops|arrested``; "had searched three properties", "installed a total of 350
cameras" likewise. A figure with no verb of its own after "and" still reads the event
before it ("killed 2 people and wounded 11" is read from its governing verb)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_a_verb_of_the_figures_own_clause_blocks_the_event_before_and() -> None:
    got = _metrics(
        "Police said three men had been arrested in Corvane overnight and that they had "
        "seized 14 laptops and a printer."
    )
    assert got["three"] == "men|arrested"
    # round 57: "seized" is the figure's own verb, an authority's act (not the arrests)
    assert got["14"] == "laptops|seized"


def test_a_shared_event_still_reaches_the_figure() -> None:
    got = _metrics("Police said they arrested six people and three more on Friday.")
    assert got["six"] == "people|arrested"
    got = _metrics("The blast killed 2 people and wounded 11.")
    assert got["11"].endswith("|injured")
