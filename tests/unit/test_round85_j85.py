"""Round 85 (j85): a report sharing one name with a story, whose terms alone reach both
``one_entity_score`` and the need at that gap, joins it past ``brief_max_gap_s`` (14 days)
and within ``story_max_gap_s`` (60 days) when the name it is about is a rare one of the
story's and one of its figures is under a key the story holds that is no incident's count
(``joins._late_one_name``): a station's brief on the town's running count five weeks on.
A second incident in the same town weeks on keeps its own toll.  Invented names, places
and values."""

from __future__ import annotations

import pytest

from claimlogic.brain import BrainConfig, joins
from tests.unit.streams import run_stream

_FIRST = (
    "BRELLOCK, March 3 - The Brellock city council counted 2,400 rental e-scooters on its "
    "streets this winter and says riders were fined 1,150 times for riding on pavements, "
    "the council's transport office said on Tuesday.\n\n"
    "Scooter operators Zippa and Rolvo say the fines are too high. The council wants to cap "
    "the number of rental e-scooters in Brellock at 2,000 by the summer.\n"
)

_BRIEF = (
    "The Brellock city council now counts 2,650 rental e-scooters on its streets, up from "
    "2,400 in the winter, its transport office said. Riders have been fined more often for "
    "riding scooters on pavements, the council said.\n"
)

_CRASH = (
    "BRELLOCK, March 3 - Three people were killed and 12 injured when a tram left the "
    "rails on the Harbour Road bridge in Brellock on Tuesday, police said.\n\n"
    "The Brellock tram operator said the tram was carrying about 80 passengers. Rescue "
    "teams worked for hours to free those trapped in the wreck.\n"
)

_SECOND_CRASH = (
    "Two people were killed and 12 injured when a tram left the rails near the Harbour "
    "Road bridge in Brellock on Friday, police said. The Brellock tram operator said the "
    "tram was carrying about 60 passengers.\n"
)


def _run(
    pub: str,
    body: str = _BRIEF,
    title: str = "Brellock scooter count rises again",
    first: str = _FIRST,
    first_title: str = "Brellock counts 2,400 rental e-scooters, fines pile up",
) -> list[tuple[str, bool, list[dict[str, object]]]]:
    return run_stream(
        [
            ("a1", "2037-03-03T09:00:00Z", first_title, first),
            ("a2", pub, title, body, "Radio Brellock"),
        ],
        config=BrainConfig(),
    )


def _kinds(alerts: list[dict[str, object]]) -> list[object]:
    return [a["kind"] for a in alerts]


def test_a_station_brief_36_days_on_carries_the_story_s_count() -> None:
    out = _run("2037-04-08T09:00:00Z")  # 36 days on
    assert out[0][0] == out[1][0], "one story"
    assert _kinds(out[1][2]) == ["update"]


def test_within_14_days_it_joined_before_the_rule() -> None:
    out = _run("2037-03-10T09:00:00Z")
    assert out[0][0] == out[1][0]


def test_without_the_rule_it_opens_a_story_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(joins, "_late_one_name", lambda *a: False)
    out = _run("2037-04-08T09:00:00Z")
    assert out[0][0] != out[1][0]
    assert _kinds(out[1][2]) == ["new_figure"]


def test_past_60_days_it_stays_apart() -> None:
    out = _run("2037-05-20T09:00:00Z")  # 78 days on
    assert out[0][0] != out[1][0]


def test_a_second_tram_crash_in_the_town_weeks_on_keeps_its_own_toll() -> None:
    out = _run(
        "2037-04-08T09:00:00Z",
        _SECOND_CRASH,
        "Two killed as Brellock tram leaves the rails",
        _CRASH,
        "Three killed as Brellock tram leaves the rails",
    )
    assert not any(k in ("update", "contradiction") for k in _kinds(out[1][2]))


def test_late_one_name_asks_a_rare_name_and_a_key_that_is_no_toll() -> None:
    cfg = BrainConfig()
    rare = {"e:brellock": 1}
    common = {"e:brellock": cfg.brief_max_df + 1}
    assert joins._late_one_name({"brellock"}, {"k:scooters|count"}, rare, cfg)
    assert not joins._late_one_name({"brellock"}, {"k:scooters|count"}, common, cfg)
    assert not joins._late_one_name({"brellock"}, {"k:people|killed"}, rare, cfg)
    assert not joins._late_one_name({"brellock"}, {"scooter|"}, rare, cfg)
    assert not joins._late_one_name(set(), {"k:scooters|count"}, rare, cfg)
