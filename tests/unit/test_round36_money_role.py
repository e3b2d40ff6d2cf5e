"""Round 36: a sum "recovered" is money taken back (``seized``), a sum "overbilled" a
damage: "The regional health board said it had recovered 1.5 million talers by
withholding payments" and "Klarwash overbilled the hospitals by 6.8 million talers"
(h48-4-4) are two quantities under the bare ``talers|count`` key, not rival readings of
one."""

from __future__ import annotations

from claimlogic import ledger


def _role(quote: str, text: str) -> str | None:
    c = {"value": 1.5e6, "text": text, "quote": quote}
    return ledger.money_role(c, "talers|count")


def test_a_sum_recovered_is_seized() -> None:
    quote = (
        "The regional health board said it had recovered 1.5 million talers by withholding "
        "payments to Klarwash since the contract was suspended."
    )
    assert _role(quote, "1.5 million") == "seized"


def test_a_sum_overbilled_is_a_damage() -> None:
    quote = "Klarwash Services overbilled Drossel's public hospitals by 6.8 million talers."
    assert _role(quote, "6.8 million") == "damage"
