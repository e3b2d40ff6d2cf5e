"""Round 71 (x71, extractor subjects): a sum that is the object of "set aside" or
"pay out" is the provision / the payout, one key for every form of the verb.

Before, the key's subject was whatever stood nearest: the verb's own form ("setting
aside", "paying out", the bare particle "out"), the clause's subject glued to the verb
("council set aside"), the noun the report raises ("sum set aside", "money set aside")
or what the sum is for ("for compensation"), so a provision and the figure a later
report raised it to met under two keys and the rise was never an update.
"""

from claimlogic.extract import extract_claims


def _subject(text: str, value: float) -> str:
    keys = {c.value or 0.0: c.metric for c in extract_claims(text)}
    return keys[value].split("|")[0]


def test_sum_set_aside_for_a_purpose_is_the_provision() -> None:
    text = "The water board said it had set aside 3 million pounds for compensation."
    assert _subject(text, 3e6) == "set aside"


def test_raised_sum_set_aside_is_the_same_provision() -> None:
    text = "The board has since raised the sum set aside for refunds to 7 million pounds."
    assert _subject(text, 7e6) == "set aside"


def test_every_form_of_set_aside_is_one_key() -> None:
    text = "The insurer wrote to members on Monday, setting aside 1.5 million euros."
    assert _subject(text, 1.5e6) == "set aside"


def test_paid_out_and_paying_out_are_one_key() -> None:
    first = "The relief fund said it had paid out only 2.2 million francs so far."
    later = "The relief fund has now settled most claims, paying out 6.4 million francs."
    assert _subject(first, 2.2e6) == "paid out"
    assert _subject(later, 6.4e6) == "paid out"


def test_other_sums_keep_their_subject() -> None:
    text = "The ferry operator spent 4 million euros on a new pier."
    assert _subject(text, 4e6) != "set aside"


def test_sum_named_by_its_own_noun_keeps_the_noun() -> None:
    text = "The ministry has set aside 3 billion forints in drought aid for growers."
    assert _subject(text, 3e9) == "drought aid"
