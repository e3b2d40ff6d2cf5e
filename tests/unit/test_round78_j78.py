"""Round 78 (j78): a radio brief that gives a story's running count in words the ledger's
"carries on" test does not read -- it has passed a mark ("the petition has passed 20,000
signatures") or it sets the count beside yesterday's ("fewer than yesterday") -- joins the
story on its figures (brain.joins._running_mark, asked by _continues_figures in the
figure join).  Never for an incident's toll or arrests: two shootings in one town must
not join on a comparison."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import joins
from tests.unit.streams import figure_in, run_stream

_RAIL = "New timetable brings mass cancellations on Fennlake railway"
_RAIL_FIRST = (
    "FENNLAKE, March 3 (Norland Wire) - The Fennlake railway cancelled 410 trains on Monday "
    "as a new timetable left hundreds of services without drivers, the operator Fennrail "
    "said.\n\nCommuters waited for hours at Tovik and Harrowmere stations. Fennrail chief "
    "Odda Lunne said the rosters had been drawn up by a computer system that ignored rest "
    "rules.\n"
)

_MARKET = "Gunman kills three at Brelford market"
_MARKET_FIRST = (
    "BRELFORD, March 3 (Norland Wire) - A gunman shot dead three people and injured five at "
    "the Brelford covered market on Monday, police said.\n\nPolice chief Anneke Vosse said "
    "the attacker fled in a grey van.\n"
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


def _rail(text: str) -> tuple[bool, bool, list[tuple[str, str]]]:
    return _pair(
        _RAIL,
        _RAIL_FIRST,
        "Fewer Fennrail cancellations today",
        text,
        "2031-03-04T12:00:00Z",
        "Radio Tovik",
    )


_FEWER = (
    "Fennrail says 300 trains have been cancelled today, fewer than yesterday, as staff "
    "rewrite driver rosters by hand. Replacement buses are running on two lines."
)


def test_brief_comparing_with_yesterday_joins_the_story() -> None:
    joined, new, alerts = _rail(_FEWER)
    assert joined and not new
    assert ("new_figure", "300") not in alerts


def test_same_brief_without_the_cue_joined_nothing_before(monkeypatch: Any) -> None:
    # the baseline: the cue switched off, the brief opens a story of its own
    monkeypatch.setattr(joins, "_running_mark", lambda c, key: False)
    joined, new, alerts = _rail(_FEWER)
    assert not joined and new
    assert alerts == [("new_figure", "300")]


def test_brief_without_a_comparison_stays_apart() -> None:
    text = _FEWER.replace(", fewer than yesterday,", "")
    joined, new, alerts = _rail(text)
    assert not joined and new
    assert alerts == [("new_figure", "300")]


@pytest.mark.parametrize("cue", ["more than yesterday", "more than on Monday"])
def test_second_shooting_in_the_same_town_stays_apart(cue: str) -> None:
    # another shooting two days on, in the same town, on the town's radio: its dead are
    # counted afresh, whatever it is compared with -- no join, no update, no contradiction
    text = (
        "Radio Brelford news. Police say four people were killed in a shooting at a bar in "
        f"the west of the city on Wednesday night, {cue}. A man has been arrested."
    )
    joined, new, alerts = _pair(
        _MARKET, _MARKET_FIRST, "Bar attack", text, "2031-03-05T22:00:00Z", "Radio Brelford"
    )
    assert not joined and new
    assert alerts == [("new_figure", "four")]


@pytest.mark.parametrize(
    ("quote", "text", "key", "expected"),
    [
        (
            "The petition has passed 20,000 signatures, campaigners say.",
            "20,000",
            "signatures|count",
            True,
        ),
        ("The group action passes 9,000 members.", "9,000", "members|count", True),
        ("Arrivals have now topped 1,200, the agency said.", "1,200", "arrivals|count", True),
        (
            "Estrail says 260 trains were cancelled, fewer than yesterday.",
            "260",
            "trains|count",
            True,
        ),
        # look-alikes: a bare past tense passes a thing, not a mark
        ("Parliament passed 12 amendments on Tuesday.", "12", "amendments|count", False),
        # no comparison at all; a comparison with another day of the week
        ("Estrail says 260 trains were cancelled today.", "260", "trains|count", False),
        (
            "Estrail says 260 trains were cancelled, fewer than on Monday.",
            "260",
            "trains|count",
            False,
        ),
        # an incident's toll never takes the cue
        ("Four people were killed, more than yesterday.", "Four", "people|killed", False),
        ("Police have now arrested 40, more than yesterday.", "40", "people|arrested", False),
    ],
)
def test_running_mark_reads(quote: str, text: str, key: str, expected: bool) -> None:
    assert joins._running_mark(figure_in(quote, text), key) is expected


_PLANT = "Chip shortage puts 8,000 Tarnfeld workers on short time"
_PLANT_FIRST = (
    "TARNFELD, March 3 (Norland Wire) - Carmaker Ostwerk has put 8,000 workers at its "
    "Tarnfeld plant on short-time work because of a shortage of chips, the company said on "
    "Monday.\n\nProduction of its two compact models will be cut to three days a week. "
    "Works council head Lina Marr said the union would ask for full pay.\n"
)


def test_station_brief_on_the_storys_running_count_joins_and_updates() -> None:
    # the town's radio, days on, its own headline, no follow-up lead: the count is kept
    # under the very key the story holds (_outlet_join, round 78)
    text = (
        "Ostwerk has put 9,500 workers on short-time work as the chip shortage spreads to "
        "its engine plant, the company says."
    )
    joined, new, alerts = _pair(
        _PLANT, _PLANT_FIRST, "More on short time", text, "2031-03-06T08:00:00Z", "Radio Tarnfeld"
    )
    assert joined and not new
    assert alerts == [("update", "9,500")]


def test_station_brief_on_another_shooting_stays_apart() -> None:
    # the same path for a toll: the town's radio on a second shooting two days on keeps
    # its own story and its own first figures
    text = (
        "Police say four people were killed in a shooting at a bar in the west of the city "
        "on Wednesday night. Six were injured."
    )
    joined, new, alerts = _pair(
        _MARKET, _MARKET_FIRST, "Bar attack", text, "2031-03-05T22:00:00Z", "Radio Brelford"
    )
    assert not joined and new
    assert alerts == [("new_figure", "four"), ("new_figure", "Six")]
