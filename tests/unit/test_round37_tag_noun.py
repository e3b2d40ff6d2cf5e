"""Round 37: "Calder Mutual has raised its count of customers credited twice ... to
61,000, ... the building society said" and, in the next paragraph, "The society said it
had reversed the duplicate credits for 40,000 customers by mid-afternoon" (h49-1-2, a
must-not-contradict pair): "the society" is Calder Mutual named again by the noun its
first sentence tags it with, so the two figures are one body's, never two sources'
rival readings.  Another body's figure still is."""

from __future__ import annotations

from claimlogic import ledger

OLD = {
    "value": 61000.0,
    "text": "61,000",
    "source": "Calder Mutual",
    "metric": "customers|count",
    "quote": (
        "Calder Mutual has raised its count of customers credited twice by its faulty "
        "payments system to 61,000, the building society said on April 15."
    ),
}


def _new(source: str, quote: str) -> dict[str, object]:
    return {
        "value": 40000.0,
        "text": "40,000",
        "source": source,
        "metric": "customers|count",
        "quote": quote,
    }


def test_the_society_is_the_named_society_again() -> None:
    new = _new(
        "society",
        "The society said it had reversed the duplicate credits for 40,000 customers by "
        "mid-afternoon.",
    )
    assert ledger.named_by_tag(new, OLD)
    assert not ledger.rival_in_article(new, OLD)


def test_another_body_is_still_a_rival() -> None:
    new = _new("Fair Banking Trust", "The Fair Banking Trust said 40,000 customers were hit.")
    assert not ledger.named_by_tag(new, OLD)
    assert ledger.rival_in_article(new, OLD)


def test_a_noun_the_sentence_does_not_tag_its_speaker_with_is_another_body() -> None:
    new = _new("ombudsman", "The ombudsman said 40,000 customers had complained.")
    assert not ledger.named_by_tag(new, OLD)
    assert ledger.rival_in_article(new, OLD)
