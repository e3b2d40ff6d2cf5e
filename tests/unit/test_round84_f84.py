"""Round 84 (f84): figures the extractor read as one of the story's quantities, or under
no noun at all, when their own wording says otherwise.

* an average or typical figure read as a level ("the average fine was 1,300 marks") is a
  yardstick of many, not one quantity of the story: a key of its own;
* the price or worth of one unit ("A grown goat is worth about 900 lari", "A pump can
  cost as little as 40 dollars") joins round 46's price of one: a key of its own;
* a part of an owner's roll in the possessive ("2,700 of its members' claims") counts
  the thing owned, the claims, not the members: the key the same count without the
  owners would take.

Invented names, places and values."""

from __future__ import annotations

import pytest

from tests.unit.reading import claim_of, has_own_key


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Most paid fines; the average fine was 1,300 marks.", "1,300 marks"),
        (
            "The insurer said the average flood claim in the valley was about 270,000 pesos.",
            "about 270,000 pesos",
        ),
        ("Tavrix's average customer deposit was about 410 euros.", "about 410 euros"),
        (
            "The typical payout to a farm stood at 8,200 francs, the fund said.",
            "8,200 francs",
        ),
    ],
)
def test_an_average_read_as_a_level_is_a_key_of_its_own(text: str, figure: str) -> None:
    assert has_own_key(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A grown goat is worth about 900 lari, the herders said.", "about 900 lari"),
        ("A hand pump can cost as little as 40 dollars to install.", "40 dollars"),
        (
            "A rescue flight costs on average about 95,000 euros, the agency said.",
            "about 95,000 euros",
        ),
    ],
)
def test_the_price_of_one_unit_is_a_key_of_its_own(text: str, figure: str) -> None:
    assert has_own_key(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a move of an average level the story tracks is no reading "was / is"
        ("The average price of bread rose to 3.10 marks in March.", "3.10 marks"),
        # the story's own sums and their worth keep their keys
        ("The storm caused damage worth 45 million euros, the insurers said.", "45 million euros"),
        (
            "The repairs will cost about 2 million dollars, the council said.",
            "about 2 million dollars",
        ),
        ("The average family received 6,000 lari in aid.", "6,000 lari"),
    ],
)
def test_look_alikes_keep_their_key(text: str, figure: str) -> None:
    assert not has_own_key(text, figure)


def test_a_possessive_roll_counts_the_thing_owned() -> None:
    union = "The Pellow Growers' Union says 2,700 of its members' claims have been rejected."
    insurer = "The insurer said 1,900 claims had been rejected."
    assert claim_of(union, "2,700").metric == claim_of(insurer, "1,900").metric == "claims|count"
    boats = "The guild said 9 of its members\u2019 boats had been seized since May."
    assert claim_of(boats, "9").metric.split("|")[0] == "boats"


def test_a_part_of_the_roll_itself_keeps_no_noun() -> None:
    # round 69: "N of its members" is told only by its verb (no earlier people noun here)
    assert has_own_key("The union said 730 of its members were on strike.", "730")
    # an apostrophe that is no possessive of a plural owner changes nothing
    assert has_own_key("The guild said 40 of its members 'had left'.", "40")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The agency aimed to carry out 3,200 inspections in 2046.", "3,200"),
        ("The council aims to test 7,500 wells before the winter.", "7,500"),
        ("The ministry aims for 4,000 in the full year.", "4,000"),
        ("The drive fell short of its aim of 1,100 visits by May.", "1,100"),
        ("The clean-up ended short of its goal of 12 bodies.", "12"),
        ("The minibus, licensed to carry 14 passengers, had 29 people on board.", "14"),
    ],
)
def test_an_aim_or_a_licensed_load_is_a_key_of_its_own(text: str, figure: str) -> None:
    assert has_own_key(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an act done, a plan told as news, a load carried: the story's own counts
        ("The gang had targeted 70 warehouses since the spring.", "70"),
        ("The bank confirmed plans to cut 2,400 jobs over two years.", "2,400"),
        ("The minibus, licensed to carry 14 passengers, had 29 people on board.", "29"),
    ],
)
def test_look_alikes_of_an_aim_keep_their_key(text: str, figure: str) -> None:
    assert not has_own_key(text, figure)
