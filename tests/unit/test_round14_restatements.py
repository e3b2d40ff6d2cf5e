"""Round 14: a value the story already holds under another key is no update either."""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

OFF = BrainConfig(restated_min_same=1e9, restated_min_other=1e9)

FIRST = (
    "c1",
    "2026-05-04T09:00:00Z",
    "Tankers queue off Cape Lorn after strait closure",
    "LORN - Some 130 tankers were waiting at anchor off Cape Lorn on Monday after the strait "
    "was closed, the maritime agency said. About 600 ships pass the cape each week, the "
    "agency said.",
)
# "Of some 600", not "Of the about 600": since round 20 a count the sentence takes as known
# never updates, which would hide what the restatement rule does here
LATER = (
    "c2",
    "2026-05-05T09:00:00Z",
    "Strait off Cape Lorn stays closed",
    "LORN - The strait off Cape Lorn stayed closed on Tuesday, the maritime agency said. Of "
    "some 600 tankers that pass the cape each week, most carry crude.",
)


def _moves(config: BrainConfig | None) -> list[tuple[str, str, float]]:
    out = run_stream([FIRST, LATER], config)
    assert out[1][0] == out[0][0]  # one story
    return [
        (a["kind"], a["metric"]["key"], a["claim"]["value"])
        for a in out[1][2]
        if a["kind"] in ("update", "contradiction")
    ]


def test_a_value_another_article_gave_under_another_key_is_no_update(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the 600 of the first article (ships) comes back under the tankers' key: restated
    assert _moves(None) == []
    # with the rule off it reads as the tankers' count moving 130 -> 600 (within the
    # ratio an update needs without words of change, round 18); since round 32 a plain
    # count described unlike the key's figure ("pass the cape" / "waiting at anchor")
    # updates nothing either, so that rule is off here too
    monkeypatch.setattr(ledger.decision, "plain_count", lambda metric_key: False)
    assert ("update", "tankers|count", 600.0) in _moves(OFF)


def test_a_real_move_of_the_key_is_still_an_update() -> None:
    later = (LATER[0], LATER[1], LATER[2], LATER[3] + " Some 31 tankers were waiting at anchor.")
    out = run_stream([FIRST, later])
    got = [(a["kind"], a["claim"]["value"]) for a in out[1][2]]
    assert ("update", 31.0) in got


# --------------------------------------------------------------------------- dispute cues

CANCEL = (
    "Airlines cancelled 310 flights on Tuesday, as the airport operator and the ground "
    "handlers disputed how many bags were stuck in the building."
)


def test_a_dispute_cue_that_names_another_quantity_is_not_this_figures() -> None:
    assert not ledger.disputed({"quote": CANCEL, "metric": "flights|count"})
    assert ledger.disputed({"quote": CANCEL, "metric": "bags|count"})
    assert ledger.disputed({"quote": CANCEL, "metric": "checked bags|count"})
    # "how many could still be" names no counted noun: the cue still counts
    text = (
        "Residents said closer to 120 people lived in the building and accused officials "
        "of understating how many could still be under the rubble."
    )
    assert ledger.disputed({"quote": text, "metric": "people|count"})


def test_flights_cancelled_later_that_day_are_an_update_not_a_contradiction() -> None:
    first = (
        "d1",
        "2026-12-01T09:10:00Z",
        "Baggage failure at Lorvik airport grounds 140 flights",
        "LORVIK - A failure of the baggage system at Lorvik airport forced airlines to "
        "cancel 140 flights on Tuesday morning, the airport operator said.",
    )
    later = (
        "d2",
        "2026-12-01T20:00:00Z",
        "Lorvik cancellations reach 310",
        "LORVIK - Airlines at Lorvik airport cancelled 310 flights on Tuesday after the "
        "failure of the baggage system, as the airport operator and ground handlers "
        "disputed how many bags were stuck in the building.",
    )
    out = run_stream([first, later])
    assert out[1][0] == out[0][0]
    got = [(a["kind"], a["claim"]["value"]) for a in out[1][2]]
    assert ("update", 310.0) in got
    assert ("contradiction", 310.0) not in got


def test_the_remembered_dispute_cue_is_per_metric() -> None:
    """The cue's answer is remembered by sentence, text and metric key: the same
    sentence and figure asked about under another key gets its own answer, in either
    order."""
    for metrics in (["flights|count", "bags|count"], ["bags|count", "flights|count"]):
        for metric in metrics:
            claim = {"quote": CANCEL, "text": "310", "metric": metric}
            assert ledger.disputes_figure(claim) == (metric == "bags|count")
            assert ledger.disputes_figure(dict(claim)) == (metric == "bags|count")
