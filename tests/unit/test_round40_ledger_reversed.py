"""Round 40: how many moved back out of a story's state ("Twelve beaches ... reopened",
"30 horses ... released from quarantine", "Ossery Water lifted its notice for 30,000
households") is another quantity than how many were in it; such a figure, whose sentence
states no move of its own, updates only an earlier count of the same reversal.  What is
still in the state ("All but 300 of the evacuees had been allowed to return home") and a
count said to have moved are updates as before."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
CLOSED = "The algae bloom on the Orlamar coast has closed 31 beaches, the coastal authority said."


def _pair(
    first: str, v1: float, t1: str, second: str, v2: float, t2: str, **kw: object
) -> list[str]:
    a = claim(v1, text=t1, quote=first, source="coastal authority")
    b = claim(v2, text=t2, quote=second, source="coastal authority", **kw)
    _, out = feed(
        [(a, art(1), T, {"in_lede": True}), (b, art(2), T + DAY, {"in_lede": True})],
        metric="beaches|count",
        label="beaches",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_reopened_is_no_update_of_closed() -> None:
    second = "Twelve beaches on the Orlamar coast reopened on Friday after two clean tests."
    assert "update" not in _pair(CLOSED, 31, "31", second, 12, "Twelve")


def test_reopened_updates_reopened() -> None:
    first = "Eight beaches on the coast reopened on Thursday, the coastal authority said."
    second = "Twelve beaches on the coast have reopened, the regional coastal authority said."
    assert _pair(first, 8, "Eight", second, 12, "Twelve", change="up") == ["update"]


def test_all_but_is_what_is_still_closed() -> None:
    second = "All but 12 of the beaches had been allowed to reopen by Friday, the authority said."
    assert _pair(CLOSED, 31, "31", second, 12, "12", change="down") == ["update"]


def test_allowed_people_to_return_is_no_update_of_those_forced_out() -> None:
    first = "A gas well blew out on Monday, forcing 4,200 people to leave villages downwind."
    second = (
        "The regional government allowed 5,200 people to return to villages on the edge of "
        "the zone on Friday after air tests, leaving 7,300 still evacuated."
    )
    a = claim(4200, text="4,200", quote=first, source="regional government")
    b = claim(5200, text="5,200", quote=second, source="regional government")
    _, out = feed(
        [(a, art(1), T, {"in_lede": True}), (b, art(2), T + DAY, {"in_lede": True})],
        metric="people|count",
        label="people",
        now_iso=NOW,
        continuing=True,
    )
    assert "update" not in out[1]
