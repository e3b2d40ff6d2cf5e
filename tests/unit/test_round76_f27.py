"""Round 76 (f27): first figures of a story's background are not announced.

Three readings of a figure's own sentence say it is no figure of the event an analyst
tracks, however early in the report it stands:

* a deadline year in the figure's own stretch of the sentence (``framing.by_a_year``):
  "has promised 6,000 new places by 2045" is a plan's target, not what happened;
* a present "is" or "are" right before it with nothing that ties it to the news
  (``framing.standing_value``): "The standard fine is 40 dollars" says how things stand;
* the whole a sum is taken from (``framing.whole_of_part``): "sold only 9 billion pesos
  of the 20 billion pesos" -- the 20 billion is background to the 9 billion.
"""

from __future__ import annotations

import pytest

from claimlogic.ledger import framing
from tests.unit.streams import article_figures, figure_in

_PRISONS = (
    "KALDMORE, May 4 (Norland Wire) - Inmates at Brevik prison rioted on Sunday night, "
    "injuring 14 guards, the justice ministry said on Monday.\n"
    "\n"
    "The ministry has promised 2,500 new cells by 2047 to ease crowding in the north.\n"
    "\n"
    "Brevik's capacity is about 600 inmates.\n"
)


def _figures(text: str) -> list[tuple[str, str]]:
    return article_figures(
        text, title="Inmates riot at Brevik prison", published_at="2041-05-04T10:00:00Z"
    )


def test_a_plans_target_and_a_standing_rate_are_not_first_figures() -> None:
    got = _figures(_PRISONS)
    assert ("new_figure", "14") in got  # the event's figure stays news
    assert all(fig not in ("2,500", "about 600") for _kind, fig in got)


def test_without_the_deadline_rule_the_target_is_announced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(framing, "by_a_year", lambda _c: False)
    assert ("new_figure", "2,500") in _figures(_PRISONS)


def test_without_the_standing_rule_the_capacity_is_announced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(framing, "standing_value", lambda _c: False)
    assert ("new_figure", "about 600") in _figures(_PRISONS)


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("The ministry has promised 2,500 new cells by 2047.", "2,500"),
        ("Officials forecast the population will reach 71,000 by the end of 2046.", "71,000"),
        ("The firm aims to lift output to 90,000 tonnes a year by 2049.", "90,000 tonnes"),
    ],
)
def test_a_deadline_year_in_the_figures_stretch(quote: str, text: str) -> None:
    assert framing.by_a_year(figure_in(quote, text))


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        # the deadline belongs to a coordinated verb phrase, not to the figure
        (
            "The council has vowed to halve waiting lists by 2046 and has set aside 12 million "
            "euros for the scheme.",
            "12 million euros",
        ),
        (
            "The firm said it would keep 2,100 jobs and reopen the mill by the middle of 2043.",
            "2,100",
        ),
        # a date of the event, not a deadline
        ("The storm cut power to 40,000 homes on March 3, 2041.", "40,000"),
    ],
)
def test_no_deadline_of_the_figure(quote: str, text: str) -> None:
    assert not framing.by_a_year(figure_in(quote, text))


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        (
            "The standard fine is 40 dollars, rising to 120 dollars for a second offence.",
            "40 dollars",
        ),
        (
            "The region's installed generating capacity is about 9,000 megawatts.",
            "about 9,000 megawatts",
        ),
        ("Average tariffs in the state are 6.2 rupees per unit.", "6.2 rupees"),
    ],
)
def test_a_standing_value(quote: str, text: str) -> None:
    assert framing.standing_value(figure_in(quote, text))


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("There are 19 seafarers aboard, the company said.", "19"),
        ("Among the dead are 12 children.", "12"),
        ("The number of people in shelters is 4,300, the agency said.", "4,300"),
        ("The death toll is now 27.", "27"),
        ("Damage from the storm is estimated at 40 million crowns.", "40 million crowns"),
        ("The bill was 40 dollars.", "40 dollars"),
    ],
)
def test_no_standing_value(quote: str, text: str) -> None:
    assert not framing.standing_value(figure_in(quote, text))


def test_the_whole_a_sum_is_taken_from() -> None:
    quote = "The treasury sold only 9 billion pesos of the 20 billion pesos it offered."
    assert framing.whole_of_part(figure_in(quote, "20 billion pesos"))
    assert not framing.whole_of_part(figure_in(quote, "9 billion pesos"))
    # a count of people named before "of the" is no part of a sum: the nearest look-alike
    quote = "Police questioned the owners of the 14 flats."
    assert not framing.whole_of_part(figure_in(quote, "14"))


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("Nationally, Ostland's prisons hold about 52,000 people.", "about 52,000"),
        ("In the neighbouring province of Dravo, 300 homes lost power.", "300"),
        ("Eight people were killed when at least two shells hit the market.", "at least two"),
    ],
)
def test_another_place_or_a_when_clause(quote: str, text: str) -> None:
    assert framing.elsewhere_or_when(figure_in(quote, text))


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        # the event's figure before the "when" clause, and a place of the story itself
        ("Eight people were killed when at least two shells hit the market.", "Eight"),
        ("In the port of Dravo, 300 homes lost power.", "300"),
        ("The shelling began when residents were asleep, killing 12 people.", "12"),
    ],
)
def test_the_events_own_figure_is_not_elsewhere(quote: str, text: str) -> None:
    assert not framing.elsewhere_or_when(figure_in(quote, text))
