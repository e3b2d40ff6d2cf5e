"""Round 34: a number before the singular "call" is the number dialled ("within four
minutes of the 911 call" was ``call|arrived``); "3,000 calls" stays a count."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def test_the_911_call_is_no_quantity() -> None:
    texts = [
        c.text
        for c in extract_claims(
            "The first engine arrived within four minutes of the 911 call, the department said."
        )
    ]
    assert "911" not in texts


def test_calls_counted_stay() -> None:
    texts = [c.text for c in extract_claims("The service received 3,000 calls on Monday.")]
    assert "3,000" in texts
