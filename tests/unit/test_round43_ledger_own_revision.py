"""Round 43: round 42's revised first figure (in a running story, a figure whose
sentence revises it is an ``update`` of a figure not on record) needs the revision to be
the figure's own: "The board revised its estimate of repair costs to 9 million crowns
and set aside 3 million crowns for tenants" revises the 9 million; the 3 million is a
first figure.  A revision with no value carried "to" ("more than it first reported")
is still the figure's."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
NOW = "2030-03-17T00:00:00+00:00"
SENTENCE = (
    "The housing board revised its estimate of repair costs to 9 million crowns and set "
    "aside 3 million crowns for tenants, it said."
)


def _kinds(value: float, text: str, quote: str) -> list[str]:
    c = claim(value, text=text, source="housing board", quote=quote)
    _, out = feed(
        [(c, art(1), T, {"in_lede": True})],
        metric="tenants|amount|money",
        label="tenant fund",
        now_iso=NOW,
        continuing=True,
    )
    return out[0]


def test_another_figures_revision_leaves_a_first_figure() -> None:
    assert _kinds(3e6, "3 million crowns", SENTENCE) == ["new_figure"]


def test_the_revised_figure_is_still_an_update() -> None:
    assert _kinds(9e6, "9 million crowns", SENTENCE) == ["update"]


def test_a_revision_with_no_value_carried_to_stays_the_figures() -> None:
    quote = "The board said 3 million crowns had been set aside, more than it first reported."
    assert ledger.own_revision(claim(3e6, text="3 million crowns", quote=quote))
    assert not ledger.own_revision(claim(3e6, text="3 million crowns", quote=SENTENCE))
