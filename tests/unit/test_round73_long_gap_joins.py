"""Round 73 (j73): a verdict, a payout or an inquiry's report months after its story --
past round 57's long join (``_LONG_JOIN_GAP_S``, 120 days), within half a year
(``_LATE_JOIN_GAP_S``) -- joins the story when it names at least ``_LATE_JOIN_NAMES``
distinct rare names of the story's (the defendants, the judge, the firms, the
prosecutor) and reaches ``story_strong_threshold`` on its terms
(brain.joins._long_gap_need, ``_distinct_rare_names``).  Its figures then carry on the
story's instead of reading as first ones."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import joins
from claimlogic.brain.joins import (
    _LATE_JOIN_NAMES,
    _LONG_JOIN_ENTITIES,
    _distinct_rare_names,
    _long_gap_need,
)
from claimlogic.brain.state import BrainConfig
from tests.unit.streams import run_stream

_CHARGE = (
    "HALDEN, April 2 (Vesterby Post) - Prosecutors charged nine people on Wednesday over "
    "kickbacks paid for the Halden river bridge contract, prosecutor Rosa Valtieri said.\n"
    "\n"
    "The indictment says Brennick Construction and Oster Cement paid bribes of 4.2 million "
    "kroner to officials of the Halden Roads Agency. Former deputy mayor Kaspar Lindqvist is "
    "among the accused, and Judge Tomas Eberhart set a trial date. Lawyer Greta Holmsen, for "
    "Brennick Construction, said the firm denied the charges.\n"
)


def _verdict(names: bool) -> str:
    who = (
        "Judge Tomas Eberhart told the court in Halden. Former deputy mayor Kaspar Lindqvist "
        "was jailed for six years; Brennick Construction and Oster Cement were fined as "
        "firms, and prosecutor Rosa Valtieri said officials of the Halden Roads Agency had "
        "taken the money. Lawyer Greta Holmsen said Brennick Construction would appeal, the "
        "Vesterby Post reported"
        if names
        else "the judge told the court. A former official was jailed for six years; two "
        "firms were fined, and the prosecutor said officials had taken the money. A lawyer "
        "for one of the firms said it would appeal"
    )
    return (
        "HALDEN - The court found that bribes of 4.9 million kroner were paid for the river "
        "bridge contract kickbacks, " + who + ".\n"
        "\n"
        "The kickbacks were paid over three years, the court found, and the bridge contract "
        "was awarded without a fair tender.\n"
    )


def _run(pub: str, *, names: bool = True) -> list[tuple[str, bool, list[dict[str, Any]]]]:
    return run_stream(
        [
            ("k1", "2031-04-02T09:00:00Z", "Nine charged over Halden bridge kickbacks", _CHARGE),
            ("k2", pub, "Halden bridge kickbacks: former deputy mayor jailed", _verdict(names)),
        ]
    )


_LATE = "2031-09-02T09:00:00Z"  # 153 days on: past the long join's 120 days


def test_a_verdict_five_months_on_naming_the_story_s_people_joins_it() -> None:
    out = _run(_LATE)
    assert out[0][0] == out[1][0], "one story"
    kinds = [(a["kind"], a["claim"]["text"]) for a in out[1][2]]
    assert ("new_figure", "4.9 million kroner") not in kinds, kinds


def test_without_the_late_join_it_opens_a_story_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(joins, "_LATE_JOIN_NAMES", 10**6)
    out = _run(_LATE)
    assert out[0][0] != out[1][0]


def test_a_verdict_beyond_half_a_year_opens_its_own_story() -> None:
    out = _run("2031-10-20T09:00:00Z")  # 201 days on
    assert out[0][0] != out[1][0]


def test_a_verdict_months_on_naming_few_of_the_story_s_names_opens_its_own_story() -> None:
    out = _run(_LATE, names=False)
    assert out[0][0] != out[1][0]


def test_long_gap_need_past_the_long_join() -> None:
    cfg = BrainConfig()
    day = 24 * 3600.0
    many = _LONG_JOIN_ENTITIES
    assert _long_gap_need(150 * day, many, cfg) is None  # no distinct names given
    assert _long_gap_need(150 * day, many, cfg, _LATE_JOIN_NAMES) == cfg.story_strong_threshold
    assert _long_gap_need(150 * day, many, cfg, _LATE_JOIN_NAMES - 1) is None
    assert _long_gap_need(150 * day, many - 1, cfg, 20) is None
    assert _long_gap_need(200 * day, many, cfg, 20) is None  # beyond half a year


def test_distinct_rare_names_holds_one_name_in_several_forms_once() -> None:
    cfg = BrainConfig()
    names = ["rosa valtieri", "valtieri", "rosa", "halden", "oster cement", "cement"]
    vec = {"e:" + n: 1.0 for n in names} | {"t:bridge": 1.0}
    profile = {"e:" + n: 1.0 for n in names}
    dfs = {"e:" + n: 1 for n in names} | {"e:halden": cfg.brief_max_df + 1}
    # "rosa valtieri" and "oster cement" (their words fold in); "halden" is common
    assert _distinct_rare_names(vec, profile, dfs, cfg) == {"rosa valtieri", "oster cement"}


# The named follow-up past story_max_gap_s (60 days), within the long join's 120 days: a
# report sharing story_many_entities names, the story's event noun in its headline and a
# figure kind it tracks needs story_many_entities_factor of the strong threshold.
_FLOOD = (
    "CORLAN, May 3 (Orlen Wire) - The Vessa river burst its banks on Tuesday, cutting off "
    "villages across Corlan province, the regional emergency office said.\n"
    "\n"
    "The office said 1,200 homes had been flooded and 340 people had been moved to shelters. "
    "Governor Ilse Marrow said army boats from Tessing were on their way, and the Red Lantern "
    "charity opened a shelter in Daleford.\n"
)
_WEEKS_ON = (
    "KESSBY (Kessby Gazette) - Eleven weeks after the Vessa burst its banks in Corlan, "
    "Governor Ilse Marrow said on Monday that 1,650 homes had been flooded, more than first "
    "counted, and that families in Daleford were still in shelters run by the Red Lantern "
    "charity.\n"
    "\n"
    "Harlow Mutual, the region's largest home insurer, said claims were still arriving. "
    "Brokers at Tamsin Wren said premiums across the valley would rise next year.\n"
)


def _flood(title: str, pub: str, config: BrainConfig | None = None) -> list[Any]:
    return run_stream(
        [
            (
                "f1",
                "2031-05-03T09:00:00Z",
                "Floods cut off Corlan villages as Vessa river bursts banks",
                _FLOOD,
                "Orlen Wire",
            ),
            ("f2", pub, title, _WEEKS_ON, "Kessby Gazette"),
        ],
        config,
    )


_FLOOD_TITLE = "Corlan flood homes toll rises as insurers count claims"
_80_DAYS = "2031-07-22T09:00:00Z"


def test_a_named_follow_up_eleven_weeks_on_joins_and_its_figure_moves() -> None:
    (s1, _, _), (s2, new, alerts) = _flood(_FLOOD_TITLE, _80_DAYS)
    assert s2 == s1 and not new
    assert [(a["kind"], a["claim"]["text"]) for a in alerts] == [("update", "1,650")]


def test_the_named_follow_up_past_60_days_off_it_opens_its_own_story() -> None:
    # story_many_entities = 0 turns the many-names share off: the long join's 0.5 is missed
    (s1, _, _), (s2, new, _) = _flood(_FLOOD_TITLE, _80_DAYS, BrainConfig(story_many_entities=0))
    assert s2 != s1 and new


def test_a_report_weeks_on_about_another_event_stays_apart() -> None:
    (s1, _, _), (s2, new, _) = _flood("Corlan storm toll rises as insurers count claims", _80_DAYS)
    assert s2 != s1 and new


def test_a_named_follow_up_beyond_the_long_join_gap_stays_apart() -> None:
    (s1, _, _), (s2, new, _) = _flood(_FLOOD_TITLE, "2031-09-12T09:00:00Z")  # 132 days on
    assert s2 != s1 and new
