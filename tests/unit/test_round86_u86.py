"""Round 86 (u86): a body that says it moved its own count of a thing to the figure
("raised their count of goats reported stolen since March to 760") gives the next reading
of the story's count of that thing, whatever stray word the extractor took for the key
(``brain.aliases._story_revised``, reached from ``_story_running``).  Invented names,
places and values."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import aliases
from tests.unit.streams import run_stream

_OPENING = (
    "a1",
    "2026-04-02T08:00:00Z",
    "Goat thefts rise in Merrow hills",
    "MERROW, April 2 (Test Wire) - Merrow Valley Police said on Thursday that 610 goats "
    "had been reported stolen from upland farms since March.\n\nFarmers have asked "
    "for more patrols on the mountain roads.",
)

REVISED = (
    "MERROW, April 20 (Other Wire) - Merrow Valley Police have raised their count of goats "
    "reported stolen from upland farms since March to 760, after more farmers came forward."
)


def _alerts(text: str) -> list[list[tuple[str, str, str]]]:
    second = ("a2", "2026-04-20T08:00:00Z", "Merrow goat thefts", text)
    return [
        [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in al]
        for _, _, al in run_stream([_OPENING, second])
    ]


def test_a_body_s_revised_count_moves_the_story_s_count() -> None:
    first, second = _alerts(REVISED)
    assert [k for k, _, _ in first] == ["new_figure"]
    key = first[0][2]
    assert second == [("update", "760", key)]


def test_without_the_rule_the_move_is_lost(monkeypatch: Any) -> None:
    monkeypatch.setattr(aliases, "_story_revised", lambda *_a: None)
    _, second = _alerts(REVISED)
    assert [k for k, _, _ in second] != ["update"]


@pytest.mark.parametrize(
    "text",
    [
        # the counted words name another thing: sheep are not goats
        "MERROW, April 20 (Other Wire) - Merrow Valley Police have raised their count of "
        "sheep reported stolen from upland farms since March to 760, after more farmers came "
        "forward.",
        # the value is far from the story's latest reading
        "MERROW, April 20 (Other Wire) - Merrow Valley Police have raised their count of "
        "goats reported stolen from upland farms since March to 2,900, after more farmers "
        "came forward.",
    ],
)
def test_another_thing_or_a_value_far_off_is_no_revision(text: str) -> None:
    _, second = _alerts(text)
    assert not any(k == "update" for k, _, _ in second)


def _claim(quote: str, text: str) -> dict[str, Any]:
    return {"quote": quote, "text": text, "value": 1.0}


@pytest.mark.parametrize(
    ("quote", "text", "what"),
    [
        (
            "The board has lowered its estimate of tourist beds lost this summer to 7,100.",
            "7,100",
            "tourist beds lost this summer",
        ),
        (
            "The agency revised its count of callers turned away in 2031 to 4,300.",
            "4,300",
            "callers turned away in 2031",
        ),
        (
            "The council corrected the number of claims received since May down to 505.",
            "505",
            "claims received since may",
        ),
    ],
)
def test_the_revision_cue_reads_what_is_counted(quote: str, text: str, what: str) -> None:
    assert aliases._revised_to(_claim(quote, text)) == what


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        # another figure between the counted words and the value
        ("The board raised its estimate of the 40 sites' losses to 7,100.", "7,100"),
        # a clause between: the cue is not this figure's
        ("It revised its count of claims, and paid out to 300 families.", "300"),
        # no revision of a count: a plain move
        ("Claims to the fund rose to 505.", "505"),
        # the revision's number is another figure's
        ("It raised its count of claims to 505 and paid 300 of them.", "300"),
    ],
)
def test_no_revision_cue_for_this_figure(quote: str, text: str) -> None:
    assert aliases._revised_to(_claim(quote, text)) is None


OTHER_BODY = (
    "MERROW, April 20 (Other Wire) - The Merrow Herders' Union has raised its count of goats "
    "reported stolen from upland farms since March to 760, after more farmers came forward."
    "\n\nMerrow Valley Police have asked for more patrols on the mountain roads."
)


def test_another_body_s_revised_count_is_not_the_police_count_moved_on() -> None:
    _, second = _alerts(OTHER_BODY)
    assert ("update", "760", "goats|count") not in second


def test_the_other_body_guard_is_what_keeps_it_apart(monkeypatch: Any) -> None:
    monkeypatch.setattr(aliases, "_another_body", lambda *_a: False)
    _, second = _alerts(OTHER_BODY)
    assert ("update", "760", "goats|count") in second
