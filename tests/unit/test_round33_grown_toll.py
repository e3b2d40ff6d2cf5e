"""Round 33: in an article that says its sources disagree about something, a toll grown
past an older article's figure days later is the toll as it now stands, unless the article
restates that older figure as a figure of the key (then it sets the two side by side)."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0


def test_a_grown_toll_days_later_is_no_side_of_the_quarrel() -> None:
    # "which killed seven people on June 14, prosecutors said" three days after the health
    # authority's four; "four" turns up in the article only as "the first four victims"
    _, out = feed(
        [
            (claim(4, source="regional health authority", property="killed"), art(1), 0.0),
            (
                claim(7, source="prosecutors", property="killed"),
                art(2),
                3 * DAY,
                {"quarrelling": True, "article_values": [4.0, 7.0, 800.0]},
            ),
        ]
    )
    assert out[1] == ["update"]


def test_an_older_figure_the_article_restates_is_still_the_other_side() -> None:
    # "City hall repeated that about 40 people were unaccounted for. But the residents'
    # committee ... said at least 70 people were missing" (a day later)
    quarrel = {"quarrelling": True, "article_values": [40.0, 70.0]}
    _, out = feed(
        [
            (claim(40, source="city hall", property="missing"), art(1), 0.0),
            (claim(40, source="city hall", property="missing"), art(2), DAY, quarrel),
            (claim(70, source="residents' committee", property="missing"), art(2), DAY, quarrel),
        ]
    )
    assert out[2] == ["contradiction"]
