"""Round 55 (k55): two named bodies' readings of one number of people in two adjacent
sentences, one body counting them as plain "people", the other as a named group
("passengers", "workers"), with no word of contrast: the two keys hold one quantity, and
the second figure contradicts the first (brain._people_rival).  Not when the plain count
is a place's size told in passing, nor when the plain key widened another noun, nor when
the second figure is no reading said by its speaker."""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts

_HEAD = (
    "TARVEN, March 3 (NW) - A landslide blocked the coastal railway near Tarven on "
    "Monday night, and trains on the line to the capital stayed in their depots for a "
    "second day, the regional government said.\n"
    "\n"
    "Engineers from the state railway worked through the night to clear mud and rock "
    "from the cutting, but the slope above the line was still moving on Tuesday morning "
    "and geologists told the crews to stop.\n"
    "\n"
    "Buses were sent from the inland towns to carry travellers along the old road, which "
    "winds through the hills and takes twice as long as the train.\n"
    "\n"
    "The weather service warned of more heavy rain on the coast by the weekend, and the "
    "schools of the valley stayed shut.\n"
    "\n"
)
_TAIL = (
    "\n"
    "\n"
    "The railway said the line would stay closed at least until Friday, and that it "
    "would publish a new timetable once the engineers had finished their survey of the "
    "slope.\n"
    "\n"
    "Local hotels said they had offered rooms at reduced prices to travellers who could "
    "not get home, and the town hall opened its sports hall for the night.\n"
    "\n"
    "The regional government said it would ask the national government for money to "
    "shore up the cutting, which has slipped three times in a decade.\n"
)
_PAIR = (
    "The state railway said about 3,000 passengers had been stranded at Tarven station."
    " The travellers' association Open Track said at least 7,500 people had been stranded"
    " along the line."
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    return article_alerts(
        text, title="Landslide blocks Tarven line", published_at="2031-03-03T18:00:00Z"
    )


def test_plain_people_against_a_named_group_of_people_contradicts() -> None:
    got = _alerts(_HEAD + _PAIR + _TAIL)
    assert ("contradiction", "at least 7,500", "passengers|count") in got, got


def test_a_place_s_size_told_in_passing_is_no_rival() -> None:
    pair = (
        "The state railway said about 3,000 passengers had been stranded, in this town of"
        " about 7,500 people. The travellers' association Open Track said at least 7,500"
        " people had been stranded along the line."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_a_figure_with_no_reading_verb_is_no_rival() -> None:
    pair = _PAIR.replace("said at least 7,500 people", "counted at least 7,500 people")
    got = _alerts(_HEAD + pair + _TAIL)
    assert ("contradiction", "at least 7,500", "passengers|count") not in got, got


def test_people_rival_on_single_claims() -> None:
    assert brain._says_people({"quote": "It said 40 people left.", "text": "40"})
    assert not brain._says_people({"quote": "It said 40 militants left.", "text": "40"})
    assert "passenger" in brain._PERSON_HEADS and "people" in brain._PLAIN_PEOPLE


def test_a_named_group_in_the_clause_of_the_reporting_verb_is_a_reading() -> None:
    pair = (
        "Open Track said at least 7,500 people had been stranded along the line. The state"
        " railway said its trains had carried about 3,000 passengers on the stretch."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert ("contradiction", "about 3,000", "people|count") in got, got


def test_reading_of_on_single_claims() -> None:
    said = "The railway said its trains had carried 300 passengers."
    aside = "The railway, which carried 300 passengers, was late."
    assert brain._reading_of({"quote": said, "text": "300", "source": "The railway"})
    assert not brain._reading_of({"quote": aside, "text": "300", "source": "The railway"})
