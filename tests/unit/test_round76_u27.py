"""Round 76 (u27): a "now" whose verb takes a later number is that number's, not the figure's.

"The office fined Brask Foods 2 million crowns over its tainted feed, which has now killed
38 cattle": the perfect "has now killed" moves the 38 on; the fine is told as a fact of its
own.  :func:`ledger.updates.now_moved_on` no longer reads such a "now" after the figure as
the figure's move (:func:`ledger.updates.now_of_later`); a "now" whose verb is a passive
("17 people had now been charged") or takes no number stays the figure's.
"""

from __future__ import annotations

import pytest

from claimlogic.ledger import updates
from tests.unit.streams import figure_in

_FINE = figure_in(
    "The food safety office fined Brask Foods 2 million crowns over its tainted feed, which "
    "has now killed 38 cattle.",
    "2 million crowns",
)


def test_a_now_that_takes_a_later_number_is_not_the_figures() -> None:
    assert not updates.now_moved_on(_FINE)


def test_without_the_rule_the_fine_reads_as_moved_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "now_of_later", lambda *_a, **_k: False)
    assert updates.now_moved_on(_FINE)


def test_now_total_of_another_quantity_is_not_the_figures() -> None:
    lorries = figure_in(
        "Customs officers seized four lorries at the border, and fines now total 90,000 crowns.",
        "four",
    )
    assert not updates.now_moved_on(lorries)


def test_a_passive_now_after_the_figure_stays_its_own() -> None:
    # the nearest look-alike: the "now" after the figure is its own passive, and a later
    # number ("three nights") is no object of it
    charged = figure_in("Police said 17 people had now been charged over the riot.", "17")
    arrested = figure_in(
        "Police said 23 people had now been arrested after three nights of unrest.", "23"
    )
    assert updates.now_moved_on(charged)
    assert updates.now_moved_on(arrested)


def test_a_now_before_the_figure_is_unchanged() -> None:
    vaccinated = figure_in("Nurses have now vaccinated 1,400 people in the district.", "1,400")
    assert updates.now_moved_on(vaccinated)
