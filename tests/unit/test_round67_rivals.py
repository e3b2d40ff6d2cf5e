"""Round 67: the organisers' crowd given as a bare count ("The organisers said 18,000 had
joined") against the police's count of the same march (``crowd|attended``): the extractor
names no noun after the organisers' figure (a ``quantity?...|count`` key), so the two
sides of the crowd sat under two keys and the ledger never compared them
(brain._bare_crowd).
"""

from __future__ import annotations

from typing import Any

from claimlogic import brain
from tests.unit.streams import run_stream

MARCH = (
    "LINDWICK, May 9 (Valley Post) - Thousands of people marched through Lindwick on "
    "Saturday against the closure of the town's maternity ward. Police said about 4,000 "
    "people took part in the march from the bus station to the hospital gates. "
)


def _alerts(text: str, title: str) -> set[tuple[str, str, str]]:
    out = run_stream([("a1", "2041-05-09T18:00:00Z", title, text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return {(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts}


def test_organisers_bare_count_contradicts_the_police_crowd() -> None:
    text = MARCH + "The organisers, the Keep Our Ward group, said 11,000 had joined."
    got = _alerts(text, "Lindwick maternity march")
    assert ("contradiction", "11,000", "crowd|attended") in got, got


def test_organisers_bare_count_that_marched() -> None:
    text = MARCH + "The Keep Our Ward group said 11,000 had marched, many with prams."
    got = _alerts(text, "Lindwick maternity march")
    assert ("contradiction", "11,000", "crowd|attended") in got, got


def test_bare_crowd_words() -> None:
    def claim(quote: str, text: str) -> dict[str, Any]:
        at = quote.index(text)
        return {"quote": quote, "text": text, "start": at, "end": at + len(text)}

    q = "The organisers said 11,000 had taken part."
    assert brain._bare_crowd(claim(q, "11,000"), "quantity?ab12|count")
    q = "The union said 11,000 were waiting for surgery."
    assert not brain._bare_crowd(claim(q, "11,000"), "quantity?ab12|count")
    # a count with its own noun is the extractor's to key
    q = "The organisers said 11,000 had joined."
    assert not brain._bare_crowd(claim(q, "11,000"), "members|count")
