"""Round 12: a follow-up that shares few terms with its story joins it on its figures."""

from __future__ import annotations

import json
from typing import Any

from claimlogic import brain, ledger
from claimlogic.brain import BrainConfig, analyze, observe
from claimlogic.extract import extract_claims
from tests.unit.streams import T0, run_stream
from topics.catalog import TABLES
from topics.schemas import Article

CFG = BrainConfig()
OFF = BrainConfig(figure_join_gap_s=0)

FIRST = (
    "p1",
    "2025-02-06T08:00:00Z",
    "Fog pileup on N-7 near Castrelo kills two",
    "CASTRELO - Two people were killed and 31 injured when some 40 vehicles collided in thick "
    "fog on the N-7 motorway near Castrelo on Thursday morning, the Galdora traffic police "
    "said. Firefighters worked for hours to free drivers trapped in their cars, and the "
    "motorway stayed closed until the afternoon.",
)
# 22 h later, another town, another official: a term score of its own far below any join
FOLLOW = (
    "p2",
    "2025-02-07T06:00:00Z",
    "Third victim of motorway crash dies",
    "MIRANDELA - A third person died in hospital in Mirandela on Friday after Thursday's crash "
    "near Castrelo, raising the death toll to 3, the regional health service said.",
)


def _joined(items: list[tuple[str, str, str, str]], config: BrainConfig = CFG) -> tuple[bool, list]:
    out = run_stream(items, config)
    return out[-1][0] in {s for s, _, _ in out[:-1]}, out[-1][2]


def test_follow_up_continuing_the_storys_toll_joins_and_updates() -> None:
    joined, alerts = _joined([FIRST, FOLLOW])
    assert joined
    assert [(a["kind"], a["claim"]["value"]) for a in alerts] == [("update", 3.0)]
    # without the figure join no other rule takes it: a story of its own, a new figure
    joined, alerts = _joined([FIRST, FOLLOW], OFF)
    assert not joined
    assert [a["kind"] for a in alerts] == ["new_figure"]


def test_another_incident_that_does_not_say_its_toll_moved_stays_apart() -> None:
    other = (
        "p3",
        "2025-02-07T06:00:00Z",
        "Bus overturns on mountain road, three dead",
        "MIRANDELA - Three people were killed when a bus overturned on a mountain road outside "
        "Mirandela on Friday, police said. The bus was carrying pupils home from a school near "
        "Castrelo.",
    )
    joined, alerts = _joined([FIRST, other])
    assert not joined
    assert "update" not in [a["kind"] for a in alerts]


def test_a_toll_lower_than_the_storys_is_another_incident_even_with_a_continuing_cue() -> None:
    lower = (
        "p4",
        "2025-02-07T06:00:00Z",
        "Fire in Mirandela warehouse injures 14",
        "MIRANDELA - A fire at a warehouse in Mirandela injured 14 people on Friday and was "
        "still burning at noon, firefighters from Castrelo said.",
    )
    joined, _ = _joined([FIRST, lower])
    assert not joined


def test_no_figure_join_beyond_its_gap_or_far_from_the_storys_figure() -> None:
    late = (FOLLOW[0], "2025-02-09T12:00:00Z", FOLLOW[2], FOLLOW[3])  # 76 h later
    # round 32: the default gap is brief_max_gap_s (14 days); 48 h still keeps it out
    assert not _joined([FIRST, late], BrainConfig(figure_join_gap_s=48 * 3600.0))[0]
    assert _joined([FIRST, late], BrainConfig(figure_join_gap_s=96 * 3600.0))[0]
    far = (FOLLOW[0], FOLLOW[1], FOLLOW[2], FOLLOW[3].replace("toll to 3", "toll to 12"))
    assert not _joined([FIRST, far])[0]  # 12 against 2: six times the story's toll


