"""Round 79 (c79): a bare "the committee said" refers back to the committee named earlier.

The rule (``claimlogic/extract/frame.py``, ``_last_body_named``): when the subject of a say
verb is "the" and one head noun ("the committee", "the board") and the last speaker is
another body, the speaker is the latest body named before whose name ends in that noun, so
a rival body's words in between do not take the first body's figure.
"""

from __future__ import annotations

from claimlogic.extract import extract_claims
from tests.unit.streams import run_stream

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


# The second rule (``claimlogic/brain/quarrels.py``, ``_turn_answers``): a body's figure
# said plainly right after another body's of the same noun answers it, unless it is told as
# moved on to now ("1,900 people had now been rechecked"): the body's own running count.

_GROUP = (
    "VESSEN, May 4 (Test Wire) - A patients' group said 5,000 people had been treated at "
    "the Orlan clinic, far more than the health board has admitted. "
)
_EARLIER = (
    "VESSEN, May 2 (Test Wire) - The health board said 700 people had been rechecked at "
    "its clinics after the fraud came to light."
)
_NOW = "The health board said 1,900 people had now been rechecked at its clinics."


def _kinds(*texts: str) -> list[list[tuple[str, str]]]:
    items = [
        (f"a{k}", f"2042-06-0{k + 1}T12:00:00Z", "Clinic fraud", t) for k, t in enumerate(texts)
    ]
    return [[(a["kind"], a["claim"]["text"]) for a in alerts] for _, _, alerts in run_stream(items)]


def test_a_count_moved_on_to_now_answers_no_other_body() -> None:
    # the board's own count moves on from its 700: an update, not a second side
    assert ("update", "1,900") in _kinds(_EARLIER, _GROUP + _NOW)[1]
    assert ("contradiction", "1,900") not in _kinds(_EARLIER, _GROUP + _NOW)[1]
    # in one article: no contradiction of the group's 5,000 treated
    assert ("contradiction", "1,900") not in _kinds(_GROUP + _NOW)[0]


def test_the_same_thing_said_plainly_still_answers() -> None:
    same = "The health board said 1,900 people had been treated at the Orlan clinic."
    assert ("contradiction", "1,900") in _kinds(_GROUP + same)[0]
