"""Round 32: a person's age set off after the name ("Terrell Mason, 58, and his
brother-in-law Dale Whitfield, 61") is still a quantity but no count of the sentence's
noun: it was keyed ``men|killed`` beside "the two men who died" and raised as a new
figure. It now gets a key of its own, never compared."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_an_age_after_a_name_has_a_key_of_its_own() -> None:
    got = _metrics(
        "Police identified the two men who died as Terrell Mason, 58, and his "
        "brother-in-law Dale Whitfield, 61, both of Buford."
    )
    assert got["two"] == "men|killed"
    assert got["58"].endswith("|age") and "?" in got["58"]
    assert got["61"].endswith("|age") and "?" in got["61"]


def test_a_count_after_a_place_and_a_comma_is_unchanged() -> None:
    got = _metrics("In Kassel, 12 people were arrested on Friday.")
    assert got["12"] == "people|arrested"
