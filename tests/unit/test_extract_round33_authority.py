"""Round 33: "the authority said" refers back only to a source named as an authority,
like "the regulator" or "the ministry" -- not to whoever spoke last."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _sources(text: str) -> dict[str, str | None]:
    return {c.text: c.source for c in extract_claims(text)}


def test_the_authority_is_not_the_last_speaker() -> None:
    got = _sources(
        "Both said no radioactivity had been released outside the plant. Seven workers were "
        "being checked for contamination, the authority said."
    )
    assert got["Seven"] == "authority"


def test_the_authority_is_not_the_operator_quoted_since() -> None:
    got = _sources(
        "The national nuclear safety authority said 12 cubic metres had escaped. The operator "
        "put the leak at 4 cubic metres. Seven workers were being checked, the authority said."
    )
    assert got["4 cubic metres"] == "operator"
    assert got["Seven"] is not None and "authority" in got["Seven"]
