"""Round 34: a figure set in an ordinary period ("in a normal year", "a normal harvest",
"an average day's catch") is the yardstick the news is measured against, not what
happened: hedged hypothetical, like "would"."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _hedges(text: str) -> dict[str, str | None]:
    return {c.text: c.hedge for c in extract_claims(text)}


def test_a_normal_year_or_harvest_is_hypothetical() -> None:
    assert (
        _hedges("The wheat yields about 4 tonnes a hectare in a normal year.")["about 4 tonnes"]
        == "hypothetical"
    )
    assert (
        _hedges("A normal harvest is about 4.8 million tonnes.")["about 4.8 million tonnes"]
        == "hypothetical"
    )
    got = _hedges("The ministry put the value of an average day's catch at about 40,000 florins.")
    assert got["about 40,000 florins"] == "hypothetical"


def test_average_as_a_reading_is_not() -> None:
    assert _hedges("Average prices rose to 5 euros, the office said.")["5 euros"] is None
    assert _hedges("The harvest this year was 3.1 million tonnes.")["3.1 million tonnes"] is None
