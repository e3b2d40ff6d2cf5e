"""Round 33: a radio brief whose only name is its station is nameless and may join a
recent story on its terms and running count."""

from __future__ import annotations

from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

CFG = BrainConfig()

FLATS = [
    (
        "f1",
        "2036-09-11T09:00:00Z",
        "City moves 120 families out of damp council flats",
        "The city of Orrenby has moved 120 families out of damp and mouldy council flats, "
        "the Orrenby housing department said on Thursday.",
    ),
    (
        "f2",
        "2036-09-12T12:00:00Z",
        "Damp flats: 165 families moved",
        "Orrenby Radio, September 12 - The city has now moved 165 families out of damp "
        "council flats, the housing department said.",
    ),
]


def test_radio_brief_named_only_by_its_station_joins_on_its_running_count():
    (s1, _, _), (s2, new2, alerts) = run_stream(FLATS, CFG)
    assert not new2 and s2 == s1
    assert [(a["kind"], a["claim"]["value"]) for a in alerts] == [("update", 165)]


def test_station_named_brief_about_another_place_keeps_its_name():
    """A brief that names a place of its own besides the station is not nameless."""
    items = [
        FLATS[0],
        (
            "g2",
            "2036-09-12T12:00:00Z",
            "Damp flats: 165 families moved",
            "Orrenby Radio, September 12 - The city of Kestwick has now moved 165 families "
            "out of damp council flats in Kestwick, the housing department said.",
        ),
    ]
    (s1, _, _), (s2, new2, _) = run_stream(items, CFG)
    assert new2 and s2 != s1
