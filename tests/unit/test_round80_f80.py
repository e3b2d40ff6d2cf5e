"""Round 80 (f80): a middle report's forecasts and going rates are background.

Past the first paragraph of a report of ``framing.MEDIUM_ARTICLE_CHARS`` or more but short of
``ledger.LONG_ARTICLE_CHARS`` (``framing.in_lede``'s middle tier), two more kinds of figure
join the side terms of ``framing.middle_side``: a forecast told in the present tense or the
pluperfect (``framing.forecast_told``: "The dairy board now expects output of about 42,000
tonnes") and a sum of money a thing fetches or a worker earns (``framing.going_rate``:
"Herders earn about 700 florins a month").  The lede's figures, a forecast told in the simple
past ("said it expected"), a plan told in the past ("were expected to be") and what the
event cost stay news.
"""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts

_FORECAST = "The dairy board now expects output of about 42,000 tonnes for the season."
_RATE = "Herders in the hills earn about 700 florins a month."

_DROUGHT = (
    "TORVIK, Aug 3 (Kestrel Wire) - Drought has dried up 180 wells in the Ammar highlands, "
    "the water authority said on Monday, as herders drove their cattle down to the river "
    "plains in search of grazing.\n"
    "\n"
    "Vets said 62 cows had died of thirst in the village of Olmen since the weekend, and "
    "the authority sent water trucks to the worst-hit settlements. Herders said the "
    "pasture had turned brown weeks earlier than usual.\n"
    "\n"
    f"{_FORECAST} {_RATE} Many families sell milk at the roadside to pay for feed and "
    "school fees.\n"
    "\n"
    "The weather service said no rain was likely before the end of the month, and the "
    "authority asked towns in the plains to save water, to keep their reservoirs for "
    "drinking and to put off the watering of parks and gardens until the rains return.\n"
)

_TITLE = "Drought dries up wells in Ammar highlands"


def _figures(text: str, title: str = _TITLE) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=title, published_at="2047-08-03T09:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length() -> None:
    assert framing.MEDIUM_ARTICLE_CHARS <= len(_DROUGHT) < ledger.LONG_ARTICLE_CHARS
    # both stand before the closing lines (round 79's rule)
    assert len(_DROUGHT) - _DROUGHT.index(_RATE) - len(_RATE) > framing.CLOSING_CHARS


def test_forecast_and_going_rate_are_background() -> None:
    got = _figures(_DROUGHT)
    assert ("new_figure", "180") in got  # the lede's count stays news
    assert ("new_figure", "62") in got  # a figure of the second paragraph stays news
    assert all("42,000" not in fig and "700" not in fig for _kind, fig in got)


def test_without_the_rules_both_are_announced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "forecast_told", lambda _c: False)
    monkeypatch.setattr(framing, "going_rate", lambda _c: False)
    # round 83 (n83): "700 florins a month" is also a rate per period (rate_per_period)
    monkeypatch.setattr(framing, "rate_per_period", lambda _c: False)
    got = _figures(_DROUGHT)
    assert ("new_figure", "about 42,000 tonnes") in got
    assert ("new_figure", "about 700 florins") in got


def test_a_forecast_told_in_the_simple_past_stays_news() -> None:
    text = _DROUGHT.replace("now expects", "said it expected")
    assert ("new_figure", "about 42,000 tonnes") in _figures(text)


def test_in_a_short_report_both_stay_news() -> None:
    short = _DROUGHT[: _DROUGHT.index("Many families")].rstrip() + "\n"
    assert len(short) < framing.MEDIUM_ARTICLE_CHARS
    got = _figures(short)
    assert ("new_figure", "about 42,000 tonnes") in got
    assert ("new_figure", "about 700 florins") in got


def _claim(quote: str, text: str, metric: str) -> dict[str, object]:
    return {"quote": quote, "text": text, "metric": metric, "start": 1200}


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (_FORECAST, "about 42,000 tonnes", True),
        ("The toll road is expected to cost about 90 million marks.", "90 million marks", True),
        ("Planners had forecast demand of 3,100 megawatts.", "3,100 megawatts", True),
        ("It did not reach the forecast 41 degrees.", "41 degrees", True),
        ("The board said it expected output of 42,000 tonnes.", "42,000 tonnes", False),
        ("Up to 900 soldiers were expected to be deployed.", "900", False),
        ("Output fell to 42,000 tonnes, the board said.", "42,000 tonnes", False),
    ],
)
def test_forecast_told(quote: str, text: str, want: bool) -> None:
    assert framing.forecast_told(_claim(quote, text, "output|amount")) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (_RATE, "about 700 florins", True),
        ("At the port a tonne of coal fetches about 80 marks.", "80 marks", True),
        ("In the capital a loaf now costs more than 3 marks.", "3 marks", True),
        ("Seasonal pickers are paid from 40 marks a day.", "40 marks", True),
        ("The drought has cost herders 9 million marks.", "9 million marks", False),
        ("A sack of maize sold for 60 marks on Monday.", "60 marks", False),
        ("The board put repair costs at 5 million marks.", "5 million marks", False),
    ],
)
def test_going_rate(quote: str, text: str, want: bool) -> None:
    assert framing.going_rate(_claim(quote, text, "herders|amount|money")) is want


def test_a_going_rate_of_no_money_is_none() -> None:
    c = _claim("Each stoppage costs the plant about 600 cars.", "600", "cars|count")
    assert framing.going_rate(c) is False
