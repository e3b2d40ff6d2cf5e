"""Round 34: a figure set in an earlier year than the story's ("The 2018 eruption of
Fuego left at least 215 people dead") is background for comparison, never an update of
the story's own figure."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0  # 2030
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"


def _stream(quote: str) -> list[list[str]]:
    _, out = feed(
        [
            (
                claim(
                    30,
                    source="CONRED",
                    property="killed",
                    quote="The eruption killed 30 people, CONRED said.",
                ),
                art(1),
                T,
            ),
            (
                claim(215, text="215", source="CONRED", property="killed", quote=quote),
                art(2),
                T + DAY,
            ),
        ],
        metric="people|killed",
        label="people killed",
        now_iso=NOW,
        continuing=True,
    )
    return out


def test_a_past_years_toll_updates_nothing() -> None:
    quote = "The 2018 eruption of Fuego killed 215 people, CONRED said."
    assert ledger.of_a_past_year(claim(215, text="215", quote=quote), T)
    assert _stream(quote)[1] == []


def test_the_same_toll_without_a_past_year_is_an_update() -> None:
    quote = "The eruption of Fuego has killed 215 people, CONRED said."
    assert _stream(quote)[1] == ["update"]
