"""Round 64 (extraction, k64): the verb of people counted past a participle phrase of
where they were.

:func:`claimlogic.extract.frame.find_property` reads the verb of people counted past a
place phrase ("17 people from Sunday's crash were taken to hospital"). A participle that
opens such a phrase ("Two workers trapped at the mine were confirmed dead") hid the
verb: the figure was a bare ``workers|count``, the key of the trapped workers already
alerted, and stayed silent. The participle right after the people, before "at" / "in" /
"on" ..., now opens the same skip (:func:`frame._participle_before_place`).
"""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metric(sentence: str, value: float) -> str:
    (claim,) = [c for c in extract_claims(sentence) if c.value == value]
    return claim.metric


def test_verb_past_a_participle_of_place() -> None:
    assert (
        _metric(
            "Rescuers said three climbers stranded on the north face were found dead on Monday.", 3
        )
        == "climbers|killed"
    )
    assert (
        _metric(
            "The coastguard said 26 fishermen marooned on the reef had been rescued overnight.", 26
        )
        == "fishermen|rescued"
    )


def test_participle_with_no_verb_of_its_own_stays_a_count() -> None:
    assert _metric("The firm said 85 miners trapped underground were safe.", 85) == ("miners|count")


def test_drowned_is_a_toll() -> None:
    """Round 64: "drowned" is a verb of the dead ("Four swimmers drowned off the point")."""
    assert _metric("Four swimmers drowned off the point on Sunday, lifeguards said.", 4) == (
        "swimmers|killed"
    )
