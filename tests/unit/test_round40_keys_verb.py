"""Round 40: a bare count of a counted noun carries on the story's one key of that noun
under an event word another report read on it (brain._story_verb).

"The army has deployed 120 water tankers" (``water tankers|deployed``), three days later
"210 water tankers were delivering water" (``water tankers|count``): one quantity, two
keys, and the ledger raised the second as a first figure where an update was wanted.
"""

from __future__ import annotations

import json
from typing import Any

from claimlogic import brain
from claimlogic.brain import BrainConfig, analyze, observe
from claimlogic.extract import extract_claims
from tests.unit.streams import run_stream
from topics.catalog import TABLES
from topics.schemas import Article

FIRST = (
    "w1",
    "2031-08-01T08:00:00Z",
    "Tamsey desalination plant breaks down",
    "TAMSEY, Aug 1 (TR) - The desalination plant that supplies the Tamsey capital broke down "
    "on Friday, and the army has deployed 120 water tankers to the worst-hit districts, the "
    "government said.",
)


def _later(text: str) -> tuple[str, str, str, str]:
    return ("w2", "2031-08-04T08:00:00Z", "Tamsey water tankers", "TAMSEY, Aug 4 (TR) - " + text)


DELIVERING = (
    "The government said 210 water tankers were delivering water across Tamsey on Monday, "
    "three days after the desalination plant broke down."
)


def _alerts(out: list[tuple[str, bool, list[dict[str, Any]]]], i: int) -> set[tuple[str, str, str]]:
    return {(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in out[i][2]}


def test_a_bare_count_updates_the_story_key_of_its_noun_under_an_event_word() -> None:
    out = run_stream([FIRST, _later(DELIVERING)])
    assert out[1][0] == out[0][0]
    assert _alerts(out, 1) == {("update", "210", "water tankers|deployed")}


def test_the_rule_follows_the_kin_ratio_switch() -> None:
    out = run_stream([FIRST, _later(DELIVERING)], BrainConfig(kin_max_ratio=0.0))
    assert _alerts(out, 1) == {("new_figure", "210", "water tankers|count")}


def test_an_article_giving_two_figures_under_the_count_key_keeps_it() -> None:
    # two sets of tankers side by side: which one the army deployed is not for a verb
    # rule to guess
    out = run_stream(
        [
            FIRST,
            _later(
                "The government said 210 water tankers were delivering water across Tamsey on "
                "Monday, and that 180 water tankers had been hired from private firms, three "
                "days after the desalination plant broke down."
            ),
        ]
    )
    assert ("new_figure", "210", "water tankers|count") in _alerts(out, 1)


def _tables_after(items: list[tuple[str, str, str, str]]) -> tuple[dict[str, Any], str]:
    tables: dict[str, Any] = {name: {} for name in TABLES}
    sid = ""
    for i, (aid, pub, title, text) in enumerate(items):
        art = Article.create(text, id=aid, title=title, outlet=f"O{i}", published_at=pub)
        rec = json.loads(json.dumps(analyze(art, claims=extract_claims(text))))
        sid = observe(tables, rec, now=1_760_000_000.0 + i, config=BrainConfig()).story or ""
    return tables, sid


def _scene(tables: dict[str, Any], sid: str) -> brain._Scene:
    """A later article "w2" with no claims of its own, read against the story ``sid``."""
    return brain._Scene(tables, sid, tables[brain.T_STORIES][sid], [], "w2", BrainConfig())


def _count(value: float, text: str) -> dict[str, Any]:
    return {
        "value": value,
        "text": text,
        "unit": "tankers",
        "metric": "water tankers|count",
        "quote": f"The government said {text} water tankers were delivering water.",
    }


def test_a_handful_is_too_common_a_number_to_carry_a_count_on() -> None:
    first = (
        "w1",
        "2031-08-01T08:00:00Z",
        "Tamsey desalination plant breaks down",
        "TAMSEY, Aug 1 (TR) - The desalination plant that supplies the Tamsey capital broke "
        "down on Friday, and the army has deployed 8 water tankers to the worst-hit districts.",
    )
    tables, sid = _tables_after([first])
    assert "water tankers|deployed" in tables[brain.T_STORIES][sid]["metrics"]
    key = "water tankers|count"
    assert brain._story_verb(_scene(tables, sid), _count(9, "9"), key) is None
    tables, sid = _tables_after([FIRST])
    hit = brain._story_verb(_scene(tables, sid), _count(150, "150"), key)
    assert hit == "water tankers|deployed"
