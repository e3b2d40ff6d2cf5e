"""Round 33: a figure whose sentence gives another source's figure of the key across a
side break ("seven bodies had been recovered ..., while the District Police Office was
still putting the toll at five") contradicts that figure instead of updating an older
one."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0
WHILE = (
    "The chair of Chainpur municipality said on Tuesday evening that seven bodies had been "
    "recovered from the landslide, while the District Police Office was still putting the "
    "toll at five."
)


def _stream(quote: str) -> list[list[str]]:
    _, out = feed(
        [
            (
                claim(
                    3,
                    text="Three",
                    source="District Police Office",
                    property="killed",
                    quote="Three people have died, police said.",
                ),
                art(1),
                0.0,
            ),
            (
                claim(
                    5,
                    text="five",
                    source="police",
                    property="killed",
                    quote="Two more bodies were found, raising the toll to five, police said.",
                ),
                art(2),
                DAY,
            ),
            (
                claim(
                    7,
                    text="seven",
                    source="chair of Chainpur municipality",
                    property="killed",
                    quote=quote,
                ),
                art(3),
                2 * DAY,
            ),
        ]
    )
    return out


def test_the_other_side_across_while_is_contradicted() -> None:
    assert _stream(WHILE)[2] == ["contradiction"]


def test_without_the_other_side_in_the_sentence_it_stays_an_update() -> None:
    quote = "The chair of Chainpur municipality said seven bodies had been recovered."
    assert _stream(quote)[2] == ["update"]


def test_side_across_needs_a_side_break_and_no_date() -> None:
    new = claim(7, text="seven", quote=WHILE)
    assert ledger.side_across(new, {"text": "five"})
    assert not ledger.side_across(
        claim(7, text="seven", quote="Seven bodies and five cars were found."), {"text": "five"}
    )
    dated = "June 14 (MWS) - Vardania said seven ships had returned, but Morlund said 11 remained."
    assert not ledger.side_across(claim(11, text="11", quote=dated), {"text": "14"})
