"""Round 54 (p54): a part of the counted people with a verb of its own -- a new act done
to it (released, discharged, charged, convicted) -- is a quantity of its own, keyed by
the act rather than by the role the whole already has."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims


def metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


@pytest.mark.parametrize(
    ("text", "figure", "act"),
    [
        (
            "Thirteen of the injured have since been discharged, the clinic said.",
            "Thirteen",
            "discharged",
        ),
        ("Nine of the protesters held overnight were later freed on bail.", "Nine", "released"),
        ("A judge released 17 of the fishermen detained at the port.", "17", "released"),
        ("Eleven of the suspects have been convicted of fraud.", "Eleven", "convicted"),
    ],
)
def test_a_part_with_a_new_act_is_keyed_by_the_act(text: str, figure: str, act: str) -> None:
    assert metrics(text)[figure].split("|")[-1] == act


def test_people_held_then_charged_count_the_accused() -> None:
    got = metrics("Prosecutors said 23 men detained after the riot had been charged.")
    assert got["23"] == "men|charged"


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # no act of its own: the whole's role
        ("Four of the dead were teenagers, the coroner said.", "Four", "people|killed"),
        # the whole in "N of the M ...": the role it has, not the part's act
        ("Six of the 30 people arrested have been charged.", "30", "people|arrested"),
        # past the whole's role, an act with no count of its own leaves the role
        ("Two women arrested on Friday have been released.", "Two", "women|arrested"),
    ],
)
def test_no_new_act_keeps_the_role(text: str, figure: str, key: str) -> None:
    assert metrics(text)[figure] == key


def test_all_but_a_part_is_no_part_acted_on() -> None:
    got = metrics("Officials said all but three of the sailors seized had been freed.")
    assert not got["three"].endswith("|released")


@pytest.mark.parametrize(
    ("text", "figure", "act"),
    [
        (
            "Twenty-six patients have since been discharged from the ward.",
            "Twenty-six",
            "discharged",
        ),
        ("Police said 14 protesters were later released without charge.", "14", "released"),
    ],
)
def test_a_count_read_by_the_same_act_shares_its_key(text: str, figure: str, act: str) -> None:
    assert metrics(text)[figure].split("|")[-1] == act


def test_a_role_with_no_act_is_unchanged() -> None:
    assert metrics("Police said 14 protesters were injured.")["14"] == "protesters|injured"
