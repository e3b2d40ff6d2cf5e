"""Round 40: a figure given as a step added to a count ("A further 120 services had been
cancelled by 07:00", "an additional 800 people") is no next reading of that count: the
count would then be 500, not 120.  The same sentence without "a further" updates it."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
FIRST = "The operator said 380 services had been cancelled by midday."


def _second(quote: str, **kw: object) -> list[str]:
    a = claim(380, text="380", quote=FIRST, source="operator")
    b = claim(120, text="120", quote=quote, source="operator", **kw)
    _, out = feed(
        [(a, art(1), T, {"in_lede": True}), (b, art(2), T + DAY, {"in_lede": True})],
        metric="services|cancelled",
        label="services cancelled",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_further_step_is_no_update() -> None:
    quote = "A further 120 services had been cancelled by 07:00 on Wednesday, the operator said."
    assert "update" not in _second(quote, change="down")


def test_an_additional_step_is_no_update() -> None:
    quote = "An additional 120 services had been cancelled by 07:00, the operator said."
    assert "update" not in _second(quote, change="down")


def test_the_count_itself_is_an_update() -> None:
    quote = "Only 120 services were still cancelled by 07:00 on Wednesday, the operator said."
    assert _second(quote, change="down") == ["update"]
