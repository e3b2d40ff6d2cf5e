"""Round 64 (s64): a local outlet's brief that joined no story on its terms joins the one
story whose headline names the place the outlet is named after (brain._outlet_join): a
station's follow-up names no place and shares few terms with the story, so its figures
carry the story's on rather than open a story of their own."""

from __future__ import annotations

from typing import Any

from claimlogic.brain import _outlet_places
from tests.unit.streams import run_stream

_FIRST = (
    "DUNMARROW, June 3 (Wessel Wire) - Foot-and-mouth disease has been confirmed on four "
    "cattle farms near Dunmarrow, the veterinary office said on Tuesday, and 1,400 cattle "
    "on the farms were culled.\n"
    "\n"
    "The office set up a control zone around Dunmarrow and banned livestock markets in "
    "the district, chief vet Orla Brennick said.\n"
)
_BRIEF = (
    "Vets say 2,300 cattle have now been put down, as inspectors check neighbouring "
    "herds. Farmers fear further losses.\n"
)


def _run(
    outlet: str,
    title: str = "Cull count rises",
    first: str = "Foot-and-mouth found on Dunmarrow farms",
    brief: str = _BRIEF,
) -> list[tuple[str, bool, list[Any]]]:
    items = [
        (
            "a1",
            "2031-06-03T09:00:00Z",
            first,
            _FIRST,
            "Wessel Wire",
        ),
        ("a2", "2031-06-05T07:00:00Z", title, brief, outlet),
    ]
    return run_stream(items)


def test_outlet_places() -> None:
    assert _outlet_places("Radio Dunmarrow") == {"dunmarrow"}
    assert _outlet_places("The Dunmarrow Evening Herald") == {"dunmarrow"}
    assert _outlet_places("Radio") == set()
    assert _outlet_places(None) == set()


def test_local_station_brief_joins_the_story_of_its_place() -> None:
    (s1, _, _), (s2, new, alerts) = _run("Radio Dunmarrow")
    assert s2 == s1 and not new
    kinds = {(a["kind"], a["claim"]["text"]) for a in alerts}
    assert ("update", "2,300") in kinds


def test_other_station_brief_stays_apart_and_its_figure_is_new() -> None:
    (s1, _, _), (s2, new, alerts) = _run("Radio Kestwick")
    assert s2 != s1 and new
    assert [a["kind"] for a in alerts] == ["new_figure"]


def test_follow_up_joins_the_one_story_of_its_outlets_place_named_only_in_its_text() -> None:
    # the story's headline names no place; only its dateline and text say Dunmarrow
    (s1, _, _), (s2, new, alerts) = _run(
        "Radio Dunmarrow", first="Foot-and-mouth found on cattle farms"
    )
    assert s2 == s1 and not new
    assert ("update", "2,300") in {(a["kind"], a["claim"]["text"]) for a in alerts}


def test_report_not_written_as_follow_up_needs_the_place_in_the_story_headline() -> None:
    brief = "Vets put down 2,300 cattle, as inspectors check herds. Farmers fear further losses.\n"
    (s1, _, _), (s2, new, _) = _run(
        "Radio Dunmarrow",
        title="Cattle cull",
        first="Foot-and-mouth found on cattle farms",
        brief=brief,
    )
    assert s2 != s1 and new
