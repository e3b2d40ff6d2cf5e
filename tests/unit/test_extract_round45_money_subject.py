"""Round 45: a sum of money with no noun of its own whose clause names a deficit, loss,
shortfall or payout earlier ("the scheme's deficit, after the new valuation, stands at
445 million pounds") is that sum, keyed by the money noun in the singular, not a
bare currency key of its own (``ZAR?digest``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_a_deficit_or_loss_named_before_the_verb_is_the_sum() -> None:
    cases = {
        "The ferry company's loss, once every writedown was booked, came to 42 million "
        "crowns, the administrator said.": ("42 million crowns", "loss"),
        "The hospital trust's deficit, after a second audit, now stands at 18 million pounds.": (
            "18 million pounds",
            "deficit",
        ),
        "The pension scheme's shortfall, after the new valuation, is 75 million euros.": (
            "75 million euros",
            "shortfall",
        ),
    }
    for text, (figure, noun) in cases.items():
        keys = _keys(text)
        assert figure in keys, (text, keys)
        assert keys[figure].split("|")[:2] == [noun, "amount"], (text, keys[figure])


def test_a_sum_with_no_money_noun_keeps_its_own_key() -> None:
    keys = _keys("Shoppers in the region spent 30 million dollars at the new mall in May.")
    assert keys["30 million dollars"].split("|")[0] not in ("loss", "deficit"), keys
