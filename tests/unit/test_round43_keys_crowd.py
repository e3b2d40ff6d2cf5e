"""Round 43: a count of people who took part is the crowd an article names further down
(brain.observe's crowd rule).

"Police said 1,100 tractors and about 8,000 people had taken part" comes before the
organisers' "35,000 people had joined the march" (``crowd|attended``); the crowd rule
only looked at the story's keys, which did not hold the crowd yet, so the police's figure
stayed a plain ``people|count`` and raised a new figure of its own.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream


def _alerts(text: str) -> list[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-02-10T08:00:00Z", "Farmers march on parliament", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_people_who_took_part_join_the_crowd_named_later() -> None:
    got = _alerts(
        "VELDA, Feb 10 (TR) - Farmers drove their tractors into the capital on Tuesday to "
        "protest against cuts to diesel subsidies. Police said 1,100 tractors and about "
        "8,000 people had taken part. The farmers' union, which organised the protest, said "
        "35,000 people had joined the march from the station to parliament."
    )
    assert not any(key == "people|count" for _, _, key in got)
    assert any(k == "new_figure" and key == "crowd|attended" for k, _, key in got)


def test_people_who_took_part_without_a_crowd_keep_their_key() -> None:
    # no crowd anywhere: nothing to join
    got = _alerts(
        "VELDA, Feb 10 (TR) - Farmers drove their tractors into the capital on Tuesday to "
        "protest against cuts to diesel subsidies. Police said about 8,000 people had taken "
        "part in a training day at the fairground."
    )
    assert not any(key == "crowd|attended" for _, _, key in got)
