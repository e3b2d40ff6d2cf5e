"""Round 83 (a83): under a key already alerted on, a named body's count lying well below
every figure the key holds is a smaller quantity of its own (a part, a subset acted on), a
first figure -- not a count with no speaker, a few, one held on ("still"), one close to or
above a figure on record, nor one whose sentence says it moved."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import decision
from claimlogic.ledger.decision import named_share
from tests.unit.streams import count_claim

METRIC = "households|count"


def _claim(value: float, text: str, quote: str, source: str | None = None) -> dict[str, Any]:
    return count_claim(value, text, quote, METRIC, source=source, start=40)


def _fig(value: float, quote: str, aid: str = "a1") -> dict[str, Any]:
    return {"article": {"id": aid}, "claim": {"value": value, "quote": quote}}


# The story's key holds the count of households whose heating allowance was held up.
HELD_UP = "The Marrowby housing office said 7,300 households had not received the allowance."
ON_RECORD = [_fig(7300, HELD_UP)]

PAID = _claim(
    1200,
    "1,200",
    "The housing office said 1,200 of the households had been visited by caseworkers since the "
    "allowance stopped.",
    "housing office",
)


def _decide(entry: Any, claim: dict[str, Any], aid: str, t: float) -> Any:
    return ledger.decide(
        entry,
        claim,
        {"id": aid, "outlet": aid},
        story="st",
        metric=METRIC,
        label=METRIC,
        event_t=t,
        now_iso="2026-01-01T00:00:00Z",
        continuing=True,
    )


def test_a_named_bodys_smaller_count_is_a_quantity_of_its_own() -> None:
    assert named_share(PAID, ON_RECORD)


def test_the_ledger_raises_it_as_a_first_figure() -> None:
    first = _claim(7300, "7,300", HELD_UP, "Marrowby housing office")
    entry, decisions, _ = _decide(None, first, "a1", 0.0)
    assert [d[0] for d in decisions] == ["new_figure"] and entry["new_alerted"]
    _, decisions, _ = _decide(entry, PAID, "a2", 86400.0)
    assert [d[0] for d in decisions] == ["new_figure"]


def test_without_the_rule_the_alerted_key_keeps_it_silent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(decision, "named_share", lambda *a, **k: False)
    first = _claim(7300, "7,300", HELD_UP, "Marrowby housing office")
    entry, _, _ = _decide(None, first, "a1", 0.0)
    _, decisions, _ = _decide(entry, PAID, "a2", 86400.0)
    assert "new_figure" not in [d[0] for d in decisions]


@pytest.mark.parametrize(
    "claim",
    [
        # no speaker: a figure of scenery as often as news
        _claim(1200, "1,200", "Emergency payments went to 1,200 households judged most at risk."),
        # a bare figure its sentence ends on: it names nothing it counts
        _claim(1200, "1,200", "The housing office said the figure was 1,200.", "housing office"),
        # a few: a part told as a detail of the count
        _claim(
            6,
            "six",
            "The housing office said six of the households had been rehoused.",
            "housing office",
        ),
        # held on: the key's next reading
        _claim(
            1200,
            "1,200",
            "The housing office said 1,200 households were still waiting for the allowance.",
            "housing office",
        ),
        # moved: "down from"
        {
            **_claim(
                1200,
                "1,200",
                "The housing office said 1,200 households had not been paid, down from 7,300.",
                "housing office",
            ),
            "change": "down",
        },
        # close to the figure on record: the other side's rival reading, or a restatement
        _claim(
            5600,
            "5,600",
            "The tenants' federation said 5,600 households had gone without the allowance.",
            "tenants' federation",
        ),
        # above it
        _claim(
            9100,
            "9,100",
            "The tenants' federation said 9,100 households had gone without the allowance.",
            "tenants' federation",
        ),
    ],
)
def test_look_alikes_stay_silent(claim: dict[str, Any]) -> None:
    assert not named_share(claim, ON_RECORD)


def test_the_figures_own_sentence_and_an_empty_key_do_not_count() -> None:
    # the only figure on record is of the claim's own sentence: nothing to lie below
    own = _fig(7300, str(PAID["quote"]))
    assert not named_share(PAID, [own])
    assert not named_share(PAID, [])
    # one figure of the key close to it (under 1.5 times) keeps it out
    assert not named_share(PAID, [*ON_RECORD, _fig(1500, "About 1,500 households ...")])


def test_under_a_key_only_background_opened_it_stays_silent() -> None:
    # ``shares`` off: the brain found no alert out on the key (round 74's silent key)
    first = _claim(7300, "7,300", HELD_UP, "Marrowby housing office")
    entry, _, _ = _decide(None, first, "a1", 0.0)
    _, decisions, _ = ledger.decide(
        entry,
        PAID,
        {"id": "a2", "outlet": "a2"},
        story="st",
        metric=METRIC,
        label=METRIC,
        event_t=86400.0,
        now_iso="2026-01-01T00:00:00Z",
        continuing=True,
        shares=False,
    )
    assert "new_figure" not in [d[0] for d in decisions]
