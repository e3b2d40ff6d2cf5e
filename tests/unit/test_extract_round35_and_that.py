"""Round 35: "said X had happened and that Y stood at N" -- the second reported clause
takes no event word from the first ("a ninth suspect had been detained and that frozen
assets now stood at 9 million marks" was ``marks|arrested``; the earlier "The court froze
6 million marks" is ``marks|count``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_and_that_opens_a_clause_of_its_own() -> None:
    got = _keys(
        "Prosecutors said a ninth suspect had been detained and that frozen assets now "
        "stood at 9 million marks."
    )
    assert not got["9 million marks"].endswith("|arrested")


def test_a_cue_inside_the_second_clause_still_counts() -> None:
    got = _keys("Police said 66 people had been arrested, and that 35 had been charged.")
    assert got["35"] == "people|charged"
    got = _keys("Officials said the fire was out and that 12 people had been injured.")
    assert got["12"] == "people|injured"
