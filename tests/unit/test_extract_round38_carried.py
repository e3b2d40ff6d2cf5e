"""Round 38: people a verb carries somewhere ("buses had taken 1,700 people to a former
army barracks", "had moved 300 people overnight to ...") are the people moved, as "had
been moved to" reads (``arrived``), not a plain count of the people the story is about
(h14-3-4: filed ``people|count`` beside the 2,600 stranded, a false contradiction);
"taken to hospital" stays a hospitalisation, and a verb with no "to" stays what it was."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metric(text: str, figure: str) -> str:
    (claim,) = [c for c in extract_claims(text) if c.text == figure]
    return claim.metric


def test_people_carried_to_a_place_are_the_people_moved() -> None:
    taken = _metric(
        "By Thursday afternoon buses had taken 1,700 people to a former army barracks, "
        "the interior ministry said.",
        "1,700",
    )
    moved = _metric("Buses had moved 300 people overnight to a barracks, the ministry said.", "300")
    passive = _metric("The ministry said 1,700 people had been moved to a barracks.", "1,700")
    assert taken == moved == passive == "people|arrived"


def test_taken_to_hospital_is_still_a_hospitalisation() -> None:
    assert _metric("Ambulances took 17 people to hospital.", "17") == "people|hospitalized"


def test_no_place_no_move() -> None:
    assert _metric("The rebels had taken 40 people hostage.", "40") == "people|count"
    stranded = _metric("The IRO said 2,600 people were stranded at the station.", "2,600")
    assert stranded != "people|arrived"
