"""Round 43: the number of parts a whole is delivered or spread in ("delivered in four
tranches", "spread over two waves", "paid in three instalments") says how the story's
figure is divided; it is no quantity of its own: a key of its own (``about?digest``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_the_parts_of_a_whole_are_a_key_of_its_own() -> None:
    cases = {
        "The loan of 800 million dollars will be paid out in four tranches this year.": "four",
        "The army will call up 90,000 reservists, spread over two waves.": "over two",
        "The fine of 2 million euros is to be paid in three instalments.": "three",
    }
    for text, figure in cases.items():
        keys = _keys(text)
        assert figure in keys, (text, keys)
        assert _own(keys[figure]), (text, keys[figure])


def test_the_whole_and_a_plain_count_of_waves_keep_their_keys() -> None:
    keys = _keys("The army will call up 90,000 reservists, spread over two waves.")
    assert not _own(keys["90,000"]), keys
    keys = _keys("Two waves of drones hit the port overnight.")
    assert not _own(keys["Two"]), keys
