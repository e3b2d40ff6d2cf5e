"""Round 67 (s67): a follow-up brief that shares one rare name with a story joins it when
its headline names the story's event noun, though none of its figures is of a kind the
story already tracks (brain._story_follow_up_noun): a follow-up often counts what the
first report did not (arrests after the seized cars), so the figure-kind test of the
brief join let it open a story of its own and its figure read as a first one."""

from __future__ import annotations

from typing import Any

from claimlogic.brain import _story_follow_up_noun
from tests.unit.streams import run_stream

_FIRST = (
    "TALMER, June 2 (Orlen Wire) - Dorvane's government sent army cooks into state hospitals "
    "on Monday after cleaners walked out over pay, with the cleaners' union and the health "
    "ministry at odds over the numbers.\n"
    "\n"
    "The union said 2,400 cleaners had joined the walkout. The health ministry said 900 were "
    'absent and that wards were "coping under contingency plans".\n'
    "\n"
    "The defence ministry said 300 army cooks had been sent to hospital kitchens.\n"
)
_SECOND = (
    "The health ministry says 11 of Dorvane's hospitals are now affected by the cleaners' "
    "walkout, up from eight yesterday. Army cooks remain on duty.\n"
)
_STORY = "Dorvane sends army cooks into hospitals as cleaners walk out"


def _run(title: str, second: str = _SECOND) -> list[tuple[str, bool, list[Any]]]:
    items = [
        ("b1", "2031-06-02T09:00:00Z", _STORY, _FIRST, "Orlen Wire"),
        ("b2", "2031-06-04T07:00:00Z", title, second, "Radio Kelmoor"),
    ]
    return run_stream(items)


def test_follow_up_noun_needs_a_follow_up_and_a_shared_headline_word() -> None:
    story = {"title": _STORY}
    names = {"dorvan"}
    walkout = "Cleaners' walkout spreads to 11 hospitals"
    assert _story_follow_up_noun({"fu": True, "title": walkout}, story, names)
    # the shared word is only the name: no event noun in common
    ferry = {"fu": True, "title": "Dorvane ferry strike ends"}
    assert not _story_follow_up_noun(ferry, story, names)
    # not written as a follow-up
    assert not _story_follow_up_noun({"fu": False, "title": walkout}, story, names)


def test_follow_up_brief_with_a_new_kind_of_figure_joins_the_story_of_its_event() -> None:
    (s1, _, _), (s2, new, alerts) = _run("Cleaners' walkout spreads to 11 hospitals")
    assert s2 == s1 and not new
    assert [(a["kind"], a["claim"]["text"]) for a in alerts] == [("update", "11")]


def test_follow_up_brief_naming_another_event_stays_apart() -> None:
    (s1, _, _), (s2, new, _) = _run("Ferry strike ends at 11 ports")
    assert s2 != s1 and new


_NAMELESS = (
    "Eleven hospitals are now hit by the cleaners' walkout, up from eight, the health "
    "ministry says.\n"
)


def test_nameless_follow_up_brief_joins_the_story_of_its_event() -> None:
    # a brief that names nothing: its headline's event noun is the only tie
    (s1, _, _), (s2, new, alerts) = _run("Cleaners' walkout spreads to 11 hospitals", _NAMELESS)
    assert s2 == s1 and not new
    assert [(a["kind"], a["claim"]["text"]) for a in alerts] == [("update", "Eleven")]


def test_nameless_brief_of_another_event_stays_apart() -> None:
    (s1, _, _), (s2, new, alerts) = _run("Ferry strike ends at 11 ports", _NAMELESS)
    assert s2 != s1 and new
    assert [a["kind"] for a in alerts] == ["new_figure"]


_AGENCY = (
    "Agency staff hired by state hospitals in Talmer during the cleaners' walkout have cost "
    "2 million crowns, the audit office said on Thursday. Auditor Pell Varnet said agencies "
    "billed twice the usual rates.\n"
)


def test_report_tied_by_its_headline_joins_without_a_figure_kind_in_common() -> None:
    # not written as a follow-up: the headline tie (a shared headline word, a name no
    # other story holds, hours apart) is the evidence; its money figure is a new kind
    (s1, _, _), (s2, new, alerts) = _run("Talmer hospitals: agency bill for walkout", _AGENCY)
    assert s2 == s1 and not new
    assert [a["kind"] for a in alerts] == ["new_figure"]


def test_report_with_no_headline_word_of_the_story_stays_apart() -> None:
    (s1, _, _), (s2, new, _) = _run("Talmer audit: agency bill", _AGENCY)
    assert s2 != s1 and new
