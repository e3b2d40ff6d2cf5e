"""Round 85 (s85): a named follow-up (``joins._named_follow_up``) that another story
scores near joins none of them, as before, unless the report is a named follow-up of that
story too: then the near story is a second story of the same event (opened by an earlier
report that missed the first) and the report joins the higher-scoring of the two.  The
choice is tested on ``joins._best_story`` with the scores and the named-follow-up verdicts
set per story, so only the choice among the candidates is under test.  Invented names."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from claimlogic import stories
from claimlogic.brain import BrainConfig, joins

_DAY = 86400.0
_T0 = 2_000_000_000.0


def _story(sid: str) -> dict[str, object]:
    return {
        "id": sid,
        "title": "Tarnholm ferry fares",
        "first_article": sid,
        "t0": _T0,
        "t1": _T0,
        "profile": stories.pack_profile({"e:tarnholm": 1.0, "mark:" + sid: 1.0}),
        "metrics": [],
    }


def _choose(
    monkeypatch: pytest.MonkeyPatch,
    scores: Mapping[str, float],
    named: set[str],
    gap_days: float = 20.0,
) -> str | None:
    """``_best_story`` over stories ``scores`` (story id -> score, three shared names
    each), the report a named follow-up of the stories in ``named``."""

    def score_weighed(_w: object, profile: Mapping[str, float]) -> tuple[float, int]:
        sid = next(t[5:] for t in profile if t.startswith("mark:"))
        return scores[sid], 3

    def named_follow_up(_a: object, _v: object, st: Mapping[str, object], *_rest: object) -> bool:
        return st["id"] in named

    monkeypatch.setattr(stories, "score_weighed", score_weighed)
    monkeypatch.setattr(joins, "_named_follow_up", named_follow_up)
    st_table = {sid: _story(sid) for sid in scores}
    hits = {sid: [sc, 3] for sid, sc in scores.items()}
    vec = {"e:tarnholm": 1.0, "e:orsa line": 1.0, "e:kelby": 1.0, "fare": 1.0}
    a = {"id": "r", "title": "Orsa Line raises Tarnholm fares again", "claims": []}
    return joins._best_story(
        a, vec, hits, {}, 100, _T0 + gap_days * _DAY, st_table, BrainConfig(), None
    )


def test_a_named_follow_up_alone_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _choose(monkeypatch, {"s1": 0.30}, {"s1"}) == "s1"


def test_near_tied_by_a_second_story_it_also_follows_it_joins_the_higher(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _choose(monkeypatch, {"s1": 0.30, "s2": 0.29}, {"s1", "s2"}) == "s1"
    assert _choose(monkeypatch, {"s1": 0.28, "s2": 0.30}, {"s1", "s2"}) == "s2"


def test_near_tied_by_a_story_it_does_not_follow_it_joins_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the rival shares names but not the event: two events the terms do not tell apart
    assert _choose(monkeypatch, {"s1": 0.30, "s2": 0.29}, {"s1"}) is None
    # a third story it does not follow, near the two it does, still stops it
    assert _choose(monkeypatch, {"s1": 0.30, "s2": 0.29, "s3": 0.27}, {"s1", "s2"}) is None


def test_a_far_rival_never_mattered(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _choose(monkeypatch, {"s1": 0.30, "s2": 0.10}, {"s1"}) == "s1"
