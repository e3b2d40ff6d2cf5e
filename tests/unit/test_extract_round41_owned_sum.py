"""Round 41: a sum "of its X" is a sum of X -- "swap $9 billion of its foreign-currency
bonds" was ``USD?...`` (a key of its own, never compared), the owner standing between
"of" and the noun; "of bonds" with no owner kept its noun before and keeps it now."""

from __future__ import annotations

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def _sum(text: str) -> Claim:
    (claim,) = [c for c in extract_claims(text) if c.property in ("amount", "cost", "funding")]
    return claim


def test_a_sum_of_its_things_is_keyed_by_the_things() -> None:
    got = _sum("The state offered to swap $9 billion of its foreign-currency bonds for new ones.")
    assert got.about == "foreign currency bonds"
    assert got.metric == "foreign currency bonds|amount|money"


def test_every_owner_word_reads_the_same() -> None:
    theirs = _sum("The pension funds sold 40 million euros of their shares in the bank.")
    ours = _sum('"We sold 40 million euros of our shares in the bank," the fund said.')
    assert theirs.about == ours.about == "shares"


def test_a_sum_of_things_without_an_owner_is_unchanged() -> None:
    got = _sum("The state offered to swap $9 billion of bonds for new ones.")
    assert got.about == "bonds"
