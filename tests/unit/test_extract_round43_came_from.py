"""Round 43: "N X from M Y" ("About 200 firefighters from nine stations", "some 150
rescuers from four mines") counts where a group came from, no quantity the story tracks:
a key of its own (``about?digest``); the group's own count keeps its key."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_where_a_group_came_from_is_a_key_of_its_own() -> None:
    keys = _keys("About 200 firefighters from nine stations fought the blaze overnight.")
    assert _own(keys["nine"]), keys
    assert not _own(keys["About 200"]), keys
    keys = _keys("Some 150 rescuers from four neighbouring mines joined the search.")
    assert _own(keys["four"]), keys


def test_a_change_from_one_figure_to_another_keeps_its_keys() -> None:
    keys = _keys("The number of people in shelters rose from 240 to 310 overnight.")
    assert not any(_own(k) for k in keys.values()), keys
