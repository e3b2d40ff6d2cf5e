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


def test_a_body_figure_that_says_it_moved_on_without_the_old_value() -> None:
    def q(quote: str, text: str) -> dict[str, Any]:
        return {"quote": quote, "text": text}

    assert ledger.moves_on(
        q("The board said 410 claims had been filed, up from its first count.", "410")
    )
    assert ledger.moves_on(q("About 2,300 members had now signed the petition.", "2,300"))
    assert ledger.moves_on(q("Its tally of boats lost now stood at 64.", "64"))
    assert ledger.moves_on(
        q("Crews reopened 800 homes on Friday, leaving 1,100 still cut off.", "1,100")
    )
    # a body's own tally "had now taken" and a plain figure say nothing of a move
    assert not ledger.moves_on(q("Its call centre had now taken 3,000 calls.", "3,000"))
    assert not ledger.moves_on(q("The depot holds 2,300 tonnes of salt.", "2,300"))


def test_a_body_update_that_moved_on_is_kept() -> None:
    from tests.unit.streams import run_stream
    from tests.unit.test_round13_long_articles import BODY

    first = (
        "a1",
        "2026-03-03T10:00:00Z",
        "Orsk tunnel fire",
        "VARNO - About 1,500 households were cut off from water after a main burst near the "
        "Orsk road tunnel on Tuesday, the water company said.",
    )
    body = "The company said 2,100 households had been cut off, up from its first count. "
    second = (
        "a2",
        "2026-03-04T10:00:00Z",
        "Orsk tunnel fire",
        "VARNO - Repairs went on at the Orsk tunnel on Wednesday, the water company said.\n\n"
        + BODY
        + BODY
        + "\n\n"
        + body
        + BODY,
    )
    out = run_stream([first, second])
    got = [(a["kind"], a["claim"]["value"]) for a in out[1][2]]
    assert ("update", 2100.0) in got


def test_people_acted_on_far_into_a_long_report_are_news() -> None:
    c = _claim(
        "Customs officers said they had detained three drivers at the ferry port.",
        "three",
        3,
        "drivers|detained",
        "detained",
    )
    c["start"] = 2400  # far past the lede
    assert ledger.acted_on(c)
    assert _lede(c)
    # another incident, a price, a count whose key does not read the act: background
    for quote, text, prop in (
        ("In 2021 officers detained three drivers at the same port.", "three", "detained"),
        ("Some drivers had been charged more than 400 crowns each.", "more than 400", "charged"),
        ("The agency has suspended 12 inspectors and dismissed one.", "12", "count"),
    ):
        other = _claim(quote, text, 3, f"x|{prop}", prop)
        other["start"] = 2400
        assert not ledger.acted_on(other)
        assert not _lede(other)


def test_a_count_as_the_subject_of_a_passive_its_key_reads_is_news() -> None:
    c = _claim(
        "Four stewards have been suspended by the club, a spokesman said.",
        "Four",
        4,
        "stewards|suspended",
        "suspended",
    )
    assert ledger.event_told(c)
    assert _lede(c)
    # keyed as a plain count, the passive's subject may be another role of the lede's count
    c = _claim(
        "Four stewards have been suspended by the club, a spokesman said.",
        "Four",
        4,
        "stewards|count",
        "count",
    )
    assert not ledger.event_told(c)
    # round 63: but a clause that opens with it says what befell them (``told_done_to``):
    # the pool's plain counts told so were gold first figures 3 times in 4
    assert ledger.told_done_to(c)
    assert _lede(c)
