"""Round 42: "about 300 titles with irregularities, not more than a thousand": the value a
speaker denies is no reading of its own, and the "more" of "not more than" cut off by the
rival test's window is no move word; the 300 is the side (h53-4-1)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

_Q = (
    '"We have checked the ledgers ourselves and we find about 80 barrels missing, not more '
    'than a hundred," said the depot manager.'
)
_K = {"metric": "barrels|count", "property": "count"}


def _old() -> dict:
    q = "Customs officers said 260 barrels of fuel had gone missing from the depot."
    return claim(260, quote=q, source="customs officers", start=22, **_K)


def test_denied_value() -> None:
    assert ledger.denied(claim(100, text="not more than a hundred", quote=_Q))
    assert ledger.denied(claim(100, text="a hundred", quote=_Q))
    assert not ledger.denied(claim(80, text="about 80", quote=_Q))


def test_the_owned_reading_is_the_side_and_the_denied_value_is_not() -> None:
    own = claim(80, text="about 80", quote=_Q, source="depot manager", start=52, **_K)
    assert ledger.rival_in_article(own, _old())
    no = claim(100, text="not more than a hundred", quote=_Q, source="depot manager", **_K)
    assert not ledger.rival_in_article(no, _old())
    extra = {"quarrelling": True}
    _, out = feed(
        [(_old(), art(1), 1.0), (own, art(1), 1.0, extra), (no, art(1), 1.0, extra)],
        metric="barrels|count",
    )
    assert out[1] == ["contradiction"]
    assert "contradiction" not in out[2]


def test_not_more_after_the_figure_is_no_move() -> None:
    q = '"Our scales show nine tonnes of fish were lost in the spill, not more," said the port.'
    c = claim(9, text="nine", quote=q, source="port", metric="fish|count|mass")
    o = claim(
        20, text="20", quote="Fishermen said 20 tonnes of fish were lost.", source="fishermen"
    )
    assert ledger.rival_in_article(c, {**o, "metric": "fish|count|mass"})
