"""Round 47: a figure the brain names as the one the claim disputes (``disputed=``) stays
the claim's other side through the ledger's gates that otherwise silence a second figure
of the article: ``people|displaced`` joins evacuated, sheltered and moved-out counts, and a
second figure there is as a rule another of them -- but not the one the sentence
answers ("The rescue service gave a higher number: its teams had moved 650 people out")."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
NOW = "2030-06-01T00:00:00+00:00"
FIRST = "The district office said 410 people had been moved out of the flooded streets."
SECOND = (
    "The rescue service gave a higher number: its teams had moved 650 people out of the"
    " streets by nightfall."
)


def _kinds(disputed: float | None) -> list[str]:
    first = claim(410, text="410", source="district office", quote=FIRST)
    second = claim(650, text="650", source="rescue service", quote=SECOND)
    _, out = feed(
        [
            (first, art(1), T, {"in_lede": True}),
            (second, art(1), T, {"in_lede": True, "disputed": disputed}),
        ],
        metric="people|displaced",
        label="people displaced",
        now_iso=NOW,
    )
    return out[1]


def test_a_displaced_count_the_brain_names_as_disputed_is_contradicted() -> None:
    assert _kinds(410.0) == ["contradiction"]


def test_a_second_displaced_count_not_named_stays_silent() -> None:
    assert "contradiction" not in _kinds(None)
