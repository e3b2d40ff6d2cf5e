"""Round 33: a follow-up about one rare name its story knows joins it although it counts
something else (the anchor join), and a second incident of one kind in one place does not."""

from __future__ import annotations

from claimlogic import stories
from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

CFG = BrainConfig()
OFF = BrainConfig(anchor_join=False)

QUEUE = [
    (
        "q1",
        "2026-11-09T06:30:00Z",
        "Truck queue at Corvel border stretches 22 km after customs outage",
        "A queue of 1,500 trucks stretched 22 km from the Corvel border crossing on Monday "
        "after a computer outage halted customs clearance, the border police said.",
    ),
    (
        "q2",
        "2026-11-09T20:30:00Z",
        "Corvel queue grows overnight",
        "The queue at the Corvel crossing grew overnight and 2,100 vehicles were waiting "
        "on Monday evening as customs clearance stayed down, the border police said.",
    ),
]


def test_follow_up_on_its_headline_name_joins_without_a_figure_kind_in_common():
    """vehicles after trucks: no figure kind in common, one shared name, not a brief."""
    (s1, _, _), (s2, new2, _) = run_stream(QUEUE, CFG)
    assert not new2 and s2 == s1


def test_anchor_join_can_be_turned_off():
    (s1, _, _), (s2, new2, _) = run_stream(QUEUE, OFF)
    assert new2 and s2 != s1


def test_headline_of_another_subject_does_not_join_on_the_town():
    """Same town, same day, far apart in hours, but the headline says nothing the story's
    does: another event."""
    items = [
        QUEUE[0],
        (
            "m1",
            "2026-11-09T20:30:00Z",
            "Corvel mayor opens new library",
            "The mayor of Corvel opened a new library on Monday evening; 2,100 books were "
            "donated by residents, the border town's council said.",
        ),
    ]
    (s1, _, _), (s2, new2, _) = run_stream(items, CFG)
    assert new2 and s2 != s1


def test_second_stabbing_in_one_town_hours_later_opens_its_own_story():
    """Two incidents of one kind in one place within hours: the same toll kind with a
    value of its own is no evidence of one event, however alike the headlines."""
    items = [
        (
            "k1",
            "2026-03-14T09:00:00Z",
            "Stabbing at Orvik market injures 12",
            "A man with a knife attacked shoppers at the Orvik market on Saturday morning, "
            "injuring 12 people, police said.",
        ),
        (
            "k2",
            "2026-03-14T12:00:00Z",
            "Stabbing at Orvik station injures 15",
            "A man with a knife attacked passengers at the Orvik railway station on Saturday, "
            "injuring 15 people, police said.",
        ),
    ]
    (s1, _, _), (s2, new2, alerts) = run_stream(items, CFG)
    assert new2 and s2 != s1
    assert all(a["kind"] == "new_figure" for a in alerts)


def test_shortened_copy_hours_later_joins_on_a_repeated_figure():
    """Within hours a report of the story's figure kind joins on its one rare name only
    when it repeats one of the story's figures under the same key (a shortened copy)."""
    items = [
        (
            "d1",
            "2027-07-12T15:15:00Z",
            "Inspector finds 3,350 Dessport cases tainted by lab chemist",
            "An inspector's report found 3,350 criminal cases tainted by the suspended "
            "Dessport lab chemist, and 118 convictions have been quashed so far, the "
            "justice ministry said on Monday.",
        ),
        (
            "d2",
            "2027-07-12T18:40:00Z",
            "Inspector: 3,350 Dessport cases tainted",
            "The inspector found 3,350 criminal cases tainted by the Dessport lab chemist, "
            "the ministry said.",
        ),
    ]
    (s1, _, _), (s2, new2, _) = run_stream(items, CFG)
    assert not new2 and s2 == s1


def test_headline_words_leave_out_the_names_and_fold_inflections():
    # (a final "e" folded too since session 29: "queues" and "queue" both give "queu")
    assert stories.headline_words("Corvel queue grows", {"corvel"}) == {"queu", "grow"}
    assert stories.headline_words("Corvel queues grow", {"corvel"}) == {"queu", "grow"}
    assert stories.headline_words(None) == set()
