"""MinHash signatures, LSH band keys and the near-duplicate rules."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.corpus import load_seeds, near_dup_variants, shooting_stream
from claimlogic import dedup
from claimlogic.brain import BrainConfig, analyze, entities_compatible, observe
from topics.catalog import TABLES

CFG = BrainConfig()


def test_short_text_has_no_signature():
    assert dedup.signature("Five people were killed.") == (None, [])


def test_signature_shape_and_band_keys_derive_from_it():
    art = load_seeds()[0]
    sig, keys = dedup.signature(art.text)
    assert sig is not None and len(sig) == 172
    assert len(keys) == dedup.BANDS and len(set(keys)) == dedup.BANDS
    assert keys == dedup.band_keys(sig)
    assert all(len(k) == 1 + 4 * dedup.ROWS for k in keys)
    assert dedup.signature(art.text) == (sig, keys)  # deterministic across calls


def test_estimate_tracks_exact_jaccard():
    base = load_seeds()[1]
    for name, v in near_dup_variants(base).items():
        est = dedup.similarity(dedup.signature(v.text)[0], dedup.signature(base.text)[0])
        assert abs(est - dedup.jaccard(v.text, base.text)) < 0.15, name
    other = load_seeds()[2]
    est = dedup.similarity(dedup.signature(other.text)[0], dedup.signature(base.text)[0])
    assert est < 0.1  # same story, independently written: not a copy


def test_headline_is_not_shingled():
    a = load_seeds()[3]
    assert dedup.shingles(a.text) == dedup.shingles(a.text)
    v = near_dup_variants(a)["headline"]
    assert v.title != a.title and dedup.signature(v.text) == dedup.signature(a.text)


def test_independent_reports_of_one_event_are_not_duplicates():
    stream = shooting_stream(20, seed=3)
    by_story: dict[int, list] = {}
    for art, _, truth in stream:
        by_story.setdefault(truth["story"], []).append(art)
    for arts in by_story.values():
        for i in range(1, len(arts)):
            assert dedup.jaccard(arts[0].text, arts[i].text) < 0.3


def test_templated_reports_of_different_events_are_not_duplicates():
    """Same wording, other town and names: the entity guard keeps them apart."""
    tables = {n: {} for n in TABLES}
    stream = shooting_stream(200, seed=21)
    dups = 0
    for i, (art, claims, _) in enumerate(stream):
        dups += (
            observe(tables, analyze(art, claims=claims), now=1.0 + i, config=CFG).duplicate_of
            is not None
        )
    assert dups == 0


def test_entity_guard():
    assert entities_compatible("", "abcd")  # too few entities to judge
    a = "0001000200030004"
    assert entities_compatible(a, "0001000200030004aaaa")
    assert not entities_compatible(a, "0001000299998888")


def test_chain_of_copies_links_to_first_original():
    tables = {n: {} for n in TABLES}
    base = load_seeds()[0]
    observe(tables, analyze(base, claims=[]), now=1.0, config=CFG)
    v = near_dup_variants(base)
    o1 = observe(tables, analyze(v["syndicated"], claims=[]), now=2.0, config=CFG)
    # exact copy of the syndicated copy, under yet another id
    from topics.schemas import Article

    again = Article.create(v["syndicated"].text, url="https://third.example/x", outlet="Third")
    o2 = observe(tables, analyze(again, claims=[]), now=3.0, config=CFG)
    assert o1.duplicate_of == base.id and o1.duplicate_kind == "near"
    assert o2.duplicate_of == base.id and o2.duplicate_kind == "exact"


def test_copy_with_a_changed_figure_is_processed_not_dropped():
    """A wire copy re-published with a new toll is an update, not a silent duplicate."""
    from bench.corpus import make_claim
    from topics.schemas import Article

    tables = {n: {} for n in TABLES}
    base = load_seeds()[4]
    body2 = base.text.replace("At least 100 North Korean", "At least 130 North Korean")
    a1 = base
    a2 = Article.create(
        body2,
        title=base.title,
        outlet="Other Wire",
        url="https://other.example/x",
        published_at="2024-12-20T07:15:00+00:00",
    )
    c1 = [make_claim("At least 100", a1.text, "troops|killed", 100, bound="min", property="killed")]
    c2 = [make_claim("At least 130", body2, "troops|killed", 130, bound="min", property="killed")]
    observe(tables, analyze(a1, claims=c1), now=1.0, config=CFG)
    o2 = observe(tables, analyze(a2, claims=c2), now=2.0, config=CFG)
    assert o2.duplicate_of is None
    assert [a["kind"] for a in o2.alerts] == ["update"]
    # the same copy with the old figure is a duplicate
    a3 = Article.create(
        base.text + "\n\nThis story was first published on Thursday.",
        url="https://third.example/y",
        outlet="Third",
    )
    o3 = observe(tables, analyze(a3, claims=c1), now=3.0, config=CFG)
    assert o3.duplicate_of == a1.id and o3.duplicate_kind == "near"
