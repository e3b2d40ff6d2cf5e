"""Round 83 (j83): a lead that corrects or revises a figure already given is written as a
follow-up (``stories.follow_up``): "the transport ministry has corrected its count of
cancelled school buses to 1,240", "revised its suspected case count down to 96", "more
than first reported", "61 percent, not 64 percent as stated".  A figure is corrected only
once it has been reported, so a station brief that names nothing and corrects the story's
count joins it as a follow-up (the brief join of a nameless follow-up) instead of opening
a story of its own.  Invented names, places and values."""

from __future__ import annotations

import pytest

from claimlogic import stories
from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

_FIRST = (
    "ORVENHOLM, May 4 (Tessan Courier) - Nearly one pupil in six in Orvenholm missed "
    "school buses for more than a week this spring, the transport ministry said on "
    "Monday, putting the number of cancelled school buses at 1,180 since March.\n\n"
    "Transport minister Edda Pralow said driver shortages at the bus firm Valdrenn Lines "
    "were to blame and that 35 new drivers would start in June. Parents' group School "
    "Roads said pupils in rural villages were hit hardest.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "The transport ministry has corrected its count of cancelled school buses to 1,240.",
        "The health office has revised its suspected case count down to 96, from 120.",
        "The board says it revised the waiting list figures after a double count.",
        "More school buses were cancelled than first reported, the ministry said.",
        "Fewer homes were damaged than initially thought, the council said on Friday.",
        "The agency's toll was corrected down after two patients were found alive.",
        "The board says 61 percent of claims were paid, not 64 percent as stated in May.",
        "Police now say nine lorries were involved, not 12 as reported on Monday.",
    ],
)
def test_a_correction_of_a_figure_is_a_follow_up(lead: str) -> None:
    assert stories.follow_up(lead)


@pytest.mark.parametrize(
    "lead",
    [
        "A fire swept through the covered market in Orvenholm on Monday night.",
        "The bank revised its rules on mortgage lending for first-time buyers.",
        "The council corrected a spelling mistake on the new road signs.",
        "Inspectors counted 1,180 cancelled school buses in the first survey of its kind.",
        "The ministry will publish its first estimate of the harvest in June.",
        "Not 40 people came to the meeting, as the mayor said they would.",
    ],
)
def test_a_first_report_or_another_revision_is_not(lead: str) -> None:
    assert not stories.follow_up(lead)


def _run(brief: str) -> list[tuple[str, bool, list[dict[str, object]]]]:
    return run_stream(
        [
            (
                "a1",
                "2041-05-04T09:00:00Z",
                "Orvenholm school buses cancelled 1,180 times as drivers quit",
                _FIRST,
            ),
            ("a2", "2041-05-09T07:00:00Z", "Ministry corrects bus figure", brief, "Radio Tessa"),
        ],
        config=BrainConfig(),
    )


def test_a_station_brief_correcting_the_story_s_count_joins_it() -> None:
    out = _run(
        "The transport ministry has corrected its count of cancelled school buses since "
        "March to 1,240, saying returns from two depots had been left out."
    )
    assert out[0][0] == out[1][0], "one story"
    assert not out[1][1]
    assert [(al["kind"], al["claim"]["value"]) for al in out[1][2]] == [("update", 1240.0)]


def test_the_same_brief_without_the_correction_stays_apart() -> None:
    # names nothing, not written as a follow-up: round 57 lets it join only on its
    # figures, and "returns" under a new count are no carried-on figure
    out = _run(
        "The transport ministry puts the number of school buses cancelled since March at "
        "1,240, with returns from two depots now included."
    )
    assert out[0][0] != out[1][0]
    assert [al["kind"] for al in out[1][2]] == ["new_figure"]
