"""Round 42: a death toll whose cause is a long phrase ("The death toll from the
collision between a freight train and a minibus at the A7 level crossing rose to 17
overnight") is the toll of people killed, not a key of its own: the subject search
stopped after three hops, a road's name ("A7") was read as a figure, and a word of time
after the figure was taken as its noun."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _claim(text: str):  # type: ignore[no-untyped-def]
    (got,) = [c for c in extract_claims(text) if c.value == 17]
    return got


def test_long_cause_phrase_is_still_the_toll() -> None:
    got = _claim(
        "The death toll from the pile-up between a fuel tanker and two buses on the "
        "coast road near the harbour rose to 17, police said."
    )
    assert (got.about, got.property) == ("people", "killed")


def test_road_name_and_time_word() -> None:
    got = _claim(
        "The death toll from the collision between a freight train and a minibus at the "
        "A7 level crossing rose to 17 overnight, police said."
    )
    assert (got.about, got.property) == ("people", "killed")


def test_short_toll_unchanged() -> None:
    got = _claim("The death toll from the fire rose to 17, police said.")
    assert (got.about, got.property) == ("people", "killed")
