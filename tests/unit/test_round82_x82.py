"""Round 82 (x82): a rival pair of one article whose two bodies' dispute is already on record,
on the same sides, is no new contradiction (round 80's d80 rule), unless the side renews the
dispute in its own words ("the true number", "accused ... of leaving out")."""

from __future__ import annotations

from typing import Any

from claimlogic.ledger.decision import dispute_on_record


def _fig(aid: str, value: float, source: str, quote: str = "") -> dict[str, Any]:
    return {"article": {"id": aid}, "claim": {"value": value, "source": source, "quote": quote}}


def _claim(value: float, source: str, quote: str = "") -> dict[str, Any]:
    return {"value": value, "source": source, "quote": quote}


# An earlier article: the harbour board counted 1,400 idle berths, the dockers' guild 2,100.
EARLIER = [_fig("a1", 1400, "Velmora harbour board"), _fig("a1", 2100, "dockers' guild")]
HERE = _fig(
    "a2", 1650, "Velmora harbour board", "The Velmora harbour board said 1,650 berths were idle."
)


def test_restated_sides_are_on_record() -> None:
    # A later article: the board now says 1,650, the guild 2,500 -- both moved on, same sides.
    figures = [*EARLIER, HERE]
    quote = "The dockers' guild said its own count had reached 2,500."
    assert dispute_on_record(
        _claim(2500, "dockers' guild", quote), HERE["claim"], figures, "a2", 0.02
    )


def test_a_side_that_renews_the_dispute_is_a_contradiction_again() -> None:
    figures = [*EARLIER, HERE]
    for quote in (
        "The dockers' guild said the true number of idle berths was 2,500.",
        "The guild put the real count at 2,500 and accused the board of leaving out the dry docks.",
        "The dockers' guild said 2,500 berths were idle and that the board was undercounting.",
    ):
        claim = _claim(2500, "dockers' guild", quote)
        assert not dispute_on_record(claim, HERE["claim"], figures, "a2", 0.02), quote


def test_sides_swapped_is_a_new_dispute() -> None:
    # the guild now counts fewer than the board: the sides changed, a new contradiction
    figures = [*EARLIER, HERE]
    assert not dispute_on_record(_claim(1500, "dockers' guild"), HERE["claim"], figures, "a2", 0.02)


def test_no_earlier_pair_is_a_new_dispute() -> None:
    # only the board spoke before: the guild's first figure opens the dispute
    figures = [EARLIER[0], HERE]
    assert not dispute_on_record(_claim(2500, "dockers' guild"), HERE["claim"], figures, "a2", 0.02)
    # a third body's earlier figure is not the guild's side
    figures = [EARLIER[0], _fig("a1", 2100, "shipping ministry"), HERE]
    assert not dispute_on_record(_claim(2500, "dockers' guild"), HERE["claim"], figures, "a2", 0.02)


def test_a_side_far_from_its_own_earlier_count_is_a_new_reading() -> None:
    # the guild's 6,300 is three times its earlier 2,100: no restatement of its count
    figures = [*EARLIER, HERE]
    assert not dispute_on_record(_claim(6300, "dockers' guild"), HERE["claim"], figures, "a2", 0.02)


def test_one_body_or_no_source_is_no_pair() -> None:
    figures = [*EARLIER, HERE]
    assert not dispute_on_record(
        _claim(1900, "Velmora harbour board"), HERE["claim"], figures, "a2", 0.02
    )
    assert not dispute_on_record(_claim(2500, ""), HERE["claim"], figures, "a2", 0.02)
