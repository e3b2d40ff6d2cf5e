"""Round 69 (g69): right first figures the first-figure guards silenced -- a plain count
whose key took a modifier for its subject still names what it counts when the plural noun
follows the modifiers, when it is a part "of them", or when it is the second of two vote
counts with its noun left out (``named_around``, asked by ``counts_things``).

Sentences of our own.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import unitless_count


def _names(text: str, quote: str, metric: str) -> bool:
    value = float(text.replace(",", "")) if text[0].isdigit() else 3.0
    return ledger.counts_things(unitless_count(text, quote, value, metric), metric)


def test_a_count_names_its_things_after_its_modifiers() -> None:
    for text, quote, metric in [
        ("42,000", "The lender said 42,000 former and current savers could claim.", "former|count"),
        ("90,000", 'Its filters stopped 90,000 fake "spam" messages.', "fake|count"),
        ("31", "The board grounded 31 privately owned seaplanes on Friday.", "privately|count"),
        ("5,500", "The maker recalled 5,500 Glowline bedside heaters.", "glowline|count"),
    ]:
        assert _names(text, quote, metric), quote


def test_a_part_of_them_and_a_second_vote_count() -> None:
    assert _names("26", "Inspectors checked 400 lifts and halted 26 of them.", "halted|count")
    assert _names("7,300", "Moro received 8,100 votes and Lasky 7,300.", "lasky|count")


def test_counts_that_still_name_nothing() -> None:
    for text, quote, metric in [
        ("14", "The depot reopened 14 following two clean samples.", "reopened|count"),
        ("4,000", "The union's 4,000 were angry.", "union|count"),
        ("2,000", "Moro received 8,100 votes, said Lasky 2,000 times.", "lasky|count"),
        ("300", "About 300 of the city's schools shut.", "city|count"),  # a partitive
        ("60", "The fund paid 60 more than last year.", "fund|count"),
        ("12", "The club said 12 other unpaid players had left.", "other|count"),  # a step
        ("8,000", "It said 8,000 recalled kettles were back.", "recalled|count"),  # a state
    ]:
        assert not _names(text, quote, metric), quote
