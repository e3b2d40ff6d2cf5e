"""Round 83 (u83): two joins of a moved figure to the story key its earlier reading sits
under, whatever key the extractor gave it (``brain.aliases``):

* ``_story_act`` (reached from ``_story_running``): a bare count whose own sentence writes
  the act of the story's key ("seized a total of 610 crates" after "seized 420 crates",
  ``crates|count`` / ``crates|seized``), and the other way round;
* ``_story_cost_verb`` (reached from ``_story_sum_compared``): a sum told by the verb
  "cost" ("the ice storm had cost it 5.6 million crowns") carries on the story's one near
  cost ("the cost of repairs so far at 4.2 million crowns").

Invented names, places and values."""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import aliases
from tests.unit.streams import figure_in, run_stream

_SEIZED = (
    "a1",
    "2026-04-02T08:00:00Z",
    "Police seize smuggled tobacco in Harwick raids",
    "HARWICK, April 2 (Test Wire) - Harbour police in Harwick said on Thursday they had "
    "seized 420 crates of smuggled tobacco in raids on two warehouses near the ferry port."
    "\n\nNo arrests have been made.",
)

_COST = (
    "a1",
    "2026-05-04T08:00:00Z",
    "Ice storm repairs cost Tollmere 4.2 million crowns so far",
    "TOLLMERE, May 4 (Test Wire) - Tollmere's water utility said on Monday it had spent "
    "heavily on repairs since last week's ice storm, and its director put the cost of "
    "repairs so far at 4.2 million crowns.\n\nAbout 900 homes are still without water.",
)


def _later(opening: tuple[str, str, str, str]) -> tuple[str, str]:
    """The follow-up's date and title: four days after the raids, a week after the storm."""
    if opening is _SEIZED:
        return "2026-04-06T08:00:00Z", "Harwick tobacco raids widen"
    return "2026-05-11T08:00:00Z", "Tollmere ice storm bill rises"


def _run(opening: tuple[str, str, str, str], text: str) -> list[list[tuple[str, str, str]]]:
    second = ("a2", *_later(opening), text)
    return [
        [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in al]
        for _, _, al in run_stream([opening, second])
    ]


def _tobacco(verb_and_figure: str) -> str:
    return (
        "HARWICK, April 6 (Other Wire) - Harbour police in Harwick said on Monday they had "
        f"{verb_and_figure} crates of smuggled tobacco at three warehouses near the ferry "
        "port, after a third raid on Sunday."
    )


def test_a_bare_count_that_writes_the_act_moves_the_act_s_key() -> None:
    first, second = _run(_SEIZED, _tobacco("seized a total of 610"))
    assert first == [("new_figure", "420", "crates|seized")]
    assert second == [("update", "610", "crates|seized")]


def test_without_the_rule_the_bare_count_is_a_first_figure(monkeypatch: Any) -> None:
    monkeypatch.setattr(aliases, "_story_act", lambda *_a: None)
    _first, second = _run(_SEIZED, _tobacco("seized a total of 610"))
    assert second == [("new_figure", "610", "crates|count")]


@pytest.mark.parametrize(
    "verb_and_figure",
    [
        "counted 610",  # another act: the count may count other crates
        "seized a total of 1,900",  # more than twice the last reading: no guess
    ],
)
def test_no_act_word_or_a_far_value_stays_apart(verb_and_figure: str) -> None:
    _first, second = _run(_SEIZED, _tobacco(verb_and_figure))
    assert [kind for kind, _, _ in second] == ["new_figure"]
    assert second[0][2] == "crates|count"


@pytest.mark.parametrize(
    ("quote", "text", "act", "said"),
    [
        (
            "The league said it had provisionally suspended eight players.",
            "eight",
            "suspended",
            True,
        ),
        (
            "Eleven others remain suspended while their cases are heard.",
            "Eleven",
            "suspended",
            True,
        ),
        ("The ministry said 1,150 employees had been dismissed.", "1,150", "dismissed", True),
        # the act of another clause
        ("The league suspended its coach, and 8 players were fined.", "8", "suspended", False),
        ("Police seized a boat and said 40 people were on board.", "40", "seized", False),
        # another word that holds the act's letters
        ("It said 12 players were unsuspended.", "12", "suspended", False),
    ],
)
def test_writes_act(quote: str, text: str, act: str, said: bool) -> None:
    assert aliases._writes_act(figure_in(quote, text), act) is said


def _storm(clause: str) -> str:
    return (
        f"TOLLMERE, May 11 (Other Wire) - Tollmere's water utility said on Monday {clause}, "
        "as the last homes in the district got their water back."
    )


def test_a_cost_told_by_its_verb_moves_the_story_s_cost() -> None:
    first, second = _run(_COST, _storm("the ice storm had cost it 5.6 million crowns"))
    assert first[0] == ("new_figure", "4.2 million crowns", "cost|cost|money")
    assert second == [("update", "5.6 million crowns", "cost|cost|money")]


def test_without_the_rule_the_cost_is_a_first_figure(monkeypatch: Any) -> None:
    monkeypatch.setattr(aliases, "_story_cost_verb", lambda *_a: None)
    _first, second = _run(_COST, _storm("the ice storm had cost it 5.6 million crowns"))
    assert second == [("new_figure", "5.6 million crowns", "ice storm|cost|money")]


@pytest.mark.parametrize(
    "clause",
    [
        "the ice storm had cost it 15.6 million crowns",  # far from the story's cost
        "it had set aside 5.6 million crowns for repairs",  # a fund, no cost
    ],
)
def test_a_far_cost_or_another_sum_stays_apart(clause: str) -> None:
    _first, second = _run(_COST, _storm(clause))
    assert [kind for kind, _, _ in second] == ["new_figure"]
    assert second[0][2] != "cost|cost|money"


@pytest.mark.parametrize(
    ("before", "verb"),
    [
        ("the ash had cost it ", True),
        ("The February blizzard cost Ravensholt ", True),
        ("Repairs to the buses have cost ", True),
        ("the work would cost about ", True),
        # the noun, not the verb
        ("the true cost would be ", False),
        ("put the cost of repairs at ", False),
        ("costs have risen to ", False),
        ("the cost so far is ", False),
        ("put the cost at ", False),
    ],
)
def test_cost_verb(before: str, verb: bool) -> None:
    assert bool(aliases._COST_VERB.search(before)) is verb
