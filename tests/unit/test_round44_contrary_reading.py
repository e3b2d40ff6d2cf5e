"""Round 44: a figure that names nothing it counts, in a sentence that turns against what
was just said, is another body's reading of the figure right before it
(brain._elliptic_rival).

"The Red Cross said 1,400 civilians had been evacuated" and then "But the city's
governor said 2,300 had got out": the second figure has no noun (``quantity?..|count``),
so it filed under a key of its own and the two readings were never compared.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream


def _alerts(text: str) -> list[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-03-04T08:00:00Z", "Convoy leaves besieged city", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_but_another_body_said_n_had_got_out_contradicts_the_figure_before() -> None:
    got = _alerts(
        "MARVEN, March 4 (TR) - A convoy of buses left the besieged city of Marven on "
        "Tuesday. The Red Cross said 1,400 people had left the city by evening. But the "
        "city's military administration said 2,300 had got out, counting families who "
        "drove out in their own cars."
    )
    assert ("contradiction", "2,300") in [(k, t) for k, t, _ in got]


def test_the_same_speaker_going_on_is_no_rival() -> None:
    got = _alerts(
        "MARVEN, March 4 (TR) - A convoy of buses left the besieged city of Marven on "
        "Tuesday. The Red Cross said 1,400 civilians had been evacuated by evening, and the "
        "Red Cross said 2,300 had registered for the next convoy."
    )
    assert not any(k == "contradiction" for k, _, _ in got)


def test_a_far_other_order_of_size_is_no_reading() -> None:
    # "But ... 40,000" against 1,400: another quantity (the city's people), not a reading
    got = _alerts(
        "MARVEN, March 4 (TR) - A convoy of buses left the besieged city of Marven on "
        "Tuesday. The Red Cross said 1,400 people had left the city by evening. But the "
        "city's governor said 40,000 were still there."
    )
    assert not any(k == "contradiction" for k, _, _ in got)
