"""Round 74 (n74): a running story's figure that says it moved ("Confirmed measles cases
... have risen to 48") is an update of a figure not on record even when its key holds
only background no alert went out on ("Measles cases in the region fell to 212 in
2019"): the silent figure marked the key as opened, and ``decide`` kept the move quiet as
a second quantity under a key already alerted (``_silent_key``,
``_moved_past_background``).  A figure of that key that says nothing moved stays silent,
and a key once an alert went out on one of its figures is no silent key.

Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.brain import BrainConfig, new_tables, observing
from claimlogic.brain.state import T_ALERTS, _Scene
from tests.unit.streams import run_stream

_OPENING = (
    "a1",
    "2026-03-02T08:00:00Z",
    "Measles closes Harwick school",
    "HARWICK, March 2 (Test Wire) - Health officials closed Harwick Grammar School on Monday "
    "after an outbreak of measles among its pupils, the regional health board said.\n\n"
    "The board said it was tracing contacts of the sick children and urged parents to check "
    "their vaccination records.\n\n"
    "Measles cases in the region fell to 212 in 2019 from a peak of 1,900 in 2011, according "
    "to the national health institute.",
)

MOVED = (
    "HARWICK, March 4 (Other Wire) - Confirmed measles cases at Harwick Grammar School have "
    "risen to 48, the regional health board said on Wednesday."
)
STILL = (
    "HARWICK, March 4 (Other Wire) - The regional health board said 48 measles cases had "
    "been confirmed among pupils at Harwick Grammar School by Wednesday."
)


def _second(text: str) -> tuple[str, str, str, str]:
    return ("a2", "2026-03-04T09:00:00Z", "Harwick measles outbreak grows", text)


def _alerts(*items: tuple[str, str, str, str]) -> list[list[tuple[str, str, str, int]]]:
    return [
        [(a["kind"], a["claim"]["text"], a["metric"]["key"], len(a["against"])) for a in al]
        for _, _, al in run_stream(list(items))
    ]


def test_a_move_past_background_is_an_update() -> None:
    first, second = _alerts(_OPENING, _second(MOVED))
    assert first == []  # the 2019 count is background: no alert on the key
    assert second == [("update", "48", "measles cases|infected", 0)]


def test_without_the_rule_the_move_is_silent(monkeypatch: Any) -> None:
    monkeypatch.setattr(observing, "_silent_key", lambda *_a, **_k: False)
    _, second = _alerts(_OPENING, _second(MOVED))
    assert second == []


@pytest.mark.parametrize("text", [STILL])
def test_a_figure_that_says_nothing_moved_stays_silent(text: str) -> None:
    # the nearest look-alike: the same key and value, no move told -- no first figure is
    # let through under a key only background was filed under
    _, second = _alerts(_OPENING, _second(text))
    assert second == []


def _scene_with(entry: dict[str, Any]) -> Any:
    tables = new_tables()
    story = {"metrics": [entry["metric"]]}
    return _Scene(tables, "st-1", story, [], "a2", BrainConfig())


def test_a_key_is_silent_only_while_no_alert_went_out_on_it() -> None:
    fig = {"article": {"id": "a1"}, "claim": {"start": 10, "end": 13, "value": 212.0}}
    entry = {"metric": "cases|infected", "figures": [fig], "new_alerted": True}
    scene = _scene_with(entry)
    assert observing._silent_key(scene, "cases|infected", entry)
    # the look-alike: the same key once its figure was alerted is opened for the story
    ident = ledger.claim_identity("a1", fig["claim"])
    alert = observing._alert_id("new_figure", "st-1", "cases|infected", ident, [])
    scene.tables[T_ALERTS][alert] = 1.0
    assert not observing._silent_key(scene, "cases|infected", entry)
    # and a key the ledger never marked opened is no silent key
    assert not observing._silent_key(scene, "cases|infected", {**entry, "new_alerted": False})
