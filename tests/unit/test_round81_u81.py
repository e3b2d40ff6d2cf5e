"""Round 81 (u81): a count of people its sentence reads as those held now ("Police say 19
people are now under arrest", "bringing to nine the number held") carries on the story's
one arrest count (``brain.aliases._story_held``, reached from ``_story_running``): the
extractor reads "arrested" and "detained" as the arrest role, not "under arrest", "in
custody" or "the number held".  Invented names, places and values."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import aliases
from tests.unit.streams import run_stream

_OPENING = (
    "a1",
    "2026-09-08T08:00:00Z",
    "Arrests over Kelby harbour fuel thefts",
    "KELBY, Sept 8 (Test Wire) - Police in Kelby said on Tuesday that 12 people had been "
    "arrested over the theft of fuel from tankers moored in the town's harbour.\n\nThe "
    "harbour master said the thefts had gone on for at least two years.",
)


def _second(text: str) -> tuple[str, str, str, str]:
    return ("a2", "2026-09-11T08:00:00Z", "More held over Kelby fuel thefts", text)


def _alerts(text: str) -> list[list[tuple[str, str, str]]]:
    return [
        [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in al]
        for _, _, al in run_stream([_OPENING, _second(text)])
    ]


HELD = (
    "KELBY, Sept 11 (Other Wire) - Prosecutors say 19 people are now under arrest over the "
    "Kelby harbour fuel thefts, after raids on two boatyards."
)


@pytest.mark.parametrize(
    "text",
    [
        HELD,
        # the same count in custody, and with the step the report adds
        "KELBY, Sept 11 (Other Wire) - Police say 19 people are now in custody over the Kelby "
        "harbour fuel thefts, after seven more were detained in raids on two boatyards.",
    ],
)
def test_a_count_of_people_held_moves_the_story_s_arrest_count(text: str) -> None:
    first, second = _alerts(text)
    assert first == [("new_figure", "12", "people|arrested")]
    assert second == [("update", "19", "people|arrested")]


def test_without_the_rule_the_move_is_lost(monkeypatch: Any) -> None:
    monkeypatch.setattr(aliases, "_story_held", lambda *_a: None)
    _, second = _alerts(HELD)
    assert second == [("new_figure", "19", "people|count")]  # a first figure of "people"


@pytest.mark.parametrize(
    "text",
    [
        # people held with no word of custody: hostages, crowds, anyone
        "KELBY, Sept 11 (Other Wire) - Prosecutors say 19 people were questioned over the "
        "Kelby harbour fuel thefts, after raids on two boatyards.",
        # held now, but far from the arrest count on record
        "KELBY, Sept 11 (Other Wire) - Prosecutors say 90 people are now under arrest over "
        "the Kelby harbour fuel thefts, after raids on two boatyards.",
    ],
)
def test_no_custody_wording_or_a_value_far_off_keeps_the_key(text: str) -> None:
    _, second = _alerts(text)
    assert all(kind != "update" for kind, _, _ in second)


def test_the_held_wording() -> None:
    def reads(quote: str, text: str) -> bool:
        i = quote.index(text)
        return bool(
            aliases._HELD_AFTER.match(quote[i + len(text) :])
            or aliases._HELD_BEFORE.search(quote[max(0, i - 120) : i])
        )

    assert reads("Police say eight people are now under arrest.", "eight")
    assert reads("He said 14 suspects remain in police custody.", "14")
    assert reads("Police arrested two more, bringing to nine the number held.", "nine")
    assert reads("That brings the number of people held to six.", "six")
    assert reads("The number arrested over the attack has risen to four.", "four")
    # the look-alikes: hostages held, a count set a clause after the cue
    assert not reads("Ninety people were still being held on the ferry.", "Ninety")
    assert not reads("The number held rose, police said, and 40 were released.", "40")


def test_a_step_of_the_count() -> None:
    def claim(quote: str, text: str) -> dict[str, Any]:
        return {"quote": quote, "text": text}

    assert aliases._a_step(claim("after seven more were detained", "seven"))
    assert aliases._a_step(claim("a further 3 arrests were made", "3"))
    assert not aliases._a_step(claim("the 12 people arrested on Tuesday", "12"))
