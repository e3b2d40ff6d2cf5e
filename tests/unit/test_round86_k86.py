"""Round 86 (k86): a later report that leads with a named body's higher count of a quantity
the story holds from that body updates that body's newest figure.

:func:`ledger.decide` compares a figure with the key's earlier ones only when the time and
place words read around each agree (or the sentence says it moved); a follow-up report's
opening line that gives the same body's count "in 2030" or "between January and March"
after its count "since January" was compared with nothing, and, the key already alerted
on, kept silent.  :func:`decision.own_reading_in_lede` names the body's newest figure of
an earlier article as the one it moves on.  The sentences are invented (a burst-mains
story).
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import decision
from tests.unit.streams import DAY, LEDGER_T0, sourced_claim

MAINS = "mains|repaired"

FIRST = "The water board said crews had repaired 74 burst mains in Halvern since January."
LEDE = (
    "HALVERN, March 3 (Wire) - Crews repaired 139 burst mains in Halvern province in 2030, "
    "the water board said on Tuesday."
)


def _claim(
    value: float, text: str, quote: str, *, source: str, time: str | None, place: str | None
) -> dict[str, Any]:
    c = sourced_claim(value, text, quote, MAINS, source=source, time=time, keyed=True)
    c["start"] = quote.index(text)
    c["place"] = place
    return c


def _kinds(
    later: dict[str, Any], first: dict[str, Any] | None = None, *, days: float = 2.0
) -> list[str]:
    first = first or _claim(
        74, "74", FIRST, source="the water board", time="since January", place="Halvern"
    )
    kw: dict[str, Any] = {"story": "s", "metric": MAINS, "label": "mains"}
    entry, first_decisions, _ = ledger.decide(
        None, first, {"id": "a1", "outlet": "X"}, event_t=LEDGER_T0, now_iso="t", **kw
    )
    assert [d[0] for d in first_decisions] == ["new_figure"]
    _, decisions, _ = ledger.decide(
        entry,
        later,
        {"id": "a2", "outlet": "Y"},
        event_t=LEDGER_T0 + days * DAY,
        now_iso="t",
        continuing=True,
        **kw,
    )
    return [d[0] for d in decisions]


def _lede(value: float = 139, text: str = "139", quote: str = LEDE, **kw: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "source": "the water board",
        "time": "in 2030",
        "place": "Halvern province",
    }
    args.update(kw)
    return _claim(value, text, quote.replace("139", text), **args)


def test_the_bodys_higher_count_in_a_later_lede_is_an_update() -> None:
    assert _kinds(_lede()) == ["update"]


def test_another_span_word_is_an_update_too() -> None:
    later = _lede(time="between January and March", place=None)
    assert _kinds(later) == ["update"]


def test_the_rule_off_keeps_it_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decision, "own_reading_in_lede", lambda *a: None)
    assert _kinds(_lede()) == []
    assert _kinds(_lede(time="between January and March", place=None)) == []


def test_the_update_names_the_bodys_figure() -> None:
    first = _claim(74, "74", FIRST, source="the water board", time="since January", place="H")
    entry, _, _ = ledger.decide(
        None,
        first,
        {"id": "a1", "outlet": "X"},
        event_t=LEDGER_T0,
        now_iso="t",
        story="s",
        metric=MAINS,
        label="mains",
    )
    got = decision.own_reading_in_lede(_lede(), entry["figures"], "a2", LEDGER_T0 + DAY, 0.02)
    assert got is not None and got["claim"]["value"] == 74


def test_another_body_is_no_update() -> None:
    assert _kinds(_lede(source="the residents' association")) == []


def test_an_unnamed_speaker_is_no_update() -> None:
    assert _kinds(_lede(source=None)) == []


def test_a_lower_or_far_higher_count_is_no_update() -> None:
    assert _kinds(_lede(value=60, text="60")) == []
    assert _kinds(_lede(value=400, text="400")) == []


def test_a_figure_after_another_of_its_sentence_is_no_update() -> None:
    quote = (
        "HALVERN, March 3 (Wire) - Nine crews repaired 139 burst mains in Halvern province "
        "in 2030, the water board said on Tuesday."
    )
    assert _kinds(_lede(quote=quote)) == []


def test_a_figure_past_the_first_sentence_is_no_update() -> None:
    opening = "HALVERN, March 3 (Wire) - The water board opened its annual report on Tuesday. "
    quote = "Crews repaired 139 burst mains in Halvern province in 2030, it said."
    later = _lede(quote=quote)
    later["start"] = len(opening) + quote.index("139")  # the offset is the article's
    assert _kinds(later) == []


def test_the_dateline_date_is_no_figure_before_it() -> None:
    assert not decision._NUMBER_BEFORE.search(
        LEDE[decision._DATELINE_DASH.match(LEDE).end() : LEDE.index("139")]  # type: ignore[union-attr]
    )


def test_a_count_the_body_set_in_a_past_year_is_no_reading_to_move_on() -> None:
    # the year too far from the figure for of_a_past_year (round 34): its time words say it
    quote = (
        "The water board said crews had repaired 74 burst mains under the older streets of "
        "the Halvern district in 2027."
    )
    first = _claim(74, "74", quote, source="the water board", time="in 2027", place="Halvern")
    assert _kinds(_lede(), first) == []
    assert decision._in_a_past_year({"claim": first, "t": LEDGER_T0})
    assert not decision._in_a_past_year({"claim": {**first, "time": "since 2027"}, "t": LEDGER_T0})
