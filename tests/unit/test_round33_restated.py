"""Round 33: a value an earlier article already put in the ledger, restated in a later
one (a shortened copy that words the place or time differently, a source standing by its
figure), raises no second contradiction."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0


def _toll(value: float, **kw: object) -> dict[str, object]:
    return claim(value, "approx", low=0.9 * value, high=1.1 * value, property="killed", **kw)


def _stream(last: dict[str, object]) -> list[list[str]]:
    _, out = feed(
        [
            (_toll(520, source="police", place="Rennick", time="on October 7"), art(1), 0.0),
            (_toll(300, source="owner"), art(2), DAY),
            (last, art(3), DAY + 3600.0),
        ]
    )
    return out


def test_a_restated_side_raises_no_second_contradiction() -> None:
    out = _stream(_toll(520, source="police", place="Lantern Room"))
    assert out[1] == ["contradiction"]  # the disagreement, told once
    assert out[2] == []


def test_a_new_value_still_contradicts() -> None:
    assert _stream(_toll(200, source="fire service", place="Lantern Room"))[2] == ["contradiction"]
