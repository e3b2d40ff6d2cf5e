"""Round 43: "N rounds of <an activity>" ("after four rounds of talks", "12 rounds of
voting") counts steps of a process, not shot ("rounds" is folded into shells for "5,000
rounds of ammunition"): a key of its own (``about?digest``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_rounds_of_an_activity_are_a_key_of_their_own() -> None:
    keys = _keys("The truce was agreed after four rounds of talks in the capital.")
    assert _own(keys["four"]), keys
    keys = _keys("The speaker was elected after 12 rounds of voting.")
    assert _own(keys["12"]), keys


def test_rounds_of_shot_keep_their_key() -> None:
    keys = _keys("Police found 5,000 rounds of ammunition in the truck.")
    assert not _own(keys["5,000"]), keys
    keys = _keys("The army fired 400 rounds at the ridge overnight.")
    assert not _own(keys["400"]), keys
