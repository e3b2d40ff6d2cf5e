"""Round 35: people in, taken to or treated at a named hospital are hospitalized.

"Eleven people were treated for breathing problems at the Kolvane district hospital" was
``people|count`` and its update "Thirty-eight people have now been treated in hospital"
``people|hospitalized``: one quantity under two keys, so the update was raised as a new
figure."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_a_named_hospital_after_to_in_or_admitted_at() -> None:
    got = _keys("Eight people were taken to the district hospital in Marrow with cuts.")
    assert got["Eight"] == "people|hospitalized"
    got = _keys(
        "The ministry said 19 people remained admitted at the University Teaching Hospital."
    )
    # round 53: those who remain in hospital are the current state, a key of its own
    assert got["19"] == "people|hospitalized|current"


def test_treated_with_the_hospital_further_away() -> None:
    got = _keys(
        "Eleven people were treated for breathing problems at the Kolvane district "
        "hospital, the health department said."
    )
    assert got["Eleven"] == "people|hospitalized"
    got = _keys("The hospital said 46 residents had been treated for breathing problems.")
    assert got["46"] == "people|hospitalized"


def test_not_staff_things_or_a_clause_after_and() -> None:
    got = _keys("About 3,000 staff work at the district hospital.")
    assert got["About 3,000"] != "workers|hospitalized"
    got = _keys("Ten ambulances were sent to the district hospital.")
    assert not got["Ten"].endswith("|hospitalized")
    got = _keys(
        "The hospital says 71 people have been treated for breathing problems, and 12 "
        "polluted wells have been found."
    )
    assert got["71"] == "people|hospitalized"
    assert not got["12"].endswith("|hospitalized")


def test_past_a_place_phrase_to_a_named_hospital() -> None:
    got = _keys(
        "Four riders from the stalled Skyfall coaster were taken to Tallis General Hospital "
        "with heat exhaustion, paramedics said."
    )
    assert got["Four"] == "riders|hospitalized"


def test_the_article_and_one_word_before_hospital_and_beds_are_no_patients() -> None:
    got = _keys("Eight were admitted to the island hospital, which has 300 beds.")
    assert got["Eight"] == "people|hospitalized"
    assert got["300"] == "beds|count"
