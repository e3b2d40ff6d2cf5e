"""Round 54 (u54): the update path -- a small count is no next reading of a large one."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger


def _count(value: float, text: str, quote: str, metric: str = "travellers|count") -> dict[str, Any]:
    return {
        "value": value,
        "bound": "exact",
        "property": "count",
        "metric": metric,
        "unit": metric.split("|")[0],
        "quote": quote,
        "text": text,
    }


def _decide(entry: Any, claim: dict[str, Any], aid: str, t: float, metric: str) -> Any:
    return ledger.decide(
        entry,
        claim,
        {"id": aid, "outlet": aid},
        story="st",
        metric=metric,
        label=metric,
        event_t=t,
        now_iso="2026-01-01T00:00:00Z",
    )


def _kinds(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    metric = str(first["metric"])
    entry, _, _ = _decide(None, first, "a1", 0.0, metric)
    _, decisions, _ = _decide(entry, second, "a2", 86400.0, metric)
    return [d[0] for d in decisions]


FIRST = _count(
    31000,
    "31,000",
    "Volunteers at the ferry landing have counted 31,000 travellers since the strike began.",
)


def test_a_small_count_beside_another_figure_that_rose_is_no_update() -> None:
    small = _count(
        4,
        "Four",
        "Four travellers were hurt in a crush at the ferry landing on Monday, the port "
        "said, as the number of travellers stranded by the strike rose to 36,000.",
    )
    assert "update" not in _kinds(FIRST, small)


def test_a_small_count_that_says_it_fell_still_updates() -> None:
    fell = _count(
        900,
        "900",
        "The number of travellers waiting at the ferry landing has fallen to 900, the port said.",
    )
    assert ledger.small_against_large(fell, FIRST) is False
    beside = _count(
        4,
        "Four",
        "Four travellers were hurt in a crush on Monday, the port said, as the queue grew.",
    )
    assert ledger.small_against_large(beside, FIRST) is True
    # the same order of size: not this rule's case
    assert ledger.small_against_large({**beside, "value": 3000}, FIRST) is False
