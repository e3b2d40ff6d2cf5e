"""Round 86 review fix (fq86): the singular "day" before a plural noun is a compound's
first word only before a noun of people, visits or day-time places ("9,000 day visitors",
"75 day patients", "two day centres"); before any other plural the figure is a period
("30 day notices", "14 day cycles", "rolling 7 day averages", "90 day loans") and keeps
its unit (``extract.quantities._day_before_plural``).  Invented sentences."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.text, c.unit, c.metric) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tenants were handed 30 day notices last week.", "30 day"),
        ("The plant runs 14 day cycles, officials said.", "14 day"),
        ("The rolling 7 day averages of 120 cases rose.", "7 day"),
        ("The bank offered 90 day loans to 400 firms.", "90 day"),
        ("Visitors can buy 3 day passes at the gate.", "3 day"),
        ("Nurses work 12 day shifts in a row.", "12 day"),
    ],
)
def test_a_period_before_another_plural_keeps_the_day(text: str, figure: str) -> None:
    got = _read(text)
    assert (figure, "day") in [(t, u) for t, u, _m in got]
    assert not [m for _t, u, m in got if u in ("notices", "cycles", "averages", "loans")]


@pytest.mark.parametrize(
    "text",
    [
        "Tenants got a 30-day notice period, the council said.",
        "The 7-day average rose to 120 cases.",
        "A 14-day quarantine was imposed on 300 travellers.",
        "The bank offered 90-day loans to 400 firms.",
    ],
)
def test_a_hyphenated_period_stays_a_duration(text: str) -> None:
    got = _read(text)
    assert next(u for _t, u, _m in got) == "day"


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The port said about 5,600 day visitors came ashore.", "about 5,600", "visitors"),
        ("The clinic saw 75 day patients on Monday.", "75", "patients"),
        ("The council said about 9,000 day trippers came.", "about 9,000", "trippers"),
        ("The school has 40 day pupils and 200 boarders.", "40", "pupils"),
        ("The charity runs 12 day centres in the city.", "12", "centres"),
        ("The harbour office said 8,200 day-trippers landed.", "8,200", "trippers"),
    ],
)
def test_a_count_of_people_visits_or_places_counts_the_noun(
    text: str, figure: str, noun: str
) -> None:
    claim = next(c for c in extract_claims(text) if c.value is not None)
    assert claim.text == figure
    assert claim.unit == noun
    assert not claim.metric.startswith("day?")
