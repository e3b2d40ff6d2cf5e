"""Round 85 (r85): a figure whose sentence opens on a named place ("In Brackwater, the
council said ...", "In Tolvane it found ...") counts that place: it is not compared with a
figure whose sentence neither opens so nor names that place anywhere (the story's own
count, whose lede names the story's place)."""

from __future__ import annotations

import pytest

from claimlogic.ledger import scope
from tests.unit.streams import run_stream


def _fig(sentence: str, text: str, **kw: object) -> dict[str, object]:
    return {"quote": sentence, "text": text, **kw}


@pytest.mark.parametrize(
    ("sentence", "text", "place"),
    [
        (
            "In Brackwater, the council said 640 homes were still without heating.",
            "640",
            "Brackwater",
        ),
        ("In Tolvane it found 1,900 pupils missing lessons.", "1,900", "Tolvane"),
        ("But in Sorrel Bay, only 35 boats returned to port.", "35", "Sorrel Bay"),
        ("In Port Ellery, burglaries fell from 410 to 220 in a year.", "410", "Port Ellery"),
    ],
)
def test_told_in_place_reads_a_sentence_that_opens_on_a_named_place(
    sentence: str, text: str, place: str
) -> None:
    assert scope.told_in_place(_fig(sentence, text)) == place


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a month, a weekday, a feast or a year at the opening is a time, not a place
        ("In March, 48 people were treated for burns.", "48"),
        ("In Easter week 12 climbers were rescued.", "12"),
        ("In 2031, 70 schools closed for the winter.", "70"),
        # an opener in lower case ("In addition, ...") is no place
        ("In addition, 90 households were moved.", "90"),
        # the place named mid-sentence, or the figure before the opener
        ("Police in Brackwater said 640 homes were without heating.", "640"),
        ("The council counted 640 homes; in Brackwater, more.", "640"),
    ],
)
def test_told_in_place_look_alikes_read_no(sentence: str, text: str) -> None:
    assert scope.told_in_place(_fig(sentence, text)) is None


def test_scope_keeps_another_place_apart_unless_the_other_names_it() -> None:
    there = _fig("In Tolvane it found 1,900 pupils missing lessons.", "1,900")
    own = _fig("The audit found 420 pupils on the county's missing register.", "420")
    assert not scope.scope_compatible(there, own)
    assert not scope.scope_compatible(own, there)
    # the other sentence names the place (a dateline in capitals too): compared as before
    named = _fig("TOLVANE, May 2 (Norland Wire) - The audit found 420 pupils missing.", "420")
    assert scope.scope_compatible(there, named)
    read = _fig("The audit found 420 pupils missing.", "420", place="Tolvane")
    assert scope.scope_compatible(there, read)
    # both open on a place: compared as before (the place test parts two named places)
    also = _fig("In Tolvane, the school office said 1,700 pupils were missing.", "1,700")
    assert scope.scope_compatible(there, also)
    # a month at the opening parts nothing
    month = _fig("In March, the audit found 1,900 pupils missing lessons.", "1,900")
    assert scope.scope_compatible(month, own)


_LEDE = (
    "MARLOW CROSS, Jan 12 (Norland Wire) - Floods have forced 300 people from their homes "
    "in the Marlow valley this week, the district council said on Monday."
)


def _kinds(second: str) -> list[list[tuple[str, float]]]:
    got = run_stream(
        [
            ("a1", "2031-01-12T10:00:00Z", "Floods force 300 from homes in Marlow valley", _LEDE),
            ("a2", "2031-01-13T10:00:00Z", "Marlow valley floods", second),
        ]
    )
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in got]


def test_another_town_count_is_no_update_of_the_story_count() -> None:
    there = (
        "MARLOW CROSS, Jan 13 (Norland Wire) - Rain eased over the Marlow valley on Tuesday, "
        "the district council said. In Fennick, 520 people have now been forced from their "
        "homes."
    )
    # an update before round 85 (checked)
    assert _kinds(there) == [[("new_figure", 300.0)], []]
    # the look-alike: the story's own place opening the sentence is still an update
    own = (
        "MARLOW CROSS, Jan 13 (Norland Wire) - Rain eased over the Marlow valley on Tuesday. "
        "In Marlow Cross, 450 people have now been forced from their homes, the council said."
    )
    assert _kinds(own) == [[("new_figure", 300.0)], [("update", 450.0)]]


def test_one_article_and_a_demonym_keep_the_pair_compared() -> None:
    there = _fig("In Dorvania, the union said 9,000 jobs were at risk.", "9,000")
    own = _fig("The ministry said its own estimate was about 3,000 jobs.", "3,000")
    assert not scope.scope_compatible(there, own)
    # two figures of one article: the opener sets the paragraph's place, carried on
    assert scope.scope_compatible(there, own, in_article=True)
    assert scope.comparable_in_article(there, own)
    # the other sentence names the place by its adjective
    adjective = _fig("The Dorvanian ministry said about 3,000 jobs were at risk.", "3,000")
    assert scope.scope_compatible(there, adjective)
