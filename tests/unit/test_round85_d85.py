"""Round 85 (d85): a multiple of another body's reading named by its giver with no
determiner ("more than three times Quarrymoor's figure"), a multiple of a valuation or an
assessment ("more than twice the police valuation") and "several times the number" are
dispute cues (``_MULTIPLE_OF`` in ``ledger/disputes.py``).

A possessive that dates the reading ("twice last year's figure", "three times yesterday's
count") is the same body's earlier reading and stays no cue; a multiple of a size or a
capacity ("twice the size of", "three times the 400 it was built for") stays none.
"""

from __future__ import annotations

from claimlogic.ledger.disputes import disputes_figure
from tests.unit.streams import run_stream

_FIRST = (
    "SELBROOK, June 2 (Test Wire) - The Quarrymoor cycle courier company said 130 riders "
    "had been injured at work this year."
)


def _second(text: str) -> list[tuple[str, str]]:
    items = [
        ("a0", "2045-06-02T10:00:00Z", "Selbrook courier injuries", _FIRST),
        ("a1", "2045-06-05T10:00:00Z", "Selbrook courier injuries", text),
    ]
    out = run_stream(items)
    return [(a["kind"], a["claim"]["text"]) for a in out[1][2]]


def _cue(quote: str, text: str) -> bool:
    return disputes_figure({"quote": quote, "text": text, "metric": "riders|injured"})


def test_a_multiple_of_a_named_givers_figure_is_a_cue() -> None:
    assert _cue(
        "The riders' union said 410 riders had been injured, more than three times "
        "Quarrymoor's figure.",
        "410",
    )
    assert _cue(
        "The insurer put the losses at 1.1 million crowns, more than twice the police valuation.",
        "1.1 million crowns",
    )
    assert _cue(
        "Inspectors said 29 riders had been injured, several times the number the company "
        "had reported.",
        "29",
    )


def test_the_multiple_contradicts_the_givers_reading() -> None:
    # without the cue the union's 410 three days on reads as the count moving on
    text = (
        "SELBROOK, June 5 (Test Wire) - The Selbrook riders' union said on Thursday that "
        "410 riders had been injured at work this year, more than three times Quarrymoor's "
        "figure."
    )
    assert ("contradiction", "410") in _second(text)


def test_a_dated_multiple_stays_an_update() -> None:
    text = (
        "SELBROOK, June 5 (Test Wire) - The Selbrook riders' union said on Thursday that "
        "410 riders had been injured at work this year, more than three times last year's "
        "figure."
    )
    kinds = _second(text)
    assert ("contradiction", "410") not in kinds


def test_a_dated_possessive_or_a_size_stays_no_cue() -> None:
    assert not _cue(
        "The company said 410 riders had been injured, twice last year's figure.",
        "410",
    )
    assert not _cue(
        "The company said 410 riders had been injured, three times yesterday's count.",
        "410",
    )
    assert not _cue(
        "The depot holds 410 bikes, twice the size of the old one.",
        "410",
    )
    assert not _cue(
        "The depot now holds 1,200 bikes, three times the 400 it was built for.",
        "1,200",
    )
