"""Round 43: one noun in the singular and the plural is one key for a thing that
happened to it (brain._story_core).

A ferry story reports "two sailors were missing" (``sailors|missing``) and, a day later,
"One sailor is still missing" -- the extractor files the second under ``sailor|missing``,
so the ledger never set it against the first and raised a new figure (the story's
missing lifeboats keep the role rule, _story_role, from picking the one missing key).
A bare count in the singular ("one of the volunteers") stays apart: one of a group is
not its number.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

FIRST = (
    "KESTHAVEN, March 3 (TR) - A cargo ferry caught fire off Kesthaven overnight and two "
    "sailors were missing, the coastguard said. Three of the ferry's lifeboats were also "
    "missing. Eleven crew members were rescued by a passing tanker, it said."
)


def _alerts(second: str) -> list[tuple[str, str, str]]:
    out = run_stream(
        [
            ("a1", "2031-03-03T08:00:00Z", "Ferry fire off Kesthaven", FIRST),
            ("a2", "2031-03-04T08:00:00Z", "Ferry fire off Kesthaven", second),
        ]
    )
    alerts: list[dict[str, Any]] = out[1][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_one_sailor_still_missing_carries_on_the_sailors_missing() -> None:
    got = _alerts(
        "KESTHAVEN, March 4 (TR) - Divers recovered the body of a crew member from the "
        "burnt-out ferry off Kesthaven on Wednesday. One sailor is still missing, the "
        "coastguard said."
    )
    assert ("update", "One", "sailors|missing") in got
    assert not any(k == "new_figure" and key == "sailor|missing" for k, _, key in got)


def test_singular_and_plural_core() -> None:
    from claimlogic.brain import _singular, _story_core

    assert _singular("men") == "man" and _singular("casualties") == "casualty"
    assert _singular("sailors") == "sailor" and _singular("bus") == "bus"
    assert _story_core(["sailors|missing"], "sailor|missing") == "sailors|missing"
    assert _story_core(["men|missing"], "man|missing") == "men|missing"
    # a bare count: "one of the volunteers" is no reading of their number
    assert _story_core(["volunteers|count"], "volunteer|count") is None
    # another property is another quantity
    assert _story_core(["sailors|killed"], "sailor|missing") is None
