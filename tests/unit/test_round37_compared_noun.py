"""Round 37: "The education ministry has annulled the results of a further 450
candidates ..., bringing the total to 1,350, as opposition lawmakers said the ring had
taken far more in bribes than investigators have said" (h47-5-5, a must-not-contradict
pair with the ministry's 900): the comparison names what it compares ("in bribes"), and
that is not what the figure counts, so it is no dispute cue of the 1,350.  A comparison
of the figure's own noun ("far more candidates than investigators have said") still is."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0
METRIC = "candidates|count"
BRIBES = (
    "The education ministry has annulled the results of a further 450 candidates in the "
    "exam cheating scandal, bringing the total to 1,350, as opposition lawmakers said the "
    "ring had taken far more in bribes than investigators have said."
)


def _fig(quote: str) -> dict[str, Any]:
    return claim(1350, text="1,350", source="opposition lawmakers", metric=METRIC, quote=quote)


def test_a_comparison_of_another_noun_is_no_dispute_of_the_figure() -> None:
    assert not ledger.disputes_figure(_fig(BRIBES))


def test_a_comparison_of_the_figures_own_noun_still_disputes() -> None:
    quote = (
        "Opposition lawmakers said 1,350 candidates had bought the papers, far more "
        "candidates than investigators have said."
    )
    assert ledger.disputes_figure(_fig(quote))


def test_the_total_brought_on_updates_the_ministrys_count() -> None:
    first = claim(
        900,
        text="900",
        metric=METRIC,
        quote="The education ministry annulled the results of 900 candidates on June 15.",
    )
    items = [(first, art(1), 0.0), (_fig(BRIBES), art(2), 12 * DAY)]
    _, out = feed(items, metric=METRIC, label="candidates", continuing=True)
    assert [k for kinds in out for k in kinds] == ["new_figure", "update"]
