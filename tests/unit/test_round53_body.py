"""Round 53 (b53): news in the body of a long report (``ledger.in_lede``)."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger


def _claim(quote: str, text: str, value: float, metric: str, prop: str) -> dict[str, Any]:
    # a figure past the first paragraph but inside the first 1,000 characters
    return {
        "quote": quote,
        "text": text,
        "value": value,
        "metric": metric,
        "property": prop,
        "bound": "exact",
        "start": 600,
        "end": 600 + len(text),
    }


def _lede(c: dict[str, Any]) -> bool:
    return ledger.in_lede(c, "Quarry owner questioned", reach=4000, first_par_end=200)


def test_a_count_charged_by_a_past_verb_is_news() -> None:
    c = _claim(
        "Magistrates charged three quarry foremen with manslaughter, the court office said.",
        "three",
        3,
        "quarry foremen|count",
        "count",
    )
    assert ledger.event_told(c)
    assert _lede(c)


def test_a_perfect_event_verb_before_the_count_is_news() -> None:
    c = _claim(
        "The board has dismissed four ward managers over the missing records.",
        "four",
        4,
        "ward managers|count",
        "count",
    )
    assert _lede(c)


def test_scenery_stays_background() -> None:
    c = _claim(
        "Inspectors from two agencies toured the site on foot.",
        "two",
        2,
        "agencies|count",
        "count",
    )
    assert not ledger.event_told(c)
    assert not _lede(c)


def test_a_step_that_the_sentence_totals_stays_background() -> None:
    c = _claim(
        "Magistrates charged four more foremen, bringing the number charged to nine.",
        "four",
        4,
        "foremen|count",
        "count",
    )
    assert not ledger.event_told(c)
    assert not _lede(c)


def test_a_frequency_a_rate_and_a_sides_tally_stay_background() -> None:
    often = _claim(
        "The forms had been printed three times by then.", "three", 3, "forms|count", "count"
    )
    rate = _claim(
        "The utility has sent two water tankers a day to the estate.",
        "two",
        2,
        "water tankers|count|per day",
        "count",
    )
    tally = _claim(
        "Its gunners said they had destroyed four supply depots.",
        "four",
        4,
        "supply depots|count",
        "count",
    )
    sent = _claim(
        "The coastguard deployed three lifeboats to the bay.",
        "three",
        3,
        "lifeboats|count",
        "count",
    )
    for c in (often, rate, tally, sent):
        assert not ledger.event_told(c)
        assert not _lede(c)
