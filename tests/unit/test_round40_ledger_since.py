"""Round 40: under a plain count key a "since" says over what period the count runs
("1,150 people have been vaccinated since the hotline opened", "Officers have seen 35
dogs since the weekend"), not that an earlier count moved; such a figure updates only an
earlier figure of the key described alike (round 32's rule), as when its sentence has no
move word at all.  A figure that says it moved ("rose to") still updates."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
FIRST = "Police arrested 110 people in raids across the city, the interior ministry said."


def _second(quote: str, **kw: object) -> list[str]:
    first = claim(110, text="110", source="interior ministry", quote=FIRST)
    second = claim(1150, text="1,150", source="health ministry", quote=quote, **kw)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + DAY, {"in_lede": True})],
        metric="people|count",
        label="people",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_count_since_a_day_is_no_move_of_another_count() -> None:
    quote = (
        "Some 1,150 people have been vaccinated since the hotline opened, the health ministry said."
    )
    assert "update" not in _second(quote)


def test_the_same_sentence_without_since_is_no_update_either() -> None:
    quote = "Some 1,150 people have been vaccinated at the clinics, the health ministry said."
    assert "update" not in _second(quote)


def test_a_count_that_rose_is_still_an_update() -> None:
    quote = "The number of people arrested rose to 1,150 since the raids began, the ministry said."
    assert _second(quote, change="up") == ["update"]
