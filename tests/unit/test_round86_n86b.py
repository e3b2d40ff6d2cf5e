"""Round 86 (n86b): what a place or body has (a move word of the sentence standing apart
from the figure) and how many live or are registered somewhere are background past a
middle report's first paragraph.

``framing.owns_apart`` ("The town has about 9,400 residents, but its population swells
in summer") and ``framing.living_there`` ("About 62,000 people in the district live on
water from the reservoir"): ``middle_side`` asks them, so ``in_lede`` files such a
figure as background in a report of middle length past its first paragraph.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts, figure_in

_LIVING = "About 62,000 people in the Orlen district live on water from the two reservoirs."

_REPORT = (
    "TESSLING, August 9 (Baltmark Wire) - Water is being rationed in 31 villages of the "
    "Orlen district after the driest July on record, the district water board said on "
    "Thursday, and tankers are bringing drinking water to 4,700 homes.\n"
    "\n"
    "Taps in the rationed villages are turned on for four hours each morning and two "
    "hours each evening, the board said. " + _LIVING + "\n"
    "\n"
    "Farmers said they had been told to stop watering fields and orchards until the "
    "reservoirs recover, and that some of them were selling livestock they could no "
    "longer keep. The board said it would review the rationing on Monday.\n"
    "\n"
    "Residents of one of the rationed villages said the evening supply had failed "
    "twice this week, leaving families to queue at the tanker with buckets and bottles. "
    "The board said it was sending engineers to check the pumps in the valley.\n"
)

_NEWS = "Water rationed in 31 Orlen villages after driest July"


def _figures(text: str) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=_NEWS, published_at="2046-08-09T08:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length() -> None:
    assert framing.MEDIUM_ARTICLE_CHARS <= len(_REPORT) < ledger.LONG_ARTICLE_CHARS
    assert framing.first_paragraph_end(_REPORT) < _REPORT.index(_LIVING)
    assert _REPORT.index(_LIVING) + len(_LIVING) < framing.MIDDLE_BODY_CHARS


def test_how_many_live_there_is_background() -> None:
    got = _figures(_REPORT)
    assert ("new_figure", "4,700") in got  # the lede's count stays news
    assert all("62,000" not in fig for _kind, fig in got)


def test_without_the_rule_the_population_is_announced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "living_there", lambda _c: False)
    assert ("new_figure", "About 62,000") in _figures(_REPORT)


def _claim(quote: str, text: str, metric: str = "people|count") -> dict[str, Any]:
    return dict(figure_in(quote, text), metric=metric)


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (
            "The town has about 9,400 residents, but its population swells in summer.",
            "about 9,400",
            True,
        ),
        ("The brigade has 320 firefighters and asked for 60 more this year.", "320", True),
        # a move in the figure's own clause, a holding that goes on, a perfect
        ("The town now has 9,400 residents, up from 8,100.", "9,400", False),
        ("The brigade has 320 more firefighters than last summer.", "320", False),
        ("The district still has 4,000 homes without mains water, the board said.", "4,000", False),
        ("Police have arrested 12 people, and more arrests are expected.", "12", False),
    ],
)
def test_owns_apart(quote: str, text: str, want: bool) -> None:
    assert framing.owns_apart(_claim(quote, text)) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (_LIVING, "About 62,000", True),
        ("Some 2,300 fishing boats are registered in the province.", "2,300", True),
        ("About 900 families depend on the ferry for their income.", "About 900", True),
        # an adjective, a relative clause, a count that did something, a move
        ("Rangers rescued 40 live turtles from the nets.", "40", False),
        (
            "The 1,200 patients who are registered at the clinic must find another doctor.",
            "1,200",
            False,
        ),
        ("About 500 farms had applied to use the water.", "About 500", False),
        ("About 62,000 people now live on water from the tankers.", "About 62,000", False),
        ("About 62,000 people live on tankers' water, up from 40,000.", "About 62,000", False),
    ],
)
def test_living_there(quote: str, text: str, want: bool) -> None:
    assert framing.living_there(_claim(quote, text)) is want


def test_in_lede_past_the_first_paragraph_of_a_middle_report_only() -> None:
    fig = _claim(_LIVING, "About 62,000")
    assert not ledger.in_lede(fig, _NEWS, reach=1500, first_par_end=0)
    # in the first paragraph, or in a brief: news as before
    assert ledger.in_lede(fig, _NEWS, reach=1500, first_par_end=500)
    assert ledger.in_lede(fig, _NEWS, reach=700, first_par_end=0)
