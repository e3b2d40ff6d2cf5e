"""Round 74: wanted contradictions raised as nothing -- two rival readings of one article.

Rules (ledger ``rivals.py``):

* ``time_left_unsaid`` (asked by ``decide`` when ``rivals_comparable`` refuses a pair the
  article already sets side by side as rival readings): a time read on one side only is
  the other side's left unsaid ("cost the town 8 million crowns during last month's
  storms ... the opposition said the true cost was 13 million"), unless it names a year
  outside the speaker's relative clause or is a rate ("each day").
* ``figure_named`` (read by ``rival_in_article``): a figure given as the value of the
  quantity the article already named ("said the figure was 9,000", "put the figure far
  higher, at 520,000") needs no words around it that say again what is counted, and the
  words of change before that name belong to another clause.
"""

from __future__ import annotations

from claimlogic.ledger.rivals import figure_named, time_left_unsaid
from tests.unit.streams import article_alerts, figure_in


def _contradicts(text: str, figure: str) -> bool:
    alerts = article_alerts(text, title="Story", published_at="2041-03-04T12:00:00Z")
    return any(k == "contradiction" and t == figure for k, t, _ in alerts)


def test_a_period_the_answering_side_leaves_unsaid() -> None:
    text = (
        "HALBY, March 4 (Coast Wire) - Halby's flood pumping during last month's storms cost "
        "the town 8 million crowns, the treasury office said on Tuesday, while the opposition "
        "said the true cost was 13 million crowns once overtime was counted."
    )
    assert _contradicts(text, "13 million crowns")


def test_a_year_in_the_speakers_relative_clause_dates_the_speaker() -> None:
    text = (
        "HALBY, March 4 (Coast Wire) - The harbour authority said 300 boats were damaged. The "
        "fishermen's association, which has kept records since 2029, disputed the figure, "
        "saying its members had counted 520 damaged boats."
    )
    assert _contradicts(text, "520")


def test_time_left_unsaid_keeps_years_and_rates_apart() -> None:
    plain = {"time": None, "unit": None}
    assert time_left_unsaid({"time": "last month", "unit": None}, plain)
    assert time_left_unsaid({"time": "for 2041", "unit": None}, {"time": "in 2041"})
    # a year names an occasion or a span of years the other count need not share
    said = "The club said 520 boats had been damaged since 2029."
    assert not time_left_unsaid(figure_in(said, "520", time="since 2029"), plain)
    assert not time_left_unsaid({"time": "in 2040", "unit": None}, {"time": "in 2041"})
    # a rate is no time scope; nor is there anything to leave unsaid without a time
    assert not time_left_unsaid({"time": "each day", "unit": None}, plain)
    assert not time_left_unsaid(plain, plain)
    # what is left of a state is another quantity than a count
    left = "The ministry said all but four of the villagers seized last month had been freed."
    assert not time_left_unsaid(plain, figure_in(left, "four", time="last month"))
    assert time_left_unsaid(plain, {"time": "last month", "unit": None})


def test_a_figure_given_as_the_value_of_the_named_quantity() -> None:
    text = (
        "ORSK, May 3 (Lake Wire) - The lottery board said 4,200 people had signed up for its "
        "self-ban scheme since the launch. The Gamblers' Help Trust, which runs the helpline, "
        "said the figure was 9,000. Neither side explained the discrepancy."
    )
    assert _contradicts(text, "9,000")


def test_words_of_change_before_the_named_quantity_are_the_other_clause() -> None:
    lead = (
        "ORSK, May 3 (Lake Wire) - The number of households that have switched to the new "
        "tariff rose to 310,000 in its second week, the power company said, but a rival survey "
        "published the same day "
    )
    assert _contradicts(lead + "put the figure far higher, at 520,000.", "520,000")
    # the move told of the rival figure itself: no reading against the other
    assert not _contradicts(lead + "said it rose to 520,000.", "520,000")


def test_figure_named_cues() -> None:
    def at(quote: str, text: str) -> int | None:
        return figure_named(figure_in(quote, text))

    assert at("The trust said the figure was 9,000.", "9,000") == quote_at(
        "The trust said the figure was 9,000.", "the figure"
    )
    assert at("Police put the number of marchers at 7,000.", "7,000") is not None
    assert at("The trust said the true figure was at least 9,000.", "9,000") is not None
    assert at("The trust said 9,000 people had called it.", "9,000") is None
    assert at("The figure was revised, and 9,000 people called.", "9,000") is None


def quote_at(quote: str, words: str) -> int:
    """Where ``words`` start in ``quote``."""
    return quote.index(words)
