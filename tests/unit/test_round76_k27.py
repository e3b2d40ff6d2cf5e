"""Round 76 (k27): another body's reading of a key, a sentence or more up the article.

Rule (brain ``_same_key_answered``, asked by ``_other_noun_rival`` when the key is one the
story already holds): two named bodies give figures under one key of the story, not side
by side, so the side-by-side finders never paired them.  A figure whose sentence sets it
against another's (a comparison, a turn, a led figure; or its own "only", "its own
count", what the other count left out -- for the speaker's own reading, or in an article
whose sources disagree) answers the one figure of that key another named body gave
earlier in the article.  A plain second reading with no such words is left alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import BrainConfig, new_tables, rivals
from claimlogic.brain.state import _Scene
from tests.unit.streams import count_claim

KEY = "sheep|killed"
MINISTRY = "The ministry said 14,000 sheep had died on hill farms in the province."
BETWEEN = "Snowploughs reached the last cut-off villages on Sunday night."


def _claim(value: float, text: str, quote: str, source: str, start: int) -> dict[str, Any]:
    return count_claim(value, text, quote, KEY, source=source, start=start, end=start + len(text))


def _scene(
    monkeypatch: pytest.MonkeyPatch, claims: list[dict[str, Any]], filed: list[dict[str, Any]]
) -> _Scene:
    """An article ``a1`` whose figures ``filed`` are already in the ledger under KEY."""
    entry = {"figures": [{"article": {"id": "a1"}, "claim": c} for c in filed]}
    monkeypatch.setattr(rivals, "_ledger_entry", lambda _t, _s, m: entry if m == KEY else None)
    return _Scene(new_tables(), "s1", {"metrics": [KEY]}, claims, "a1", BrainConfig())


def _association(monkeypatch: pytest.MonkeyPatch, sentence: str, text: str, value: float) -> Any:
    ministry = _claim(14000, "14,000", MINISTRY, "ministry", 100)
    mine = _claim(value, text, sentence, "Hill Farmers' Association", 400)
    scene = _scene(monkeypatch, [ministry, mine], [ministry])
    return rivals._other_noun_rival(scene, 1, KEY, compared=False, quarrelling=True)


def test_a_reading_set_against_the_other_body_farther_up_answers_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = "The Hill Farmers' Association said only 9,000 sheep had died on its members' farms."
    assert _association(monkeypatch, said, "9,000", 9000) == (KEY, 14000.0)


def test_the_rule_patched_off_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same pair with the round-76 finder stubbed out: no other finder looks there
    monkeypatch.setattr(rivals, "_same_key_answered", lambda *a, **k: None)
    said = "The Hill Farmers' Association said only 9,000 sheep had died on its members' farms."
    assert _association(monkeypatch, said, "9,000", 9000) is None


def test_a_plain_second_reading_outside_a_quarrel_stays_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ministry = _claim(14000, "14,000", MINISTRY, "ministry", 100)
    said = "The Hill Farmers' Association said 9,000 sheep had died on its members' farms."
    mine = _claim(9000, "9,000", said, "Hill Farmers' Association", 400)
    scene = _scene(monkeypatch, [ministry, mine], [ministry])
    assert rivals._other_noun_rival(scene, 1, KEY, compared=False, quarrelling=False) is None


def test_two_other_readings_of_the_key_are_no_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    ministry = _claim(14000, "14,000", MINISTRY, "ministry", 100)
    vets_q = "Vets said 12,000 sheep had died of cold and thirst."
    vets = _claim(12000, "12,000", vets_q, "vets", 200)
    said = "The Hill Farmers' Association said only 9,000 sheep had died on its members' farms."
    mine = _claim(9000, "9,000", said, "Hill Farmers' Association", 400)
    scene = _scene(monkeypatch, [ministry, vets, mine], [ministry, vets])
    assert rivals._other_noun_rival(scene, 2, KEY, compared=False, quarrelling=True) is None


def test_the_speakers_own_reading_here_makes_a_second_count_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ministry = _claim(14000, "14,000", MINISTRY, "ministry", 100)
    own_q = "The Hill Farmers' Association said 20,000 sheep were still missing."
    own = _claim(20000, "20,000", own_q, "Hill Farmers' Association", 200)
    said = "The Hill Farmers' Association said only 9,000 sheep had died on its members' farms."
    mine = _claim(9000, "9,000", said, "Hill Farmers' Association", 400)
    scene = _scene(monkeypatch, [ministry, own, mine], [ministry, own])
    assert rivals._other_noun_rival(scene, 2, KEY, compared=False, quarrelling=True) is None


def test_a_compared_sentence_needs_no_cue_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    ministry = _claim(14000, "14,000", MINISTRY, "ministry", 100)
    said = "The Hill Farmers' Association gave a far higher figure, saying 31,000 sheep had died."
    mine = _claim(31000, "31,000", said, "Hill Farmers' Association", 400)
    scene = _scene(monkeypatch, [ministry, mine], [ministry])
    assert rivals._other_noun_rival(scene, 1, KEY, compared=True) == (KEY, 14000.0)
