"""Round 30: "far more than the university has acknowledged" disputes a figure like
"far more than the university has said": a later report by another body is then the other
side of the earlier figure, not its next reading."""

from __future__ import annotations

from claimlogic import ledger


def _c(quote: str, text: str = "about 3,800") -> dict[str, str]:
    return {"quote": quote, "text": text, "metric": "students|count"}


def test_acknowledged_and_admitted_are_dispute_cues() -> None:
    for verb in ("acknowledged", "admitted", "conceded", "published"):
        q = (
            "The union also said exams had been put off for about 3,800 students, far more "
            f"than the university has {verb}, because faculties moved tests."
        )
        assert ledger.disputes_figure(_c(q)), verb


def test_no_comparison_no_cue() -> None:
    q = (
        "The union said exams had been put off for about 3,800 students, the university "
        "acknowledged."
    )
    assert not ledger.disputes_figure(_c(q))
