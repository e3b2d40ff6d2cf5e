"""Round 47: a toll whose own sentence names the earlier figure it moved from ("Nine
people were hurt, officers said, up from four on Monday") updates that figure, even when
the two reports name different people and places (the incident guard) and each article
also states the other's number somewhere (a labelling difference otherwise)."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-06-01T00:00:00+00:00"
FIRST = "Four people were hurt when the tram left the rails at Ostgate, officers said."
SECOND = "Nine people were hurt, officers said, up from four on Monday, as more came forward."


def _kinds(moved_from: float | None) -> list[str]:
    first = claim(4, text="Four", source="officers", quote=FIRST, property="injured")
    second = claim(9, text="Nine", source="officers", quote=SECOND, property="injured")
    _, out = feed(
        [
            (
                first,
                art(1),
                T,
                {"article_entities": "aaaabbbbcccc", "article_values": (4.0, 9.0)},
            ),
            (
                second,
                art(2),
                T + DAY,
                {
                    "article_entities": "ddddeeeeffff",
                    "article_values": (4.0, 9.0),
                    "moved_from": moved_from,
                },
            ),
        ],
        metric="people|injured",
        label="people injured",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_toll_that_names_the_figure_it_moved_from_updates_it() -> None:
    assert _kinds(4.0) == ["update"]


def test_without_the_named_move_the_incident_guard_holds() -> None:
    assert "update" not in _kinds(None)
