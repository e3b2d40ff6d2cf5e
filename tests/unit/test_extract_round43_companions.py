"""Round 43: "X and N other Y" / "X and N of his Y" counts the people named with one
person -- a part of the group the story counts (the whole is one more) -- not a count of
its own that a later report updates: a key of its own (``about?digest``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_the_company_of_a_named_person_is_a_key_of_its_own() -> None:
    cases = {
        "Police detained the mayor and three of his aides on Friday.": "three",
        "Prosecutors charged the club's former treasurer and four other officials.": "four",
        "The ferry's captain and two of her officers were arrested in the port.": "two",
    }
    for text, figure in cases.items():
        keys = _keys(text)
        assert figure in keys, (text, keys)
        assert _own(keys[figure]), (text, keys[figure])


def test_the_whole_group_keeps_its_key() -> None:
    keys = _keys("Police detained four people, the mayor and three of his aides, on Friday.")
    assert not _own(keys["four"]), keys
    keys = _keys("Police detained 12 protesters and three journalists on Friday.")
    assert not _own(keys["three"]), keys
