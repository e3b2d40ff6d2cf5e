"""Round 41: the thing a sum after "worth" is the value of -- a subject's appositive
("The first batch, worth 300 million euros, will ..." was ``EUR?...``, a key of its own)
and the head of the subject of "is worth" ("The first batch of the loan to Norland is
worth 210 million euros" was keyed ``norland``); a side phrase's appositive ("his bonus,
worth up to 500,000 pounds") and "X in Y, worth N" are read as before."""

from __future__ import annotations

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def _sum(text: str) -> Claim:
    (claim,) = [c for c in extract_claims(text) if c.unit in ("EUR", "GBP")]
    return claim


def test_a_subjects_appositive_worth_is_the_subjects_value() -> None:
    got = _sum("The first batch, worth 300 million euros, will leave the depots this week.")
    assert got.about == "batch"
    assert got.metric == "batch|cost|money"


def test_is_worth_keys_the_head_of_the_subject_not_the_last_noun() -> None:
    got = _sum("The first batch of the loan to Norland is worth 210 million euros, she said.")
    assert got.about == "batch"


def test_expected_to_be_worth_reads_the_subject() -> None:
    got = _sum("The third batch is expected to be worth about 500 million euros.")
    assert got.about == "third batch"


def test_a_side_appositive_is_left_alone() -> None:
    got = _sum("He said he would give up his annual bonus, worth up to 500,000 pounds.")
    assert got.about is None
