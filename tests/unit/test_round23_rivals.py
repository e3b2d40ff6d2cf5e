"""Round 23: one quantity, two named bodies, one article -- the later body's figure under a
key of the same head noun (another or no verb role) or of one small noun class is a rival
reading of the earlier one: a contradiction, not a new figure of its own."""

from __future__ import annotations

from claimlogic import brain, ledger
from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

_LEAD = (
    "DALMO - About 800 sheep have died on a flooded island pasture in the Vell estuary, "
    "the farmers' cooperative that grazes the island said on Monday. Rescue crews used "
    "boats to reach the pasture at low tide. "
)


def _alerts(text: str, *, on: bool = True) -> list[tuple[str, float, str]]:
    ((_, _, al),) = run_stream(
        [("a1", "2026-11-02T14:00:00Z", "Sheep drown", text)], BrainConfig(rival_readings=on)
    )
    return [(a["kind"], a["claim"]["value"], a["metric"]["key"]) for a in al]


def test_a_noun_of_the_same_class_by_another_body_contradicts() -> None:
    text = _LEAD + (
        "In a report to the regional council, the veterinary service said 1,900 animals "
        "had died on the island."
    )
    got = _alerts(text)
    assert ("contradiction", 1900.0, "sheep|killed") in got
    assert all(k != "new_figure" for k, v, _ in got if v == 1900.0)
    # without the rule the two sides sit under two keys, both "new"
    assert ("new_figure", 1900.0, "animals|killed") in _alerts(text, on=False)


def test_ships_and_vessels_in_one_calm_article() -> None:
    text = (
        "TAVRO - Fishing boats stayed in harbour along the Tavro coast on Friday. The harbour "
        "master said 60 boats were stuck behind the sandbar. Storms had silted the channel "
        "for two weeks. The fishermen's guild said 140 vessels were stuck."
    )
    assert ("contradiction", 140.0, "boats|count") in _alerts(text)
    assert ("new_figure", 140.0, "ships|count") in _alerts(text, on=False)  # round 50


def test_killed_and_injured_stay_two_quantities() -> None:
    text = _LEAD + (
        "In a report to the regional council, the veterinary service said 1,900 animals "
        "had been injured on the island."
    )
    assert all(k != "contradiction" for k, _, _ in _alerts(text))


def test_a_forecast_is_no_rival_reading() -> None:
    text = _LEAD + (
        "In a report to the regional council, the veterinary service said 1,900 animals "
        "were expected to die on the island."
    )
    assert all(k != "contradiction" for k, _, _ in _alerts(text))


def test_a_person_of_the_same_body_is_no_rival() -> None:
    text = _LEAD + "The cooperative's chairman, Ole Brand, said 1,900 animals had died there."
    assert all(k != "contradiction" for k, _, _ in _alerts(text))


def test_rival_nouns_strict() -> None:
    assert brain._rival_nouns("sheep", "killed", "animal", "killed", strict=True)
    assert brain._rival_nouns("pupil", "missing", "pupil", "count", strict=True)
    assert brain._rival_nouns("hive", "casualties", "hive", "killed", strict=True)
    assert not brain._rival_nouns("sheep", "killed", "animal", "injured", strict=True)
    assert not brain._rival_nouns("tank", "destroyed", "tank", "launched", strict=True)
    assert not brain._rival_nouns("sheep", "killed", "ship", "killed", strict=True)
    assert not brain._rival_nouns("loran", "count", "loran", "cost", strict=True)


def test_own_speaker_reads_the_figures_own_sentence() -> None:
    before = {
        "quote": "In a message seen by Nordpress, the observer said 2,900 animals were dead.",
        "text": "2,900",
    }
    after = {
        "quote": "About 1,200 sheep have died aboard the carrier, the exporter said.",
        "text": "About 1,200",
    }
    dateline = {
        "quote": "VARNHOLT, Nov 4 (NPA) - Government veterinarians who boarded the carrier "
        "put the number of dead sheep at 5,600 on Thursday.",
        "text": "5,600",
    }
    assert ledger.own_speaker(before) == "the observer"
    assert ledger.own_speaker(after) == "the exporter"
    assert ledger.own_speaker(dateline) == "Government veterinarians who boarded the carrier"
    assert ledger.own_speaker({"quote": "It said 40 sheep died.", "text": "40"}) is None
