"""Round 45: two readings of one quantity given side by side in one article, under the
same key, that the ledger let pass as two quantities.  A body's figure the sentence names
as "their count ... was N" answers the article's figure whatever words follow it; "N
people brought out of that container" is people carried out of the place counted, no
total "brought to" a new figure (a move)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import claim

FIRST = (
    "Coastguards found 31 people inside a freight container at the Dorrin quay, "
    "the harbour police said."
)


def _first() -> dict:
    return {**claim(31, source="harbour police", quote=FIRST), "metric": "people|count"}


def _second(value: int, text: str, source: str, quote: str) -> dict:
    return {**claim(value, text=text, source=source, quote=quote), "metric": "people|count"}


def test_their_count_was_answers_the_article_figure() -> None:
    new = _second(
        44,
        "44",
        "ferry firm",
        "The ferry firm said its tally, taken from the crew's manifest, was 44.",
    )
    assert ledger.rival_in_article(new, _first())
    assert ledger.count_named_own(new)


def test_without_the_named_count_the_generic_key_keeps_them_apart() -> None:
    new = _second(44, "44", "ferry firm", "The ferry firm said 44 were booked on its sailings.")
    assert not ledger.count_named_own(new)
    assert not ledger.rival_in_article(new, _first())


def test_people_brought_out_of_the_place_are_a_rival_reading() -> None:
    new = _second(
        40,
        "40",
        "Mara Veld",
        '"Our dockers saw 40 people brought out of that container, before the police '
        'arrived," said quay manager Mara Veld.',
    )
    assert ledger.rival_in_article(new, _first())


def test_a_total_brought_to_a_figure_still_moved() -> None:
    new = _second(
        40,
        "40",
        "Mara Veld",
        '"Our dockers found nine more, which brought the number to 40 people in that '
        'container," said quay manager Mara Veld.',
    )
    assert not ledger.rival_in_article(new, _first())


def test_brought_to_the_surface_is_still_a_part() -> None:
    assert not ledger._BROUGHT_OUT.match("brought to the surface with burns")
    assert ledger._BROUGHT_OUT.match("brought out of that container")
