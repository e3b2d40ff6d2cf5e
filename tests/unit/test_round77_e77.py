"""Round 77 (e77): two outcomes of one set are two quantities, not rivals.

A figure's own outcome word (the verb or participle that says what happened to the
counted things) is read from its own clause (:func:`ledger.scope.outcome`).  Two figures
whose outcomes are different members of one mutually exclusive set (a request granted /
refused / still open; a job or dose kept / done away with) count different things, and
:func:`ledger.rival_in_article` never takes one as the other's rival reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import scope


def _fig(quote: str, text: str, value: float, source: str, metric: str) -> dict[str, Any]:
    return {"quote": quote, "text": text, "value": value, "source": source, "metric": metric}


_PAID = _fig(
    "The Tarrow farm ministry said 3,400 claims had been paid by the end of March.",
    "3,400",
    3400.0,
    "Tarrow farm ministry",
    "claims|count",
)

_REJECTED = _fig(
    "The Growers' Federation said 2,900 claims were rejected, mostly over missing deeds.",
    "2,900",
    2900.0,
    "Growers' Federation",
    "claims|count",
)

_FILED_RIVAL = _fig(
    "The Growers' Federation said 2,900 claims had been paid, not the ministry's number.",
    "2,900",
    2900.0,
    "Growers' Federation",
    "claims|count",
)


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        ("The insurer said 410 claims had been paid.", "410", ("decision", "granted")),
        ("A lawyer said 380 claims were turned down.", "380", ("decision", "refused")),
        ("The board had rejected 380 claims by May.", "380", ("decision", "refused")),
        ("Some 150 applications remain under review.", "150", ("decision", "open")),
        ("The plan would keep 1,100 jobs", "1,100", None),  # "keep": no participle
        ("The union said 1,100 jobs would be cut.", "1,100", ("fate", "gone")),
        ("About 700 doses had been recovered from the depot.", "700", ("fate", "kept")),
        ("About 700 doses will have to be destroyed.", "700", ("fate", "gone")),
        ("The council said 700 claims were not paid.", "700", None),  # negated
        ("The union rejected the figure of 2,900 claims.", "2,900", None),  # a dispute
    ],
)
def test_outcome_words(quote: str, text: str, want: tuple[str, str] | None) -> None:
    assert scope.outcome({"quote": quote, "text": text}) == want


def test_a_sum_of_money_has_no_fate() -> None:
    # "cut $40 million" and "saved $40 million" may be one sum: a money figure (the
    # extractor's dimension in its metric) is never kept or gone
    quote = "The board said it had cut $40 million from the budget."
    money = {"quote": quote, "text": "$40 million", "metric": "USD?board|amount|money"}
    assert scope.outcome(money) is None
    assert scope.outcome({**money, "metric": "jobs|count"}) == ("fate", "gone")


def test_paid_and_rejected_claims_are_no_rivals() -> None:
    assert scope.other_outcomes(_REJECTED, _PAID)
    assert not ledger.rival_in_article(_REJECTED, _PAID)


def test_the_same_outcome_stays_a_rival() -> None:
    # the nearest look-alike: both sides say how many were paid
    assert not scope.other_outcomes(_FILED_RIVAL, _PAID)
    assert ledger.rival_in_article(_FILED_RIVAL, _PAID)


def test_the_rule_patched_off_makes_them_rivals(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimlogic.ledger import rivals

    monkeypatch.setattr(rivals, "other_outcomes", lambda a, b: False)
    assert rivals.rival_in_article(_REJECTED, _PAID)
