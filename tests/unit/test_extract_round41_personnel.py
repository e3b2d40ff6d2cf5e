"""Round 41: "personnel" before a plain plural noun modifies it -- "40 armoured
personnel carriers" count vehicles (was ``armoured troops``); "300 personnel" alone
are still troops."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def test_personnel_carriers_are_vehicles_not_troops() -> None:
    (got,) = extract_claims("The army will receive 40 armoured personnel carriers next year.")
    assert got.about == "armoured personnel carriers"


def test_personnel_alone_are_troops() -> None:
    (got,) = extract_claims("About 300 personnel remain at the base, officials said.")
    assert got.about == "troops"
