"""Round 43: a measure hyphened to a plural noun ("in 100-dinar and 500-dinar notes",
"packed in 50-kilogram sacks") gives the kind of each thing -- a denomination, a size --
not a total of the story; so does a denomination ("the 20-euro note").  A key of its own
(``about?digest``).  Before another singular noun ("a 300-million-euro loan") the sum is
the value of the one thing named and keeps its key."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_a_hyphened_measure_of_a_plural_noun_is_a_key_of_its_own() -> None:
    keys = _keys("Officers found the cash in 100-dinar and 500-dinar notes, the agency said.")
    assert _own(keys["100-dinar"]), keys
    assert _own(keys["500-dinar"]), keys
    keys = _keys("The flour was packed in 50-kilogram sacks on the quay.")
    assert _own(keys["50-kilogram"]), keys


def test_a_denomination_is_a_key_of_its_own() -> None:
    keys = _keys("Shops refused the 20-euro note after the warning.")
    assert _own(keys["20-euro"]), keys


def test_the_value_of_one_thing_keeps_its_key() -> None:
    keys = _keys("The bank approved a 300-million-euro loan to the city.")
    assert not _own(keys["300-million-euro"]), keys
    keys = _keys("Police seized 9,000 fake 100-dinar notes.")
    assert not _own(keys["9,000"]), keys
