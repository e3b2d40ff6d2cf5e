"""Round 31: a source that moves its own earlier figure on updates it, and does not
contradict another source's older figure its sentence says nothing about."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0


def test_a_source_moving_its_own_figure_updates_it() -> None:
    _, out = feed(
        [
            (claim(8000, source="agriculture ministry", property="destroyed"), art(1), 0.0),
            (claim(20000, "approx", source="farmers' union", property="destroyed"), art(1), 0.0),
            (claim(14500, source="agriculture ministry", property="destroyed"), art(2), 4 * DAY),
        ]
    )
    assert out[2] == ["update"]


def test_another_source_still_contradicts() -> None:
    _, out = feed(
        [
            (claim(8000, source="agriculture ministry", property="destroyed"), art(1), 0.0),
            (claim(20000, "approx", source="farmers' union", property="destroyed"), art(1), 0.0),
            (claim(14500, source="grain traders", property="destroyed"), art(2), 4 * DAY),
        ]
    )
    assert out[2] == ["contradiction"]
