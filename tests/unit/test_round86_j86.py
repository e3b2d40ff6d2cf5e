"""Round 86 (j86): past ``story_max_gap_s`` (60 days) and within ``_LONG_JOIN_GAP_S``
(120 days), a named follow-up (``joins._named_follow_up``) that names three distinct rare
names of the story's is weighed on the same share of the strong threshold it met just
inside 60 days (``joins._named_long_follow_up``), not on round 73's four names and 0.35.
The join is tested on ``joins._best_story`` with the report's score set and the
named-follow-up verdict set per story, so only the need past 60 days is under test; the
helper's guards are tested directly.  Invented names."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from claimlogic import stories
from claimlogic.brain import BrainConfig, joins

_DAY = 86400.0
_T0 = 2_000_000_000.0

#: a story about a ferry firm's fare case in Tarnholm: three rare names
_PROFILE = {"e:tarnholm": 1.0, "e:orsa line": 1.0, "e:kelby": 1.0, "fare": 1.0}


def _story(sid: str, profile: Mapping[str, float]) -> dict[str, object]:
    return {
        "id": sid,
        "title": "Orsa Line overcharged Tarnholm ferry passengers, regulator says",
        "first_article": sid,
        "t0": _T0,
        "t1": _T0,
        "profile": stories.pack_profile({**profile, "mark:" + sid: 1.0}),
        "metrics": [],
    }


def _choose(
    monkeypatch: pytest.MonkeyPatch,
    score: float,
    gap_days: float,
    ents: int = 3,
    named: bool = True,
    vec: Mapping[str, float] | None = None,
) -> str | None:
    """``_best_story`` for a report ``gap_days`` after the one story, scoring ``score``
    on ``ents`` shared names, a named follow-up of it when ``named``."""

    def score_weighed(_w: object, _profile: Mapping[str, float]) -> tuple[float, int]:
        return score, ents

    def named_follow_up(*_args: object) -> bool:
        return named

    monkeypatch.setattr(stories, "score_weighed", score_weighed)
    monkeypatch.setattr(joins, "_named_follow_up", named_follow_up)
    st_table = {"s1": _story("s1", _PROFILE)}
    hits = {"s1": [score, ents]}
    vec = vec or {"e:tarnholm": 1.0, "e:orsa line": 1.0, "e:kelby": 1.0, "fare": 1.0}
    a = {
        "id": "r",
        "title": "Orsa Line fined over Tarnholm ferry overcharging; court trims refund count",
        "claims": [],
    }
    return joins._best_story(
        a, vec, hits, {}, 100, _T0 + gap_days * _DAY, st_table, BrainConfig(), None
    )


def test_a_named_follow_up_75_days_on_with_three_rare_names_joins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 0.28 on three shared names: below round 73's four names and 0.35, above 0.225
    assert _choose(monkeypatch, 0.28, 75.0) == "s1"
    assert _choose(monkeypatch, 0.28, 110.0) == "s1"


def test_with_the_rule_off_it_opened_a_story_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(joins, "_named_long_follow_up", lambda *_a: False)
    assert _choose(monkeypatch, 0.28, 75.0) is None


def test_just_inside_60_days_it_joined_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(joins, "_named_long_follow_up", lambda *_a: False)
    assert _choose(monkeypatch, 0.28, 58.0) == "s1"


def test_guards(monkeypatch: pytest.MonkeyPatch) -> None:
    # not a named follow-up (no shared event word, no tracked figure): no join
    assert _choose(monkeypatch, 0.28, 75.0, named=False) is None
    # past 120 days: the long joins' business, not this one's
    assert _choose(monkeypatch, 0.28, 130.0) is None
    # terms below the share of the strong threshold
    assert _choose(monkeypatch, 0.20, 75.0) is None
    # two rare names of the story's only (the third name is the report's own)
    two = {"e:tarnholm": 1.0, "e:orsa line": 1.0, "e:vessby": 1.0, "fare": 1.0}
    assert _choose(monkeypatch, 0.28, 75.0, vec=two) is None


def test_the_helper() -> None:
    config = BrainConfig()
    vec = {"e:tarnholm": 1.0, "e:orsa line": 1.0, "e:kelby": 1.0}
    assert joins._named_long_follow_up(75 * _DAY, 0.28, vec, _PROFILE, {}, config)
    assert not joins._named_long_follow_up(40 * _DAY, 0.28, vec, _PROFILE, {}, config)
    assert not joins._named_long_follow_up(75 * _DAY, 0.22, vec, _PROFILE, {}, config)
    # a name many stories hold is no rare name ("kelby" in 30 stories)
    dfs = {"e:kelby": 30}
    assert not joins._named_long_follow_up(75 * _DAY, 0.28, vec, _PROFILE, dfs, config)
    # "orsa" inside "orsa line" is one name, not two
    vec2 = {"e:tarnholm": 1.0, "e:orsa line": 1.0, "e:orsa": 1.0}
    prof2 = {**_PROFILE, "e:orsa": 1.0}
    assert not joins._named_long_follow_up(75 * _DAY, 0.28, vec2, prof2, {}, config)
    # round 73's many-names share off: this one is off with it
    off = BrainConfig(story_many_entities=0)
    assert not joins._named_long_follow_up(75 * _DAY, 0.28, vec, _PROFILE, {}, off)
