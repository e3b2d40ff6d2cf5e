"""Round 34: in the body of a long report, a figure carries on the figure it would update
only when its sentence says how it moved or it is described alike (:func:`described_alike`):
"The Brod site opened on Monday and now houses 1,400 people" is no next reading of the
8,100 people the Orvik transit camp was housing; "1,900 households had now been visited by
social workers" none of the 1,400 households that had applied."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
FIRST = "About 1,400 households had applied for the emergency payments by the evening, she said."


def _second(quote: str, **kw: object) -> list[str]:
    first = claim(1400, text="About 1,400", source="council", quote=FIRST)
    second = claim(1900, text="1,900", source="council", quote=quote, **kw)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + DAY, {"in_lede": False})],
        metric="households|count",
        label="households",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_another_quantity_of_the_noun_in_the_body_updates_nothing() -> None:
    quote = "The council said 1,900 households had now been visited by its social workers."
    assert _second(quote) == []


def test_the_same_quantity_described_alike_in_the_body_is_an_update() -> None:
    quote = (
        "A total of 1,900 households have now applied for the emergency payments, the council said."
    )
    assert _second(quote) == ["update"]


def test_a_stated_move_in_the_body_is_an_update() -> None:
    quote = "The council said 1,900 households had now been visited by its social workers."
    assert _second(quote, change="up") == ["update"]
