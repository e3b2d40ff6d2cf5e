"""Round 84 (u84): the incident guard's same-body test, the body named short or giving its
final count.

:func:`ledger.decide` keeps apart the tolls of two articles that name other places and
people (two incidents), unless the same named body gives the later, higher toll within
:data:`ledger.updates.BODY_TOLL_RATIO` (round 71, :func:`ledger.updates.toll_grown_by_body`).
Round 84 lets the body be named short ("the quarry workers' union" after "the Tarvel
Quarry Workers' Union") and a body's final count ("in its final report") lie up to
:data:`ledger.updates.FINAL_TOLL_RATIO` above its last.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic import ledger
from claimlogic.ledger import updates
from tests.unit.streams import kinds_across_incidents, sourced_claim

HURT = "people|injured"


def _hurt(value: float, quote: str, source: str) -> dict[str, Any]:
    return sourced_claim(value, str(value), quote, HURT, source=source, keyed=True)


FIRST = _hurt(
    30,
    "The Tarvel Quarry Workers' Union said 30 workers had been hurt when the haul road collapsed.",
    "Tarvel Quarry Workers' Union",
)


def test_the_body_named_short_gives_its_next_reading() -> None:
    later = _hurt(
        41,
        "The quarry workers' union said 41 workers had been hurt, most of them drivers.",
        "quarry workers' union",
    )
    assert kinds_across_incidents(FIRST, later) == ["update"]


def test_the_short_name_rule_off_keeps_the_pair_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "_same_body_named", lambda own, theirs: own == theirs)
    later = _hurt(
        41,
        "The quarry workers' union said 41 workers had been hurt, most of them drivers.",
        "quarry workers' union",
    )
    assert "update" not in kinds_across_incidents(FIRST, later)


def test_one_shared_word_names_no_body() -> None:
    # "union" alone: any union
    later = _hurt(41, "The union said 41 workers had been hurt.", "union")
    assert "update" not in kinds_across_incidents(FIRST, later)


def test_another_body_sharing_words_is_kept_apart() -> None:
    later = _hurt(
        41,
        "The Tarvel Transport Union said 41 workers had been hurt.",
        "Tarvel Transport Union",
    )
    assert "update" not in kinds_across_incidents(FIRST, later)


def test_a_final_count_may_pass_twofold() -> None:
    final = _hurt(
        75,
        "The Tarvel Quarry Workers' Union said in its final report that 75 workers had been hurt.",
        "Tarvel Quarry Workers' Union",
    )
    assert kinds_across_incidents(FIRST, final) == ["update"]


def test_past_twofold_without_a_final_count_is_another_count() -> None:
    later = _hurt(
        75,
        "The Tarvel Quarry Workers' Union said 75 workers had been hurt at quarries across "
        "the region.",
        "Tarvel Quarry Workers' Union",
    )
    assert "update" not in kinds_across_incidents(FIRST, later)


def test_a_final_count_far_past_the_ratio_is_another_count() -> None:
    final = _hurt(
        140,
        "The Tarvel Quarry Workers' Union said in its final report that 140 workers had been hurt.",
        "Tarvel Quarry Workers' Union",
    )
    assert "update" not in kinds_across_incidents(FIRST, final)


@pytest.mark.parametrize(
    ("own", "theirs", "same"),
    [
        ("office of emergency management", "state's office of emergency management", True),
        ("Lifesaving Society", "Marren Lifesaving Society", True),
        ("Marren Lifesaving Society", "Marren Lifesaving Society", True),
        ("police", "state police", False),
        ("health ministry", "transport ministry", False),
        ("", "state police", False),
    ],
)
def test_same_body_named(own: str, theirs: str, same: bool) -> None:
    words = [ledger.disputes._source_words({"source": s}) for s in (own, theirs)]
    assert updates._same_body_named(words[0], words[1]) is same


@pytest.mark.parametrize(
    ("quote", "final"),
    [
        ("the directorate said on Friday in its final report", True),
        ("presenting the final figures of the campaign", True),
        ("closed its investigation with a final count of 900 hives", True),
        ("on the final day of the holiday", False),
        ("the final stretch of the road", False),
    ],
)
def test_final_count_wording(quote: str, final: bool) -> None:
    assert bool(updates._FINAL_COUNT.search(quote)) is final
