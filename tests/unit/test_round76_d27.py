"""Round 76 (d27): dispute words that describe the counted things, not a figure disputed.

A dispute cue of a figure's sentence makes the figure a side of a disagreement with
another body's figure of the key, whatever the time between them.  Two readings of the
cue words are no dispute of a figure:

* the counted things as the subject of a dispute verb's passive, or the participle right
  after the number ("2,600 claims had been rejected", "400 rejected applications"): which
  of the things are counted (``disputes._COUNTED_PASSIVE``, read by
  :func:`ledger.disputes.counted_participle`);
* an evaluative participle as the attribute of a noun that is no figure ("secured on
  inflated valuations", "paying inflated invoices"): what the story is about
  (:func:`ledger.disputes.attributive_cue`).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from claimlogic.ledger import disputes
from tests.unit.streams import figure_in, run_stream, weighed

_FILED = (
    "ORVIK, May 4 (Coast Wire) - Farmers in the Orvik delta have filed 5,200 claims for flood "
    "compensation since the scheme opened, the agriculture ministry said on Monday.\n"
    "\n"
    "The ministry said 3,900 claims had been paid so far.\n"
)

_REJECTED = (
    "ORVIK, May 6 (Coast Wire) - Farmers in the Orvik delta protested outside the agriculture "
    "ministry on Wednesday over flood compensation.\n"
    "\n"
    "The Orvik Farmers' Union said 2,600 claims had been rejected, most because the fields lay "
    "outside the registered delta zone.\n"
)

_DISPUTED = (
    "ORVIK, May 6 (Coast Wire) - Farmers in the Orvik delta protested outside the agriculture "
    "ministry on Wednesday over flood compensation.\n"
    "\n"
    "The Orvik Farmers' Union said 7,400 claims had been filed, far more than the ministry "
    "has acknowledged.\n"
)


def _second(second: str) -> list[tuple[str, str, list[str]]]:
    out = run_stream(
        [
            ("o1", "2031-05-04T09:00:00Z", "Orvik flood claims", _FILED),
            ("o2", "2031-05-06T09:00:00Z", "Orvik farmers protest over flood claims", second),
        ]
    )
    return weighed(out[1][2])


def test_a_count_of_rejected_claims_is_no_side_of_the_paid_ones() -> None:
    assert not [k for k, v, _ in _second(_REJECTED) if k == "contradiction"]


def test_without_the_rule_the_rejected_count_reads_as_a_dispute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(disputes, "_COUNTED_PASSIVE", re.compile(r"(?!x)x"))
    disputes._dispute_cue_in.cache_clear()
    try:
        kinds = [k for k, v, _ in _second(_REJECTED) if v == "2,600"]
    finally:
        disputes._dispute_cue_in.cache_clear()
    assert kinds == ["contradiction"]


def test_a_figure_set_against_the_ministrys_stays_a_side() -> None:
    # the nearest look-alike: the union's count with a comparison that disputes the
    # ministry's figure
    assert [k for k, v, _ in _second(_DISPUTED) if v == "7,400"] == ["contradiction"]


def _claim(quote: str, text: str) -> dict[str, Any]:
    return {**figure_in(quote, text), "metric": "claims|count"}


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("The union said 2,600 claims had been rejected because the fields lay outside.", "2,600"),
        ("The reviewer said she had begun work on 400 rejected applications.", "400"),
        ("The board said 310 appeals were dismissed at the first hearing.", "310"),
    ],
)
def test_the_counted_things_as_the_passives_subject(quote: str, text: str) -> None:
    c = _claim(quote, text)
    assert not disputes.disputed(c)
    assert not disputes.disputes_figure(c)


def test_a_passive_with_a_second_cue_keeps_the_second() -> None:
    c = _claim(
        "The ombudsman said 9,300 claims had been rejected by the pool, nearly twice the "
        "number the pool had given.",
        "9,300",
    )
    assert disputes.disputes_figure(c)


def test_a_figure_rejected_by_another_body_stays_disputed() -> None:
    c = _claim("The union said 300 jobs would go, a figure the company rejected.", "300")
    assert disputes.disputed(c)


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        (
            "Nine valuers have now been suspended in the inquiry into inflated home valuations "
            "at the bank, their professional body says.",
            "Nine",
        ),
        ("The regulator counted 1,620 mortgages secured on inflated valuations.", "1,620"),
        (
            "A tranche of 45 million dollars was repaid by a firm that admitted paying "
            "inflated invoices, the agency said.",
            "45 million dollars",
        ),
    ],
)
def test_an_attribute_of_the_storys_things_is_no_dispute(quote: str, text: str) -> None:
    c = _claim(quote, text)
    assert not disputes.disputed(c)
    assert not disputes.disputes_figure(c)


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("Observers said turnout was 31%, and that the official figure was inflated.", "31%"),
        ("Monitors said 40 people died and accused the army of inflated casualty figures.", "40"),
        ("Doctors said 40 people died and that police had inflated the toll.", "40"),
    ],
)
def test_a_figure_called_inflated_stays_disputed(quote: str, text: str) -> None:
    assert disputes.disputed(_claim(quote, text))


def test_without_the_attribute_rule_the_valuations_read_as_a_dispute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(disputes, "attributive_cue", lambda *_a, **_k: False)
    c = _claim("The regulator counted 1,620 mortgages secured on inflated valuations.", "1,620")
    assert disputes.disputed(c)
