"""Round 34: a nameless brief (or one named only by its station) joins a story beyond
the same and next day when its terms alone reach the score needed at that gap."""

from __future__ import annotations

from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

CFG = BrainConfig()

FIRST = (
    "b1",
    "2036-05-02T09:00:00Z",
    "Dallow inspection fraud: reports on 48 bridges faked, nine bridges closed",
    "The Dallow roads agency has closed nine bridges to traffic after finding that "
    "inspectors faked safety reports on 48 bridges, the agency said on Monday.",
)


def _brief(when: str, text: str) -> tuple[str, str, str, str]:
    return ("b2", when, "Bridges: 21 closed", text)


BRIEF = (
    "Dallow Radio - 21 bridges are now closed to traffic, the agency said, as drivers face "
    "long detours through the valley."
)


def test_station_brief_two_days_on_joins_when_its_terms_reach_the_need():
    (s1, _, _), (s2, new2, alerts) = run_stream([FIRST, _brief("2036-05-04T09:00:00Z", BRIEF)], CFG)
    assert not new2 and s2 == s1
    assert [(a["kind"], a["claim"]["value"]) for a in alerts] == [("update", 21)]


def test_nameless_brief_two_days_on_with_few_of_the_storys_terms_opens_its_own():
    """Beyond the next day the ordinary need holds: a brief sharing only its counted noun
    and one word with the story is not its follow-up."""
    other = _brief(
        "2036-05-04T09:00:00Z",
        "Dallow Radio - Flooding has now closed 21 footbridges and bridges on farm tracks "
        "in the hills, the water board said.",
    )
    (s1, _, _), (s2, new2, _) = run_stream([FIRST, other], CFG)
    assert new2 and s2 != s1


def test_nameless_brief_within_a_day_and_a_half_still_joins_below_the_need():
    """The same and next day the brief join's lower score still applies."""
    (s1, _, _), (s2, new2, _) = run_stream([FIRST, _brief("2036-05-03T09:00:00Z", BRIEF)], CFG)
    assert not new2 and s2 == s1
