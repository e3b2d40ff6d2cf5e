"""Round 9: an article that says its sources disagree and restates the other source's
figure contradicts it, even for small counts, hours apart, under an incident guard."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream

FIRST = (
    "f1",
    "2025-05-10T08:00:00Z",
    "Boat capsizes on Lake Varno, two dead",
    "VARNO - A tour boat carrying eight people capsized on Lake Varno on Saturday, "
    "killing two, the Varno County sheriff's office said. Divers from Tarsk searched "
    "the lake near the Varno marina.",
)


def test_quarrel_cues():
    assert ledger.quarrel("The sheriff's office said its count was correct.")
    assert ledger.quarrel("Neither agency explained the gap.")
    assert ledger.quarrel("five died, not two as the government has stated")
    assert ledger.quarrel("The agency stood by its figure.")
    assert not ledger.quarrel("The sheriff's office said eight people were aboard.")


def test_quarrel_pair_needs_two_sources_and_the_restated_value():
    new = {"value": 9.0, "source": "Varno Boat Tours", "quote": "Varno Boat Tours said 9."}
    old = {"value": 8.0, "source": "Varno County sheriff's office"}
    assert ledger.quarrel_pair(new, old, [9.0, 8.0])
    assert not ledger.quarrel_pair(new, old, [9.0])  # the article does not restate 8
    assert not ledger.quarrel_pair(new, {**old, "source": None}, [9.0, 8.0])
    same = {**old, "source": "Varno Boat Tours"}
    assert not ledger.quarrel_pair(new, same, [9.0, 8.0])
    moved = {**new, "quote": "The toll rose to 9, Varno Boat Tours said."}
    assert not ledger.quarrel_pair(moved, old, [9.0, 8.0])


def _second(text: str) -> list[tuple[str, bool, list[dict]]]:
    return run_stream(
        [
            FIRST,
            (
                "f2",
                "2025-05-11T09:00:00Z",
                "Lake Varno boat capsizing: operator gives other count",
                text + " Divers from Tarsk searched the lake near the Varno marina on Saturday.",
            ),
        ]
    )


def test_a_small_count_disputed_the_next_day_is_a_contradiction():
    out = _second(
        "VARNO - Varno Boat Tours said on Sunday that nine people were aboard the boat that "
        "capsized on Lake Varno, including a child who was not on the passenger list. The "
        "Varno County sheriff's office said eight people were aboard and that its count was "
        "correct."
    )
    assert out[0][0] == out[1][0]
    contra = [a for a in out[1][2] if a["kind"] == "contradiction"]
    assert [a["claim"]["value"] for a in contra] == [9.0]
    assert [x["value"] for x in contra[0]["against"]] == [8.0]


def test_without_a_cue_the_small_counts_stay_silent():
    out = _second(
        "VARNO - Varno Boat Tours said on Sunday that nine people were aboard the boat that "
        "capsized on Lake Varno. The Varno County sheriff's office said eight people were "
        "aboard."
    )
    assert out[0][0] == out[1][0]
    assert not [a for a in out[1][2] if a["kind"] == "contradiction"]


def test_a_quarrelling_article_that_says_the_toll_rose_is_no_contradiction():
    out = _second(
        "VARNO - The toll of the Lake Varno capsizing rose to three on Sunday, Varno Boat "
        "Tours said, after the sheriff's office had counted two dead. The sheriff disputed "
        "reports that the boat was overloaded."
    )
    assert not [a for a in out[1][2] if a["kind"] == "contradiction"]


def test_a_sentence_disputing_a_figure_it_names_contradicts_it():
    out = _second(
        "VARNO - Varno Boat Tours said on Sunday that nine people had been aboard the boat, "
        "disputing the sheriff's figure of 12 people aboard."
    )
    assert out[0][0] == out[1][0]
    contra = [a for a in out[1][2] if a["kind"] == "contradiction"]
    assert [a["claim"]["value"] for a in contra] == [9.0]  # the disputing side
    assert [x["value"] for x in contra[0]["against"]] == [12.0]


def test_a_comparison_with_another_period_is_no_dispute():
    out = _second(
        "VARNO - Varno Boat Tours said on Sunday that 19 boats had been rented this week, "
        "more than the 12 boats the company had reported last year."
    )
    assert not [a for a in out[1][2] if a["kind"] == "contradiction"]


def test_of_another_time():
    q = "19 boats were rented, more than the 12 boats the company had reported last year."
    assert ledger.of_another_time({"text": "12", "quote": q})
    q2 = "nine were aboard, disputing the sheriff's figure of 12, the company said last year."
    assert not ledger.of_another_time({"text": "12", "quote": q2})  # the clause ends first


def test_not_the_figure_another_source_reported_is_a_dispute_cue():
    q = "The owner said nine people were aboard, not the 11 the Highway Patrol has reported."
    assert ledger.disputes_figure({"text": "nine", "quote": q})
    assert ledger.disputed_value_named({"text": "nine", "quote": q})
    plain = "The owner said nine people were aboard, not counting the crew."
    assert not ledger.disputes_figure({"text": "nine", "quote": plain})


def test_taken_to_hospital_past_a_place_phrase_is_hospitalized():
    from claimlogic.extract import extract_claims

    text = (
        "The health authority says 17 people from Sunday's crash-landing at Varno airport "
        "were taken to hospital."
    )
    metrics = {c.value: c.metric for c in extract_claims(text)}
    assert metrics[17.0] == "people|hospitalized"
    other = "Officials say 40 people from the town of Varno were at the meeting."
    assert {c.value: c.metric for c in extract_claims(other)}[40.0] != "people|hospitalized"
