"""Round 67 (ledger, the key already alerted): a second quantity in a quarrelling article.

Round 66's :func:`ledger.second_quantity` opened a later count of a bare ``count`` key
whose first figure was alerted ("60 volunteer divers had signed up" after "140 divers were
working the wreck site") as a first figure of its own -- but never in an article that
says its sources disagree.  There a count told with another verb far from the key's
figures is still another quantity; only one within 2.5x of any earlier figure of the key,
whoever gave either, may be the other side's reading and stays silent.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import sourced_claim as _claim
from tests.unit.streams import two_article_kinds

CRATES = "containers|count"


def _crates(value: float, text: str, quote: str, source: str) -> dict[str, object]:
    return _claim(value, text, quote, CRATES, source=source, keyed=True)


FIRST = _crates(
    2400,
    "2,400",
    "The port authority said 2,400 containers were waiting on the quay at Mellby.",
    "the port authority",
)


def test_a_far_count_of_another_predicate_is_a_first_figure_in_a_quarrel() -> None:
    later = _crates(
        310,
        "310",
        "The dockers' union said 310 containers had been damaged by the gale.",
        "the dockers' union",
    )
    assert ledger.second_quantity(later, [{"claim": FIRST}], CRATES, quarrelling=True)
    kinds = two_article_kinds(FIRST, later, CRATES, quarrelling=True)
    assert kinds == [("new_figure", [])]


def test_a_close_count_stays_silent_in_a_quarrel_whoever_gave_it() -> None:
    close = _crates(
        3100,
        "3,100",
        "About 3,100 containers had piled up behind the closed gates, dockers said.",
        "",
    )
    close["source"] = None
    # outside a quarrel an unattributed close count is a second quantity (round 66) ...
    assert ledger.second_quantity(close, [{"claim": FIRST}], CRATES)
    # ... in a quarrel it may be the other side's reading of the key's figure
    assert not ledger.second_quantity(close, [{"claim": FIRST}], CRATES, quarrelling=True)
    assert ("new_figure", []) not in two_article_kinds(FIRST, close, CRATES, quarrelling=True)


PEOPLE = "people|count"

FIRST_PEOPLE = _claim(
    52,
    "52",
    "The fire service said 52 people had been hurt in the blast at the Orsund grain silo.",
    PEOPLE,
    source="the fire service",
    keyed=True,
)


def test_a_count_told_with_a_noun_of_its_own_has_a_predicate() -> None:
    # the key's noun is "people"; the sentence counts "tenants", then says what they did
    later = _claim(
        640,
        "640",
        "The housing office said 640 tenants had been moved to hotels for the night.",
        PEOPLE,
        source="the housing office",
        keyed=True,
    )
    assert ledger._own_predicate(later, PEOPLE) == frozenset({"moved", "hotels", "night"})
    assert ledger.second_quantity(later, [{"claim": FIRST_PEOPLE}], PEOPLE)
    assert two_article_kinds(FIRST_PEOPLE, later, PEOPLE) == [("new_figure", [])]
    # no verb after the other noun: still no predicate of its own
    bare = _claim(640, "640", "The office housed 640 tenants in hotels.", PEOPLE, keyed=True)
    assert ledger._own_predicate(bare, PEOPLE) is None
    # a preposition is no counted noun: "stood at 4,700 after duplicates had been removed"
    after = _claim(
        4700,
        "4,700",
        "The ombudsman said claims stood at 4,700 after duplicates had been removed.",
        "complaints|count",
        keyed=True,
    )
    assert ledger._own_predicate(after, "complaints|count") is None


def test_a_running_count_of_another_predicate_so_far_is_a_first_figure() -> None:
    # "so far" with a predicate of its own counts another quantity of the noun
    later = _crates(
        130,
        "130",
        "The customs office said 130 containers had been opened for inspection so far.",
        "the customs office",
    )
    assert ledger.second_quantity(later, [{"claim": FIRST}], CRATES)
    assert two_article_kinds(FIRST, later, CRATES) == [("new_figure", [])]
    # the key's own words carried on stay silent ("were still waiting on the quay")
    again = _crates(
        2100,
        "2,100",
        "The customs office said 2,100 containers were still waiting on the quay.",
        "the customs office",
    )
    assert not ledger.second_quantity(again, [{"claim": FIRST}], CRATES)


def test_a_count_that_is_the_object_of_its_own_verb_is_a_first_figure() -> None:
    later = _crates(
        35,
        "35",
        "The coastguard said it had recovered 35 containers from the beaches near Mellby.",
        "the coastguard",
    )
    assert ledger._own_predicate(later, CRATES) == frozenset({"recove", "beache", "near"})
    assert ledger.second_quantity(later, [{"claim": FIRST}], CRATES)
    assert two_article_kinds(FIRST, later, CRATES) == [("new_figure", [])]
    # a verb that tallies the key's quantity is no predicate of another one
    tally = _crates(
        900,
        "900",
        "The dockers' union said its members had counted 900 containers on the quay.",
        "the dockers' union",
    )
    assert ledger._own_predicate(tally, CRATES) is None
