"""Round 80 (a80): a running count the extractor keyed on a stray word of its sentence
("Complaints to the transport regulator ... have risen to 840" read ``regulator|count``)
takes the one story key whose counted noun the sentence writes before the figure
(``brain.aliases._story_running_named``, reached from ``_story_running``).  Invented
names, places and values."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import aliases
from tests.unit.streams import run_stream

_OPENING = (
    "a1",
    "2026-05-04T08:00:00Z",
    "Ferry delays anger Tarnby travellers",
    "TARNBY, May 4 (Test Wire) - The Tarnby ferry operator Ostmark Lines has received 620 "
    "complaints about late sailings since its new timetable began in April, its chief "
    "executive said on Monday.\n\nThe company blamed a shortage of engine crews.",
)

MOVED = (
    "TARNBY, May 11 (Other Wire) - Complaints to the transport regulator about Ostmark Lines "
    "have risen to 840, the regulator said on Monday."
)


def _second(text: str) -> tuple[str, str, str, str]:
    return ("a2", "2026-05-11T08:00:00Z", "Tarnby ferry complaints grow", text)


def _alerts(text: str) -> list[list[tuple[str, str, str]]]:
    return [
        [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in al]
        for _, _, al in run_stream([_OPENING, _second(text)])
    ]


def test_a_running_count_under_a_stray_word_moves_the_story_s_count() -> None:
    first, second = _alerts(MOVED)
    assert first == [("new_figure", "620", "complaints|count")]
    assert second == [("update", "840", "complaints|count")]


def test_without_the_rule_the_move_is_lost(monkeypatch: Any) -> None:
    monkeypatch.setattr(aliases, "_story_running_named", lambda *_a: None)
    _, second = _alerts(MOVED)
    assert second == []


@pytest.mark.parametrize(
    "text",
    [
        # the sentence writes no noun the story counts: letters are not complaints
        "TARNBY, May 11 (Other Wire) - Letters to the transport regulator about Ostmark Lines "
        "have risen to 840, the regulator said on Monday.",
        # the story's noun is written, but the value is far from its latest reading
        "TARNBY, May 11 (Other Wire) - Complaints to the transport regulator about Ostmark "
        "Lines have risen to 1,900, the regulator said on Monday.",
    ],
)
def test_no_story_noun_or_a_value_far_off_keeps_the_key(text: str) -> None:
    _, second = _alerts(text)
    assert second == []


def test_a_stray_word_is_a_key_that_names_no_counted_noun() -> None:
    assert not aliases._counted_noun("regulator|count")
    assert not aliases._counted_noun("bringing|count")
    assert not aliases._counted_noun("regulator")
    assert aliases._counted_noun("complaints|count")
    assert aliases._counted_noun("engine crews|count")


_FAIR = (
    "a1",
    "2026-06-02T08:00:00Z",
    "Food poisoning at Varne fair",
    "VARNE, June 2 (Test Wire) - Health officials said 14 people were admitted to hospital "
    "with food poisoning after eating at the Varne summer fair on Saturday.\n\nThe fair's "
    "organisers closed two food stalls.",
)


def _fair_second(text: str) -> list[tuple[str, str, str]]:
    second = ("a2", "2026-06-04T08:00:00Z", "Varne fair poisoning grows", text)
    alerts = [al for _, _, al in run_stream([_FAIR, second])][1]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_people_are_the_story_s_count_only_when_the_sentence_counts_them() -> None:
    counted = _fair_second(
        "VARNE, June 4 (Other Wire) - The number of people admitted to hospital in the Varne "
        "fair outbreak has risen to 19, the health office said."
    )
    assert counted == [("update", "19", "people|hospitalized")]
    # the look-alike: "people" written without "the number of" names no quantity
    bare = _fair_second(
        "VARNE, June 4 (Other Wire) - People admitted to hospital in the Varne fair outbreak "
        "have risen to 19, the health office said."
    )
    assert bare == []
