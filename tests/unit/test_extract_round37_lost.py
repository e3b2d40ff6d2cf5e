"""Round 37: "Our members have lost at least 9 million crowns" is the loss -- the same
key as "put the loss to growers at 3 million crowns" and "losses of ..." (it was
``members|amount|money|change``, a fall of the members), and a level, not a change; one
person's loss ("he lost 23,000 euros") and a sum with a noun of its own stay apart."""

from __future__ import annotations

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def _claim(text: str) -> Claim:
    (claim,) = [c for c in extract_claims(text) if c.unit == "EUR"]
    return claim


def test_the_sum_lost_is_the_loss() -> None:
    lost = _claim('"Our members have lost at least 9 million euros already," she said.')
    put = _claim("The fisheries ministry put the loss to growers at 3 million euros.")
    assert lost.metric == put.metric == "loss|amount|money"
    assert lost.change is None and not lost.change_is_delta
    assert _claim("Investors lost about 2.5 million euros.").metric == "loss|amount|money"


def test_one_persons_loss_is_not_the_story_sum() -> None:
    got = _claim("He said he had lost 23,000 euros.")
    assert not got.metric.startswith("loss|")


def test_a_sum_with_its_own_noun_keeps_it() -> None:
    got = _claim("Farmers lost about 2 million euros in sales, the union said.")
    assert not got.metric.startswith("loss|")
