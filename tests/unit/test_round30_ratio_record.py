"""Round 30: a stated ratio's value is "on record already" (a copy restating the dispute)
only when the earlier figure of that value is the same kind of quantity: not "4 million
overnight stays", not "45 million crowns on its fuel farm since 2020"."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.streams import run_stream

FIRST = (
    "f1",
    "2031-07-16T08:00:00Z",
    "Fuel crisis cost airport 12 million crowns",
    "TESSAPORT, July 16 (TC) - The operator of Tessaport International Airport put the total "
    "cost of two days of disruption from contaminated fuel at 12 million crowns, including "
    "lost landing fees, cleaning and fuel brought by road, the airport said.\n\n"
    "The airport has spent 45 million crowns on its fuel farm since 2020, according to its "
    "annual reports.",
)
SECOND = (
    "f2",
    "2031-07-23T14:30:00Z",
    "Airlines put fuel crisis bill at 45 million crowns",
    "TESSAPORT, July 23 (CWS) - The contaminated fuel at Tessaport International Airport cost "
    "the airport and its airlines about 45 million crowns, the Airline Operators' Association "
    "said on July 23, almost four times the cost the airport operator gave last week.",
)


def _kinds(out: list[tuple[str, bool, list[dict[str, Any]]]], i: int) -> set[tuple[str, str]]:
    return {(a["kind"], a["claim"]["text"]) for a in out[i][2]}


def test_equal_value_of_another_period_is_no_copy() -> None:
    out = run_stream([FIRST, SECOND])
    assert ("contradiction", "about 45 million crowns") in _kinds(out, 1)


def test_of_a_period() -> None:
    since = {"time": "since 2020"}
    assert ledger.of_a_period(since, {"time": None})
    assert not ledger.of_a_period(since, {"time": "since 2020"})
    assert not ledger.of_a_period({"time": None}, {"time": None})
