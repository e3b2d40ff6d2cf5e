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


def _fig(quote: str, text: str, prop: str = "count") -> dict:
    return {"quote": quote, "text": text, "property": prop}


def test_context_figures_are_presupposed_or_possessed() -> None:
    ctx = ledger.context_figure
    # a count the sentence takes as known: a definite or possessive determiner
    assert ctx(_fig("All flights were cancelled and its 31 aircraft were grounded.", "31"))
    assert ctx(_fig("Nurses walked out at the 14 public hospitals in the region.", "14"))
    assert ctx(_fig("Data from the association's 210 member companies.", "210"))
    assert ctx(_fig("It was one of 11 hospitals placed on alert.", "11"))
    # what a place or firm has
    assert ctx(_fig("The hospital, which has 180 beds, cleared a ward.", "180"))
    assert ctx(_fig("Halvern, which employs about 3,400 people, said.", "about 3,400"))
    assert ctx(_fig("A block that houses about 240 students.", "about 240", "displaced"))
    assert ctx(_fig("A former factory with room for 3,000.", "3,000", "funding"))
    # the event's own figures
    assert not ctx(_fig("About 9,400 nurses walked out at the hospitals.", "About 9,400"))
    assert not ctx(_fig("It ordered all of its roughly 46,000 hens culled.", "roughly 46,000"))
    assert not ctx(_fig("The 14 killed were named.", "14", "killed"))  # not a plain count
    assert not ctx(_fig("The ministry now has 19 warships in the strait.", "19"))


def test_a_context_figure_opens_its_key_silently() -> None:
    text = (
        "KARLOV - Caravel Air ceased trading on Monday, leaving 38,000 passengers stranded "
        "abroad, the aviation authority said. All flights were cancelled and its 31 "
        "aircraft were grounded."
    )
    got = _alerts(text, "Caravel Air collapses")
    assert ("new_figure", 38_000.0) in got
    assert 31.0 not in [v for _, v in got]
    got = _alerts(text.replace("its 31 aircraft", "31 aircraft"), "Caravel Air collapses")
    assert ("new_figure", 31.0) in got
