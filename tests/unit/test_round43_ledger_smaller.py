"""Round 43: under a plain count key, a smaller count of the noun whose sentence says
nothing moved is another quantity of it when its words meet the earlier count's in one
word only (round 32's described-alike rule asks one): "Divers found 40 rusted pipes
under the harbour" after "Inspectors found 90 cracked pipes in the north tunnel" is no
fall of the 90.  A smaller count described alike in two words ("40 cracked pipes in the
north tunnel"), one that says what is left of the state ("leaving 40 cracked pipes")
and a larger count described alike in one word are the next reading."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
FIRST = "Inspectors found 90 cracked pipes in the north tunnel, the water board said."


def _second(value: int, quote: str, **kw: object) -> list[str]:
    first = claim(90, text="90", source="water board", quote=FIRST)
    second = claim(value, text=str(value), source="water board", quote=quote, **kw)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + DAY, {"in_lede": True})],
        metric="pipes|count",
        label="pipes",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_smaller_count_described_alike_is_no_update() -> None:
    quote = "Divers found 40 rusted pipes under the harbour, it said."
    assert "update" not in _second(40, quote)


def test_a_smaller_count_described_alike_in_two_words_updates() -> None:
    quote = "Inspectors found 40 cracked pipes in the north tunnel, the water board said."
    assert _second(40, quote) == ["update"]


def test_what_is_left_is_the_next_reading() -> None:
    quote = (
        "Crews replaced most of them by Friday, leaving 40 cracked pipes in the north "
        "tunnel, the water board said."
    )
    assert _second(40, quote) == ["update"]


def test_a_larger_count_described_alike_still_updates() -> None:
    quote = "Divers found 140 rusted pipes under the harbour, it said."
    assert _second(140, quote) == ["update"]


def test_remainder_reads_the_words_right_before_the_figure() -> None:
    assert ledger.remainder(claim(14, quote="It returned 17 jets, leaving 14 on the ground."))
    assert ledger.remainder(claim(300, quote="Power was back for all but 300 homes."))
    assert not ledger.remainder(claim(14, quote="It left the port with 14 jets."))
