"""Round 50 (ledger): a count that passes an earlier reading, and rival bodies across articles.

* A count whose sentence compares it upward with another reading it puts earlier ("more
  than the water board estimated last week", "far above what the operator first
  admitted") is the count moved on as the story develops: an update of the lower earlier
  figure, no contradiction, and no contradiction with a higher side the story already told.
* A comparison with a reading of the same moment ("more than the water board's count")
  is still a second side.
"""

from __future__ import annotations

from claimlogic import ledger

T0 = 1_900_000_000.0
DAY = 24 * 3600.0

BOARD = "The water board said 620 households had been left without clean water."
GROUP = "The residents' association said at least 1,000 households were affected."
PASSING = (
    "The regional health service said on Friday that 870 households had been affected by "
    "the contamination, well above what the water board estimated last week and far more "
    "than the operator first admitted."
)
SAME_MOMENT = (
    "The regional health service said on Friday that 870 households had been affected by "
    "the contamination, well above the water board's count."
)


def _homes(value: float, quote: str, source: str, bound: str = "exact") -> dict[str, object]:
    return {
        "value": value,
        "low": value,
        "high": None if bound == "min" else value,
        "bound": bound,
        "metric": "households|affected",
        "text": f"{value:,.0f}" if bound == "exact" else f"at least {value:,.0f}",
        "quote": quote,
        "source": source,
    }


def _kinds(quote: str) -> list[tuple[str, list[float]]]:
    kw = dict(story="s", metric="households|affected", label="households affected", now_iso="t")
    a1 = {"id": "a1", "outlet": "X"}
    entry, _, _ = ledger.decide(None, _homes(620, BOARD, "water board"), a1, event_t=T0, **kw)
    entry, _, _ = ledger.decide(
        entry,
        _homes(1000, GROUP, "residents' association", "min"),
        a1,
        event_t=T0,
        quarrelling=True,
        **kw,
    )
    a2 = {"id": "a2", "outlet": "Y"}
    _, decisions, _ = ledger.decide(
        entry,
        _homes(870, quote, "regional health service"),
        a2,
        event_t=T0 + 6 * DAY,
        continuing=True,
        quarrelling=True,
        **kw,
    )
    return [(d[0], [float(f["claim"]["value"]) for f in d[2]]) for d in decisions]


def test_a_comparison_with_an_earlier_reading_passes_it() -> None:
    c = _homes(870, PASSING, "regional health service")
    assert ledger.disputes_figure(c)
    assert ledger.passes_earlier(c)


def test_a_count_passing_an_earlier_reading_updates_it() -> None:
    assert _kinds(PASSING) == [("update", [620.0])]


def test_a_comparison_with_a_reading_of_the_same_moment_is_a_side() -> None:
    assert not ledger.passes_earlier(_homes(870, SAME_MOMENT, "regional health service"))
    assert [k for k, _ in _kinds(SAME_MOMENT)] == ["contradiction"]


def test_a_comparison_downward_or_without_a_time_passes_nothing() -> None:
    below = PASSING.replace("well above", "well below")
    assert not ledger.passes_earlier(_homes(870, below, "regional health service"))
    for word in ("last week", "first"):
        assert ledger._EARLIER_TIME.search(word)
    assert not ledger._EARLIER_TIME.search("on Monday, earlier in the day")


# * A dispute verb's participle right after the counted noun ("1,240 complaints rejected by
#   the insurer") says which things are counted; no figure is disputed.
PARTICIPLE = "The ombudsman has so far taken up 1,240 complaints rejected by the insurer."
DISPUTED = "The insurer said it had received 1,240 complaints, a figure the ombudsman rejected."


def _complaints(quote: str) -> dict[str, object]:
    return {"value": 1240, "text": "1,240", "quote": quote, "metric": "complaints|count"}


def test_a_participle_of_the_counted_noun_disputes_nothing() -> None:
    c = _complaints(PARTICIPLE)
    assert not ledger.disputes_figure(c)
    assert not ledger.disputed(c)


def test_a_figure_rejected_by_another_body_is_still_disputed() -> None:
    c = _complaints(DISPUTED)
    assert ledger.disputes_figure(c)
    assert ledger.disputed(c)


# * A weekday only as the day a body spoke ("the monitors said on Thursday") names no other
#   occasion than the earlier report's "Sunday's march": the two figures are one quantity.
SUNDAY = "Police said 14 people were hurt in Sunday's march through the old town."
SPOKE = (
    "At least 40 people were hurt during last weekend's march, the monitors said on "
    "Thursday, far more than the police toll."
)
OTHER_DAY = "At least 40 people were hurt on Thursday, the monitors said."


def test_the_day_a_body_spoke_is_no_other_occasion() -> None:
    assert not ledger.other_occasions({"quote": SPOKE}, {"quote": SUNDAY})


def test_another_day_of_the_events_is_still_another_occasion() -> None:
    assert ledger.other_occasions({"quote": OTHER_DAY}, {"quote": SUNDAY})


# * The compared noun before "than" ("a far higher count than the shipping line's own", "a
#   larger sum than the regulator's estimate") is a dispute of the other body's figure.
def test_a_compared_noun_before_than_is_a_dispute_cue() -> None:
    for tail in (
        "a far higher count than the shipping line's own",
        "a larger sum than the port regulator's estimate",
    ):
        quote = f"The dockers' union said 640 containers had been lost overboard, {tail}."
        c = {"value": 640, "text": "640", "quote": quote, "metric": "containers|count"}
        assert ledger.disputes_figure(c), tail


def test_a_compared_noun_with_a_number_after_than_is_a_bound() -> None:
    quote = "The union said 640 containers had been lost, a higher count than 500 last year."
    c = {"value": 640, "text": "640", "quote": quote, "metric": "containers|count"}
    assert not ledger.disputes_figure(c)


# * A passive dispute verb whose subject is a noun that is no figure ("their permits had
#   been wrongly denied") disputes no figure; "a figure that was disputed" still does.
def test_a_passive_of_another_noun_disputes_nothing() -> None:
    quote = (
        "The port authority restored 85 licences on Friday after finding that their permits "
        "had been wrongly denied."
    )
    c = {"value": 85, "text": "85", "quote": quote, "metric": "licences|count"}
    assert not ledger.disputes_figure(c)


def test_a_passive_of_the_figure_is_still_a_dispute() -> None:
    quote = "The port authority said 85 licences were restored, a figure that was disputed."
    c = {"value": 85, "text": "85", "quote": quote, "metric": "licences|count"}
    assert ledger.disputes_figure(c)
