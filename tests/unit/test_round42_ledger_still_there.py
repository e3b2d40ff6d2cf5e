"""Round 42: "64 workers remained in the camps" is no rival reading of "151 workers had now
been flown home" or of a total that "had risen to 230" in the same article: what is still
there is another quantity than a count the article says moved on (h58-6-4, a
must-not-contradict violation)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

_K = {"metric": "sailors|count", "property": "count"}
_MOVED = (
    "The shipping ministry said 90 sailors had now been flown home, and that the number "
    "of stranded sailors it had identified had risen to 170."
)


def _old(value: int, text: str) -> dict:
    return claim(value, text=text, quote=_MOVED, source="shipping ministry", **_K)


def test_still_there_is_no_rival_of_a_moved_count() -> None:
    q = "The consulate said 40 sailors remained on the ships."
    still = claim(40, quote=q, source="consulate", start=19, **_K)
    assert not ledger.rival_in_article(still, _old(90, "90"))
    assert not ledger.rival_in_article(still, _old(170, "170"))
    extra = {"quarrelling": True}
    _, out = feed(
        [
            (_old(90, "90"), art(1), 1.0, extra),
            (_old(170, "170"), art(1), 1.0, extra),
            (still, art(1), 1.0, extra),
        ],
        metric="sailors|count",
    )
    assert "contradiction" not in out[2]


def test_still_there_against_another_still_count_is_a_rival() -> None:
    q_old = "The shipping ministry said 90 sailors were still on the ships."
    old = claim(90, quote=q_old, source="shipping ministry", start=28, **_K)
    q = "The seafarers' union said about 160 sailors remained on the ships."
    new = claim(160, text="about 160", quote=q, source="seafarers' union", start=26, **_K)
    assert ledger.rival_in_article(new, old)
