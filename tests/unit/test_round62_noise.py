"""Round 62 (n62): false first figures on the freshest text -- a relative clause that
recalls what its noun said or counted, "at least one" as a class's threshold.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import unitless_count


def test_a_relative_clause_recalls_what_its_noun_said() -> None:
    for text, quote, value in [
        ("14", "The fishers' guild, which has said 14 boats were lost, welcomed the inquiry.", 14),
        (
            "6 million marks",
            "The growers' board, which had put its losses at 6 million marks, backed the plan.",
            6e6,
        ),
        ("27", "Speaking for the guild, which had counted 27 hurt stewards by June, she left.", 27),
    ]:
        assert ledger.relative_said(unitless_count(text, quote, value)), quote
        assert ledger.framing_figure(unitless_count(text, quote, value), "things|count"), quote
    for text, quote, value in [
        ("14", "The guild said 14 boats were lost.", 14),  # the sentence's own verb
        ("9", "The storm, which killed 9 people, moved north.", 9),  # the clause's event
        ("14", "The guild, which has said little, counted 14 boats lost.", 14),  # comma between
    ]:
        assert not ledger.relative_said(unitless_count(text, quote, value)), quote


def test_at_least_one_is_a_class_threshold() -> None:
    for text, quote in [
        ("at least one", "About 3,000 flats had missed at least one delivery since May."),
        ("more than one", "Many ballots were void because voters ticked more than one name."),
    ]:
        assert ledger.limit_figure(unitless_count(text, quote, 1)), quote
    for text, quote in [
        ("one", "One person was hurt in the blast."),
        ("at least two", "At least two people were hurt in the blast."),
    ]:
        value = 1 if text == "one" else 2
        assert not ledger.limit_figure(unitless_count(text, quote, value)), quote


def test_a_said_clause_with_its_own_subject_is_left_to_the_restatement_check() -> None:
    quote = "The clinic, which had said it had treated 300 cases, closed."
    assert not ledger.relative_said(unitless_count("300", quote, 300))
