"""Round 37: a sum that is the value of something is keyed by the thing valued, as "X
worth N" always was -- "the value of the paintings is N", "valued the paintings at N",
"the trades had a value of N" (were ``value|amount|money``, or the valuer: "The police
valued ..." was ``police|cost|money``); a bare "The value is N" reads the thing valued
last in the document."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> list[str]:
    return [c.metric for c in extract_claims(text) if c.unit == "EUR"]


def test_the_thing_valued_not_the_word_value_nor_the_valuer() -> None:
    worth = _keys("The stolen paintings are worth 18 million euros.")
    assert worth == ["stolen paintings|cost|money"]
    assert _keys("The value of the stolen paintings is 18 million euros.") == worth
    assert _keys("Police valued the stolen paintings at 18 million euros.") == worth
    assert _keys("The stolen paintings had a value of 18 million euros.") == worth


def test_a_bare_value_reads_the_thing_valued_before() -> None:
    got = _keys(
        "Police said the drugs were worth 9 million euros. The value is 9 million euros, "
        "the commander said."
    )
    assert got == ["drugs|cost|money", "drugs|cost|money"]


def test_a_bare_value_with_nothing_valued_before_stays_value() -> None:
    assert _keys("A dealer put the value at no more than 6 million euros.") == [
        "value|amount|money"
    ]
