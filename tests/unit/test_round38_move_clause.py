"""Round 38: a move word ("rose", "bringing", "now", "raised") governs the figures of its
own clause, not those of a clause subordinate to it ("rose to 11 on March 5, when the last
two missing workers were found", h44-1-4) or above it ("... about 210,000 customers ...,
because all customer funds are now frozen", h19-5-4).  A second main clause joined by
", and" is still the move's ("rose to 19 on Thursday, and 51 were still missing")."""

from __future__ import annotations

import pytest

from claimlogic import ledger
from tests.unit.test_ledger import claim


def _moved(text: str, quote: str) -> bool:
    return ledger.toll_moved(claim(1, text=text, metric="people|count", quote=quote))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "two",
            "The death toll from the grain silo explosion rose to 11 on March 5, when the last "
            "two missing workers were found in the rubble, the port authority said.",
        ),
        (
            "22",
            "Ten years ago the government increased the maximum sentence from two years to "
            "five after a case in which 22 farm dogs were killed with poisoned bait.",
        ),
        (
            "four",
            "Four more people were arrested, bringing the number of arrests to 10, among them "
            "four players, a coach and two club directors.",
        ),
        (
            "about 210,000",
            "The filing lists about 210,000 customers with balances in the exchange, because "
            "all customer funds are now frozen.",
        ),
        (
            "two",
            "The regulator fined the unit for its trial, in which two volunteers died, and the "
            "drug maker raised its compensation fund to 6 million crowns.",
        ),
    ],
)
def test_move_word_of_another_clause_is_not_the_figures(text: str, quote: str) -> None:
    assert not _moved(text, quote)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "51",
            "The number of fishermen confirmed dead after Monday night's storm rose to 19 on "
            "Thursday, and 51 were still missing, the coastguard said.",
        ),
        (
            "8",
            "Two more people died after eating mushrooms sold at the market, the department "
            "said, bringing the death toll to 8.",
        ),
        (
            "five",
            "Confirmed cases rose to 118 on Tuesday and the death toll to five, the ministry said.",
        ),
        ("11", "The death toll rose to 11 on March 5, when the last two workers were found."),
    ],
)
def test_move_word_of_its_own_main_clause_still_counts(text: str, quote: str) -> None:
    assert _moved(text, quote)
