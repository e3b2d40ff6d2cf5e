"""Round 40: round 34's "how many are still somewhere is not how many were ever taken
there" reads "rescued" and "gone / went / came to hospital" as ever taken too, and looks
64 characters past the figure for them: "Two riders remain in hospital" is no next reading of
"Four riders from the stalled Skyfall coaster were taken to Tallis General Hospital",
nor "Six survivors remain in hospital" of "9 people had been rescued".  How many were in
hospital on an earlier day is still updated by how many remain there."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"


def _pair(first: str, v1: float, second: str, v2: float, metric: str) -> list[str]:
    a = claim(v1, text=first.split()[0], quote=first)
    b = claim(v2, text=second.split()[0], quote=second)
    _, out = feed(
        [(a, art(1), T, {"in_lede": True}), (b, art(2), T + DAY, {"in_lede": True})],
        metric=metric,
        label=metric,
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_taken_to_hospital_far_after_the_figure_is_ever_taken() -> None:
    first = (
        "Four riders from the stalled Skyfall coaster were taken to Tallis General Hospital "
        "with heat exhaustion, paramedics said."
    )
    assert _pair(first, 4, "Two riders remain in hospital.", 2, "riders|hospitalized") == []


def test_rescued_is_ever_taken() -> None:
    first = "Nine people had been rescued from the water by fishing boats, the airline said."
    second = "Six survivors remain in hospital, two of them in a serious condition."
    assert _pair(first, 9, second, 6, "people|rescued") == []


def test_came_to_hospital_is_ever_taken() -> None:
    first = "Eleven fishermen who had gone home came to hospital with burns overnight."
    second = "Six fishermen remain in hospital, the health ministry said."
    assert _pair(first, 11, second, 6, "fishermen|hospitalized") == []


def test_in_hospital_on_an_earlier_day_is_updated() -> None:
    first = "Four riders were in hospital on Monday evening, paramedics said."
    assert _pair(first, 4, "Two riders remain in hospital.", 2, "riders|hospitalized") == ["update"]
