"""Round 46: a dispute cue right after another number of the sentence, its comma between
("needs the sale of 60 depots and put the job losses at 2,900, above the firms' figure")
speaks of that number, not of the figure: the 60 depots sold do not dispute the 140 the
firms said they would shut ten days before."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-06-01T00:00:00+00:00"
FIRST = "The two firms said the merger would shut 140 depots and cut staff in the south."


def _kinds(quote: str) -> list[str]:
    first = claim(140, text="140", source="the two firms", quote=FIRST)
    second = claim(60, text="60", source="the competition office", quote=quote)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + 10 * DAY, {"in_lede": True})],
        metric="depots|count",
        label="depots",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_cue_after_another_number_is_that_numbers() -> None:
    q = (
        "The competition office said the deal needs the sale of 60 depots and put the job"
        " losses at 2,900, above the firms' figure."
    )
    assert not ledger.disputed({"quote": q, "text": "60"})
    assert ledger.disputed({"quote": q, "text": "2,900"})


def test_a_date_before_the_cue_is_no_number() -> None:
    q = "The office said 60 depots would shut, it said on June 15, far more than the firms' figure."
    assert ledger.disputed({"quote": q, "text": "60"})


def test_another_numbers_cue_raises_no_contradiction() -> None:
    q = (
        "The competition office said the deal needs the sale of 60 depots and put the job"
        " losses at 2,900, above the firms' figure."
    )
    assert "contradiction" not in _kinds(q)


def test_the_figures_own_cue_still_disagrees() -> None:
    q = "The competition office said the merger would shut 60 depots, far below the firms' figure."
    assert _kinds(q) == ["contradiction"]
