"""Round 27: a toll figure with no noun of its own and none earlier in its sentence ("Police
said 12 were injured") counts people, the key of "12 people were injured", not a key of
its own (``quantity?...|injured``)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_a_bare_toll_counts_people() -> None:
    assert _metrics("Police said 12 were injured.")["12"] == "people|injured"
    got = _metrics(
        "Eight people were reported missing on Monday, the coastguard said. The fishermen's "
        "association said 14 were still missing."
    )
    assert got["14"] == got["Eight"] == "people|missing"


def test_a_modifier_or_a_fraction_is_no_toll_of_people() -> None:
    got = _metrics("The 7.8-magnitude earthquake killed more than 50,000 people in Turkey.")
    assert not got["7.8"].startswith("people|")
    assert got["more than 50,000"] == "people|killed"
