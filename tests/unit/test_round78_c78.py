"""Round 78: wanted contradictions -- two sides' figures set up; a speaker set apart by an aside.

Rule 1 (ledger ``rivals.py``, read by ``quarrel``): a sentence that says two sides gave
sharply different figures ("police and the water board gave sharply different accounts of
the flooding", "gave widely different counts of how many ...") or that they disagree
over how many ("the two sides disagreed over how many families had been moved") makes the
article one whose sources disagree, so the two named bodies' readings of one quantity
that follow are compared as rival readings.
"""

from __future__ import annotations

from claimlogic.ledger import quarrel
from claimlogic.ledger.disputes import _source_words
from tests.unit.streams import article_alerts


def _contradicts(text: str, figure: str) -> bool:
    alerts = article_alerts(text, title="Story", published_at="2042-06-09T12:00:00Z")
    return any(k == "contradiction" and t == figure for k, t, _ in alerts)


_ROOMS = (
    "The fire service said about 3,400 cellars had been flooded across the valley. Its "
    "crews worked through the night with pumps borrowed from two neighbouring towns. "
    "The water board said 1,300 cellars had been flooded and that most had been pumped dry "
    "within a day."
)


def test_sharply_different_accounts_set_up_two_sides() -> None:
    text = (
        "BRENNA, June 9 (Valley Wire) - Heavy rain swamped the lower town of Brenna on "
        "Monday, closing two schools and the main road, officials said.\n\n"
        "The fire service and the water board gave sharply different accounts of the "
        "flooding. " + _ROOMS
    )
    assert quarrel(text)
    assert _contradicts(text, "1,300")


def test_without_the_set_up_the_pair_stays_as_it_was() -> None:
    text = (
        "BRENNA, June 9 (Valley Wire) - Heavy rain swamped the lower town of Brenna on "
        "Monday, closing two schools and the main road, officials said.\n\n"
        "The fire service and the water board spent the night on the streets. " + _ROOMS
    )
    assert not quarrel(text)
    assert not _contradicts(text, "1,300")


def test_the_set_up_wordings() -> None:
    assert quarrel("The union and the company gave widely different figures for the strike.")
    assert quarrel("Police and organisers gave wildly different counts of the crowd.")
    assert quarrel("The two sides disagreed over how many prisoners had been freed.")
    assert quarrel("The city and the charity disagree sharply on how many people sleep rough.")
    assert quarrel("Accounts differ over how many workers were sent into the tunnel.")
    assert quarrel("The agencies differed on the number of boats that had sunk.")


def test_look_alikes_that_set_up_no_figures() -> None:
    # a difference of opinion, not of figures; and words of difference with no sides
    assert not quarrel("The two parties disagreed over the new budget rules.")
    assert not quarrel("The museum gave different rooms to the two collections.")
    assert not quarrel("Opening hours differ on public holidays.")
    assert not quarrel("The ministers disagreed on how to pay for the new bridge.")


# Rule 2 (ledger ``disputes.py``, ``_source_words``): a speaker its sentence opens with and
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
