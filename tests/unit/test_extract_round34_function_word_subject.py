"""Round 34: a subject that begins or ends with a function word or a bare superlative
("while three remain missing" was ``while|missing``, "whether any of the four had died"
``any|killed``, "the largest weighing about 4 kilograms" ``largest|count|mass``) names
nothing counted: the figure gets a key of its own (``?``), never compared."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_function_words_are_no_subject() -> None:
    got = _keys(
        "Rescuers pulled four more sailors from a liferaft, bringing the number rescued "
        "to 18, while three remain missing in heavy seas."
    )
    assert got["three"].split("|")[0].startswith("quantity?")
    assert "?" in _keys("It did not say whether any of the four had died.")["four"].split("|")[0]
    got = _keys("They recovered 60 fragments, the largest weighing about 4 kilograms.")
    assert "?" in got["about 4 kilograms"].split("|")[0]
    assert got["60"] == "fragments|count"


def test_a_noun_subject_is_kept() -> None:
    assert _keys("Three people remain missing, police said.")["Three"] == "people|missing"
