"""Round 63 (g63): right first figures the first-figure guards silenced -- plurals the
``-s`` test misses name what a count counts; a reported clause that opens with a small count told
as the subject of a passive is the sentence's news, not scenery.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import unitless_count


def test_plurals_the_s_test_misses() -> None:
    for word, metric in [("fishermen", "fishermen|count"), ("salmon", "salmon|count")]:
        c = unitless_count("60", f"Officials said 60 {word} had been taken.", 60.0, metric)
        assert ledger.counts_things(c, metric), word
    assert not ledger._compound_plural("specimen")  # round 69: "60 specimen jars" names jars


def test_a_reported_clause_opens_with_what_befell_a_small_count() -> None:
    for text, quote in [
        ("seven", "Customs officers said seven crates had been opened at the quay."),
        ("Three", "Three wardens were suspended on Friday, the trust said."),
        ("four", "The mayor told reporters that four bridges had been closed, and more may be."),
        ("two", "The rescue took all night; two climbers were airlifted to hospital."),
    ]:
        assert ledger.told_done_to(unitless_count(text, quote, 3.0, "things|count")), quote
    for text, quote in [
        ("two", "Four other wardens were suspended."),  # a step
        ("three", "The trust said three of the nine were released on bail."),  # a part
        ("two", "Those named include the owner, two wardens who had left."),  # a list
        ("two", "The trust runs two hostels near the quay."),  # no passive
        ("three", "Wardens said the three climbers were fine."),  # not opening its clause
    ]:
        assert not ledger.told_done_to(unitless_count(text, quote, 2.0, "things|count")), quote


def _delta(text: str, quote: str, value: float, metric: str) -> dict[str, object]:
    return {**unitless_count(text, quote, value, metric), "change_is_delta": True, "change": "down"}


def test_a_delta_that_is_what_the_verb_did_may_open_its_key() -> None:
    for text, quote, value, metric in [
        (
            "9 million pounds",
            "The hauliers' guild said its members had lost 9 million pounds in fares.",
            9e6,
            "fares|amount|money|change",
        ),
        ("3,300 tonnes", "Divers have recovered 3,300 tonnes of scrap.", 3300, "scrap|count|mass"),
        ("41", "The navy said its gunners had shot down 41 drones.", 41, "drones|destroyed"),
    ]:
        c = _delta(text, quote, value, metric)
        assert not ledger.alertable(c), quote
        assert ledger.delta_as_figure(c, metric), quote
    for text, quote, value, metric in [
        ("9 percent", "Its shares fell 9 percent on Monday.", 9, "shares|share|ratio|change"),
        ("two weeks", "The court extended the deadline by two weeks.", 2, "deadline|count|time"),
        ("6 million", "The grant, 6 million pounds less than asked, was paid.", 6e6, "grant|money"),
        ("400", "Shares of the firm dropped 400 points.", 400, "firm|count|points"),
    ]:
        assert not ledger.delta_as_figure(_delta(text, quote, value, metric), metric), quote


def test_a_passive_count_keyed_for_another_act_is_not_the_news() -> None:
    quote = "The board said eight wardens had been suspended."
    c = {**unitless_count("eight", quote, 8.0, "wardens|suspended"), "property": "suspended"}
    assert ledger.told_done_to(c)
    c = {**unitless_count("eight", quote, 8.0, "wardens|supplied"), "property": "supplied"}
    assert not ledger.told_done_to(c)
