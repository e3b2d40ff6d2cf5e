"""Round 32: a plain count that says nothing moved updates only a figure it describes alike.

Under a plain count key (``homes|count``) a story's homes damaged, homes declared unsafe
and homes rebuilt meet. "Engineers declared 34 homes unsafe" after "the storm damaged 140
homes" raised a false update (140 -> 34) that the gold wanted as a figure of its own. A
figure whose sentence says nothing moved and names none of the key's figures now updates
only an earlier figure whose words around it share a content word with its own
(``ledger.same_predicate``); "has risen to 190" still updates, whatever its words.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from tests.unit.streams import run_stream

STORM = (
    "k1",
    "2031-05-08T10:00:00Z",
    "Mine subsidence cracks 140 homes in Kelby",
    "KELBY, May 8 (CPA) - Ground sinking above an underground coal mine has cracked the "
    "walls of 140 homes in the town of Kelby, the municipality said on Monday. Residents "
    "first noticed cracks about ten days ago. The mine, run by Kelby Coal, has stopped work "
    "at the longwall face beneath the affected district.",
)
UNSAFE = (
    "k2",
    "2031-05-09T17:45:00Z",
    "Kelby subsidence: engineers inspect upper town",
    "KELBY - Engineers inspected the upper town of Kelby on Tuesday after ground sinking "
    "above the Kelby Coal mine, the municipality said.\n\nEngineers declared 34 houses "
    "unsafe to live in. Families from those houses were told they could return only to "
    "collect belongings.",
)
RISEN = (
    "k3",
    "2031-05-10T09:00:00Z",
    "Kelby subsidence damage spreads to 205 homes",
    "KELBY - The number of homes damaged by ground sinking in Kelby rose to 205 on "
    "Wednesday after engineers inspected the upper town, the municipality said.",
)
ALIKE = (
    "k4",
    "2031-05-10T09:00:00Z",
    "Kelby subsidence: 160 homes cracked",
    "KELBY - Ground sinking above the Kelby Coal mine has cracked the walls of 160 homes in "
    "Kelby, the municipality said on Wednesday.",
)


def _kinds(alerts: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(al["kind"], al["claim"]["text"]) for al in alerts}


def test_plain_count() -> None:
    assert ledger.plain_count("homes|count")
    assert not ledger.plain_count("homes|destroyed")
    assert ledger.plain_count("crops|count|area")  # a measure: hectares of crops
    assert not ledger.plain_count("people|killed")
    assert not ledger.plain_count("quantity?1a2b|count")


def test_another_count_of_the_noun_updates_nothing() -> None:
    out = run_stream([STORM, UNSAFE, RISEN])
    assert out[1][0] == out[0][0] == out[2][0], "one story"
    assert not any(k == "update" for k, _ in _kinds(out[1][2]))
    # a count that says it moved still updates the key
    assert ("update", "205") in _kinds(out[2][2])


def test_without_the_rule_it_updated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ledger.decision, "plain_count", lambda metric_key: False)
    out = run_stream([STORM, UNSAFE])
    assert ("update", "34") in _kinds(out[1][2])


def test_a_count_described_alike_still_updates() -> None:
    out = run_stream([STORM, ALIKE])
    assert ("update", "160") in _kinds(out[1][2])


def test_described_alike() -> None:
    def fig(quote: str, text: str) -> dict[str, Any]:
        return {"quote": quote, "text": text}

    cancelled = fig("Nordvik Air cancelled 86 flights on Monday.", "86")
    again = fig("Nordvik Air cancelled another 142 flights on Tuesday.", "142")
    cancellation = fig("The strike forced the cancellation of 371 flights in all.", "371")
    assert ledger.described_alike(cancelled, again, "flights|count")
    assert ledger.described_alike(cancellation, again, "flights|count")
    unsafe = fig("Engineers declared 34 houses unsafe to live in.", "34")
    cracked = fig("There are 260 houses with cracks in walls or floors, she said.", "260")
    assert not ledger.described_alike(unsafe, cracked, "homes|count")  # only the noun


LEAK = (
    "b1",
    "2031-06-02T08:00:00Z",
    "Pipeline leak spills oil into Varne bay",
    "VARNE, June 2 (CPA) - An estimated 2,000 barrels of crude oil leaked from a ruptured "
    "pipeline into Varne bay on Monday, the coast guard said. Booms were laid around the "
    "Varne terminal.",
)
STORED = (
    "b2",
    "2031-06-03T08:00:00Z",
    "Varne terminal shut after leak",
    "VARNE, June 3 (CPA) - The Varne terminal stayed shut on Tuesday after the pipeline leak, "
    "the coast guard said. The terminal stores at least 15,000 barrels of crude oil in its "
    "tanks, the operator said.",
)


def test_a_measure_of_another_quantity_updates_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    out = run_stream([LEAK, STORED])
    assert not any(k == "update" for k, _ in _kinds(out[1][2]))
    # a count key with a unit (``crude oil|count|volume``) is a plain count too; before,
    # only ``noun|count`` was, and the oil stored updated the oil spilled
    monkeypatch.setattr(
        ledger.decision, "plain_count", lambda metric_key: metric_key.endswith("|count")
    )
    out = run_stream([LEAK, STORED])
    assert ("update", "at least 15,000 barrels") in _kinds(out[1][2])
