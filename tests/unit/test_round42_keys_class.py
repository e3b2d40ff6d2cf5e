"""Round 42: two words of one noun class for one quantity in a quarrelling article
(brain._quarrel_key, not only round 23's strict form).

"Ardesian warships were holding 38 cargo ships" (``cargo ships|count``, the port
authority) and the navy's "Twenty-one vessels are waiting for inspection"
(``vessels|count``): "vessels" and "ships" are one class of ``RIVAL_NOUN_CLASSES``, and the
navy's figure is the other side of the authority's.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

LEDE = (
    "SELVANE, June 12 (TR) - Ardesian warships were holding 38 cargo ships at anchor outside "
    "the port of Selvane on Thursday, the port authority said. The navy disputed the figure. "
)


def _alerts(text: str) -> set[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-06-12T08:00:00Z", "Selvane blockade", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return {(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts}


def test_the_navys_vessels_contradict_the_authoritys_cargo_ships() -> None:
    # the quote runs on into a second sentence: the figure's own has no speaker (round
    # 23's strict form wants one), the extractor's source names the navy's man
    text = LEDE + (
        '"Twenty-one vessels are waiting for inspection. No ship is held without reason," '
        "said navy spokesman Lio Brandt."
    )
    assert ("contradiction", "Twenty-one", "cargo ships|count") in _alerts(text)


def test_a_narrower_group_of_the_class_keeps_its_key() -> None:
    # "fishing boats" are another set than the cargo ships held
    text = LEDE + (
        '"Twenty-one fishing boats are waiting for inspection. No ship is held without '
        'reason," said navy spokesman Lio Brandt.'
    )
    assert not any(k == "contradiction" for k, _, _ in _alerts(text))
