"""Round 31: ", eight more than the clinic reported" is a difference from another count,
keyed as a change, never a count of its own."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _by_text(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_an_appositive_more_than_figure_is_a_difference() -> None:
    got = _by_text(
        "An independent review found that 44 volunteers had received the drug, "
        "eight more than the clinic reported."
    )
    assert got["44"] == "volunteers|count"
    assert got["eight"].endswith("|change")
    got = _by_text("The union said 300 jobs would go, 40 fewer than the company had warned.")
    assert got["40"].endswith("|change")


def test_a_count_more_than_a_named_figure_stays_a_count() -> None:
    got = _by_text("Police said 12 people had died, more than the 9 given earlier.")
    assert got["12"] == "people|killed"
