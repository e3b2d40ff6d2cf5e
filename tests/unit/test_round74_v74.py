"""Round 74 (v74): a body that counts again moves its own figure on.

A later figure whose sentence says its speaker counted again ("now says", "after
duplicate entries were removed", "down from 4,800 in the summer") and whose sides hold an
earlier figure of that same speaker is the speaker's count moved on: an ``update`` of its
own figure, no contradiction of it (:func:`ledger.decision.own_count_moved_on`).  Another
body's figure set against the speaker's stays a side.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.ledger import decision
from tests.unit.streams import figure_in, run_stream, weighed

_FIRST = (
    "DORREN, June 4 (Valley Times) - Hundreds of people fell ill after drinking water from "
    "the Dorren reservoir, health officials said on Thursday.\n"
    "\n"
    "The regional health office said most of the 480 people treated had mild stomach pains, "
    "but 15 children had been admitted to hospital.\n"
)

_RECOUNT = (
    "DORREN, June 10 (Valley Times) - The regional health office said 390 people had been "
    "treated after drinking water from the Dorren reservoir, not the 480 reported last week, "
    "after duplicate entries from clinics were removed.\n"
    "\n"
    "The reservoir remains closed.\n"
)

_OTHER_BODY = (
    "DORREN, June 10 (Valley Times) - The doctors' union said 620 people had been treated "
    "after drinking water from the Dorren reservoir, not the 480 reported by the health "
    "office last week, after clinics in the hills were counted again.\n"
    "\n"
    "The reservoir remains closed.\n"
)


def _second(text: str) -> list[tuple[str, str, list[str]]]:
    """The second report's alerts as (kind, figure, figures against)."""
    out = run_stream(
        [
            ("d1", "2031-06-04T10:00:00Z", "Hundreds ill after Dorren reservoir water", _FIRST),
            ("d2", "2031-06-10T10:00:00Z", "Dorren reservoir illness count changed", text),
        ]
    )
    return weighed(out[1][2])


def test_a_body_that_counts_again_updates_its_own_figure() -> None:
    assert _second(_RECOUNT) == [("update", "390", ["480"])]


def test_without_the_rule_the_recount_reads_as_a_dispute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decision, "own_count_moved_on", lambda *_a, **_k: None)
    assert [k for k, _, _ in _second(_RECOUNT)] == ["contradiction"]


def test_another_body_counting_again_stays_a_side() -> None:
    # the nearest look-alike: the same recount words, said by a body that gave no figure
    assert ("contradiction", "620", ["480"]) in _second(_OTHER_BODY)


def _side(quote: str, text: str, source: str | None, t: float) -> dict[str, Any]:
    return {"claim": figure_in(quote, text, source=source), "t": t}


_NOW = figure_in(
    "The rights group Civic Watch now says 1,700 people have been detained.",
    "1,700",
    source="Civic Watch",
)
_OWN = _side("Civic Watch said 1,200 people had been detained.", "1,200", "Civic Watch", 1.0)
_MINISTRY = _side(
    "The interior ministry said only 400 people had been held, and accused Civic Watch of "
    "inventing names.",
    "400",
    "interior ministry",
    2.0,
)


def test_the_own_side_is_the_speakers_not_the_body_that_names_it_after() -> None:
    # "accused Civic Watch" after the ministry's 400 names Civic Watch as the other side
    got = decision.own_count_moved_on(_NOW, [_MINISTRY, _OWN], None, 10.0)
    assert got is _OWN


def test_no_own_side_without_words_of_a_new_count() -> None:
    said = figure_in(
        "Civic Watch said 1,700 people had been detained.", "1,700", source="Civic Watch"
    )
    assert decision.own_count_moved_on(said, [_OWN], None, 10.0) is None


def test_no_own_side_from_a_later_report() -> None:
    assert decision.own_count_moved_on(_NOW, [{**_OWN, "t": 20.0}], None, 10.0) is None


_REVIEW = figure_in(
    "Drenmoor Water said its own review now counted 1,100 discharges.",
    "1,100",
    source="Drenmoor Water",
)


def test_a_speaker_named_in_an_apposition_is_found_before_the_figure() -> None:
    # the extractor read the person as the source; the sentence names the body first
    own = _side(
        "Drenmoor Water, through its director Ilse Marr, said 640 discharges had gone unreported.",
        "640",
        "Ilse Marr",
        1.0,
    )
    assert decision.own_count_moved_on(_REVIEW, [own], None, 10.0) is own


def test_the_body_another_speaker_counted_is_no_own_side() -> None:
    # "River Watch said ... Drenmoor Water had made": the company is what was counted
    counted = _side(
        "The volunteer group River Watch said that Drenmoor Water had made 3,400 discharges.",
        "3,400",
        "River Watch",
        1.0,
    )
    assert decision.own_count_moved_on(_REVIEW, [counted], None, 10.0) is None
