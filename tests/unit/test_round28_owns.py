"""Round 28: what a place, body or firm has, said with a present main verb ("The store has
14 staff", "the federation has about 14,000 members", "The group owns 14 hotels"), past
the first paragraph of a long report is background like a share or a plan: recorded,
never announced as a new figure."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream


def _c(quote: str, text: str, value: float, start: int | None = None) -> dict:
    c = {"quote": quote, "text": text, "value": value, "metric": "x|count", "property": "count"}
    if start is not None:
        c["start"] = start
    return c


def test_a_present_has_or_owns_before_the_figure_is_what_it_has() -> None:
    assert ledger.owns(_c("The store has 14 staff, of whom four work at night.", "14", 14.0))
    assert ledger.owns(
        _c("The Ombara federation has about 14,000 members.", "about 14,000", 14000.0)
    )
    assert ledger.owns(_c("The group owns 14 hotels in Kastria.", "14", 14.0))


def test_what_it_holds_now_a_move_a_load_or_a_perfect_is_the_events() -> None:
    assert not ledger.owns(_c("The camp now has 8,100 people.", "8,100", 8100.0))
    assert not ledger.owns(
        _c(
            "Sarkhan has about 17,000 troops in Velt, up from about 14,000 three weeks ago.",
            "about 17,000",
            17000.0,
        )
    )
    assert not ledger.owns(_c("The ferry had 120 people on board.", "120", 120.0))
    assert not ledger.owns(_c("Police have arrested 31 people.", "31", 31.0))
    assert not ledger.owns(_c("The ship has 120 people on board.", "120", 120.0))


def test_what_it_has_is_body_only_past_the_first_paragraph_of_a_long_report() -> None:
    c = _c("The school has 410 pupils aged five to eleven.", "410", 410.0, start=600)
    assert not ledger.in_lede(c, "Children ill", reach=2300, first_par_end=300)
    # in the first paragraph, or in a short report, it is the article's own figure
    assert ledger.in_lede({**c, "start": 200}, "Children ill", reach=2300, first_par_end=300)
    assert ledger.in_lede(c, "Children ill", reach=700, first_par_end=300)
    # a figure the headline names is news wherever it stands
    assert ledger.in_lede(c, "410 pupils sent home", reach=2300, first_par_end=300)


_FILLER = (
    "Technicians from the regional health office inspected the building on Tuesday and "
    "found that the backup generator had not started when the mains supply failed, "
    "according to a preliminary report seen by local reporters on the same afternoon. "
)


def test_a_firms_staff_in_a_long_report_is_no_new_figure() -> None:
    a1 = (
        "DOSSA - Vaccines worth 2.3 million shillings were spoiled when the power failed at "
        "the Dossa medical store over the weekend, the health ministry said on Monday, and "
        "19,000 children will have to be vaccinated again.\n\n"
        "The store has 14 staff, of whom four work at night.\n\n" + _FILLER * 10
    )
    assert len(a1) > 2000
    out = run_stream([("a1", "2026-05-04T10:00:00Z", "Vaccines spoiled at Dossa store", a1)])
    alerts = [(a["kind"], a["claim"]["value"]) for _, _, al in out for a in al]
    assert ("new_figure", 14.0) not in alerts
    assert any(v == 19000.0 for _, v in alerts)
