"""Round 55 (n55): figures nobody wants -- first figures that are the story's setting,
not its news.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic import ledger


def _c(text: str, quote: str, value: float, prop: str = "count") -> dict[str, object]:
    return {"text": text, "quote": quote, "value": value, "property": prop, "bound": "exact"}


def test_what_a_place_or_body_usually_does_is_no_first_figure() -> None:
    for text, quote, value in [
        ("about 25,000", "The harbour festival draws about 25,000 visitors every August.", 25000),
        ("some 900", "The shelter normally feeds some 900 people on a winter night.", 900),
        ("about 3 million euros", "The fund pays about 3 million euros a year to growers.", 3e6),
        ("up to 400", "The old ferry carries up to 400 cars on each crossing.", 400),
        ("about 6,000", "A full division numbers about 6,000 soldiers, analysts say.", 6000),
        ("roughly 70", "The depot, which holds roughly 70 buses, was not damaged.", 70),
    ]:
        assert ledger.usual_activity(_c(text, quote, value)), quote


def test_what_happened_or_what_it_now_does_is_still_news() -> None:
    for text, quote, value in [
        # what it costs now is the story's price
        ("5 marks", "A loaf of bread now costs 5 marks in the city's shops.", 5),
        # a past event, not a habit
        ("about 300", "The storm cost the airline about 300 flights.", 300),
        ("120", "Rescuers carried 120 people to safety on Monday.", 120),
        # a verb of saying before the figure
        ("40", "The agency says 40 homes were flooded overnight.", 40),
        ("12", "Police said 12 people were held after the match.", 12),
    ]:
        assert not ledger.usual_activity(_c(text, quote, value)), quote


def test_a_capitalised_verb_is_a_name() -> None:
    quote = "Regulators fined Brandt Feeds 2 million marks over the spoiled grain."
    assert not ledger.usual_activity(_c("2 million marks", quote, 2e6, "amount"))


def _long(text: str, quote: str, value: float, metric: str, start: int) -> dict[str, object]:
    c = _c(text, quote, value)
    c.update(metric=metric, start=start, unit=None)
    return c


def test_a_count_of_the_setting_in_the_body_is_no_first_figure() -> None:
    for text, quote, value in [
        ("85", "Ostrel Systems, a small firm with 85 engineers, wrote the software.", 85),
        ("9", "A field kitchen was set up with 9 cooks behind the stadium.", 9),
        ("about 70", "The operation involved about 70 customs officers and dogs.", 70),
        ("14", "The charity runs clinics across 14 villages in the valley.", 14),
    ]:
        c = _long(text, quote, value, "things|count", 600)
        assert ledger.setting_count(c), quote
        assert not ledger.in_lede(c, None, reach=3000, first_par_end=200), quote


def test_a_count_told_as_news_or_a_load_on_board_is_still_news() -> None:
    for text, quote, value in [
        # the load at the time is the event's
        ("180", "The ferry sailed with 180 passengers on board.", 180),
        # no setting word before the count
        ("310", "The agency said 310 homes had been flooded.", 310),
    ]:
        c = _long(text, quote, value, "things|count", 600)
        assert not ledger.setting_count(c), quote
        assert ledger.in_lede(c, None, reach=3000, first_par_end=200), quote
    # a count keyed by what befell it is no plain count
    c = _long(
        "40", "Police said the raid ended with 40 people arrested.", 40, "people|arrested", 600
    )
    assert not ledger.setting_count(c)


def test_an_amount_per_unit_in_the_body_is_a_term_of_the_story() -> None:
    quote = "Each household will get an advance of 3,000 crowns per household, it said."
    c = _long("3,000 crowns", quote, 3000, "advance|amount|per household|money", 600)
    assert ledger.per_unit_figure(c)
    assert not ledger.in_lede(c, None, reach=3000, first_par_end=200)
    # a flow per unit of time is no per-unit amount
    quote = "The works are costing the port about 2 million crowns a day, it said."
    c = _long("about 2 million crowns", quote, 2e6, "works|cost|per day|money", 600)
    assert not ledger.per_unit_figure(c)
    assert ledger.in_lede(c, None, reach=3000, first_par_end=200)


def test_a_later_item_of_a_list_of_counts_is_an_inventory() -> None:
    for text, quote, value in [
        ("250", "Customs seized 30 rifles, 250 phones and a van at the depot.", 250),
        ("12", "He said 90 volunteers and 12 boats were searching the bay.", 12),
        ("7,000", "The group has about 300 shops and 7,000 staff.", 7000),
    ]:
        c = _long(text, quote, value, "things|count", 600)
        assert ledger.listed_after(c), quote
        assert not ledger.in_lede(c, None, reach=3000, first_par_end=200), quote


def test_the_first_item_or_a_part_of_a_whole_is_no_later_item() -> None:
    for text, quote, value in [
        ("30", "Customs seized 30 rifles, 250 phones and a van at the depot.", 30),
        ("5", "Of the 16 climbers, 5 were flown to hospital.", 5),
    ]:
        c = _long(text, quote, value, "things|count", 600)
        assert not ledger.listed_after(c), quote
