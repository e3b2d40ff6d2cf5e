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
