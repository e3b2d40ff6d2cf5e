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
