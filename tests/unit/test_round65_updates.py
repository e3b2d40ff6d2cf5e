"""Round 65 (ledger, update path): the same body's newer count the filters kept silent.

* Round 32 keeps a plain count silent when its sentence says nothing moved and its words
  are not described alike with the earlier figure's; round 57's small-count test keeps a
  plain count below ten silent unless it says it moved.  A count the same speaking body
  gives again, its own clause saying when or in what state it counts ("now", "so far",
  "still", a perfect tense: "had handed out"), is that body's count moved on
  (:func:`ledger.same_body_now`); another body's count, or a calm one, stays silent.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import sourced_claim as _claim
from tests.unit.streams import two_article_kinds

BOXES = "boxes|count"


def _boxes(value: float, text: str, quote: str, source: str) -> dict[str, object]:
    return _claim(value, text, quote, BOXES, source=source, keyed=True)


FIRST_BOXES = _boxes(
    4_300,
    "4,300",
    "The food bank said it had packed 4,300 boxes for families cut off by the floods.",
    "the food bank",
)


def test_same_body_now_reads_the_body_and_the_clause() -> None:
    later = _boxes(
        9_600,
        "9,600",
        "The food bank said volunteers had delivered 9,600 boxes to the valley villages.",
        "the food bank",
    )
    assert ledger.same_body_now(later, FIRST_BOXES)
    other = {**later, "source": "the regional council"}
    assert not ledger.same_body_now(other, FIRST_BOXES)
    calm = {
        **later,
        "quote": "The food bank said 9,600 boxes went to the valley villages.",
    }
    assert not ledger.same_body_now(calm, FIRST_BOXES)


def test_the_same_body_s_newer_plain_count_updates_its_earlier_one() -> None:
    later = _boxes(
        9_600,
        "9,600",
        "The food bank said volunteers had delivered 9,600 boxes to the valley villages.",
        "the food bank",
    )
    assert two_article_kinds(FIRST_BOXES, later, BOXES) == [("update", [4_300.0])]


def test_another_body_s_plain_count_stays_silent() -> None:
    later = _boxes(
        9_600,
        "9,600",
        "The regional council said volunteers had delivered 9,600 boxes to the valley villages.",
        "the regional council",
    )
    assert two_article_kinds(FIRST_BOXES, later, BOXES) == []


# A key whose subject does not say what is counted ("current and former members"):
# the small-count test (:func:`ledger.newsworthy`) keeps it silent, unless the same body
# gives its count again.
MEMBERS = "current|count"


def _members(value: float, text: str, quote: str, source: str) -> dict[str, object]:
    return _claim(value, text, quote, MEMBERS, source=source, keyed=True)


FIRST_MEMBERS = _members(
    380_000,
    "about 380,000",
    "The insurer Corvell Mutual said intruders had copied the files of about 380,000 "
    "current and former members.",
    "Corvell Mutual",
)


def test_an_unnamed_count_the_same_body_gives_again_updates() -> None:
    later = _members(
        2_100_000,
        "about 2.1 million",
        "Corvell Mutual said the files of about 2.1 million current and former members had "
        "been copied.",
        "Corvell Mutual",
    )
    # round 69: "2.1 million current and former members" names its members now
    # (``named_around``); the same body's newer count still updates, another's does not
    assert ledger.newsworthy(later, MEMBERS)
    assert two_article_kinds(FIRST_MEMBERS, later, MEMBERS) == [("update", [380_000.0])]
    other = {**later, "source": "a security researcher"}
    assert ("update", [380_000.0]) not in two_article_kinds(FIRST_MEMBERS, other, MEMBERS)


def test_a_smaller_count_so_far_of_the_same_body_stays_silent() -> None:
    smaller = _boxes(
        1_200,
        "1,200",
        "The food bank said volunteers had delivered 1,200 boxes to the valley villages.",
        "the food bank",
    )
    assert not ledger.same_body_now(smaller, FIRST_BOXES)
    left = _boxes(
        1_200,
        "1,200",
        "The food bank said 1,200 boxes were still waiting at the depot.",
        "the food bank",
    )
    assert ledger.same_body_now(left, FIRST_BOXES)
