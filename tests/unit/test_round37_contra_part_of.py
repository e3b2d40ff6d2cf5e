"""Round 37: "A lawyer for two of the arrested men ... said" (h50-3-1, after the police's
"arrested seven people" in the same article) and "the owner of three of the trawlers"
(h38-3-2, after 13 trawlers) name a part of the group counted by the other source: the
figure is no rival reading of that count, whatever the article quarrels about.  A rival
count of the whole ("said eleven people had been arrested") still contradicts."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

POLICE = claim(
    7,
    text="seven",
    start=40,
    source="Valbruck state police",
    quote="Police arrested seven people in dawn raids, the Valbruck state police said.",
)


def _kinds(new: dict[str, Any]) -> list[str]:
    items = [(POLICE, art(1), 0.0), (new, art(1), 0.0)]
    _, out = feed(items, metric="people|arrested", label="people arrested", quarrelling=True)
    return [k for kinds in out for k in kinds]


def test_two_of_the_arrested_men_is_a_part_not_a_rival_count() -> None:
    new = claim(
        2,
        text="two",
        start=300,
        source="Stefan Brugg",
        quote=(
            'A lawyer for two of the arrested men, Stefan Brugg, said that figure was "a fantasy".'
        ),
    )
    assert ledger.partitive(new)
    assert _kinds(new) == ["new_figure"]


def test_a_rival_count_of_the_whole_still_contradicts() -> None:
    new = claim(
        11,
        text="eleven",
        start=300,
        source="Stefan Brugg",
        quote="Stefan Brugg, a lawyer, said eleven people had been arrested, not seven.",
    )
    assert not ledger.partitive(new)
    assert _kinds(new) == ["new_figure", "contradiction"]


def test_a_part_of_the_dead_is_no_side_of_a_later_toll() -> None:
    """h37-1-4: "Two of the dead were children, police said" (first article) is no side
    of the prosecutors' "killed seven people" three days on, in an article that
    quarrels."""
    part = claim(
        2,
        text="Two",
        source="police",
        quote="Two of the dead were children, a girl of nine and a boy of 12, police said.",
    )
    toll = claim(
        7,
        text="seven",
        source="prosecutors",
        quote=(
            "Police have detained two managers over the collapse of the big top, which "
            "killed seven people on June 14, prosecutors said on June 17."
        ),
    )
    assert ledger.partitive(part)
    items = [(part, art(1), 0.0), (toll, art(2), 3 * 24 * 3600.0)]
    _, out = feed(
        items,
        metric="people|killed",
        label="people killed",
        quarrelling=True,
        article_values=(2.0, 7.0),  # "detained two managers" restates a 2
    )
    assert "contradiction" not in [k for kinds in out for k in kinds]


def test_a_count_with_a_noun_before_of_is_no_part() -> None:
    six = claim(
        6,
        text="six",
        quote="There are six ships of the Vardanian navy in our own waters, he said.",
    )
    assert not ledger.partitive(six)
