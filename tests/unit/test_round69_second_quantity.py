"""Round 69 (ledger, the key already alerted): a part with a predicate of its own.

Round 37's :func:`ledger.partitive` ("two of the arrested men") kept any part of a group
out of :func:`ledger.second_quantity`, and round 66's :func:`ledger._own_predicate` did
not read past "of the" and the group's words: "60 of the stranded passengers had been
flown to hospital" after "about 420 passengers were stranded on the ferry" stayed silent
under ``passengers|count``.  Such a part with a verb of its own is another quantity (the
passengers flown to hospital).  Now "of the", up to three lower-case words and an
auxiliary or modal give the part its predicate, and the part is no longer refused -- but
not for a possessive group ("of the operator's passengers") nor one with a relative
clause ("of the passengers it had booked"), whose verb is not the part's.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import sourced_claim as _claim
from tests.unit.streams import two_article_kinds

PASSENGERS = "passengers|count"

FIRST = _claim(
    420,
    "420",
    "The coastguard said about 420 passengers were stranded on the ferry outside the harbour.",
    PASSENGERS,
    source="the coastguard",
    keyed=True,
)


def test_a_part_with_a_verb_of_its_own_is_a_second_quantity() -> None:
    for quote, own in (
        (
            "The operator said 60 of the stranded passengers had been flown to hospital.",
            {"flown", "hospit"},
        ),
        # the key's own noun in the part
        (
            "The operator said 60 of the passengers would be flown to hospital by helicopter.",
            {"flown", "hospit", "helico"},
        ),
    ):
        part = _claim(60, "60", quote, PASSENGERS, keyed=True)
        assert ledger._own_predicate(part, PASSENGERS) == frozenset(own), quote
        assert ledger.second_quantity(part, [{"claim": FIRST}], PASSENGERS), quote
        assert two_article_kinds(FIRST, part, PASSENGERS) == [("new_figure", [])], quote


def test_no_part_predicate_after_a_possessive_or_a_relative_clause() -> None:
    for quote in (
        "The operator said 60 of the ferry's passengers had been flown to hospital.",
        "The operator said 60 of the passengers it had booked had been flown to hospital.",
    ):
        part = _claim(60, "60", quote, PASSENGERS, keyed=True)
        assert ledger._part_own(part) is None, quote
        assert not ledger.second_quantity(part, [{"claim": FIRST}], PASSENGERS), quote
        assert ("new_figure", []) not in two_article_kinds(FIRST, part, PASSENGERS), quote


def test_a_relative_clause_or_an_aside_before_the_verb_keeps_the_predicate() -> None:
    for quote in (
        "The operator said 45 passengers who had boarded at the pier had been taken to a hotel.",
        "The operator said 45 passengers, most of them pensioners, had been taken to a hotel.",
        # a name in the relative clause
        "The operator said 45 passengers who had boarded at Brenmouth had been taken to a hotel.",
        # a noun of its own (round 67), then the relative clause
        "The operator said 45 travellers who had boarded at the pier had been taken to a hotel.",
    ):
        later = _claim(45, "45", quote, PASSENGERS, keyed=True)
        assert ledger._own_predicate(later, PASSENGERS) == frozenset({"taken", "hotel"}), quote
        assert two_article_kinds(FIRST, later, PASSENGERS) == [("new_figure", [])], quote
    # the main verb is the predicate, not the relative clause's: "stranded" repeats the key's
    again = _claim(
        45,
        "45",
        "The operator said 45 passengers who had boarded late were stranded on the ferry.",
        PASSENGERS,
        keyed=True,
    )
    assert ledger._own_predicate(again, PASSENGERS) == frozenset({"strand", "ferry"})
    assert not ledger.second_quantity(again, [{"claim": FIRST}], PASSENGERS)
    # no verb after the relative clause: no predicate
    bare = _claim(
        45, "45", "Among them were 45 passengers who had boarded at the pier.", PASSENGERS
    )
    assert ledger._own_predicate(bare, PASSENGERS) is None
