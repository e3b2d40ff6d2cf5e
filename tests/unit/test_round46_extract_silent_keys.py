"""Round 46 (x46): figures that should stay silent, and keys that lose updates.

Sentences of our own. A figure the extractor files under a key of its own carries a
``?digest`` in the key's subject (recorded, never compared or announced).
"""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _key(text: str, figure: str) -> str:
    hits = [c.metric for c in extract_claims(text) if c.text == figure]
    assert hits, [(c.text, c.metric) for c in extract_claims(text)]
    return hits[0]


def _own(key: str) -> bool:
    return "?" in key.split("|")[0]


# -- the standing roll of a body (_roll_of_a_body) -----------------------------------


def test_whom_a_body_represents_is_background() -> None:
    text = "The dockers' union, which represents about 7,400 dockers, called a strike."
    assert _own(_key(text, "about 7,400"))


def test_whom_a_plant_employs_is_background() -> None:
    assert _own(_key("Its two mills employ 1,850 people on three shifts.", "1,850"))


def test_the_members_a_body_has_are_background() -> None:
    text = "The growers' cooperative has 2,600 members, and 300 farms were flooded."
    assert _own(_key(text, "2,600"))
    assert not _own(_key(text, "300"))


def test_a_count_had_done_to_it_keeps_its_key() -> None:
    # "had N X frozen": something done to the X, no roll of a body
    assert not _own(_key("Prosecutors have had 37 bank accounts frozen.", "37"))


def test_a_count_with_the_roll_noun_after_with_keeps_its_key() -> None:
    text = "Smoke closed 90 schools, with 31,000 pupils kept at home on Monday."
    assert not _own(_key(text, "31,000"))


# -- the head noun before "about / against / over" (frame._PREPOSITIONS) -------------


def test_complaints_about_a_thing_count_complaints() -> None:
    text = "Complaints about the noise from the plant have risen to 2,300, the council said."
    assert _key(text, "2,300") == "complaints|count"


def test_appeals_against_a_ruling_count_appeals() -> None:
    assert _key("Appeals against the levy have reached 41,000.", "41,000") == "appeals|count"


def test_a_figure_with_its_own_noun_keeps_it() -> None:
    text = "The regulator received 800 complaints about the outage."
    assert _key(text, "800") == "complaints|count"


# -- the means a fire was fought with (_means_against_a_fire) ----------------------------


def test_engines_sent_to_a_fire_are_background() -> None:
    text = "The fire brigade said 90 firefighters and 22 engines tackled the blaze."
    assert _own(_key(text, "22"))


def test_the_crews_it_took_are_background() -> None:
    text = "It took 65 firefighters five hours to put out the fire at the depot."
    assert _own(_key(text, "65"))


def test_fire_trucks_destroyed_keep_their_key() -> None:
    assert not _own(_key("The blaze destroyed 12 fire trucks parked at the depot.", "12"))


# -- the price of one unit (_price_of_one) ---------------------------------------------


def test_what_each_unit_costs_is_background() -> None:
    assert _own(_key("Each ticket for the ferry costs 42 euros.", "42 euros"))


def test_what_one_unit_sold_for_is_background() -> None:
    text = "Each fake permit had been sold for about 300 dinars, police said."
    assert _own(_key(text, "about 300 dinars"))


def test_a_price_that_now_stands_keeps_its_key() -> None:
    text = "A loaf of bread now costs 9 dinars in the city's bakeries, traders said."
    assert not _own(_key(text, "9 dinars"))


def test_a_total_cost_keeps_its_key() -> None:
    assert not _own(_key("The new bridge will cost 40 million euros.", "40 million euros"))


# -- a habit, not an event (_habitual) -------------------------------------------------


def test_what_a_body_normally_does_is_background() -> None:
    assert _own(_key("The shelter normally takes in about 80 dogs a year.", "about 80"))


def test_a_busy_day_is_background() -> None:
    text = "The ferry carries about 3,000 passengers on a busy summer day, the operator said."
    assert _own(_key(text, "about 3,000"))


def test_the_number_that_normally_do_something_keeps_its_key() -> None:
    text = "About 45,000 commuters normally use the line, the operator said."
    assert not _own(_key(text, "About 45,000"))
