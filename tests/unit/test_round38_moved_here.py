"""Round 38: a quarrel pair needs the new figure's own clause to say nothing moved; a move
word of a clause subordinate to it is another quantity's.  "the real number was closer to
300, because the port authority counted only ships ... and not those waiting further
offshore" (h50-1-2): "further" is where ships wait, the 300 is the association's side
against the port authority's 210.  "had risen to 300" still is a move."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.test_ledger import claim

PORT = claim(210, source="the port authority", metric="ships|count")


def _association(quote: str) -> dict[str, Any]:
    return claim(
        300,
        bound="approx",
        low=300,
        high=300,
        text="closer to 300",
        source="The shipping association",
        metric="ships|count",
        quote=quote,
    )


def test_move_word_of_a_because_clause_is_no_move_of_the_side() -> None:
    new = _association(
        "The shipping association, which represents the owners, said the real number was "
        "closer to 300, because the port authority counted only ships that had reported to "
        "the traffic centre and not those waiting further offshore."
    )
    assert ledger.quarrel_pair(new, PORT, [210.0])


def test_move_word_of_its_own_clause_still_is_a_move() -> None:
    new = _association(
        "The shipping association said the number of ships waiting had risen to closer to "
        "300, because the port authority's count was days old."
    )
    assert not ledger.quarrel_pair(new, PORT, [210.0])


def test_move_word_after_and_still_is_the_figures() -> None:
    new = _association(
        "The shipping association said the real number was closer to 300, and more were "
        "arriving every hour."
    )
    assert not ledger.quarrel_pair(new, PORT, [210.0])
