"""Round 18: an update without words of change stays within one order of magnitude."""

from __future__ import annotations

from tests.unit.streams import run_stream


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


_FIRST = (
    "a1",
    "2026-04-14T09:00:00Z",
    "Fighting in Harvaz province",
    "HARVAZ - About 1.2 million people have been displaced by the fighting in Harvaz "
    "province, the UN said on Tuesday.",
)


def test_a_figure_twenty_times_smaller_without_words_of_change_updates_nothing() -> None:
    got = _kinds(
        [
            _FIRST,
            (
                "a2",
                "2026-04-15T09:00:00Z",
                "Harvaz evacuation begins",
                "HARVAZ - About 2,300 civilians were evacuated from the besieged town of "
                "Harvaz on Wednesday, the UN said.",
            ),
        ]
    )
    assert ("update", 2300.0) not in got[1]


def test_a_large_move_the_sentence_states_is_still_an_update() -> None:
    got = _kinds(
        [
            _FIRST,
            (
                "a2",
                "2026-04-20T09:00:00Z",
                "Harvaz: most displaced return",
                "HARVAZ - The number of people displaced by the fighting around Harvaz has "
                "fallen to about 40,000, down from about 1.2 million, the UN said on Monday.",
            ),
        ]
    )
    assert ("update", 40000.0) in got[1]
