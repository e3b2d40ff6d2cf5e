"""Round 84 (j84): past ``_LONG_JOIN_GAP_S`` (120 days), within ``_LATE_JOIN_GAP_S`` (183
days), a report sharing ``_NAMED_LATE_JOIN_ENTITIES`` names with a story, at least
``_LATE_JOIN_NAMES`` - 1 (four) of them distinct rare names of the story's, joins it at the
strong threshold (``joins._named_late_need``): a trial's opening or a regulator's count
four to six months on names the firm, the prosecutor and the places of the first reports,
six to nine names where the round-73 late join asks eight names and five rare ones.
Invented names, places and values."""

from __future__ import annotations

import pytest

from claimlogic.brain import BrainConfig, joins
from tests.unit.streams import run_stream

_DAY = 24 * 3600.0

_FIRST = (
    "PELLARO, April 2 (Ostmark Courier) - Police in Pellaro arrested 14 people in dawn "
    "raids on a ring selling counterfeit insulin through the Sallowmere pharmacy chain, "
    "prosecutor Amrit Colwyn said on Wednesday.\n\n"
    "Officers seized 3,200 fake insulin pens at a warehouse of the Vostrand Medical "
    "company in the Dorrel docks, inspector Dalia Renshaw of the Pellaro police said. "
    "The Ostmark Medicines Board said it had withdrawn the licences of nine Sallowmere "
    "pharmacies while the counterfeit insulin inquiry went on.\n"
)

_TRIAL = (
    "The trial of 11 people accused of selling counterfeit insulin through the Sallowmere "
    "pharmacy chain opened in Pellaro on Monday, prosecutor Amrit Colwyn told the court.\n\n"
    "Colwyn said police had seized 3,200 fake insulin pens at a Vostrand Medical "
    "warehouse in the raids. The defendants deny the charges, and the trial is expected "
    "to last until the end of the year.\n"
)

_OTHER = (
    "Police in Pellaro arrested six people on Thursday over a burglary at a jeweller's "
    "shop in the old town, the Ostmark Courier reported.\n\n"
    "The thieves took rings and watches worth about 90,000 crowns, a police spokesman "
    "said. Two of those arrested were released without charge.\n"
)


def _run(
    pub: str,
    body: str = _TRIAL,
    title: str = "Counterfeit insulin trial opens in Pellaro with 11 in the dock",
) -> list[tuple[str, bool, list[dict[str, object]]]]:
    return run_stream(
        [
            (
                "a1",
                "2036-04-02T09:00:00Z",
                "Pellaro police break counterfeit insulin ring, 14 arrested",
                _FIRST,
            ),
            ("a2", pub, title, body),
        ],
        config=BrainConfig(),
    )


def test_a_trial_150_days_on_naming_six_of_the_story_s_names_joins_it() -> None:
    out = _run("2036-08-30T09:00:00Z")  # 150 days on
    assert out[0][0] == out[1][0], "one story"
    assert not out[1][1]


def test_without_the_rule_it_opens_a_story_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(joins, "_NAMED_LATE_JOIN_ENTITIES", 99)
    out = _run("2036-08-30T09:00:00Z")
    assert out[0][0] != out[1][0]


def test_past_half_a_year_it_stays_apart() -> None:
    out = _run("2036-10-20T09:00:00Z")  # 201 days on
    assert out[0][0] != out[1][0]


def test_named_late_need_counts() -> None:
    cfg = BrainConfig()
    n, r = joins._NAMED_LATE_JOIN_ENTITIES, joins._LATE_JOIN_NAMES - 1
    assert joins._named_late_need(150 * _DAY, n, r, cfg) == pytest.approx(
        cfg.story_strong_threshold
    )
    assert joins._named_late_need(150 * _DAY, n - 1, r, cfg) is None
    assert joins._named_late_need(150 * _DAY, n, r - 1, cfg) is None
    # within 120 days round 82's need decides; past 183 days nothing joins
    assert joins._named_late_need(100 * _DAY, n, r, cfg) is None
    assert joins._named_late_need(190 * _DAY, n, r, cfg) is None
    # the round-57/73 need is as it was: six names, four rare, 150 days on
    assert joins._long_gap_need(150 * _DAY, n, cfg, r) is None


def test_another_crime_in_the_same_town_months_on_stays_apart() -> None:
    out = _run("2036-08-30T09:00:00Z", _OTHER, "Six arrested over Pellaro jewellery shop burglary")
    assert out[0][0] != out[1][0], "a second crime in the same town is another story"
    assert not any(al["kind"] in ("update", "contradiction") for al in out[1][2])
