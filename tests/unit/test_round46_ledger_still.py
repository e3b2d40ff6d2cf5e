"""Round 46: a state still holding ("four climbers are still missing") carries the count
on as a moved toll does, even when the two articles name different places and people
(the incident guard holds back only tolls that say nothing of going on)."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-06-01T00:00:00+00:00"


def _kinds(quote: str) -> list[str]:
    first = claim(
        11,
        text="11",
        source="mountain rescue",
        quote="Mountain rescue said 11 climbers were missing after the avalanche.",
    )
    second = claim(4, text="four", source="police", quote=quote)
    _, out = feed(
        [
            (first, art(1), T, {"in_lede": True, "article_entities": "aaaa bbbb cccc dddd"}),
            (second, art(2), T + DAY, {"in_lede": True, "article_entities": "eeee ffff 1111 2222"}),
        ],
        metric="climbers|missing",
        label="climbers missing",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_still_missing_updates_across_the_incident_guard() -> None:
    assert _kinds("Four climbers are still missing, police said.") == ["update"]


def test_a_bare_count_stays_behind_the_guard() -> None:
    assert "update" not in _kinds("Four climbers were missing, police said.")
