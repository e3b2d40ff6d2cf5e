"""Round 43: a sum whose own sentence names a story sum and moves it on is that sum
(brain._story_named_sum).

"The commission raised its estimate of the shortfall at the collapsed crypto exchange
Coinvale to 1.1 billion dollars": the extractor reads the sum's subject from the words
after "at" (``crypto exchange coinvale|amount|money``), so the story's
``shortfall|amount|money`` (800 million) and the new figure sat under two keys -- a new
figure on fresh text, and any later revision of the shortfall compared with the wrong one.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

FIRST = (
    "DORVAL, Aug 10 (TR) - The collapsed crypto exchange Coinvale owes its customers far "
    "more than it holds, the Digital Assets Commission said on Monday, putting the "
    "shortfall at 800 million dollars."
)


def _alerts(second: str) -> list[tuple[str, str, str]]:
    out = run_stream(
        [
            ("a1", "2031-08-10T08:00:00Z", "Exchange collapse", FIRST),
            ("a2", "2031-08-12T08:00:00Z", "Exchange collapse", second),
        ]
    )
    alerts: list[dict[str, Any]] = out[1][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_a_raised_estimate_of_the_shortfall_updates_the_shortfall() -> None:
    got = _alerts(
        "DORVAL, Aug 12 (TR) - The Digital Assets Commission raised its estimate of the "
        "shortfall at the collapsed crypto exchange Coinvale to 1.1 billion dollars on "
        "Wednesday, after auditors found more missing customer funds."
    )
    assert ("update", "1.1 billion dollars", "shortfall|amount|money") in got


def test_a_sum_that_does_not_name_the_story_sum_keeps_its_key() -> None:
    # "the losses" are not the shortfall the story holds: no join on the move words alone
    got = _alerts(
        "DORVAL, Aug 12 (TR) - The Digital Assets Commission raised its estimate of the "
        "losses at the collapsed crypto exchange Coinvale to 1.1 billion dollars on "
        "Wednesday, after auditors found more missing customer funds."
    )
    assert not any(key == "shortfall|amount|money" for _, _, key in got)
