"""Round 35: "correct" as an adjective ("saying its own count of 2,300 evacuees at that
hour was correct", the other side's words, h6-1-4) is no revision of the figure; the
verb ("corrected the toll to 41", "moved to correct the figure") still is."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0

DISPUTED = (
    "Spain's Guardia Civil said on Tuesday that 3,100 people had been moved out of five "
    "villages below the dam by 10 a.m., a figure the regional emergency service disputed, "
    "saying its own count of 2,300 evacuees at that hour was correct."
)


def _stream(quote: str) -> list[list[str]]:
    _, out = feed(
        [
            (
                claim(
                    2300,
                    text="2,300",
                    source="regional emergency service",
                    property="evacuated",
                    quote="The regional emergency service said 2,300 people had been evacuated.",
                ),
                art(1),
                0.0,
            ),
            (
                claim(
                    3100,
                    text="3,100",
                    source="Spain's Guardia Civil",
                    property="evacuated",
                    quote=quote,
                ),
                art(2),
                0.1 * DAY,
                {"quarrelling": True},
            ),
        ]
    )
    return out


def test_a_figure_the_other_side_says_its_own_count_is_correct_against_contradicts() -> None:
    assert _stream(DISPUTED)[1] == ["contradiction"]


def test_correct_as_an_adjective_is_no_revision() -> None:
    assert not ledger.revision({"quote": DISPUTED, "text": "3,100"})
    assert not ledger.revision({"quote": "It said the correct figure was 40.", "text": "40"})


def test_correct_as_a_verb_is_a_revision() -> None:
    assert ledger.revision({"quote": "The ministry corrected the toll to 41.", "text": "41"})
    assert ledger.revision(
        {"quote": "The agency moved to correct the figure, putting it at 41.", "text": "41"}
    )
    corrected = (
        "Spain's Guardia Civil corrected its count on Tuesday, saying 3,100 people had been "
        "moved out of five villages below the dam."
    )
    assert _stream(corrected)[1] == ["update"]
