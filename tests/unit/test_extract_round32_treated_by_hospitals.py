"""Round 32: people "treated" by hospitals named just before the verb are hospital
patients, as when the hospital comes after ("treated at Murang'a Hospital"). "Velmora
hospitals have now treated 63 people" was a plain ``people|count``."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_hospitals_have_treated_is_hospitalized() -> None:
    got = _metrics("Velmora hospitals have now treated 63 people for stomach illness.")
    assert got["63"] == "people|hospitalized"


def test_treated_at_the_scene_is_not() -> None:
    got = _metrics("Paramedics treated 40 people at the scene.")
    assert got["40"] == "people|count"
