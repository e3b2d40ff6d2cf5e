"""Round 54 (v54): the general form of what befell a count -- a passive event verb whose
subject is the count.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic import ledger


def _c(text: str, quote: str, value: float) -> dict[str, object]:
    return {"text": text, "quote": quote, "value": value, "property": "count", "bound": "exact"}


def test_a_count_that_was_acted_on_is_newsworthy() -> None:
    for text, quote, value, metric in [
        (
            "Six",
            "Six of the fourteen miners had been lifted to the surface by dawn, the company said.",
            6,
            "miners|count",
        ),
        (
            "four",
            "Officials said four foreign aid workers were expelled from the province on Monday.",
            4,
            "aid workers|count",
        ),
        (
            "Three",
            "Three outposts have been surrendered to the rebels since the weekend.",
            3,
            "outposts|count",
        ),
        (
            "two",
            "The clinic said two children had been scalded by the boiling water.",
            2,
            "children|count",
        ),
    ]:
        c = _c(text, quote, value)
        assert ledger.befell(c), quote
        assert ledger.newsworthy(c, metric), quote


def test_what_did_not_befall_the_count_stays_silent() -> None:
    for text, quote, value, metric in [
        # an increment is the next reading of a count
        ("Two", "Two more hikers were located on the ridge overnight.", 2, "hikers|count"),
        # a finding, not an event
        (
            "three",
            "Auditors said three ledgers were thought to have been altered.",
            3,
            "ledgers|count",
        ),
        # a verb of recording
        ("four", "The agency said four ballots had been recorded twice.", 4, "ballots|count"),
        # set against another count: a revision
        (
            "7",
            "The review found that 7 pupils had been affected, fewer than the 11 reported.",
            7,
            "pupils|count",
        ),
        # a remainder
        ("one", "All but one were treated and sent home.", 1, "all|count"),
        # a state that holds on
        ("Five", "Five are still being questioned by police.", 5, "people|count"),
        # another count's verb
        ("Eight", "Eight boats and 40 crew were towed into port.", 8, "boats|count"),
        # the active voice: the count did something, nothing befell it
        ("Two", "Two regional lenders had raised the offer to 40 million.", 2, "lenders|count"),
    ]:
        c = _c(text, quote, value)
        assert not ledger.befell(c), quote
        assert not ledger.newsworthy(c, metric), quote


def test_an_intransitive_verb_of_what_befell_the_count_is_newsworthy() -> None:
    for text, quote, value, metric in [
        ("Four", "Four beach huts fell into the river when the bank gave way.", 4, "huts|count"),
        ("Three", "Three board members resigned on Tuesday over the audit.", 3, "members|count"),
        (
            "two",
            "Officials said two fishing boats capsized near the harbour mouth.",
            2,
            "boats|count",
        ),
    ]:
        c = _c(text, quote, value)
        assert ledger.befell(c), quote
        assert ledger.newsworthy(c, metric), quote
    # an intransitive verb of something else stays silent
    c = _c("Two", "Two freight trains collided near the junction.", 2)
    assert not ledger.befell(c)


def test_the_object_of_a_participle_is_not_the_verbs_subject() -> None:
    c = _c("six", "A ferry carrying six tourists capsized near the pass.", 6)
    assert not ledger.befell(c)
