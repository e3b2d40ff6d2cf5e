"""Round 79 (j79): past ``story_max_gap_s`` (60 days), within ``_LONG_JOIN_GAP_S`` (120
days), a report naming ``_MANY_NAMES_JOIN`` distinct rare names of a story's needs only
``_MANY_NAMES_JOIN_FACTOR`` of the strong threshold to join it (``joins._long_gap_need``):
an inquiry's findings three months on name the first reports' people, bodies and places,
but their own words weigh the terms down.  Invented names, places and values."""

from __future__ import annotations

import pytest

from claimlogic import stories
from claimlogic.brain import BrainConfig, joins
from tests.unit.streams import run_stream

_DAY = 24 * 3600.0

_FIRST = (
    "BRELLING, May 4 (Norrel Courier) - A landslide buried part of the hill village of "
    "Quenby above Brelling on Sunday, and 23 people are missing, the Brelling fire "
    "service said.\n\n"
    "Fire chief Aldo Vesk said 140 rescuers were digging through mud. The Hallow Valley "
    "Water Board, which runs a reservoir above the village, said its dam had held. Mayor "
    "Greta Lind of Brelling said 310 people had been moved to the Sorrel Street sports "
    "hall.\n\n"
    "Residents said cracks had appeared in the slope for weeks. Geologist Ivo Danner of "
    "Brelling University said heavy rain had soaked the hill.\n"
)


def _inquiry(witnesses: str) -> str:
    return (
        "An inquiry into the Quenby landslide found that the Hallow Valley Water Board had "
        "ignored six warnings about cracks in the slope, and put the number of people "
        "killed at 19.\n\n"
        "The inquiry heard evidence from " + witnesses + ". Its chairwoman, retired judge "
        "Olga Fenner, said engineers had measured the cracks in March and that managers "
        "decided not to lower the reservoir to protect summer irrigation contracts with "
        "orchard growers downstream. Survivors' lawyer Tomas Reuben said families would sue "
        "for damages. The report recommended that slope monitoring be handed to an "
        "independent agency, that satellite radar be bought, and that residents be told of "
        "every warning within a week. Insurers said premiums for hillside homes would rise, "
        "and the environment ministry promised new rules for dams and reservoirs before "
        "winter.\n"
    )


_ALL = "Aldo Vesk and from Ivo Danner of Brelling University"
_FEWER = "a fire officer and from Ivo Danner of Brelling University"

# A strong threshold the inquiry's terms (about 0.63) fall just short of, while 0.9 of it
# is reached: the band the rule opens, as the pool's inquiry reports fell in it at 0.50.
_CONFIG = BrainConfig(story_strong_threshold=0.66)


def _run(pub: str, witnesses: str = _ALL) -> list[tuple[str, bool, list[dict[str, object]]]]:
    return run_stream(
        [
            (
                "a1",
                "2033-05-04T09:00:00Z",
                "Landslide buries part of Quenby village, 23 missing",
                _FIRST,
            ),
            (
                "a2",
                pub,
                "Inquiry finds water board ignored warnings before Quenby landslide",
                _inquiry(witnesses),
            ),
        ],
        config=_CONFIG,
    )


def test_an_inquiry_three_months_on_naming_six_of_the_story_s_names_joins_it() -> None:
    out = _run("2033-08-05T09:00:00Z")  # 93 days on
    assert out[0][0] == out[1][0], "one story"
    assert not out[1][1]


def test_without_the_rule_it_opens_a_story_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(joins, "_MANY_NAMES_JOIN", 99)
    out = _run("2033-08-05T09:00:00Z")
    assert out[0][0] != out[1][0]


def test_five_distinct_names_are_not_enough() -> None:
    # one witness unnamed: five distinct rare names of the story's, and the terms fall short
    out = _run("2033-08-05T09:00:00Z", _FEWER)
    assert out[0][0] != out[1][0]


def test_past_the_long_join_gap_it_stays_apart() -> None:
    out = _run("2033-09-20T09:00:00Z")  # 139 days on
    assert out[0][0] != out[1][0]


