"""Round 44: an article says its sources disagree (``ledger.quarrel``) only by a dispute
word that disputes a figure.  A rejection in the passive ("all of which were rejected")
tells what happened to the things counted, and "a challenge" as a noun is a case in
court: neither makes two bodies' counts of one noun in the article rival readings of
each other."""

from __future__ import annotations

from claimlogic import ledger

LEDE = "Election officials certified the list of 61,000 members for the party ballot on Monday."
PASSIVE = (
    " Auditors said they had found 1,400 duplicate entries, all of which were rejected"
    " before the list was sealed."
)
NOUN = " The party's youth wing has lodged a challenge to the voting rules in the regional court."


def test_a_passive_rejection_is_no_quarrel() -> None:
    assert not ledger.quarrel(LEDE + PASSIVE)


def test_a_challenge_in_court_is_no_quarrel() -> None:
    assert not ledger.quarrel(LEDE + NOUN)


def test_a_figure_rejected_or_challenged_still_quarrels() -> None:
    assert ledger.quarrel(LEDE + " The youth wing rejected the figure as too low.")
    assert ledger.quarrel(LEDE + " The youth wing challenged the count, saying 58,000 had paid.")
