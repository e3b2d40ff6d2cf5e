"""The alert evaluator's must-not-contradict count (eval/evaluate_alerts.py): one
violation per pair an alert breaks, however many earlier sides the alert names."""

from __future__ import annotations

from tests.unit.eval_modules import load_eval_script

evaluate_alerts = load_eval_script("evaluate_alerts")


def _contradiction(value: float, *against: float, gold: bool = False) -> dict[str, object]:
    alert: dict[str, object] = {
        "kind": "contradiction",
        "_article": "s-1-2",
        "claim": {"value": value, "text": f"{value:g}"},
        "metric": {"key": "workers|count"},
        "against": [{"value": w, "text": f"{w:g}", "article": {"id": "s-1-1"}} for w in against],
    }
    if gold:
        alert["_gold"] = True
    return alert


PAIRS = [
    {"values": [300, 1200], "why": "a part against the whole"},
    {"values": [300, 40], "why": "another quantity"},
]


def test_two_sides_of_one_value_break_the_pair_once() -> None:
    found = evaluate_alerts.violations([_contradiction(300, 1200, 1200)], PAIRS)
    assert len(found) == 1
    assert "a part against the whole" in found[0]


def test_two_pairs_broken_by_one_alert_count_twice() -> None:
    assert len(evaluate_alerts.violations([_contradiction(300, 1200, 40)], PAIRS)) == 2


def test_a_wanted_contradiction_or_another_kind_is_no_violation() -> None:
    update = {**_contradiction(300, 1200), "kind": "update"}
    assert evaluate_alerts.violations([_contradiction(300, 1200, gold=True), update], PAIRS) == []


def test_the_pair_reads_both_ways() -> None:
    assert len(evaluate_alerts.violations([_contradiction(1200, 300)], PAIRS)) == 1
