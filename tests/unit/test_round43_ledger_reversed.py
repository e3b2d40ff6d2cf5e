"""Round 43: round 40's reversal words are read up to 80 characters after the figure (was
64): "About 1,300 residents of Nether Ashby, Upper Coldwell and Brampton were allowed home"
counts those who moved back out of the evacuation, no next reading of the 3,000 evacuated.  A
count of the state itself still updates."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
FIRST = "The fire service said 3,000 people had been evacuated from five villages."
HOME = (
    "About 1,300 residents of Nether Ashby, Upper Coldwell and Brampton were allowed home on "
    "Thursday morning, the fire service said."
)


def _second(quote: str) -> list[str]:
    first = claim(3000, text="3,000", source="fire service", quote=FIRST)
    second = claim(1300, text="About 1,300", source="fire service", quote=quote)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + DAY, {"in_lede": True})],
        metric="people|displaced",
        label="people evacuated",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_return_told_far_after_the_figure_is_no_update() -> None:
    assert ledger.reversed_out(claim(1300, text="About 1,300", quote=HOME))
    assert "update" not in _second(HOME)


def test_a_count_of_the_state_still_updates() -> None:
    quote = "About 1,300 people were still away from their homes, the fire service said."
    assert _second(quote) == ["update"]
