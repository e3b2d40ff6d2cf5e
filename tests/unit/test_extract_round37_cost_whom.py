"""Round 37: "X has cost <whom> N" is what X costs, keyed by X as "X cost N" is -- not by
the payer, nor by the verb and the payer ("the closure has cost businesses about 18
million crowns" was ``cost businesses|cost|money``, "the fare strike had cost Nordrail 9
million crowns" ``cost nordrail|cost|money``; "had cost it 2 million" was already the
strike's)."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> list[str]:
    return [c.metric for c in extract_claims(text) if c.unit == "EUR"]


def test_the_payer_is_not_what_the_sum_is() -> None:
    keys = {
        *_keys("The union said the fare strike had cost Nordrail 9 million euros in lost fares."),
        *_keys("Nordrail said the fare strike had cost it 2 million euros in lost fares."),
        *_keys("The fare strike cost 3 million euros."),
    }
    assert keys == {"fare strike|cost|money"}
    assert _keys(
        "The closure of the runway has cost businesses about 18 million euros, the ministry said."
    ) == _keys("The association said the closure had already cost its members 40 million euros.")


def test_a_cost_with_no_payer_is_as_before() -> None:
    assert _keys("Tellion expected the recall to cost about 240 million euros.") == [
        "recall|cost|money|expected"
    ]
