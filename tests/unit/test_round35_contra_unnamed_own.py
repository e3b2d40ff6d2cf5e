"""Round 35: a figure whose speaker the extractor did not name, but whose own clause gives
"its own" evidence ("ForestWatch Tirrane, said its own analysis of the same period showed
7,900 square kilometres cleared", h21-4-4), is another body's rival side of a named
earlier figure, not the next reading of it."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0


def _stream(quote: str) -> list[list[str]]:
    _, out = feed(
        [
            (
                claim(
                    4900,
                    text="4,900 square kilometres",
                    source="environment ministry",
                    property="cleared",
                    quote=(
                        "The environment ministry said its field checks showed 4,900 square "
                        "kilometres had been cleared."
                    ),
                ),
                art(1),
                0.0,
            ),
            (
                claim(7900, text="7,900 square kilometres", property="cleared", quote=quote),
                art(2),
                2 * DAY,
                {},
            ),
        ]
    )
    return out


def test_its_own_analysis_of_an_unnamed_speaker_contradicts() -> None:
    quote = (
        "An independent monitoring network, ForestWatch Tirrane, said its own analysis of "
        "the same period showed 7,900 square kilometres cleared."
    )
    assert _stream(quote)[1] == ["contradiction"]


def test_an_unnamed_analysis_without_its_own_stays_an_update() -> None:
    # no body of its own: as likely the ministry's own next reading
    quote = "An analysis of the same period showed 7,900 square kilometres cleared."
    assert _stream(quote)[1] == ["update"]
