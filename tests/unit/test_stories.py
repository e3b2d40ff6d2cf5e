"""Story features, scoring and grouping."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.corpus import load_seeds, make_claim
from claimlogic import stories
from claimlogic.brain import BrainConfig, analyze, observe
from topics.catalog import TABLES
from topics.schemas import Article

CFG = BrainConfig()
DAY = 86400.0


def test_norm_term_folds_demonyms():
    assert (
        stories.norm_term("Russian") == stories.norm_term("Russia") == stories.norm_term("Russia's")
    )
    assert stories.norm_term("Korean") == stories.norm_term("Korea")
    assert stories.norm_term("Ukrainian") == stories.norm_term("Ukraine")
    assert stories.norm_term("Kursk") == "kursk"


def test_features_take_entities_not_sentence_initial_words():
    text = (
        "Analysts said the talks failed. Officials in Geneva met Maria Lopez on Monday. "
        "Geneva police said Maria Lopez left. Analysts were surprised."
    )
    f = stories.features(text, "Talks fail in Geneva")
    assert "genev" in f["ents"] and "lopez" in f["ents"] and "mari lopez" in f["ents"]
    assert "analyst" not in f["ents"] and "analysts" not in f["ents"]
    assert "monday" not in f["ents"]
    assert all(k == k.lower() for k in f["kw"])


def test_required_score_ramp():
    kw = {"window": 3 * DAY, "max_gap": 60 * DAY, "base": 0.3, "strong": 0.5}
    assert stories.required_score(0, **kw) == 0.3
    assert stories.required_score(3 * DAY, **kw) == 0.3
    assert 0.3 < stories.required_score(30 * DAY, **kw) < 0.5
    assert stories.required_score(60 * DAY, **kw) == 0.5
    assert stories.required_score(61 * DAY, **kw) is None


def test_match_score_discounts_common_terms():
    art = {"e:springvil": 2.0, "e:ohio": 2.0, "k:shoot": 1.0}
    prof = {"e:springvil": 3.0, "e:ohio": 3.0}
    rare, n_rare = stories.match_score(
        art, prof, {"e:springvil": 1, "e:ohio": 1, "k:shoot": 1}, 100
    )
    common, _ = stories.match_score(art, {"e:ohio": 3.0}, {"e:ohio": 60, "e:springvil": 1}, 100)
    assert n_rare == 2 and rare > 0.8
    assert common < 0.2


def test_profile_pack_roundtrip():
    p = {"e:kursk": 2.5, "k:troop": 1.0, "e:north kore": 3.25}
    assert stories.unpack_profile(stories.pack_profile(p)) == p


def test_seeds_form_one_story_over_two_months():
    tables = {n: {} for n in TABLES}
    sids = {
        observe(tables, analyze(a, claims=[]), now=float(i), config=CFG).story
        for i, a in enumerate(load_seeds())
    }
    assert len(sids) == 1


def test_hard_window_splits_them():
    cfg = BrainConfig(story_max_gap_s=CFG.story_window_s)
    tables = {n: {} for n in TABLES}
    sids = [
        observe(tables, analyze(a, claims=[]), now=float(i), config=cfg).story
        for i, a in enumerate(load_seeds())
    ]
    assert len(set(sids)) > 1


def _report(town: str, person: str, state: str, day: str, n: int) -> Article:
    body = (
        f"Firefighters in {town}, {state}, said on {day} that a warehouse fire had killed {n} "
        f"workers. Fire chief {person} said the blaze in {town} started in a storage area. "
        f"Officials in {state} opened an inquiry and {person} asked residents to stay away."
    )
    return Article.create(
        body,
        title=f"Fire in {town}",
        outlet=f"{town} Courier",
        url=f"https://{town.lower()}.example/{day}",
        published_at=f"2025-03-0{1 + len(day) % 5}T10:00:00+00:00",
    )


def test_same_state_different_towns_stay_apart():
    tables = {n: {} for n in TABLES}
    seen = set()
    for i, (town, person) in enumerate(
        [
            ("Oakridge", "Dana Whitlock"),
            ("Millbrook", "Ravi Menon"),
            ("Cedarvale", "Tom Okafor"),
            ("Lindenport", "Ana Silva"),
        ]
    ):
        art = _report(town, person, "Vermont", "Tuesday", 3 + i)
        claims = [make_claim(str(3 + i), art.text, "workers|killed", 3 + i, property="killed")]
        obs = observe(tables, analyze(art, claims=claims), now=float(i), config=CFG)
        assert obs.new_story and not [a for a in obs.alerts if a["kind"] == "contradiction"]
        seen.add(obs.story)
    assert len(seen) == 4


def test_read_profile_decodes_each_packed_string_once():
    packed = stories.pack_profile({"e:kursk": 2.5, "k:troop": 1.0, "e:north kore": 3.25})
    first = stories.read_profile(packed)
    assert first == stories.unpack_profile(packed)
    # an equal string read again (another object: as decoded from the state) is a hit
    assert stories.read_profile("".join(list(packed))) is first
    assert stories.read_profile({"e:x": 1.0}) == {"e:x": 1.0}


def test_score_weighed_equals_match_score_to_the_last_bit():
    art = {"e:springvil": 2.0, "e:ohio": 1.7, "k:shoot": 1.0, "k:rare": 0.3}
    dfs = {"e:springvil": 1, "e:ohio": 7, "k:shoot": 3}
    weighed = stories.weigh_terms(art, dfs, 37)
    for prof in ({"e:springvil": 3.0, "e:ohio": 3.0}, {"k:shoot": 1.0}, {}, dict(art)):
        assert stories.score_weighed(weighed, prof) == stories.match_score(art, prof, dfs, 37)
    shared = 2.0 * stories.idf(37, 0) + 1.7 * stories.idf(37, 6)
    total = shared + 1.0 * stories.idf(37, 3) + 0.3 * stories.idf(37, 0)
    assert stories.score_weighed(weighed, {"e:springvil": 3.0, "e:ohio": 3.0}) == (
        shared / total,
        2,
    )


def test_features_token_classes_cached_per_token():
    text = (
        "Fire crews reached Halsted Street in North Kursk. NATO said the Kursk fire "
        "spread. North winds fanned it, officials in Kursk said."
    )
    first = stories.features(text, "Kursk fire")
    assert first == stories.features(text, "Kursk fire")  # again, from the caches
    assert first["ents"] == {
        "kursk": 2.099,
        "halsted": 1.0,
        "halsted street": 1.0,
        "nato": 1.0,
        "north kursk": 1.0,
    }
    assert stories._token_class("Street")[0] == stories._PLACE_WORD
    assert stories._token_class("NATO") == (stories._NAME, "nato", True)
    assert stories._token_class("North") == (stories._OTHER, "north", False)
    assert stories._token_class("winds") == (stories._OTHER, "", False)
    assert stories._token_class(".")[0] == stories._END
