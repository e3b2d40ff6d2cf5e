"""Round 86 (n86): what a count was gathered from, a term a rule sets, a place's area and
another body's named figure are background past a middle report's first paragraph.

``framing.survey_base`` ("gathered data from the registers of 212 schools", "a survey of
all 18 clubs"), ``framing.set_term`` ("a minimum deposit of 40 marks", "about 60 bikes per
100,000 people"), ``framing.place_size`` ("The lake covers about 420 square kilometres")
and ``framing.others_figure`` ("disputed the union's figure of 640"): ``middle_side`` asks
them, so ``in_lede`` files such a figure as background in a report of middle length past
its first paragraph.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts, figure_in

_GATHERED = (
    "The health board said it had gathered its count from the sickness registers of "
    "212 nurseries in the valley."
)

_REPORT = (
    "HALLORNE, March 3 (Baltmark Wire) - Winter vomiting illness has closed 14 primary "
    "schools in the Halne valley this week, the regional health board said on Tuesday, "
    "and 1,830 pupils have been kept at home.\n"
    "\n"
    "Cleaning crews were sent to every closed school on Tuesday morning, and the board "
    "asked parents to keep children with symptoms at home for two days after the last "
    "sign of illness. " + _GATHERED + "\n"
    "\n"
    "Head teachers said the closures had come in the middle of the term's examinations, "
    "and that some pupils would have to sit their papers again in April. The board said "
    "it would send more nurses to the valley from Thursday.\n"
    "\n"
    "Parents at one of the closed schools in Hallorne said they had been told of the "
    "closure by text message late on Monday evening, and that many had struggled to "
    "find anyone to look after their children at such short notice. The board said it "
    "expected most of the schools to open again next week.\n"
)

_NEWS = "Vomiting bug closes 14 Halne valley schools"


def _figures(text: str) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=_NEWS, published_at="2046-03-03T08:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length() -> None:
    assert framing.MEDIUM_ARTICLE_CHARS <= len(_REPORT) < ledger.LONG_ARTICLE_CHARS
    assert framing.first_paragraph_end(_REPORT) < _REPORT.index(_GATHERED)
    assert _REPORT.index(_GATHERED) + len(_GATHERED) < framing.MIDDLE_BODY_CHARS


def test_what_the_count_was_gathered_from_is_background() -> None:
    got = _figures(_REPORT)
    assert ("new_figure", "1,830") in got  # the lede's count stays news
    assert all("212" not in fig for _kind, fig in got)


def test_without_the_rule_the_base_is_announced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "survey_base", lambda _c: False)
    assert ("new_figure", "212") in _figures(_REPORT)


def _claim(quote: str, text: str, metric: str = "schools|count") -> dict[str, Any]:
    return dict(figure_in(quote, text), metric=metric)


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (_GATHERED, "212", True),
        ("The union examined records from 35 clinics in the north.", "35", True),
        ("It based its figure on reports from school nurses at 19 hospitals.", "19", True),
        ("The group went through betting data from 25 bookmakers.", "25", True),
        ("A survey of all 18 clubs found only 90 coaches with a licence.", "18", True),
        ("The ministry said its review covered all 52 district hospitals.", "52", True),
        # what was found or done, not what the count was gathered from
        ("Samples from 140 homes had exceeded the limit.", "140", False),
        ("The records showed damp reports from 211 flats over two years.", "211", False),
        ("The operation covered 36 farms along the river.", "36", False),
        ("The board said 212 schools had reported cases.", "212", False),
        ("Inspectors visited 48 hospitals on Monday.", "48", False),
    ],
)
def test_survey_base(quote: str, text: str, want: bool) -> None:
    assert framing.survey_base(_claim(quote, text)) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        ("The scheme asked for a minimum investment of 40,000 marks.", "40,000 marks", True),
        (
            "Cleaners earned 5 marks an hour, below the legal minimum of 8.20 marks.",
            "8.20 marks",
            True,
        ),
        ("The state pays the cost above a threshold of 2 million marks.", "2 million marks", True),
        ("Buyers will pay a deposit of 3 marks on every crate.", "3 marks", True),
        ("The town has about 60 bicycles per 100,000 people.", "about 60", True),
        ("The region counts 12 doctors per thousand residents.", "12", True),
        # the event's own sums and counts
        ("The firm paid 40,000 marks in fines.", "40,000 marks", False),
        ("Police seized 60 bicycles on Tuesday.", "60", False),
        ("Each pupil lost 3 days of school.", "3", False),
    ],
)
def test_set_term(quote: str, text: str, want: bool) -> None:
    assert framing.set_term(_claim(quote, text, "terms|amount|money")) is want


@pytest.mark.parametrize(
    ("quote", "text", "metric", "want"),
    [
        (
            "The Halne lake covers about 420 square kilometres.",
            "about 420 square kilometres",
            "halne lake|count|area",
            True,
        ),
        ("The forest spans 9,000 hectares.", "9,000 hectares", "forest|count|area", True),
        # what the event covered, in the past; a count the day's order takes in
        (
            "Floodwater covered 6,800 hectares of farmland.",
            "6,800 hectares",
            "farmland|count|area",
            False,
        ),
        ("The closure order covers 23 schools.", "23", "schools|count", False),
    ],
)
def test_place_size(quote: str, text: str, metric: str, want: bool) -> None:
    assert framing.place_size(_claim(quote, text, metric)) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        ("The board disputed the teachers' union's figure of 640.", "640", True),
        ("It found about 900 cases, roughly half the council's count of 1,800.", "1,800", True),
        ("The board gave a figure of 640 on Tuesday.", "640", False),
        ("The union said 640 teachers were off sick.", "640", False),
    ],
)
def test_others_figure(quote: str, text: str, want: bool) -> None:
    assert framing.others_figure(_claim(quote, text)) is want


def test_in_lede_past_the_first_paragraph_of_a_middle_report_only() -> None:
    fig = _claim(_GATHERED, "212")
    assert not ledger.in_lede(fig, _NEWS, reach=1500, first_par_end=0)
    # in the first paragraph, or in a brief: news as before
    assert ledger.in_lede(fig, _NEWS, reach=1500, first_par_end=500)
    assert ledger.in_lede(fig, _NEWS, reach=700, first_par_end=0)
