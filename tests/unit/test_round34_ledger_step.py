"""Round 34: a step carried to its total by a longer participle clause ("another 8,000
notes at the garage, bringing the total seized in the case to 26,000") is still the step
of that total, no figure of its own (and so no update of the 12,000 notes in circulation)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import claim

QUOTE = (
    "Officers also seized another 8,000 notes at the garage, bringing the total seized in "
    "the case to 26,000, police said."
)


def test_a_step_before_a_long_bringing_clause_is_a_step() -> None:
    step = claim(8000, text="8,000", quote=QUOTE, start=QUOTE.find("8,000"))
    total = claim(26000, text="26,000", quote=QUOTE, start=QUOTE.find("26,000"))
    assert ledger.step_pairs([step, total]) == {(0, 1)}


def test_a_bringing_clause_far_from_the_to_is_not() -> None:
    quote = (
        "Officers seized 8,000 notes, bringing in specialists from three other police forces "
        "and a bank to 26,000 questions."
    )
    step = claim(8000, text="8,000", quote=quote, start=quote.find("8,000"))
    total = claim(26000, text="26,000", quote=quote, start=quote.find("26,000"))
    assert ledger.step_pairs([step, total]) == set()
