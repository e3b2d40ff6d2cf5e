"""Round 43: round 32's described-alike rule beyond plain counts, for another body's
figure.  Under a key with a verb (``people|displaced``), a figure whose sentence says
nothing moved, from another body than the earlier figure's, described unlike it and not
naming it, is that body's own quantity or reading ("About 3,400 people were sleeping in
school halls, the Red Cross said" after the police's 2,000 evacuated), no update of it.
The same body's figure, a figure described alike, one that says it moved, one given as
the running total ("so far") and a figure with no words of what it counts ("officials
said 3,400") still update; so does another body's toll of an event."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-03-17T00:00:00+00:00"
FIRST = "Police said 2,000 people had been evacuated from the valley."


def _second(quote: str, source: str = "Red Cross", **kw: object) -> list[str]:
    first = claim(2000, text="2,000", source="police", quote=FIRST)
    second = claim(3400, text="3,400", source=source, quote=quote, **kw)
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + DAY, {"in_lede": True})],
        metric="people|displaced",
        label="people displaced",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


SHELTER = "About 3,400 people were sleeping in school halls, the Red Cross said."


def test_another_bodys_other_quantity_is_no_update() -> None:
    assert "update" not in _second(SHELTER)


def test_the_same_body_still_updates() -> None:
    assert _second(SHELTER.replace("the Red Cross", "police"), source="police") == ["update"]


def test_a_figure_described_alike_still_updates() -> None:
    quote = "The Red Cross said 3,400 people had been evacuated from the valley."
    assert _second(quote) == ["update"]


def test_a_running_total_still_updates() -> None:
    quote = "About 3,400 people have been sheltered so far, the Red Cross said."
    assert _second(quote) == ["update"]


def test_a_stated_move_still_updates() -> None:
    quote = "The number sleeping in school halls rose to 3,400, the Red Cross said."
    assert _second(quote, change="up") == ["update"]


def test_a_figure_with_no_words_of_what_it_counts_still_updates() -> None:
    assert _second("Officials said 3,400.", source="officials") == ["update"]


def test_another_bodys_toll_still_updates() -> None:
    first = claim(3, text="three", source="police", quote="Police said three people died.")
    second = claim(
        7,
        text="seven",
        source="town council",
        quote="The town council said seven bodies were found.",
    )
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + DAY, {"in_lede": True})],
        metric="people|killed",
        label="people killed",
        now_iso=NOW,
        continuing=True,
    )
    assert out[1] == ["update"]
