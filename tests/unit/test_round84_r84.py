"""Round 84 (r84): a figure whose sentence opens by widening to the whole country or
province ("Across the country, 410 clinics ...", "Nationally, ...") counts the wider area,
and a time that names a past season or feast ("Last winter", "a year earlier") on one side
only is that occasion's count: neither is compared with the story's own figure."""

from __future__ import annotations

import pytest

from claimlogic.ledger import scope
from tests.unit.streams import run_stream


def _fig(sentence: str, text: str, **kw: object) -> dict[str, object]:
    return {"quote": sentence, "text": text, **kw}


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Across the country, 410 clinics have run out of the vaccine.", "410"),
        ("Nationally, the agency has recorded about 9,300 cases this year.", "9,300"),
        ("Throughout the province, 37 people have died in the heat since June.", "37"),
        ("But across the whole state, only 18 bridges were closed.", "18"),
        ("Nationwide, 2,700 flights were cancelled on Monday, the regulator said.", "2,700"),
    ],
)
def test_told_wider_reads_a_sentence_that_opens_on_the_whole_country(
    sentence: str, text: str
) -> None:
    assert scope.told_wider(_fig(sentence, text))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # the wider area mid-sentence: no opening move (nationwide() reads that one)
        ("The agency said 410 clinics across the country had run out.", "410"),
        # the figure stands before the marker's sentence part
        ("Police counted 52 arrests; across the country there were more.", "52"),
        # a town named at the opening is no widening
        ("In Varnholt, 14 people have died since Saturday.", "14"),
        # "across" something else
        ("Across the river, 60 homes were flooded.", "60"),
    ],
)
def test_told_wider_look_alikes_read_no(sentence: str, text: str) -> None:
    assert not scope.told_wider(_fig(sentence, text))


def test_scope_keeps_a_countrywide_count_apart_from_the_story_own() -> None:
    wide = _fig("Across the country, 410 clinics have run out of the vaccine.", "410")
    own = _fig("The district health office said 23 clinics had run out.", "23")
    assert not scope.scope_compatible(wide, own)
    assert not scope.scope_compatible(own, wide)
    # the other side speaks of the whole country too: compared as before
    national = _fig("The ministry said 380 clinics nationwide had run out.", "380")
    assert scope.scope_compatible(wide, national)
    # both widened: compared as before
    also = _fig("Nationally, 390 clinics had run out by Friday.", "390")
    assert scope.scope_compatible(wide, also)


@pytest.mark.parametrize(
    "time", ["Last winter", "last summer", "Last Easter", "a year earlier", "the previous season"]
)
def test_a_past_season_on_one_side_is_its_own_occasion(time: str) -> None:
    then = _fig("Last winter four skaters drowned on the lake.", "four", time=time)
    now = _fig("Six skaters have drowned, police said.", "Six")
    assert not scope.scope_compatible(then, now)
    assert not scope.scope_compatible(now, then)
    # the same occasion on both sides is compared as before
    assert scope.scope_compatible(then, {**now, "time": time})


@pytest.mark.parametrize("time", ["last weekend", "on Sunday", "overnight"])
def test_the_story_own_recent_moment_stays_compared(time: str) -> None:
    then = _fig("Four skaters drowned on the lake.", "Four", time=time)
    now = _fig("Six skaters have drowned, police said.", "Six")
    assert scope.scope_compatible(then, now)


_LEDE = (
    "KORVIK, Jan 12 (Norland Wire) - Four people have drowned after falling through thin "
    "ice on Lake Tessmer this week, the Korvik police said on Monday."
)


def _kinds(second: str) -> list[list[tuple[str, float]]]:
    got = run_stream(
        [
            ("a1", "2031-01-12T10:00:00Z", "Four drown on Lake Tessmer", _LEDE),
            ("a2", "2031-01-13T10:00:00Z", "Lake Tessmer ice deaths", second),
        ]
    )
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in got]


def test_a_countrywide_toll_is_no_update_of_the_lake_toll() -> None:
    wide = (
        "KORVIK, Jan 13 (Norland Wire) - Rescue divers searched Lake Tessmer again on "
        "Tuesday, the Korvik police said. Across the country, 19 people have now drowned "
        "after falling through ice."
    )
    # an update before round 84 (checked)
    assert _kinds(wide) == [[("new_figure", 4.0)], []]
    # the look-alike: the lake's own toll moved on is still an update
    moved = (
        "KORVIK, Jan 13 (Norland Wire) - Six people have now drowned after falling through "
        "thin ice on Lake Tessmer, the Korvik police said on Tuesday."
    )
    assert _kinds(moved) == [[("new_figure", 4.0)], [("update", 6.0)]]


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        # a span that runs from the season to date: the extractor drops the "since"
        ("The ring has stolen 70 vans since last winter, police said.", "last winter"),
        # the story's own event named by its season
        ("The fund has paid 1,900 claims after last spring's floods.", "last spring"),
    ],
)
def test_a_season_the_count_runs_from_or_its_event_is_no_occasion_of_its_own(
    sentence: str, time: str
) -> None:
    then = _fig(sentence, "70", time=time)
    assert not scope.past_occasion(then)
    assert scope.scope_compatible(then, _fig("The count has reached 95.", "95"))
