"""Round 77 (r77): a reading that states its own count reaches past the calm ratio.

Rule (brain ``_same_key_answered``): round 76 let another body's reading of a key answer
the figure of that key a named body gave farther up the article, but kept a pair said side
by side within the calm ratio (2x), as ``_same_key_rival`` keeps a lede's pair.  A side
that says how it got its figure or bounds it (``_counted_reading``: "said it had counted",
"its inspectors had recorded", "at least", "only") is a claim against the other count, not
a soft estimate beside it, and stands up to ``RIVAL_RATIO`` apart -- unless the two
figures are two acts ("had culled" / "had vaccinated").  A pair more than 2x apart with
only an explaining clause stays apart (round 17's calm article).
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import BrainConfig, new_tables, rivals
from claimlogic.brain.state import _Scene
from tests.unit.streams import count_claim

KEY = "goats|killed"
AGENCY = "The veterinary agency said 15,000 goats had died in the drought across the district."


def _pair(monkeypatch: pytest.MonkeyPatch, first: str, ftext: str, said: str, text: str) -> Any:
    """``first`` (the agency's) and ``said`` (the herders' cooperative's) side by side,
    the first already filed under KEY; the rival the second sentence's figure answers."""
    fv = float(ftext.replace(",", ""))
    v = float(text.replace(",", ""))
    fs = first.index(ftext)
    agency = count_claim(fv, ftext, first, KEY, source="veterinary agency", start=fs)
    agency["end"] = fs + len(ftext)
    s = len(first) + 1 + said.index(text)
    mine = count_claim(v, text, said, KEY, source="Herders' Cooperative", start=s)
    mine["end"] = s + len(text)
    entry = {"figures": [{"article": {"id": "a1"}, "claim": agency}]}
    monkeypatch.setattr(rivals, "_ledger_entry", lambda _t, _s, m: entry if m == KEY else None)
    scene = _Scene(new_tables(), "s1", {"metrics": [KEY]}, [agency, mine], "a1", BrainConfig())
    return rivals._other_noun_rival(scene, 1, KEY, compared=False, quarrelling=True)


COUNTED = (
    "The Herders' Cooperative said it had counted only 5,000 dead goats, and that the "
    "agency had included animals sold before the drought."
)


def test_a_counted_reading_side_by_side_answers_past_the_calm_ratio(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 3x apart, side by side: the cooperative says how it got its figure
    assert _pair(monkeypatch, AGENCY, "15,000", COUNTED, "5,000") == (KEY, 15000.0)


def test_the_rule_patched_off_keeps_the_calm_ratio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rivals, "_counted_reading", lambda _c: False)
    assert _pair(monkeypatch, AGENCY, "15,000", COUNTED, "5,000") is None


def test_an_explaining_clause_alone_stays_within_the_calm_ratio(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the nearest look-alike (round 17's calm article): no count of its own, only a reason
    said = (
        "The Herders' Cooperative said 5,000 goats had died, because the agency had "
        "not counted goats sold before the drought."
    )
    assert _pair(monkeypatch, AGENCY, "15,000", said, "5,000") is None


def test_within_the_calm_ratio_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    said = (
        "The Herders' Cooperative said 9,000 goats had died, because the agency had "
        "not counted goats sold before the drought."
    )
    assert _pair(monkeypatch, AGENCY, "15,000", said, "9,000") == (KEY, 15000.0)


def test_two_acts_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    first = "The veterinary agency said it had culled 15,000 goats across the district."
    said = (
        "The Herders' Cooperative said it had vaccinated only 5,000 goats, and that the "
        "agency had included animals sold before the drought."
    )
    assert _pair(monkeypatch, first, "15,000", said, "5,000") is None