# ------------------------------------------------------------------ the evidence itself
def _story_after(
    items: list[tuple[str, str, str, str]],
) -> tuple[dict[str, dict[str, Any]], str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = {name: {} for name in TABLES}
    sid = ""
    for i, (aid, pub, title, text) in enumerate(items):
        art = Article.create(text, id=aid, title=title, outlet=f"O{i}", published_at=pub)
        rec = json.loads(json.dumps(analyze(art, claims=extract_claims(text))))
        sid = observe(tables, rec, now=T0 + i, config=CFG).story or ""
    return tables, sid, tables[brain.T_STORIES][sid]


def _continues(text: str, config: BrainConfig = CFG) -> bool:
    tables, sid, st = _story_after([FIRST])
    claims = [c.to_dict() for c in extract_claims(text)]
    moved = ledger.previous_values(claims)
    return brain._continues_figures(sid, st, claims, moved, tables[brain.T_LEDGER], config)


def test_figure_evidence_needs_a_continuing_sentence_or_a_restated_figure() -> None:
    assert _continues("The death toll rose to 3 on Friday.")
    assert _continues("The number of injured has risen to 40, up from 31.")
    # the story's 31 restated beside a new count, no movement word
    assert _continues("Hospitals said 38 people were injured. Police had counted 31 injured.")
    assert not _continues("Three people were killed on Friday.")  # a first report's wording
    assert not _continues("The death toll rose to 30 on Friday.")  # 15 times the story's 2
    # a fallen toll not called a revision: another incident, whatever else continues
    assert not _continues("Ten people were injured. The death toll rose to 3.")
    assert _continues("Police revised the number injured to 25. The death toll rose to 3.")
    # one side of a dispute continues the story's figure, even below it
    assert _continues("Hospitals said 25 people were injured, disputing the police count.")
    assert not _continues("Hospitals said 25 people were injured on Friday.")


def test_a_rival_story_near_in_score_blocks_the_figure_join() -> None:
    tables, sid, _ = _story_after([FIRST])
    a = {"claims": [c.to_dict() for c in extract_claims(FOLLOW[3])]}
    vec, dfs = {"e:castrelo": 2.0}, {"e:castrelo": 1}
    st_table, lt = tables[brain.T_STORIES], tables[brain.T_LEDGER]
    assert brain._figure_join(a, vec, dfs, [(3600.0, 0.2, sid)], st_table, lt, CFG) == sid
    rivals = [(3600.0, 0.2, sid), (7200.0, 0.15, "st-other")]
    assert brain._figure_join(a, vec, dfs, rivals, st_table, lt, CFG) is None
    # a name many stories hold ("Texas") is no evidence of one event
    common = {"e:castrelo": CFG.brief_max_df + 1}
    assert brain._figure_join(a, vec, common, [(3600.0, 0.2, sid)], st_table, lt, CFG) is None


def test_continued_cues() -> None:
    assert ledger.continued({"quote": "Fifteen people are still in hospital.", "text": "Fifteen"})
    assert ledger.continued(
        {"quote": "About 64,000 customers remained without power.", "text": "About 64,000"}
    )
    assert ledger.continued({"quote": "raising the death toll to 3", "text": "3"})
    assert not ledger.continued({"quote": "killing 12 people on Friday", "text": "12"})


# ------------------------------------------------------------------ steps of a total
def _steps(text: str) -> list[float]:
    claims = [c.to_dict() for c in extract_claims(text)]
    return sorted(float(claims[i]["value"]) for i in ledger.increments(claims))


def test_the_step_a_sentence_brings_a_total_up_by_is_no_figure_of_its_own() -> None:
    assert _steps(
        "Police arrested the bar's owner and three other people, bringing arrests to 4."
    ) == [3.0]
    assert _steps(
        "Police arrested the chief executive and two other managers on Tuesday night, "
        "bringing to three the number of people held."
    ) == [2.0]
    # a count of its own, a clause away from the total: not a step
    assert not _steps(
        "A total of 2,050 people have reached the islands by boat since Thursday, the rescue "
        "service said on Sunday morning, taking arrivals this year to 29,290."
    )
    assert not _steps("The death toll rose to 12 and three people are still missing.")
    assert not _steps("Police arrested 40 people, bringing arrests to 12.")  # not smaller


def test_a_step_raises_no_new_figure_but_its_total_does() -> None:
    first = (
        "m1",
        "2025-03-01T08:00:00Z",
        "Bootleg liquor kills 31 in Kerevo",
        "KEREVO - Thirty-one people died after drinking bootleg liquor in Kerevo on Friday, "
        "police said.",
    )
    second = (
        "m2",
        "2025-03-01T18:00:00Z",
        "Kerevo bar owner arrested over bootleg liquor deaths",
        "KEREVO - Police arrested the Kerevo bar's owner and 14 other people, bringing "
        "arrests to 15, after 31 people died from bootleg liquor.",
    )
    out = run_stream([first, second])
    raised = [(a["kind"], a["claim"]["value"]) for a in out[1][2]]
    assert raised == [("new_figure", 15.0)]  # not the 14 (the step) before it


# ------------------------------------------------------------------ background wholes
def _whole(quote: str, text: str) -> bool:
    return ledger.whole_of_part({"quote": quote, "text": text})


def test_the_whole_a_part_is_taken_from_is_background() -> None:
    assert _whole("Nine of the fourteen beaches closed reopened on Wednesday.", "fourteen")
    assert _whole("GERB won 25.6% of the vote and 69 of the 240 seats.", "240")
    assert _whole("Milkrest said 112,000 of the 130,000 recalled tins were returned.", "130,000")
    assert _whole("5,800 of the port's roughly 6,500 dockworkers stayed away.", "6,500")
    assert not _whole("Nine of the fourteen beaches closed reopened on Wednesday.", "Nine")
    assert not _whole("The fire destroyed 240 homes.", "240")
    assert not _whole("The share of the 2,000 euros grant was cut.", "2,000")  # no part


def test_a_whole_raises_no_new_figure() -> None:
    claim = {
        "value": 240.0,
        "bound": "exact",
        "unit": "seats",
        "property": "count",
        "text": "240",
        "quote": "GERB won 25.6% of the vote and 69 of the 240 seats in the assembly.",
    }
    art = {"id": "e1", "outlet": "O", "published_at": "2025-03-01T08:00:00Z"}

    def first_decisions(c: dict) -> list[str]:
        _, decisions, _ = ledger.decide(
            None,
            c,
            art,
            version="",
            story="s",
            metric="seats|count",
            label="seats",
            event_t=T0,
            now_iso="2025-03-01T08:00:00Z",
            tolerance=0.02,
            event_count_window_s=3 * 86400.0,
            state_same_time_s=3 * 3600.0,
        )
        return [d[0] for d in decisions]

    assert first_decisions(claim) == []
    plain = {**claim, "quote": "The assembly has 240 seats and GERB won 69 of them."}
    assert first_decisions(plain) == ["new_figure"]


# ------------------------------------------------------------------ one noun, one key
def test_a_qualifier_inside_a_counted_noun_keeps_its_key() -> None:
    story = ["unaccompanied minors|count", "people|killed"]
    assert brain._story_head(story, "unaccompanied migrant minors|count") == story[0]
    assert brain._story_head(["unaccompanied migrant minors|count"], story[0]) == (
        "unaccompanied migrant minors|count"
    )
    # a subset or increment is another quantity; another noun is another key
    assert brain._story_head(story, "unaccompanied new minors|count") is None
    assert brain._story_head(story, "accompanied minors|count") is None
    assert brain._extra_words(["a", "b", "c"], ["a", "c"]) == ["b"]
    assert brain._extra_words(["a", "b", "c"], ["c", "a"]) == []
