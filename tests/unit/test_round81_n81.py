"""Round 81 (n81): a small count a named source reports is news, not scenery.

Past the first paragraph of a long report (``ledger.LONG_ARTICLE_CHARS`` or more), within
its first ``framing.LEDE_CHARS``, a small count of things (``framing.scenery_count``) is
background unless its sentence tells what was done to it.  A count that opens the clause
a named source reports ("The county said six farms had lost their water supply") is that
source's news of the story (``framing.said_count``); a part of a group already counted,
a count that holds on or moved, and a single one stay as they were.
"""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.ledger import framing
from tests.unit.streams import article_alerts, figure_in

_SPILL = (
    "HALDERN, May 14 (Westmark Wire) - A freight train carrying chlorine derailed outside "
    "the river port of Haldern on Wednesday, forcing about 2,400 residents from their homes "
    "while crews checked the wagons for leaks, the regional emergency service said.\n"
    "\n"
    "Firefighters said none of the wagons appeared to be leaking, but the area within two "
    "kilometres of the site was sealed off for the day.\n"
    "\n"
    "The county said six farms had lost their water supply because of the spill.\n"
    "\n"
    "Police said four of the 11 shunters on the night shift had been questioned.\n"
    "\n"
    "Residents were taken to schools and a sports hall in the town centre, and the city "
    "opened a hotline for families looking for relatives. Buses were laid on for people "
    "without cars, and the regional hospital said it was ready to take patients with "
    "breathing problems, although none had been admitted by the afternoon.\n"
    "\n"
    "The line between Haldern and Kessby, which carries about 60 freight trains a day, was "
    "closed and the operator said it could stay shut until the weekend. Engineers from the "
    "state rail inspectorate were on their way to the site on Wednesday evening and were "
    "expected to examine the track and the signalling before any train is allowed through.\n"
    "\n"
    "The derailment is the second on the line this year. In February a train carrying "
    "timber left the track near Kessby, blocking the line for four days, and local "
    "councillors have called on the government to bring forward a plan to renew the "
    "track, which was last replaced in the 1980s. The transport ministry said it would "
    "review the inspection reports for the whole line over the coming weeks, and a "
    "spokesman for the operator said the company would cooperate fully with the inquiry. "
    "Residents of the streets nearest the bridge were told they could expect to return "
    "home on Thursday if the checks found nothing, the emergency service said, and that "
    "the schools would stay open for them overnight. Farmers near the line were told to "
    "keep their animals indoors and to use bottled water until tests of the wells came "
    "back from the laboratory.\n"
)

_TITLE = "Chlorine train derails at Haldern"


def _figures(text: str = _SPILL) -> list[tuple[str, str]]:
    return [
        (kind, fig)
        for kind, fig, _key in article_alerts(
            text, title=_TITLE, published_at="2046-05-14T09:00:00Z"
        )
    ]


def test_the_report_is_long_and_the_counts_in_its_first_chars() -> None:
    assert len(_SPILL) >= ledger.LONG_ARTICLE_CHARS
    assert _SPILL.index("six farms") < framing.LEDE_CHARS
    assert _SPILL.index("four of the 11") < framing.LEDE_CHARS


def test_a_count_a_source_reports_is_a_first_figure() -> None:
    got = _figures()
    assert ("new_figure", "about 2,400") in got  # the lede's figure stays news
    assert ("new_figure", "six") in got
    # a part of a group already counted stays background
    assert all(fig != "four" for _kind, fig in got)


def test_without_the_rule_the_count_is_scenery(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "said_count", lambda _c: False)
    got = _figures()
    assert ("new_figure", "about 2,400") in got
    assert all(fig != "six" for _kind, fig in got)


def test_in_a_report_of_middle_length_the_count_stays_background() -> None:
    # the rule reaches only a long report: cut below LONG_ARTICLE_CHARS the count is a
    # middle report's scenery past its first paragraph (round 78's middle_scenery; on
    # the pool a source's small count there was 3 wanted to 4 false, not worth a rule)
    short = _SPILL[: _SPILL.index("The derailment is the second")]
    assert framing.MEDIUM_ARTICLE_CHARS <= len(short) < ledger.LONG_ARTICLE_CHARS
    got = _figures(short)
    assert ("new_figure", "about 2,400") in got
    assert all(fig != "six" for _kind, fig in got)


@pytest.mark.parametrize(
    ("quote", "figure", "expected"),
    [
        ("The county said six farms had lost their water supply.", "six", True),
        ("Police said three drivers had escaped through the cab windows.", "three", True),
        ("The minister told parliament that 3 officers had been suspended.", "3", True),
        ("It said about 5 wagons had tipped over.", "5", True),
        # a part of a group already counted
        ("Police said four of the 11 shunters had been questioned.", "four", False),
        ("Police said two of them had been released.", "two", False),
        # a count that holds on, moved, or answers another
        ("Doctors said five drivers were still in hospital.", "five", False),
        ("Police said seven people were now in custody.", "seven", False),
        ("The agency said seven children had fallen ill, up from four.", "seven", False),
        ("The union said nine nurses had fallen ill, not five.", "nine", False),
        # a step of a total the sentence goes on to give; "taking" of another kind
        (
            "The board said two dogs had been cleared, bringing the number of cases to nine.",
            "two",
            False,
        ),
        ("Prosecutors said five suspects had admitted taking money.", "five", True),
        # a single one, and a count no speaker's verb opens
        ("Officials said one barge had been slightly damaged.", "one", False),
        ("Six farms had lost their water supply, the county said.", "Six", False),
        ("The county has six farms near the line.", "six", False),
    ],
)
def test_said_count(quote: str, figure: str, expected: bool) -> None:
    values = {"six": 6.0, "three": 3.0, "3": 3.0, "5": 5.0, "four": 4.0, "two": 2.0}
    values |= {"five": 5.0, "seven": 7.0, "nine": 9.0, "one": 1.0, "Six": 6.0}
    c = figure_in(quote, figure, value=values[figure], metric="farms|count")
    if "up from" in quote:
        c["change"] = "up"
    assert framing.said_count(c) is expected
