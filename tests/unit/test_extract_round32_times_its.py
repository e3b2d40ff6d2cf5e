"""Round 32: "N times its / their / his / her / our X" is a multiple of X, like "N times
the X". "more than five times its initial estimate" was a count of "times" (key
``times|count``) and raised as a new figure; "used the port at least four times" stays a
count of occasions."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _claims(text: str) -> dict[str, dict[str, object]]:
    return {c.text: c.to_dict() for c in extract_claims(text)}


def test_times_its_estimate_is_a_multiple() -> None:
    got = _claims(
        "About 2.1 million customers had their data stolen, more than five times its "
        "initial estimate."
    )
    c = got["more than five times"]
    assert c["unit"] == "x"
    assert not str(c["metric"]).startswith("times|")


def test_times_as_occasions_is_unchanged() -> None:
    got = _claims("The network had used Port Selva at least four times since 2024.")
    assert got["at least four"]["unit"] == "times"
