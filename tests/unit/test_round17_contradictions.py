"""Round 17: contradictions on fresh text (rival figures of one article, dispute cues)
and the must-not-contradict cases (bounds, a source's own earlier reading)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


def test_a_number_right_after_than_is_a_bound_not_a_comparison() -> None:
    q = (
        "The flow of arrivals slowed on Friday, with about 1,800 people crossing by early "
        "afternoon compared with more than 5,000 on Tuesday, police said."
    )
    c = {"quote": q, "text": "about 1,800"}
    assert not ledger.disputes_figure(c)
    assert not ledger.disputed(c)
    assert (
        ledger.disputed_values([{**c, "start": 50}, {"quote": q, "text": "5,000", "start": 130}])
        == {}
    )
    # a comparison with another source's figure is still a cue
    q2 = "About 1,800 people crossed, fewer than the 5,000 the ministry reported."
    assert ledger.disputes_figure({"quote": q2, "text": "About 1,800"})


def test_a_source_revising_its_own_earlier_reading_is_a_revision() -> None:
    q = (
        "The agency said 47 people remained missing, fewer than the roughly 60 it reported "
        "on Tuesday afternoon, after relatives located several people."
    )
    assert ledger.revision({"quote": q, "text": "47"})
    assert ledger.revision(
        {"quote": "It now counts 12, below its own earlier estimate.", "text": "12"}
    )
    # another source's figure is no revision
    q2 = "Police said 9,000 marched, fewer than the 20,000 the organisers reported."
    assert not ledger.revision({"quote": q2, "text": "9,000"})


def test_a_count_lowered_below_the_sources_own_figure_updates_it() -> None:
    got = _kinds(
        [
            (
                "a1",
                "2026-04-14T15:00:00Z",
                "Dam burst in Orvane",
                "ORVANE - A tailings dam burst above Orvane on Tuesday. The civil protection "
                "agency said roughly 60 people were missing.",
            ),
            (
                "a2",
                "2026-04-15T09:00:00Z",
                "Orvane dam burst: 47 still missing",
                "ORVANE - Rescuers dug through the night in Orvane after the dam burst. The "
                "civil protection agency said 47 people remained missing, fewer than the "
                "roughly 60 it reported on Tuesday afternoon, after relatives located several "
                "people.",
            ),
        ]
    )
    assert ("contradiction", 47.0) not in got[1]
    assert ("update", 47.0) in got[1]


def test_a_count_that_has_now_moved_is_no_side_of_a_quarrel() -> None:
    old = {"value": 6.0, "source": "Hanna Blom"}
    new = {
        "value": 9.0,
        "source": "national police's anti-drug unit",
        "quote": "The national police's anti-drug unit said nine people had now been arrested.",
    }
    assert not ledger.quarrel_pair(new, old, [9.0, 6.0])
    stands = {**new, "quote": "The toll now stands at nine, the police said."}
    assert not ledger.quarrel_pair(stands, old, [9.0, 6.0])
    # "now" alone is no move: the two sources still quarrel
    plain = {**new, "quote": "The unit said nine people are now in custody, not six."}
    assert ledger.quarrel_pair(plain, old, [9.0, 6.0])


def test_a_part_named_after_its_group_is_no_rival_reading() -> None:
    q = (
        "The NCPS said that of the 28 missing, 11 were believed to have been in the "
        "Riverside district, closest to the river."
    )
    assert ledger.part_named_after_group({"quote": q, "text": "11"})
    assert ledger.part_named_after_group({"quote": "Of the dead, 19 were in Majene.", "text": "19"})
    assert not ledger.part_named_after_group(
        {"quote": "The NCPS said 11 were missing.", "text": "11"}
    )


def test_a_part_named_after_its_group_does_not_contradict_the_count() -> None:
    first = (
        "a1",
        "2026-04-16T09:00:00Z",
        "Orvane dam burst: search goes on in Orvane mud",
        "ORVANE - Rescuers searched the mud in Orvane on Thursday after the tailings dam "
        "burst above the town. Civil protection chief Dora Kallis said four people were "
        "missing.",
    )
    second = (
        "a2",
        "2026-04-18T09:00:00Z",
        "Orvane dam burst: search goes on in Orvane mud, company disputes count",
        "ORVANE - Rescuers searched the mud in Orvane on Saturday after the tailings dam "
        "burst above the town. The mine company disputed the figures. The NCPS said that "
        "of the 28 missing, 11 were believed to have been in the Riverside district, where "
        "the mud was deepest. After four days, the chances were very small.",
    )
    got = _kinds([first, second])
    assert ("contradiction", 11.0) not in got[1]


LOCKOUT = (
    "PELMOUTH - Port employers in Pelmouth locked out dockworkers on Tuesday after pay talks "
    "broke down. The Pelmouth Port Employers' Association said 2,100 dockworkers had been "
    "locked out from the start of the morning shift. The Transport and Dock Workers' Union "
    "said the real figure was 2,900 dockworkers, because the employers had not counted "
    "casual workers. The employers said they stood by their figure."
)


def test_rival_figures_of_one_article_contradict_in_order() -> None:
    got = _kinds(
        [("a1", "2026-10-06T10:00:00Z", "Pelmouth employers lock out dockworkers", LOCKOUT)]
    )
    assert got[0] == [("new_figure", 2100.0), ("contradiction", 2900.0)]


def test_no_rivals_without_a_quarrel_or_with_a_move() -> None:
    calm = LOCKOUT.replace("the real figure was", "").replace(
        " The employers said they stood by their figure.", ""
    )
    # round 21 (calm_rival) lets a calm article's rival reading within 2x contradict; a
    # figure 3x the other stays apart without quarrel words, as round 17 had it
    calm = calm.replace("said  2,900", "said 6,900")
    got = _kinds([("a1", "2026-10-06T10:00:00Z", "Pelmouth employers lock out dockworkers", calm)])
    assert ("contradiction", 6900.0) not in got[0]
    moved = LOCKOUT.replace("the real figure was 2,900", "the number had risen to 2,900")
    got = _kinds([("a1", "2026-10-06T10:00:00Z", "Pelmouth employers lock out dockworkers", moved)])
    assert ("contradiction", 2900.0) not in got[0]


def test_rival_in_article_guards() -> None:
    old = {"value": 2100.0, "source": "Port Employers' Association", "metric": "dockworkers|count"}
    new = {
        "value": 2900.0,
        "source": "Dock Workers' Union",
        "metric": "dockworkers|count",
        "text": "2,900",
        "quote": "The Dock Workers' Union said 2,900 dockworkers were locked out.",
    }
    assert ledger.rival_in_article(new, old)
    assert not ledger.rival_in_article({**new, "source": None}, old)
    assert not ledger.rival_in_article({**new, "value": 21_000.0}, old)  # another order
    assert not ledger.rival_in_article({**new, "metric": "people|count"}, old)  # says nothing
    restated = "The union said it stood by its figure of 2,900 dockworkers."
    assert not ledger.rival_in_article({**new, "quote": restated}, old)
    recalled = "Firefighters had said on Wednesday night that 2,900 dockworkers were inside."
    assert not ledger.rival_in_article({**new, "quote": recalled}, old)
    since = "The Dock Workers' Union said 2,900 dockworkers had been turned away since Monday."
    assert ledger.rival_in_article({**new, "quote": since}, old)  # a period, not a move


def test_more_dispute_and_quarrel_cues() -> None:
    q = (
        "Halvard Minerals said on Wednesday that 31 people were unaccounted for, a figure "
        "well below the 47 missing given by the National Civil Protection Service."
    )
    assert ledger.disputes_figure({"quote": q, "text": "31"})
    assert ledger.quarrel("Dravenia's general staff said the real number was far higher.")
    assert ledger.quarrel("The UN refugee agency, however, put the figure lower.")
    assert not ledger.quarrel("The agency put the figure at 12,500 on Monday.")


def test_a_figure_disputed_by_name_is_contradicted_though_both_articles_name_both() -> None:
    first = (
        "a1",
        "2026-04-14T15:00:00Z",
        "Orvane dam burst: 47 missing",
        "ORVANE - A tailings dam burst above Orvane on Tuesday. The National Civil Protection "
        "Service said 47 people were missing. Kestria has 31 such dams, the mining "
        "inspectorate said.",
    )
    second = (
        "a2",
        "2026-04-15T10:00:00Z",
        "Orvane dam burst: mine operator says 31 missing",
        "ORVANE - Halvard Minerals, which operated the dam that burst above Orvane, said on "
        "Wednesday that 31 people were missing, a figure well below the 47 missing given by "
        "the National Civil Protection Service. The service stood by its count.",
    )
    got = _kinds([first, second])
    assert ("contradiction", 31.0) in got[1]


def test_the_gap_itself_disputes_nothing() -> None:
    q = (
        "The Department of Energy said 23 power plants were on forced outage, four more than "
        "the 19 the grid operator listed."
    )
    assert ledger._delta_before_cue({"quote": q, "text": "four"})
    assert not ledger._delta_before_cue({"quote": q, "text": "23"})


def test_scenery_counts() -> None:
    sc = ledger.scenery_count
    assert sc({"value": 2.0, "bound": "exact", "metric": "hangars|count", "property": "count"})
    assert sc(
        {"value": 3.0, "bound": "exact", "metric": "epidemiologists|team", "property": "team"}
    )
    # tolls and what happened to people are the story's own, however small
    assert not sc({"value": 2.0, "metric": "lorry drivers|killed", "property": "killed"})
    assert not sc({"value": 2.0, "metric": "port workers|arrested", "property": "arrested"})
    # ten or more, money, shares: not scenery counts
    assert not sc({"value": 12.0, "metric": "hangars|count", "property": "count"})
    assert not sc({"value": 5.0, "metric": "grant|amount|money", "property": "amount"})


def test_a_small_count_past_a_long_reports_first_paragraph_opens_no_key() -> None:
    from tests.unit.test_round13_long_articles import BODY, LEDE

    second = "The army deployed two helicopters to the tunnel, the fire service said. "
    text = LEDE + "\n\n" + second + BODY + BODY + BODY
    out = run_stream([("a1", "2026-03-03T10:00:00Z", "Tanker fire in Orsk tunnel", text)])
    got = [(a["kind"], a["claim"]["value"]) for a in out[0][2]]
    assert ("new_figure", 3.0) in got and ("new_figure", 14.0) in got
    assert 2.0 not in [v for _, v in got]
    # in the first paragraph the same count is news as before
    text = LEDE + second + "\n\n" + BODY + BODY + BODY
    out = run_stream([("a1", "2026-03-03T10:00:00Z", "Tanker fire in Orsk tunnel", text)])
    assert ("new_figure", 2.0) in [(a["kind"], a["claim"]["value"]) for a in out[0][2]]


def test_not_n_as_the_other_source_says_is_a_dispute_cue() -> None:
    q = (
        "The national consumer safety agency said on Monday that 97,000 electric scooters had been "
        "sold, not 84,000 as Voltro says, and urged the company to widen its recall."
    )
    c = {"quote": q, "text": "97,000", "start": 57}
    assert ledger.disputes_figure(c)
    assert ledger.disputed_values([c, {"quote": q, "text": "84,000", "start": 100}]) == {0: 1}
    q2 = "The shortfall was 4.9 billion florins, not 3.6 billion as the finance ministry reported."
    assert ledger.disputes_figure({"quote": q2, "text": "4.9 billion"})
    # a list is no dispute
    q3 = "It sold 97,000 scooters, not counting 84,000 bicycles."
    assert not ledger.disputes_figure({"quote": q3, "text": "97,000"})


def test_an_article_alerts_once_per_value_of_a_key() -> None:
    first = (
        "a1",
        "2026-02-10T10:00:00Z",
        "Solvane airport baggage chaos",
        "SOLVANE - About 18,000 checked bags were stranded at Solvane airport on Tuesday after "
        "the baggage system failed, the airport operator said.",
    )
    second = (
        "a2",
        "2026-02-10T20:00:00Z",
        "Solvane airport baggage chaos: union says 26,000 bags stuck",
        "SOLVANE - The ground handlers' union said about 26,000 checked bags were stranded at "
        "Solvane airport on Tuesday evening, not the 18,000 reported by the airport operator. "
        '"There are 26,000 checked bags down there," union representative Sofia Lindqvist '
        "said. The airport operator said it stood by its figure.",
    )
    got = _kinds([first, second])
    assert [v for _, v in got[1]].count(26_000.0) == 1


def test_a_pair_inside_a_body_sentence_is_a_detail() -> None:
    sc = ledger.scenery_count
    inside = "A farmer said his two sons were rescued from the roof by a helicopter."
    assert sc({"value": 2.0, "text": "two", "quote": inside, "metric": "sons|rescued"})
    opening = "Two guards were injured in the escape, the prison service said."
    assert not sc({"value": 2.0, "text": "Two", "quote": opening, "metric": "guards|injured"})
    three = "A farmer said three men were rescued from the roof by a helicopter."
    assert not sc({"value": 3.0, "text": "three", "quote": three, "metric": "men|rescued"})


def _same_outlet(items: list[tuple[str, str, str, str]]) -> list[list[tuple[str, float]]]:
    import json

    from claimlogic.brain import BrainConfig, analyze, observe
    from claimlogic.extract import extract_claims
    from topics.catalog import TABLES
    from topics.schemas import Article

    tables: dict = {name: {} for name in TABLES}
    out = []
    for i, (aid, pub, title, text) in enumerate(items):
        art = Article.create(
            text, id=aid, title=title, outlet="Kelmouth Courier", published_at=pub, fetched_at=pub
        )
        rec = json.loads(json.dumps(analyze(art, claims=extract_claims(text))))
        obs = observe(tables, rec, now=1_760_000_000.0 + i, config=BrainConfig())
        out.append([(a["kind"], a["claim"]["value"]) for a in obs.alerts])
    return out


WATER_1 = (
    "w1",
    "2026-11-02T20:00:00Z",
    "Kelmouth water main burst leaves homes dry",
    "KELMOUTH - The number of Kelmouth households without water rose to 140,000 on Monday "
    "evening after the trunk main burst on Station Road, Kelmouth Water said.",
)
WATER_2 = (
    "w2",
    "2026-11-03T16:00:00Z",
    "Council says nearly 200,000 Kelmouth homes without water; company stands by 140,000",
    "KELMOUTH - Kelmouth City Council said on Tuesday that nearly 200,000 Kelmouth households "
    "were without water after the trunk main burst on Station Road, accusing Kelmouth Water "
    "of understating the outage. Kelmouth Water said it stood by its figure of 140,000 "
    "households.",
)


def test_one_outlet_reporting_two_sources_quarrel_is_a_contradiction() -> None:
    got = _same_outlet([WATER_1, WATER_2])
    assert ("contradiction", 200_000.0) in got[1]


def test_nearly_stays_close_below_its_number() -> None:
    iv = ledger.interval({"text": "nearly 200,000", "value": 200_000.0, "bound": "max"})
    assert iv == (180_000.0, 200_000.0)
    # "fewer than 1,200" still reaches down
    assert ledger.interval({"text": "fewer than 1,200", "value": 1200.0, "bound": "max"})[0] == 0.0


def test_the_gap_is_no_side_of_a_quarrel() -> None:
    new = {
        "value": 4.0,
        "text": "four",
        "source": "Department of Energy",
        "quote": "The Department of Energy said 23 plants were offline, four more than the 19 "
        "the grid operator listed.",
    }
    old = {"value": 19.0, "source": "grid operator"}
    assert not ledger.quarrel_pair(new, old, [23.0, 4.0, 19.0])


def test_a_longer_source_naming_another_body_differs() -> None:
    sw = frozenset
    assert ledger.sources_differ(
        sw({"airline"}), sw({"norvanian", "airline", "pilots", "association"})
    )
    assert ledger.sources_differ(sw({"company"}), sw({"company", "workers", "union"}))
    # the same speaker at more length
    assert not ledger.sources_differ(sw({"police"}), sw({"police", "canton", "valais"}))
    assert not ledger.sources_differ(sw({"airline"}), sw({"airline"}))
    assert ledger.sources_differ(sw({"airline"}), sw({"union"}))
    new = {
        "value": 610.0,
        "source": "Norvanian Airline Pilots Association",
        "quote": "The Norvanian Airline Pilots Association said 610 flights were cancelled.",
    }
    assert ledger.quarrel_pair(new, {"value": 380.0, "source": "airline"}, [610.0, 380.0])
