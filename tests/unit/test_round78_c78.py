"""Round 78 (c78): a speaker set apart from its saying verb by an aside gives a rival reading.

The branch's other rule (a sentence setting up two sides' figures, "gave sharply different
accounts", makes the article a quarrel) passed the tuning pool and lost on the blind batch
holdout197-204; it did not merge (docs/alert-quality.md, round 78 c78).
"""

from __future__ import annotations

from claimlogic.ledger.disputes import _source_words
from tests.unit.streams import article_alerts


def _contradicts(text: str, figure: str) -> bool:
    alerts = article_alerts(text, title="Story", published_at="2042-06-09T12:00:00Z")
    return any(k == "contradiction" and t == figure for k, t, _ in alerts)


# The rule (ledger ``disputes.py``, ``_source_words``): a speaker its sentence opens with and
# sets apart from the saying verb by an aside ("The regional emergency office, giving its
# own update an hour later, said 85 people were missing") is the figure's source when the
# extractor read none, so the two bodies' readings are told apart.

_MISSING = (
    "TAMBU, June 9 (Lake Wire) - The Tambu Red Cross said on Thursday that relatives had "
    "registered 140 people as missing at its tracing desk after the ferry sank. "
)


def test_a_speaker_set_apart_by_an_aside_gives_a_rival_reading() -> None:
    text = _MISSING + (
        "The regional emergency office, giving its own update an hour later, said 85 people "
        "were missing."
    )
    assert _contradicts(text, "85")


def test_the_aside_speakers_words() -> None:
    def words(quote: str, text: str) -> frozenset[str]:
        return _source_words({"quote": quote, "text": text, "source": None})

    said = "Harbour Watch, a group run by fishermen's families, said 310 boats had sunk."
    assert words(said, "310") == {"harbour", "watch"}
    aside = "A spokesman for the sect, reached by telephone, said 450 members lived there."
    assert words(aside, "450") == {"spokesman", "sect"}
    # round 78 too: a body that disputes a figure, saying its own; a "But" before the body
    disputing = "The Pilots' Guild disputed the figure, saying only 90 flights were delayed."
    assert words(disputing, "90") == {"pilots", "guild"}
    but = "But the central bank, in its report on Tuesday, said 5,800 loans were unpaid."
    assert words(but, "5,800") == {"central", "bank"}
    # the extractor's source stands when it read one
    assert _source_words({"quote": said, "text": "310", "source": "the port"}) == {"port"}
    # a sentence opening on a preposition or a connective names no speaker first
    assert not words("In Kello, on Monday, officials said 40 boats sank.", "40")
    assert not words("However, after the storm, the office said 40 boats sank.", "40")
    # a figure before the saying verb is not what the speaker said
    assert not words("Some 40 boats, the office said on Monday, had sunk.", "40")
