"""Round 26: a frequency word that qualifies a later noun ("their monthly benefit payments",
"promised monthly returns") is no period of a figure before it: the figure keeps no time,
and an article's two rival readings of it stay comparable."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _times(text: str) -> dict[str, str | None]:
    return {c.text: c.time for c in extract_claims(text)}


def test_a_rate_adjective_after_the_figure_is_not_its_time() -> None:
    got = _times(
        "A failure in the welfare payment system has left 84,000 households without their "
        "monthly benefit payments, the ministry said on Monday."
    )
    assert got["84,000"] is None
    got = _times(
        "About 18,000 people lost savings when the firm, which promised weekly returns of "
        "1 per cent, closed its offices, the regulator said."
    )
    assert got["About 18,000"] is None


def test_a_rate_of_the_figure_itself_stays() -> None:
    got = _times("Exports rose to 4,000 tonnes monthly, the ministry said.")
    assert got["4,000 tonnes"] == "monthly"
    got = _times("The daily number of cases rose to 500, the ministry said.")
    assert got["500"] == "daily"
