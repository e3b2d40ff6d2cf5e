"""Round 83 (n83): a middle report's rates per period, aims and figures set in a named
year are background past its first paragraph.

Three further terms of ``framing.middle_side`` (a report of middle length, past its first
paragraph, a sentence that does not say the figure moved):
* ``framing.rate_per_period``: a rate whose key is per day / week / month / year, unless
  the sentence tells it as a running loss ("costing", "losing", "lost");
* ``framing.aimed_figure``: a target, a goal, what a body hopes, aims, plans or intends
  to reach; a plan told as what will happen ("would reopen") stays news;
* ``framing.year_before``: a year's number before the figure in its sentence, without
  "since".
Round 80's ``earlier_period`` now reads "Last year 11 people were killed" as last year's
count (a number after "last year" is no day of a month).
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts, figure_in

_RATE = "The district charges 4,000 marks a year for a riverside mooring permit."
_AIM = "It hopes to reopen 90 culverts by the end of April."

_FLOOD = (
    "BRELLOW, March 9 (Caskel Wire) - A river burst its banks in the Brellow valley on "
    "Sunday night and flooded 340 homes, the district council said on Monday.\n"
    "\n"
    "Water rose more than a metre in the lower town before dawn. Firefighters used boats "
    "to reach families on upper floors, and the council opened two school halls as "
    "shelters. A spokeswoman said 58 people had spent the night there.\n"
    "\n"
    "The council said its crews had cleared debris from the main road by midday and that "
    "power had been restored to most streets. " + _AIM + " " + _RATE + " "
    "In 2041, a smaller flood closed 17 bridges in the valley for a week.\n"
    "\n"
    "Residents said the warning sirens had sounded late, and several shopkeepers said "
    "they had lost stock they had no time to move. The council said it would review the "
    "warning system with the regional water board.\n"
)

_TITLE = "River floods Brellow valley homes"


def _figures(text: str) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=_TITLE, published_at="2046-03-10T08:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length() -> None:
    assert framing.MEDIUM_ARTICLE_CHARS <= len(_FLOOD) < ledger.LONG_ARTICLE_CHARS
    # both figures stand past the first paragraph and before round 82's body
    assert framing.first_paragraph_end(_FLOOD) < _FLOOD.index(_AIM)
    assert _FLOOD.index(_RATE) + len(_RATE) < framing.MIDDLE_BODY_CHARS


def test_a_rate_and_an_aim_are_background() -> None:
    got = _figures(_FLOOD)
    assert ("new_figure", "340") in got  # the lede's count stays news
    assert ("new_figure", "58") in got  # the second paragraph's count stays news
    assert all(fig not in ("4,000", "90") for _kind, fig in got)


@pytest.mark.parametrize(("rule", "fig"), [("rate_per_period", "4,000"), ("aimed_figure", "90")])
def test_without_the_rule_the_figure_is_announced(
    monkeypatch: pytest.MonkeyPatch, rule: str, fig: str
) -> None:
    monkeypatch.setattr(framing, rule, lambda _c: False)
    assert ("new_figure", fig) in _figures(_FLOOD)


def test_a_running_loss_per_day_stays_news() -> None:
    text = _FLOOD.replace(_RATE, "The flood was costing shopkeepers about 4,000 marks a day.")
    assert ("new_figure", "about 4,000") in _figures(text)


@pytest.mark.parametrize(
    "said", ["It said it would reopen 90 culverts", "It has reopened 90 culverts"]
)
def test_a_plan_told_as_a_decision_or_a_deed_stays_news(said: str) -> None:
    text = _FLOOD.replace("It hopes to reopen 90 culverts", said)
    assert ("new_figure", "90") in _figures(text)


def test_in_a_brief_the_same_sentences_stay_news() -> None:
    brief = (
        "BRELLOW, March 9 (Caskel Wire) - A river flooded 340 homes in the Brellow valley "
        "on Sunday night, the district council said. " + _AIM + " " + _RATE + "\n"
    )
    assert len(brief) < framing.MEDIUM_ARTICLE_CHARS
    got = _figures(brief)
    assert ("new_figure", "90") in got
    assert ("new_figure", "4,000") in got


def _claim(quote: str, text: str, metric: str = "things|count") -> dict[str, Any]:
    return dict(figure_in(quote, text), metric=metric)


@pytest.mark.parametrize(
    ("quote", "text", "metric", "want"),
    [
        (_RATE, "4,000 marks", "marks|count|per year", True),
        (
            "The ferry carried 1.4 million people a year.",
            "1.4 million",
            "people|count|per year",
            True,
        ),
        ("Rooms rent for 900 talers a month.", "900 talers", "rent|amount|per month|money", True),
        # a running loss of the story
        (
            "The strike was costing the port 3 million talers a day.",
            "3 million talers",
            "port|cost|per day|money",
            False,
        ),
        (
            "Growers were losing 40 tonnes a week.",
            "40 tonnes",
            "growers|count|per week|mass",
            False,
        ),
        # no rate per period in the key
        ("The district charges 4,000 marks for a permit.", "4,000 marks", "marks|count", False),
        ("The grant is 500 marks per family.", "500 marks", "grant|amount|per family|money", False),
    ],
)
def test_rate_per_period(quote: str, text: str, metric: str, want: bool) -> None:
    assert framing.rate_per_period(_claim(quote, text, metric)) is want


@pytest.mark.parametrize("prop", ["casualties", "killed", "injured"])
def test_a_tolls_rate_stays_news(prop: str) -> None:
    # session 33's review: a toll's daily average is the story's harm, as a toll is news
    # past a middle report's first paragraph (round 82's middle_body)
    quote = "The army said the garrison suffered an average of 212 casualties a day in May."
    c = dict(_claim(quote, "212 casualties", "garrison|casualties|per day"), property=prop)
    assert framing.rate_per_period(c) is False
    assert framing.rate_per_period({**c, "property": "carried"}) is True


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (_AIM, "90", True),
        ("The agency has set a target of 12,000 inspections this year.", "12,000", True),
        ("The ministry set a goal of 800 new nurses by 2048.", "800", True),
        ("It plans to move another 300 families out by May.", "300", True),
        ("The board aims to recover 25 tonnes of waste.", "25", True),
        ("The city intends to hire 60 wardens.", "60", True),
        # a plan told as what will happen, a deed, a forecast
        ("It said it would reopen 90 culverts by the end of April.", "90", False),
        ("Crews reopened 90 culverts on Monday.", "90", False),
        ("Up to 5,000 troops were expected to be assembled by October.", "5,000", False),
        # the aim stands in another clause
        ("It plans to appeal, and 90 culverts remain blocked.", "90", False),
    ],
)
def test_aimed_figure(quote: str, text: str, want: bool) -> None:
    assert framing.aimed_figure(_claim(quote, text)) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        ("In 2041, a smaller flood closed 17 bridges in the valley.", "17", True),
        ("After its 2039 collapse the firm owed 80 million marks.", "80 million marks", True),
        # a running count from a year, a year after the figure, no year
        ("Since 2041, floods have closed 17 bridges in the valley.", "17", False),
        ("Floods closed 17 bridges in the valley in 2041.", "17", False),
        ("Floods closed 17 bridges in the valley.", "17", False),
    ],
)
def test_year_before(quote: str, text: str, want: bool) -> None:
    assert framing.year_before(_claim(quote, text)) is want


@pytest.mark.parametrize(
    ("quote", "want"),
    [
        ("Last year 11 people were killed on the pass.", True),
        ("Last season 9,000 boar were shot.", True),
        ("Last May, 14 villages were cut off.", True),
        # a day of a month is no count; last week is the story's own
        ("Last May 12 the pass was closed to 300 lorries.", False),
        ("Last week 11 people were killed on the pass.", False),
    ],
)
def test_earlier_period_reads_a_count_after_last_year(quote: str, want: bool) -> None:
    assert framing.earlier_period({"quote": quote}) is want


def test_only_past_the_first_paragraph_of_a_middle_report() -> None:
    fig = _claim(" " * 600 + _AIM, "90", "culverts|count|expected")
    # past the first paragraph of a middle report: background
    assert not ledger.in_lede(fig, None, reach=1500, first_par_end=300)
    # in the first paragraph, or in a brief: news
    assert ledger.in_lede(fig, None, reach=1500, first_par_end=900)
    assert ledger.in_lede(fig, None, reach=700, first_par_end=300)
