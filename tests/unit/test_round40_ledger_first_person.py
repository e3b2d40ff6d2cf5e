"""Round 40: a body's count on its own evidence, in its speaker's first person, in a
quotation that opens its sentence ('"Our members tell us 35 sailors were winched or
lifted off their boats.', '"Our count is 400 houses damaged or destroyed.') is another
body's rival reading of the figure an earlier source gave, not that figure moved on --
also in an article that does not say its sources disagree, and also when the earlier
figure names no source.  "We counted 2,600 people this morning" (no evidence of the
body's members, counts or records) is left as it was: as often the body's own figure
moving on."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"


def _pair(first: str, v1: float, src1: str | None, second: str, v2: float, src2: str) -> list[str]:
    a = claim(v1, text=f"{v1:,.0f}", quote=first, source=src1)
    b = claim(v2, text=f"{v2:,.0f}", quote=second, source=src2)
    _, out = feed(
        [(a, art(1), T, {"in_lede": True}), (b, art(2), T + DAY, {"in_lede": True})],
        metric="sailors|count",
        label="sailors",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


FIRST = "By Friday evening 23 sailors had been winched from their yachts, the authority said."


def test_our_members_tell_us_is_a_rival_reading() -> None:
    second = '"Our members tell us 35 sailors were winched or lifted off their boats.'
    assert _pair(FIRST, 23, "authority", second, 35, "sailors association") == ["contradiction"]


def test_our_count_answers_a_figure_with_no_source() -> None:
    first = "By Friday evening 23 sailors had been winched from their yachts."
    second = '"Our count is 35 sailors winched or lifted off their boats.'
    assert _pair(first, 23, None, second, 35, "sailors association") == ["contradiction"]


def test_we_counted_is_not_taken_for_a_rival_reading() -> None:
    second = '"We counted 35 sailors this morning in the harbour.'
    assert _pair(FIRST, 23, "authority", second, 35, "sailors association") != ["contradiction"]


def test_a_stated_move_in_the_first_person_is_no_rival() -> None:
    second = '"Our members tell us the number has now risen to 35 sailors.'
    assert _pair(FIRST, 23, "authority", second, 35, "sailors association") != ["contradiction"]
