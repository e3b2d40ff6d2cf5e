"""Round 40: a count named as a part of a larger count just before it ("arrested nine
people, including two surgeons", "The ten dead include six guests") says who is in the
group: a key of its own (``about?digest``), recorded but never compared or announced.
The group's count keeps its key."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_a_part_after_including_has_a_key_of_its_own() -> None:
    keys = _keys("Police arrested nine people, including two surgeons, in a raid on a clinic.")
    assert _own(keys["two"])
    assert keys["nine"] == "people|arrested"
    keys = _keys("The ten dead include six guests, two hotel staff and a visitor.")
    assert _own(keys["six"])
    keys = _keys("Fourteen people were injured, including five nurses, the hospital said.")
    assert _own(keys["five"])
    assert not _own(keys["Fourteen"])


def test_the_part_keeps_its_subject() -> None:
    c = next(
        c
        for c in extract_claims("Police arrested eight people, including four pharmacists.")
        if c.text == "four"
    )
    assert c.about == "pharmacists"


def test_not_a_part() -> None:
    # the larger figure after: no group named before the count
    keys = _keys("Police arrested two people, including 14 others later.")
    assert not _own(keys["14"])
    # no "including": two counts of their own
    keys = _keys("Police arrested nine people and seized two cars.")
    assert not _own(keys["two"])
    # a clause break between the two figures
    keys = _keys("Nine people were arrested; those held included two minors, police said.")
    assert not any(_own(k) for k in keys.values())
    # a sum is no part of a count
    keys = _keys("Police arrested nine people, including one who carried 5,000 euros.")
    assert not _own(keys["5,000 euros"])
