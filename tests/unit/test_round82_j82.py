"""Round 82 (j82): past ``story_max_gap_s`` (60 days), within ``_LONG_JOIN_GAP_S`` (120
days), a report sharing ``_NAMED_LONG_JOIN_ENTITIES`` names with a story, at least
``_NAMED_LONG_JOIN_RARE`` of them distinct rare names of the story's, joins it at the
strong threshold (``joins._named_long_need``): a regulator's fine or an agency's count two
to four months on names the firm, the place and the officials of the first reports, five
to seven names where the round-57 long join asks eight.  Invented names, places and
values."""

from __future__ import annotations

import pytest

from claimlogic import stories
from claimlogic.brain import BrainConfig, joins
from tests.unit.streams import run_stream

_DAY = 24 * 3600.0

_FIRST = (
    "TORVALE, March 3 (Keswin Herald) - About 2,600 passengers were stranded overnight at "
    "Torvale airport after the carrier Brightwing Air cancelled 41 flights in a snowstorm, "
    "the airport operator Torvale Airports said on Tuesday.\n\n"
    "Brightwing chief executive Ilse Haverkamp said the carrier would pay passengers "
    "compensation of 250 crowns each. The Keswin aviation authority said it would look "
    "into why passengers were kept on planes on the tarmac for up to six hours. Passengers "
    "said they had no food or water on board.\n"
)

_FINE = (
    "The Keswin aviation authority fined Brightwing Air 1.8 million crowns over the night "
    "in March when passengers were kept on planes on the tarmac at Torvale airport for up "
    "to six hours.\n\n"
    "The authority said Brightwing had cancelled 41 flights and stranded about 2,600 "
    "passengers, and that the carrier had paid compensation to fewer than half of them. "
    "The carrier said it would appeal, and that a new de-icing contract was in place.\n"
)


def _run(
    pub: str, body: str = _FINE, title: str = "Regulator fines Brightwing over Torvale tarmac night"
) -> list[tuple[str, bool, list[dict[str, object]]]]:
    return run_stream(
        [
            (
                "a1",
                "2034-03-03T09:00:00Z",
                "Brightwing cancels 41 flights, 2,600 stranded at Torvale",
                _FIRST,
            ),
            ("a2", pub, title, body),
        ],
        config=BrainConfig(),
    )


_OTHER = (
    "The carrier Skylark Jet cancelled 17 flights at Torvale airport on Friday after a "
    "fuel supplier went on strike, and about 900 passengers were stranded, the Keswin "
    "aviation authority said.\n\n"
    "Skylark said it had booked hotel rooms for families and that flights would resume on "
    "Saturday. The fuel workers' union said its members wanted a pay rise of 9 percent.\n"
)


def test_a_regulator_s_fine_80_days_on_naming_five_of_the_story_s_names_joins_it() -> None:
    out = _run("2034-05-22T09:00:00Z")  # 80 days on: five names, three rare, terms 0.72
    assert out[0][0] == out[1][0], "one story"
    assert not out[1][1]


def test_without_the_rule_it_opens_a_story_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(joins, "_NAMED_LONG_JOIN_RARE", 99)
    out = _run("2034-05-22T09:00:00Z")
    assert out[0][0] != out[1][0]


def test_past_the_long_join_gap_it_stays_apart() -> None:
    out = _run("2034-07-15T09:00:00Z")  # 134 days on
    assert out[0][0] != out[1][0]


def test_within_sixty_days_the_usual_need_decides() -> None:
    assert joins._named_long_need(40 * _DAY, 7, 5, BrainConfig()) is None


def test_named_long_need_counts() -> None:
    cfg = BrainConfig()
    n, r = joins._NAMED_LONG_JOIN_ENTITIES, joins._NAMED_LONG_JOIN_RARE
    assert joins._named_long_need(80 * _DAY, n, r, cfg) == pytest.approx(cfg.story_strong_threshold)
    assert joins._named_long_need(80 * _DAY, n - 1, r, cfg) is None
    assert joins._named_long_need(80 * _DAY, n, r - 1, cfg) is None
    assert joins._named_long_need(130 * _DAY, n, r, cfg) is None
    # the round-57 test's look-alike stays as it was: seven names, none counted rare
    assert joins._long_gap_need(90 * _DAY, joins._LONG_JOIN_ENTITIES - 1, cfg) is None


def test_another_carrier_s_cancellations_at_the_same_airport_stay_apart() -> None:
    out = _run(
        "2034-05-22T09:00:00Z", _OTHER, "Skylark Jet cancels 17 flights at Torvale in fuel strike"
    )
    assert out[0][0] != out[1][0], "a second incident at the same airport is another story"
    assert not any(al["kind"] in ("update", "contradiction") for al in out[1][2])


def test_a_wire_s_update_tag_is_no_anchor() -> None:
    ents = {"updat": 1.0, "corvell": 1.0, "port corvell": 1.0}
    title = "UPDATE 2-Port Corvell ferry toll rises to 9"
    assert stories.anchor_terms(ents, title, []) == {"corvell"}
    # a headline whose word "Update" is not the wire's tag is read as before
    assert stories.anchor_terms({"updat": 1.0}, "Corvell Update: ferry toll 9", []) == {"updat"}
