"""Round 34: a part named after its group ("rose to 22, including seven guards", "Of the
47 dead, 39 have been identified") is no update of the part's key; a part that holds on
("Of the 19 guards injured, seven remained in hospital") still is; nor is the whole a part
is taken from ("Fourteen of the 17 people taken to hospital ... have been released")."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"


def _second(quote: str) -> list[str]:
    first = claim(
        4,
        text="four",
        source="ministry",
        property="hospitalized",
        quote="Ambulances took four guards to hospital, the ministry said.",
    )
    second = claim(7, text="seven", source="ministry", property="hospitalized", quote=quote)
    _, out = feed(
        [(first, art(1), T), (second, art(2), T + DAY)],
        metric="guards|hospitalized",
        label="guards hospitalized",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_a_part_named_after_its_group_updates_nothing() -> None:
    quote = (
        "The number of people treated in hospital has risen to 22, including seven guards "
        "and three police officers, the ministry said."
    )
    assert ledger.part_named_after_group(claim(7, text="seven", quote=quote))
    assert _second(quote) == []


def test_a_part_that_holds_on_is_an_update() -> None:
    quote = "Of the 19 guards injured, seven remained in hospital, the ministry said."
    assert ledger.part_named_after_group(claim(7, text="seven", quote=quote))
    assert _second(quote) == ["update"]


def test_the_count_itself_is_an_update() -> None:
    assert _second("Seven guards have been taken to hospital, the ministry said.") == ["update"]


def _whole_after(quote: str) -> list[str]:
    first = claim(
        8,
        "lower",
        text="At least eight",
        low=8,
        high=None,
        property="hospitalized",
        quote="At least eight people were taken to hospital.",
    )
    second = claim(17, text="17", source="Nova Scotia Health", property="hospitalized", quote=quote)
    _, out = feed(
        [(first, art(1), T), (second, art(2), T + DAY)],
        metric="people|hospitalized",
        label="people hospitalized",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_the_whole_a_part_is_taken_from_updates_nothing() -> None:
    quote = (
        "Fourteen of the 17 people taken to hospital after a passenger jet crash-landed have "
        "been released, Nova Scotia Health said on Monday."
    )
    assert ledger.whole_of_part(claim(17, text="17", quote=quote))
    assert _whole_after(quote) == []


def test_the_whole_said_for_itself_is_an_update() -> None:
    quote = "Nova Scotia Health said 17 people had been taken to hospital."
    assert _whole_after(quote) == ["update"]
