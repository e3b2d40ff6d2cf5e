"""Round 21: contradictions on fresh text -- two named speakers' readings of one quantity
given side by side in an article that never says they disagree."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


def _storm(second: str) -> str:
    return (
        "PORT HALLEN - Twenty-six fishing boats failed to return to harbours on the Dessa "
        "coast after a storm swept in overnight, the coastguard said on Tuesday. " + second
    )


_CALM_RIVAL = (
    "The Dessa Fishermen's Cooperative, which keeps lists of boats leaving each harbour, "
    "said 34 boats had not come back."
)


def test_a_calm_articles_rival_reading_contradicts_the_other_side() -> None:
    got = _kinds(
        [("a1", "2026-11-02T14:00:00Z", "Storm leaves boats missing", _storm(_CALM_RIVAL))]
    )
    assert ("contradiction", 34.0) in got[0]


def test_calm_rival_guards() -> None:
    # more than twice the other side: two quantities more often than two readings
    wide = _CALM_RIVAL.replace("said 34 boats", "said 70 boats")
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Storm leaves boats missing", _storm(wide))])
    assert ("contradiction", 70.0) not in got[0]
    # the speaker not named in the figure's sentence ("It said ...")
    old = {
        "value": 26.0,
        "source": "coastguard",
        "metric": "fishing boats|count",
        "text": "Twenty-six",
        "quote": "Twenty-six fishing boats failed to return, the coastguard said.",
    }
    new = {
        "value": 34.0,
        "source": "Dessa Fishermen's Cooperative",
        "metric": "fishing boats|count",
        "text": "34",
        "quote": _CALM_RIVAL,
    }
    assert ledger.calm_rival(new, old)
    pronoun = {**new, "quote": "It said 34 boats had not come back."}
    assert not ledger.calm_rival(pronoun, old)
    # a part of a group ("16 of the bodies") is no reading of the group
    part = {**new, "quote": new["quote"].replace("34 boats", "34 of the boats")}
    assert not ledger.calm_rival(part, old)
    # not the object of the reporting verb ("In the north, 34 boats ..., it said")
    loose = {
        **new,
        "quote": "In the north 34 boats had not come back, the Dessa Fishermen's Cooperative said.",
    }
    assert not ledger.calm_rival(loose, old)
    # one speaker for both sides, as for rival_in_article
    assert not ledger.calm_rival(
        {**new, "source": "coastguard", "quote": "The coastguard said 34 boats had not come back."},
        old,
    )


def test_said_as_reading_forms() -> None:
    for q, src in (
        (
            "The bride's family said 12 people had died, counting two elderly guests.",
            "bride's family",
        ),
        (
            "The mayor told a council meeting on Friday that more than 60 people had been "
            "diagnosed.",
            "mayor",
        ),
        ("The association said it had counted 18 deaths in children.", "association"),
        ("The cooperative put the toll at 31, counting eight men.", "cooperative"),
    ):
        num = next(w for w in ("12", "60", "18", "31") if w in q)
        assert ledger.said_as_reading({"quote": q, "text": num, "source": src}), q


def _march(organisers: str) -> str:
    return (
        "ORVIK - Thousands marched through Orvik on Saturday against the plan to cut the "
        "region's seats in parliament. Police said about 6,000 people took part in the "
        "march. " + organisers
    )


def test_a_crowd_counted_as_people_who_joined_is_the_crowd() -> None:
    assert ledger.joined_gathering(
        {"quote": "The organisers said 25,000 people had joined the march.", "text": "25,000"}
    )
    assert ledger.joined_gathering(
        {"quote": "Police said 6,000 people took part.", "text": "6,000"}
    )
    assert not ledger.joined_gathering(
        {"quote": "The organisers said 25,000 people lived there.", "text": "25,000"}
    )
    text = _march("The organisers, a coalition of civic groups, said 25,000 people had joined.")
    got = _kinds([("a1", "2026-10-03T18:00:00Z", "Thousands march in Orvik", text)])
    assert ("contradiction", 25000.0) in got[0]
    # a crowd's rivals may be four times apart; other calm rivals stay within 2x
    assert ledger.calm_rival(
        {
            "value": 25000.0,
            "source": "organisers",
            "metric": ledger.CROWD,
            "text": "25,000",
            "quote": "The organisers said 25,000 people had joined the march.",
        },
        {
            "value": 6000.0,
            "source": "Police",
            "metric": ledger.CROWD,
            "text": "6,000",
            "quote": "Police said about 6,000 people took part in the march.",
        },
    )
    # people who did something else are no crowd
    other = _march("The organisers said 25,000 people had signed a petition against the plan.")
    got = _kinds([("a1", "2026-10-03T18:00:00Z", "Thousands march in Orvik", other)])
    assert ("contradiction", 25000.0) not in got[0]


def test_two_counts_of_people_that_say_the_same_of_them_are_rivals() -> None:
    def text(second: str) -> str:
        return (
            "MELLICK - Twelve people were trapped deep inside the Dunhollow cave system on "
            "Thursday after a sudden downpour flooded the only passage back, the cave rescue "
            "service said. " + second
        )

    same = "The mayor of Mellick told reporters that 15 people were inside, citing a list."
    got = _kinds([("a1", "2026-06-10T18:00:00Z", "Cavers trapped at Dunhollow", text(same))])
    assert ("contradiction", 15.0) in got[0]
    # the generic key with nothing shared after the two counts: two quantities
    other = "The mayor of Mellick told reporters that 15 people were waiting at the car park."
    got = _kinds([("a1", "2026-06-10T18:00:00Z", "Cavers trapped at Dunhollow", text(other))])
    assert ("contradiction", 15.0) not in got[0]
    assert ledger.same_predicate(
        {"quote": "15 people were inside, citing a list.", "text": "15"},
        {"quote": "Twelve people were trapped deep inside the cave.", "text": "Twelve"},
    )


_EXCHANGE = (
    "VALDEN - Trading on the Valden stock exchange was halted for 14 minutes on Tuesday after "
    "a software fault. The exchange said the cancelled trades had a value of 1.2 billion "
    "talers. The market regulator said an hour later that its own data showed erroneous trades "
    "worth {figure} talers. The exchange stood by its figure."
)


def test_two_sources_figures_of_one_noun_in_one_article_share_a_key() -> None:
    # the extractor files the sides as talers|count and talers|cost (a currency it does not
    # know; with a known one they are value|amount|money and erroneous trades|cost|money,
    # which this join does not reach); the article says its
    # sources disagree, so the later side joins the earlier side's key and contradicts it
    text = _EXCHANGE.format(figure="2.9 billion")
    got = _kinds([("a1", "2026-05-05T10:00:00Z", "Valden exchange halts trading", text)])
    assert got[0] == [("new_figure", 1.2e9), ("contradiction", 2.9e9)]


def test_the_rival_key_never_reaches_back_to_an_earlier_article() -> None:
    # round 19's form joined an earlier article's figure this one names: a rescue's cost
    # joined the service's annual budget; the join now holds within one article only
    got = _kinds(
        [
            (
                "a1",
                "2026-06-10T08:00:00Z",
                "Cavers trapped at Dunhollow",
                "MELLICK - Twelve cavers were trapped in the Dunhollow cave on Thursday. The "
                "cave rescue service said its annual funding was 3.2 million crowns.",
            ),
            (
                "a2",
                "2026-06-12T14:00:00Z",
                "Dunhollow rescue cost disputed",
                "MELLICK - The interior ministry said the rescue had cost 1.4 million crowns, a "
                "figure the cave rescue service disputed. The service said its funding of 3.2 "
                "million crowns a year was not enough.",
            ),
        ]
    )
    assert ("contradiction", 1.4e6) not in got[1]
    # "not to 12": the speaker denies the other side's figure, it gives no reading of it
    text = (
        "HALBERG - Twelve launchers had been supplied to Dravenia by June. Hours later, "
        "Dravenia's defence minister, Goran Vuk, said only seven launchers had arrived and "
        'disputed the figure. "I can count to seven, not to 12," Vuk said.'
    )
    got = _kinds([("a1", "2026-05-05T10:00:00Z", "Launchers row", text)])
    assert ("contradiction", 12.0) not in got[0]


def test_a_value_in_another_unit_restates_no_rival_count() -> None:
    got = _kinds(
        [
            (
                "a1",
                "2026-04-05T10:00:00Z",
                "Lead poisoning in Sarn: 236 children affected",
                "SARN - The health ministry said on Monday that 236 children in the village of "
                "Sarn had elevated blood lead levels. The battery smelter stands about 300 "
                "metres from the village school.",
            ),
            (
                "a2",
                "2026-04-06T10:00:00Z",
                "Lead poisoning in Sarn: campaigners count 300 children",
                "SARN - Campaign group Toxics Watch, which ran its own blood tests, said on "
                "Tuesday that at least 300 children in Sarn had elevated blood lead levels, "
                "disputing the ministry's figure of 236.",
            ),
        ]
    )
    # the 300 metres of the first article is another quantity in another unit: the
    # campaigners' 300 children is no restatement of it
    assert ("contradiction", 300.0) in got[1]


def test_going_from_house_to_house_is_no_move_of_the_figure() -> None:
    assert ledger._moved_words("The toll rose from 12 to 15.")
    assert not ledger._moved_words("The committee went from house to house with lists.")
    got = _kinds(
        [
            (
                "a1",
                "2026-09-14T15:00:00Z",
                "Landfill collapse buries homes in Tolvenn",
                "TOLVENN - A slope of the Hessary landfill collapsed onto homes on Tuesday. "
                "City hall said about 40 people were missing.",
            ),
            (
                "a2",
                "2026-09-15T10:00:00Z",
                "Tolvenn landfill: residents say 70 missing",
                "TOLVENN - City hall repeated on Wednesday that about 40 people were missing. "
                "But the Low Hessary residents' committee, which has been going from house to "
                "house with lists of families, said at least 70 people were missing. The "
                "committee said the city's figure was wrong.",
            ),
        ]
    )
    assert ("contradiction", 70.0) in got[1]


def test_the_words_before_two_counts_of_people_may_say_what_they_are() -> None:
    census = {
        "quote": "The final census results put the population at 23.7 million.",
        "text": "23.7 million",
    }
    rival = {
        "quote": "But demographers said the true population was probably about 24.9 "
        "million, and that the census had missed many young men.",
        "text": "24.9 million",
    }
    assert ledger.same_predicate(rival, census)
    returnees = {"quote": "About 3,000 returnees crossed back on Monday.", "text": "3,000"}
    camp = {"quote": "The camp was sheltering 4,100 people on Monday.", "text": "4,100"}
    assert not ledger.same_predicate(camp, returnees)
