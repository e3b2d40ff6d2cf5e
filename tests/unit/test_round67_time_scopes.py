"""Round 67 (t67): time phrases that do not date the figure, and a running count's
"since" span against a reading that names none.

* :func:`claimlogic.extract.frame.own_time`: :func:`find_time` gives a figure the time of
  a comparison after it ("more than it usually handles in a year"), of a relative clause
  about another noun ("which pays a bonus for each year of service"), of a second reported
  clause ("and that all should be turning again by the end of May"), an offset from
  another moment ("a week after the flood"), a paper's name ("the gossip weekly Glint") or
  an event's possessive ("this month's unrest"); "since the outbreak began in April" is a
  span since April.  :func:`ledger.time_aside` compares two figures by their own times
  (only ever as an update, in :func:`ledger.decide`'s update loop).
* :func:`ledger.span_named_later`: a count "since" the story's start against an earlier
  reading that names no time but says it is running ("have now cleared 300");
  :func:`ledger.span_left_behind` also takes "since the start of May".
"""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.extract import extract_claims
from claimlogic.extract.frame import own_time
from tests.unit.streams import sourced_claim


def _own(sentence: str, value: float) -> str | None:
    c = next(c for c in extract_claims(sentence) if c.value == value)
    return own_time(sentence, c.text, c.time)


def test_comparison_after_the_figure_hands_its_time_on() -> None:
    text = (
        "The regulator said it had logged 4,300 complaints about the bank, more than it "
        "usually handles in a year."
    )
    assert _own(text, 4300.0) is None


def test_time_before_a_comparison_is_still_the_figures() -> None:
    text = "The regulator logged 4,300 complaints in March, more than in February."
    assert _own(text, 4300.0) == "in March"


def test_relative_clause_about_another_noun() -> None:
    text = (
        "So far 62 drivers had taken the buyout, which pays a bonus for each year of "
        "service, the company said."
    )
    assert _own(text, 62.0) is None


def test_second_reported_clause() -> None:
    text = (
        "The operator said seven turbines were still idle and that all should be turning "
        "again by the end of May."
    )
    assert _own(text, 7.0) is None


def test_offset_from_another_moment_is_no_rate() -> None:
    assert _own("A week after the flood, the county has confirmed 38 deaths.", 38.0) is None
    assert _own("The shelter takes in 38 dogs a week.", 38.0) == "a week"


def test_a_papers_name_is_no_rate() -> None:
    text = "The gossip weekly Glint is being sued by 17 people, court filings show."
    assert _own(text, 17.0) is None


def test_an_events_possessive_is_no_span() -> None:
    text = "Police have detained 215 people over this month's unrest in the port."
    assert _own(text, 215.0) is None


def test_since_an_event_in_a_month_is_a_span() -> None:
    text = "The agency said 91 people had fallen ill since the outbreak began in April."
    assert _own(text, 91.0) == "since April"


CLEARED = "mines|cleared"
COMPLAINTS = "complaints|count"


def test_time_aside_compares_by_own_times() -> None:
    old = sourced_claim(
        4300,
        "4,300",
        "The regulator said it had logged 4,300 complaints about the bank, more than it "
        "usually handles in a year.",
        COMPLAINTS,
        time="a year",
        keyed=True,
    )
    new = sourced_claim(
        6100, "6,100", "Complaints have risen to 6,100.", COMPLAINTS, change="up", keyed=True
    )
    assert not ledger.comparable(new, old)
    assert ledger.time_aside(new, old)
    other_year = {**old, "quote": "The regulator logged 4,300 complaints in a year."}
    assert not ledger.time_aside(new, other_year)


def test_since_span_is_the_next_reading_of_a_running_count() -> None:
    old = sourced_claim(300, "300", "Deminers have now cleared 300 mines.", CLEARED, keyed=True)
    new = sourced_claim(
        520,
        "520",
        "Deminers had cleared 520 mines since late April, the agency said.",
        CLEARED,
        time="since late April",
        keyed=True,
    )
    assert not ledger.comparable(new, old)
    assert ledger.span_named_later(new, old)


def test_since_span_against_a_reading_that_does_not_run() -> None:
    old = sourced_claim(300, "300", "The agency counted 300 mines.", CLEARED, keyed=True)
    new = sourced_claim(
        520,
        "520",
        "Deminers cleared 520 mines since late April.",
        CLEARED,
        time="since late April",
        keyed=True,
    )
    assert not ledger.span_named_later(new, old)
    years = {**new, "time": "since 2031", "quote": "Deminers cleared 520 mines since 2031."}
    now_old = {**old, "quote": "Deminers have now cleared 300 mines."}
    assert not ledger.span_named_later(years, now_old)


def test_since_the_start_of_a_month_is_left_behind() -> None:
    old = sourced_claim(
        1800,
        "1,800",
        "The ombudsman had received 1,800 complaints since the start of May.",
        COMPLAINTS,
        time="since the start of May",
        keyed=True,
    )
    new = sourced_claim(
        2600, "2,600", "The ombudsman has now received 2,600 complaints.", COMPLAINTS, keyed=True
    )
    assert ledger.span_left_behind(new, old)
