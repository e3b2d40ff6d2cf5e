"""A figure under a new noun carries on the story's one key of the same event property
when its value is of that key's size (brain._story_kin); other sizes, or an article that
files both nouns itself, keep their own key."""

from __future__ import annotations

from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

NAMES = (
    " Governor Lina Ostrava visited Marbeck General Hospital in Marbeck, and the Marbeck"
    " fire service opened an inquiry into the Calder Street gas explosion."
)


def run(texts: list[str], config: BrainConfig | None = None) -> list[list[tuple]]:
    items = [(f"a{i}", f"2025-08-0{7 + i}T08:00:00Z", None, t + NAMES) for i, t in enumerate(texts)]
    return [
        [(a["kind"], a["metric"]["key"], a["claim"]["value"]) for a in alerts]
        for _, _, alerts in run_stream(items, config)
    ]


FIRST = "A gas explosion on Calder Street in Marbeck injured 64 people on Monday."


def test_another_noun_of_the_same_size_updates_the_story_key():
    a1, a2 = run([FIRST, "The Calder Street gas explosion in Marbeck has injured 87 children."])
    assert a1 == [("new_figure", "people|injured", 64)]
    assert a2 == [("update", "people|injured", 87)]


def test_the_rule_can_be_turned_off():
    _, a2 = run(
        [FIRST, "The Calder Street gas explosion in Marbeck has injured 87 children."],
        BrainConfig(kin_max_ratio=0.0),
    )
    assert a2 == [("new_figure", "children|injured", 87)]


def test_a_figure_of_another_size_is_another_quantity():
    _, a2 = run([FIRST, "The Calder Street gas explosion in Marbeck has injured 9 children."])
    assert a2 == [("new_figure", "children|injured", 9)]


def test_an_article_that_files_the_story_key_itself_keeps_two_groups():
    _, a2 = run(
        [
            FIRST,
            "The Calder Street gas explosion in Marbeck has injured 70 people,"
            " among them 50 children, officials said.",
        ]
    )
    assert a2 == [("update", "people|injured", 70), ("new_figure", "children|injured", 50)]


SAID_TWICE = (
    "A gas explosion on Calder Street in Marbeck injured 64 people on Monday, and rescuers"
    " searched the rubble for four people still missing. The fire chief said four workers"
    " were unaccounted for."
)


def test_a_value_said_again_under_a_key_of_the_same_property_is_a_restatement():
    (a1,) = run([SAID_TWICE])
    missing = [x for x in a1 if x[1].endswith("|missing")]
    assert missing == [("new_figure", "people|missing", 4)]


def test_the_same_value_in_one_sentence_stays_two_groups():
    (a1,) = run(
        ["A gas explosion on Calder Street in Marbeck killed four workers and four firefighters."]
    )
    assert sorted(x[1] for x in a1) == ["firefighters|killed", "workers|killed"]
