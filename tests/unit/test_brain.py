"""The brain end to end on plain dicts: seeds, unrelated stories, duplicates, idempotence."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.corpus import load_seeds, near_dup_variants, seed_claims, shooting_stream
from claimlogic.brain import (
    BRAIN_TABLES,
    DERIVED_TABLES,
    BrainConfig,
    analyze,
    expire,
    ledger_view,
    observe,
    render_ledger,
    stats,
)
from topics.catalog import TABLES
from topics.schemas import Article

T0 = 1_760_000_000.0
CFG = BrainConfig()


def fresh() -> dict[str, dict]:
    return {name: {} for name in TABLES}


def roundtrip(tables: dict[str, dict]) -> dict[str, dict]:
    """What a worker restart restores from the changelogs: JSON values."""
    return {n: {k: json.loads(json.dumps(v)) for k, v in t.items()} for n, t in tables.items()}


def run_seeds(tables=None, now=T0):
    tables = tables if tables is not None else fresh()
    alerts = []
    stories = set()
    for i, art in enumerate(load_seeds()):
        rec = json.loads(json.dumps(analyze(art, claims=seed_claims(i, art))))
        obs = observe(tables, rec, now=now + i, config=CFG)
        stories.add(obs.story)
        alerts += obs.alerts
    return tables, alerts, stories


def test_tables_match_catalog():
    assert set(BRAIN_TABLES) == set(TABLES)


def test_seeds_one_story_and_expected_alerts():
    _, alerts, stories = run_seeds()
    assert len(stories) == 1
    by_kind = defaultdict(list)
    for a in alerts:
        by_kind[a["kind"]].append(a)
    new_metrics = {a["metric"]["key"] for a in by_kind["new_figure"]}
    for m in (
        "troops.dprk_in_russia",
        "aid_package.us_ukraine",
        "troops.dprk_arrived_russia",
        "troops.dprk_first_batch",
        "troops.dprk_in_kursk",
        "casualties.russia_daily",
        "shells.dprk_to_russia",
        "containers.dprk_to_russia",
        "army_size.dprk",
        "brigades.dprk_in_russia",
    ):
        assert m in new_metrics, m
    # one new_figure per metric, never more
    assert len(new_metrics) == len(by_kind["new_figure"])
    contra = {a["metric"]["key"]: a for a in by_kind["contradiction"]}
    assert set(contra) == {"troops.dprk_in_russia", "brigades.dprk_in_russia"}, contra.keys()
    troops = contra["troops.dprk_in_russia"]
    assert troops["claim"]["value"] == 11000 and troops["claim"]["bound"] == "approx"
    assert [x["value"] for x in troops["against"]] == [12000]
    assert troops["against"][0]["article"]["outlet"] == "Example Wire"
    assert troops["claim"]["article"]["outlet"] == "Example Defense News"
    brig = contra["brigades.dprk_in_russia"]
    assert brig["claim"]["value"] == 2 and brig["against"][0]["value"] == 4
    assert brig["severity"] == "high"
    assert not by_kind["update"]


def test_alert_schema():
    _, alerts, _ = run_seeds()
    keys = {
        "id",
        "kind",
        "severity",
        "story",
        "story_title",
        "metric",
        "claim",
        "against",
        "created_at",
        "reason",
    }
    for a in alerts:
        assert keys <= a.keys()
        assert a["id"].startswith("al-")
        assert a["severity"] in {"low", "medium", "high"}
        assert set(a["metric"]) == {"key", "label"}
        assert {"id", "url", "title", "outlet", "published_at"} <= a["claim"]["article"].keys()
        for side in a["against"]:
            assert {"id", "url", "title", "outlet", "published_at"} <= side["article"].keys()
            assert "quote" in side and "source" in side
        json.dumps(a)
    assert len({a["id"] for a in alerts}) == len(alerts)


def test_alert_ids_deterministic_across_runs():
    _, a1, _ = run_seeds()
    _, a2, _ = run_seeds(now=T0 + 5000)
    assert [a["id"] for a in a1] == [a["id"] for a in a2]


def test_replay_and_restart_produce_no_alerts():
    tables, alerts, _ = run_seeds()
    assert alerts
    restored = roundtrip(tables)
    _, again, _ = run_seeds(restored, now=T0 + 100)
    assert again == []
    assert stats(restored)["duplicates_exact"] == 5


def test_near_duplicates_link_to_original_and_stay_silent():
    tables, _, _ = run_seeds()
    seeds = load_seeds()
    orig = seeds[0]
    seen_kinds = {}
    for k, (name, v) in enumerate(near_dup_variants(orig).items()):
        obs = observe(
            tables,
            analyze(v, claims=seed_claims(0, v) if name == "headline" else []),
            now=T0 + 50 + k,
            config=CFG,
        )
        assert obs.duplicate_of == orig.id, name
        assert obs.alerts == []
        seen_kinds[name] = obs.duplicate_kind
    assert seen_kinds["headline"] == "exact" and seen_kinds["whitespace"] == "exact"
    assert seen_kinds["edited"] == "near" and seen_kinds["syndicated"] == "near"
    assert seen_kinds["truncated"] == "near"
    view = ledger_view(tables)
    assert view["stories"][0]["duplicates"] == 5


def test_unrelated_shootings_no_cross_story_contradiction():
    tables = fresh()
    stream = shooting_stream(300, seed=11)
    truth_to_story = defaultdict(set)
    story_to_truth = defaultdict(set)
    kinds = Counter()
    for i, (art, claims, truth) in enumerate(stream):
        obs = observe(tables, analyze(art, claims=claims), now=T0 + i, config=CFG)
        assert obs.duplicate_of is None
        truth_to_story[truth["story"]].add(obs.story)
        story_to_truth[obs.story].add(truth["story"])
        for a in obs.alerts:
            kinds[a["kind"]] += 1
            if a["kind"] == "update":
                assert a["claim"]["value"] > a["against"][0]["value"]
    assert kinds["contradiction"] == 0
    assert all(len(v) == 1 for v in story_to_truth.values())  # no merges
    assert sum(len(v) - 1 for v in truth_to_story.values()) == 0  # no splits
    assert kinds["new_figure"] == 600
    assert stats(tables)["stories_open"] == 300


def test_revision_of_same_article_can_update():
    tables = fresh()
    from bench.corpus import make_claim

    body1 = (
        "Flooding in Lowerbay, Marenshire killed 12 people on Monday, the Marenshire fire "
        "service said, as rivers across the Lowerbay valley burst their banks overnight."
    )
    body2 = body1.replace("killed 12 people", "killed 19 people")
    a1 = Article.create(
        body1,
        url="https://x.example/flood",
        outlet="X",
        published_at="2025-01-06T08:00:00+00:00",
        fetched_at="2025-01-06T08:00:00+00:00",
    )
    a2 = Article.create(
        body2,
        url="https://x.example/flood",
        outlet="X",
        published_at="2025-01-06T08:00:00+00:00",
        fetched_at="2025-01-06T11:00:00+00:00",
    )
    assert a1.id == a2.id
    o1 = observe(
        tables,
        analyze(a1, claims=[make_claim("12", body1, "killed", 12, property="killed")]),
        now=T0,
        config=CFG,
    )
    o2 = observe(
        tables,
        analyze(a2, claims=[make_claim("19", body2, "killed", 19, property="killed")]),
        now=T0 + 10,
        config=CFG,
    )
    assert [a["kind"] for a in o1.alerts] == ["new_figure"]
    assert o2.revision and o2.story == o1.story
    assert [a["kind"] for a in o2.alerts] == ["update"]


def test_expire_drops_old_state_and_is_bounded():
    tables, _, _ = run_seeds()
    n_before = stats(tables)
    assert n_before["stories_open"] == 1
    assert expire(tables, now=T0 + 60, config=CFG) == 0
    later = T0 + CFG.dedup_horizon_s + 100
    done = expire(tables, now=later, config=CFG, max_items=3)
    assert done == 3
    while expire(tables, now=later, config=CFG):
        pass
    s = stats(tables)
    assert s["stories_open"] == 0 and s["figures_tracked"] == 0
    for name in BRAIN_TABLES:
        assert len(tables[name]) == (1 if name == "expiry" else 0), (name, tables[name])
    # after the horizon the same articles are new again
    _, alerts, _ = run_seeds(tables, now=later + 10)
    assert alerts


def test_active_story_survives_expiry():
    tables, _, _ = run_seeds()
    later = T0 + CFG.dedup_horizon_s - 10
    seeds = load_seeds()
    fresh_copy = Article.create(
        seeds[4].text + "\n\nUpdated with more detail.",
        url="https://other.example/x",
        outlet="Other",
        published_at="2024-12-20T07:15:00+00:00",
    )
    observe(tables, analyze(fresh_copy, claims=[]), now=later, config=CFG)
    while expire(tables, now=T0 + CFG.dedup_horizon_s + 100, config=CFG):
        pass
    assert stats(tables)["stories_open"] == 1


def test_ledger_view_and_render():
    tables, _, _ = run_seeds()
    view = ledger_view(tables)
    json.dumps(view)
    story = view["stories"][0]
    metrics = {m["key"]: m for m in story["metrics"]}
    troops = metrics["troops.dprk_in_russia"]
    values = [f["value"] for f in troops["figures"]]
    assert 12000 in values and 11000 in values
    eleven = [f for f in troops["figures"] if f["value"] == 11000]
    assert len(eleven) == 1 and eleven[0]["corroboration"] == 2  # Pentagon + NIS in December
    arrived = metrics["troops.dprk_arrived_russia"]["figures"]
    assert (
        len(arrived) == 1 and arrived[0]["articles"] == 1
    )  # same article twice is not corroboration
    text = render_ledger(view)
    assert "troops.dprk_in_russia" in text and "12,000" in text


@pytest.mark.parametrize("n", [200])
def test_observe_is_fast(n):
    import time

    tables = fresh()
    recs = [analyze(a, claims=c) for a, c, _ in shooting_stream(n, seed=5)]
    t = time.perf_counter()
    for i, r in enumerate(recs):
        observe(tables, r, now=T0 + i, config=CFG)
    per = (time.perf_counter() - t) / len(recs)
    # A guard against a quadratic path (seconds), not a speed test: ~3 ms normally;
    # speed is measured by bench/core_speed.py against a baseline in the same run.
    assert per < 0.1


# ----------------------------------------------------------------- with the real extractor
def _extractor():
    try:
        from claimlogic.extract import extract_claims
    except ImportError:  # pragma: no cover - extraction lands separately (issue 3)
        pytest.skip("claimlogic.extract not available")
    return extract_claims


def test_seeds_with_extractor():
    _extractor()
    tables = fresh()
    alerts = []
    stories = set()
    for i, art in enumerate(load_seeds()):
        obs = observe(tables, json.loads(json.dumps(analyze(art))), now=T0 + i, config=CFG)
        stories.add(obs.story)
        alerts += obs.alerts
    assert len(stories) == 1
    new = {a["claim"]["value"] for a in alerts if a["kind"] == "new_figure"}
    # troops, $400m package, 3,000 arrivals, 2,600 first batch, 5,000 expected by the 28th,
    # Russian losses, shells, containers, the DPRK army's size
    for v in (12000, 400e6, 3000, 2600, 5000, 1420, 8e6, 13000, 1.28e6):
        assert v in new, v
    # the size of a brigade is news of its own, though its sentence disputes the
    # number of brigades ("two brigades of 6,000 soldiers each ..., a smaller formation
    # than South Korea's spy agency had reported")
    per_brigade = [
        a for a in alerts if a["kind"] == "new_figure" and "per brigade" in a["metric"]["key"]
    ]
    assert [a["claim"]["value"] for a in per_brigade] == [6000]
    contra = sorted(
        (a["claim"]["value"], tuple(x["value"] for x in a["against"]))
        for a in alerts
        if a["kind"] == "contradiction"
    )
    assert contra == [(2, (4,)), (11000, (12000,))]
    assert not [a for a in alerts if a["kind"] == "update"]
    # replaying everything changes nothing
    for i, art in enumerate(load_seeds()):
        assert observe(tables, analyze(art), now=T0 + 50 + i, config=CFG).alerts == []


def test_sparse_claim_dicts_are_tolerated():
    tables = fresh()
    body = "Officials in Tarnow, Poland said 40 workers were evacuated from the Tarnow plant."
    rec = analyze(
        Article.create(body, url="https://t.example/1", outlet="T"),
        claims=[{"value": 40, "bound": "exact", "metric": "workers|evacuated", "text": "40"}],
    )
    obs = observe(tables, rec, now=T0, config=CFG)
    assert [a["kind"] for a in obs.alerts] == ["new_figure"]
    assert obs.alerts[0]["claim"]["quote"] is None


def test_shootings_with_extractor_never_contradict_across_stories():
    _extractor()
    tables = fresh()
    truth_of: dict[str, int] = {}
    for i, (art, _, truth) in enumerate(shooting_stream(150, seed=13)):
        truth_of[art.id] = truth["story"]
        obs = observe(tables, analyze(art), now=T0 + i, config=CFG)
        for a in obs.alerts:
            if a["kind"] in ("contradiction", "update"):
                sides = [a["claim"], *a["against"]]
                assert len({truth_of[s["article"]["id"]] for s in sides}) == 1


def test_corroboration_alerts_are_opt_in():
    cfg = BrainConfig(alert_corroboration=True)
    tables = fresh()
    alerts = []
    for i, art in enumerate(load_seeds()):
        alerts += observe(
            tables, analyze(art, claims=seed_claims(i, art)), now=T0 + i, config=cfg
        ).alerts
    corr = [a for a in alerts if a["kind"] == "corroboration"]
    assert len(corr) == 1
    assert corr[0]["claim"]["value"] == 11000 and corr[0]["against"][0]["value"] == 11000
    assert stats(tables)["alerts_corroboration"] == 1


def test_templated_city_briefs_never_contradict_across_incidents():
    """120 different shootings in one city, same wording: one story is fine, but
    no alert may compare tolls of two different incidents (incident guard)."""
    from bench.corpus import city_briefs_stream

    tables = fresh()
    incident_of: dict[str, int] = {}
    bad = []
    for i, (art, claims, truth) in enumerate(city_briefs_stream(120, seed=3)):
        incident_of[art.id] = truth["incident"]
        obs = observe(tables, analyze(art, claims=claims), now=T0 + i, config=CFG)
        for a in obs.alerts:
            if a["kind"] in ("contradiction", "update"):
                ids = {incident_of[s["article"]["id"]] for s in [a["claim"], *a["against"]]}
                if len(ids) > 1:
                    bad.append(a)
    assert len(bad) <= 1  # same street and neighbourhood by chance: indistinguishable


class StrictTable(dict):
    """A table that behaves like a changelogged one: values are stored and returned as
    fresh JSON copies (a value mutated without reassignment is lost, a value that is
    not JSON fails) and iterating it on the hot path raises."""

    scanning_allowed = False

    def __setitem__(self, key, value):
        assert isinstance(key, str)
        super().__setitem__(key, json.dumps(value))

    def __getitem__(self, key):
        return json.loads(super().__getitem__(key))

    def get(self, key, default=None):
        return self[key] if key in self else default  # noqa: SIM401 (self.get is this method)

    def __iter__(self):
        assert StrictTable.scanning_allowed, "table scanned on the hot path"
        return super().__iter__()

    def items(self):
        assert StrictTable.scanning_allowed, "table scanned on the hot path"
        return [(k, self[k]) for k in super().__iter__()]

    def keys(self):
        assert StrictTable.scanning_allowed, "table scanned on the hot path"
        return super().keys()


def test_state_survives_strict_tables_like_faust():
    # derived tables (the band index) live in memory only, as plain dicts
    tables = {n: {} if n in DERIVED_TABLES else StrictTable() for n in TABLES}
    _, ref, _ = run_seeds()
    _, alerts, stories = run_seeds(tables)
    assert [a["id"] for a in alerts] == [a["id"] for a in ref] and len(stories) == 1
    for name, v in near_dup_variants(load_seeds()[0]).items():
        assert observe(tables, analyze(v, claims=[]), now=T0 + 99, config=CFG).duplicate_of, name
    for i, (art, claims, _) in enumerate(shooting_stream(40, seed=2)):
        observe(tables, analyze(art, claims=claims), now=T0 + 100 + i, config=CFG)
    later = T0 + CFG.dedup_horizon_s + 1000
    while expire(tables, now=later, config=CFG):
        pass
    StrictTable.scanning_allowed = True
    try:
        assert stats(tables)["stories_open"] == 0
        assert all(len(t) == (1 if n == "expiry" else 0) for n, t in tables.items())
        assert ledger_view(tables)["stories"] == []
    finally:
        StrictTable.scanning_allowed = False


def test_unresolved_metrics_are_recorded_not_alerted():
    tables = fresh()
    body = "Officials in Tarnow, Poland said 40 were evacuated from the Tarnow plant on Monday."
    claim = {"value": 40, "bound": "exact", "metric": "quantity?1a2b3c4d|count", "text": "40"}
    rec = analyze(Article.create(body, url="https://t.example/2", outlet="T"), claims=[claim])
    obs = observe(tables, rec, now=T0, config=CFG)
    assert obs.alerts == [] and obs.figures_added == 1
    tables = fresh()
    cfg = BrainConfig(alert_unresolved_metrics=True)
    assert observe(tables, rec, now=T0, config=cfg).alerts
