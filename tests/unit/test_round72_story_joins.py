"""Round 72 (j72): a report days on that names two of a story's rare names, its event noun
in the headline and a kind of figure the story tracks joins it though its terms fall short
of the score needed (brain.joins._named_follow_up): a follow-up brings new actors (an
insurer, bailiffs, a trustee) and their words, so it opened a story of its own and its
moved figure read as a first one."""

from __future__ import annotations

from typing import Any

from claimlogic.brain.joins import _named_follow_up
from claimlogic.brain.state import BrainConfig
from tests.unit.streams import run_stream

_STORY = "Floods cut off Corlan villages as Vessa river bursts banks"
_FIRST = (
    "CORLAN, May 3 (Orlen Wire) - The Vessa river burst its banks on Tuesday, cutting off "
    "villages across Corlan province, the regional emergency office said.\n"
    "\n"
    "The office said 1,200 homes had been flooded and 340 people had been moved to shelters. "
    "Governor Ilse Marrow said army boats were on their way.\n"
)
_SECOND = (
    "KESSBY (Kessby Gazette) - Harlow Mutual, the region's largest home insurer, said on "
    "Saturday it was preparing for a heavy bill after the Vessa burst its banks in Corlan.\n"
    "\n"
    "The emergency office said 1,650 homes had been flooded. Brokers at Tamsin Wren said "
    "premiums across the valley would rise next year, and Harlow Mutual chief Odile Brandt "
    "said loss adjusters had been sent from the capital.\n"
)


def _run(title: str, when: str = "2031-05-07T10:00:00Z") -> list[tuple[str, bool, list[Any]]]:
    return run_stream(
        [
            ("b1", "2031-05-03T09:00:00Z", _STORY, _FIRST, "Orlen Wire"),
            ("b2", when, title, _SECOND, "Kessby Gazette"),
        ]
    )


def _kinds(alerts: list[Any]) -> list[tuple[str, str]]:
    return [(a["kind"], a["claim"]["text"]) for a in alerts]


def test_named_follow_up_with_the_event_noun_joins_and_its_figure_moves() -> None:
    (s1, _, _), (s2, new, alerts) = _run("Insurers brace as Corlan flood bill grows")
    assert s2 == s1 and not new
    assert _kinds(alerts) == [("update", "1,650")]


def test_named_follow_up_weeks_on_joins_too() -> None:
    # 17 days on, beyond the brief joins' 14 days: the need rises, the evidence is the same
    (s1, _, _), (s2, new, alerts) = _run(
        "Insurers brace as Corlan flood bill grows", "2031-05-20T10:00:00Z"
    )
    assert s2 == s1 and not new
    assert _kinds(alerts) == [("update", "1,650")]


def test_named_report_without_the_event_noun_stays_apart() -> None:
    # the same names, but the headline tells of another event: no guess on the terms
    (s1, _, _), (s2, new, alerts) = _run("Insurers brace for Corlan storm bill")
    assert s2 != s1 and new
    assert _kinds(alerts) == [("new_figure", "1,650")]


def _terms(*names: str) -> dict[str, float]:
    return {"e:" + n: 1.0 for n in names}


def test_named_follow_up_needs_two_distinct_rare_names_and_a_figure_kind() -> None:
    config = BrainConfig()
    story = {"title": "Kessholt Steel enters rescue owing 12 billion", "metrics": ["debts|amount"]}
    profile = _terms("kessholt", "kessholt steel", "steel", "tembani")
    art = {
        "title": "Rescue practitioner finds bigger debts",
        "claims": [{"metric": "debts|amount", "value": 14.0}],
    }
    dfs = {"e:kessholt": 1, "e:kessholt steel": 1, "e:steel": 1, "e:tembani": 1}
    # one name in three forms ("kessholt", "kessholt steel", "steel") is one name
    vec = _terms("kessholt", "kessholt steel", "steel")
    assert not _named_follow_up(art, vec, story, profile, dfs, config)
    # two names of the story's
    vec = _terms("kessholt", "kessholt steel", "steel", "tembani")
    assert _named_follow_up(art, vec, story, profile, dfs, config)
    # ... that many stories hold say nothing
    common = {**dfs, "e:tembani": config.brief_max_df + 1}
    assert not _named_follow_up(art, vec, story, profile, common, config)
    # no figure of a kind the story tracks
    other = {**art, "claims": [{"metric": "jobs|count", "value": 900.0}]}
    assert not _named_follow_up(other, vec, story, profile, dfs, config)


def test_named_report_of_another_place_stays_apart() -> None:
    # two names in common (a minister, a union) and the event noun, but the story is about
    # one town and the report's headline about another the story does not know
    config = BrainConfig()
    story = {"title": "Shooting at Varnley market", "metrics": ["people|killed"]}
    profile = _terms("varnley", "orla", "orla penn", "dockers union")
    dfs = {"e:orla penn": 1, "e:dockers union": 1, "e:orla": 1}
    art = {
        "title": "Shooting at Tesford depot",
        "claims": [{"metric": "people|killed", "value": 3.0}],
    }
    vec = _terms("tesford", "orla", "orla penn", "dockers union")
    assert not _named_follow_up(art, vec, story, profile, dfs, config)
    # the report's headline names no place the story lacks: a follow-up
    art = {**art, "title": "Shooting toll rises to three"}
    assert _named_follow_up(art, vec, story, profile, dfs, config)
