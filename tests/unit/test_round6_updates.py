"""Round 6: update recall. One key per people role inside a story, same-day follow-ups
that name other officials join their story, and a toll that says it moved ("rose to",
"bringing the toll to") is an update even when its article names other people."""

from __future__ import annotations

import pytest

from claimlogic import brain, ledger
from claimlogic.brain import BrainConfig
from claimlogic.extract import extract_claims
from tests.unit.streams import run_stream

T0 = 1_760_000_000.0
CFG = BrainConfig()


def _run(items: list[tuple[str, str, str, str]], config: BrainConfig = CFG) -> list:
    return run_stream(items, config)


@pytest.mark.parametrize(
    ("metric", "story", "want"),
    [
        ("people|injured", ["workers|injured"], "workers|injured"),
        ("victims|killed", ["miners|killed"], "miners|killed"),
        ("construction|killed", ["people|killed"], "people|killed"),  # not a noun of people
        ("eight|killed", ["people|killed"], "people|killed"),
        ("patients|hospitalized", ["people|hospitalized"], "people|hospitalized"),
        ("sheriff deputies|injured", ["workers|injured"], None),  # a named group
        ("children|killed", ["people|killed"], None),
        ("people|killed", ["children|killed", "adults|killed"], None),  # two groups
        ("people|count", ["workers|count"], None),  # not a role
        ("people|killed", ["people|injured"], None),  # no key for that role
        # round 10: the people a role is about in a rescue or a crash, not a group
        ("survivors|rescued", ["people|rescued"], "people|rescued"),
        ("passengers|missing", ["people|missing"], "people|missing"),
        ("passengers|hospitalized", ["people|hospitalized"], "people|hospitalized"),
        ("passengers|missing", ["crew|missing", "people|missing"], None),  # two groups
        ("passengers|count", ["people|count"], None),  # not a role: aboard vs total
    ],
)
def test_one_key_per_people_role(metric: str, story: list[str], want: str | None) -> None:
    assert brain._story_role(story, metric) == want


@pytest.mark.parametrize(
    ("quote", "moved"),
    [
        ("The number of people killed rose to 11 on Monday evening", True),
        ("Four more people died overnight, bringing the toll to 25", True),
        ("MEMA revised the number injured to 58", True),
        ("The death toll now stands at 14", True),
        ("Police said 17 people were killed", False),
        ("The Red Cross said 26 people had died", False),
    ],
)
def test_toll_moved_cues(quote: str, moved: bool) -> None:
    assert ledger.toll_moved({"quote": quote}) is moved


FIRST = (
    "a1",
    "2026-03-03T08:00:00Z",
    "Tainted spirits kill six in Varnhollow",
    "VARNHOLLOW, Estmark, March 3 (NWS) - Six people have died in Varnhollow district after "
    "drinking tainted spirits sold at a bar in Kessel Market, police commander Orin Valdt "
    "said on Tuesday. Doctors at Saint Mirel Hospital said they were treating 20 others.",
)
FOLLOW = (
    "a2",
    "2026-03-03T15:30:00Z",
    "Varnhollow spirits deaths rise to 11",
    "VARNHOLLOW - The number of people killed by tainted spirits in Varnhollow rose to 11 on "
    "Tuesday evening, district health officer Petra Lanz said, as the Estmark Red Cross sent "
    "two ambulances to the area.",
)


def test_same_day_follow_up_naming_other_officials_joins_and_updates() -> None:
    (s1, _, _), (s2, new2, alerts) = _run([FIRST, FOLLOW])
    assert s1 == s2 and not new2
    assert [a["claim"]["value"] for a in alerts if a["kind"] == "update"] == [11]


def test_recent_joins_can_be_turned_off() -> None:
    # (the figure join would take it too: "rose to 11" carries on the story's six killed;
    # and since round 34 the brief join, a follow-up on two names being no weaker than one)
    off = BrainConfig(recent_join_gap_s=0, figure_join_gap_s=0, brief_max_df=0)
    (s1, _, _), (s2, new2, _) = _run([FIRST, FOLLOW], off)
    assert new2 and s1 != s2


def test_a_recent_join_needs_the_place_the_article_is_about() -> None:
    other = (
        "b1",
        "2026-03-03T15:30:00Z",
        "Tainted spirits kill 11 in Orrelby",
        "ORRELBY - Eleven people were killed by tainted spirits in Orrelby on Tuesday, "
        "district health officer Petra Lanz said, as the Estmark Red Cross sent two "
        "ambulances to the area.",
    )
    (s1, _, _), (s2, new2, alerts) = _run([FIRST, other])
    assert new2 and s1 != s2
    assert "update" not in [a["kind"] for a in alerts]


