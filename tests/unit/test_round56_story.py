"""Round 56 (w56): a count given as a part of a whole the story already counted ("Four
of the injured were in a critical condition" after the story's 17 injured) is a
breakdown of that whole, no first figure of a quantity of its own
(brain._part_counted).  A part whose event the story never counted ("one of the
injured died": the first death) stays news."""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

_FIRST = (
    "BRELMONT, May 4 (NW) - A gas explosion tore through a bakery in the centre of "
    "Brelmont on Saturday morning, injuring 17 people, the town's fire service said.\n"
    "\n"
    "Firefighters worked for three hours to put out the blaze, which spread to two shops "
    "next door. The cause of the explosion was not yet known, the police said.\n"
    "\n"
    "The mayor said the square would stay closed to traffic until engineers had checked "
    "the buildings around it.\n"
)


def _second(sentence: str) -> str:
    return (
        "BRELMONT, May 4 (NW) - Investigators searched the ruins of the Brelmont bakery on "
        "Saturday afternoon for the cause of the gas explosion that wrecked it in the "
        "morning.\n"
        "\n" + sentence + "\n"
        "\n"
        "The bakery's owner told reporters he had had the gas pipes checked in the spring. "
        "The police said they would question the company that serviced the boiler.\n"
    )


def _alerts(sentence: str) -> list[tuple[str, str, str]]:
    out = run_stream(
        [
            ("a1", "2031-05-04T09:00:00Z", "Explosion at Brelmont bakery injures 17", _FIRST),
            (
                "a2",
                "2031-05-04T15:00:00Z",
                "Brelmont bakery explosion: search for cause",
                _second(sentence),
            ),
        ]
    )
    assert out[0][0] == out[1][0], "one story"
    alerts: list[dict[str, Any]] = out[-1][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_a_part_of_the_injured_the_story_counted_is_no_new_figure() -> None:
    got = _alerts(
        "Two of the injured firefighters were taken to the burns unit in Kessel, a hospital "
        "spokeswoman said."
    )
    assert not [a for a in got if a[1] == "Two"], got


def test_the_injured_among_them_a_group_the_story_counted_is_no_new_figure() -> None:
    got = _alerts(
        "The hospital said the injured, among them four bakery workers, were treated for burns."
    )
    assert not [a for a in got if a[1] == "four"], got


def test_a_part_of_the_injured_that_died_stays_news() -> None:
    got = _alerts(
        "Two of the injured firefighters died in the burns unit in Kessel on Saturday "
        "evening, a hospital spokeswoman said."
    )
    assert [a for a in got if a[1] == "Two"], got


def test_a_part_of_a_group_that_is_no_toll_keeps_its_key() -> None:
    # "of the firefighters" names a group, not the injured: it may be a count of its own
    got = _alerts(
        "Two of the firefighters were injured when a wall fell on them, a fire service "
        "spokesman said."
    )
    assert [a for a in got if a[1] == "Two"], got
