"""Round 42: "far fewer than patients had hoped" measures a figure against a hope, which
is nobody's figure: it gives no rival side (h52-4-6, a false contradiction)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

_HOPED = (
    "Divers searching the flooded quarry have found 45 crates that are still intact, the "
    "salvage firm said on Friday, far fewer than the owners had hoped."
)


def test_far_fewer_than_hoped_is_no_own_evidence() -> None:
    c = claim(45, quote=_HOPED, source="salvage firm", metric="crates|count")
    assert not ledger.own_side_cue(c)
    assert not ledger.own_side_cue(
        claim(45, quote="It found 45 crates, far more than expected.", source="firm")
    )


def test_far_fewer_than_a_body_said_is_still_own_evidence() -> None:
    q = "The salvage firm said it had found 45 crates, far fewer than the insurer said."
    assert ledger.own_side_cue(claim(45, quote=q, source="salvage firm"))


def test_hoped_for_figure_is_no_contradiction_of_the_older_count() -> None:
    k = {"metric": "crates|count", "property": "count"}
    old = claim(300, quote="The barge was carrying 300 crates when it sank.", **k)
    new = claim(45, quote=_HOPED, start=47, source="salvage firm", **k)
    _, out = feed(
        [(old, art(1), 1.0), (new, art(2), 1.0 + 86400.0)],
        metric="crates|count",
        continuing=True,
        quarrelling=True,
    )
    assert "contradiction" not in out[1]
