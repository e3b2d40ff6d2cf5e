"""Round 31: a figure its sentence says a total "included" is a part of it, no rival
reading of the total."""

from __future__ import annotations

from claimlogic import ledger


def _c(quote: str, text: str) -> dict[str, object]:
    return {"quote": quote, "text": text, "value": 350_000.0}


def test_an_included_figure_is_a_part() -> None:
    q = (
        "The bureau said its figure included about 350,000 people who were registered "
        "in Tessel but worked elsewhere."
    )
    assert ledger.part_named_after_group(_c(q, "about 350,000"))
    q2 = "Twelve people died, including 4 children, the police said."
    assert ledger.part_named_after_group(_c(q2, "4"))


def test_a_plain_reading_is_no_part() -> None:
    q = "The bureau said about 350,000 people lived in Tessel."
    assert not ledger.part_named_after_group(_c(q, "about 350,000"))
