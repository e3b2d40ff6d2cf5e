"""Round 81 (j81): a broadcast station's brief joins the one story that holds its town's
name though that story's headline does not name the town (brain.joins._outlet_join,
_station_outlet).  Before, only a brief written as a follow-up could take that path; a
station's own headline ("More on short time") is no follow-up.  The outlet join's other
tests stand: the brief's figure is under a key the story holds itself, a day or more on,
never an incident's toll; a paper's name is no station."""

from __future__ import annotations

from typing import Any

from claimlogic.brain import joins
from tests.unit.streams import run_stream

# the headline names the maker, not the town; the dateline and the body name the town
_PLANT = "Chip shortage forces Ostwerk to put 8,000 on short-time work"
_PLANT_FIRST = (
    "QUELLBERG, March 3 (Norland Wire) - Carmaker Ostwerk has put 8,000 workers at its "
    "Quellberg plant on short-time work because of a shortage of chips, the company said "
    "on Monday.\n\nProduction of its two compact models will be cut to three days a week. "
    "Works council head Lina Marr said the union would ask for full pay.\n"
)
_BRIEF = (
    "Ostwerk has put 9,500 workers on short-time work as the chip shortage spreads to "
    "its engine plant, the company says."
)

_MARKET = "Gunman kills three at covered market"
_MARKET_FIRST = (
    "BRELSTOKE, March 3 (Norland Wire) - A gunman shot dead three people and injured five "
    "at the Brelstoke covered market on Monday, police said.\n\nPolice chief Anneke Vosse "
    "said the attacker fled in a grey van.\n"
)


def _pair(
    story: str, first: str, title: str, text: str, when: str, outlet: str
) -> tuple[bool, bool, list[tuple[str, str]]]:
    (s1, _, _), (s2, new, alerts) = run_stream(
        [
            ("a1", "2031-03-03T09:00:00Z", story, first, "Norland Wire"),
            ("a2", when, title, text, outlet),
        ]
    )
    return s2 == s1, new, [(a["kind"], a["claim"]["text"]) for a in alerts]


def test_station_outlet_reads() -> None:
    assert joins._station_outlet("Radio Quellberg")
    assert joins._station_outlet("Quellberg FM")
    assert joins._station_outlet("Quellberg Radio One")
    assert not joins._station_outlet("Quellberg Morning Post")
    assert not joins._station_outlet("Quellberg Press Digest")
    assert not joins._station_outlet(None)


def test_station_brief_joins_a_story_whose_headline_omits_the_town() -> None:
    joined, new, alerts = _pair(
        _PLANT,
        _PLANT_FIRST,
        "More on short time",
        _BRIEF,
        "2031-03-06T08:00:00Z",
        "Radio Quellberg",
    )
    assert joined and not new
    assert alerts == [("update", "9,500")]


def test_same_brief_stayed_apart_before(monkeypatch: Any) -> None:
    monkeypatch.setattr(joins, "_station_outlet", lambda outlet: False)
    joined, new, alerts = _pair(
        _PLANT,
        _PLANT_FIRST,
        "More on short time",
        _BRIEF,
        "2031-03-06T08:00:00Z",
        "Radio Quellberg",
    )
    assert not joined and new
    assert alerts == [("new_figure", "9,500")]


def test_a_papers_brief_is_no_station() -> None:
    joined, new, _ = _pair(
        _PLANT,
        _PLANT_FIRST,
        "More on short time",
        _BRIEF,
        "2031-03-06T08:00:00Z",
        "Quellberg Evening Post",
    )
    assert not joined and new


def test_station_brief_on_another_shooting_stays_apart() -> None:
    # the town's radio on a second shooting two days on: its own story, its own figures
    text = (
        "Police say four people were killed in a shooting at a bar in the west of the city "
        "on Wednesday night. Six were injured."
    )
    joined, new, alerts = _pair(
        _MARKET, _MARKET_FIRST, "Bar attack", text, "2031-03-05T22:00:00Z", "Radio Brelstoke"
    )
    assert not joined and new
    assert alerts == [("new_figure", "four"), ("new_figure", "Six")]
