"""Round 32: another sum under a bare noun key is a first figure, not an update.

The extractor files a sum in a currency it does not know under the currency as a counted
noun ("22 million talers" -> ``florins|cost``), so one story's damage estimate, clean-up
cost, victims' fund and a bank's deposits meet under one key. A later sum updated the
key's latest one whatever it was: 24 of the 84 false updates on the tuning pool that the
gold wanted as new figures were such sums. A sum whose sentence says nothing moved and
names none of the sums it would replace is now another sum: a new figure.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from tests.unit.streams import run_stream

SPILL = (
    "o1",
    "2031-04-02T08:00:00Z",
    "Tanker spill fouls 30 km of Marrow coast",
    "MARROW, April 2 (CPA) - A tanker ran aground off the Marrow peninsula on Tuesday and "
    "spilled fuel oil along 30 km of coast, the environment agency said. The agency said the "
    "spill had already cost fishermen about 9 million talers and closed the shellfish beds. "
    "Coast guard vessels were laying booms around the wreck of the tanker Stella Varn.",
)
CLEAN_UP = (
    "o2",
    "2031-04-03T08:00:00Z",
    "Marrow spill: clean-up to cost 22 million talers",
    "MARROW, April 3 (CPA) - The environment agency put the cost of the clean-up of the "
    "Marrow tanker spill at 22 million talers in a first estimate on Wednesday. Booms "
    "around the wreck of the Stella Varn held overnight, the coast guard said.",
)
RAISED = (
    "o3",
    "2031-04-05T08:00:00Z",
    "Marrow spill clean-up estimate raised to 30 million talers",
    "MARROW, April 5 (CPA) - The environment agency raised its estimate of the cost of the "
    "clean-up of the Marrow tanker spill to 30 million talers on Friday after oil reached "
    "two more beaches. The wreck of the Stella Varn was refloated, the coast guard said.",
)


def _kinds(alerts: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(al["kind"], al["claim"]["text"]) for al in alerts}


def test_bare_sum() -> None:
    quote = "The agency put the cost of the clean-up at 22 million talers."
    c = {"quote": quote, "text": "22 million", "value": 22e6}
    assert ledger.bare_sum(c, "talers|cost")
    assert ledger.bare_sum(c, "talers|count|paid")
    assert not ledger.bare_sum(c, "clean-up cost|amount|money")  # the key names the sum
    assert not ledger.bare_sum({**c, "quote": "It cost 22 talers."}, "talers|cost")
    people = {"quote": "About 2 million people live there.", "text": "2 million"}
    assert not ledger.bare_sum(people, "people|count")


def test_sentence_values() -> None:
    quote = (
        "The court found bribes totalling 7.2 million crowns, below the at least 9.6 million "
        "crowns cited in the indictment, and 900,000 crowns in cash."
    )
    c = {"quote": quote, "text": "7.2 million", "value": 7.2e6}
    assert sorted(ledger.sentence_values(c)) == [900_000.0, 9_600_000.0]


def test_another_sum_is_a_new_figure() -> None:
    out = run_stream([SPILL, CLEAN_UP])
    assert out[1][0] == out[0][0], "one story"
    kinds = _kinds(out[1][2])
    assert ("new_figure", "22 million") in kinds
    assert ("update", "22 million") not in kinds


def test_a_sum_said_to_move_still_updates() -> None:
    out = run_stream([SPILL, CLEAN_UP, RAISED])
    assert ("update", "30 million") in _kinds(out[2][2])


def test_without_the_rule_the_other_sum_updated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ledger.decision, "bare_sum", lambda c, metric_key: False)
    out = run_stream([SPILL, CLEAN_UP])
    assert ("update", "22 million") in _kinds(out[1][2])