def test_long_gap_need_many_names() -> None:
    cfg = BrainConfig()
    strong = cfg.story_strong_threshold
    n = joins._MANY_NAMES_JOIN
    assert joins._long_gap_need(90 * _DAY, n, cfg, n) == pytest.approx(
        strong * joins._MANY_NAMES_JOIN_FACTOR
    )
    # eight names: the long join's own need is higher; the lower need applies
    assert joins._long_gap_need(90 * _DAY, 8, cfg, n) == pytest.approx(
        strong * joins._MANY_NAMES_JOIN_FACTOR
    )
    assert joins._long_gap_need(90 * _DAY, 8, cfg, n - 1) == pytest.approx(strong)
    assert joins._long_gap_need(90 * _DAY, n, cfg, n - 1) is None
    assert joins._long_gap_need(130 * _DAY, n, cfg, n) is None  # past _LONG_JOIN_GAP_S
    assert joins._long_gap_need(50 * _DAY, n, cfg, n) is None  # within: the usual need


_SHOOTING = (
    "DARNFIELD, June 2 (Pellow Tribune) - A gunman killed four people and injured nine at "
    "the Marlowe Street market in Darnfield on Saturday, police chief Rosa Ketter said.\n\n"
    "The wounded were taken to St Aubin Hospital, where surgeon Piet Harlan said two were "
    "in a critical condition. Mayor Evan Cordell called it the darkest day in the town's "
    "history. Governor Lise Marten of Pellow County ordered flags flown at half mast. "
    "Police said the gunman, a 34-year-old man, was shot dead by officers.\n"
)
_SECOND_SHOOTING = (
    "DARNFIELD - A gunman killed six people and injured 11 at a wedding party in the "
    "Ostby Hall in Darnfield on Friday night, police said.\n\n"
    "The wounded were taken to the Pellow County hospital. Deputy mayor Nils Abbot said the "
    "town was reeling. Police said the gunman fled in a grey van and was arrested on the "
    "motorway two hours later.\n"
)


@pytest.mark.parametrize("config", [BrainConfig(), _CONFIG])
def test_a_second_shooting_in_the_town_three_months_on_stays_apart(
    config: BrainConfig, second: str = _SECOND_SHOOTING
) -> None:
    # the look-alike: the town and its county are all it shares with the first shooting
    out = run_stream(
        [
            ("a1", "2033-06-02T09:00:00Z", "Gunman kills four at Darnfield market", _SHOOTING),
            (
                "a2",
                "2033-08-31T09:00:00Z",
                "Six killed in wedding party shooting in Darnfield",
                second,
            ),
        ],
        config=config,
    )
    assert out[0][0] != out[1][0]
    kinds = sorted((a["kind"], a["claim"]["text"]) for a in out[1][2])
    assert kinds == [("new_figure", "11"), ("new_figure", "six")], kinds


# Lead, after round 79: the named follow-up join asks for an event word in both headlines,
# and a toll's words ("killed", "shooting") are none.
_SECOND_SHOOTING_SAME_OFFICIALS = (
    "DARNFIELD - A gunman killed six people and injured 11 at a wedding party in the "
    "Ostby Hall in Darnfield on Friday night, police chief Rosa Ketter said.\n\n"
    "The wounded were taken to St Aubin Hospital. Deputy mayor Nils Abbot said the "
    "town was reeling. Police said the gunman fled in a grey van and was arrested on the "
    "motorway two hours later.\n"
)


def test_a_second_shooting_naming_the_same_police_chief_and_hospital_stays_apart() -> None:
    # three months on, the same police chief and hospital speak of another shooting: no
    # join, so no update of the first shooting's killed count (4 -> 6)
    test_a_second_shooting_in_the_town_three_months_on_stays_apart(
        BrainConfig(), _SECOND_SHOOTING_SAME_OFFICIALS
    )


def test_a_shared_toll_word_is_no_shared_event_but_a_shared_event_noun_is() -> None:
    names: set[str] = set()
    first = stories.headline_words("Gunman kills four at Darnfield market", names)
    second = stories.headline_words("Six killed in wedding party shooting in Darnfield", names)
    assert (first & second) - {"darnfield"} <= joins._TOLL_HEADLINE_WORDS
    # a verb's and a noun's forms of one event meet once the final "e" is folded
    assert "collaps" in stories.headline_words("Overpass collapses onto traffic", names)
    assert "collaps" in stories.headline_words("Periferico collapse: five dead", names)
    assert stories.headline_words("Fires rage", names) & stories.headline_words("Fire rages", names)
