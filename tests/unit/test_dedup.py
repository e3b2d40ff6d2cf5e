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


def _reference_shingles(text: str) -> set[str]:
    """The shingles as first defined: per-word lower-casing, slices joined."""
    ws = [w.lower() for w in dedup._WORD.findall(text)][: dedup.MAX_WORDS]
    k = dedup.SHINGLE
    if len(ws) < k:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i : i + k]) for i in range(len(ws) - k + 1)}


def test_shingles_match_their_definition_on_ascii_and_other_texts():
    texts = [s.text for s in load_seeds()] + [
        "İstanbul'da 12 kişi öldü, İZMİR'de ÜÇ kişi yaralandı.",  # U+0130 lower-cases to 2 chars
        "ΟΔΟΣ ΚΛΕΙΣΤΗ: ΤΡΕΙΣ ΝΕΚΡΟΙ ΣΤΗΝ ΑΘΗΝΑ",  # final sigma depends on context
        "Straße STRASSE o'Neil U.S.A. 1.5 ’quoted’ don’t",
        "two words",
        "",
    ]
    for t in texts:
        assert dedup.shingles(t) == _reference_shingles(t), t[:30]


def test_vectorised_minhash_equals_the_formula():
    """_minima (lane arithmetic on one int) against min((a*h + b) % P) per permutation,
    including hashes whose value lands within 3 of a multiple of P (the rare extra
    fold), lane counts around the tree's padding, and the extreme hash values."""
    import random

    rng = random.Random(7)
    p = dedup._P
    step = 1 << dedup._TREE
    for trial, n in enumerate([1, 2, step - 1, step, step + 1, 100, 333, dedup._MAX_LANES] * 4):
        hs = [rng.getrandbits(64) for _ in range(n)]
        hs[0] = 2**64 - 1
        hs[-1] = 0 if trial % 2 else hs[-1]
        for _ in range(4):
            a, b = dedup._PERMS[rng.randrange(dedup.NUM_PERM)]
            h = ((rng.randrange(3) - b) * pow(a, -1, p)) % p + p * rng.randrange(8)
            hs[rng.randrange(n)] = h
        got = dedup._minima(dedup._pack(hs), n)
        assert got == dedup._minima_reference(hs), (trial, n)


def test_minhash_of_many_items_uses_the_formula():
    items = {f"w{i} x y" for i in range(dedup._MAX_LANES + 5)}
    assert dedup.minhash(items) == dedup._minima_reference([dedup._h64(s) for s in items])
    assert dedup.minhash(set()) == [dedup._P] * dedup.NUM_PERM


def test_minhash_of_shingles_equals_the_formula_over_h64():
    for art in load_seeds():
        sh = dedup.shingles(art.text)
        assert dedup.minhash(sh) == dedup._minima_reference([dedup._h64(s) for s in sh])
