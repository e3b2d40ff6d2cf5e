"""Round 42: people a team "treated" (no hospital named, no illness after) are its
injured -- "volunteer medics had treated 85 people" meets "hospitals treated 60
injured people" (both ``injured``; the first was a bare ``count``). Treated "for" an
illness or "with symptoms" stays as it was."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def test_people_a_team_treated_are_injured() -> None:
    (got,) = extract_claims(
        "The mountain rescue service said its volunteer medics had treated 85 people, "
        "most of them near the ski lift."
    )
    assert (got.about, got.property) == ("people", "injured")


def test_treated_injured_people_match() -> None:
    (got,) = extract_claims("Clinics in the valley treated 60 injured people, officials said.")
    assert (got.about, got.property) == ("people", "injured")


def test_treated_with_symptoms_is_no_injury() -> None:
    (got,) = extract_claims(
        "The clinic said it was treating 12 patients with symptoms of food poisoning."
    )
    assert got.property != "injured"


def test_treated_for_an_illness_is_no_injury() -> None:
    (got,) = extract_claims(
        "The number of pupils treated for breathing problems rose to 40, the school said."
    )
    assert got.property != "injured"


def test_treated_in_hospital_stays_hospitalized() -> None:
    (got,) = extract_claims("Regional hospitals have now treated 75 people, the ministry said.")
    assert got.property == "hospitalized"


def test_treated_at_the_scene_stays_no_property() -> None:
    (got,) = extract_claims("Volunteer medics treated 25 people at the scene, officials said.")
    assert got.property == "count"


def test_people_a_clinic_treated_are_its_patients() -> None:
    (got,) = extract_claims("Aid workers said the field clinics had now treated 640 people.")
    assert got.property != "injured"


def test_patients_treated_are_no_toll() -> None:
    (got,) = extract_claims("The district hospital has now treated 590 snakebite patients.")
    assert got.property != "injured"
