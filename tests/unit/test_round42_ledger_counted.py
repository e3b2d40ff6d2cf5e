"""Round 42: "55 people have been made sick ..., far more than the national food and health
agency has counted" disputes the agency's figure: a rival reading, not the next reading of
the count (h57-4-6, an update the gold wants as a contradiction)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import claim

_Q = (
    "A residents' group says 140 homes have been flooded by the burst main, far more than "
    "the regional water board has counted."
)


def test_more_than_another_body_has_counted_disputes() -> None:
    c = claim(140, quote=_Q, start=24, metric="homes|count")
    assert ledger.disputes_figure(c)


def test_more_than_it_had_counted_is_a_revision_not_a_dispute() -> None:
    q = "The water board said 140 homes had been flooded, more than it had counted on Monday."
    c = claim(140, quote=q, start=21, metric="homes|count")
    assert ledger.revision(c)
