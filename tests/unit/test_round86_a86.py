"""Round 86 (a86): the figure a headline names is a first figure under a key that only
past years' figures opened.

:func:`ledger.decide` marks a key opened (``new_alerted``) by any figure it may alert
on, though no alert goes out on a figure of a past year ("In 2027 the board revoked nine
licences").  Round 86's :func:`headline_over_past_years` lets the story's own figure
through when the article's headline names it ("Board revokes 23 taxi licences"); the
brain keeps it silent when the story alerted on the same role under another key
(:func:`claimlogic.brain.observing._role_alerted_elsewhere`).
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.brain import observing
from claimlogic.ledger import decision
from tests.unit.streams import DAY, LEDGER_T0, run_stream, sourced_claim

REVOKED = "licences|revoked"

#: a past year's figure opens the key (LEDGER_T0 falls in 2030)
PAST = sourced_claim(
    9,
    "nine",
    "In 2027 the board revoked nine licences after a similar inquiry.",
    REVOKED,
    source="the board",
    keyed=True,
)

TODAY = sourced_claim(
    23,
    "23",
    "The transport board has revoked 23 taxi licences over forged insurance papers, it said "
    "on Monday.",
    REVOKED,
    source="the transport board",
    keyed=True,
)


def _kinds(
    first: dict[str, Any], later: dict[str, Any], title: str | None, metric: str = REVOKED
) -> list[str]:
    kw: dict[str, Any] = {"story": "s", "metric": metric, "label": metric.split("|")[0]}
    entry, _, _ = ledger.decide(
        None,
        first,
        {"id": "a1", "outlet": "X", "title": "Taxi drivers protest insurance checks"},
        event_t=LEDGER_T0,
        now_iso="t",
        **kw,
    )
    assert entry["new_alerted"]  # the past year's figure opened the key
    _, decisions, _ = ledger.decide(
        entry,
        later,
        {"id": "a2", "outlet": "Y", "title": title},
        event_t=LEDGER_T0 + 2 * DAY,
        now_iso="t",
        continuing=True,
        **kw,
    )
    return [d[0] for d in decisions]


def test_the_headline_figure_is_a_first_figure() -> None:
    assert _kinds(PAST, TODAY, "Board revokes 23 taxi licences over forged papers") == [
        "new_figure"
    ]


def test_the_rule_off_keeps_it_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decision, "headline_over_past_years", lambda *a: False)
    assert "new_figure" not in _kinds(PAST, TODAY, "Board revokes 23 taxi licences")


def test_a_wire_slug_is_no_headline_figure() -> None:
    assert "new_figure" not in _kinds(PAST, TODAY, "UPDATE 1-Board revokes taxi licences")


def test_a_headline_without_the_figure_stays_silent() -> None:
    assert "new_figure" not in _kinds(PAST, TODAY, "Board revokes taxi licences")
    assert "new_figure" not in _kinds(PAST, TODAY, None)


def test_a_key_opened_by_a_figure_of_the_story_time_stays_silent() -> None:
    recent = sourced_claim(
        9,
        "nine",
        "The board revoked nine licences last week after a first round of checks.",
        REVOKED,
        source="the board",
        keyed=True,
    )
    assert "new_figure" not in _kinds(recent, TODAY, "Board revokes 23 taxi licences")


def test_a_count_held_on_stays_silent() -> None:
    held = sourced_claim(
        23,
        "23",
        "The board said 23 taxi licences were still revoked on Monday.",
        REVOKED,
        source="the board",
        keyed=True,
    )
    assert "new_figure" not in _kinds(PAST, held, "23 taxi licences still revoked")


def test_only_the_claims_first_number_is_looked_for() -> None:
    # the headline must give the claim's own number, not another one
    claim = {**TODAY, "text": "23"}
    assert decision.headline_over_past_years(
        claim, [{"claim": PAST, "t": LEDGER_T0}], "Board revokes 23 licences"
    )
    assert not decision.headline_over_past_years(
        claim, [{"claim": PAST, "t": LEDGER_T0}], "Board checks 1,500 licences"
    )


#: the brain: a pilgrimage story whose key for walkers' deaths only a past year opened
HEAT = (
    "a1",
    "2030-07-20T10:00:00Z",
    "Heat hits Santa Marta pilgrimage",
    "VALDERRA, July 20 - Civil protection said on Monday it had treated 900 pilgrims for heat "
    "exhaustion on the Santa Marta pilgrimage route since Friday.\n"
    "In 2027, two walkers died on the route during a heatwave in the last week of July.",
)
TOLL = (
    "a1",
    "2030-07-20T10:00:00Z",
    "Seven dead as heat hits Santa Marta pilgrimage",
    "VALDERRA, July 20 - Seven people have died of heatstroke on the Santa Marta pilgrimage "
    "route this week, the regional government said on Monday.\n"
    "Civil protection said it had treated 900 pilgrims for heat exhaustion since Friday.\n"
    "In 2027, two walkers died on the route during a heatwave in the last week of July.",
)
ENDS = (
    "a2",
    "2030-07-24T10:00:00Z",
    "Santa Marta pilgrimage ends with eight dead",
    "VALDERRA, July 24 - The Santa Marta pilgrimage ended on Thursday after a week in which "
    "eight walkers died of heatstroke on the route, the regional government said.",
)


def _later(first: tuple[str, str, str, str]) -> list[tuple[str, str, str]]:
    (_, (_s, _n, alerts)) = run_stream([first, ENDS])
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_the_brain_raises_the_headline_toll_when_the_story_held_none() -> None:
    assert _later(HEAT) == [("new_figure", "eight", "walkers|killed")]


def test_the_brain_rule_off_keeps_it_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decision, "headline_over_past_years", lambda *a: False)
    assert _later(HEAT) == []


def test_a_toll_the_story_alerted_under_another_key_keeps_it_silent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Seven people have died" went out under people|killed: the eight is its next reading
    assert _later(TOLL) == []
    monkeypatch.setattr(observing, "_role_alerted_elsewhere", lambda scene, metric: False)
    assert _later(TOLL) == [("new_figure", "eight", "walkers|killed")]
