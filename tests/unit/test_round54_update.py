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


def _arrests(value: float, text: str, quote: str) -> dict[str, Any]:
    return {**_count(value, text, quote, "people|arrested"), "property": "arrested"}


def _running(*claims: dict[str, Any]) -> list[list[str]]:
    """Decide the claims in order as one later article of a running story."""
    entry, out = None, []
    for c in claims:
        entry, decisions, _ = ledger.decide(
            entry,
            c,
            {"id": "a2", "outlet": "a2"},
            story="st",
            metric="people|arrested",
            label="people arrested",
            event_t=86400.0,
            now_iso="2026-01-01T00:00:00Z",
            continuing=True,
        )
        out.append([d[0] for d in decisions])
    return out


SENTENCE = (
    "Customs officers said they had detained three more smugglers at the harbour, "
    "bringing the number of arrests in the inquiry to 14."
)


def test_a_total_a_step_of_more_brought_it_to_is_an_update() -> None:
    total = _arrests(14, "14", SENTENCE)
    assert ledger.step_moved_on(total)
    # the key's first figure in a running story: the count moved on, not a first count
    assert _running(total) == [["update"]]


def test_a_total_with_no_step_of_more_is_no_such_move() -> None:
    q = (
        "Customs officers detained the skipper and three other crew members, bringing the "
        "number of arrests to 4."
    )
    assert not ledger.step_moved_on(_arrests(4, "4", q))
    assert not ledger.step_moved_on(_arrests(14, "14", "Officers have arrested 14 people."))


def test_a_first_count_that_has_now_reached_it_is_an_update() -> None:
    q = "Customs officers have now seized 240 crates of counterfeit medicine, the agency said."
    c = {**_count(240, "240", q, "people|arrested"), "property": "seized"}
    assert _running(c) == [["update"]]
    plain = {**c, "quote": "Customs officers seized 240 crates of counterfeit medicine."}
    assert _running(plain) == [["new_figure"]]
