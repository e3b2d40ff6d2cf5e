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


_EXCHANGE = (
    "VALDEN - Trading on the Valden stock exchange was halted for 14 minutes on Tuesday after "
    "a software fault. The exchange said the cancelled trades had a value of 1.2 billion "
    "marks. The market regulator said an hour later that its own data showed erroneous trades "
    "worth {figure} marks. The exchange stood by its figure."
)


def test_two_sources_figures_of_one_noun_share_a_quarrel_key() -> None:
    # the extractor files the sides as marks|count and marks|cost; the article says its
    # sources disagree, so the later side joins the earlier side's key and contradicts it
    got = _kinds(
        [
            (
                "a1",
                "2026-05-05T10:00:00Z",
                "Valden exchange halts trading",
                _EXCHANGE.format(figure="2.9 billion"),
            )
        ]
    )
    assert got[0] == [("new_figure", 1.2e9), ("contradiction", 2.9e9)]


def test_a_quarrel_key_joins_an_earlier_articles_side_the_article_names() -> None:
    got = _kinds(
        [
            (
                "a1",
                "2026-05-05T08:00:00Z",
                "Shelling on the Varkesh-Tolmar border",
                "KOLMAR - Fighting flared on the Varkesh-Tolmar border near Kolmar overnight. "
                "The Varkeshi army said more than 1,100 shells had landed on its positions "
                "near Kolmar since Monday night.",
            ),
            (
                "a2",
                "2026-05-05T14:00:00Z",
                "Shelling on the Varkesh-Tolmar border: Tolmar says it fired 400 shells",
                "KOLMAR - The Tolmari defence ministry said that its artillery near Kolmar had "
                "fired about 400 shells in total over the two nights. That is far below the "
                "figure given by the Varkeshi army, which says more than 1,100 shells landed "
                "on its positions.",
            ),
        ]
    )
    assert ("contradiction", 400.0) in got[1]


def test_the_quarrel_key_keeps_what_happened_and_denied_figures_apart() -> None:
    # "vehicles|injured" (the extractor's key for "26 injured ... about 40 vehicles") says
    # what happened to people; a count of vehicles does not join it
    got = _kinds(
        [
            (
                "a1",
                "2026-01-16T09:30:00Z",
                "Fog pileup on the A-4 motorway kills two, injures 26",
                "MADRID - Two people were killed and 26 injured when dense fog caused a pileup "
                "involving about 40 vehicles on the A-4 motorway near Valdepenas on Thursday "
                "morning, the traffic authority said.",
            ),
            (
                "a2",
                "2026-01-17T13:00:00Z",
                "Civil Guard says 52 cars caught up in A-4 fog crash",
                "MADRID - The Civil Guard said on Friday that 52 cars and trucks had been "
                "involved in Thursday's pileup on the A-4 near Valdepenas, more than the "
                "traffic authority's first estimate of about 40 vehicles.",
            ),
        ]
    )
    assert ("contradiction", 52.0) not in got[1]
    # "not to 12": the speaker denies the other side's figure, it gives no reading of it
    text = (
        "HALBERG - Twelve launchers had been supplied to Dravenia by June. Hours later, "
        "Dravenia's defence minister, Goran Vuk, said only seven launchers had arrived and "
        'disputed the figure. "I can count to seven, not to 12," Vuk said.'
    )
    got = _kinds([("a1", "2026-05-05T10:00:00Z", "Launchers row", text)])
    assert ("contradiction", 12.0) not in got[0]


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
    plain = rival.replace("But the", "The")
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
