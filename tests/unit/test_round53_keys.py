"""Round 53 (y53): a part of the counted people in a further state -- in hospital now,
in a serious condition -- is a quantity of its own, keyed apart from the running total
of those taken to hospital or hurt; two readings of the same state share one key."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims


def metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Eight hikers remained in hospital in Tarnby on Tuesday.", "Eight"),
        ("Fourteen of the injured were still in hospital on Sunday.", "Fourteen"),
        ("Seven of the wounded were still being treated at the base clinic.", "Seven"),
        ("The clinic said 33 patients are now in hospital.", "33"),
        ("The number of patients in hospital rose to 240 on Friday.", "240"),
        ("There are 45 people in the Selby county hospital tonight.", "45"),
    ],
)
def test_people_in_hospital_now_are_a_state_of_their_own(text: str, figure: str) -> None:
    assert metrics(text)[figure].endswith("|hospitalized|current")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Three of the injured were in a serious condition, the ambulance service said.", "Three"),
        ("Four of the injured remained in critical condition overnight.", "Four"),
        ("Two of the wounded were in intensive care on Monday.", "Two"),
    ],
)
def test_people_in_a_grave_state_are_a_part_of_their_own(text: str, figure: str) -> None:
    assert metrics(text)[figure].endswith("|serious")


def test_taken_to_hospital_and_still_there_are_two_quantities() -> None:
    got = metrics(
        "Forty-two people were taken to hospital after the crash. "
        "Ten people remained in hospital on Thursday."
    )
    assert got["Forty-two"] == "people|hospitalized"
    assert got["Ten"] == "people|hospitalized|current"


def test_a_part_set_off_in_a_grave_state_is_a_quantity_of_its_own() -> None:
    got = metrics("Twenty miners remain in hospital, three of them in critical condition.")
    assert got["Twenty"] == "miners|hospitalized|current"
    assert got["three"] == "miners|hospitalized|serious"


def test_two_readings_of_those_still_in_hospital_share_one_key() -> None:
    got = metrics(
        "Fifteen people remained in hospital on Monday. Six people remained in hospital on Friday."
    )
    assert got["Fifteen"] == got["Six"]


@pytest.mark.parametrize(
    "text",
    [
        "Twenty people were hospitalised after the leak.",
        "Eighteen people were taken to hospital.",
        "Eleven people were treated in the county hospital.",
        "Thirty people were injured and 12 remain missing.",
    ],
)
def test_a_running_total_or_a_toll_keeps_its_key(text: str) -> None:
    assert not any(k.endswith(("|current", "|serious")) for k in metrics(text).values())
