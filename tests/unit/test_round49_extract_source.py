"""Round 49 (x49): the speaker of a say verb that shares the sentence's subject.

Sentences of our own.
"""

from __future__ import annotations

from tests.unit.claims import claim_of


def test_possessive_body_before_and_said_is_the_whole_name() -> None:
    text = (
        "Varnia's interior ministry rejected the report as biased and said 14 people "
        "had been detained."
    )
    assert claim_of(text, "14").source == "Varnia's interior ministry"


def test_the_body_before_but_said_is_the_speaker() -> None:
    text = (
        "The transport ministry declined to comment on the cause but said 9 trains were cancelled."
    )
    assert claim_of(text, "9").source == "transport ministry"


def test_a_name_alone_before_and_said_stays_the_name() -> None:
    text = "Governor Lena Brask toured the camp on Monday and said 300 families had arrived."
    assert claim_of(text, "300").source == "Lena Brask"


def test_plural_group_with_no_body_noun_names_nobody() -> None:
    text = "The rescue teams worked through the night and said 12 people were found alive."
    assert claim_of(text, "12").source is None
