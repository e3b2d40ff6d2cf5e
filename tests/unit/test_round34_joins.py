"""Round 34: follow-ups that opened their own story although a brief on one of their
names would have joined it.

* A follow-up sharing two or more names with a story, short of the score needed and
  beyond the recent join's day and a half, goes on to the brief join's tests: more
  shared names are no weaker evidence than one.
"""

from __future__ import annotations

from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

CFG = BrainConfig()
#: the figure join would take the follow-ups below too ("rose to 11"): off, to show the
#: name joins alone
NO_FIGURES = BrainConfig(figure_join_gap_s=0)

FIRST = (
    "a1",
    "2026-03-03T08:00:00Z",
    "Tainted spirits kill six in Varnhollow",
    "VARNHOLLOW, Estmark, March 3 (NWS) - Six people have died in Varnhollow district after "
    "drinking tainted spirits sold at a bar in Kessel Market, police commander Orin Valdt "
    "said on Tuesday. Doctors at Saint Mirel Hospital said they were treating 20 others.",
)


def _follow(when: str) -> tuple[str, str, str, str]:
    return (
        "a2",
        when,
        "Varnhollow spirits deaths rise to 11",
        "VARNHOLLOW - The number of people killed by tainted spirits in Varnhollow rose to 11 "
        "on Thursday evening, district health officer Petra Lanz said, as the Estmark Red "
        "Cross sent two ambulances to the area.",
    )


def test_two_name_follow_up_two_days_on_joins_as_a_brief_would():
    (s1, _, _), (s2, new2, alerts) = run_stream(
        [FIRST, _follow("2026-03-05T15:30:00Z")], NO_FIGURES
    )
    assert not new2 and s2 == s1
    assert [a["claim"]["value"] for a in alerts if a["kind"] == "update"] == [11]


def test_two_name_follow_up_is_no_brief_with_brief_joins_off():
    off = BrainConfig(figure_join_gap_s=0, brief_max_df=0)
    (s1, _, _), (s2, new2, _) = run_stream([FIRST, _follow("2026-03-05T15:30:00Z")], off)
    assert new2 and s2 != s1


DAIRY = (
    "d1",
    "2036-03-10T09:00:00Z",
    "Listeria in Orrindale cheese kills two, dairy recalls products",
    "Two people have died of listeria traced to soft cheese from the Orrindale dairy, the "
    "food safety authority said on Tuesday. The dairy has recalled 38 products from shops "
    "and asked customers to return them.",
)
INSURER = (
    "d2",
    "2036-03-12T11:00:00Z",
    "Insurer puts Orrindale recall cost at 22 million marks",
    "Halberg Mutual, which insures the Orrindale plant, estimated on Thursday that the "
    "recall would cost about 22 million marks. The number of products withdrawn is now 61, "
    "it said. Supermarkets in the northern provinces emptied their shelves and a telephone "
    "line opened for worried shoppers.",
)


def test_report_not_written_as_a_follow_up_joins_on_its_headline_and_rare_name():
    (s1, _, _), (s2, new2, alerts) = run_stream([DAIRY, INSURER], NO_FIGURES)
    assert not new2 and s2 == s1
    assert [a["claim"]["value"] for a in alerts if a["kind"] == "update"] == [61]


def test_headline_join_can_be_turned_off():
    for off in (
        BrainConfig(figure_join_gap_s=0, headline_join=False),
        BrainConfig(figure_join_gap_s=0, one_entity_score=0),
    ):
        (s1, _, _), (s2, new2, _) = run_stream([DAIRY, INSURER], off)
        assert new2 and s2 != s1


STABBING = (
    "k1",
    "2036-07-04T08:00:00Z",
    "Two dead in Halvik market stabbing",
    "A man stabbed two people to death at the covered market in Halvik on Saturday morning, "
    "police said. Four others were taken to hospital.",
)


def test_second_stabbing_in_one_town_hours_later_opens_its_own_story():
    """Two incidents of one kind in one place: hours apart, a report of the story's kind
    whose headline shares its words and town is another incident unless it repeats one
    of the story's figures."""
    second = (
        "k2",
        "2036-07-04T11:00:00Z",
        "Halvik stabbing at bus station leaves one dead",
        "One man was killed and three people were hurt when an attacker with a knife struck "
        "at the bus station in Halvik on Saturday, police said.",
    )
    (s1, _, _), (s2, new2, alerts) = run_stream([STABBING, second], CFG)
    assert new2 and s2 != s1
    assert "update" not in [a["kind"] for a in alerts]
