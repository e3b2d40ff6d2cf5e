"""Round 83 (r83): a figure whose sentence opens by moving to a neighbouring place ("In
neighbouring Brelland province, 22 people have died", "Across the border, ...") is that
place's count: it is not compared with a figure of the story's own place, neither as an
update nor as a rival reading."""

from __future__ import annotations

import pytest

from claimlogic.ledger import scope
from tests.unit.streams import run_stream


def _fig(sentence: str, text: str, **kw: object) -> dict[str, object]:
    return {"quote": sentence, "text": text, **kw}


@pytest.mark.parametrize(
    ("sentence", "text", "place"),
    [
        (
            "In neighbouring Brelland, 22 people have died in the floods, officials said.",
            "22",
            "Brelland",
        ),
        (
            "In the neighbouring province of Tolvar, four bridges were closed on Sunday.",
            "four",
            "province of Tolvar",
        ),
        ("Across the border, the Dunmark ministry said it had issued 310 permits.", "310", ""),
        ("A neighbouring district, Orrin Vale, said it had found 46 wells dry.", "46", ""),
        ("Elsewhere in the region, 12 schools stayed shut.", "12", "in the region"),
        ("But in nearby Cassel, only nine homes were flooded.", "nine", "Cassel"),
    ],
)
def test_told_elsewhere_reads_a_sentence_that_moves_to_a_neighbouring_place(
    sentence: str, text: str, place: str
) -> None:
    assert scope.told_elsewhere(_fig(sentence, text)) == place


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # the neighbouring place is where the story's own count went, not a move
        ("About 12,000 people have fled to neighbouring Dunmark, the agency said.", "12,000"),
        # a marker after the figure, in its own clause: no opening move
        ("Twenty homes were flooded, and more in the neighbouring valley.", "Twenty"),
        # the figure stands before the marker's sentence part
        ("The agency counted 40 deaths; in neighbouring Brelland there were more.", "40"),
        # an opening preposition with no neighbouring place
        ("In Ardmoor, 14 people have died since Saturday.", "14"),
    ],
)
def test_told_elsewhere_look_alikes_name_none(sentence: str, text: str) -> None:
    assert scope.told_elsewhere(_fig(sentence, text)) is None


def test_scope_keeps_a_neighbouring_count_apart_unless_the_other_side_names_the_place() -> None:
    there = _fig("In neighbouring Brelland, 22 people have died in the floods.", "22")
    here = _fig("Floods have killed 14 people in Ardmoor province since Saturday.", "14")
    assert not scope.scope_compatible(there, here)
    assert not scope.scope_compatible(here, there)
    assert not scope.comparable(there, here)
    # the other sentence names Brelland: the story is about that place too
    named = _fig("Officials in Brelland said 17 people had died there.", "17")
    assert scope.scope_compatible(there, named)
    # both sentences moved to a neighbouring place: compared as before
    again = _fig("In neighbouring Brelland, officials now count 25 dead.", "25")
    assert scope.scope_compatible(again, there)
    # neither moved: unchanged
    later = _fig("The floods have now killed 22 people, the disaster office said.", "22")
    assert scope.scope_compatible(later, here)


_LEDE = (
    "FENWICK, March 3 (Brisk Wire) - Floods have killed 14 people in Ardmoor province since "
    "Saturday, the provincial disaster office said on Monday, as rivers rose across the north."
)


def _kinds(second: str) -> list[list[tuple[str, float]]]:
    got = run_stream(
        [
            ("a1", "2026-03-03T10:00:00Z", "Floods kill 14 in Ardmoor", _LEDE),
            ("a2", "2026-03-04T10:00:00Z", "Ardmoor flood search goes on", second),
        ]
    )
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in got]


def test_a_neighbouring_province_toll_is_no_update_of_the_story_toll() -> None:
    there = (
        "FENWICK, March 4 (Brisk Wire) - Rescue teams in Ardmoor province searched flooded "
        "villages on Tuesday for people still missing after the weekend's storms, the "
        "provincial disaster office said. In neighbouring Brelland province, 22 people have "
        "died in the floods, officials there said."
    )
    assert _kinds(there) == [[("new_figure", 14.0)], []]
    # the look-alike: the story's own toll moved on is still an update
    moved = (
        "FENWICK, March 4 (Brisk Wire) - Floods have now killed 22 people in Ardmoor "
        "province, the provincial disaster office said on Tuesday."
    )
    assert _kinds(moved) == [[("new_figure", 14.0)], [("update", 22.0)]]


@pytest.mark.parametrize(
    ("sentence", "text", "time"),
    [
        # a share of the group after the figure
        (
            "The utility said 7,400 homes were still on lead pipes, most of them in streets "
            "laid out before 1950.",
            "7,400",
            "before 1950",
        ),
        # another figure's comparison after the figure
        ("The board said 310 claims were open, up from 220 last year.", "310", "last year"),
        # a relative aside before the figure
        (
            "Norland Homes, the housing company that bought the Tarrow estate last year, has "
            "served notices on 640 households.",
            "640",
            "last year",
        ),
    ],
)
def test_time_of_another_part_reads_a_time_of_an_aside(sentence: str, text: str, time: str) -> None:
    assert scope.time_of_another_part(_fig(sentence, text, time=time))


@pytest.mark.parametrize(
    ("sentence", "text", "time"),
    [
        # the figure's own time, in its own clause
        ("The board said 300 claims were paid last year.", "300", "last year"),
        # a fronted time is the figure's span
        ("In 2031, 212 casualties were recorded, the centre said.", "212", "In 2031"),
        # an aside with no relative word (an apposition of place) before the figure
        (
            "Norland Homes, based in Harwick since 2020, has served notices on 640 households.",
            "640",
            "since 2020",
        ),
        # another figure between the figure and the aside: cannot tell whose
        (
            "The board said 310 claims were open and 90 closed, most of them since May.",
            "310",
            "since May",
        ),
    ],
)
def test_time_of_another_part_look_alikes(sentence: str, text: str, time: str) -> None:
    assert not scope.time_of_another_part(_fig(sentence, text, time=time))


def _pair(first: str, second: str) -> list[list[tuple[str, float]]]:
    got = run_stream(
        [
            ("a1", "2026-05-04T10:00:00Z", "Tarrow evictions", first),
            ("a2", "2026-05-06T10:00:00Z", "Tarrow tenants dispute eviction count", second),
        ]
    )
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in got]


_OWNER = (
    "HARWICK, May 4 (Brisk Wire) - Norland Homes, the housing company that bought the Tarrow "
    "estate last year, has served eviction notices on 640 households so that it can refit the "
    "blocks, the company said on Monday."
)
_TENANTS = (
    "HARWICK, May 6 (Brisk Wire) - The Tarrow Residents' Association said on Wednesday that "
    "910 households on the estate have received eviction notices{cue}."
)


def test_a_disputing_count_answers_a_figure_whose_time_is_an_asides() -> None:
    disputing = _TENANTS.format(cue=", far more than the company has acknowledged")
    assert _pair(_OWNER, disputing) == [[("new_figure", 640.0)], [("contradiction", 910.0)]]
    # the look-alike: no dispute cue, no contradiction (as before)
    assert _pair(_OWNER, _TENANTS.format(cue="")) == [[("new_figure", 640.0)], []]
