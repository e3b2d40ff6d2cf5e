"""Round 47: "still missing" after an earlier count whose sentence goes on to another
figure brought out ("12 climbers were missing and 5 had been brought down alive"): the
words of being taken somewhere are the next figure's, so the earlier 12 is no running
total of people taken away, and the later "still missing" count updates it."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-06-01T00:00:00+00:00"
FIRST = "Mountain police said 12 climbers were missing and 5 had been brought down alive."
SECOND = "Eight climbers are still missing, mountain police said on Thursday."


def test_the_next_figures_words_are_not_the_counts() -> None:
    assert not ledger._ever_taken({"quote": FIRST, "text": "12"})
    assert ledger._ever_taken({"quote": FIRST, "text": "5"})


def test_still_missing_updates_the_missing_count() -> None:
    first = claim(12, text="12", source="mountain police", quote=FIRST, property="missing")
    second = claim(8, text="Eight", source="mountain police", quote=SECOND, property="missing")
    _, out = feed(
        [(first, art(1), T), (second, art(2), T + DAY)],
        metric="climbers|missing",
        label="climbers missing",
        now_iso=NOW,
        continuing=True,
    )
    assert out[1] == ["update"]
