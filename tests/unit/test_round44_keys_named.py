"""Round 44 (k44): behind a turn of its own ("The tenants' union gave a higher count."),
a figure under any named count key is the other side of the figure before the turn
(brain._elliptic_rival), not only one that names nothing it counts.

Its guards: only the first figure of its sentence, only when the turn is the one
sentence between the two, never two groups named or qualified apart.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream


def _alerts(text: str) -> list[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-02-10T08:00:00Z", "Karven heating failure", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


LEDE = (
    "KARVEN, Feb 10 (TR) - A burst main left 30,000 apartments in Karven without heating on "
    "Monday, the city utility said. "
)


def test_a_named_count_behind_a_turn_is_the_other_side() -> None:
    got = _alerts(
        LEDE + "The tenants' union gave a much higher count. \"Our members report 52,000 "
        'homes with cold radiators tonight," its chair Eva Lind said.'
    )
    assert [k for k, t, _ in got if t == "52,000"] == ["contradiction"]


def test_the_second_figure_of_the_sentence_answers_nothing() -> None:
    got = _alerts(
        LEDE + "The tenants' union gave a much higher count. \"Our members report 52,000 "
        'homes with cold radiators in 40,000 flats we visited," its chair Eva Lind said.'
    )
    assert not any(k == "contradiction" and t == "40,000" for k, t, _ in got)


def test_a_turn_after_a_paragraph_without_figures_answers_that_paragraph() -> None:
    got = _alerts(
        LEDE + "The mayor said on Tuesday that every home would have heating again by the "
        "weekend and that the city had asked the utility to pay for hotel rooms for "
        "families with small children while the repairs went on. He said crews from "
        "every district were working through the night on the broken main. The tenants' union "
        'disputed that. "Our members report 52,000 homes with cold radiators tonight," '
        "its chair Eva Lind said."
    )
    assert not any(k == "contradiction" and t == "52,000" for k, t, _ in got)
