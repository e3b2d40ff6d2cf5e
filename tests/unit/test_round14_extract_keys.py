"""Round 14: what a measured amount is of names its key, not the sentence's subject."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[float, str]:
    return {c.value: c.metric for c in extract_claims(text) if c.value is not None}


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        (
            "Friday's hail had damaged about 30,000 hectares of farmland in Upper Bavaria, "
            "the farmers' association said.",
            30_000.0,
            "farmland",
        ),
        (
            "Satellite images of the slick off Jose Ignacio showed that at least 15,000 "
            "barrels of oil had been spilled, the group said.",
            15_000.0,
            "oil",
        ),
        ("Drought has destroyed 95,000 hectares of crops, the ministry said.", 95_000.0, "crops"),
    ],
)
def test_a_measure_of_something_is_keyed_by_what_it_measures(
    text: str, value: float, noun: str
) -> None:
    assert _keys(text)[value].split("|")[0] == noun


def test_a_measure_without_of_keeps_its_subject() -> None:
    # nothing says what the hectares are of: the sentence's subject stays the key
    assert _keys("The fire has burned 4,000 hectares in the park.")[4000.0].startswith("fire|")


def test_of_whom_and_of_which_take_the_earlier_figures_noun() -> None:
    keys = _keys(
        "The number of injured remained at 19, of whom nine were still being treated in "
        "hospital, the health service said."
    )
    assert keys[9.0].split("|")[0] == keys[19.0].split("|")[0] == "people"
    keys = _keys(
        "Suspected typhoid cases in the camp have risen to 515, of which 96 have been "
        "confirmed by laboratory tests."
    )
    assert keys[96.0].split("|")[0] == keys[515.0].split("|")[0]
    assert not keys[96.0].startswith(("which", "whom"))


def test_arrests_count_the_people_arrested() -> None:
    keys = _keys(
        "Police have arrested four more people over the shipment of fake tablets, bringing "
        "the number of arrests to six, a police spokesman said."
    )
    assert keys[4.0] == keys[6.0] == "people|arrested"  # not "arrests|supplied"
    assert _keys("Police made 14 arrests.")[14.0] == "people|arrested"
    # a qualified event noun keeps its own key: not every arrest of the story
    assert _keys("Police made 14 drug arrests.")[14.0] != "people|arrested"


def test_the_agent_of_a_counted_participle_is_not_what_is_counted() -> None:
    keys = _keys(
        "The last 62 students held since the raid were freed on Monday night, bringing the "
        "number rescued by security forces to 93, the army said."
    )
    assert keys[93.0].split("|")[0] == keys[62.0].split("|")[0] == "students"
    # "rescued by" without a counting word before it: the noun is not skipped
    keys = _keys("Police said 40 soldiers were rescued by helicopter crews on Monday.")
    assert keys[40.0].startswith("soldiers|") or keys[40.0].startswith("troops|")


def test_what_happened_to_detainees_is_their_property() -> None:
    keys = _keys("Five detainees from Korsby have been taken to hospital, the ministry said.")
    assert keys[5.0].endswith("|hospitalized")
    assert _keys("Three refugees were killed when the boat capsized.")[3.0].endswith("|killed")
    # what they are, when nothing happened to them
    assert _keys("The camp held 198 detainees on Monday.")[198.0].endswith("|captured")
