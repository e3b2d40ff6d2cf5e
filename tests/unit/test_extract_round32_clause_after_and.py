"""Round 32: the verb class read right of a figure stops at a clause of its own after
"and" / "but". "scientists said they had now recovered 170 fragments and police made the
first arrests of meteorite hunters" gave 170 the key ``fragments|arrested`` (and the
arrests that followed met it as updates); a coordinated subject that shares the
predicate ("Three passengers and the driver were taken to hospital") keeps it."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_a_new_clause_after_and_gives_no_verb_class() -> None:
    got = _metrics(
        "Scientists said they had now recovered 170 fragments and police made the first "
        "arrests of meteorite hunters."
    )
    assert got["170"] == "fragments|count"


def test_a_coordinated_subject_keeps_its_predicate() -> None:
    got = _metrics("Three passengers and the driver were taken to hospital in Dernau.")
    assert got["Three"] == "passengers|hospitalized"
    got = _metrics("Three soldiers and a civilian were killed on Monday.")
    assert got["Three"].endswith("|killed")
