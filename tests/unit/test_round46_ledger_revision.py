"""Round 46: a source's own revision, said after the figure or with "previously", moves
its count on (an update), and spans the story as a dispute does.  "The agency said 52
vessels had been seized, raising its earlier count after it checked the port logs" is no
rival reading of a committee's 60; "1,900 people had been detained since March, a figure
far higher than it had previously given" updates the agency's 700 of the first days."""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.ledger import decision
from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-06-01T00:00:00+00:00"


def test_revision_reads_a_raised_earlier_figure_after_the_figure() -> None:
    q = (
        "The agency said 52 vessels had been seized, raising its earlier count after it"
        " checked the port logs."
    )
    assert ledger.revision({"quote": q, "text": "52"})
    q = "The agency said 52 vessels had been seized, lowering its previous estimate."
    assert ledger.revision({"quote": q, "text": "52"})


def test_revision_reads_higher_than_previously_given() -> None:
    q = (
        "The agency said 1,900 people had been detained, a figure far higher than it had"
        " previously given."
    )
    assert ledger.revision({"quote": q, "text": "1,900"})


def test_no_revision_without_its_own_earlier_figure() -> None:
    q = "The agency said 52 vessels had been seized, raising concerns among fishermen."
    assert not ledger.revision({"quote": q, "text": "52"})


def _kinds(second: dict) -> list[str]:
    first = claim(
        700,
        text="700",
        source="interior agency",
        quote="The interior agency said 700 people had been detained in the first two days.",
    )
    _, out = feed(
        [(first, art(1), T, {"in_lede": True}), (second, art(2), T + 10 * DAY, {"in_lede": True})],
        metric="people|arrested",
        label="people arrested",
        now_iso=NOW,
        continuing=True,
    )
    return out[1]


def test_an_own_revision_over_the_story_span_updates() -> None:
    q = (
        "The interior agency said 1,900 people had been detained since March, a figure far"
        " higher than it had previously given."
    )
    second = claim(1900, text="1,900", source="interior agency", quote=q, time="since March")
    assert _kinds(second) == ["update"]


def test_a_span_without_revision_stays_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    # round 86 (k86): own_reading_in_lede reads a named body's higher count in a later
    # lede as its count moved on; off here, this round's own scope is what is tested
    monkeypatch.setattr(decision, "own_reading_in_lede", lambda *a: None)
    q = "The interior agency said 1,900 people had been detained since March."
    second = claim(1900, text="1,900", source="interior agency", quote=q, time="since March")
    assert "update" not in _kinds(second)


def test_revision_reads_more_than_its_first_figure() -> None:
    q = (
        "The board said the deposits had turned out to total 80 million euros, well above"
        " its first estimate."
    )
    assert ledger.revision({"quote": q, "text": "80 million euros"})
    q = "The board said the deposits totalled 80 million euros, more than its first quarter."
    assert not ledger.revision({"quote": q, "text": "80 million euros"})


def test_revision_reads_more_than_it_had_acknowledged() -> None:
    q = "The board said 9,400 names had been struck off, far more than it had acknowledged."
    assert ledger.revision({"quote": q, "text": "9,400"})
    q = "The union said 9,400 names had been struck off, far more than the board had acknowledged."
    assert not ledger.revision({"quote": q, "text": "9,400"})
