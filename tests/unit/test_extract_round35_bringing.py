"""Round 35: "bringing arrests to 27" counts arrests -- the participle that carries a
running count to its new figure is not part of the noun counted (was
``bringing arrests|arrested``, a key no earlier arrest count had)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_bringing_is_not_part_of_the_noun() -> None:
    got = _keys(
        "Police have arrested five more suspects in the staged-crash fraud inquiry, "
        "bringing arrests to 27."
    )
    assert got["27"] == "people|arrested"
    assert got["27"] == _keys("Police arrested 22 people on Monday.")["22"]


def test_a_noun_before_the_count_stays() -> None:
    got = _keys("Another 40 flights were cancelled, raising cancellations to 310.")
    assert got["310"] == "cancellations|count"
