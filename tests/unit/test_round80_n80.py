"""Round 80 (n80): a report of middle length tells pledges and earlier periods as background.

Past the first paragraph of a report of ``framing.MEDIUM_ARTICLE_CHARS`` or more but short of
``ledger.LONG_ARTICLE_CHARS`` (``framing.in_lede``'s middle tier), two more kinds of figure
join round 78's side terms (``framing.middle_side``): a sum of money a body has pledged,
budgeted or asked for (``framing.pledged_money``: "The regional council has set aside 35
million florins") and a figure of a sentence that tells an earlier year or season
(``framing.earlier_period``: "Last winter, 14 villages were cut off"), and what a body
keeps, employs or has room for (``framing.standing_stock``).  The lede's figures,
the day's decision in the simple past ("approved 20 million florins") and a running count
"since" a point stay news.
"""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts

_PLEDGE = "The regional council has set aside 35 million florins for new snow ploughs."
_HISTORY = "Last winter, 14 villages in the valley were cut off for more than a week."

_SNOW = (
    "BRASKOV, Jan 12 (Northmark Wire) - Heavy snow closed the Ostrel mountain pass on "
    "Monday and stranded 230 lorries on the approach roads, the highway authority said, "
    "as drivers waited for ploughs to clear drifts of up to three metres.\n"
    "\n"
    "Police said 41 drivers had been taken to a sports hall in the town of Velm, where "
    "volunteers handed out blankets and hot meals through the night. The authority said "
    "it hoped to reopen one lane by Tuesday afternoon if the wind dropped.\n"
    "\n"
    f"{_PLEDGE} {_HISTORY} Residents said the road was the only way out of the upper "
    "valley in winter.\n"
    "\n"
    "Forecasters warned that more snow was expected on Wednesday and Thursday, and the "
    "authority urged drivers heading for the pass to check the road reports before they "
    "set out and to carry chains, food and warm clothing in case of further delays.\n"
)

_TITLE = "Snow closes Ostrel pass, strands lorries"


def _figures(text: str, title: str = _TITLE) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=title, published_at="2047-01-12T09:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length() -> None:
    assert framing.MEDIUM_ARTICLE_CHARS <= len(_SNOW) < ledger.LONG_ARTICLE_CHARS
    # the pledge and the history stand before the closing lines (round 79's rule)
    assert len(_SNOW) - _SNOW.index(_HISTORY) - len(_HISTORY) > framing.CLOSING_CHARS


def test_pledge_and_history_are_background() -> None:
    got = _figures(_SNOW)
    assert ("new_figure", "230") in got  # the lede's count stays news
    assert ("new_figure", "41") in got  # a figure of the second paragraph stays news
    assert all(fig not in ("35 million florins", "14") for _kind, fig in got)


def test_without_the_rules_both_are_announced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "pledged_money", lambda _c: False)
    monkeypatch.setattr(framing, "earlier_period", lambda _c: False)
    got = _figures(_SNOW)
    assert ("new_figure", "35 million florins") in got
    assert ("new_figure", "14") in got


def test_the_days_decision_in_the_simple_past_stays_news() -> None:
    text = _SNOW.replace("has set aside 35", "approved 35")
    assert ("new_figure", "35 million florins") in _figures(text)


def test_a_running_count_since_a_point_stays_news() -> None:
    text = _SNOW.replace(
        _HISTORY, "Since last winter, 14 villages in the valley were cut off for a week."
    )
    assert ("new_figure", "14") in _figures(text)


def test_in_a_short_report_both_stay_news() -> None:
    short = _SNOW[: _SNOW.index("Residents said")].rstrip() + "\n"
    assert len(short) < framing.MEDIUM_ARTICLE_CHARS
    got = _figures(short)
    assert ("new_figure", "35 million florins") in got
    assert ("new_figure", "14") in got


def _claim(quote: str, text: str, metric: str) -> dict[str, object]:
    return {"quote": quote, "text": text, "metric": metric, "start": 1200}


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (_PLEDGE, "35 million florins", True),
        ("The ministry has asked parliament for 9 million florins.", "9 million florins", True),
        ("It plans to spend about 4 million florins on sensors.", "4 million florins", True),
        ("The council approved 35 million florins on Monday.", "35 million florins", False),
        ("The storm has cost the council 35 million florins.", "35 million florins", False),
        ("The council said it would spend 35 million florins.", "35 million florins", False),
    ],
)
def test_pledged_money(quote: str, text: str, want: bool) -> None:
    assert framing.pledged_money(_claim(quote, text, "council|amount|money")) is want


def test_a_pledge_of_no_money_is_no_pledged_sum() -> None:
    c = _claim("The council has promised 12 ploughs.", "12", "ploughs|count")
    assert framing.pledged_money(c) is False


@pytest.mark.parametrize(
    ("quote", "want"),
    [
        (_HISTORY, True),
        ("Hunters shot about 900 boar in the region last season.", True),
        ("Five years ago, 14 villages were cut off.", True),
        ("Police said last week that 14 villages were cut off.", False),
        ("Prices were 14 florins, against 11 florins a year earlier.", False),
        ("Since last winter, 14 villages were cut off.", False),
    ],
)
def test_earlier_period(quote: str, want: bool) -> None:
    assert framing.earlier_period({"quote": quote, "text": "14"}) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        ("The valley keeps about 7,000 sheep on 90 farms.", "7,000", True),
        ("The mill employs 340 people.", "340", True),
        ("The depot has capacity to store 12,000 tonnes.", "12,000", True),
        ("They opened a hall with room for about 600 people.", "600", True),
        ("The buyer said it would keep 340 jobs.", "340", False),
        ("Police kept 600 people away from the pass.", "600", False),
    ],
)
def test_standing_stock(quote: str, text: str, want: bool) -> None:
    assert framing.standing_stock(_claim(quote, text, "things|count")) is want
