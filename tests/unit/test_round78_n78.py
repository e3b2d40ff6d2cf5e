"""Round 78 (n78): a report of middle length tells its side figures past its first
paragraph as background.

A long report (``ledger.LONG_ARTICLE_CHARS`` or more) already keeps shares, plans, rates
per unit, what a body has and small counts of the scene out of its news once they stand
past its first paragraph (``framing.in_lede``).  A brief is news throughout.  Between the
two (``framing.MEDIUM_ARTICLE_CHARS`` up to the long mark) every figure counted as news;
now the same side figures past the first paragraph do not (``framing.middle_side``,
``framing.middle_scenery``), unless the sentence says the figure moved ("raised its offer
to 4 percent, from 3 percent") or a scene's count holds on ("still waiting").
"""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_figures, count_claim

_DOCKS = (
    "PORT VELLARD, Feb 9 (Ostmark Wire) - Dock workers at the port of Vellard walked out on "
    "Monday in a dispute over pay, stranding 23 container ships in the harbour, the port "
    "authority said.\n"
    "\n"
    "The strike, called by the Vellard Dockers' Union, is the first at the port since the "
    "terminal was sold to a private operator. Picket lines formed at all gates before dawn, "
    "and lorries queued for several kilometres on the coast road.\n"
    "\n"
    "The union wants 11 percent over two years. The operator, Harbro Terminals, said it "
    "could not afford more than the inflation rate and accused the union of holding the "
    "region's exporters to ransom.\n"
    "\n"
    "The operator employs about 2,300 people at Vellard. Harbro said it had deployed two tugs "
    "to keep the channel clear.\n"
    "\n"
    "Regional officials said they would meet both sides on Wednesday, and the transport "
    "ministry said it was watching the talks closely.\n"
)

_LAST = (
    "Regional officials said they would meet both sides on Wednesday, and the transport "
    "ministry said it was watching the talks closely.\n"
)


def _figures(text: str) -> list[tuple[str, str]]:
    return article_figures(
        text, title="Dockers strike at Vellard", published_at="2044-02-09T10:00:00Z"
    )


def test_the_article_is_of_middle_length() -> None:
    assert framing.MEDIUM_ARTICLE_CHARS <= len(_DOCKS) < ledger.LONG_ARTICLE_CHARS
    assert len(_DOCKS.replace(_LAST, "")) < framing.MEDIUM_ARTICLE_CHARS


def test_side_figures_past_the_first_paragraph_are_background() -> None:
    got = _figures(_DOCKS)
    assert ("new_figure", "23") in got  # the lede's figure stays news
    assert all(fig not in ("11 percent", "two") for _kind, fig in got)


def test_a_brief_is_news_throughout() -> None:
    got = _figures(_DOCKS.replace(_LAST, ""))
    assert ("new_figure", "11 percent") in got
    assert ("new_figure", "two") in got


def test_without_the_side_rule_the_demand_is_announced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "middle_side", lambda _c: False)
    assert ("new_figure", "11 percent") in _figures(_DOCKS)


def test_without_the_scenery_rule_the_tugs_are_announced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(framing, "middle_scenery", lambda _c: False)
    assert ("new_figure", "two") in _figures(_DOCKS)


def test_a_moved_figure_stays_news() -> None:
    text = _DOCKS.replace(
        "The union wants 11 percent over two years.",
        "Harbro has raised its offer to 4 percent, from 3 percent.",
    )
    assert ("new_figure", "4 percent") in _figures(text)


def _claim(quote: str, text: str, metric: str) -> dict[str, object]:
    value = float(text.split()[0].replace(",", "")) if text[0].isdigit() else 2.0
    at = quote.index(text)
    return count_claim(value, text, quote, metric, start=at, end=at + len(text))


@pytest.mark.parametrize(
    ("quote", "text", "metric"),
    [
        ("The union wants 11 percent over two years.", "11 percent", "union|share|ratio"),
        (
            "Each family will receive a grant of 30,000 crowns.",
            "30,000 crowns",
            "grant|funding|money",
        ),
        ("Reservoirs were at 44 percent on Friday.", "44 percent", "reservoirs|share|ratio"),
    ],
)
def test_a_middle_side_figure(quote: str, text: str, metric: str) -> None:
    assert framing.middle_side(_claim(quote, text, metric))


@pytest.mark.parametrize(
    ("quote", "text", "metric"),
    [
        # the sentence says the figure moved: the day's news
        (
            "Harbro has raised its offer to 4 percent, from 3 percent.",
            "4 percent",
            "offer|share|ratio",
        ),
        (
            "The price of rice rose again to 40 crowns a kilo.",
            "40 crowns",
            "price|price|per kg|money",
        ),
        # a plain count of the event is no side figure
        ("Police arrested 14 people at the gates.", "14", "people|arrested"),
    ],
)
def test_no_middle_side_figure(quote: str, text: str, metric: str) -> None:
    assert not framing.middle_side(_claim(quote, text, metric))


def test_a_scene_count_that_holds_on_stays_news() -> None:
    sent = _claim("The navy sent two tugs to the harbour mouth.", "two", "tugs|deployed")
    waiting = _claim("Two tugs were still waiting outside the harbour.", "Two", "tugs|deployed")
    now = _claim("The navy had now sent two tugs to the harbour.", "two", "tugs|deployed")
    assert framing.middle_scenery(sent)
    assert not framing.middle_scenery(waiting)
    assert not framing.middle_scenery(now)
