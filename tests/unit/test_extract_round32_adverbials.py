"""Round 32: "so far", "thus far", "by far" and "in fact" are adverbials, not the subject
of a figure without a noun of its own. "claims so far came to about 18 million euros"
was keyed ``far|amount|money`` and "The state budget deficit after September was in
fact 231 billion zlotys" ``fact|funding|money``."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_in_fact_is_skipped_for_the_subject() -> None:
    got = _metrics(
        "The state budget deficit after September was in fact 231 billion zlotys, not the "
        "figure the ministry published."
    )
    assert got["231 billion zlotys"].startswith("state budget deficit|")


def test_so_far_is_no_subject() -> None:
    got = _metrics(
        "But the main insurer of the boats said claims so far came to about 18 million euros."
    )
    assert not got["about 18 million euros"].startswith("far|")
    got = _metrics("City inspectors have so far visited 63 halls.")
    assert not got["63"].startswith("far|")
