"""Round 42 (lead): two armies' soldiers are two groups, even in an article whose sources
quarrel (brain._named_apart in brain._quarrel_key).

"the number of Talish soldiers taken prisoner had risen to 110" (``talish troops|captured``)
and, from the other side, "140 Merovan soldiers had surrendered" (``merovan troops|captured``):
one head noun, each subject named by its own nation -- no rival readings of one count.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

FIRST = (
    "a1",
    "2031-05-02T08:00:00Z",
    "Fighting at the Orna bridgehead",
    "ORNA, May 2 (TR) - Merovan forces said they had taken 70 Talish soldiers prisoner in the "
    "fighting for the Orna bridgehead, the general staff said on Friday.",
)


def _alerts(out: list[tuple[str, bool, list[dict[str, Any]]]], i: int) -> set[tuple[str, str]]:
    return {(a["kind"], a["claim"]["text"]) for a in out[i][2]}


def test_another_armys_prisoners_are_no_rival_reading() -> None:
    second = (
        "a2",
        "2031-05-04T08:00:00Z",
        "Orna bridgehead prisoners",
        "ORNA, May 4 (TR) - The Merovan general staff said the number of Talish soldiers taken "
        "prisoner had risen to 110. The Talish defence ministry disputed the Merovan account "
        "and said 140 Merovan soldiers had surrendered, a figure the Merovan side rejected.",
    )
    out = run_stream([FIRST, second])
    kinds = {kind for kind, _ in _alerts(out, 1)}
    assert "contradiction" not in kinds


def test_the_count_of_one_armys_prisoners_still_updates() -> None:
    # the guard leaves the story's own count alone: 70 -> 110 Talish prisoners is a move
    second = (
        "a2",
        "2031-05-04T08:00:00Z",
        "Orna bridgehead prisoners",
        "ORNA, May 4 (TR) - The Merovan general staff said the number of Talish soldiers taken "
        "prisoner had risen to 110. The Talish defence ministry disputed the figure and said "
        "only 40 soldiers had been captured.",
    )
    out = run_stream([FIRST, second])
    assert ("update", "110") in _alerts(out, 1)
