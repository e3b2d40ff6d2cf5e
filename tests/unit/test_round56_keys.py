"""Round 56 (e56): keys that name the wrong thing -- a property taken from the verb of
another clause.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(sentence: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(sentence)}


def test_event_of_the_main_clause_is_not_that_of_a_when_clause() -> None:
    keys = _keys(
        "The mayor said 14 people had been killed and 30 injured when at least six "
        "rockets hit the market on Friday."
    )
    assert keys["30"] == "people|injured"
    assert keys["at least six"] == "rockets|count"
    keys = _keys("Officials said 12 people were hurt when three trams collided near the depot.")
    assert keys["12"] == "people|injured"
    assert keys["three"] == "trams|count"


def test_figure_after_the_subordinator_keeps_its_own_event() -> None:
    keys = _keys("Two men were arrested after 40 protesters were injured in clashes.")
    assert keys["40"] == "protesters|injured"
    assert keys["Two"] == "men|arrested"
    # "after" inside the noun phrase of a running count is no clause of its own
    keys = _keys("The number of people taken to hospital after the blast has risen to 31.")
    assert keys["31"] == "people|hospitalized"


def test_plain_coordinated_tolls_are_unchanged() -> None:
    keys = _keys("Rebels killed 12 villagers and wounded 30 in the attack.")
    assert keys["12"].endswith("|killed")
    assert keys["30"].endswith("|injured")
