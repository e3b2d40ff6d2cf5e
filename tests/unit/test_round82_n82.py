"""Round 82 (n82): the body of a report of middle length is its background.

A wire report shorter than ``ledger.LONG_ARTICLE_CHARS`` had no body by position
(``framing.in_lede``): only its side terms (round 78), its closing lines (round 79) and
its pledged sums, earlier periods and standing stock (round 80) past the first paragraph
were kept out of its news.  From ``framing.MIDDLE_BODY_CHARS`` characters on, any figure
past the first paragraph is background (``framing.middle_body``), unless it is a toll,
an act done to people the authorities acted on (``framing.acted_on``) or its number is in
the headline.  A figure of the first 1,200 characters stays news.
"""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts, figure_in

_FERRY = (
    "ORMSTAD, May 14 (Nordvale Wire) - A passenger ferry ran aground on a sandbank off "
    "the island of Skerrholm on Wednesday evening, and coastguard boats took 212 "
    "passengers ashore overnight, the coastguard said on Thursday.\n"
    "\n"
    "The Vellora, operated by Skerry Lines, was on its last crossing of the day from "
    "Ormstad when it struck the bank in fog about two kilometres from the island's "
    "harbour. The coastguard said the hull was not breached and no fuel had leaked.\n"
    "\n"
    "Passengers were moved to lifeboats and then to coastguard vessels in calm water. "
    "Paramedics at the harbour checked everyone who came ashore, and a spokesman for the "
    "regional hospital said 9 passengers had been admitted with minor injuries.\n"
    "\n"
    "Skerry Lines said the vessel would be refloated on Friday's high tide and towed to "
    "a yard in Ormstad for inspection. The company apologised to passengers and said it "
    "would refund all tickets for the crossing. Investigators from the maritime "
    "accident board were on their way to the island.\n"
    "\n"
    "Islanders waiting at the harbour in Ormstad said the ferry had been late all week "
    "because of engine trouble, and several said they had been told little by the crew "
    "while the lifeboats were lowered. The company said the engines played no part.\n"
    "\n"
    "The crossing is the only link between Skerrholm and the mainland. The company "
    "bought the Vellora from a Baltic operator for 14 million euros. Islanders have long "
    "complained about the age of the fleet, and the regional council is due to debate "
    "new contracts for the routes in the autumn, officials said.\n"
)

_BODY = "The company bought the Vellora from a Baltic operator for 14 million euros."

_TITLE = "Ferry runs aground off Skerrholm, passengers taken ashore"


def _figures(text: str, title: str = _TITLE) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=title, published_at="2046-05-15T08:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length_and_the_figure_in_its_body() -> None:
    assert framing.MIDDLE_BODY_CHARS < len(_FERRY) < ledger.LONG_ARTICLE_CHARS
    assert _FERRY.index(_BODY) >= framing.MIDDLE_BODY_CHARS
    # the figure does not close the report: round 79's closing lines do not reach it
    assert len(_FERRY) - (_FERRY.index(_BODY) + len(_BODY)) > framing.CLOSING_CHARS


def test_a_figure_of_the_body_is_background() -> None:
    got = _figures(_FERRY)
    assert ("new_figure", "212") in got  # the lede's count stays news
    assert ("new_figure", "9") in got  # a figure before 1,200 characters stays news
    assert all(fig != "14 million euros" for _kind, fig in got)


def test_without_the_rule_the_body_figure_is_announced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(framing, "middle_body", lambda _c: False)
    assert ("new_figure", "14 million euros") in _figures(_FERRY)


def test_the_same_sentence_higher_up_stays_news() -> None:
    # moved into the third paragraph, before 1,200 characters: no body
    text = _FERRY.replace(_BODY + " ", "").replace(
        "Paramedics at the harbour", _BODY + " Paramedics at the harbour"
    )
    assert len(text) == len(_FERRY)
    assert text.index(_BODY) < framing.MIDDLE_BODY_CHARS
    assert ("new_figure", "14 million euros") in _figures(text)


def test_a_body_figure_in_the_headline_stays_news() -> None:
    got = _figures(_FERRY, title="Ferry bought for 14 million euros runs aground off Skerrholm")
    assert ("new_figure", "14 million euros") in got


def test_a_body_toll_stays_news() -> None:
    text = _FERRY.replace(_BODY, "The coastguard said 3 crew members had been injured.")
    assert text.index("3 crew") >= framing.MIDDLE_BODY_CHARS
    assert ("new_figure", "3") in _figures(text)


def test_middle_body_predicate() -> None:
    quote = "The company bought the Vellora from a Baltic operator for 14 million euros."
    pad = " " * framing.MIDDLE_BODY_CHARS
    fig = figure_in(pad + quote, "14 million euros")
    assert framing.middle_body(fig)
    # at exactly the body's start, and one character short of it
    edge = figure_in(quote, "14 million euros")
    edge["start"] = framing.MIDDLE_BODY_CHARS
    assert framing.middle_body(edge)
    edge["start"] = framing.MIDDLE_BODY_CHARS - 1
    assert not framing.middle_body(edge)
    short = figure_in(quote, "14 million euros")
    assert not framing.middle_body(short)
    assert not framing.middle_body({"quote": quote, "text": "14 million euros"})  # no start
    toll = figure_in(pad + "Two crew were injured.", "Two", property="injured")
    assert not framing.middle_body(toll)
    dead = figure_in(pad + "Four people died.", "Four", property="dead")
    assert not framing.middle_body(dead)


def test_a_long_report_is_untouched() -> None:
    # a report of LONG_ARTICLE_CHARS or more has its own body from LEDE_CHARS on; the
    # rule is asked only in the middle tier
    fig = figure_in(" " * framing.MIDDLE_BODY_CHARS + _BODY, "14 million euros")
    fig["start"] = framing.MIDDLE_BODY_CHARS + 30
    assert not ledger.in_lede(fig, None, reach=3000, first_par_end=200)
    # below the middle tier a report is news to its last line
    assert ledger.in_lede(fig, None, reach=700, first_par_end=200)
    # in the middle tier, past the first paragraph and the body's start: background
    assert not ledger.in_lede(fig, None, reach=1900, first_par_end=200)
    fig["start"] = framing.MIDDLE_BODY_CHARS - 30
    assert ledger.in_lede(fig, None, reach=1900, first_par_end=200)
