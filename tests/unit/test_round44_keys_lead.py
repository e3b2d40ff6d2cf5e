"""Round 44 (k44): the second side's key when the turn against the first figure is a
sentence of its own (brain.contrary_leads, brain._elliptic_rival).

"Police put the march at about 20,000. The union said the figure was absurd. 'We had
300,000 people out today'": the union's figure names only ``people`` and its own sentence
has no "but", so it filed under ``people|count`` and the two readings never met.
"""

from __future__ import annotations

from typing import Any

from claimlogic import brain
from tests.unit.streams import run_stream


def _alerts(text: str) -> list[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-05-02T08:00:00Z", "Union march in the capital", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_the_leads_are_found_in_the_text() -> None:
    text = "Police put the march at 20,000. The union gave a much higher figure. It was 9."
    assert brain.contrary_leads(text) == [text.index("gave")]
    assert brain.contrary_leads("The union said 300,000 people had marched.") == []


def test_a_turn_of_its_own_sends_the_people_to_the_crowd() -> None:
    got = _alerts(
        "KARVEN, May 1 (TR) - Thousands of workers marched through Karven on Thursday "
        "against the new labour law. Police put the crowd at about 20,000. The union that "
        'called the march said the figure was absurd. "We had 300,000 people in the '
        'streets today," its leader Anna Brandt said.'
    )
    assert ("contradiction", "300,000", "crowd|attended") in got


def test_a_bare_measure_joins_the_figure_of_that_unit() -> None:
    got = _alerts(
        "KARVEN, May 1 (TR) - Looters broke into a grain store in Karven on Thursday and "
        "took about 800 tonnes of wheat, the relief agency said. The town council gave a "
        'much higher figure. "Two thousand tonnes were taken, all of it," its deputy '
        "head Ivo Marek said."
    )
    assert [k for k, t, _ in got if t.startswith("Two thousand")] == ["contradiction"]


def test_the_figure_answered_is_the_nearest_of_the_sentence() -> None:
    got = _alerts(
        "KARVEN, May 1 (TR) - A gas blast at the Karven pit killed three miners and "
        "trapped 40 underground, the owner Ostmark Coal said. The miners' union said the "
        "company's figure was too low. \"Our stewards say 55 of our members have not come "
        'back up," its secretary Piet Olsen said.'
    )
    hits = [m for k, t, m in got if t == "55" and k == "contradiction"]
    assert hits and "killed" not in hits[0]


def test_without_a_turn_the_people_stay_apart() -> None:
    got = _alerts(
        "KARVEN, May 1 (TR) - Thousands of workers marched through Karven on Thursday "
        "against the new labour law. Police put the crowd at about 20,000. The union that "
        'called the march thanked them. "We had 300,000 people in the streets today," '
        "its leader Anna Brandt said."
    )
    assert not any(k == "contradiction" for k, _, _ in got)


def test_a_number_said_to_be_higher_and_a_bare_rejection_are_turns() -> None:
    for turn in ("The union said the true number was far higher.", "His lawyer rejected that."):
        assert brain.contrary_leads("Officials said 900 had left. " + turn), turn
    assert brain.contrary_leads("Prices were higher. He rejected that offer.") == []


def test_the_true_number_far_higher_sends_the_people_to_the_released() -> None:
    got = _alerts(
        "KARVEN, May 1 (TR) - The government released 800 prisoners early this week to "
        "ease crowding in its jails, the justice ministry said. The guards' union said the "
        'true number was far higher. "Our members have signed out 1,300 people since '
        'Monday," said its chair Ola Berg.'
    )
    assert [k for k, t, _ in got if t == "1,300"] == ["contradiction"]


def test_a_turn_inside_the_figure_sentence_is_not_a_turn_of_its_own() -> None:
    # "12 brought out and only one remained inside" / "two still inside": the pair's
    # nearest figure is not what the turn disputes
    got = _alerts(
        "KARVEN, May 1 (TR) - Rescuers brought trapped cavers out of the Karven cave on "
        "Thursday. The governor said 12 cavers had been brought out and only one remained "
        "inside. The rescue service said the governor's figure was wrong and that two "
        "people were still in the lower chamber."
    )
    assert not any(k == "contradiction" and t == "two" for k, t, _ in got)
