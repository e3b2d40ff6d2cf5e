"""Round 71 (fp71): a first figure given only as a ceiling -- "no more than 30,000", "at
most 300", "fewer than 20", "less than 100 dollars", "45 million at most" -- says what the
quantity does not exceed (mostly a side's denial of a larger figure), not how much there
is: ``decide`` records it and never announces it as a ``new_figure``
(``ceiling_figure``).  "Up to", "as many as", "nearly" and "almost" state a figure (a
forecast's top, an emphatic estimate) and stay news.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic.ledger.framing import ceiling_figure
from tests.unit.streams import article_alerts, count_claim, first_decision_kinds

CEILINGS = [
    ("no more than 4,000", "The club said no more than 4,000 fans had been turned away.", 4000.0),
    ("at most 120", "The mill's owner said at most 120 jobs would go this winter.", 120.0),
    ("fewer than 15", "Officials said fewer than 15 boats had been damaged in the harbour.", 15.0),
    ("120 at most", "The mill's owner said 120 jobs at most would go this winter.", 120.0),
    ("less than 80", "Many growers were paid less than 80 crowns for a full crate.", 80.0),
]


def test_a_ceiling_opens_no_key() -> None:
    for text, quote, value in CEILINGS:
        c = count_claim(value, text, quote, "things|count", bound="max", property="count")
        assert ceiling_figure(c), quote
        assert first_decision_kinds(c) == [], quote
        # the same figure stated plainly is a first figure
        plain = count_claim(value, text, quote, "things|count", property="count")
        assert not ceiling_figure(plain), quote
        assert first_decision_kinds(plain) == ["new_figure"], quote


def test_an_emphatic_estimate_is_no_ceiling() -> None:
    for text, quote in [
        ("up to 2,500", "Up to 2,500 homes are expected to lose power during the storm."),
        ("as many as 2,500", "As many as 2,500 homes lost power during the storm."),
        ("nearly 700", "Nearly 700 homes lost power during the storm."),
        ("almost 40", "Almost 40 homes were flooded overnight."),
    ]:
        c = count_claim(2500.0, text, quote, "homes|count", bound="max", property="count")
        assert not ceiling_figure(c), quote
        assert first_decision_kinds(c) == ["new_figure"], quote


def test_a_denial_in_an_article_raises_no_first_figure() -> None:
    text = (
        "BRELLPORT, March 3 (Test Wire) - The Brellport water board said on Tuesday that no "
        "more than 9,000 households had been left without tap water after a main burst, "
        "and that crews expected to finish repairs by Thursday.\n\n"
        "Residents queued at two tankers in the old town."
    )
    at = {"title": "Brellport main burst", "published_at": "2026-03-03T08:00:00Z"}
    alerts = article_alerts(text, **at)
    assert not any(kind == "new_figure" and "9,000" in fig for kind, fig, _ in alerts), alerts
    plain = text.replace("no more than 9,000", "9,000")
    alerts = article_alerts(plain, **at)
    assert any(kind == "new_figure" and fig == "9,000" for kind, fig, _ in alerts), alerts
