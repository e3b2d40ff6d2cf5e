"""Round 29: a figure that says it carries on the story's running count, under another
event word or qualifier of the same counted noun, joins that count's key.

"Dorvassan authorities are now holding 96 crew members" (``crew members|count``) after
"detained 84 crew members" (``crew members|arrested``); "have now seized about 3,100 fake
airbags" after "2,300 counterfeit airbags". Both opened a key of their own and raised a
false new figure where an update was wanted.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

SEIZED = (
    "c1",
    "2031-04-03T08:00:00Z",
    "Dorvassa seizes seven Keldish trawlers",
    "ENNICK, April 3 (KPA) - The Dorvassan navy seized seven Keldish fishing trawlers off "
    "Port Isker on April 3 and detained 84 crew members, the Keldish foreign ministry said. "
    "The Keldish ministry said the boats had been fishing legally in Keldish waters near Port "
    "Isker.",
)


def _holding(cue: str) -> tuple[str, str, str, str]:
    return (
        "c2",
        "2031-04-05T08:00:00Z",
        "Dorvassa holds 96 Keldish fishermen",
        f"ENNICK - Dorvassan authorities are {cue}holding 96 crew members from the seized "
        "Keldish trawlers, after counting fishermen who had been kept aboard two boats still "
        "anchored outside Port Isker, the Keldish foreign ministry said on April 5.",
    )


def _alerts(out: list[tuple[str, bool, list[dict[str, Any]]]], i: int) -> set[tuple[str, str, str]]:
    return {(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in out[i][2]}


def test_running_count_under_another_event_word_updates_the_story_key() -> None:
    out = run_stream([SEIZED, _holding("now ")])
    assert out[1][0] == out[0][0]
    assert _alerts(out, 1) == {("update", "96", "crew members|arrested")}


def test_without_a_running_cue_the_count_keeps_its_own_key() -> None:
    out = run_stream([SEIZED, _holding("")])
    assert ("new_figure", "96", "crew members|count") in _alerts(out, 1)


AIRBAGS = (
    "a1",
    "2031-10-12T08:00:00Z",
    "Police seize 2,300 fake airbags in garage raids",
    "DALVANY, Oct 12 (NR) - Police in Dalvany seized about 2,300 counterfeit airbags in raids "
    "on eight garages, the interior ministry said, warning that the devices could fail in a "
    "crash. The Dalvany garages fitted the airbags in used cars sold to private buyers.",
)


def _more(group: str) -> tuple[str, str, str, str]:
    return (
        "a2",
        "2031-10-13T08:00:00Z",
        "Dalvany airbag raids widen",
        f"DALVANY (National Radio) - Police in Dalvany have now seized about 3,100 {group} "
        "airbags, the interior ministry said.",
    )


def test_running_count_under_another_qualifier_updates_the_story_key() -> None:
    out = run_stream([AIRBAGS, _more("fake")])
    assert out[1][0] == out[0][0]
    kinds = _alerts(out, 1)
    assert any(k == "update" and t == "about 3,100" for k, t, _ in kinds), kinds


def test_a_named_group_is_a_quantity_of_its_own() -> None:
    out = run_stream([AIRBAGS, _more("Norvallan")])
    kinds = _alerts(out, 1)
    assert not any(k == "update" and t == "about 3,100" for k, t, _ in kinds), kinds
