"""Round 83 (u83): a moved figure joins the story key its earlier reading sits under when
one report read the act on the counted things and the other a bare count
(``brain.aliases._story_act``, reached from ``_story_running``): a bare count whose own
sentence writes the act of the story's key ("seized a total of 610 crates" after "seized
420 crates", ``crates|count`` / ``crates|seized``), and the other way round.
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


def _run(text: str) -> list[list[tuple[str, str, str]]]:
    """The alerts of the raids' report and of a follow-up four days on."""
    second = ("a2", "2026-04-06T08:00:00Z", "Harwick tobacco raids widen", text)
    return [
        [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in al]
        for _, _, al in run_stream([_SEIZED, second])
    ]


def _tobacco(verb_and_figure: str) -> str:
    return (
        "HARWICK, April 6 (Other Wire) - Harbour police in Harwick said on Monday they had "
        f"{verb_and_figure} crates of smuggled tobacco at three warehouses near the ferry "
        "port, after a third raid on Sunday."
    )


def test_a_bare_count_that_writes_the_act_moves_the_act_s_key() -> None:
    first, second = _run(_tobacco("seized a total of 610"))
    assert first == [("new_figure", "420", "crates|seized")]
    assert second == [("update", "610", "crates|seized")]


def test_without_the_rule_the_bare_count_is_a_first_figure(monkeypatch: Any) -> None:
    monkeypatch.setattr(aliases, "_story_act", lambda *_a: None)
    _first, second = _run(_tobacco("seized a total of 610"))
    assert second == [("new_figure", "610", "crates|count")]


@pytest.mark.parametrize(
    "verb_and_figure",
    [
        "counted 610",  # another act: the count may count other crates
        "seized a total of 1,900",  # more than twice the last reading: no guess
    ],
)
def test_no_act_word_or_a_far_value_stays_apart(verb_and_figure: str) -> None:
    _first, second = _run(_tobacco(verb_and_figure))
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
