"""Round 86 review fix (fn86): n86's framing cues narrowed.

``framing.place_size`` no longer reads an ongoing event's area ("The wildfire now covers
about 9,000 hectares"), ``framing.set_term`` no longer reads a transfer fee, a bare "a
maximum / minimum of" or an outbreak's rate per head, ``framing.survey_base`` no longer
reads "records were broken at", and ``framing.others_figure`` needs a body or a name as the
owner ("The country's total of", "Tuesday's tally of" are no other body's figure).  The
rules' own examples still hold.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.ledger import framing
from tests.unit.streams import figure_in


def _claim(quote: str, text: str, metric: str = "things|count") -> dict[str, Any]:
    return dict(figure_in(quote, text), metric=metric)


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        # the review's counter-examples: an ongoing event's area is its headline quantity
        (
            "The wildfire now covers about 9,000 hectares and is only 10 percent contained.",
            "about 9,000 hectares",
            False,
        ),
        (
            "The oil slick spans roughly 40 square kilometres.",
            "roughly 40 square kilometres",
            False,
        ),
        ("The lake now covers about 420 square kilometres.", "about 420 square kilometres", False),
        # the rule's own: the lie of the land
        (
            "Kasonde Valley covers about 9,000 square kilometres.",
            "about 9,000 square kilometres",
            True,
        ),
        ("The reef spans about 380 square kilometres.", "about 380 square kilometres", True),
    ],
)
def test_place_size(quote: str, text: str, want: bool) -> None:
    assert framing.place_size(_claim(quote, text, "place|count|area")) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        # the review's counter-examples
        ("Rovers paid a club-record fee of 12 million pounds.", "12 million pounds", False),
        ("Gusts reached a maximum of 140 kilometres an hour.", "140", False),
        ("Police said a minimum of 12 people were killed.", "12", False),
        ("Infections stood at 250 cases per 100,000 people.", "250", False),
        ("Infections stood at 250 per 100,000 people.", "250", False),
        ("The region recorded 9 deaths per 100,000 people.", "9", False),
        # the rule's own
        ("The scheme asked for a minimum investment of 250,000 crowns.", "250,000 crowns", True),
        ("Cleaners earned less than the legal minimum of 7.10 euros.", "7.10 euros", True),
        ("The state pays the cost above a threshold of 1 million euros.", "1 million euros", True),
        ("Buyers will pay a deposit of 2 crowns on every bottle.", "2 crowns", True),
        ("Visitors pay an entry fee of 20 euros.", "20 euros", True),
        (
            "The plots were sold, the maximum allowed under law being 40 hectares.",
            "40 hectares",
            True,
        ),
        ("The city has about 70 cars per 100,000 people.", "about 70", True),
    ],
)
def test_set_term(quote: str, text: str, want: bool) -> None:
    assert framing.set_term(_claim(quote, text, "terms|amount|money")) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        ("Heat records were broken at 40 weather stations.", "40", False),
        ("Heat records broken at 40 weather stations were confirmed.", "40", False),
        ("The society examined records from 40 schools.", "40", True),
        ("An audit of booking records at 20 hospitals found gaps.", "20", True),
        ("It had collected its count from theatre lists at 48 hospitals.", "48", True),
        ("The group went through betting data from 40 bookmakers.", "40", True),
    ],
)
def test_survey_base(quote: str, text: str, want: bool) -> None:
    assert framing.survey_base(_claim(quote, text)) is want


@pytest.mark.parametrize(
    ("quote", "text", "want"),
    [
        ("The country's total of 4,200 cases is the highest in the region.", "4,200", False),
        ("Tuesday's tally of 31 was revised on Wednesday.", "31", False),
        ("The city's count of 900 homeless people rose.", "900", False),
        ("The agency revised its count of 900 on Monday.", "900", False),
        ("It disputed the union's figure of 26.", "26", True),
        ("That is roughly half the council's figure of 18,400.", "18,400", True),
        ("It rejected Halcyon's estimate of 900.", "900", True),
    ],
)
def test_others_figure(quote: str, text: str, want: bool) -> None:
    assert framing.others_figure(_claim(quote, text)) is want
