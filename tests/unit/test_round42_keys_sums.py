"""Round 42: the two sides of a quarrel about a sum of money filed under two keys
(brain._quarrel_key).

"The town council put the damage at 64 million crowns" (``damage|amount|money``) and,
in the same article, the insurers' "we estimate it at 25 million crowns" (a bare
currency key, ``KR?..|amount|money``, that alerts nothing): the ledger never compared
them.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

LEDE = (
    "BRANDEL, May 4 (TR) - A flash flood tore through the market town of Brandel on "
    "Tuesday. The town council put the damage at 64 million crowns. "
)
INSURERS = (
    "The insurers' federation disputed that figure. \"We have seen every street and we "
    'estimate it at 25 million crowns," said federation director Hanne Lund.'
)
FUND = (
    "The government set up an aid fund of 20 million crowns for the town. The insurers' "
    "federation disputed the council's figure. \"Twenty million crowns for the whole town "
    'is nothing," said federation director Hanne Lund.'
)


def _alerts(text: str, title: str = "Brandel flood damage") -> set[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-05-04T08:00:00Z", title, text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return {(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts}


def test_a_sum_under_a_bare_currency_key_contradicts_the_other_bodys_sum() -> None:
    assert ("contradiction", "25 million crowns", "damage|amount|money") in _alerts(LEDE + INSURERS)


def test_a_sum_the_article_gave_already_quoted_back_joins_nothing() -> None:
    # the fund's 20 million, quoted back, is no reading of the council's damage
    assert not any(k == "contradiction" for k, _, _ in _alerts(LEDE + FUND))
