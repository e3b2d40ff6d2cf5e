"""Round 37: one sum of money, one key, named by its money noun in the singular -- "debts
of 2.3 billion euros" is the debt whatever the clause's subject ("The company has debts
of ..." was ``company|amount|money``), "debts" and "debt" are one noun, a loss of money
is a loss (not the toll class ``casualties``), and a qualifier of the noun keeps another
sum apart ("insured losses")."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _key(text: str) -> str:
    (claim,) = [c for c in extract_claims(text) if c.unit == "EUR"]
    return claim.metric


def test_noun_before_of_names_the_sum_not_the_subject() -> None:
    keys = {
        _key("Ostmark Homes filed for insolvency with debts of 2.3 billion euros."),
        _key("The company has debts of 2.3 billion euros, the administrator said."),
        _key("Ostmark Homes filed for insolvency with debt of 2.3 billion euros."),
        _key("The administrator put the debt at 3.1 billion euros."),
        _key("The administrator put the debts at 3.1 billion euros."),
    }
    assert keys == {"debt|amount|money"}


def test_a_loss_of_money_is_a_loss_level() -> None:
    keys = {
        _key("The company reported losses of 500 million euros."),
        _key("The company reported a loss of 500 million euros."),
        _key("The ministry put the loss to growers at 3 million euros."),
    }
    assert keys == {"loss|amount|money"}


def test_a_qualifier_keeps_another_sum_apart() -> None:
    insured = _key("The insurers put insured losses at 1.2 billion euros.")
    assert insured.startswith("insured loss|")
    assert _key("The insurers said the insured loss is 22 million euros.").startswith(
        "insured loss|"
    )
    assert _key("The company reported a net loss of 500 million euros.") == (
        "net loss|amount|money"
    )


def test_other_words_before_the_noun_are_not_kept() -> None:
    assert _key("The storm caused damage of 85 million euros.") == "damage|amount|money"
    assert _key("The company has costs of 6 million euros.") == "cost|cost|money"


def test_damages_awarded_stay_apart_from_damage() -> None:
    assert _key("The court awarded damages of 2 million euros.").startswith("damages|")
