"""Round 53 (g53): the guards that silence a story's first figures.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic import ledger


def _c(text: str, quote: str, value: float, metric: str = "people|count") -> dict[str, object]:
    return {
        "text": text,
        "quote": quote,
        "value": value,
        "property": metric.split("|")[1],
        "bound": "exact",
    }


# -- a small count of what befell the story's people is news, not scenery ---------------


def test_a_small_count_the_story_says_something_befell_is_newsworthy() -> None:
    for text, quote, value, metric in [
        (
            "Three",
            "Three wardens at the reserve have been suspended, the agency said.",
            3,
            "wardens|count",
        ),
        (
            "Seven",
            "Seven of the climbers are in intensive care at the county hospital.",
            7,
            "climbers|count",
        ),
        (
            "two",
            "The board said on Friday it had dismissed two accountants.",
            2,
            "accountants|count",
        ),
        (
            "One",
            "One miner, a 52-year-old father of three, died in hospital overnight.",
            1,
            "miner|count",
        ),
        (
            "Five",
            "Five ferries were grounded after the inspection found faulty rudders.",
            5,
            "ferries|count",
        ),
        (
            "Two",
            "Two of the five divers missing off the reef have been found dead.",
            2,
            "divers|count",
        ),
    ]:
        c = _c(text, quote, value, metric)
        assert ledger.befell(c), quote
        assert ledger.newsworthy(c, metric), quote


def test_a_small_count_of_scenery_stays_silent() -> None:
    for text, quote, value, metric in [
        (
            "two",
            "Firefighters from two stations fought the blaze for six hours.",
            2,
            "stations|count",
        ),
        ("three", "The flat sits three streets away from the depot.", 3, "streets|count"),
        ("two", "The two governments said talks would resume next week.", 2, "governments|count"),
    ]:
        c = _c(text, quote, value, metric)
        assert not ledger.befell(c), quote
        assert not ledger.newsworthy(c, metric), quote


def test_what_befell_another_count_or_a_group_is_not_the_small_counts() -> None:
    for text, quote in [
        # the verb is the second count's
        ("Six", "Six anglers were lifted off the pier and two were missing on Sunday."),
        # part of a list or of a group named before it
        ("two", "Eleven people, including two guards, were arrested on Monday."),
        ("two", "About 40 tenants of two blocks were evacuated as a precaution."),
        ("five", "All five have been released on bail."),
        # a state that holds on is the next reading of a known count
        ("Two", "Two remain in intensive care."),
        # a negation
        ("two", "Police said two hikers had not been found among the injured."),
    ]:
        assert not ledger.befell(_c(text, quote, 2)), quote


# -- a ballot's count names its voters by the vote ----------------------------------------


def test_a_ballots_count_against_counts_voters() -> None:
    for text, quote, metric in [
        (
            "512",
            "In the postal ballot, 2,903 nurses voted to accept and 512 voted against.",
            "postal ballot|count",
        ),
        ("88", "The assembly said 406 delegates had backed the plan and 88 against.", "plan|count"),
        (
            "1,430",
            "Of the teachers polled, 3,100 voted to strike and 1,430 had voted to wait.",
            "strike|count",
        ),
    ]:
        c = _c(text, quote, 500, metric)
        assert ledger.counts_things(c, metric), quote
        assert ledger.newsworthy(c, metric), quote
    # a number that names no voters and no plural noun says nothing it counts
    c = _c("2,400", "The union's 2,400 walked out at noon.", 2400, "union|count")
    assert not ledger.counts_things(c, "union|count")
