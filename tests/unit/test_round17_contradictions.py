"""Round 17: contradictions on fresh text (rival figures of one article, dispute cues)
and the must-not-contradict cases (bounds, a source's own earlier reading)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


def test_a_number_right_after_than_is_a_bound_not_a_comparison() -> None:
    q = (
        "The flow of arrivals slowed on Friday, with about 1,800 people crossing by early "
        "afternoon compared with more than 5,000 on Tuesday, police said."
    )
    c = {"quote": q, "text": "about 1,800"}
    assert not ledger.disputes_figure(c)
    assert not ledger.disputed(c)
    assert (
        ledger.disputed_values([{**c, "start": 50}, {"quote": q, "text": "5,000", "start": 130}])
        == {}
    )
    # a comparison with another source's figure is still a cue
    q2 = "About 1,800 people crossed, fewer than the 5,000 the ministry reported."
    assert ledger.disputes_figure({"quote": q2, "text": "About 1,800"})


def test_a_source_revising_its_own_earlier_reading_is_a_revision() -> None:
    q = (
        "The agency said 47 people remained missing, fewer than the roughly 60 it reported "
        "on Tuesday afternoon, after relatives located several people."
    )
    assert ledger.revision({"quote": q, "text": "47"})
    assert ledger.revision(
        {"quote": "It now counts 12, below its own earlier estimate.", "text": "12"}
    )
    # another source's figure is no revision
    q2 = "Police said 9,000 marched, fewer than the 20,000 the organisers reported."
    assert not ledger.revision({"quote": q2, "text": "9,000"})


def test_a_count_lowered_below_the_sources_own_figure_updates_it() -> None:
    got = _kinds(
        [
            (
                "a1",
                "2026-04-14T15:00:00Z",
                "Dam burst in Orvane",
                "ORVANE - A tailings dam burst above Orvane on Tuesday. The civil protection "
                "agency said roughly 60 people were missing.",
            ),
            (
                "a2",
                "2026-04-15T09:00:00Z",
                "Orvane dam burst: 47 still missing",
                "ORVANE - Rescuers dug through the night in Orvane after the dam burst. The "
                "civil protection agency said 47 people remained missing, fewer than the "
                "roughly 60 it reported on Tuesday afternoon, after relatives located several "
                "people.",
            ),
        ]
    )
    assert ("contradiction", 47.0) not in got[1]
    assert ("update", 47.0) in got[1]


def test_a_count_that_has_now_moved_is_no_side_of_a_quarrel() -> None:
    old = {"value": 6.0, "source": "Hanna Blom"}
    new = {
        "value": 9.0,
        "source": "national police's anti-drug unit",
        "quote": "The national police's anti-drug unit said nine people had now been arrested.",
    }
    assert not ledger.quarrel_pair(new, old, [9.0, 6.0])
    stands = {**new, "quote": "The toll now stands at nine, the police said."}
    assert not ledger.quarrel_pair(stands, old, [9.0, 6.0])
    # "now" alone is no move: the two sources still quarrel
    plain = {**new, "quote": "The unit said nine people are now in custody, not six."}
    assert ledger.quarrel_pair(plain, old, [9.0, 6.0])


def test_a_part_named_after_its_group_is_no_rival_reading() -> None:
    q = (
        "The NCPS said that of the 28 missing, 11 were believed to have been in the "
        "Riverside district, closest to the river."
    )
    assert ledger.part_named_after_group({"quote": q, "text": "11"})
    assert ledger.part_named_after_group({"quote": "Of the dead, 19 were in Majene.", "text": "19"})
    assert not ledger.part_named_after_group(
        {"quote": "The NCPS said 11 were missing.", "text": "11"}
    )


def test_a_part_named_after_its_group_does_not_contradict_the_count() -> None:
    first = (
        "a1",
        "2026-04-16T09:00:00Z",
        "Orvane dam burst: search goes on in Orvane mud",
        "ORVANE - Rescuers searched the mud in Orvane on Thursday after the tailings dam "
        "burst above the town. Civil protection chief Dora Kallis said four people were "
        "missing.",
    )
    second = (
        "a2",
        "2026-04-18T09:00:00Z",
        "Orvane dam burst: search goes on in Orvane mud, company disputes count",
        "ORVANE - Rescuers searched the mud in Orvane on Saturday after the tailings dam "
        "burst above the town. The mine company disputed the figures. The NCPS said that "
        "of the 28 missing, 11 were believed to have been in the Riverside district, where "
        "the mud was deepest. After four days, the chances were very small.",
    )
    got = _kinds([first, second])
    assert ("contradiction", 11.0) not in got[1]
