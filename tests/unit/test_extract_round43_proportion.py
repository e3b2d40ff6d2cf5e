"""Round 43: a proportion written in words -- a fraction ("less than half of what the
farmers lost", "about two-thirds of the fleet") or a multiple ("three times as many") --
sizes one figure against another or a part against its whole.  No later report updates or
contradicts it as a count or a sum of the story: a key of its own (``about?digest``),
recorded but never compared or announced."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_a_fraction_that_compares_two_figures_is_a_key_of_its_own() -> None:
    cases = {
        "The union called the ministry's estimate less than half of what the farmers lost.": (
            "less than half"
        ),
        "The charity said 300 families were housed, barely a third of the council's figure.": (
            "a third"
        ),
        "The navy has 40 patrol boats, of which about two-thirds can sail on any day.": (
            "about two-thirds"
        ),
    }
    for text, figure in cases.items():
        keys = _keys(text)
        assert figure in keys, (text, keys)
        assert _own(keys[figure]), (text, keys[figure])


def test_a_multiple_is_a_key_of_its_own() -> None:
    keys = _keys("The rebels fire about three times as many shells as the army, monitors say.")
    assert _own(keys["about three times"]), keys


def test_the_figures_beside_a_proportion_keep_their_keys() -> None:
    keys = _keys(
        "The charity said 300 families were housed, barely a third of the council's figure."
    )
    assert not _own(keys["300"]), keys
    keys = _keys("Turnout was 62 percent, the commission said.")
    assert not _own(keys["62 percent"]), keys
