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
