"""Round 37: "records ... showed that the group had also received 5 million lorins in
'consultancy fees' from a company ..., money she said came from inflated contracts"
(h16-2-4, after the 46 million lorins siphoned off): "also" before the figure's verb adds
a further sum to the story's, it is no rival reading of the 46 million, whatever dispute
word the sentence holds.  A sum given as the prosecutor's own reading still is one."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0
METRIC = "lorins|count"
SIPHONED = claim(
    46_000_000,
    text="46 million lorins",
    metric=METRIC,
    quote=(
        "Eleven people went on trial in Harnak on Monday accused of rigging jackpot draws "
        "and siphoning off 46 million lorins over six years."
    ),
)


def _fees(quote: str) -> dict[str, Any]:
    return claim(
        5_000_000,
        text="5 million lorins",
        source="Prosecutor Mirela Dancz",
        metric=METRIC,
        quote=quote,
    )


def _kinds(new: dict[str, Any]) -> list[str]:
    items = [(SIPHONED, art(1), 0.0), (new, art(2), 2 * DAY)]
    _, out = feed(items, metric=METRIC, label="lorins", continuing=True)
    return [k for kinds in out for k in kinds]


def test_a_sum_also_received_is_no_rival_reading() -> None:
    new = _fees(
        "Prosecutor Mirela Dancz told the court that records showed that the group had "
        'also received 5 million lorins in "consultancy fees" from a supplier, money she '
        "said came from inflated contracts."
    )
    assert ledger.also_another(new)
    assert "contradiction" not in _kinds(new)


def test_also_said_is_still_a_speaker() -> None:
    new = _fees("Prosecutor Mirela Dancz also said 5 million lorins had been siphoned off.")
    assert not ledger.also_another(new)
