"""Round 83 (c83): wanted contradictions whose two sides were filed under two keys.

1. A figure measured against what another body "has acknowledged", "had reported", "has
   claimed" -- the giver's verb instead of a reading noun ("far more than the harbour
   board had reported") -- is set against that body's reading (``_NAMED_CLAIMED`` in
   ``compares`` and ``_named_giver``, answered by round 81's ``_compared_named``).
2. The cue of a comparison ("its own tally", "puts the total at") speaks of the first
   figure after it: figures of the sentence before the cue ("which runs two depots")
   no longer stop ``compares``.
"""

from __future__ import annotations

from claimlogic.brain.rivals import _named_giver, compares
from tests.unit.streams import run_stream

_FIRST = (
    "ORSTEDAL, May 4 (Test Wire) - The Orstedal harbour board said 210 trawlers had been "
    "wrecked or sunk at their moorings by Monday's storm surge."
)
_SECOND = (
    "ORSTEDAL, May 7 (Test Wire) - The Orstedal Fishermen's Union said on Thursday that 480 "
    "of its members had lost their boats in Monday's storm surge, far more than the harbour "
    "board had acknowledged."
)


def _second(text: str) -> list[tuple[str, str]]:
    items = [
        ("a0", "2044-05-04T10:00:00Z", "Orstedal storm surge", _FIRST),
        ("a1", "2044-05-07T10:00:00Z", "Orstedal storm surge", text),
    ]
    out = run_stream(items)
    return [(a["kind"], a["claim"]["text"]) for a in out[1][2]]


def test_a_count_set_against_what_a_named_body_had_acknowledged_contradicts() -> None:
    # the two readings are filed under two keys (trawlers / members): without the rule
    # the union's 480 raises nothing
    assert ("contradiction", "480") in _second(_SECOND)


def test_the_wrong_side_or_another_body_stays_silent() -> None:
    # the clause says "fewer", the board's 210 lies below
    fewer = _SECOND.replace("far more", "far fewer")
    assert not any(k == "contradiction" for k, _ in _second(fewer))
    # a body no earlier reading was given by
    other = _SECOND.replace("harbour board", "coast inspectorate")
    assert not any(k == "contradiction" for k, _ in _second(other))


def test_named_giver_reads_the_givers_verb() -> None:
    def giver(quote: str, text: str) -> tuple[frozenset[str], bool] | None:
        return _named_giver({"quote": quote, "text": text})

    got = giver(
        "The guild said 3,800 nets were lost, far more than the harbour board had reported.",
        "3,800",
    )
    assert got == (frozenset({"harbour", "board"}), True)
    got = giver(
        "The ministry said 90 boats were lost, far fewer than the cooperative has claimed.",
        "90",
    )
    assert got == (frozenset({"cooperative"}), False)
    # the speaker's own earlier word, and a multiple (the ratio finder's), name no giver
    assert giver("It said 40 boats were lost, more than it had said.", "40") is None
    assert (
        giver(
            "The guild said 3,800 nets were lost, more than twice what the board has said.",
            "3,800",
        )
        is None
    )


_SCENE = (
    "ORSTEDAL, May 4 (Test Wire) - The harbour board said on Monday that 210 trawlers had "
    "been wrecked or sunk at their moorings by the storm surge.\n\n"
    "The Kelvik Fishermen's Union, which runs three depots on the quay, said its own tally "
    "showed 480 boats had been lost."
)


def _one(text: str) -> list[tuple[str, str]]:
    out = run_stream([("a0", "2044-05-04T10:00:00Z", "Orstedal storm surge", text)])
    return [(a["kind"], a["claim"]["text"]) for a in out[0][2]]


def test_a_figure_of_another_quantity_before_the_cue_does_not_stop_it() -> None:
    # "three depots" sets the scene; the cue "its own tally" speaks of the 480 after it
    assert ("contradiction", "480") in _one(_SCENE)
    # with no cue, two bodies' figures of two nouns stay two first figures
    plain = _SCENE.replace("said its own tally showed", "said")
    assert not any(k == "contradiction" for k, _ in _one(plain))


def test_compares_reads_the_cue_nearest_the_figure() -> None:
    q = (
        "The Kelvik Fishermen's Union, which runs three depots on the quay, said its own "
        "tally showed 480 boats had been lost."
    )

    def claims(quote: str, first_key: str) -> list[dict[str, object]]:
        return [
            {"quote": quote, "text": "three", "value": 3.0, "metric": first_key,
             "start": 1000 + quote.index("three")},
            {"quote": quote, "text": "480", "value": 480.0, "metric": "boats|count",
             "start": 1000 + quote.index("480")},
        ]  # fmt: skip

    assert compares(claims(q, "depots|count"), 1)
    # a figure of its own key before the cue is the body's earlier reading
    assert not compares(claims(q, "boats|count"), 1)
    # no cue at all: the sentence's second figure is not compared
    assert not compares(claims(q.replace("said its own tally showed", "said"), "depots|count"), 1)
