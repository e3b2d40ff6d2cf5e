"""Counted nouns: words that are never counted nouns (days, adverbs, administrative
adjectives, reporting verbs) are dropped; toll words do not split a group's key;
synonym families share one key (cars/vehicles; homes/customers/households without power)."""

from __future__ import annotations

import pytest

from claimlogic.brain import _story_nationality
from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def by_value(text: str) -> dict[float | None, Claim]:
    return {c.value: c for c in extract_claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        '"We counted them ourselves. There were nineteen," the official said.',
        "The union said 52 on Tuesday were still being held.",
    ],
)
def test_non_count_words_are_never_the_counted_noun(text: str) -> None:
    for c in extract_claims(text):
        assert c.about not in ("there", "tuesday")
        if c.about is None:
            assert "?" in c.metric  # nothing says what is counted: recorded, never alerted


def test_a_trailing_adverb_is_dropped() -> None:
    c = by_value("Outages peaked at 691,000 customers overnight, the utility said.")
    assert c[691000].about == "customers without power"


def test_toll_words_do_not_split_a_group() -> None:
    a = by_value("A hospital in Pemba said it was treating 14 wounded soldiers.")
    b = by_value("The army said 16 soldiers were wounded in the attack.")
    assert a[14].metric == b[16].metric == "troops|injured"


def test_cars_and_vehicles_are_one_quantity() -> None:
    a = by_value("Police said 52 cars had been involved in the pileup.")
    b = by_value("Police said 34 vehicles had been involved in the pileup.")
    assert a[52].metric == b[34].metric == "vehicles|count"


@pytest.mark.parametrize(
    "text",
    [
        "Storms left about 120,000 homes and businesses without power on Monday.",
        "About 64,000 Ausgrid customers remained without power on Tuesday.",
        "The number of customers without electricity fell to 18,000 on Wednesday.",
        "Power outages peaked at 150,000 households overnight.",
        "More than 180,000 Hydro-Québec customers were without power on Thursday.",
    ],
)
def test_outage_counts_share_one_key(text: str) -> None:
    (c,) = [c for c in extract_claims(text) if c.value and c.value >= 1000]
    assert c.metric == "customers without power|count"


def test_restored_customers_are_not_an_outage() -> None:
    c = by_value("Crews restored electricity to more than 400,000 customers since Monday.")
    assert c[400000].metric != "customers without power|count"


def test_homes_destroyed_are_not_an_outage() -> None:
    c = by_value("The quake destroyed 3,480 homes, the agency said.")
    assert c[3480].metric != "customers without power|count"


def test_story_key_with_or_without_nationality() -> None:
    assert _story_nationality(["nigerian troops|killed"], "troops|killed") == (
        "nigerian troops|killed"
    )
    assert _story_nationality(["troops|killed"], "nigerian troops|killed") == "troops|killed"
    # two nationalities in one story: ambiguous, keep the claim's own key
    both = ["russian troops|killed", "north korean troops|killed"]
    assert _story_nationality(both, "troops|killed") is None
    assert _story_nationality(["troops|injured"], "nigerian troops|killed") is None
