"""Round 84 (n84): what one unit costs, an average, and what comes every year are
background past a middle report's first paragraph.

Two further terms of ``framing.middle_side`` (a report of middle length, past its first
paragraph, a sentence that does not say the figure moved):
* ``framing.unit_value``: an average or typical value named before the figure in its
  clause, the fine a rule threatens ("face a fine of"), a sum
  "for a <unit>"; a toll stays news;
* ``framing.habitual_rate``: "every / each year, day, week, month, season" after the
  figure, without "since".
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts, figure_in

#: A sum paid for one unit keeps an ordinary key, which only framing silences (what one
#: unit "is worth" takes a key of its own in the extractor since round 84's f84).
_PER_UNIT = "Traders pay about 2,600 crowns for a tonne of the hill walnuts, the office said."
_EVERY = "About 90,000 visitors walk the orchard trail every year."

_FROST = (
    "TALLVIK, April 14 (Norrbeck Wire) - A late frost killed the blossom on 410 walnut "
    "farms in the Tallvik hills overnight, the regional farm office said on Tuesday.\n"
    "\n"
    "Temperatures fell well below freezing before dawn in the upper valleys. Growers lit "
    "fires between the rows, and the farm office said 37 growers had asked for emergency "
    "help by noon.\n"
    "\n"
    "The office said its inspectors would visit the worst-hit farms this week. "
    + _PER_UNIT
    + " "
    + _EVERY
    + "\n"
    "\n"
    "Growers said they had seen frost this late only once before, and several said they "
    "would not know for a month how many trees had survived. The office said it would "
    "publish its first estimate of the damage in May, once the buds had opened and the "
    "growers had counted what was left on the branches.\n"
    "\n"
    "Frost nets and sprinklers had been fitted on only a few of the hill farms, the "
    "cooperative said, because most growers could not afford them.\n"
)

_TITLE = "Late frost hits Tallvik walnut farms"


def _figures(text: str) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=_TITLE, published_at="2046-04-15T08:00:00Z"
        )
    ]


def test_the_report_is_of_middle_length() -> None:
    assert framing.MEDIUM_ARTICLE_CHARS <= len(_FROST) < ledger.LONG_ARTICLE_CHARS
    # both figures stand past the first paragraph and before round 82's body
    assert framing.first_paragraph_end(_FROST) < _FROST.index(_PER_UNIT)
    assert _FROST.index(_EVERY) + len(_EVERY) < framing.MIDDLE_BODY_CHARS


def test_a_units_worth_and_a_yearly_count_are_background() -> None:
    got = _figures(_FROST)
    assert ("new_figure", "410") in got  # the lede's count stays news
    assert ("new_figure", "37") in got  # the second paragraph's count stays news
    assert all("2,600" not in fig and "90,000" not in fig for _kind, fig in got)


@pytest.mark.parametrize(("rule", "fig"), [("unit_value", "2,600"), ("habitual_rate", "90,000")])
def test_without_the_rule_the_figure_is_announced(
    monkeypatch: pytest.MonkeyPatch, rule: str, fig: str
) -> None:
    monkeypatch.setattr(framing, rule, lambda _c: False)
    assert any(kind == "new_figure" and fig in f for kind, f in _figures(_FROST))


def test_in_a_brief_the_same_sentences_stay_news() -> None:
    brief = (
        "TALLVIK, April 14 (Norrbeck Wire) - A late frost killed the blossom on 410 walnut "
        "farms in the Tallvik hills overnight, the farm office said. "
        + _PER_UNIT
        + " "
        + _EVERY
        + "\n"
    )
    assert len(brief) < framing.MEDIUM_ARTICLE_CHARS
    got = _figures(brief)
    assert any("2,600" in fig for _kind, fig in got)
    assert any("90,000" in fig for _kind, fig in got)


def _claim(quote: str, text: str, metric: str = "things|count", **extra: Any) -> dict[str, Any]:
    return dict(figure_in(quote, text), metric=metric, **extra)


@pytest.mark.parametrize(
    ("quote", "text", "metric", "want"),
    [
        (
            "The average claim paid so far was about 4,100 crowns.",
            "4,100 crowns",
            "claim|amount|money",
            True,
        ),
        (
            "It said a typical cottage in the hills was insured for 310,000 crowns.",
            "310,000 crowns",
            "cottage|amount|money",
            True,
        ),
        (
            "Drivers who ignore the closure will face a fine of 900 crowns.",
            "900 crowns",
            "fine|amount|money",
            True,
        ),
        (
            "Pickers are paid 60 crowns for a crate of nuts.",
            "60 crowns",
            "pickers|amount|money",
            True,
        ),
        # the haul's or the event's own worth, what a sum is for, a count
        (
            "The seized trucks are worth an estimated 9 million crowns together.",
            "9 million crowns",
            "trucks|amount|money",
            False,
        ),
        (
            "The council set aside 5 million crowns for a replanting fund.",
            "5 million crowns",
            "council|amount|money",
            False,
        ),
        (
            "The frost had cost growers 14 million crowns.",
            "14 million crowns",
            "growers|cost|money",
            False,
        ),
        ("Inspectors checked 60 farms for a second time.", "60", "farms|count", False),
    ],
)
def test_unit_value(quote: str, text: str, metric: str, want: bool) -> None:
    assert framing.unit_value(_claim(quote, text, metric)) is want


def test_a_tolls_average_stays_news() -> None:
    # the seed story's "an average of 1,271 casualties a day" (session 33's review)
    quote = "The army said the garrison lost an average of 212 men a day in May."
    c = _claim(quote, "212 men", "garrison|killed", property="killed")
    assert framing.unit_value(c) is False
    assert framing.unit_value({**c, "property": "carried"}) is True


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        (_EVERY, "About 90,000", True),
        ("About 30 people drown in the lake each summer, the coastguard says.", "30", True),
        ("Some 4,000 tonnes of grain pass through the port every week.", "4,000 tonnes", True),
        # a running count from a point, "every" before the figure, no period
        ("Since 2041 about 30 people have drowned in the lake every summer.", "30", False),
        ("Every year the port handles 4,000 tonnes.", "4,000 tonnes", False),
        ("The coastguard checked every one of the 30 boats.", "30", False),
    ],
)
def test_habitual_rate(quote: str, text: str, want: bool) -> None:
    assert framing.habitual_rate(_claim(quote, text)) is want


def test_only_past_the_first_paragraph_of_a_middle_report() -> None:
    fig = _claim(" " * 600 + _PER_UNIT, "about 2,600 crowns", "traders pay|amount|money")
    # past the first paragraph of a middle report: background
    assert not ledger.in_lede(fig, None, reach=1500, first_par_end=300)
    # in the first paragraph, or in a brief: news
    assert ledger.in_lede(fig, None, reach=1500, first_par_end=900)
    assert ledger.in_lede(fig, None, reach=700, first_par_end=300)


def test_a_moved_average_stays_news() -> None:
    quote = "The average claim has risen to 4,100 crowns, from 2,900 crowns in March."
    fig = _claim(" " * 600 + quote, "4,100 crowns", "claim|amount|money")
    assert framing.unit_value(fig) is True
    assert not framing.middle_side(fig)
