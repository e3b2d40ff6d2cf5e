"""Round 82 (u82): a sum told as the story's final cost / bill / claims ("the council put
the final repair bill at 2.3 million euros") carries on the story's one near bill of
money, whatever noun the extractor filed either under (``brain.aliases._story_final_sum``,
reached from ``_story_sum_compared``).  Invented names, places and values."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import aliases
from tests.unit.streams import run_stream

_OPENING = (
    "a1",
    "2026-03-02T08:00:00Z",
    "Flood repairs at Brannock pool cost 1.8 million euros",
    "BRANNOCK, March 2 (Test Wire) - Repairs to the Brannock municipal pool after last "
    "month's flood have cost 1.8 million euros, the town council said on Monday.\n\nThe "
    "pool has been shut since the river burst its banks.",
)


def _second(text: str) -> tuple[str, str, str, str]:
    return ("a2", "2026-03-05T08:00:00Z", "Brannock pool reopens", text)


def _alerts(text: str) -> list[list[tuple[str, str, str]]]:
    return [
        [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in al]
        for _, _, al in run_stream([_OPENING, _second(text)])
    ]


FINAL = (
    "BRANNOCK, March 5 (Other Wire) - The Brannock municipal pool reopened on Thursday "
    "after last month's flood, and "
    "the town council put the final repair bill at 2.3 million euros."
)


def _bill_key(alerts: list[tuple[str, str, str]]) -> str:
    (first,) = alerts
    return first[2]


@pytest.mark.parametrize(
    "text",
    [
        FINAL,
        # the total's noun before its verb, a phrase between
        "BRANNOCK, March 5 (Other Wire) - The Brannock municipal pool reopened on Thursday "
        "after last month's flood. "
        "The council said its final bill for the flood repairs came to 2.3 million euros.",
    ],
)
def test_a_final_bill_moves_the_story_s_cost(text: str) -> None:
    first, second = _alerts(text)
    assert [kind for kind, _, _ in first] == ["new_figure"]
    assert second == [("update", "2.3 million euros", _bill_key(first))]


def test_without_the_rule_the_final_bill_is_a_first_figure(monkeypatch: Any) -> None:
    monkeypatch.setattr(aliases, "_story_final_sum", lambda *_a: None)
    first, second = _alerts(FINAL)
    assert [kind for kind, _, _ in second] == ["new_figure"]
    assert second[0][2] != _bill_key(first)


@pytest.mark.parametrize(
    "text",
    [
        # no word of a closing total: a sum of its own
        "BRANNOCK, March 5 (Other Wire) - The Brannock municipal pool reopened on Thursday "
        "after last month's flood, "
        "and the town council put the repair bill at 2.3 million euros.",
        # a payout "so far" is a quantity beside the bill, not the bill
        "BRANNOCK, March 5 (Other Wire) - The Brannock municipal pool reopened on Thursday "
        "after last month's flood, "
        "and the council's insurer said it had paid out 2.3 million euros so far.",
        # a final bill, but far from the cost on record
        "BRANNOCK, March 5 (Other Wire) - The Brannock municipal pool reopened on Thursday "
        "after last month's flood, "
        "and the town council put the final repair bill at 9.5 million euros.",
    ],
)
def test_no_final_wording_or_a_value_far_off_stays_apart(text: str) -> None:
    _, second = _alerts(text)
    assert all(kind != "update" for kind, _, _ in second)


@pytest.mark.parametrize(
    ("before", "hit"),
    [
        ("the ministry put the final cost of the operation at ", True),
        ("GTK said its final bill for repairs came to ", True),
        ("final claims against the estate came to ", True),
        # the "final" total is another figure's, a clause before
        ("said the final number of claims had reached 9,200, and put the losses at ", False),
        ("the final day of the strike cost the airline ", False),
        ("the insurers had paid out so far ", False),
    ],
)
def test_the_final_wording(before: str, hit: bool) -> None:
    assert bool(aliases._SUM_FINAL.search(before)) is hit
