"""Round 79 (c79): a bare "the committee said" refers back to the committee named earlier.

The rule (``claimlogic/extract/frame.py``, ``_last_body_named``): when the subject of a say
verb is "the" and one head noun ("the committee", "the board") and the last speaker is
another body, the speaker is the latest body named before whose name ends in that noun, so
a rival body's words in between do not take the first body's figure.
"""

from __future__ import annotations

from claimlogic.extract import extract_claims

_OPEN = (
    "KORVIA, May 4 (Test Wire) - The Korvia tenants' committee said 870 flats in the "
    "Dalmar estate had damp. "
)
_AFTER = "The committee said its own survey found 640 flats with mould."


def _sources(text: str) -> dict[float, str | None]:
    return {c.value: c.source for c in extract_claims(text)}


def test_the_committee_is_the_committee_named_before() -> None:
    aside = _OPEN + "Veltstone, the housing agency, said only 210 flats had damp. " + _AFTER
    assert _sources(aside)[640.0] == "Korvia tenants' committee"
    council = _OPEN + "The city council said only 210 flats had damp. " + _AFTER
    got = _sources(council)
    assert got[210.0] == "city council"
    assert got[640.0] == "Korvia tenants' committee"


def test_look_alikes_stay_as_they_were() -> None:
    # a person spoke last: a body's officer speaks for it, the old reading stands
    person = _OPEN + "Veltstone spokeswoman Ana Brisk said only 210 flats had damp. " + _AFTER
    assert _sources(person)[640.0] == "Ana Brisk"
    # the last speaker has the head among its words: it is the body meant
    same = (
        _OPEN
        + "The city council said only 210 flats had damp. "
        + "The council said its own survey found 640 flats with mould."
    )
    assert _sources(same)[640.0] == "city council"
    # no council was named before: "the council" is a body of its own, as before
    none = (
        _OPEN
        + "Veltstone, the housing agency, said only 210 flats had damp. "
        + "The council said its own survey found 640 flats with mould."
    )
    assert _sources(none)[640.0] == "council"
