"""Round 29: "put the number at 55" with no figure of its own sentence to read reads the
last quantity *of its own kind* named in the document (a count the last count, a tonnage
the last tonnage), not a sum or a share named in between."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_a_count_reading_skips_the_sum_named_in_between() -> None:
    got = _metrics(
        "The ministry said 40 schools had been closed by the floods. Repairs will cost about "
        "3 million dollars, it said. The teachers' union put the number at 55."
    )
    assert got["55"] == got["40"] == "schools|count"


def test_a_tonnage_reading_skips_the_sum_named_in_between() -> None:
    got = _metrics(
        "Customs officers have seized 84 tonnes of counterfeit pesticide, the customs service "
        "said. She put the street value of the seized product at about 6 million dollars. "
        "The deputy minister put the total at 120 tonnes."
    )
    assert got["120 tonnes"] == got["84 tonnes"] == "counterfeit pesticide|count|mass"


def test_with_no_earlier_figure_of_its_kind_the_last_figure_is_read() -> None:
    # unchanged fallback: the last quantity named, whatever its kind
    got = _metrics(
        "Repairs will cost about 3 million dollars, the council said. The union put the "
        "number at 55."
    )
    assert got["55"].startswith("repairs|")
