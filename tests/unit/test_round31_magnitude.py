"""Round 31: two sources' figures of different articles more than ten times apart are
another quantity under one key (a part against its whole), never a contradiction."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed


def test_a_figure_ten_times_apart_from_another_sources_is_no_contradiction() -> None:
    # "the country's 185,000 civil servants", then "340 civil servants found with fake
    # degrees" from the ministry: a part of the whole, not a rival reading of it
    _, out = feed(
        [
            (claim(185_000, source="teachers' union"), art(1), 1),
            (claim(340, source="ministry of public administration"), art(2), 2),
        ]
    )
    assert out[1] == []
    # "230 households disconnected" against the ombudsman's "75,000 households" overbilled
    _, out = feed(
        [
            (claim(75_000, source="energy ombudsman"), art(1), 1),
            (claim(230, source="Norvane"), art(2), 2),
        ]
    )
    assert out[1] == []


def test_rival_readings_within_an_order_of_magnitude_still_contradict() -> None:
    # organisers' 120,000 against the police's 18,000: crowd counts run this far apart
    _, out = feed(
        [
            (claim(18_000, source="police"), art(1), 1),
            (claim(120_000, source="organisers"), art(2), 2),
        ]
    )
    assert out[1] == ["contradiction"]
    assert ledger.ACROSS_RIVAL_RATIO == 10.0


def test_the_far_figure_leaves_the_against_list() -> None:
    # "at least 300 children" against 25 and 131: the 25 is another quantity
    entry = None
    dec: list = []
    for c, a, t in (
        (claim(25, source="hospital"), art(1), 1),
        (claim(131, source="health ministry"), art(2), 2),
        (claim(300, "lower", low=300, high=None, source="aid agency"), art(3), 3),
    ):
        entry, dec, _ = ledger.decide(
            entry, c, a, story="s", metric="m", label="M", event_t=t, now_iso="2025-01-01"
        )
    assert [d[0] for d in dec] == ["contradiction"]
    assert [f["claim"]["value"] for f in dec[0][2]] == [131]
