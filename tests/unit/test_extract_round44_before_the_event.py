"""Round 44: a figure followed in its clause by "before the war / siege / fire ..." is a
level from before the story began ("a town of 31,000 people before the war", "its
population was 58,000 before the siege"): background for scale, a key of its own
(``about?digest``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_a_level_before_the_event_is_a_key_of_its_own() -> None:
    cases = {
        "Ostrava Nova, a river port of 31,000 people before the war, lies in ruins.": "31,000",
        "Its population was 58,000 before the siege; fewer than 5,000 remain.": "58,000",
        "Bread prices rose to 90 dinars a loaf, against 35 dinars before the blockade.": (
            "35 dinars"
        ),
        "The line carried about 40 trains a day before the flood.": "about 40",
    }
    for text, figure in cases.items():
        keys = _keys(text)
        assert figure in keys, (text, keys)
        assert _own(keys[figure]), (text, keys[figure])


def test_the_news_and_a_time_before_the_event_keep_their_keys() -> None:
    # the number that remain now is the news
    keys = _keys("Its population was 58,000 before the siege; fewer than 5,000 remain.")
    assert not _own(keys["fewer than 5,000"]), keys
    # another figure stands between: "from 600 before the war" is the old level of 900
    keys = _keys(
        "The number of people sheltering in the school rose to 900 from 600 before the war."
    )
    assert not _own(keys["900"]), keys
    # a time word between: when the money moved, not a level before the event
    keys = _keys(
        "Prosecutors said the men received transfers worth 400,000 marks in the months "
        "before the attack."
    )
    assert not _own(keys["400,000 marks"]), keys
