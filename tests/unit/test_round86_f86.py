"""Round 86 (f86): a unit word that is the first half of a hyphenated compound after a
numeral ("41,300 day-trippers", "40 day-care centres"), or the singular "day" before a
plural noun ("9,000 day visitors"), is no unit: the numeral counts the compound's noun
(``extract.quantities._unit_in_compound``, ``_day_before_plural``).  Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.extract import extract_claims, quantities
from tests.unit.streams import run_stream


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.text, c.unit, c.metric) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The harbour office said 8,200 day-trippers landed on Sunday.", "8,200", "trippers"),
        ("The county said 35 day-care centres had shut their doors.", "35", "centres"),
        ("The survey found 640 year-round residents in the old town.", "640", "people"),
        ("Inspectors fined 12 week-end traders at the market.", "12", "traders"),
        # the singular "day" before a plural noun, unhyphenated
        ("The port said about 5,600 day visitors came ashore.", "about 5,600", "visitors"),
        ("The clinic saw 75 day patients on Monday.", "75", "patients"),
    ],
)
def test_a_unit_word_opening_a_hyphenated_compound_is_no_unit(
    text: str, figure: str, noun: str
) -> None:
    (claim,) = [c for c in extract_claims(text) if c.value is not None]
    assert claim.text == figure
    assert claim.unit == noun
    assert not claim.metric.startswith(("day?", "year?", "week?"))


def test_without_the_rule_the_unit_is_the_day(monkeypatch: Any) -> None:
    monkeypatch.setattr(quantities, "_unit_in_compound", lambda *_a: False)
    (claim,) = extract_claims("The harbour office said 8,200 day-trippers landed on Sunday.")
    assert claim.text == "8,200 day"
    assert claim.unit == "day"
    (claim,) = extract_claims("The port said about 5,600 day visitors came ashore.")
    assert claim.unit == "day"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a dimension after the hyphen: the compound is a measure of one thing
        ("A 14 km-long tailback formed on the ring road.", "14 km", "km"),
        ("A 6 metre-high wave struck the pier.", "6 metre", "m"),
        # the numeral glued to the unit by its own hyphen: a measure
        ("The clinic treated 9-day-old twins.", "9-day", "day"),
        # a plain unit, no compound
        ("The strike lasted 12 days.", "12 days", "day"),
        # a singular noun after "day": the trip's length
        ("They booked a 10 day trip.", "10 day", "day"),
    ],
)
def test_a_measure_keeps_its_unit(text: str, figure: str, unit: str) -> None:
    got = _read(text)
    assert (figure, unit) in [(t, u) for t, u, _m in got]


_OPENING = (
    "a1",
    "2026-07-06T08:00:00Z",
    "Holiday crowds on Vellin island",
    "VELLIN, July 6 (Test Wire) - The harbour office said 8,200 day-trippers landed on "
    "Vellin island on Sunday, the busiest day of the summer.\n\nFerries ran every hour.",
)
_RIVAL = (
    "a2",
    "2026-07-07T08:00:00Z",
    "Islanders dispute crowd count",
    "VELLIN, July 7 (Other Wire) - The islanders' association said its volunteers counted "
    "11,900 day-trippers landing on Vellin island on Sunday, far more than the harbour "
    "office said.",
)


def _alerts() -> list[list[tuple[str, str]]]:
    return [
        [(a["kind"], a["claim"]["text"]) for a in al] for _, _, al in run_stream([_OPENING, _RIVAL])
    ]


def test_two_bodies_counts_of_day_trippers_are_compared() -> None:
    first, second = _alerts()
    assert first == [("new_figure", "8,200")]
    assert ("contradiction", "11,900") in second
