"""Round 71 (a71): a later article's count under the bare head noun of several story keys
(``hostages|count`` against the story's "freed hostages|count" and "foreign
hostages|count") carries on the one whose latest report lies near it
(brain._story_head_nearest); far from both, it keeps its own key."""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

_RAID = (
    "KORVA, May 4 (NW) - Soldiers stormed a rebel camp in the hills near Korva on Monday, "
    "and the army said 48 freed hostages had reached the border town of Velm by the evening.\n\n"
    "The rebels still hold 300 foreign hostages in camps further north, officials said. "
    "Negotiators were talking to the rebel leaders, the ministry said.\n"
)


def _home(lede: str) -> list[Any]:
    second = (
        "KORVA, May 9 (NW) - "
        + lede
        + "\n\nFamilies gathered in Velm on Saturday to greet relatives held for months by "
        "rebels in the hills near Korva after the army stormed their camp. Negotiators were "
        "still talking to the rebel leaders about the others, the ministry said.\n"
    )
    out = run_stream(
        [
            ("a1", "2031-05-04T09:00:00Z", "Army frees hostages near Korva", _RAID),
            ("a2", "2031-05-09T09:00:00Z", "Freed Korva hostages come home", second),
        ]
    )
    assert out[0][0] == out[1][0], "one story"
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in out[1][2]]


def test_a_bare_head_count_near_one_of_two_qualified_keys_carries_that_key_on() -> None:
    got = _home(
        "In all 67 hostages have come home since the army stormed a rebel camp near Korva, "
        "the deputy minister said on Saturday."
    )
    assert ("update", "67", "freed hostages|count") in got, got


def test_a_bare_head_count_far_from_every_qualified_key_keeps_its_own_key() -> None:
    got = _home(
        "In all 700 hostages have come home since the army stormed a rebel camp near Korva, "
        "the deputy minister said on Saturday."
    )
    assert ("new_figure", "700", "hostages|count") in got, got


_COLLAPSE = (
    "SKARDAL, March 3 (NW) - Four miners were missing on Tuesday after a tunnel collapsed at "
    "the Skardal copper mine, the mine operator said, and rescue teams were digging through "
    "the night.\n\n"
    "The operator said the tunnel had been inspected in January. The regional mining office "
    "sent engineers to the site.\n"
)


def _rescue(sentence: str) -> list[Any]:
    second = (
        "SKARDAL, March 5 (NW) - Rescuers pulled three men alive from the collapsed tunnel at "
        "the Skardal copper mine on Thursday, the mine operator said. "
        + sentence
        + "\n\nThe regional mining office said its engineers were checking the other tunnels "
        "at the mine.\n"
    )
    out = run_stream(
        [
            (
                "a1",
                "2031-03-03T09:00:00Z",
                "Miners missing after Skardal tunnel collapse",
                _COLLAPSE,
            ),
            ("a2", "2031-03-05T09:00:00Z", "Three Skardal miners found alive", second),
        ]
    )
    assert out[0][0] == out[1][0], "one story"
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in out[1][2]]


def test_those_still_missing_under_another_noun_carry_the_story_missing_count_on() -> None:
    got = _rescue("One worker is still missing.")
    assert ("update", "One", "miners|missing") in got, got


def test_a_missing_figure_not_read_as_still_missing_keeps_its_own_key() -> None:
    got = _rescue("One worker went missing on Thursday in a second rockfall.")
    assert ("new_figure", "One", "workers|missing") in got, got
