"""Round 29: a figure given as the value of a pronoun ("it is 500,000", "That is 2,800
tonnes", "The utility now puts it at 27,000") has no noun of its own; it is a reading of
the quantity just named, like "put the figure at N", and takes that quantity's key
instead of a key of its own that is never compared."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_that_is_n_tonnes_reads_the_tonnage_just_named() -> None:
    got = _metrics(
        "The agency said farmers had held back 1,200 tonnes of rice from the state buyer. "
        '"That is 2,800 tonnes, not 1,200, and our members have not been paid," said the '
        "union's secretary."
    )
    assert got["2,800 tonnes"] == got["1,200 tonnes"] == "rice|count|mass"


def test_it_is_n_reads_the_count_just_named() -> None:
    got = _metrics(
        "The passport office said 310,000 applications were waiting. "
        '"If you include those waiting for a photo check, it is 500,000," said the '
        "opposition's spokeswoman."
    )
    assert got["500,000"] == got["310,000"]
    assert "?" not in got["500,000"]


def test_puts_it_at_reads_the_count_just_named() -> None:
    got = _metrics(
        "The utility first said 19,000 households had been charged twice. The utility now "
        "puts it at 27,000."
    )
    assert got["27,000"] == got["19,000"] == "homes|count"  # round 50: households are homes


def test_a_pronoun_far_from_the_figure_is_not_read() -> None:
    # "it" is the subject of another verb: the figure keeps a key of its own
    got = _metrics(
        "The utility first said 19,000 households had been charged twice. It said a "
        "review would take 12 weeks."
    )
    assert got["12 weeks"] != got["19,000"]
