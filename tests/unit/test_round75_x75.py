"""Round 75 (x75): an age band fused to its number by a hyphen is no figure.

"the under-19 squad", "ticket discounts for over-70s": the number names a group of
people by age, it counts nothing (:func:`claimlogic.extract.quantities.age_group`). A
noun phrase read across the band keeps its head ("12 injured under-19 riders" counts
riders). A scale, unit or percent after "over-" / "under-" keeps the figure.
"""

from __future__ import annotations

from claimlogic.extract import extract_claims
from tests.unit.claims import claim_of
from tests.unit.streams import article_alerts


def _figures(text: str) -> list[str]:
    return [c.text for c in extract_claims(text)]


def test_under_band_before_a_noun_is_no_figure() -> None:
    text = "The town's under-19 squad won the regional cup on Sunday."
    assert "19" not in _figures(text)


def test_over_band_as_a_plural_noun_is_no_figure() -> None:
    text = "The council offered free bus passes to over-75s from March."
    assert "75" not in _figures(text)


def test_band_inside_the_counted_phrase_keeps_the_head() -> None:
    text = "The league raised the number of banned under-19 riders to 12."
    c = claim_of(text, "12")
    assert c.metric.split("|")[0].endswith("riders"), c.metric


def test_band_in_an_article_raises_no_alert_for_its_age() -> None:
    text = (
        "MERLOW, May 3 (Coast Wire) - Eleven players of the under-19 squad of a Merlow "
        "rowing club were injured when their bus overturned, police said on Tuesday.\n"
    )
    alerts = article_alerts(text, title="Bus crash", published_at="2040-05-03T10:00:00Z")
    assert all(fig != "19" for _kind, fig, _key in alerts), alerts


def test_look_alike_over_a_percent_stays_a_figure() -> None:
    text = "Rents in the city rose over-10 percent last year, the agency said."
    assert "10 percent" in _figures(text)


def test_look_alike_plain_count_after_under_stays_a_figure() -> None:
    text = "Police said under 40 people had been arrested."
    assert any(c.value == 40 for c in extract_claims(text))