def test_others_being_treated_are_not_the_dead() -> None:
    text = (
        "Six people have died after drinking tainted spirits, police said, and more than 20 "
        "others were being treated at the district hospital."
    )
    props = {c.value: c.property for c in extract_claims(text)}
    assert props[6] == "killed"
    assert props[20] == "hospitalized"


def _toll(value: float, place: str, quote: str) -> dict[str, object]:
    return {
        "value": value,
        "bound": "exact",
        "property": "killed",
        "unit": "people",
        "place": place,
        "quote": quote,
        "text": str(value),
    }


def _decide(entry, claim, aid: str, t: float):
    return ledger.decide(
        entry,
        claim,
        {"id": aid, "outlet": aid},
        story="st",
        metric="people|killed",
        label="people killed",
        event_t=t,
        now_iso="2026-01-01T00:00:00Z",
    )


def test_a_toll_that_rose_updates_the_story_toll_of_another_place() -> None:
    entry, _, _ = _decide(None, _toll(6, "Varnhollow County", "Six people died"), "a1", 0.0)
    q = "The number of people killed rose to 11 in Kessel"
    _, decisions, _ = _decide(entry, _toll(11, "Kessel", q), "a2", 3600.0)
    assert [d[0] for d in decisions] == ["update"]
    # no cue, or not above every figure of the story: two places, nothing to say
    _, decisions, _ = _decide(entry, _toll(11, "Kessel", "11 people died in Kessel"), "a2", 3600.0)
    assert decisions == []
    q = "The toll in Kessel rose to 4"
    _, decisions, _ = _decide(entry, _toll(4, "Kessel", q), "a2", 3600.0)
    assert decisions == []


def test_treated_at_the_scene_is_not_a_hospitalisation() -> None:
    text = "Paramedics said they had treated more than 40 people at the scene on Tuesday."
    assert all(c.property != "hospitalized" for c in extract_claims(text))


def test_a_lead_about_the_toll_is_a_follow_up() -> None:
    from claimlogic import stories

    assert stories.follow_up(
        "Four more people died in hospital overnight, bringing the toll from the tainted "
        "brew to 25, county officials said on Friday."
    )
    assert stories.follow_up("Two more bodies were pulled from the river on Sunday.")
    assert not stories.follow_up("A fire swept through a market in Halvik on Friday.")


def test_a_withdrawn_higher_tally_does_not_contradict_the_toll_moving_on() -> None:
    entry, _, _ = _decide(None, _toll(17, "Varnhollow County", "17 people died"), "a1", 0.0)
    entry, _, _ = _decide(
        entry, {**_toll(26, "", "The Red Cross said 26 died"), "place": None}, "a2", 3600.0
    )
    entry, _, _ = _decide(
        entry, _toll(21, "Varnhollow County", "21 people have died"), "a3", 86400.0
    )
    q = "Four more people died, bringing the toll from the brew to 25"
    _, decisions, _ = _decide(entry, _toll(25, "Kessel", q), "a4", 2 * 86400.0)
    assert [d[0] for d in decisions] == ["update"]


def test_admitted_to_hospitals_is_a_hospitalisation() -> None:
    text = "Sixty-eight people have been admitted to hospitals in Varnhollow since Sunday."
    assert [c.property for c in extract_claims(text) if c.value == 68] == ["hospitalized"]


@pytest.mark.parametrize(
    ("metric", "story", "want"),
    [
        ("crew members|missing", ["missing crew|missing"], "missing crew|missing"),
        ("crew|missing", ["crew members|missing"], "crew members|missing"),
        ("injured workers|injured", ["workers|injured", "people|killed"], "workers|injured"),
        ("crew members|missing", ["crew|count"], None),  # another property
        ("crew members|missing", ["crew|missing", "missing crew|missing"], None),  # two keys
        ("passengers|missing", ["crew|missing"], None),  # another noun
    ],
)
def test_one_key_for_a_noun_written_two_ways(
    metric: str, story: list[str], want: str | None
) -> None:
    assert brain._story_core(story, metric) == want


@pytest.mark.parametrize(
    ("metric", "story", "want"),
    [
        ("crew members|infected", ["crew members|count"], "crew members|count"),
        ("infants|infected", ["infants|count", "people|killed"], "infants|count"),
        ("people|infected", ["people|count"], None),  # "people" names no group
        ("crew|infected", ["crew|count", "crew|infected"], None),  # has its ill count
        ("crew|killed", ["crew|count"], None),  # only the ill
        ("passengers|infected", ["crew|count"], None),  # another group
    ],
)
def test_a_groups_plain_count_is_its_ill_count(
    metric: str, story: list[str], want: str | None
) -> None:
    assert brain._story_ill(story, metric) == want
