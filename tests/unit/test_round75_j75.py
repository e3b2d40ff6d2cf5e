"""Round 75 (j75): a ruling on a party's figure moves it on.

A court, jury, tribunal or regulator that rules on a quantity a party charged, claimed,
demanded or proposed ("the court found the state had lost 52 million, less than the 70
million alleged by prosecutors") decides the dispute; it is no side of it.  Its figure is
an ``update`` of the party's figure (:func:`ledger.decision.ruling_on_demand`), not a
contradiction.  A ruling body that only counts ("the tribunal said 310 notices had been
sent") against another body's count stays a side.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain.joins import _LONG_JOIN_ENTITIES, _long_gap_need
from claimlogic.brain.state import BrainConfig
from claimlogic.ledger import decision
from tests.unit.streams import figure_in, run_stream, weighed

_CHARGE = (
    "HOLMBURG, March 2 (Delta Wire) - Prosecutors in Holmburg on Monday charged a former "
    "port director and four shipping agents over customs contracts, alleging that the state "
    "lost 70 million crowns through the scheme.\n"
    "\n"
    "The former director denies wrongdoing.\n"
)

_VERDICT = (
    "HOLMBURG, March 20 (Delta Wire) - A Holmburg court on Tuesday convicted a former port "
    "director of fraud over customs contracts.\n"
    "\n"
    "Judge Maren Toft said the court had found that the state lost 52 million crowns through "
    "the contracts, less than the 70 million alleged by prosecutors but well above the 30 "
    "million put forward by the defence.\n"
)

_COUNT = (
    "HOLMBURG, March 2 (Delta Wire) - Port police in Holmburg said on Monday that the state "
    "lost 70 million crowns through customs contracts signed by a former port director.\n"
    "\n"
    "The former director denies wrongdoing.\n"
)

_COUNT_RULED = (
    "HOLMBURG, March 20 (Delta Wire) - A Holmburg court on Tuesday convicted a former port "
    "director of fraud over customs contracts.\n"
    "\n"
    "Judge Maren Toft said the court had found that the state lost 52 million crowns through "
    "the contracts, less than the 70 million reported by port police but well above the 30 "
    "million put forward by the defence.\n"
)


def _second(first: str, second: str) -> list[tuple[str, str, list[str]]]:
    """The second report's alerts as (kind, figure, figures against)."""
    out = run_stream(
        [
            ("p1", "2031-03-02T10:00:00Z", "Former port director charged over contracts", first),
            ("p2", "2031-03-20T10:00:00Z", "Former port director convicted over contracts", second),
        ]
    )
    return weighed(out[1][2])


def test_a_ruling_on_a_charged_figure_is_an_update() -> None:
    assert ("update", "52 million crowns", ["70 million crowns"]) in _second(_CHARGE, _VERDICT)


def test_without_the_rule_the_ruling_reads_as_a_dispute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decision, "ruling_on_demand", lambda *_a, **_k: None)
    kinds = [k for k, v, _ in _second(_CHARGE, _VERDICT) if v == "52 million crowns"]
    assert kinds == ["contradiction"]


def test_a_court_setting_its_count_against_a_count_stays_a_side() -> None:
    # the nearest look-alike: a court's finding against another body's count, no charge,
    # claim or demand on the other side
    kinds = [k for k, v, _ in _second(_COUNT, _COUNT_RULED) if v == "52 million crowns"]
    assert kinds == ["contradiction"]


def _side(quote: str, text: str, t: float) -> dict[str, Any]:
    return {"claim": figure_in(quote, text), "t": t}


_RULED = figure_in(
    "The appeal court cut the award to 4 million euros.", "4 million euros", source="court"
)
_SOUGHT = _side("The family sought 9 million euros in damages.", "9 million euros", 1.0)
_REPORTED = _side("The insurer said it had paid out 6 million euros.", "6 million euros", 1.0)


def test_ruling_on_demand_picks_the_demanded_side_only() -> None:
    assert decision.ruling_on_demand(_RULED, [_REPORTED, _SOUGHT], 5.0) is _SOUGHT
    assert decision.ruling_on_demand(_RULED, [_REPORTED], 5.0) is None
    # a later report is not what the ruling decided
    assert decision.ruling_on_demand(_RULED, [_SOUGHT], 0.5) is None


def test_a_proposal_is_no_ruling() -> None:
    proposed = figure_in(
        "The regulator proposed a fine of 4 million euros.", "4 million euros", source="regulator"
    )
    assert decision.ruling_on_demand(proposed, [_SOUGHT], 5.0) is None


def test_the_late_join_takes_five_distinct_rare_names() -> None:
    # round 75: five distinct rare names of the story's carry a verdict 150 days on into
    # the charge's story; four do not
    cfg = BrainConfig()
    day = 24 * 3600.0
    assert _long_gap_need(150 * day, _LONG_JOIN_ENTITIES, cfg, 5) == cfg.story_strong_threshold
    assert _long_gap_need(150 * day, _LONG_JOIN_ENTITIES, cfg, 4) is None
