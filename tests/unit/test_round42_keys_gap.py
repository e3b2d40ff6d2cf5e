"""Round 42: one shortfall under two gap nouns (brain._one_gap, brain._quarrel_key).

The trustees' "deficit of 390 million pounds" (``deficit|amount|money``) and the
administrators' "the shortfall is 170 million pounds" (``shortfall|amount|money``) in one
article that says they disagree: one sum, and the ledger never compared the two.
"""

from __future__ import annotations

from typing import Any

from claimlogic import brain
from tests.unit.streams import run_stream

PENSION = (
    "WEXLEY, July 7 (AP) - The retailer Morrow & Finch collapsed into administration on "
    "Monday, and the trustees of its pension scheme said the scheme had a deficit of 390 "
    "million pounds. The administrators disputed the trustees' figure. "
)


def _alerts(text: str, title: str) -> set[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-07-07T08:00:00Z", title, text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return {(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts}


def test_a_shortfall_contradicts_the_deficit_of_another_body() -> None:
    text = PENSION + (
        '"On the basis we must use, the shortfall is 170 million pounds," said lead '
        "administrator Paul Hearn."
    )
    got = _alerts(text, "Morrow & Finch pension deficit")
    assert ("contradiction", "170 million pounds", "deficit|amount|money") in got


def test_a_gap_of_another_named_thing_keeps_its_key() -> None:
    # "trade deficit" and "budget shortfall" are two sums
    assert not brain._one_gap("budget shortfall", "trade deficit")
    assert brain._one_gap("true gap", "deficit")
    assert brain._one_gap("shortfall", "deficit")
    assert not brain._one_gap("shortfall", "debt")
