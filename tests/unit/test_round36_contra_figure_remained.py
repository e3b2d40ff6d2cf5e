"""Round 36: "Vestra Energy, the operator, said its own figure remained 4 cubic metres"
(h39-2-2, after the regulators' 16 cubic metres in the same article) restates a side the
operator gave before -- the disagreement was told then -- so it is no new rival reading
of the regulators' figure; a side read out in the article ("said its own count was 4
cubic metres") still is."""

from __future__ import annotations

from claimlogic import ledger

OLD = {
    "value": 16.0,
    "text": "16 cubic metres",
    "source": "Nuclear regulators",
    "metric": "radioactive coolant|count|volume",
    "quote": (
        "Nuclear regulators said on February 11 that 16 cubic metres of radioactive "
        "coolant had leaked at the Kellmar plant's unit 2."
    ),
}


def _new(quote: str) -> dict[str, object]:
    return {
        "value": 4.0,
        "text": "4 cubic metres",
        "source": "Vestra Energy",
        "metric": "radioactive coolant|count|volume",
        "quote": quote,
    }


def test_a_figure_that_remained_is_the_side_restated() -> None:
    new = _new("Vestra Energy, the operator, said its own figure remained 4 cubic metres.")
    assert not ledger.rival_in_article(new, OLD)
    new = _new("The operator said its estimate stood at 4 cubic metres.")
    assert not ledger.rival_in_article(new, OLD)


def test_a_side_read_out_is_still_a_rival_reading() -> None:
    new = _new("Vestra Energy, the operator, said its own count was 4 cubic metres.")
    assert ledger.rival_in_article(new, OLD)
