"""Round 34: a sum under a bare noun key moves only when its own clause says so: "The
number of ticket gates out of action rose to 1,100 ..., and the attackers demanded a
ransom of 4 million florins" is another sum, not the next reading of the 380,000 florins
drained from fare cards."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
FIRST = "Hackers drained 380,000 florins from passengers' prepaid balances, the authority said."


def _second(quote: str) -> list[str]:
    first = claim(380_000, text="380,000", source="authority", quote=FIRST)
    second = claim(4_000_000, text="4 million", source="authority", quote=quote)
    _, out = feed(
        [(first, art(1), T), (second, art(2), T + DAY)],
        metric="florins|count",
        label="florins",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_another_clauses_move_does_not_move_the_sum() -> None:
    quote = (
        "The number of ticket gates out of action rose to 1,100, and the attackers demanded "
        "a ransom of 4 million florins, the authority said."
    )
    assert _second(quote) == ["new_figure"]


def test_a_move_in_the_sums_own_clause_updates() -> None:
    quote = "The amount drained from the cards has risen to 4 million florins, the authority said."
    assert _second(quote) == ["update"]
