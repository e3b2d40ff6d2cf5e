"""Round 24: the key of a figure names the noun the number counts.

"1,900 dead hives" was filed ``people|killed``: the toll word "dead" stopped the noun
phrase, so the head came out as the person class "dead". The noun after a toll
adjective is the head; the adjective is the property.
"""

from __future__ import annotations

from claimlogic import brain
from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_dead_hives_are_hives_not_people() -> None:
    keys = _keys("Inspectors counted 1,900 dead hives on the apiaries, the ministry said.")
    assert keys["1,900"] == "hives|killed"


def test_dead_whales_after_of_the() -> None:
    keys = _keys("Vets examined 15 of the dead whales on Wednesday.")
    assert keys["15"] == "whales|killed"


def test_wounded_herders_keep_their_noun() -> None:
    keys = _keys("Two wounded herders were flown to hospital, police said.")
    assert keys["Two"] == "herders|injured"


def test_bare_toll_words_stay_people() -> None:
    keys = _keys("The attack left 28 dead, 39 hurt, officials said.")
    assert keys["28"] == "people|killed"
    assert keys["39"] == "people|injured"


def test_dead_soldiers_stay_troops() -> None:
    assert _keys("Twelve dead soldiers were found near the road.")["Twelve"] == "troops|killed"


def test_dead_animals_join_the_story_animal_toll() -> None:
    quote = "Vets said they had counted 6,450 dead animals on board."
    c = {"text": "6,450", "quote": quote, "unit": "animals", "value": 6450.0}
    assert brain._story_toll(["sheep|killed", "sheep|count"], c, "animals|killed") == (
        "sheep|killed"
    )
    # never a toll of people, never two animal tolls to choose from
    assert brain._story_toll(["people|killed"], c, "animals|killed") is None
    assert brain._story_toll(["sheep|killed", "cattle|killed"], c, "animals|killed") is None


def test_animals_were_dead_keeps_its_key() -> None:
    # "2,900 animals were dead": a reading of its own (round 23's rival rule judges it)
    quote = "Some 2,900 animals were dead, the observer said."
    c = {"text": "Some 2,900", "quote": quote, "unit": "animals", "value": 2900.0}
    assert brain._story_toll(["sheep|killed"], c, "animals|killed") is None


def test_died_is_the_verb_not_the_noun() -> None:
    # "nine died" was filed ``died|killed``: the verb read as the counted noun.
    keys = _keys("In the 2018 outbreak, 210 people fell ill and nine died over two months.")
    assert keys["nine"] == "people|killed"
    assert _keys("Four people were hurt and two died.")["two"] == "people|killed"


def test_infected_farms_keep_the_adjective_reading() -> None:
    assert _keys("Vets confirmed two infected farms on Monday.")["two"] == "infected farms|count"
