"""Round 32: the verb "lost" names casualties only of people, a force or its materiel.
"The number of flights that lost satellite navigation reached 1,150" was keyed
``flights|casualties``, "lost contact with 11 satellites" ``satellites|casualties`` and
"who lost three of his five greenhouses" ``who|casualties``: a toll key no other reading
of the same count shares."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_things_lost_are_no_casualties() -> None:
    got = _metrics(
        "The number of flights that lost satellite navigation over the Kessel Sea reached "
        "1,150, the aviation authority said."
    )
    assert got["1,150"] == "flights|count"
    got = _metrics("Nordsat said it had now lost contact with 11 satellites.")
    assert "casualties" not in got["11"]
    got = _metrics('"It was like gunfire," said grower Aart Vellinga, who lost three greenhouses.')
    assert "casualties" not in got["three"]


def test_people_and_forces_lost_are_still_casualties() -> None:
    assert _metrics("Russia had lost 1,420 troops in the battle.")["1,420"].endswith("|casualties")
    assert _metrics("The regiment lost 40 men in two days.")["40"].endswith("|casualties")
    assert _metrics("The army lost 12 tanks on Tuesday.")["12"].endswith("|casualties")
