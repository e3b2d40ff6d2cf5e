"""Round 43: the second part of a group named after "including" / "include(d)" ("The 14
dead include nine villagers and five soldiers") is a part like the first (round 40's
``_named_in_its_group``): a key of its own (``about?digest``); the group keeps its key."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_both_parts_of_a_group_are_keys_of_their_own() -> None:
    keys = _keys("The 14 dead include nine villagers and five soldiers, officials said.")
    assert _own(keys["nine"]), keys
    assert _own(keys["five"]), keys
    assert not _own(keys["14"]), keys
    keys = _keys("Police arrested 30 people, including 12 students and four teachers.")
    assert _own(keys["four"]), keys


def test_two_counts_joined_by_and_without_including_keep_their_keys() -> None:
    keys = _keys("Police arrested 12 students and four teachers on Monday.")
    assert not any(_own(k) for k in keys.values()), keys
