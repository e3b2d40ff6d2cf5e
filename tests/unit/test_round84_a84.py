"""Round 84 (a84): one sentence gives the key's first figure and then, joined by "and",
a second count of the same things with a predicate of its own ("940 wells had been sampled
since March, and 64 had shown arsenic"): the second count is a first figure of its own
under the key the first one alerted -- not the other side of the first, a move, a bound,
a few, nor a sentence that counts both again ("have now been sampled")."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import decision
from claimlogic.ledger.decision import second_in_sentence
from tests.unit.streams import count_claim

METRIC = "wells|count"

SAMPLED = (
    "The Orvand district water board said 940 wells had been sampled since March, and 64 "
    "had shown arsenic above the legal limit."
)


def _claim(value: float, text: str, quote: str, source: str | None = None) -> dict[str, Any]:
    return count_claim(value, text, quote, METRIC, source=source, start=40)


def _fig(value: float, text: str, quote: str, aid: str = "a1") -> dict[str, Any]:
    return {"article": {"id": aid}, "claim": {"value": value, "text": text, "quote": quote}}


def _second(quote: str, first: tuple[float, str], second: tuple[float, str]) -> bool:
    figs = [_fig(first[0], first[1], quote)]
    return second_in_sentence(_claim(second[0], second[1], quote), figs, "a1")


def _decide(entry: Any, claim: dict[str, Any], aid: str = "a1") -> Any:
    return ledger.decide(
        entry,
        claim,
        {"id": aid, "outlet": aid},
        story="st",
        metric=METRIC,
        label=METRIC,
        event_t=0.0,
        now_iso="2026-01-01T00:00:00Z",
    )


def test_the_second_count_of_the_sentence_is_a_quantity_of_its_own() -> None:
    assert _second(SAMPLED, (940, "940"), (64, "64"))


def test_the_ledger_raises_both_counts_of_the_sentence() -> None:
    first = _claim(940, "940", SAMPLED, "Orvand district water board")
    entry, decisions, _ = _decide(None, first)
    assert [d[0] for d in decisions] == ["new_figure"] and entry["new_alerted"]
    _, decisions, _ = _decide(entry, _claim(64, "64", SAMPLED, "Orvand district water board"))
    assert [d[0] for d in decisions] == ["new_figure"]


def test_without_the_rule_the_alerted_key_keeps_it_silent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(decision, "second_in_sentence", lambda *a, **k: False)
    first = _claim(940, "940", SAMPLED, "Orvand district water board")
    entry, _, _ = _decide(None, first)
    _, decisions, _ = _decide(entry, _claim(64, "64", SAMPLED, "Orvand district water board"))
    assert decisions == []


@pytest.mark.parametrize(
    ("quote", "first", "second"),
    [
        # "and that", a part "of them", a noun of its own before the auxiliary
        (
            "It said 310 ferries had sailed without a full crew, and that 42 ferries had been "
            "held in port.",
            (310, "310"),
            (42, "42"),
        ),
        (
            "Inspectors said 520 wells were checked in the valley and 73 of them were closed.",
            (520, "520"),
            (73, "73"),
        ),
        (
            "The board said 1,800 samples of well water and 260 samples of taps had been tested.",
            (1800, "1,800"),
            (260, "260"),
        ),
        # the verb the count is the object of
        (
            "Inspectors found 215 wells with cracked casings and sealed 38 of them.",
            (215, "215"),
            (38, "38"),
        ),
    ],
)
def test_the_ways_a_second_count_is_joined(
    quote: str, first: tuple[float, str], second: tuple[float, str]
) -> None:
    assert _second(quote, first, second)


@pytest.mark.parametrize(
    ("quote", "first", "second"),
    [
        # the other side of the first count
        (
            "The board said 940 wells had been sampled and the farmers' union said 1,300 had.",
            (940, "940"),
            (1300, "1,300"),
        ),
        (
            "The board said 940 wells had been sampled; the union puts it at 1,300.",
            (940, "940"),
            (1300, "1,300"),
        ),
        # a bound, a move
        ("Between 40 and 60 wells had been closed.", (40, "40"), (60, "60")),
        (
            "The board said 940 wells had been sampled, up from 610 in May.",
            (940, "940"),
            (610, "610"),
        ),
        # a few: the first count's detail
        (
            "The board said 940 wells had been sampled, and six had shown arsenic.",
            (940, "940"),
            (6, "six"),
        ),
        # the sentence counts both again
        (
            "The board said 1,900 wells have now been sampled, and 150 of them had shown arsenic.",
            (1900, "1,900"),
            (150, "150"),
        ),
        # held on
        (
            "The board said 940 wells had been sampled, and 64 were still closed.",
            (940, "940"),
            (64, "64"),
        ),
        # another number stands between
        (
            "The board sampled 940 wells at sites 12 and 31 on the river.",
            (940, "940"),
            (31, "31"),
        ),
        # no predicate of its own after the count
        (
            "The board sampled 940 wells in Orvand and 64 in the hills.",
            (940, "940"),
            (64, "64"),
        ),
        # the first count stands after the second
        (
            "The board said 64 wells had shown arsenic, and 940 had been sampled.",
            (940, "940"),
            (64, "64"),
        ),
    ],
)
def test_look_alikes_stay_silent(
    quote: str, first: tuple[float, str], second: tuple[float, str]
) -> None:
    assert not _second(quote, first, second)


def test_a_figure_of_another_sentence_is_no_first_of_the_sentence() -> None:
    figs = [_fig(940, "940", "The board said 940 wells had been sampled.")]
    assert not second_in_sentence(_claim(64, "64", SAMPLED), figs, "a1")


def test_a_figure_of_another_article_is_no_first_of_the_sentence() -> None:
    figs = [_fig(940, "940", SAMPLED, aid="a0")]
    assert not second_in_sentence(_claim(64, "64", SAMPLED), figs, "a1")
