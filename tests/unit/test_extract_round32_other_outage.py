"""Round 32: an outage of a bank, a phone network or a computer system is no power cut.
"Kestra told the hearing that 85,000 customers had moved their numbers to other operators
since the outage" was keyed ``customers without power|count`` and met every other
customer count of the phone outage as an update; power outages keep the outage key."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_a_phone_or_bank_outage_is_no_power_cut() -> None:
    got = _metrics(
        "Kestra told the hearing that 85,000 customers had moved their numbers to other "
        "operators since the outage."
    )
    assert got["85,000"] == "customers|count"
    got = _metrics(
        "An outage at Northmark Bank left 1.4 million of its 2.2 million customers unable "
        "to pay by card."
    )
    assert "without power" not in got["1.4 million"]


def test_power_outages_keep_the_outage_key() -> None:
    assert _metrics("Outages peaked at 691,000 customers on Tuesday.")["691,000"] == (
        "customers without power|count"
    )
    got = _metrics(
        "The grid operator said 120,000 customers were without power after the network failed."
    )
    assert got["120,000"] == "customers without power|count"
