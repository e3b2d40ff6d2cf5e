"""Round 51 (ledger): a figure whose sentence says it moved "to N" is compared with an
earlier figure that names no time, whatever period the rest of its sentence names.

"The utility said it had raised its relief fund to 2.5 million euros, because the outage
had lasted more than a week": "a week" is the outage's, not the fund's; the fund moved
from the 1 million euros of the first report (an update, where the period on one side
only used to keep the two apart and leave the ledger silent).
"""

from __future__ import annotations

from claimlogic import ledger

T0 = 1_900_000_000.0
DAY = 24 * 3600.0
KEY = "relief fund|amount|money"

FIRST = "The utility set up a relief fund of 1 million euros for customers left without power."
RAISED = (
    "The utility said it had raised its relief fund to 2.5 million euros, because the "
    "outage had lasted more than a week."
)
PERIOD_ONLY = "The utility said its relief fund had paid out 2.5 million euros over a week."


def _fund(value: float, quote: str, time: str | None, change: str | None) -> dict[str, object]:
    return {
        "value": value,
        "low": value,
        "high": value,
        "bound": "exact",
        "unit": "EUR",
        "metric": KEY,
        "text": f"{value / 1e6:g} million euros",
        "quote": quote,
        "source": "utility",
        "time": time,
        "change": change,
    }


def _kinds(claim: dict[str, object]) -> list[tuple[str, list[float]]]:
    kw = dict(story="s", metric=KEY, label="relief fund", now_iso="t")
    entry, _, _ = ledger.decide(
        None, _fund(1e6, FIRST, None, None), {"id": "a1", "outlet": "X"}, event_t=T0, **kw
    )
    _, decisions, _ = ledger.decide(
        entry, claim, {"id": "a2", "outlet": "Y"}, event_t=T0 + 2 * DAY, continuing=True, **kw
    )
    return [(d[0], [float(f["claim"]["value"]) for f in d[2]]) for d in decisions]


def test_a_stated_move_to_a_figure_updates_the_timeless_earlier_one() -> None:
    assert _kinds(_fund(2.5e6, RAISED, "a week", "up")) == [("update", [1e6])]


def test_moved_past_period_needs_a_time_on_the_new_side_only() -> None:
    old = _fund(1e6, FIRST, None, None)
    assert ledger.moved_past_period(_fund(2.5e6, RAISED, "a week", "up"), old)
    assert not ledger.moved_past_period(_fund(2.5e6, RAISED, None, "up"), old)
    assert not ledger.moved_past_period(
        _fund(2.5e6, RAISED, "a week", "up"), _fund(1e6, FIRST, "last year", None)
    )


def test_a_period_without_a_move_stays_apart() -> None:
    assert _kinds(_fund(2.5e6, PERIOD_ONLY, "a week", None)) == []


def test_spans_of_years_and_rates_are_still_periods() -> None:
    old = _fund(1e6, FIRST, None, None)
    for t in ("over the past ten years", "since 2031", "last year", "Daily", "weekly"):
        assert not ledger.moved_past_period(_fund(2.5e6, RAISED, t, "up"), old), t
    assert ledger.moved_past_period(_fund(2.5e6, RAISED, "last month", "up"), old)
