"""Round 40: a range of sums the sentence gives per unit ("paying between 800 and 2,500
ducats each", "paid between 2,500 and 4,000 riks a month, depending on their rank") is
the spread of many sums, one per ticket or month: a key of its own (``about?digest``),
recorded but never compared or announced.  A range with no such word is one figure."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_a_spread_of_sums_per_unit_has_a_key_of_its_own() -> None:
    cases = {
        "Police said the candidates paid between 800 and 2,500 ducats each.": (
            "between 800 and 2,500"
        ),
        "Customers paid between 60 and 180 pounds per jab.": "between 60 and 180 pounds",
        "Most were paid between 2,500 and 4,000 riks a month, depending on their rank.": (
            "between 2,500 and 4,000"
        ),
        "Their lawyer said each claimant would seek between 2,000 and 15,000 florins.": (
            "between 2,000 and 15,000 florins"
        ),
        "Fines range from 50,000 to 200,000 pesos.": "from 50,000 to 200,000 pesos",
    }
    for text, figure in cases.items():
        key = _keys(text)[figure]
        assert _own(key), (text, key)


def test_the_subject_is_kept_in_the_key() -> None:
    c = next(
        c
        for c in extract_claims("Customers paid between 60 and 180 pounds per jab.")
        if c.text == "between 60 and 180 pounds"
    )
    assert c.about == "customers"
    assert c.metric.startswith("customers?")


def test_one_uncertain_figure_is_not_a_spread() -> None:
    keys = _keys("Between 20 and 30 people were killed, police said.")
    assert not _own(keys["Between 20 and 30"])
    keys = _keys("The damage was put at between 2 billion and 3 billion euros.")
    assert not any(_own(k) for k in keys.values())


def test_a_single_sum_each_is_not_a_spread() -> None:
    keys = _keys("The donors were promised 5,000 talers each.")
    assert not _own(keys["5,000"])
