"""Round 69: rivals in one article.

Rule 1 (brain ``_hurt_key``): one body's count of the people a mishap hurt against another
body's count of them under another property of the same subject -- "90 people had been
injured" (``people|injured``) against "62 people had been taken to hospital"
(``people|hospitalized``), a hospital's "had treated 84 people" (``people|count``) against
the injured.  The extractor files each side under its own words, so the two sides sat under
two keys and nothing compared them.  The dead, the arrested, the missing never join, and a
body's own narrower count ("Five of them were taken to hospital, the fire service said")
is a part of its own count, not a rival.
"""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts, figure_in

CRASH = (
    "MERVALE, June 8 (Lowland Wire) - A coach carrying a school choir left the road and "
    "overturned on the coast road outside Mervale on Sunday morning. "
    "The fire service said 14 people had been taken to hospital with cuts and broken bones. "
)


def _alerts(text: str, title: str) -> set[tuple[str, str, str]]:
    return set(article_alerts(text, title=title, published_at="2041-06-08T18:00:00Z"))


def test_injured_against_taken_to_hospital_in_a_quarrel() -> None:
    text = CRASH + (
        "The regional police gave a higher figure, saying 31 people had been injured, many of "
        "them treated by the roadside."
    )
    got = _alerts(text, "Mervale coach crash")
    assert any(k == "contradiction" and t == "31" for k, t, _ in got), got


def test_a_hospital_that_treated_people_against_the_injured() -> None:
    text = CRASH + (
        "Mervale General Hospital said its emergency department had treated 37 people from "
        "the coach by the afternoon."
    )
    got = _alerts(text, "Mervale coach crash")
    assert any(k == "contradiction" and t == "37" for k, t, _ in got), got


def test_the_dead_never_join_the_hurt() -> None:
    text = CRASH + "The regional police gave a higher figure, saying 31 people had died."
    got = _alerts(text, "Mervale coach crash")
    assert not any(k == "contradiction" and t == "31" for k, t, _ in got), got


def test_hurt_figure_cues() -> None:
    q = "The hospital said it had treated 37 people from the coach."
    assert brain._hurt_figure(figure_in(q, "37"), "people|count")
    q = "The organisers said their medics sent 12 people to hospital."
    assert brain._hurt_figure(figure_in(q, "12"), "people|deployed")
    q = "The union said 37 people were hurt in the crush."
    assert brain._hurt_figure(figure_in(q, "37"), "people|count")
    q = "The hospital said it had 37 beds free."
    assert not brain._hurt_figure(figure_in(q, "37"), "people|count")
    q = "Police said 37 people were killed."
    assert not brain._hurt_figure(figure_in(q, "37"), "people|killed")
    assert brain._hurt_figure(figure_in(q, "37"), "people|hospitalized")


def test_a_body_s_own_narrower_count_is_no_rival() -> None:
    # the fire service's five taken to hospital are a part of its own 23 treated
    text = (
        "MERVALE, June 8 (Lowland Wire) - A coach carrying a school choir left the road and "
        "overturned outside Mervale on Sunday morning. The council said 12 people had been "
        "injured. The fire service gave a higher figure, saying its crews had treated 23 "
        "people. Five people were taken to hospital, the fire service said."
    )
    got = _alerts(text, "Mervale coach crash")
    assert ("new_figure", "Five", "people|hospitalized") in got, got


def test_treated_at_the_scene_is_no_reading_of_those_taken_to_hospital() -> None:
    text = CRASH + (
        "Paramedics from the Red Cross said separately that they had treated more than 30 "
        "people at the scene, most of them for shock, and sent them home."
    )
    got = _alerts(text, "Mervale coach crash")
    assert not any(k == "contradiction" and t == "more than 30" for k, t, _ in got), got


def test_a_treated_count_leaves_a_count_key_the_story_holds() -> None:
    # the story already holds ``people|count`` (the coach's passengers): the hospital's
    # count of those it treated still reads the fire service's count of the hurt
    text = (
        "MERVALE, June 8 (Lowland Wire) - A coach carrying 52 people, most of them members "
        "of a school choir, left the road and overturned outside Mervale on Sunday morning. "
        "The fire service said 14 people had been taken to hospital with cuts and broken "
        "bones. Mervale General Hospital said its emergency department had treated 37 "
        "people from the coach by the afternoon."
    )
    got = _alerts(text, "Mervale coach crash")
    assert any(k == "contradiction" and t == "37" for k, t, _ in got), got
