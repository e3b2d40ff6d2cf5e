"""Round 79 (n79): a report of middle length closes on its background.

A wire report of 1,000 characters or more but short of ``ledger.LONG_ARTICLE_CHARS``
has no body by position (``framing.in_lede``); round 78 kept only its side terms past the
first paragraph out of its news.  Its closing lines (a sentence ending within
``framing.CLOSING_CHARS`` of the end) are background too: the money a government has
set aside, how many the country has in all, last year's count (``framing.closing_lines``).
A figure of the first paragraph, a figure of the paragraphs between, a brief's closing
sentence and a closing figure whose number is in the headline stay news.
"""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts, figure_in

_MILL = (
    "TARVOSK, Oct 3 (Baltmere Wire) - A fire tore through the Kessel paper mill in the "
    "northern town of Tarvosk overnight, killing 4 workers and forcing the evacuation of "
    "nearby homes, the regional fire service said on Friday.\n"
    "\n"
    "Firefighters fought the blaze for more than nine hours before bringing it under "
    "control shortly after dawn. Smoke could be seen from the motorway, and residents of "
    "two streets beside the mill were told to keep their windows shut.\n"
    "\n"
    "Hospital officials said 17 people were being treated for burns and smoke inhalation, "
    "three of them in a serious condition. The mill's owner, Norrvik Paper, said the fire "
    "appeared to have started in a drying hall and that it was cooperating with the "
    "police.\n"
    "\n"
    "Investigators from the labour inspectorate arrived at the site on Friday morning and "
    "were expected to stay for several days. The company said production at its other "
    "plants was not affected and that it would support the families of the dead.\n"
    "\n"
    "The ministry has set aside 60 million marks for safety checks at mills this year.\n"
)

_CLOSING = "The ministry has set aside 60 million marks for safety checks at mills this year.\n"

_TITLE = "Fire at Tarvosk paper mill kills four"


def _figures(text: str, title: str = _TITLE) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=title, published_at="2046-10-03T09:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length() -> None:
    assert framing.LEDE_CHARS <= len(_MILL) < ledger.LONG_ARTICLE_CHARS


def test_the_closing_sentence_is_background() -> None:
    got = _figures(_MILL)
    assert ("new_figure", "4") in got  # the lede's toll stays news
    assert ("new_figure", "17") in got  # a figure of the paragraphs between stays news
    assert all(fig != "60 million marks" for _kind, fig in got)


def test_without_the_rule_the_closing_figure_is_announced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(framing, "closing_lines", lambda _c, _reach: False)
    # round 80: a sum "has set aside" past the first paragraph is background on its own
    # (framing.pledged_money); this test checks round 79's rule alone
    monkeypatch.setattr(framing, "pledged_money", lambda _c: False)
    assert ("new_figure", "60 million marks") in _figures(_MILL)


def test_a_closing_figure_moved_up_the_report_stays_news(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the same sentence one paragraph higher is no closing sentence; round 80's
    # framing.pledged_money ("has set aside") is patched off: this checks round 79's rule
    monkeypatch.setattr(framing, "pledged_money", lambda _c: False)
    text = _MILL.replace("\n" + _CLOSING, "").replace(
        "Investigators from", _CLOSING + "\nInvestigators from"
    )
    assert len(text) == len(_MILL)
    assert ("new_figure", "60 million marks") in _figures(text)


def test_a_brief_closes_on_news() -> None:
    # below the lede's reach (1,000 characters) a report is news to its last sentence
    short = _MILL.split("\n\n")
    text = "\n\n".join([short[0], short[2], _CLOSING.strip()]) + "\n"
    assert len(text) < framing.LEDE_CHARS
    assert ("new_figure", "60 million marks") in _figures(text)


def test_a_closing_figure_in_the_headline_stays_news() -> None:
    got = _figures(_MILL, title="Ministry sets aside 60 million marks after Tarvosk mill fire")
    assert ("new_figure", "60 million marks") in got


def test_closing_lines_predicate() -> None:
    quote = "Last year's official count, 44, was the lowest on record."
    fig = figure_in(quote, "44")
    assert framing.closing_lines(fig, len(quote))
    assert framing.closing_lines(fig, len(quote) + 2)  # a trailing newline
    # one short sentence follows: still the closing lines
    assert framing.closing_lines(fig, len(quote) + framing.CLOSING_CHARS)
    # a paragraph follows
    assert not framing.closing_lines(fig, len(quote) + framing.CLOSING_CHARS + 1)
    assert not framing.closing_lines({"quote": quote, "text": "44"}, len(quote))  # no start


def test_a_closing_toll_stays_news() -> None:
    quote = "The army said 30 soldiers had been killed or wounded over the past 24 hours."
    toll = figure_in(quote, "30", property="killed or wounded")
    assert not framing.closing_lines(toll, len(quote))
    text = _MILL.replace(
        _CLOSING, "Police said 12 people had been injured in the crush at the gates.\n"
    )
    assert ("new_figure", "12") in _figures(text)
