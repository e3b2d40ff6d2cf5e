"""Round 40: a figure under an event word carries on the story's one bare count of the
same counted noun (brain._story_verb, the other way round): "buried 85 houses"
(``homes|count``), two days later "140 houses had been damaged or destroyed"
(``homes|destroyed``) -- one quantity, two keys.  A qualifier that says what happened to
the things ("restored objects") keeps them another set.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

HOUSES = (
    "h1",
    "2031-07-01T08:00:00Z",
    "Landslides hit Kelvar district",
    "KELVAR, July 1 (KR) - Landslides after three days of rain buried 85 houses in the hill "
    "villages of Kelvar district, the district collector said on Tuesday.",
)
DESTROYED = (
    "h2",
    "2031-07-03T08:00:00Z",
    "Kelvar landslides",
    "KELVAR, July 3 (KR) - The district collector said 140 houses had been destroyed in the "
    "hill villages of Kelvar district.",
)


def _alerts(out: list[tuple[str, bool, list[dict[str, Any]]]], i: int) -> set[tuple[str, str, str]]:
    return {(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in out[i][2]}


def test_an_event_figure_updates_the_story_bare_count_of_its_noun() -> None:
    out = run_stream([HOUSES, DESTROYED])
    assert out[1][0] == out[0][0]
    assert _alerts(out, 1) == {("update", "140", "homes|count")}


def test_a_figure_of_another_size_keeps_its_key() -> None:
    out = run_stream([HOUSES, (*DESTROYED[:3], DESTROYED[3].replace("140", "12"))])
    assert _alerts(out, 1) == {("new_figure", "12", "homes|destroyed")}


def test_a_qualifier_saying_what_happened_to_them_is_another_set() -> None:
    restored = (
        "o1",
        "2031-02-12T08:00:00Z",
        "Fire at Kelvard museum",
        "KELVARD, Feb 12 (KR) - A fire in the east wing of the Kelvard Museum of Antiquities "
        "damaged about 6,000 restored objects, the museum said.",
    )
    rescued = (
        "o2",
        "2031-02-14T08:00:00Z",
        "Kelvard museum rescue",
        "KELVARD, Feb 14 (KR) - The Kelvard Museum of Antiquities says 8,500 objects have been "
        "rescued from the fire-damaged east wing.",
    )
    out = run_stream([restored, rescued])
    assert out[1][0] == out[0][0]
    assert _alerts(out, 1) == {("new_figure", "8,500", "objects|rescued")}


def test_no_join_when_the_bare_count_filed_two_values_in_one_report() -> None:
    # the bare count's latest report holds 85 buried houses and a stock of 400 empty
    # houses (one key, two quantities): a later event figure near one of them is no guess
    two_values = (
        HOUSES[0],
        HOUSES[1],
        HOUSES[2],
        HOUSES[3] + " The district has about 400 houses standing empty since the 2024 floods, "
        "the collector said.",
    )
    out = run_stream([two_values, DESTROYED])
    assert out[1][0] == out[0][0]
    assert ("update", "140", "homes|count") not in _alerts(out, 1)
