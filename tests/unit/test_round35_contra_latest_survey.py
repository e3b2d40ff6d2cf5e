"""Round 35: "its latest drone survey showed 52,000 hectares" (h26-5-4) is the newest of
the source's surveys, not the count moved on: another body's figure resting on it is
that body's rival side.  The side it contradicts is the newest earlier figure of the
quantity's order from another source: not a farm's "140 hectares" filed under the
infested area's key, nor the same body's own earlier survey."""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.test_ledger import art, claim

DAY = 24 * 3600.0

LATEST = (
    "The Green Ridge Trust, an environmental group, said its latest drone survey showed "
    "52,000 hectares of dead or dying spruce."
)


def _agency(v: int, text: str) -> dict[str, Any]:
    return claim(
        v,
        text=text,
        source="state forestry agency",
        property="infested",
        quote=f"Bark beetles have infested {text} of spruce, the state forestry agency said.",
    )


def _decide(items: list[tuple[dict[str, Any], dict[str, Any], float]]) -> list[Any]:
    entry, dec = None, []
    for c, a, t in items:
        entry, dec, _ = ledger.decide(
            entry,
            c,
            a,
            story="s",
            metric="m",
            label="M",
            event_t=t,
            now_iso="2025-01-01T00:00:00+00:00",
        )
    return dec


def _trust(quote: str) -> dict[str, Any]:
    return claim(
        52000, text="52,000 hectares", source="Green Ridge Trust", property="infested", quote=quote
    )


def test_a_latest_survey_that_showed_it_contradicts() -> None:
    dec = _decide(
        [(_agency(12000, "12,000 hectares"), art(1), 0.0), (_trust(LATEST), art(2), 2 * DAY)]
    )
    assert [d[0] for d in dec] == ["contradiction"]


def test_the_latest_toll_is_still_a_move() -> None:
    quote = "The Green Ridge Trust said the latest figure was 52,000 hectares of dead spruce."
    dec = _decide(
        [(_agency(12000, "12,000 hectares"), art(1), 0.0), (_trust(quote), art(2), 2 * DAY)]
    )
    assert [d[0] for d in dec] == ["update"]


def test_the_side_is_another_bodys_figure_of_the_quantitys_order() -> None:
    farm = claim(
        140,
        text="140 hectares",
        source="Ole Brandt",
        property="infested",
        quote='"We are cutting trees at a loss," said Ole Brandt, who owns 140 hectares.',
    )
    own = claim(
        40000,
        text="40,000 hectares",
        source="Green Ridge Trust",
        property="infested",
        quote="The Green Ridge Trust said its flights showed 40,000 hectares of dying trees.",
    )
    dec = _decide(
        [
            (_agency(12000, "12,000 hectares"), art(1), 0.0),
            (own, art(2), 0.0),
            (farm, art(3), 0.0),
            (_trust(LATEST), art(4), 2 * DAY),
        ]
    )
    assert [d[0] for d in dec] == ["contradiction"]
    assert [x["claim"]["value"] for x in dec[0][2]] == [12000]
