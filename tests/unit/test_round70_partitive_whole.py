"""Round 70 (p70): the partitive's whole -- a count taken out of a whole its sentence names
("1,350 of the company's staff", "22 of its regional turboprop aircraft") names what it
counts through the whole, though the key's subject is the whole's owner ("company"): it
may open the key with a ``new_figure`` in a story's first article with no quarrel or
dispute (``part_of_named_whole``, ``decide``'s ``newsworthy(names_things=...)``).

Sentences of our own.
"""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from claimlogic.ledger.framing import part_of_named_whole
from tests.unit.streams import first_decision_kinds, unitless_count


def _claim(text: str, quote: str, metric: str) -> dict[str, Any]:
    return unitless_count(text, quote, float(text.replace(",", "")), metric)


WHOLES = [
    (
        "2,140",
        "The bakery chain said 2,140 of the group's shop staff would lose their jobs.",
        "group|count",
    ),
    ("36", "The ferry line withdrew 36 of its older diesel vessels on Friday.", "ferry line|count"),
    ("510", "Inspectors said 510 of the roughly 1,900 village wells were unsafe.", "roughly|count"),
    ("18", "The board said 18 of Kelvarn's 40 depots had shut.", "board|count"),
]


def test_a_part_of_a_named_whole_names_its_things() -> None:
    for text, quote, metric in WHOLES:
        c = _claim(text, quote, metric)
        assert part_of_named_whole(c), quote
        assert not ledger.counts_things(c, metric), quote  # the key names the owner only
        assert first_decision_kinds(c) == ["new_figure"], quote


def test_no_plural_whole_named() -> None:
    for text, quote, metric in [
        ("331", "He was charged under 331 of the Farland Criminal Code.", "farland|count"),
        ("14", "The judge bailed 14 of the 30 accused on Monday.", "accused|count"),
        ("61", "It said 61 of these went to the museum.", "museum|count"),
        ("72", "About 72 of the council's were empty.", "council|count"),
    ]:
        c = _claim(text, quote, metric)
        assert not part_of_named_whole(c), quote
        assert first_decision_kinds(c) == [], quote


def test_a_later_article_or_a_quarrel_keeps_it_silent() -> None:
    text, quote, metric = WHOLES[0]
    c = _claim(text, quote, metric)
    assert first_decision_kinds(c, continuing=True) == []
    assert first_decision_kinds(c, quarrelling=True) == []
    disputed = _claim(
        "900",
        "The union said 900 of the firm's drivers had struck, far more than the firm said.",
        "firm|count",
    )
    assert part_of_named_whole(disputed)
    assert first_decision_kinds(disputed) == []
