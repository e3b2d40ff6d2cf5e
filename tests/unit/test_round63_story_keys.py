"""Round 63 (a63): those in hospital now ("34 patients are now in hospital",
``<noun>|hospitalized|current``) after the story's count of those taken to hospital
(``<noun>|hospitalized``): a reading larger than the count carries it on, since a
remainder is never larger than its whole (brain._story_in_hospital); a smaller one keeps
its key (round 53: those still in hospital may be a remainder), and once the count's
latest reading is itself one of those in hospital now, later ones carry it on both ways.
An expected figure near the story's count ("8,000 pigs will be culled" after "4,500 pigs
were culled") carries the count on (brain._story_expected)."""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

_FIRST = (
    "2031-03-02T09:00:00Z",
    "Pupils taken ill after school lunch in Dunmere",
    "DUNMERE, March 2 (NW) - Twenty pupils were taken to hospital with food poisoning after a "
    "school lunch in Dunmere on Monday, the county health office said.\n\n"
    "The school kitchen was closed and inspectors took samples of the chicken served at "
    "lunch, the health office said.\n",
)


def _second(sentence: str) -> tuple[str, str, str]:
    return (
        "2031-03-04T09:00:00Z",
        "Dunmere school food poisoning: kitchen stays closed",
        "DUNMERE, March 4 (NW) - The kitchen of the Dunmere school where pupils were taken ill "
        "after a school lunch stayed closed on Wednesday while inspectors tested samples of "
        "the chicken.\n\n" + sentence + "\n\nThe county health office said the results of "
        "the tests were expected at the end of the week.\n",
    )


def _run(*articles: tuple[str, str, str]) -> list[list[Any]]:
    out = run_stream([(f"a{i + 1}", *a) for i, a in enumerate(articles)])
    assert len({o[0] for o in out}) == 1, "one story"
    return [[(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in o[2]] for o in out]


def test_more_in_hospital_now_than_were_taken_carries_the_count_on() -> None:
    got = _run(_FIRST, _second("Twenty-six pupils were now in hospital, the health office said."))
    assert [a for a in got[1] if a[0] == "update" and a[2] == "pupils|hospitalized"], got[1]
    assert not [a for a in got[1] if a[0] == "new_figure" and "hospitalized" in a[2]], got[1]


def test_fewer_in_hospital_now_keeps_its_own_key() -> None:
    got = _run(_FIRST, _second("Twelve pupils were still in hospital, the health office said."))
    assert not [a for a in got[1] if a[2] == "pupils|hospitalized"], got[1]


def test_far_more_in_hospital_now_keeps_its_own_key() -> None:
    got = _run(_FIRST, _second("Ninety pupils were now in hospital, the health office said."))
    assert not [a for a in got[1] if a[2] == "pupils|hospitalized"], got[1]


def test_the_joined_state_carries_on_downwards() -> None:
    third = (
        "2031-03-07T09:00:00Z",
        "Dunmere pupils go home from hospital",
        "DUNMERE, March 7 (NW) - Most of the pupils taken ill after a school lunch in Dunmere "
        "have gone home, the county health office said on Saturday.\n\n"
        "Only nine pupils remain in hospital, the health office said.\n\n"
        "Inspectors said the chicken served at lunch had not been cooked long enough.\n",
    )
    got = _run(
        _FIRST,
        _second("Twenty-six pupils were now in hospital, the health office said."),
        third,
    )
    assert [a for a in got[2] if a[0] == "update" and a[2] == "pupils|hospitalized"], got[2]
    assert not [a for a in got[2] if a[0] == "new_figure"], got[2]


_CULL = (
    "2031-05-02T09:00:00Z",
    "Swine fever found on Holmby farms",
    "HOLMBY, May 2 (NW) - Swine fever has been found on three pig farms near Holmby, the "
    "veterinary office said on Tuesday, and 4,500 pigs on the farms were culled.\n\n"
    "The office set up a control zone around the farms and banned the movement of pigs in "
    "it.\n",
)


def _cull(sentence: str) -> list[Any]:
    second = (
        "2031-05-05T09:00:00Z",
        "Holmby swine fever cull widened",
        "HOLMBY, May 5 (NW) - The swine fever outbreak near Holmby spread on Friday, the "
        "veterinary office said.\n\n" + sentence + "\n\nThe control zone around the farms "
        "was widened, the office said.\n",
    )
    return _run(_CULL, second)[1]


def test_an_expected_figure_near_the_story_count_is_no_new_quantity() -> None:
    got = _cull("The veterinary office now says 8,000 pigs on the farms will be culled.")
    assert not [a for a in got if a[0] == "new_figure"], got


def test_an_expected_figure_far_from_the_story_count_keeps_its_own_key() -> None:
    got = _cull("The veterinary office now says 40,000 pigs on the farms will be culled.")
    assert ("new_figure", "40,000", "pigs|count|expected") in got, got
