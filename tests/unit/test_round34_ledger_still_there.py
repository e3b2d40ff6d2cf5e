"""Round 34: how many are still somewhere ("21 guests were still in hospital") is another
quantity than how many were ever taken there ("74 people had been taken to hospital"): no
update of that running total, unless the sentence says how it moved."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"


def _second(first_quote: str, quote: str, **kw: object) -> list[str]:
    first = claim(
        74, text="74", source="health department", property="hospitalized", quote=first_quote
    )
    second = claim(
        21, text="21", source="health department", property="hospitalized", quote=quote, **kw
    )
    _, out = feed(
        [(first, art(1), T), (second, art(2), T + DAY)],
        metric="people|hospitalized",
        label="people hospitalized",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


TAKEN = (
    "The poisoning killed eight guests, and 74 people had been taken to hospital, the health "
    "department said."
)
IN_HOSPITAL = "There were 74 people in hospital on Sunday night, the health department said."
STILL = "Doctors said 21 guests were still in hospital, the health department said."


def test_still_there_is_no_update_of_those_ever_taken() -> None:
    assert _second(TAKEN, STILL) == []


def test_still_there_updates_those_there_before() -> None:
    assert _second(IN_HOSPITAL, STILL) == ["update"]


def test_a_stated_move_still_updates() -> None:
    quote = "Doctors said 21 guests remained in hospital, down from 74, the health department said."
    assert _second(TAKEN, quote, change="down") == ["update"]
