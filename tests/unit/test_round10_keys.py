"""Round 10: one quantity, one key.  A dispute "below the union's figure of 41,000" is
read, and only between figures of the same order."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_round8_background import analyzed_claims


def _pairs(text: str) -> dict[float, float]:
    cl = analyzed_claims(text)
    return {cl[a]["value"]: cl[b]["value"] for a, b in ledger.disputed_values(cl).items()}


def test_below_a_possessive_figure_is_a_dispute():
    text = (
        "The central government's delegation put the number of migrants who have arrived "
        "since Thursday at 1,080 on Saturday, well below the regional government's figure "
        "of 1,410."
    )
    assert _pairs(text) == {1080: 1410}


def test_a_dispute_is_between_figures_of_one_order():
    assert ledger._same_order(27_500, 41_000)
    assert ledger._same_order(48_000, 200_000)
    assert not ledger._same_order(3, 41_000)
    assert ledger._same_order(None, 41_000)
    # "three plants" stands next to the cue, but is no rival count of 41,000 workers
    text = (
        "The company said 27,500 workers had stopped work at its three plants by midday, "
        "well below the union's figure of 41,000."
    )
    assert 3 not in _pairs(text)
