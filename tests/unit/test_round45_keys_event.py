"""Round 45 (k45): an event figure of a named group answering the same event of a group left
unnamed (brain._elliptic_rival).

"The health ministry said 900 people had been infected. But the governor said more than
1,500 cases had been infected": the governor's figure is filed under ``cases|infected``, the
ministry's under ``people|infected``; the turn ("But ...") was read only for plain counts, so
the two readings never met.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream


def _alerts(text: str) -> list[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-05-02T08:00:00Z", "Fever outbreak in Tarvo", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


_FIRST = (
    "TARVO, May 1 (TR) - A fever outbreak in the northern province of Tarvo has spread to "
    "nine towns, and the health ministry said 900 people had been infected since March. "
)


def test_a_named_event_behind_a_turn_joins_the_unnamed_one() -> None:
    got = _alerts(
        _FIRST + "But the provincial governor, Lena Hask, said more than 2,000 cases had "
        "been recorded in the province alone."
    )
    hits = [(k, m) for k, t, m in got if t == "more than 2,000"]
    assert hits and hits[0][0] == "contradiction", got


def test_without_a_turn_the_named_event_stays_apart() -> None:
    got = _alerts(
        _FIRST + "The provincial governor, Lena Hask, said more than 2,000 cases had "
        "been recorded in the province alone."
    )
    assert not any(k == "contradiction" for k, t, _ in got if t == "more than 2,000"), got


def test_two_nouns_for_one_event_behind_a_turn_meet() -> None:
    got = _alerts(
        "DORVA, May 1 (TR) - Gunmen attacked a police convoy near Dorva on Thursday, and the "
        "army said six gunmen had been killed in the fighting. But the regional governor, "
        "Iris Vahl, said 15 attackers had been killed by her police."
    )
    assert any(k == "contradiction" for k, t, _ in got if t == "15"), got


def test_another_event_behind_a_turn_stays_apart() -> None:
    got = _alerts(
        "DORVA, May 1 (TR) - Gunmen attacked a police convoy near Dorva on Thursday, and the "
        "army said six gunmen had been killed in the fighting. But the regional governor, "
        "Iris Vahl, said 15 attackers had been arrested by her police."
    )
    assert not any(k == "contradiction" for k, t, _ in got if t == "15"), got
