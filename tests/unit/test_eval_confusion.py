"""The alert confusion table (eval/confusion.py): each gold and raised alert lands in one
``gold>raised`` cell, "silenced" (the value was read) told from "never read"."""

from __future__ import annotations

from tests.unit.eval_modules import load_eval_script

confusion = load_eval_script("confusion")


def _raised(kind: str, article: str, value: float) -> dict[str, object]:
    return {"kind": kind, "_article": article, "claim": {"value": value, "text": f"{value:g}"}}


def _gold(kind: str, article: str, value: float) -> dict[str, object]:
    return {"kind": kind, "article": article, "value": value, "metric": "m"}


def _cells(gold: dict[str, object], raised: list[dict[str, object]], read: dict) -> list[str]:
    close = confusion.ev._close
    return sorted(cell for cell, _ in confusion.confusion_cells(gold, raised, read, close))


def test_each_alert_lands_in_its_cell() -> None:
    gold = {
        "alerts": [
            _gold("new_figure", "a-1", 300),
            _gold("update", "a-2", 340),
            _gold("contradiction", "a-2", 500),
            _gold("update", "a-3", 12),
            _gold("new_figure", "a-3", 7),
        ],
        "optional": [_gold("new_figure", "a-1", 9)],
    }
    raised = [
        _raised("new_figure", "a-1", 300),
        _raised("new_figure", "a-1", 9),  # optional: not counted either way
        _raised("new_figure", "a-2", 340),  # the right value, the wrong kind
        _raised("update", "a-2", 41),  # no gold names it
    ]
    read = {"a-1": [300.0, 9.0], "a-2": [340.0, 500.0, 41.0], "a-3": [12.0]}
    assert _cells(gold, raised, read) == [
        "contradiction>none(claim)",  # read but silenced
        "new_figure>new_figure",
        "new_figure>none",  # never read
        "none>update",
        "update>new_figure",
        "update>none(claim)",
    ]


def test_a_raised_alert_of_the_gold_kind_is_matched_first() -> None:
    gold = {"alerts": [_gold("update", "a-2", 340)]}
    raised = [_raised("new_figure", "a-2", 340), _raised("update", "a-2", 340)]
    assert _cells(gold, raised, {"a-2": [340.0]}) == ["none>new_figure", "update>update"]
