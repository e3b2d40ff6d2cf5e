"""Round 40: a bare count of people carries on the story's one event key for people
(brain._story_verb): "About 2,300 people were evacuated" (``people|displaced``), two days
later "3,000 people from five villages were staying with relatives or in shelters"
(``people|count``).  Only when the story keeps one such key: with a toll beside it, which
quantity a bare count of people carries on is a guess.  And a figure set in another year
("In 2029 the army sent 150 water tankers") carries nothing on.
"""

from __future__ import annotations

from typing import Any

from claimlogic import brain
from tests.unit.streams import run_stream
from tests.unit.test_round40_keys_verb import FIRST, _count, _scene, _tables_after

EVACUATED = (
    "d1",
    "2031-03-02T08:00:00Z",
    "Alarcon dam gate fails, villages evacuated",
    "CUENCA, March 2 (IBW) - About 2,300 people were evacuated from four villages below the "
    "Alarcon dam on Monday after a spillway gate failed, the Castilla-La Mancha emergency "
    "service said.",
)
STAYING = (
    "d2",
    "2031-03-04T08:00:00Z",
    "Alarcon dam",
    "CUENCA, March 4 (IBW) - The Castilla-La Mancha emergency service said 3,000 people from "
    "five villages below the Alarcon dam were staying with relatives or in shelters on "
    "Wednesday.",
)


def _alerts(out: list[tuple[str, bool, list[dict[str, Any]]]], i: int) -> set[tuple[str, str, str]]:
    return {(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in out[i][2]}


def test_a_bare_count_of_people_updates_the_story_one_people_event() -> None:
    out = run_stream([EVACUATED, STAYING])
    assert out[1][0] == out[0][0]
    assert _alerts(out, 1) == {("update", "3,000", "people|displaced")}


def test_with_two_people_events_in_the_story_a_bare_count_keeps_its_key() -> None:
    first = (
        *EVACUATED[:3],
        EVACUATED[3].replace(" the Castilla", " and 1,900 people were injured, the Castilla"),
    )
    out = run_stream([first, STAYING])
    assert out[1][0] == out[0][0]
    assert ("new_figure", "3,000", "people|count") in _alerts(out, 1)


def test_a_figure_of_another_year_carries_nothing_on() -> None:
    tables, sid = _tables_after([FIRST])
    scene, key = _scene(tables, sid), "water tankers|count"
    now = _count(150, "150")
    assert brain._story_verb(scene, now, key) == "water tankers|deployed"
    then = {**now, "quote": "In 2029 the army sent 150 water tankers to the same districts."}
    assert brain._story_verb(scene, then, key) is None
    last = {**now, "quote": "The 150 water tankers of last year were all private, he said."}
    assert brain._story_verb(scene, last, key) is None
