"""Round 19: a source correcting its own earlier count ("not two as it had said on Monday")
revises it; it does not contradict it."""

from __future__ import annotations

from claimlogic import ledger


def test_not_n_as_it_had_said_is_the_sources_own_revision() -> None:
    q = (
        "The company said three crew members had been wounded in all, not two as it had "
        "said on Monday, and that the other two were in a stable condition."
    )
    assert ledger.revision({"quote": q, "text": "three"})
    assert ledger.revision({"quote": "They now count 14, not 12 as they reported.", "text": "14"})
    # another source's figure named the same way is a quarrel, not a revision
    q2 = "Five people have died, not two as the government has stated, the hospital said."
    assert not ledger.revision({"quote": q2, "text": "Five"})
    assert ledger.quarrel(q2)
