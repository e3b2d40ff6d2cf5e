"""Round 37: "About 40 fishing boats ... joined the search, the harbour master said"
(h50-4-2, after "The navy said 11 ships were now in the search area") counts another set
of boats than the navy's ships: a word before the head noun that the other key lacks
("fishing") names a narrower group, so round 23's noun-class join does not file it as
the other side of the navy's count.  The same sentence without the narrowing word still
joins and contradicts."""

from __future__ import annotations

from claimlogic import brain
from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

_LEAD = (
    "SKERRHAVN - The navy said 11 ships were now in the search area for the missing "
    "submersible on Thursday. Divers waited for calmer weather. "
)


def _alerts(text: str) -> list[tuple[str, float, str]]:
    ((_, _, al),) = run_stream(
        [("a1", "2026-08-14T14:00:00Z", "Search widens", text)], BrainConfig()
    )
    return [(a["kind"], a["claim"]["value"], a["metric"]["key"]) for a in al]


def test_fishing_boats_are_no_rival_reading_of_the_navys_ships() -> None:
    got = _alerts(
        _LEAD + "About 40 fishing boats from the nearby villages joined the search, the "
        "harbour master said."
    )
    assert all(k != "contradiction" for k, _, _ in got)
    assert ("new_figure", 40.0, "fishing boats|count") in got


def test_boats_without_a_narrowing_word_still_contradict() -> None:
    got = _alerts(
        _LEAD + "The harbour master said about 40 boats were in the search area on Thursday."
    )
    assert ("contradiction", 40.0, "ships|count") in got


def test_narrower() -> None:
    assert brain._narrower("fishing boats", "ships")
    assert brain._narrower("replacement buses", "buses")
    assert not brain._narrower("boats", "fishing boats")
    assert not brain._narrower("council flats", "council owned flats")
    assert not brain._narrower("sheep", "animals")
