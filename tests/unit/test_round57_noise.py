"""Round 57 (n57): false first figures that transfer -- what a clause describes, a
limit, a span of time, a count that stayed, a sum for each of many.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic import ledger


def _c(
    text: str, quote: str, value: float, metric: str = "things|count", prop: str = "count"
) -> dict[str, object]:
    return {
        "text": text,
        "quote": quote,
        "value": value,
        "property": prop,
        "bound": "exact",
        "metric": metric,
        "unit": None,
    }


def test_an_apposition_between_subject_and_usual_verb() -> None:
    for text, quote, value in [
        ("about 9,000", "The market, open every Sunday since 1952, draws about 9,000 buyers.", 9e3),
        (
            "about 70 million crowns",
            "Tormund, the smallest, receives about 70 million crowns.",
            7e7,
        ),
    ]:
        assert ledger.usual_activity(_c(text, quote, value)), quote
    # a comma after "now" is still what it does now
    quote = "The stall, now, costs 5 marks a day to rent."
    assert not ledger.usual_activity(_c("5 marks", quote, 5))


def test_a_relative_clause_in_the_present_describes_its_noun() -> None:
    for text, quote, value in [
        ("about 40,000", "Inspectors searched the depots, which hold about 40,000 crates.", 4e4),
        (
            "1.3 million",
            "Veldwater, which already supplies 1.3 million homes, said it was sorry.",
            1.3e6,
        ),
        ("86", "The three firms, which together run 86 ferries, were fined.", 86),
        (
            "200,000 crowns",
            "The Harbour Cup, which carries a purse of 200,000 crowns, was cancelled.",
            2e5,
        ),
        (
            "4 million marks",
            "The portal, which cost 4 million marks to build, crashed at noon.",
            4e6,
        ),
    ]:
        assert ledger.relative_present(_c(text, quote, value)), quote


def test_a_relative_clause_of_an_event_is_still_news() -> None:
    for text, quote, value in [
        ("14", "The blast, which killed 14 people, was heard across the bay.", 14),
        ("30", "The storm, which hit 30 villages overnight, has moved north.", 30),
        ("about 5,000", "The recall, which covers about 5,000 cars, began on Monday.", 5000),
        # a past cost with no making: the clause's event
        ("3 billion euros", "The flood, which cost insurers 3 billion euros, was the worst.", 3e9),
        # no relative clause
        ("40,000", "Inspectors said the depots hold 40,000 crates.", 4e4),
    ]:
        assert not ledger.relative_present(_c(text, quote, value)), quote


def test_a_limit_or_a_legal_maximum_is_no_first_figure() -> None:
    for text, quote, value in [
        ("15 litres", "Filling stations limited sales to 15 litres a customer.", 15),
        ("100 euros", "Banks are limiting withdrawals to the equivalent of 100 euros a day.", 100),
        ("5,000", "The race is capped at 5,000 runners this year.", 5000),
        (
            "up to 800,000 marks",
            "Firms that break the rule face fines of up to 800,000 marks.",
            8e5,
        ),
        ("about 90 million", "The maximum possible fine was about 90 million ducats.", 9e7),
    ]:
        assert ledger.limit_figure(_c(text, quote, value)), quote


def test_a_fine_imposed_is_still_news() -> None:
    for text, quote, value in [
        ("40 million pesos", "The regulator imposed a fine of 40 million pesos on the mill.", 4e7),
        ("12 million euros", "The agency said it would seek a fine of 12 million euros.", 1.2e7),
        ("3,000", "Police limited themselves to questioning 3,000 fans.", 3000),
    ]:
        assert not ledger.limit_figure(_c(text, quote, value)), quote


def test_a_count_of_time_is_no_first_figure() -> None:
    for metric in ("nights|count", "extra days|count", "harvests|count", "times|count"):
        assert ledger.time_count(metric), metric
    for metric in ("people|killed", "rounds|count", "hours|amount|money", "crates|count"):
        assert not ledger.time_count(metric), metric


def test_a_count_that_stayed_is_no_first_figure() -> None:
    for text, quote, value in [
        ("six", "The official death toll remained at six.", 6),
        ("48", "The company said the total remained 48.", 48),
        ("17", "The number of boats sunk stood at 17, unchanged, the navy said.", 17),
    ]:
        assert ledger.unchanged_count(_c(text, quote, value, "people|killed")), quote
    # a price that held is the price board's news; a count that rose is news
    quote = "Diesel was unchanged at 98.40 shillings."
    assert not ledger.unchanged_count(_c("98.40 shillings", quote, 98.4, "diesel|price|money"))
    quote = "The death toll rose to 9, officials said."
    assert not ledger.unchanged_count(_c("9", quote, 9, "people|killed"))


def test_a_sum_for_each_of_many_is_a_side_figure_in_the_body() -> None:
    for text, quote, value in [
        ("40 crowns", "The utility offered 40 crowns for each affected household.", 40),
        ("60 pounds", "The firm would pay 60 pounds to each customer it had overcharged.", 60),
        ("up to 9,000", "Buyers paid up to 9,000 talers each for the fake permits.", 9000),
        ("30,000 rupees", "Compensation of 30,000 rupees for the family of each victim.", 3e4),
    ]:
        c = _c(text, quote, value, "payment|amount|money", "amount")
        c["start"] = 900
        assert ledger.per_unit_figure(c), quote
        assert not ledger.in_lede(c, None, reach=3000, first_par_end=200), quote
    for text, quote, value in [
        # "each other", another clause's "each", a whole with a price each
        ("five", "Police were checking whether the five fires were linked to each other.", 5),
        ("8 million", "The fund held 8 million pounds and that each family had been paid.", 8e6),
        ("40 million", "The bank sold 40 million shares at 12 francs each.", 4e7),
    ]:
        c = _c(text, quote, value)
        c["start"] = 900
        assert not ledger.per_unit_figure(c), quote


def test_each_of_many_as_the_subject_is_a_side_figure_in_the_body() -> None:
    for text, quote, value in [
        ("300 dollars", "Each household receives a one-off grant of 300 dollars.", 300),
        ("up to 90", "Two barges, hired from a river firm, each carry up to 90 cars.", 90),
    ]:
        c = _c(text, quote, value, "grant|amount|money", "amount")
        c["start"] = 900
        assert ledger.per_unit_figure(c), quote
    # "each of" a whole, or an "each" in an earlier clause, is not the subject
    for text, quote, value in [
        ("12", "Each of the two boats was searched, and 12 people were detained.", 12),
        ("400", "Each side said 400 prisoners would be freed.", 400),
    ]:
        c = _c(text, quote, value)
        c["start"] = 900
        assert not ledger.per_unit_figure(c), quote


def test_a_price_or_pay_named_by_its_noun_is_a_side_figure_in_the_body() -> None:
    for text, quote, value in [
        ("450 rupees", "Weavers earn a daily wage of 450 rupees.", 450),
        (
            "about 2,000 dollars",
            "The adverts promised salaries of about 2,000 dollars a month.",
            2e3,
        ),
        ("95 euros", "Day tickets cost 95 euros this year.", 95),
        ("about 600 pounds", "The flats' council rent is about 600 pounds.", 600),
    ]:
        c = _c(text, quote, value, "wage|amount|money", "amount")
        c["start"] = 900
        assert ledger.price_term(c), quote
        assert not ledger.in_lede(c, None, reach=3000, first_par_end=200), quote
    for text, quote, value in [
        ("40 million euros", "The firm was fined 40 million euros over the prices.", 4e7),
        ("300", "The ticket office said 300 fans were turned away.", 300),
    ]:
        c = _c(text, quote, value, "fans|count")
        c["start"] = 900
        assert not ledger.price_term(c), quote


def test_the_threshold_of_a_class_is_no_first_figure() -> None:
    for text, quote, value in [
        ("three or more", "The bank counted customers who had missed three or more payments.", 3),
        ("20", "Eggs were sold in trays of 20 or more to the wholesalers.", 20),
    ]:
        assert ledger.limit_figure(_c(text, quote, value)), quote
    quote = "Police said 20 or so people had gathered outside the court."
    assert not ledger.limit_figure(_c("20", quote, 20))


def test_who_made_a_count_is_no_first_figure() -> None:
    for text, quote, value in [
        ("40", "The census, carried out by 40 volunteers over a weekend, found 600 tents.", 40),
        ("more than 30", "Vets visited more than 30 stables over the past week.", 30),
        ("250", "Reporters spoke to residents of 250 flats in the estate.", 250),
        ("800", "The figure came from a survey in which 800 growers answered questions.", 800),
    ]:
        assert ledger.method_count(_c(text, quote, value)), quote
    for text, quote, value in [
        ("around 60", "The raid was carried out by around 60 gunmen, the army said.", 60),
        ("40", "Police said 40 people were questioned after the fire.", 40),
    ]:
        assert not ledger.method_count(_c(text, quote, value)), quote


def test_the_size_of_a_thing_is_no_first_figure() -> None:
    def m(text: str, quote: str, value: float, unit: str, metric: str) -> dict[str, object]:
        c = _c(text, quote, value, metric)
        c["unit"] = unit
        return c

    for c in [
        m(
            "about 300 kilograms",
            "Divers said it carried a payload of about 300 kilograms.",
            300,
            "kg",
            "payload|count|mass",
        ),
        m(
            "about 2,000 square kilometres",
            "The Orm Flats, a marsh of about 2,000 square kilometres, are protected.",
            2000,
            "km2",
            "marsh|count|area",
        ),
        m(
            "40 centimetres",
            "Engineers found a crack 40 centimetres long in the beam.",
            40,
            "cm",
            "crack|distance|length",
        ),
    ]:
        assert ledger.measured_size(c), c["quote"]
    for c in [
        # an amount acted on, a share, a sum of money
        m(
            "1,500 tonnes",
            "The agency ordered the recall of 1,500 tonnes of flour.",
            1500,
            "t",
            "flour|count|mass",
        ),
        m(
            "4 percent",
            "The bank forecast a rise of 4 percent.",
            4,
            "%",
            "prices|share|ratio",
        ),
        m(
            "9,000 tonnes",
            "Crews have removed 9,000 tonnes of oil.",
            9000,
            "t",
            "oil|count|mass",
        ),
    ]:
        assert not ledger.measured_size(c), c["quote"]


def test_a_known_rest_is_no_first_figure() -> None:
    for text, quote, value in [
        ("14", "The remaining 14 crates were sealed and sent to the lab.", 14),
        ("2 million marks", "The extra 2 million marks will come from the reserve.", 2e6),
        ("four", "Police have caught the last four men who fled the camp.", 4),
    ]:
        assert ledger.presupposed_rest(_c(text, quote, value)), quote
    for text, quote, value in [
        ("14", "Another 14 crates were found on Tuesday.", 14),
        ("2 million marks", "The town will spend an extra 2 million marks on roads.", 2e6),
    ]:
        assert not ledger.presupposed_rest(_c(text, quote, value)), quote


def test_a_price_of_one_thing_is_a_side_figure_in_the_body() -> None:
    for text, quote in [
        ("40 euros", "Touts were selling seats in the stands for 40 euros a match."),
        ("about 700 dollars", "Smugglers charged about 700 dollars one way."),
    ]:
        c = _c(text, quote, 40, "seats|amount|money", "amount")
        c["start"] = 900
        assert ledger.per_unit_figure(c), quote
    for text, quote in [
        ("about 2 million euros", "The repairs cost about 2 million euros a week."),
        ("12 million euros", "The state approved 12 million euros for a relief scheme."),
        ("40", "Police stopped 40 a night at the border."),
    ]:
        c = _c(text, quote, 40, "repairs|cost|money", "cost")
        c["start"] = 900
        assert not ledger.per_unit_figure(c), quote
