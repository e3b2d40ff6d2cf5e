"""Round 82 (r82): the body that says a figure in the figure's own clause ("The state
health ministry put the number of deaths at 17"; "Police put the crowd at 3,000;
organisers said 8,000") is its speaker for the rival tests, where the extractor read no
source, or gave the two figures of one sentence one source."""

from __future__ import annotations

import pytest

from claimlogic.ledger import rivals
from tests.unit.streams import run_stream


def _speaker(sentence: str, text: str) -> list[str]:
    return sorted(rivals.clause_speaker({"quote": sentence, "text": text}))


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


def test_clause_speaker_reads_the_subject_of_the_reporting_verb() -> None:
    assert _speaker("The Orvel health ministry put the number of flu deaths at 17.", "17") == [
        "health",
        "ministry",
        "orvel",
    ]
    two = "Police put the crowd at 3,000; organisers said 8,000 people took part."
    assert _speaker(two, "3,000") == ["police"]
    assert _speaker(two, "8,000") == ["organisers"]
    but = (
        "The board said 940 pupils had enrolled, but the teachers' union, which ran its own "
        "survey, said only 610 had."
    )
    assert _speaker(but, "610") == ["teachers", "union"]
    assert _speaker(
        "But the charge sheet filed in Quarro lists 4.1 million pills.", "4.1 million"
    ) == [
        "charge",
        "filed",
        "quarro",
        "sheet",
    ]
    dateline = (
        "TELMAR, May 2 (Brisk Wire) - Police in Telmar said on Monday they had held 44 people."
    )
    assert _speaker(dateline, "44") == ["police", "telmar"]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a pronoun names no body
        ("It put the number of flu deaths at 17.", "17"),
        ("Her office counted 28 canoes lost.", "28"),
        # a clause that opens on a preposition names no speaker first
        ("In a briefing, officials said 40 people had died.", "40"),
        # one body's series: the first is its past, the second no reading of its own
        ("The registry counted 3,400 claims in June and 3,900 in August.", "3,400"),
        ("The registry counted 3,400 claims in June and 3,900 in August.", "3,900"),
        # another verb between subject and figure
        (
            "The city has enlarged the camp to 320 beds and said 190 people were staying there.",
            "190",
        ),
        # a document with no owner named is no body
        ("The report said shuttle buses carried 6,300 voters to the merged stations.", "6,300"),
        # the body's own running series, moved on
        ("The guild now puts the number of closed shops at 720, up from 510.", "720"),
    ],
)
def test_clause_speaker_look_alikes_name_none(sentence: str, text: str) -> None:
    assert _speaker(sentence, text) == []


def test_rival_speakers_part_one_sentence_the_extractor_gave_one_source() -> None:
    q = "Police put the crowd at 3,000; organisers said 8,000 people took part."
    new = {"quote": q, "text": "8,000", "source": "Police"}
    old = {"quote": q, "text": "3,000", "source": "Police"}
    a, b = rivals.rival_speakers(new, old)
    assert a == frozenset({"organisers"}) and b == frozenset({"police"})
    # two sentences keep the extractor's sources, as before
    other = {"quote": "Police said 3,000 people took part.", "text": "3,000", "source": "Police"}
    a, b = rivals.rival_speakers(new, other)
    assert a == b == frozenset({"police"})


def test_an_unsourced_official_figure_has_its_rival() -> None:
    def text(official: str) -> str:
        return (
            "PELLBURG - Dengue fever has spread across the delta this season. "
            + official
            + " The Pellburg Medical Association said its members' hospitals had recorded "
            "29 dengue deaths in the city this season, and disputed the ministry's figure."
        )

    sourced = "The state health ministry put the number of dengue deaths in the city at 17."
    got = _kinds([("a1", "2026-04-02T10:00:00Z", "Dengue in Pellburg", text(sourced))])
    assert ("contradiction", 29.0) in got[0]
    # a pronoun for the official side: no body to set against, as before
    pronoun = "It put the number of dengue deaths in the city at 17."
    got = _kinds([("a1", "2026-04-02T10:00:00Z", "Dengue in Pellburg", text(pronoun))])
    assert ("contradiction", 29.0) not in got[0]


def test_one_body_named_two_ways_is_no_rival() -> None:
    old = {
        "quote": "OSLEN, May 3 (Brisk Wire) - Tarrow Books, one of the largest school "
        "publishers, said it had pulped 430 titles.",
        "text": "430",
        "source": None,
    }
    new = {
        "quote": "The publisher said its own review had found about 600 titles.",
        "text": "about 600",
        "source": "publisher",
    }
    a, b = rivals.rival_speakers(new, old)
    assert a == b == frozenset({"publisher"})
    # another body named by its clause stays apart
    other = {**new, "quote": "The booksellers' guild said about 600 titles.", "source": "guild"}
    a, b = rivals.rival_speakers(other, old)
    assert a == frozenset({"guild"}) and b == frozenset({"tarrow", "books"})
