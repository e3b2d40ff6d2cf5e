"""Round 74 (fp74): three more first-figure guards of ``framing_figure`` /
``ceiling_figure``.  A figure inside a non-restrictive relative clause that describes a
noun of its sentence (", which had sold 600 sacks", ", who led about 300 passengers"),
an "up to" that is a cap rather than a forecast's top ("vouchers worth up to 200
euros"), and a number joined by a hyphen to the noun it modifies ("a 60-bed clinic")
say what a thing is, not how many of anything there are: ``decide`` records them and
never announces them as a ``new_figure``.

Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.ledger import decision, framing
from claimlogic.ledger.framing import (
    ceiling_figure,
    comparison_base,
    compound_modifier,
    relative_aside,
)
from tests.unit.streams import article_alerts, count_claim, first_decision_kinds

AT = {"title": "Harbour fire at Brellport", "published_at": "2026-03-03T08:00:00Z"}


def _first_figures(text: str) -> list[str]:
    """The figures (as written) one article raises as ``new_figure``."""
    return [fig for kind, fig, _ in article_alerts(text, **AT) if kind == "new_figure"]


# --- relative_aside ------------------------------------------------------------------

ASIDES = [
    (
        "600",
        "Inspectors traced the grain to a miller in Tarven, which had sold 600 sacks "
        "of it to two bakeries.",
    ),
    (
        "about 250",
        "Ferry captain Ola Brandt, who led about 250 passengers to the upper deck, "
        "said the smoke spread fast.",
    ),
    (
        "more than 30",
        "The growers' union, which sent its inspectors to more than 30 farms, called "
        "for a ban on the spray.",
    ),
]


def test_a_figure_in_a_relative_aside_opens_no_key() -> None:
    for text, quote in ASIDES:
        c = count_claim(600.0, text, quote, "farms|count", property="count")
        assert relative_aside(c), quote
        assert first_decision_kinds(c) == [], quote
        # the same figure told by the sentence's own verb is a first figure
        plain = count_claim(600.0, text, f"The union said {text} farms were sprayed.", "x|count")
        assert not relative_aside(plain), quote
        assert first_decision_kinds(plain) == ["new_figure"], quote


def test_a_reading_a_load_or_harm_in_a_relative_clause_is_no_aside() -> None:
    for text, quote in [
        ("410", "The growers' union, which said 410 farms had been sprayed, called for a ban."),
        ("480", "The ferry, which was carrying 480 passengers, ran aground off Tarven."),
        ("12", "The storm, which killed 12 people in the valley, moved north on Sunday."),
        ("40", "The blaze, which destroyed 40 homes, was contained on Sunday."),
        ("900", "The depot, which held 900 tonnes of grain, burned through the night."),
    ]:
        c = count_claim(1.0, text, quote, "things|count", property="count")
        assert not relative_aside(c), quote


def test_an_article_raises_no_first_figure_for_an_aside(monkeypatch: Any) -> None:
    text = (
        "BRELLPORT, March 3 (Test Wire) - Fire crews on Tuesday put out a blaze at the "
        "Brellport grain terminal, where 14 dock workers were treated for smoke, the port "
        "authority said.\n\nThe terminal is run by Harlan Docks, which had shipped 52,000 "
        "tonnes of barley from the port this winter."
    )
    assert not any("52,000" in f for f in _first_figures(text))
    monkeypatch.setattr(framing, "relative_aside", lambda c: False)
    assert any("52,000" in f for f in _first_figures(text))


# --- up_to_cap -----------------------------------------------------------------------

CAPS = [
    ("up to 200 euros", "Some fans received vouchers worth up to 200 euros."),
    ("up to 3 million crowns", "The policy covers flood damage up to 3 million crowns."),
    ("up to 250,000", "Businesses can claim up to 250,000 marks under the scheme."),
]


def test_an_up_to_cap_opens_no_key() -> None:
    for text, quote in CAPS:
        c = count_claim(200.0, text, quote, "vouchers|amount|money", bound="max")
        assert ceiling_figure(c), quote
        assert first_decision_kinds(c) == [], quote


def test_an_up_to_forecast_or_toll_stays_a_first_figure() -> None:
    for text, quote, metric, extra in [
        ("up to 3,000", "Up to 3,000 homes could lose power tonight.", "homes|count", {}),
        ("up to 3,000", "Police estimated up to 3,000 fans had come.", "fans|count", {}),
        ("up to 40", "Up to 40 people were killed in the attack.", "people|killed", {}),
        (
            "up to 3,000",
            "Up to 3,000 homes lost power.",
            "homes|count",
            {"hedge": "estimated"},
        ),
    ]:
        c = count_claim(3000.0, text, quote, metric, bound="max", **extra)
        assert not ceiling_figure(c), quote
        assert first_decision_kinds(c) == ["new_figure"], quote


def test_an_article_raises_no_first_figure_for_a_cap(monkeypatch: Any) -> None:
    text = (
        "BRELLPORT, March 3 (Test Wire) - Floods swept through 400 homes in Brellport on "
        "Sunday, the council said.\n\nSome families received vouchers worth up to 500 marks."
    )
    assert _first_figures(text) == ["400"]
    monkeypatch.setattr(framing, "up_to_cap", lambda c, text: False)
    assert "up to 500 marks" in _first_figures(text)
    # an estimate's top stays news
    forecast = text.replace("Some families", "The council estimated some families")
    monkeypatch.undo()
    assert "up to 500 marks" in _first_figures(forecast)


# --- compound_modifier ---------------------------------------------------------------


def test_a_hyphenated_modifier_opens_no_key() -> None:
    for text, quote in [
        ("60", "The army will open a 60-bed clinic in Tarven next week."),
        ("31", "Glass fell from the 31-storey tower onto the square."),
        ("nine-point", "A poll gave the mayor a nine-point lead on Monday."),
    ]:
        c = count_claim(60.0, text, quote, "beds|count", property="count")
        assert compound_modifier(c), quote
        assert first_decision_kinds(c) == [], quote


def test_a_number_word_a_share_or_a_magnitude_stays_a_figure() -> None:
    for text, quote, metric in [
        ("Twenty-three", "Twenty-three people were taken to hospital.", "people|hospitalized"),
        ("6.1", "A 6.1-magnitude quake shook the coast on Monday.", "quake|magnitude"),
        ("12", "Nurses won a 12-percent rise on Monday.", "nurses|share|ratio"),
        ("5,000", "A 5,000-strong force crossed the river.", "force|count"),
        ("60", "The army sent 60 medics to Tarven.", "medics|count"),
    ]:
        c = count_claim(1.0, text, quote, metric)
        assert not compound_modifier(c), quote


def test_an_article_raises_no_first_figure_for_a_modifier(monkeypatch: Any) -> None:
    text = (
        "BRELLPORT, March 3 (Test Wire) - Storm winds tore glass panels from a 31-storey "
        "tower in Brellport on Sunday, injuring 36 people, the fire service said."
    )
    assert _first_figures(text) == ["36"]
    monkeypatch.setattr(framing, "compound_modifier", lambda c: False)
    assert "31" in _first_figures(text)


# --- comparison_base -----------------------------------------------------------------


def test_a_comparison_base_opens_no_key() -> None:
    for text, quote in [
        ("4 million dollars", "It will cost 9 million dollars, compared with 4 million dollars."),
        ("about 700", "Some 2,300 cases were filed, against a usual monthly load of about 700."),
        ("the 5 billion pesos", "The loss compares with the 5 billion pesos budgeted for roads."),
    ]:
        c = count_claim(700.0, text, quote, "cases|count", property="count")
        assert comparison_base(c), quote
        assert first_decision_kinds(c) == [], quote


def test_a_verb_of_comparing_or_against_is_no_base() -> None:
    for text, quote in [
        ("6,400", "The study compared 6,400 routes with the official course."),
        ("23", "The city proposed fines against 23 landlords."),
        ("2,300", "Some 2,300 cases were filed, compared with about 700 in a usual month."),
    ]:
        c = count_claim(1.0, text, quote, "cases|count", property="count")
        assert not comparison_base(c), quote


def test_an_article_raises_no_first_figure_for_a_base(monkeypatch: Any) -> None:
    text = (
        "BRELLPORT, March 3 (Test Wire) - The Brellport housing court said 2,300 eviction "
        "cases had been filed since February 1, against a usual monthly load of about 700."
    )
    assert _first_figures(text) == ["2,300"]
    monkeypatch.setattr(framing, "comparison_base", lambda c: False)
    assert "about 700" in _first_figures(text)


@pytest.mark.parametrize("name", ["relative_aside", "compound_modifier", "comparison_base"])
def test_the_guards_sit_in_framing_figure(name: str, monkeypatch: Any) -> None:
    """``decide`` asks them through ``framing_figure`` (its new-figure branch)."""
    assert decision.framing_figure is framing.framing_figure
    monkeypatch.setattr(framing, name, lambda c: True)
    c = count_claim(5.0, "50", "Police said 50 boats were lost.", "boats|count")
    assert framing.framing_figure(c, "boats|count")
