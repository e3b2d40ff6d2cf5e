"""Round 81 (s81): one running span told two ways is one count.

Two readings of a count over a span that starts at the same moment and runs to the day
each is told ("so far this year" / "since January 1", "since the start of May" / "since
May", "this season" / "since the season opened") are compared in the update loop with
their times left out (:func:`ledger.scope.one_running_span`, asked through
:func:`ledger.updates.time_aside`); periods that really differ (a month against the
year, last year against this, a span from another day) stay apart.
"""

from __future__ import annotations

from claimlogic.ledger.scope import one_running_span, span_start
from tests.unit.streams import run_stream


def _later_alerts(first: str, later: str, title: str) -> list[tuple[str, str]]:
    """Two articles nine days apart through the real extractor and brain: the second
    article's alerts as (kind, figure as written); both must join one story."""
    out = run_stream(
        [
            ("a1", "2041-06-03T09:00:00Z", title, first),
            ("a2", "2041-06-12T09:00:00Z", title, later),
        ]
    )
    assert out[0][0] == out[1][0]
    return [(a["kind"], a["claim"]["text"]) for a in out[1][2]]


TITLE = "Pirate raids off the Velmar coast"
FIRST = (
    "ORSANTO, June 3 - The Velmar coast guard said on Tuesday it had recorded 14 pirate "
    "raids on fishing boats off the Orsanto coast since January 1, most of them at night."
)


def test_so_far_this_year_updates_since_january_1() -> None:
    later = (
        "ORSANTO, June 12 - The Velmar coast guard said on Thursday it had recorded 23 "
        "pirate raids on fishing boats off the Orsanto coast so far this year."
    )
    alerts = _later_alerts(FIRST, later, TITLE)
    assert any(k == "update" and "23" in t for k, t in alerts), alerts


def test_span_start_reads_one_start_in_its_wordings() -> None:
    for t in ("this year", "so far this year", "since January 1", "since the start of the year"):
        assert span_start(t) == "year", t
    for t in ("since May", "since May 1", "since the start of May", "since the beginning of May"):
        assert span_start(t) == "may", t
    for t in ("this season", "since the season opened", "since the start of the crab season"):
        assert span_start(t) == "season", t


def test_closed_periods_and_other_starts_have_no_running_start() -> None:
    for t in ("in May", "last year", "in 2040", "since mid-May", "since May 14", "this week"):
        assert span_start(t) is None, t


def _fig(value: float, time: str | None) -> dict[str, object]:
    return {"value": value, "time": time, "hedge": None, "unit": None, "place": None}


def test_one_running_span_pairs_and_look_alikes() -> None:
    assert one_running_span(_fig(23, "so far this year"), _fig(14, "since January 1"))
    assert one_running_span(_fig(9, "this season"), _fig(6, "since the season opened"))
    assert one_running_span(_fig(61, "since the start of May"), _fig(40, "since May"))
    # a month against the year, last year against this, another start: two quantities
    assert not one_running_span(_fig(23, "in May"), _fig(14, "this year"))
    assert not one_running_span(_fig(23, "this year"), _fig(14, "last year"))
    assert not one_running_span(_fig(23, "since mid-May"), _fig(14, "since May"))
    assert not one_running_span(_fig(23, "since June"), _fig(14, "since May"))
    # one time on one side only is left to the older span rules
    assert not one_running_span(_fig(23, "this year"), _fig(14, None))
    # a projection is never compared
    assert not one_running_span(
        {**_fig(23, "this year"), "hedge": "expected"}, _fig(14, "since January 1")
    )


def test_without_the_rule_the_two_wordings_stay_apart(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from claimlogic.ledger import updates

    monkeypatch.setattr(updates, "one_running_span", lambda new, old: False)
    # round 86 (k86): own_reading_in_lede reads a named body's higher count in a later
    # lede as its count moved on; off here, the round-81 rule's absence is what is tested
    from claimlogic.ledger import decision

    monkeypatch.setattr(decision, "own_reading_in_lede", lambda *a: None)
    later = (
        "ORSANTO, June 12 - The Velmar coast guard said on Thursday it had recorded 23 "
        "pirate raids on fishing boats off the Orsanto coast so far this year."
    )
    alerts = _later_alerts(FIRST, later, TITLE)
    assert not any(k == "update" and "23" in t for k, t in alerts), alerts
