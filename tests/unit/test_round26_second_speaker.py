"""Round 26: "X said N, while Y said M" -- the second speaker opens a clause of its own, so M
is Y's figure (not X's), and X's words of change ("has risen to N") are not Y's: Y's M is
a rival reading of X's N."""

from __future__ import annotations

from claimlogic.extract import extract_claims

_PHARMACIES = (
    "OSTRAVA, Dec 16 (Ostrava Wire) - The number of pharmacies with no insulin in stock has "
    "risen to 350, the health ministry said on Thursday, while the diabetes patients' "
    "association said its members had found 1,100 pharmacies unable to supply them."
)


def _sources(text: str) -> dict[str, str | None]:
    return {c.text: c.source for c in extract_claims(text)}


def test_a_second_speaker_gives_the_figures_after_its_verb() -> None:
    got = _sources(_PHARMACIES)
    assert got["350"] == "health ministry"
    assert got["1,100"] == "diabetes patients' association"
    got = _sources(
        "The ministry said 31 percent of schools were closed, while the union said 58 "
        "percent were shut."
    )
    assert got["31 percent"] == "ministry"
    assert got["58 percent"] == "union"


def test_one_speaker_keeps_every_figure_of_its_sentence() -> None:
    got = _sources(
        "The ministry said 31 schools were closed and 58 were shut for repairs, while "
        "teachers waited for news."
    )
    assert got == {"31": "ministry", "58": "ministry"}
