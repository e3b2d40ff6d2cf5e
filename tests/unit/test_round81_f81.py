"""Round 81 (f81): standing rates, standing holdings and prices of one unit read by the
extractor as background, a key of its own (``about?digest``), never announced.

Invented names, places and values."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims


def _metric(text: str, figure: str) -> str:
    for c in extract_claims(text):
        if c.text == figure:
            return c.metric
    raise AssertionError(f"{figure!r} not read in {text!r}")


def _own(text: str, figure: str) -> bool:
    return "?" in _metric(text, figure).split("|")[0]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tarnwick Motors builds about 1,300 vans a day at its Ollen plant.", "about 1,300"),
        ("The poison centre records about 170 cases a year, most of them children.", "about 170"),
        ("Its volunteers serve about 450 meals a day from two kitchens.", "about 450"),
        ("Tenants in the block say they pay around 1,250 florins a month.", "around 1,250 florins"),
        (
            "Brinmouth is the main fish port, handling about 90,000 tonnes a year.",
            "about 90,000 tonnes",
        ),
        ("Rents in the estate average 520 euros a month.", "520 euros"),
    ],
)
def test_standing_rate_is_its_own_key(text: str, figure: str) -> None:
    assert _own(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a modal, "to", "now" or a form of "be" before the verb: the story's own pace
        ("The ministry would pay hotels 95 dollars a night for each stranded guest.", "95 dollars"),
        ("The mill plans to process 400,000 litres a day by spring.", "400,000 litres"),
        ("The ferry now carries about 7,000 commuters a day.", "about 7,000"),
        ("The works is producing about 6,000 shells a month.", "about 6,000"),
        # past and progressive: the story's days
        ("The plant was processing 110,000 barrels a day on Friday.", "110,000 barrels"),
        # what the event costs a year is the story's figure
        ("The operator says fare dodging costs it 38 million crowns a year.", "38 million crowns"),
        # a noun, not a verb: "imports worth"
        (
            "The tariff covers timber imports worth about 2 billion florins a year.",
            "about 2 billion florins",
        ),
        # no rate after the figure
        ("Tarnwick Motors builds about 1,300 vans at its Ollen plant.", "about 1,300"),
    ],
)
def test_not_a_standing_rate(text: str, figure: str) -> None:
    assert not _own(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The district hospital has 310 beds and two theatres.", "310"),
        ("The town's hotels offer about 8,200 rooms in the summer.", "about 8,200"),
        ("The clinic's director said the building has 180 beds.", "180"),
        ("The lender has 2.3 billion pesos in cash, its chief said.", "2.3 billion pesos"),
    ],
)
def test_holding_is_its_own_key(text: str, figure: str) -> None:
    assert _own(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The shelter now has 64 beds for the evacuees.", "64"),
        ("Westharbour still has 21,000 beds in holiday lets.", "21,000"),
        ("The hospital has 42 beds free, the director said.", "42"),
        ("The hospital has 57 patients from the crash.", "57"),
        ("Shippers have 35 vessels waiting outside the port.", "35"),
        ("The small town has 4,100 residents.", "4,100"),
    ],
)
def test_not_a_holding(text: str, figure: str) -> None:
    assert not _own(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Each lost working day, the chamber estimates, costs the valley about 4 million "
            "marks in wages.",
            "about 4 million marks",
        ),
        (
            "Replacing a meter costs a utility about 90 dollars, the regulator said.",
            "about 90 dollars",
        ),
        ("A crate bought for 3 florins at the docks fetches 11 florins in town.", "11 florins"),
        ("A day ticket costs 12 euros.", "12 euros"),
    ],
)
def test_price_of_one_is_its_own_key(text: str, figure: str) -> None:
    assert _own(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A landslide at the quarry cost the owner 6 million euros.", "6 million euros"),
        ("A loaf of bread now costs 4 marks in the town's shops.", "4 marks"),
    ],
)
def test_not_a_price_of_one(text: str, figure: str) -> None:
    assert not _own(text, figure)


def test_relative_clause_keeps_the_story_key() -> None:
    # round 35's hospital "which has 300 beds" keeps its key: a later report finds it there
    assert _metric("Six were taken to the valley hospital, which has 220 beds.", "220") == (
        "beds|count"
    )
