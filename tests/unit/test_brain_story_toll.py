"""A toll that names nobody joins the story's one toll metric of that kind."""

from __future__ import annotations

from claimlogic.brain import _story_toll
from tests.unit.streams import run_stream

NAMES = (
    " Brascoal chief executive Piet Varga said the Hollin mine in Braska would stay closed,"
    " and Braska's mining inspectorate opened an inquiry at Hollin."
)


def run(texts: list[str]) -> list[list[dict]]:
    items = [(f"a{i}", f"2025-08-0{7 + i}T08:00:00Z", None, t + NAMES) for i, t in enumerate(texts)]
    return [alerts for _, _, alerts in run_stream(items)]


def test_death_toll_without_a_noun_updates_the_story_toll():
    a1, a2 = run(
        [
            "An explosion at the Hollin coal mine in Braska killed 14 miners on Thursday.",
            "The death toll from the explosion at the Hollin coal mine rose to 17 on Friday.",
        ]
    )
    assert [(a["kind"], a["metric"]["key"]) for a in a1] == [("new_figure", "miners|killed")]
    assert [(a["kind"], a["metric"]["key"], a["claim"]["value"]) for a in a2] == [
        ("update", "miners|killed", 17)
    ]


def test_story_toll_alias_rules():
    c = {"unit": "dead"}
    assert _story_toll(["miners|killed"], c, "people|killed") == "miners|killed"
    # a noun of its own ("17 people were killed") keeps its key
    assert _story_toll(["miners|killed"], {"unit": "people"}, "people|killed") is None
    # two candidate groups: ambiguous, keep the key
    assert _story_toll(["miners|killed", "rescuers|killed"], c, "people|killed") is None
    # the story already has a people toll, or another property
    assert _story_toll(["people|killed", "miners|killed"], c, "people|killed") is None
    assert _story_toll(["miners|injured"], c, "people|killed") is None
