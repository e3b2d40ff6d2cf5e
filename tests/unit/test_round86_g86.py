"""Round 86 (g86): a duration that is the level of a wait, a delay or stocks named as its
clause's subject ("fuel stocks stood at 4.2 days", "the delay was three hours") is keyed by
that noun, not by its unit and a digest (``extract._duration_measured_noun``).  Invented
sentences."""

from __future__ import annotations

from typing import Any

import pytest

import claimlogic.extract as ex
from claimlogic.extract import extract_claims
from tests.unit.streams import run_stream


def _metric(text: str, figure: str) -> str:
    (claim,) = [c for c in extract_claims(text) if c.text == figure]
    return claim.metric


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        ("The depot said fuel stocks stood at 4.2 days.", "4.2 days", "stocks|count|time"),
        ("Grain stocks are back at 9 days, the ministry said.", "9 days", "stocks|count|time"),
        ("Its stocks were back up to five days.", "up to five days", "stocks|count|time"),
        (
            "Hospital stocks of plasma dropped again overnight to 2.6 days.",
            "2.6 days",
            "stocks|count|time",
        ),
        ("The delay on the northern line was three hours.", "three hours", "delay|count|time"),
        ("Officials said the backlog was 14 months.", "14 months", "backlog|count|time"),
    ],
)
def test_a_duration_is_keyed_by_the_noun_it_measures(text: str, figure: str, key: str) -> None:
    assert _metric(text, figure) == key


def test_without_the_rule_the_duration_is_keyed_by_its_unit(monkeypatch: Any) -> None:
    monkeypatch.setattr(ex, "_duration_measured_noun", lambda *_a: None)
    assert _metric("The depot said fuel stocks stood at 4.2 days.", "4.2 days").startswith("day?")
    assert _metric("Grain stocks are back at 9 days.", "9 days").startswith("day?")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an age, a lateness: no level of the noun
        ("The stock was 45 years old.", "45 years"),
        ("The delay was two years late.", "two years"),
        # no level verb: how long something lasted or was done
        ("The strike over stocks lasted 12 days.", "12 days"),
        # an average is a yardstick, a key of its own (round 84)
        ("The hospital said the average wait was 30 weeks.", "30 weeks"),
        # the subject is in another clause
        ("Stocks were low, and the shortage was 6 days.", "6 days"),
    ],
)
def test_no_level_of_a_measured_noun_keeps_its_own_key(text: str, figure: str) -> None:
    assert "?" in _metric(text, figure)


def test_a_move_keeps_the_subject_it_names() -> None:
    # "helpline waits" names the thing: the subject reading stays
    text = "Helpline waits have fallen to about 15 minutes, the council said."
    assert _metric(text, "about 15 minutes") == "helpline waits|count|time"


_OPENING = (
    "a1",
    "2026-03-02T08:00:00Z",
    "Fuel depot warns of shortage",
    "MORVEN, March 2 (Test Wire) - The regional fuel depot said on Monday that diesel "
    "stocks stood at 3.4 days, and asked hauliers to limit deliveries.",
)
_LATER = (
    "a2",
    "2026-03-05T08:00:00Z",
    "Diesel stocks recover",
    "MORVEN, March 5 (Test Wire) - The regional fuel depot said on Thursday that diesel "
    "stocks stood at 6 days, after two tankers docked.",
)


def test_two_readings_of_stocks_in_days_meet(monkeypatch: Any) -> None:
    got = [
        [(a["kind"], a["claim"]["text"]) for a in al] for _, _, al in run_stream([_OPENING, _LATER])
    ]
    assert got[0] == [("new_figure", "3.4 days")]
    assert ("update", "6 days") in got[1]
    # with the rule off each reading has a key of its own: nothing is announced
    monkeypatch.setattr(ex, "_duration_measured_noun", lambda *_a: None)
    off = [al for _, _, al in run_stream([_OPENING, _LATER])]
    assert off == [[], []]
