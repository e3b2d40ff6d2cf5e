"""Round 40: a figure whose sentence states no move does not update background -- an
earlier figure that says what a place or body has ("The old quarter ... has about 30,000
residents", "the anchorage had room for about 70 ships") or is set in an earlier year
("In 2025 a similar spill cost the operator 40,000 ryals"): "About 650 residents were
still unable to return" is no next reading of the quarter's population.  A sentence that
says the figure moved ("rose to 96") still updates it: the story has no other reading."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0  # 2030
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"


def _pair(
    first_quote: str, first: float, second_quote: str, second: float, metric: str, **kw: object
) -> list[str]:
    a = claim(first, text=f"{first:,.0f}", quote=first_quote)
    b = claim(second, text=f"{second:,.0f}", quote=second_quote, **kw)
    _, out = feed(
        [(a, art(1), T, {"in_lede": True}), (b, art(2), T + DAY, {"in_lede": True})],
        metric=metric,
        label=metric,
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_count_still_holding_does_not_update_what_the_place_has() -> None:
    out = _pair(
        "The old quarter, laid out in the 18th century, has 30,000 residents.",
        30000,
        "Some 21,000 residents were still unable to return to their homes, civil protection said.",
        21000,
        "residents|count",
    )
    assert "update" not in out


def test_a_sum_does_not_update_a_sum_of_an_earlier_year() -> None:
    out = _pair(
        "In 2025 a similar spill at the port cost the operator 40,000 ryals in fines.",
        40000,
        "Inspectors still want the company to pay 150,000 ryals in fines, the ministry said.",
        150000,
        "fines|amount|money",
    )
    assert "update" not in out


def test_a_stated_move_still_updates_background() -> None:
    out = _pair(
        "Local pilots said the anchorage had room for 70 ships.",
        70,
        "The number of ships waiting rose to 96, the canal authority said.",
        96,
        "ships|count",
        change="up",
    )
    assert out == ["update"]
