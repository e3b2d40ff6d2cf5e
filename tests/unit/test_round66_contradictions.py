"""Round 66 (ledger, contradiction side): a multiple missing from the ratio table and
nouns read as dispute cues.

* ``_RATIO_BASE`` had no "nine times": :func:`ledger.cue_multiple` read "nine times the
  number the board gave" as no multiple, so the sides were not picked by it.
* ``_DISPUTE`` read the noun "inflation" (prices) and "dismissal(s)" (of staff) as
  dispute cues.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import sourced_claim

ABOARD = "people|count"

NINE = (
    "A committee of passengers' relatives said 450 people had been on the ferry, nine "
    "times the number the harbour office gave."
)


def test_nine_times_is_a_multiple() -> None:
    claim = sourced_claim(450, "450 people", NINE, ABOARD, source="passengers' relatives")
    assert ledger.disputes_figure(claim)
    assert ledger.cue_multiple(claim) == 9.0
