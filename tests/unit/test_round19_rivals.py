"""Round 19: the two sides of a contradiction in one long report (rival wording past the
lede) and under one key (the quarrel key of a noun the article's sources disagree about)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream

_FILLER = (
    "Officials from both governments met in the border town on Monday to discuss the dispute "
    "over the duties, the second round of talks this month, but no agreement was reached and "
    "the delegations left without a joint statement. Steelworkers' leaders in the valley said "
    "they were worried about orders for the coming winter and that several furnaces might "
    "have to be banked if the measure stayed in place. Traders said buyers had already begun "
    "to look for other suppliers further afield, and that shipping costs had risen since the "
    "spring because of congestion at the northern ports. "
)


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


def _long_report(rival_sentence: str) -> str:
    return (
        "DOVIN - Kestria imposed a tariff on steel from Dovania on Monday. In Dovania, the "
        "steel federation said the tariff put 14,000 jobs at risk in the country's mills. "
        + _FILLER * 2
        + rival_sentence
        + " The federation disputed that estimate. "
        + _FILLER
    )


def test_rival_wording_is_recognised() -> None:
    for q in (
        "The Dovanian economy ministry said its own estimate was about 5,000 jobs.",
        'The shipping ministry said the number was "about 35".',
        "A spokesman said that no more than 18,000 civilians remained in the town.",
        "But the regulator told lawmakers that trades worth 2.9 billion marks were cancelled.",
        "The authority's own data showed erroneous trades worth 2.9 billion marks.",
    ):
        assert ledger.rival_wording({"quote": q}), q
    assert not ledger.rival_wording({"quote": "The ministry said about 5,000 jobs were at risk."})


def test_a_rival_reading_past_a_long_reports_lede_contradicts_the_other_side() -> None:
    text = _long_report("The Dovanian economy ministry said its own estimate was about 5,000 jobs.")
    assert len(text) > ledger.LONG_ARTICLE_CHARS
    assert text.index("5,000") > ledger.LEDE_CHARS
    got = _kinds([("a1", "2026-07-01T10:00:00Z", "Kestria slaps tariff on Dovanian steel", text)])
    assert ("contradiction", 5000.0) in got[0]
    # without rival wording a body figure stays background, as before
    plain = _long_report("The Dovanian economy ministry said about 5,000 jobs were at risk.")
    got = _kinds([("a1", "2026-07-01T10:00:00Z", "Kestria slaps tariff on Dovanian steel", plain)])
    assert ("contradiction", 5000.0) not in got[0]


def test_rival_wording_makes_a_side_without_the_articles_quarrel_words() -> None:
    def text(second: str) -> str:
        return (
            "BELMARK - Flights at Belmark airport were grounded for a second day on Saturday "
            "after drone sightings. About 67,000 passengers had been affected by the "
            "disruption, the airport operator said. " + second
        )

    rival = (
        "But the airlines' association, which represents the carriers using Belmark, said "
        "its members counted 95,000 passengers whose journeys had been cancelled."
    )
    got = _kinds([("a1", "2026-05-14T18:00:00Z", "Drones ground Belmark flights", text(rival))])
    assert ("contradiction", 95000.0) in got[0]
    # round 21 (calm_rival): "The association ... said its members counted 95,000" is a
    # rival reading of its own (the object of "said"); without "But" and without "said"
    # the sentence is no side
    plain = rival.replace("But the", "The").replace("said its members counted", "counted")
    got = _kinds([("a1", "2026-05-14T18:00:00Z", "Drones ground Belmark flights", text(plain))])
    assert ("contradiction", 95000.0) not in got[0]


def test_a_reading_recalled_in_a_relative_clause_is_no_rival() -> None:
    q = (
        "Brightwall Labs, the private firm that said on Wednesday that 37 agencies had been "
        "breached, said it welcomed the revision but maintained its own count."
    )
    new = {"value": 37.0, "source": "Brightwall Labs", "quote": q, "text": "37"}
    old = {"value": 19.0, "source": "National Cyber Security Office", "quote": "..."}
    assert not ledger.rival_in_article(new, old)
    assert ledger.rival_in_article({**new, "quote": "Brightwall Labs said 37 agencies."}, old)
