"""Round 85 (n85): an explainer's or an analysis's figures are background unless told as
the day's news.

``framing.explained_figure``: the headline opens on "Explainer:", "Analysis:",
"Factbox:" or "Q&A:" (past a wire slug), and the figure's sentence carries no mark of the
day's news (a day of the week, "this week", "so far", "had not given before", "alone")
and gives no body's present reading ("says", "puts ... at", "now").  ``in_lede`` then
files the figure as background in a report of middle or long length, wherever it stands.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts, figure_in

_RESTATED = "The inspectors counted 2,340 damaged boats along the Marren shore in the first week."
_FRESH = "The harbour board said on Monday that 86 moorings would stay closed until June."

_REPORT = (
    "OSTERWIK, May 6 (Baltmark Wire) - A month after the storm surge that flooded the "
    "Marren shore, boat owners are still waiting to hear who will pay for the damage.\n"
    "\n"
    "The surge came on a spring tide and a northerly gale, and the sea wall at the "
    "fishing harbour gave way in two places before midnight. "
    + _RESTATED
    + "\n\n"
    + _FRESH
    + (
        " Owners of the boats say the insurers have been slow to send assessors, and "
        "several said they had been told to wait until the summer.\n"
    )
    + "\n"
    "The regional council has asked the government for help with the sea wall, which "
    "was built after an earlier storm and has not been raised since. Engineers say the "
    "repair will take most of the year, and that the harbour cannot be fully used "
    "until it is finished.\n"
)

_EXPLAINER = "Explainer: who pays for the Marren shore boats?"
_NEWS = "Marren shore boat owners wait for storm payouts"


def _figures(text: str, title: str) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=title, published_at="2046-05-06T08:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length() -> None:
    assert framing.MEDIUM_ARTICLE_CHARS <= len(_REPORT) < ledger.LONG_ARTICLE_CHARS
    # both figures stand past the first paragraph and before round 82's body
    assert framing.first_paragraph_end(_REPORT) < _REPORT.index(_RESTATED)
    assert _REPORT.index(_FRESH) + len(_FRESH) < framing.MIDDLE_BODY_CHARS


def test_an_explainers_figure_not_told_as_news_is_background() -> None:
    got = _figures(_REPORT, _EXPLAINER)
    assert ("new_figure", "86") in got  # told "on Monday": the day's news
    assert all("2,340" not in fig for _kind, fig in got)


def test_under_a_news_headline_the_same_figure_is_announced() -> None:
    got = _figures(_REPORT, _NEWS)
    assert ("new_figure", "2,340") in got
    assert ("new_figure", "86") in got


def test_without_the_rule_the_figure_is_announced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "explained_figure", lambda _c, _t: False)
    assert ("new_figure", "2,340") in _figures(_REPORT, _EXPLAINER)


def _claim(quote: str, text: str, metric: str = "boats|count") -> dict[str, Any]:
    return dict(figure_in(quote, text), metric=metric)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (_EXPLAINER, True),
        ("Analysis: how the sea wall failed", True),
        ("ANALYSIS-Who counts the Marren boats?", True),
        ("UPDATE 1-Explainer: who pays for the boats?", True),
        ("Factbox: the Marren shore storm", True),
        ("Q&A: the storm payouts", True),
        # a news headline, an analysis named inside it, no headline
        (_NEWS, False),
        ("Analysis of storm damage delayed, council says", False),
        ("Insurers' analysis: 2,340 boats damaged", False),
        (None, False),
    ],
)
def test_the_headline(title: str | None, want: bool) -> None:
    assert framing.explained_figure(_claim(_RESTATED, "2,340"), title) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (_RESTATED, "2,340", True),
        ("About 14,000 people live along the Marren shore.", "About 14,000", True),
        ("A new mooring costs about 3,000 marks.", "about 3,000 marks", True),
        # told as the day's news
        (_FRESH, "86", False),
        ("The insurers have paid out 4 million marks so far.", "4 million marks", False),
        ("The board said this week it had found 31 sunken boats.", "31", False),
        ("It counted 400 claims in April alone.", "400", False),
        ("Police said 41 boats had been stripped in the first three weeks.", "41", False),
        ("The board also gave 12 new closures, a figure it had not given before.", "12", False),
        # a body's reading now: a side of a dispute, or a count that moved
        ("The owners' association puts the figure at 2,900.", "2,900", False),
        ("The fishermen's union says 2,900 boats were damaged.", "2,900", False),
        ("The inspectors now count 2,500 damaged boats.", "2,500", False),
    ],
)
def test_told_as_news(quote: str, text: str, want: bool) -> None:
    assert framing.explained_figure(_claim(quote, text), _EXPLAINER) is want


def test_in_lede_wherever_it_stands_but_not_in_a_brief() -> None:
    fig = _claim(_RESTATED, "2,340")
    # a middle report: background in its first paragraph and past it
    assert not ledger.in_lede(fig, _EXPLAINER, reach=1500, first_par_end=300)
    assert not ledger.in_lede(fig, _EXPLAINER, reach=1500, first_par_end=0)
    # a long report's lede too
    assert not ledger.in_lede(fig, _EXPLAINER, reach=2500, first_par_end=300)
    # a brief, or a news headline: news
    assert ledger.in_lede(fig, _EXPLAINER, reach=700, first_par_end=300)
    assert ledger.in_lede(fig, _NEWS, reach=1500, first_par_end=300)


def test_a_number_of_the_headline_stays_news() -> None:
    fig = _claim(_RESTATED, "2,340")
    assert ledger.in_lede(fig, "Explainer: why 2,340 boats wait", reach=1500, first_par_end=300)
