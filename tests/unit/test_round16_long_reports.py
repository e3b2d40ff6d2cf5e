"""Round 16: precision on long reports (the incident's own figures versus context)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream
from tests.unit.test_round13_long_articles import BODY, DEEP, LEDE


def _alerts(text: str, title: str) -> list[tuple[str, float]]:
    out = run_stream([("a1", "2026-03-03T10:00:00Z", title, text)])
    return [(a["kind"], a["claim"]["value"]) for a in out[0][2]]


def test_a_long_report_whose_figures_end_early_still_has_a_body() -> None:
    # the report runs past LONG_ARTICLE_CHARS, its last figure does not: its body is
    # still background (round 13 measured the length by the figures' reach)
    text = LEDE + BODY + DEEP + BODY + BODY[:200]
    assert text.index("64 million") >= ledger.LEDE_CHARS
    assert text.index("64 million") + 20 < ledger.LONG_ARTICLE_CHARS <= len(text)
    got = _alerts(text, "Tanker fire in Orsk tunnel kills three")
    assert ("new_figure", 3.0) in got and ("new_figure", 14.0) in got
    assert 64_000_000.0 not in [v for _, v in got]
    # a report that ends with that figure is short: news throughout (round 13)
    got = _alerts(LEDE + BODY + DEEP, "Tanker fire in Orsk tunnel kills three")
    assert ("new_figure", 64_000_000.0) in got
