"""Round 81 (q81): a named speaker's own reading told after when or where it spoke ("said
in a statement that 31 boats", "said on Thursday evening that ...") is the object of its
reporting verb, as "said 31 boats" is: a calm article's second side of one key."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


def _reading(sentence: str) -> bool:
    return ledger.said_as_reading(
        {"quote": sentence, "text": "31 boats", "value": 31.0, "source": "Quellmoor cooperative"}
    )


def test_said_with_when_or_where_before_that_is_a_reading() -> None:
    for s in (
        "The Quellmoor cooperative said in a statement that 31 boats had not come back.",
        "The Quellmoor cooperative said on Thursday evening that 31 boats had sunk.",
        "The Quellmoor cooperative said at a briefing in the harbour that 31 boats sank.",
        # unchanged: the plain object clause
        "The Quellmoor cooperative said 31 boats had not come back.",
    ):
        assert _reading(s), s


def test_look_alikes_stay_no_reading() -> None:
    for s in (
        # a clause mark between the verb and "that": the figure is another clause's
        "The Quellmoor cooperative said on Thursday, as crews returned, that 31 boats sank.",
        # no "that": the phrase runs on into the figure's own words
        "The Quellmoor cooperative said in 2030 there were 31 boats in the harbour.",
        # a part of a group, as before
        "The Quellmoor cooperative said in a statement that 31 boats of the fleet sank.",
        # the speaker not named in the sentence, as before
        "It said in a statement that 31 boats had not come back.",
    ):
        assert not _reading(s), s


def test_a_calm_second_side_told_after_its_statement_contradicts() -> None:
    def text(second: str) -> str:
        return (
            "PORT VELLAN - A storm swept the Vellan coast overnight. The coastguard said "
            "22 boats had not returned to port by Friday morning. " + second
        )

    side = "The Quellmoor fishing cooperative said in a statement that 31 boats had not come back."
    got = _kinds([("a1", "2026-03-06T10:00:00Z", "Storm on the Vellan coast", text(side))])
    assert ("contradiction", 31.0) in got[0]
    # without the speaker's reporting verb the sentence is no side, as before
    plain = "The Quellmoor fishing cooperative's harbour held 31 boats that had not come back."
    got = _kinds([("a1", "2026-03-06T10:00:00Z", "Storm on the Vellan coast", text(plain))])
    assert ("contradiction", 31.0) not in got[0]
