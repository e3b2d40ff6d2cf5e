"""Readings of a current state (without power, held, missing, in shelters, a price) move
both ways over time: a later reading is an update; two sources at about the same time
that disagree contradict each other."""

from __future__ import annotations

import pytest

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

H = 3600.0
OUT = "Some {v} homes were without power, the utility said."


def homes(v, **kw):
    return claim(v, property="count", quote=OUT.format(v=v), **kw)


@pytest.mark.parametrize(
    ("quote", "text", "prop", "metric", "state"),
    [
        (
            "leaving 45,000 homes without power, the agency said.",
            "45,000",
            "count",
            "homes|count",
            True,
        ),
        ("28 passengers were still held by the gunmen.", "28", "count", "passengers|count", True),
        (
            "More than 2,000 people remained in emergency shelters.",
            "2,000",
            "count",
            "people|count",
            True,
        ),
        ("the district hospital was treating 85 patients.", "85", "count", "patients|count", True),
        ("52 people remain missing.", "52", "missing", "people|missing", True),
        ("A bottle of water now costs 3 dinars.", "3", "cost", "dinars|cost", True),
        # running totals, whatever words surround them
        (
            "killing 8 people and leaving 45,000 homes without power.",
            "8",
            "killed",
            "people|killed",
            False,
        ),
        (
            "Cases rose to 310 and 85 patients remain in hospital.",
            "310",
            "infected",
            "cases|infected",
            False,
        ),
        # no state word near the figure
        ("The ferry was carrying 310 people.", "310", "count", "people|count", False),
    ],
)
def test_state_quantity(quote, text, prop, metric, state):
    c = {"quote": quote, "text": text, "property": prop}
    assert ledger.state_quantity(c, metric) is state


def test_a_later_state_reading_updates_in_either_direction():
    _, out = feed(
        [
            (homes(45000, source="Northgrid"), art(1), 0),
            (homes(120000, source="Northgrid"), art(2), 6 * H),
            (homes(30000, source="Northgrid"), art(3), 36 * H),
        ]
    )
    assert out == [["new_figure"], ["update"], ["update"]]


def test_two_sources_at_about_the_same_time_contradict():
    _, out = feed(
        [
            (homes(120000, source="Northgrid"), art(1), 0),
            (homes(80000, source="County"), art(2), 1 * H),
        ]
    )
    assert out == [["new_figure"], ["contradiction"]]


def test_the_same_source_soon_after_is_an_update():
    _, out = feed(
        [
            (homes(45000, source="Northgrid"), art(1), 0),
            (homes(60000, source="Northgrid"), art(2), 1 * H),
        ]
    )
    assert out == [["new_figure"], ["update"]]


def test_an_older_state_reading_arriving_late_is_silent():
    _, out = feed(
        [
            (homes(120000), art(1), 10 * H),
            (homes(45000), art(2), 0),
        ]
    )
    assert out == [["new_figure"], []]


def test_state_readings_at_different_moments_are_compared_but_not_periods():
    _, out = feed(
        [
            (homes(45000, time="Monday morning"), art(1), 0),
            (homes(30000, time="Tuesday evening"), art(2), 36 * H),
            (homes(90000, time="since Monday"), art(3), 40 * H),
        ]
    )
    assert out == [["new_figure"], ["update"], []]


def test_a_running_total_that_falls_still_contradicts():
    q = "{v} people were killed and thousands remain without power."
    _, out = feed(
        [
            (claim(19, property="killed", quote=q.format(v=19), source="police"), art(1), 0),
            (claim(11, property="killed", quote=q.format(v=11), source="mayor"), art(2), 2 * H),
        ]
    )
    assert out == [["new_figure"], ["contradiction"]]
