"""Round 38: the sum "recovered" is the money got back, one key whoever recovered it --
"It has recovered 1.6 million euros" (was a key of its own, ``EUR?...``), "Calder has
recovered 18 million euros of the duplicated money" (was ``calder``), "had recovered 12
million euros so far" after "customers who had been paid twice" (was ``twice``) -- and a
level that later reports raise, not a change; a sum with a noun of its own keeps it."""

from __future__ import annotations

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def _claim(text: str) -> Claim:
    (claim,) = [c for c in extract_claims(text) if c.unit == "EUR"]
    return claim


def test_the_sum_recovered_has_one_key_whoever_recovered_it() -> None:
    bare = _claim("It has recovered 1.6 million euros.")
    named = _claim(
        "Calder has recovered 18 million euros of the duplicated money, a spokeswoman said."
    )
    after = _claim(
        "Calder said it now counted 64,500 customers who had been paid twice and had "
        "recovered 12 million euros so far."
    )
    assert bare.metric == named.metric == after.metric == "recovered|amount|money"


def test_the_sum_recovered_is_a_level() -> None:
    got = _claim("The company said it had now recovered 1.1 million euros from players.")
    assert got.change is None and not got.change_is_delta


def test_a_sum_with_its_own_noun_keeps_it() -> None:
    got = _claim("The club recovered 2 million euros in unpaid fees, the league said.")
    assert not got.metric.startswith("recovered|")
