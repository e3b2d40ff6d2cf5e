"""The brain: dedup, story grouping and the figure ledger over the analyzed stream.

Two pure entry points for the stream agents:

* :func:`analyze` (stage A, stateless, parallel): claims, MinHash signature and
  story features of one article -> a JSON-serialisable "analyzed" record.
* :func:`observe` (brain agent, one ordered partition): folds one analyzed
  record into the state tables and returns the alerts to emit.

State lives in the tables named by :data:`topics.catalog.TABLES` (Faust tables
in production, plain dicts in tests).  Every value is JSON-serialisable and
every change is written back with ``table[key] = value``; the hot path only
does key lookups (O(terms + bands) per article), never a table scan.

Tables (keys -> values):

* ``articles-seen``: article id -> [content hash, processing time, original id
  (copies only), story id, copies counted, MinHash signature, entity
  fingerprint]; and ``"h:" + content_hash`` -> article id (exact copies under
  another id).
* ``dedup-bands``: LSH band key as an int (:func:`claimlogic.dedup.band_ints`) -> the
  expiry sequence number of the ``"o"`` entry of the article first indexed in that
  bucket (the entry names the article), or a tuple of those of the articles still
  indexed there in the order they were indexed (the first one is the candidate).
  Derived: never persisted, rebuilt from ``articles-seen`` and ``expiry`` by
  :func:`rebuild_indexes`.
* ``stories``: story id -> {id, title, t0, t1 (event times), seen (processing
  time), n, dups, outlets, profile (term weights), metrics}.
* ``story-terms``: term -> [df, story id, ...] (most recent story first).
* ``ledger``: ``story id + "|" + metric key`` -> {label, new, figs: [figure as JSON string]}.
* ``alerts-emitted``: alert id -> processing time it was emitted.
* ``expiry``: zero-padded sequence number -> [time, kind, ids...], what to
  delete once older than the horizon; ``"meta"`` holds the counters and the
  queue's cursor.  Kind ``"o"`` marks an original whose bands were indexed then:
  its order is the band index's order.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from claimlogic import dedup, journal, ledger, packed, stories
from claimlogic.extract.lexicon import (
    DEMONYMS,
    GIVEN_READINGS,
    MULTIWORD_UNITS,
    RIVAL_COMPARATIVES,
    RIVAL_NOUN_CLASSES,
    UNITS,
)
from topics.schemas import Article

T_SEEN = "articles-seen"
T_BANDS = "dedup-bands"
T_STORIES = "stories"
T_TERMS = "story-terms"
T_LEDGER = "ledger"
T_ALERTS = "alerts-emitted"
T_EXPIRY = "expiry"
#: The tables observe() needs; topics.catalog.TABLES lists the same names.
BRAIN_TABLES = (T_SEEN, T_BANDS, T_STORIES, T_TERMS, T_LEDGER, T_ALERTS, T_EXPIRY)
#: Tables that are a function of the others: kept in memory only and rebuilt by
#: :func:`rebuild_indexes` when the state is read back, never written to the state topic.
DERIVED_TABLES = (T_BANDS,)
META = "meta"
ANALYZED_VERSION = 1

Tables = Mapping[str, MutableMapping[str, Any]]

#: Values of more than this many JSON bytes are zlib-compressed, once cold, in the packed
#: tables that hold long values: ledger entries (mostly their figures' quotes and
#: sources) and stories (mostly their profile's terms).
COMPRESS_OVER = 256


def new_tables() -> dict[str, MutableMapping[Any, Any]]:
    """Empty tables in their compact in-memory containers (:mod:`claimlogic.packed`).

    The worker's tables, and what benchmarks and evaluations should run on.  observe()
    and expire() work on any mappings (plain dicts too), with the same results.
    """
    # "h:" + content hash -> article id: held as a pointer to the record (its first
    # field is that hash), not a row of its own
    seen = packed.HeapTable(alias_prefix="h:")
    q = packed.QueueTable(width=_QKEY_WIDTH)
    return {
        T_SEEN: seen,
        # holds no minima: a hit is checked against its holder's signature in seen
        T_BANDS: packed.SignatureBandIndex(_signature_of(seen, q)),
        T_STORIES: packed.PackedTable(compress_over=COMPRESS_OVER),
        T_TERMS: packed.HeapTable(id_keys=False),  # posting lists: see packed.benc
        T_LEDGER: packed.GroupTable(compress_over=COMPRESS_OVER),  # by story
        T_ALERTS: packed.HeapTable(),  # alert id -> time: a row, not a str and a float
        T_EXPIRY: q,
    }


def _signature_of(seen: Mapping[str, Any], q: Mapping[str, Any]) -> Callable[[int], bytes | None]:
    """The band index's holder -> signature (raw bytes) through these tables: the
    holder's ``"o"`` expiry entry names the article whose record holds it (None if
    either is gone or the record holds no signature)."""
    sig_at = _REC_FIELDS.index("sig")

    def signature(holder: int) -> bytes | None:
        item = q.get(_qkey(holder))
        if item is None or item[1] != "o":
            return None
        rec = seen.get(item[2])
        if not isinstance(rec, list) or len(rec) <= sig_at or not rec[sig_at]:
            return None
        return base64.b64decode(rec[sig_at])

    return signature


@dataclass(frozen=True)
class BrainConfig:
    """Knobs of the brain.  The worker maps Settings.dedup_horizon_s / story_window_s here."""

    #: State older than this (processing time) is dropped: dedup index, idle stories, alert ids.
    dedup_horizon_s: float = 14 * 24 * 3600.0
    #: Event-time window in which an ordinary term overlap joins an article to a story.
    story_window_s: float = 3 * 24 * 3600.0
    #: Beyond the window the score needed rises linearly from story_threshold to
    #: story_strong_threshold at story_max_gap_s; farther apart never joins.  Set
    #: story_max_gap_s = story_window_s for a hard window.
    story_max_gap_s: float = 60 * 24 * 3600.0
    story_threshold: float = 0.30
    story_strong_threshold: float = 0.50
    min_shared_entities: int = 2
    #: An article sharing this many distinct named entities with a story (places, people,
    #: agencies, vessels) needs only story_many_entities_factor of the usual score: a
    #: follow-up that brings many new names of its own dilutes its term overlap, but four
    #: shared names are rarely a coincidence.  0 turns it off.
    story_many_entities: int = 4
    story_many_entities_factor: float = 0.7
    #: A short brief naming one place ("Pelvo strike: ministry says 19 killed") may join
    #: a story on that one shared entity when the entity is rare (held by at most
    #: brief_max_df recent stories), the brief is about it (headline or a figure's
    #: place) and names no other such place, it shares a kind of figure with the story,
    #: it is within brief_max_gap_s of it, its term score reaches brief_join_factor of
    #: the score needed at that gap (story_threshold within story_window_s, rising), and
    #: no other story qualifies nearly as well (brief_margin, on the terms that tell the
    #: two apart).  A follow-up says little beyond the toll and one place, so its term
    #: score is low ("Tornado injuries revised to 58; 64 in shelters": 0.18); the rare
    #: anchor is the evidence.  brief_max_df = 0 turns brief joins off.
    brief_max_df: int = 3
    brief_margin: float = 1.5
    brief_join_factor: float = 0.6
    #: A report within ``recent_join_gap_s`` of a story that shares at least
    #: ``min_shared_entities`` names and a kind of figure with it (the same toll, counted
    #: noun or key) joins at ``recent_join_factor`` of the usual score: same- and next-day
    #: follow-ups quote new officials and places ("the coroner", "Monroe County") and so
    #: score low on their terms. Two such stories: the brief margin decides. 0 turns it off.
    recent_join_gap_s: float = 36 * 3600.0
    recent_join_factor: float = 0.5
    recent_join_margin: float = 0.5
    #: An article sharing only one named entity with a story still joins it when its
    #: terms overlap strongly (score >= one_entity_score and >= the score needed at that
    #: gap), it shares a kind of figure with the story, it is within brief_max_gap_s, and
    #: no other story sharing a name scores within one_entity_margin of it.  Follow-ups
    #: that name only the place ("Ambulance service raises marathon hospital count to
    #: 44": 0.53 on one name) are not written as briefs, so the brief join misses them.
    #: 0 turns it off.
    one_entity_score: float = 0.42
    one_entity_margin: float = 0.8
    #: ... and only when at least this far (event time) from the story: within hours, one
    #: shared place and the same wording may well be a second incident there ("Bus crash
    #: near Halvik", then "Train crash near Halvik"); a later report is a follow-up.
    one_entity_min_gap_s: float = 6 * 3600.0
    #: Round 33: a report about one rare name the story knows joins it on that name
    #: alone, with no figure kind in common, when its term score reaches the ordinary
    #: need at that gap (story_threshold within story_window_s), it is within
    #: brief_max_gap_s, every name its headline or figures are about is shared with the
    #: story and one of them is held by no other story, its headline shares a content
    #: word with the story's (stories.headline_words: "Corvel queue grows" / "Truck queue
    #: at Corvel border ..."), and no other story scores within one_entity_margin of it.
    #: Within one_entity_min_gap_s it must also hold no figure kind in common with the
    #: story, or repeat one of the story's figures under its key (a shortened copy): a
    #: toll of the story's kind hours later may be a second incident in the same place.
    #: Follow-ups count something else than the first report (vehicles after trucks, a
    #: seventh horse dead after horses put down), so the one-name join's figure-kind
    #: test misses them; a name no other story holds, in the headline, is the evidence.
    #: False (or one_entity_score = 0, the one-name joins off) turns it off.
    anchor_join: bool = True
    #: Round 34: a report not written as a follow-up (no "the toll rose", "Friday's
    #: crash" in its lead) still takes the brief join's tests (a rare name the story knows
    #: that it is about, a figure kind the story holds, brief_join_factor of the need)
    #: when its headline shares a content word with the story's (stories.headline_words)
    #: and one name it is about is held by no other story: "Insurer puts Orrindale recall
    #: cost at 22 million marks" after "Listeria in Orrindale cheese kills two, dairy
    #: recalls products", two days on. Within one_entity_min_gap_s it must repeat one of
    #: the story's figures (a shortened copy), as in the anchor join: hours later, a
    #: report of the story's kind in the same place may be a second incident there.
    #: False (or one_entity_score = 0, the one-name joins off) turns it off.
    headline_join: bool = True
    #: A report that joined no story by the rules above still joins one on its figures:
    #: a figure filed under a key the story's ledger already holds, within
    #: figure_join_ratio of the story's latest figure there, not a toll that fell without
    #: saying so, in a sentence that says it carries on ("raising the death toll to 3",
    #: "rose to 34", "15 people are still in hospital", "up from 18", "far larger than
    #: the official figure") or beside the story's latest figure restated; the story must be
    #: within figure_join_gap_s (event time) and share a rare name (at most brief_max_df
    #: stories) with the article.  Round 32: as far as a brief joins on one rare name alone
    #: (brief_max_gap_s, 14 days), not 48 hours: a poaching toll or a recall count carried
    #: on ten days later is the same story, with more evidence than a brief join has.
    #: Follow-ups that quote new officials and places share too few terms with their
    #: story ("Third victim of A-4 pileup dies in hospital": 0.15); a first report of
    #: another incident does not say its toll moved.  Several such stories: the most
    #: recent one.  0 turns it off.
    figure_join_gap_s: float = 14 * 24 * 3600.0
    figure_join_ratio: float = 4.0
    #: In a long report (figures reaching long_article_chars into the text), a figure
    #: starting lede_chars or more into it (after its lede, about the first 160 words) and
    #: not in its headline opens its key silently: the body of a long report is
    #: background (see ledger.in_lede).
    lede_chars: int = ledger.LEDE_CHARS
    long_article_chars: int = ledger.LONG_ARTICLE_CHARS
    #: A would-be first figure whose value the story already holds under another key is a
    #: restatement (see _restated): from this article at least restated_min_same, from
    #: another article at least restated_min_other (smaller values coincide by chance).
    restated_min_same: float = 10.0
    restated_min_other: float = 100.0
    #: A figure under a new noun joins the story's one key of the same event property when
    #: its value is within these ratios of that key's latest figure (see _story_kin); a
    #: quantity of another size is another quantity.  kin_max_ratio = 0 turns it off.
    kin_min_ratio: float = 0.5
    kin_max_ratio: float = 2.0
    #: Round 23: a figure of another named body, anywhere in an article, joins the key of
    #: the same quantity (same head noun, or nouns of one ``RIVAL_NOUN_CLASSES`` class)
    #: the article already gave another body's figure under, and contradicts it.
    rival_readings: bool = True
    #: A figure whose sentence states its ratio to another body's figure ("more than
    #: twice the estimate given by the insurer") contradicts the story's earlier figure
    #: that fits the ratio, under any key (:func:`_ratio_rival`)
    stated_ratio: bool = True
    #: Brief joins use the same score ramp as other joins, but never this far apart.
    brief_max_gap_s: float = 14 * 24 * 3600.0
    #: Estimated Jaccard similarity of 3-word shingles for a near-duplicate.
    near_dup_threshold: float = 0.5
    #: Relative gap between intervals beyond which two figures conflict.
    tolerance: float = 0.02
    #: Event tolls (killed, injured...) further apart than this never contradict.
    event_count_window_s: float = 3 * 24 * 3600.0
    #: Two readings of a state (homes without power, people held...) further apart than
    #: this in event time are an update, not a contradiction; closer, from different
    #: sources, they disagree.
    state_same_time_s: float = 3 * 3600.0
    max_figures_per_metric: int = 24
    max_metrics_per_story: int = 300
    story_profile_terms: int = 40
    stories_per_term: int = 16
    #: Terms of an article indexed / looked up (its heaviest ones).
    terms_per_article: int = 24
    max_candidates: int = 12
    #: Expiry work per call of expire() (queue entries).
    expire_batch: int = 2000
    #: Also alert on corroboration (a figure repeated by another outlet).  Off: noise.
    alert_corroboration: bool = False
    #: Alert on figures whose metric key says nothing about what is counted (the
    #: extractor's "unit?hash|property" keys).  Off: they are recorded, never alerted.
    alert_unresolved_metrics: bool = False


@dataclass
class Observation:
    duplicate_of: str | None = None
    duplicate_kind: str | None = None  # "exact" | "near" | None
    story: str | None = None
    alerts: list[dict[str, Any]] = field(default_factory=list)
    figures_added: int = 0
    #: Same article id with new content (a revised version): processed, not a duplicate.
    revision: bool = False
    similarity: float | None = None
    new_story: bool = False
    claims: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# =========================================================================== helpers
def _sha(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def parse_time(s: str | None) -> float | None:
    if not s:
        return None
    try:
        d = datetime.fromisoformat(s.strip().replace("Z", "+00:00"))
    except ValueError:
        try:  # RFC 2822, as feeds write it
            d = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d.timestamp()


def iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds")


def _meta(tables: Tables) -> dict[str, Any]:
    m = tables[T_EXPIRY].get(META)
    if m is None:
        return {
            "seq": 0,
            "head": 0,
            "n_stories": 0,
            "figures": 0,
            "originals": 0,
            "dups": {"exact": 0, "near": 0},
            "alerts": {},
            "revisions": 0,
        }
    return dict(m)


_QKEY_WIDTH = 12


def _qkey(seq: int) -> str:
    return f"{seq:0{_QKEY_WIDTH}d}"


def _enqueue(tables: Tables, meta: dict[str, Any], now: float, kind: str, *payload: str) -> None:
    """Queue [time, kind, payload...] for expire(): kinds "a" (article id, content hash),
    "o" (the same, for an original whose bands were indexed now), "s" (story id), "al"
    (alert ids)."""
    tables[T_EXPIRY][_qkey(meta["seq"])] = [now, kind, *payload]
    meta["seq"] += 1


_REC_FIELDS = ("h", "t", "orig", "story", "dups", "sig", "efp", "vals")


def _get_rec(seen: MutableMapping[str, Any], key: str) -> dict[str, Any] | None:
    """An articles-seen record (stored as a list: a dict per article costs 3x the memory)."""
    v = seen.get(key)
    if not isinstance(v, list):
        return None
    return {k: x for k, x in zip(_REC_FIELDS, v, strict=False) if x is not None}


def _put_rec(seen: MutableMapping[str, Any], key: str, rec: Mapping[str, Any]) -> None:
    seen[key] = [rec.get(k) for k in _REC_FIELDS]


# The LSH index: band key (int) -> the holder first indexed under it, or a tuple of the
# holders indexed under it, oldest first.  Only the first is a candidate, as when the
# index kept one id per key; the others wait their turn, so that the index stays a
# function of the articles still indexed (rebuild_indexes) when the first one expires.
# A holder is the sequence number of the original's "o" expiry entry, which names it:
# an int fits the index's arrays (packed.BandIndex), an id string would not, and an
# original has one live "o" entry while its bands are indexed (expire() unindexes them
# when it pops that entry).
#: The band index's fast paths (first holders; holders added and removed in place) are
#: those of the packed index and of the journal's view of it while a record is planned.
_HOLDER_INDEXES = (packed.BandIndex, journal.HolderOverlay)


def _band_candidates(tables: Tables, keys: Iterable[str]) -> set[str]:
    """The first holder of each of an article's band keys (its near-duplicate candidates),
    as article ids."""
    bands: Mapping[Any, Any] = tables[T_BANDS]
    q = tables[T_EXPIRY]
    if isinstance(bands, _HOLDER_INDEXES):  # the first holder, not the whole tuple
        seqs = bands.firsts([int(k, 16) for k in keys])  # the int form of dedup.band_ints
    else:
        found = [bands.get(int(k, 16)) for k in keys]
        seqs = {v if v.__class__ is not tuple else v[0] for v in found if v is not None}
    out: set[str] = set()
    for seq in seqs:
        item = q.get(_qkey(seq))
        if item is not None:
            out.add(item[2])
    return out


def _band_holder(tables: Tables, keys: list[int], aid: str) -> int | None:
    """The holder under which an article's bands are indexed (None: they are not).

    For an "a" expiry entry whose article still holds a signature: a copy revised into
    an original of its own, whose "o" entry came after the copy's "a" entry."""
    bands: Mapping[Any, Any] = tables[T_BANDS]
    v = bands.get(keys[0]) if keys else None
    for seq in (v,) if v.__class__ is not tuple else v:
        item = tables[T_EXPIRY].get(_qkey(seq)) if seq is not None else None
        if item is not None and item[1] == "o" and item[2] == aid:
            return int(seq)
    return None


def _band_add(bands: MutableMapping[Any, Any], keys: Iterable[int], holder: int) -> None:
    if isinstance(bands, _HOLDER_INDEXES):  # the same, appending in place
        for k in keys:
            bands.add_holder(k, holder)
        return
    for k in keys:
        v = bands.setdefault(k, holder)  # one lookup when the key is new (nearly always)
        if v == holder:
            continue
        if not isinstance(v, tuple):
            bands[k] = (v, holder)
        elif holder not in v:
            bands[k] = (*v, holder)


def _band_remove(bands: MutableMapping[Any, Any], keys: Iterable[int], holder: int) -> None:
    if isinstance(bands, _HOLDER_INDEXES):  # the same, without decoding the tuples
        for k in keys:
            bands.remove_holder(k, holder)
        return
    for k in keys:
        v = bands.get(k)
        if v is None:
            continue
        if not isinstance(v, tuple):
            if v == holder:
                del bands[k]
        elif holder in v:
            rest = tuple(x for x in v if x != holder)
            bands[k] = rest[0] if len(rest) == 1 else rest


# =========================================================================== analyze
def analyze(
    article: Article,
    *,
    claims: list[Any] | None = None,
    config: BrainConfig | None = None,
) -> dict[str, Any]:
    """Stateless stage: claims, dedup signature and story features of one article.

    ``claims`` (Claim objects or dicts) skips extraction; by default
    ``claimlogic.extract.extract_claims(article.text)`` is called.
    """
    from claimlogic.extract import credited_copy, extract_claims

    if claims is None:
        claims = extract_claims(article.text)
    claim_dicts = [c if isinstance(c, dict) else c.to_dict() for c in claims]
    sig, bands = dedup.signature(article.text)
    feats = stories.features(article.text, article.title)
    return {
        "v": ANALYZED_VERSION,
        "article": {
            "id": article.id,
            "url": article.url,
            "title": article.title,
            "outlet": article.outlet,
            "author": article.author,
            "published_at": article.published_at,
            "fetched_at": article.fetched_at,
            "lang": article.lang,
            "origin": article.origin,
            "content_hash": article.content_hash,
        },
        "claims": claim_dicts,
        "sig": sig,
        "bands": bands,
        "efp": entity_fingerprint(feats),
        "terms": feats,
        "fu": stories.follow_up(article.text),
        "dl": stories.dateline_place(article.text),
        "dq": ledger.quarrel(article.text),
        # round 44: where the report says a body's figure differs from the one just given
        # ("The city administration gave a much higher figure."), for _elliptic_rival
        "cl": contrary_leads(article.text),
        # how long the report is and where its first paragraph ends: its body is
        # background (see ledger.in_lede)
        "chars": len(article.text),
        "p1": ledger.first_paragraph_end(article.text),
        # round 52: a syndicated copy that credits another outlet's report (see observe)
        "copy": credited_copy(article.text),
    }


def entity_fingerprint(feats: Mapping[str, Any], n: int = 16) -> str:
    """The article's n heaviest single-word entity terms, each as 4 hex digits.

    Used by the near-duplicate guard and the ledger's incident guard.
    """
    ents = feats.get("ents", {})
    chosen = sorted((k for k in ents if " " not in k), key=lambda k: (-ents[k], k))[:n]
    return "".join(_sha("e", k, n=4) for k in chosen)


def _fp_set(fp: str | None) -> set[str]:
    fp = fp or ""
    return {fp[i : i + 4] for i in range(0, len(fp), 4)}


def entities_compatible(fp_a: str | None, fp_b: str | None) -> bool:
    """False when both texts name enough entities and share too few of them.

    Templated reports of *different* events (same wording, other town, other
    names) reach a high shingle similarity; their key entities differ.
    """
    a, b = _fp_set(fp_a), _fp_set(fp_b)
    if len(a) < 3 or len(b) < 3:
        return True
    return len(a & b) / min(len(a), len(b)) >= 0.75


def value_fingerprint(a: Mapping[str, Any], limit: int = 24) -> str:
    """The distinct figure values an article states, as a short string ("2|3|12000")."""
    vals = sorted({float(c["value"]) for c in a.get("claims") or () if c.get("value") is not None})
    return "|".join(f"{v:g}" for v in vals[:limit])


def figures_contained(a: Mapping[str, Any], original_vals: str | None) -> bool:
    """Does every figure of article ``a`` also appear in the original?

    A near-copy states no figure of its own: a copy whose toll changed is an
    update (processed as an article), and a templated report of another
    incident (same wording, other numbers) is another article.
    """
    mine = value_fingerprint(a)
    if not mine:
        return True
    theirs = set((original_vals or "").split("|")) - {""}
    return set(mine.split("|")) <= theirs


def _article_meta(a: Mapping[str, Any]) -> dict[str, Any]:
    return {k: a.get(k) for k in ("id", "url", "title", "outlet", "published_at")}


# =========================================================================== dedup
def _dedup(
    tables: Tables, a: Mapping[str, Any], now: float, config: BrainConfig, meta: dict[str, Any]
) -> tuple[str | None, str | None, float | None, dict[str, Any] | None]:
    """(duplicate_of, kind, similarity, previous record of the same id if a revision)."""
    seen = tables[T_SEEN]
    aid, ch = a["id"], a.get("content_hash") or ""
    rec = _get_rec(seen, aid)
    if rec is not None:
        if rec.get("h") == ch:
            orig = rec.get("orig") or aid
            _count_dup(tables, orig, aid, now)
            return orig, "exact", 1.0, None
        if "orig" not in rec:
            return None, None, None, rec  # a revised version of an original we know
        # a revised version of a duplicate: judged afresh below
    hkey = "h:" + ch
    if ch and hkey in seen:
        first = seen[hkey]
        if first == aid:
            return None, None, None, None
        orig = (_get_rec(seen, first) or {}).get("orig") or first
        _put_rec(seen, aid, {"h": ch, "t": now, "orig": orig})
        _enqueue(tables, meta, now, "a", aid, "")
        _count_dup(tables, orig, aid, now)
        return orig, "exact", 1.0, None
    sig = a.get("sig")
    if sig:
        best: tuple[float, str] | None = None
        for cand in _band_candidates(tables, a.get("bands", ())):
            crec = _get_rec(seen, cand)
            if not crec or not crec.get("sig") or cand == aid:
                continue
            s = dedup.similarity(sig, crec["sig"])
            if s < 0.9 and not entities_compatible(a.get("efp"), crec.get("efp")):
                continue
            if not figures_contained(a, crec.get("vals")):
                continue  # it states figures the other does not: an update or another event
            if s >= config.near_dup_threshold and (best is None or (s, cand) > best):
                best = (s, cand)
        if best is not None:
            orig = (_get_rec(seen, best[1]) or {}).get("orig") or best[1]
            _put_rec(seen, aid, {"h": ch, "t": now, "orig": orig})
            if ch:
                seen[hkey] = aid
            _enqueue(tables, meta, now, "a", aid, ch)
            _count_dup(tables, orig, aid, now)
            return orig, "near", round(best[0], 4), None
    return None, None, None, None


def _count_dup(tables: Tables, orig: str, dup_id: str, now: float) -> None:
    """Count a copy on its original and its story (a story still being copied stays open)."""
    seen = tables[T_SEEN]
    rec = _get_rec(seen, orig)
    if rec is None:
        return
    rec["dups"] = rec.get("dups", 0) + 1
    _put_rec(seen, orig, rec)
    sid = rec.get("story")
    if sid and (st := tables[T_STORIES].get(sid)) is not None:
        st = dict(st)
        st["dups"] = st.get("dups", 0) + 1
        st["seen"] = max(st.get("seen", now), now)
        tables[T_STORIES][sid] = st


def _index_original(
    tables: Tables, a: Mapping[str, Any], now: float, meta: dict[str, Any], sid: str
) -> None:
    seen = tables[T_SEEN]
    aid, ch = a["id"], a.get("content_hash") or ""
    rec: dict[str, Any] = {"h": ch, "t": now, "story": sid, "dups": 0}
    if a.get("sig"):
        rec["sig"] = a["sig"]
        if a.get("efp"):
            rec["efp"] = a["efp"]
        vals = value_fingerprint(a)
        if vals:
            rec["vals"] = vals
    _put_rec(seen, aid, rec)
    if ch:
        seen["h:" + ch] = aid
    if rec.get("sig"):  # held by the "o" entry queued below, at meta["seq"]
        _band_add(tables[T_BANDS], [int(k, 16) for k in a.get("bands", ())], meta["seq"])
    meta["originals"] += 1
    _enqueue(tables, meta, now, "o", aid, ch)


# =========================================================================== stories
def _assign_story(
    tables: Tables,
    a: Mapping[str, Any],
    event_t: float,
    now: float,
    config: BrainConfig,
    meta: dict[str, Any],
    prev_story: str | None,
) -> tuple[str, bool]:
    st_table, terms_table = tables[T_STORIES], tables[T_TERMS]
    vec = stories.term_weights(a.get("terms") or {})
    vec = dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: config.terms_per_article])
    n = max(meta["n_stories"], 1)
    dfs: dict[str, int] = {}
    hits: dict[str, list[float]] = {}
    term_entries: dict[str, list[Any] | None] = {}
    for t in vec:
        e = terms_table.get(t)
        term_entries[t] = e
        df = dfs[t] = e[0] if e else 0
        if e:
            w = vec[t] * stories.idf(n, df - 1)
            ent = 1 if t.startswith("e:") else 0
            # ~200 (story, term) pairs an article: no new list per pair, one lookup
            for sid in e[1:]:
                h = hits.get(sid)
                if h is None:
                    hits[sid] = [w, ent]
                else:
                    h[0] += w
                    h[1] += ent
    chosen: str | None = None
    if prev_story and prev_story in st_table:
        chosen = prev_story
    else:
        chosen = _best_story(a, vec, hits, dfs, n, event_t, st_table, config, tables[T_LEDGER])
        if chosen is None:
            chosen = _outlet_join(a, vec, terms_table, st_table, event_t, config)
    created = chosen is None
    if chosen is None:
        chosen = "st-" + _sha("story", a["id"], n=12)
        st = {
            "id": chosen,
            "title": a.get("title"),
            "first_article": a["id"],
            "t0": event_t,
            "t1": event_t,
            "created": now,
            "seen": now,
            "n": 0,
            "dups": 0,
            "outlets": [],
            "profile": "",
            "metrics": [],
        }
        meta["n_stories"] += 1
        _enqueue(tables, meta, now, "s", chosen)
    else:
        st = dict(st_table[chosen])
    st["t0"], st["t1"] = min(st["t0"], event_t), max(st["t1"], event_t)
    st["seen"] = now
    st["n"] = st.get("n", 0) + 1
    outlet = a.get("outlet")
    if outlet and outlet not in st["outlets"] and len(st["outlets"]) < 50:
        st["outlets"] = [*st["outlets"], outlet]
    old_profile = stories.read_profile(st["profile"])
    profile = stories.merge_profile(old_profile, vec, config.story_profile_terms)
    st["profile"] = stories.pack_profile(profile)
    st_table[chosen] = st
    # the index lists a story under exactly the terms of its profile
    for t in old_profile:
        if t not in profile:
            _unindex(terms_table, t, chosen)
    for t in vec:
        if t not in profile:
            continue
        e = term_entries[t] or [0]
        lst = e[1:]
        if chosen in lst:  # listed once at most: the list is rebuilt here each time
            lst.remove(chosen)
            df = e[0]
        else:
            df = e[0] + 1
        terms_table[t] = [df, chosen, *lst[: config.stories_per_term - 1]]
    return chosen, created


#: Words of an outlet's name that say what kind of outlet it is, not where it is from.
_OUTLET_WORDS = frozenset(
    [
        "radio",
        "news",
        "daily",
        "press",
        "herald",
        "times",
        "post",
        "tribune",
        "journal",
        "gazette",
        "chronicle",
        "star",
        "courier",
        "mail",
        "morning",
        "evening",
        "weekly",
        "network",
        "wire",
        "service",
        "agency",
        "online",
        "tv",
        "fm",
        "television",
        "channel",
        "station",
        "bulletin",
        "report",
        "review",
        "observer",
        "record",
    ]
)


def _outlet_places(outlet: str | None) -> set[str]:
    """Round 64: the place words of an outlet's name, folded as entity terms ("Radio
    Orvaney", "The Kelmarsh Herald" -> ``{"orvaney"}``-like stems): a local outlet's name
    says where its reports are from."""
    if not outlet:
        return set()
    return {
        stories.norm_term(w)
        for w in re.findall(r"[A-Z][A-Za-z'’-]+", outlet)
        if w.lower() not in _OUTLET_WORDS and w.lower() not in stories.STOP_CAPS
    }


def _outlet_join(
    a: Mapping[str, Any],
    vec: Mapping[str, float],
    terms_table: Mapping[str, Any],
    st_table: Mapping[str, Any],
    event_t: float,
    config: BrainConfig,
) -> str | None:
    """Round 64: a report that joined no story joins the one story whose headline names
    the place its outlet is named after ("Amnesty count rises" from Radio Orvaney after
    "Thousands come forward as Orvaney offshore tax amnesty nears deadline"): a local
    station's brief often names no place at all, and shares few terms with the story.
    The place is an entity term of the story's and of at most ``brief_max_df`` stories,
    named in the headline of only one of them within ``brief_max_gap_s`` (event time) --
    or, for a report written as a follow-up, held by that one story alone (its dateline
    or text names it: "Radio Kelsby" after a story datelined KELSBY); every place the report is
    about is one the story knows; a figure of the report is of a kind the story tracks;
    and the report is written as a follow-up or its headline shares a content word with
    the story's.  Two stories of that place: no guess."""
    if config.brief_max_df <= 0 or config.one_entity_score <= 0:
        return None
    places = _outlet_places(a.get("outlet"))
    if not places:
        return None
    found: set[str] = set()
    for t in places:
        e = terms_table.get("e:" + t)
        if not e or e[0] > config.brief_max_df:
            continue
        for sid in e[1:]:
            st = st_table.get(sid)
            if st is None:
                continue
            gap = stories.time_gap(event_t, st["t0"], st["t1"])
            if gap > config.brief_max_gap_s or _required_score(gap, config) is None:
                continue
            title_terms = {
                stories.norm_term(w) for w in re.findall(r"[A-Za-z'’-]+", st.get("title") or "")
            }
            # named in its headline; or no other story's place, for a follow-up
            if t in title_terms or (e[0] == 1 and a.get("fu")):
                found.add(sid)
    if len(found) != 1:
        return None
    sid = found.pop()
    st = st_table[sid]
    profile = stories.read_profile(st["profile"])
    claims = a.get("claims") or ()
    anchors = stories.anchor_terms(
        (a.get("terms") or {}).get("ents") or {},
        a.get("title"),
        [c.get("place") for c in claims],
        a.get("dl"),
    )
    if any("e:" + t not in profile for t in anchors):
        return None  # about a place the story does not know
    families = stories.metric_families(c.get("metric") or "" for c in claims)
    if not families & stories.metric_families(st.get("metrics") or ()):
        return None
    if not a.get("fu") and not (
        stories.headline_words(a.get("title"), places)
        & stories.headline_words(st.get("title"), places)
    ):
        return None
    return sid


def _required_score(gap: float, config: BrainConfig) -> float | None:
    """Score an article needs to join a story ``gap`` seconds away (None: too far)."""
    return stories.required_score(
        gap,
        window=config.story_window_s,
        max_gap=config.story_max_gap_s,
        base=config.story_threshold,
        strong=config.story_strong_threshold,
    )


#: Round 57: beyond ``story_max_gap_s`` a story still takes a report that shares this
#: many names with it and reaches ``story_strong_threshold`` on its terms: a trial, a
#: fine or a settlement months on names the same prosecutors, firms and outlets.
_LONG_JOIN_ENTITIES = 8
#: ... but never farther apart than this (event time).
_LONG_JOIN_GAP_S = 120 * 24 * 3600.0


def _long_gap_need(gap: float, ents: int, config: BrainConfig) -> float | None:
    """Round 57: the score a report sharing ``ents`` names needs to join a story ``gap``
    seconds away when that is beyond ``story_max_gap_s`` (None: no join): the strong
    threshold, for ``_LONG_JOIN_ENTITIES`` names or more, within ``_LONG_JOIN_GAP_S``."""
    if gap <= config.story_max_gap_s or gap > _LONG_JOIN_GAP_S or ents < _LONG_JOIN_ENTITIES:
        return None
    return config.story_strong_threshold


def _best_story(
    a: Mapping[str, Any],
    vec: Mapping[str, float],
    hits: Mapping[str, list[float]],
    dfs: Mapping[str, int],
    n: int,
    event_t: float,
    st_table: MutableMapping[str, Any],
    config: BrainConfig,
    ledger_table: Mapping[str, Any] | None = None,
) -> str | None:
    """The story an article joins: the best-scoring one sharing ``min_shared_entities``
    entities; failing that, a join on one strong shared name, a same-day join, a brief
    join on one rare shared place (a follow-up, or a report whose headline ties it to the
    story: ``headline_join``), or a join on figures the story's ledger continues
    (``ledger_table`` given; see BrainConfig)."""
    brief = config.brief_max_df > 0
    need_ents = 1 if brief else config.min_shared_entities
    # A brief that names nothing at all ("Sixty-four schools are now closed over asbestos,
    # the education ministry said"): radio copy without a dateline. Its terms and its
    # running count are the only evidence, so it may join a recent story sharing none.
    # Round 57: a report that names nothing and is not written as a follow-up ("Market
    # fire: injured rises") is a candidate too, but joins only on its figures (the figure
    # join): on its terms alone it may be a first report of its own (round 29).
    no_names = brief and not _own_names(vec)
    nameless = no_names and bool(a.get("fu"))
    if no_names:
        need_ents = 0
    cands = [s for s, h in hits.items() if h[1] >= need_ents]
    cands.sort(key=lambda s: (hits[s][1] < config.min_shared_entities, -hits[s][0], s))
    best: tuple[float, str] | None = None
    briefs: list[tuple[float, str, Mapping[str, float]]] = []
    recent: list[tuple[float, str, Mapping[str, float]]] = []
    scores: list[tuple[float, str]] = []
    strong: list[tuple[float, str]] = []
    near: list[tuple[float, float, str]] = []
    anchored: list[tuple[float, str]] = []
    about: tuple[set[str], set[str]] | None = None

    def anchors_and_families() -> tuple[set[str], set[str]]:
        """The places or names the article is about and its figures' kinds, computed
        once and only when a weak-evidence join needs them."""
        nonlocal about
        if about is None:
            claims = a.get("claims") or ()
            about = (
                stories.anchor_terms(
                    (a.get("terms") or {}).get("ents") or {},
                    a.get("title"),
                    [c.get("place") for c in claims],
                    a.get("dl"),
                ),
                stories.metric_families(c.get("metric") or "" for c in claims),
            )
        return about

    weighed = stories.weigh_terms(vec, dfs, n) if cands else []
    for sid in cands[: config.max_candidates]:
        st = st_table.get(sid)
        if st is None:
            continue
        profile = stories.read_profile(st["profile"])
        score, ents = stories.score_weighed(weighed, profile)
        gap = stories.time_gap(event_t, st["t0"], st["t1"])
        scores.append((score, sid))
        gap_need = _required_score(gap, config)  # None: too far apart in time
        if (
            ledger_table is not None
            and config.figure_join_gap_s > 0
            and gap <= config.figure_join_gap_s
        ):
            near.append((gap, score, sid))
        if no_names and not nameless:
            continue  # round 57: the figure join's only
        if ents >= config.min_shared_entities:
            need = gap_need
            if need is not None and 0 < config.story_many_entities <= ents:
                need *= config.story_many_entities_factor
            if need is None:
                need = _long_gap_need(gap, ents, config)
            if need is not None and score >= need and (best is None or (score, sid) > best):
                best = (score, sid)
            elif (
                need is not None
                and config.recent_join_gap_s > 0
                and gap <= config.recent_join_gap_s
                and score >= need * config.recent_join_factor
            ):
                anchors, families = anchors_and_families()
                # the place or name the article is about (headline, a figure's place) is
                # one the story knows and few stories share; and a figure of a known kind
                rare = [
                    t
                    for t in anchors
                    if "e:" + t in profile and dfs.get("e:" + t, 0) <= config.brief_max_df
                ]
                if rare and families & stories.metric_families(st.get("metrics") or ()):
                    recent.append((score, sid, profile))
                    continue
            if need is not None and score >= need:
                continue
            # Short of the need and of the recent join: a follow-up sharing two or more
            # names is no weaker evidence than a brief sharing one, so the brief join's
            # tests below apply to it too (a court date's report 40 hours on that names
            # the defendants and new officials). The one-name joins in between need a
            # score of at least the need and so cannot take it.
        if (
            config.one_entity_score > 0
            and gap_need is not None
            and config.one_entity_min_gap_s <= gap <= config.brief_max_gap_s
            and score >= max(gap_need, config.one_entity_score)
        ):
            anchors, families = anchors_and_families()
            shared_ents = {t[2:] for t in vec if t.startswith("e:") and t in profile}
            # the place the article is about (headline, a figure's place) must be one the
            # story knows: "Sawmill blast in Millbrook, Vermont" shares only the state
            if anchors <= shared_ents and families & stories.metric_families(
                st.get("metrics") or ()
            ):
                strong.append((score, sid))
        if (
            config.anchor_join
            and config.one_entity_score > 0
            and gap_need is not None
            and gap <= config.brief_max_gap_s
            and score >= gap_need
        ):
            anchors, families = anchors_and_families()
            shared_ents = {t[2:] for t in vec if t.startswith("e:") and t in profile}
            # the headline's name is the story's and no other story holds it; within
            # hours, a toll of a kind the story holds may be a second incident there
            if (
                anchors <= shared_ents
                and _headline_anchor(a, st, dfs, anchors)
                and (
                    gap >= config.one_entity_min_gap_s
                    or not families & stories.metric_families(st.get("metrics") or ())
                    or _repeats_figure(a, sid, st, ledger_table, config)
                )
            ):
                anchored.append((score, sid))
        if best is not None or not brief or gap > config.brief_max_gap_s:
            continue
        if not a.get("fu") and not _headline_tie(
            a,
            sid,
            st,
            gap,
            dfs,
            anchors_and_families()[0] or _own_names(vec),
            ledger_table,
            config,
        ):
            continue  # only a follow-up ("Friday's crash", "the toll rose") joins on one name
        if gap_need is None or score < gap_need * config.brief_join_factor:
            continue
        anchors, families = anchors_and_families()
        if nameless:
            # no name to share: the same day or the next, a figure of a kind the story holds;
            # later, as far as a brief joins on one name, only when its terms alone reach
            # the need at that gap (a station's "Bridges: 21 closed" 37 hours after "...
            # reports on 48 bridges faked, nine closed": 0.37 where 0.30 is needed)
            if (gap <= config.recent_join_gap_s or score >= gap_need) and (
                families & stories.metric_families(st.get("metrics") or ())
                or _story_follow_up_noun(a, st, set())
            ):
                briefs.append((score, sid, profile))
            continue
        shared = {t[2:] for t in vec if t.startswith("e:") and t in profile}
        if not anchors:
            # Round 57: a report whose headline and figures name no place ("Racing raid
            # arrests rise"): the names it gives at all stand in for what it is about
            anchors = _own_names(vec)
        if not anchors or not anchors <= shared:
            continue  # not about a place the story knows, or also about another one
        if not any(dfs.get("e:" + t, 0) <= config.brief_max_df for t in anchors):
            continue  # a common name ("Texas", "Paris") says little on its own
        if not (families and families & stories.metric_families(st.get("metrics") or ())):
            # no figure of a kind the story already tracks (round 67): a follow-up still
            # joins on the story's event noun in its headline; a report not written as a
            # follow-up came through _headline_tie, a headline word and a name no other
            # story holds, the anchor join's evidence (off with it)
            if a.get("fu"):
                if not _story_follow_up_noun(a, st, anchors):
                    continue
            elif not config.anchor_join:
                continue
        briefs.append((score, sid, profile))
    if best is not None:
        return best[1]
    if strong:
        # one shared name, but most of the article's weight is the story's own terms;
        # another named story near it means the terms do not tell them apart
        s_top = max(strong)
        rivals = [sc for sc, sid in scores if sid != s_top[1]]
        if not rivals or max(rivals) < config.one_entity_margin * s_top[0]:
            return s_top[1]
    if recent:
        # A same-day report on two or more shared names wins over a brief, unless another
        # story scores near it (a round-up of "three separate gas explosions"): then the
        # article is about several events and joins none of them on this weak evidence.
        top = max(recent)
        rivals = [sc for sc, sid in scores if sid != top[1]]
        if not rivals or max(rivals) < config.recent_join_margin * top[0]:
            briefs = recent
    if not briefs and anchored:
        a_top = max(anchored)
        rivals = [sc for sc, sid in scores if sid != a_top[1]]
        if not rivals or max(rivals) < config.one_entity_margin * a_top[0]:
            return a_top[1]
    if not briefs:
        if ledger_table is None or not near:
            return None
        return _figure_join(a, vec, dfs, near, st_table, ledger_table, config)
    briefs.sort(key=lambda b: (-b[0], b[1]))
    if len(briefs) > 1:
        # Two stories about the same place (a bus crash and a market fire in one town):
        # only the terms the brief shares with one story and not the other tell them
        # apart; the winner must hold clearly more of that weight, else do not guess.
        (_, _, p1), (_, _, p2) = briefs[0], briefs[1]
        own1 = stories.exclusive_weight(vec, p1, p2, dfs, n)
        own2 = stories.exclusive_weight(vec, p2, p1, dfs, n)
        if own1 <= 0 or own1 < config.brief_margin * own2:
            return None
    return briefs[0][1]


@dataclass(frozen=True)
class _Scene:
    """One article being folded into its story, as the story functions and the rival
    finders read it (built once per article by :func:`observe`): the state, the story, the
    article's claims and their keys, its id and the knobs.  ``story_metrics`` is read from
    the story record each time, because observe adds a key to it as soon as the key's first
    figure is filed."""

    tables: Tables
    sid: str
    story: Mapping[str, Any]
    claims: list[Mapping[str, Any]]
    aid: str
    config: BrainConfig
    #: the keys of this article's own claims, filed or not
    own_metrics: frozenset[str] = frozenset()

    @property
    def story_metrics(self) -> list[str]:
        """The keys the story holds figures under, this article's filed ones included."""
        metrics: list[str] = self.story["metrics"]
        return metrics


def _ledger_entry(ledger_table: Mapping[str, Any], sid: str, metric: str) -> dict[str, Any] | None:
    """The story's ledger entry for one key, unpacked (None when the key has none)."""
    return ledger.unpack_entry(ledger_table.get(f"{sid}|{metric}"), story=sid, metric=metric)


def _newest(figures: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The latest-seen of a key's ledger figures (by first-seen time ``t``)."""
    return max(figures, key=lambda f: float(f.get("t") or 0.0))


def _repeats_figure(
    a: Mapping[str, Any],
    sid: str,
    st: Mapping[str, Any],
    ledger_table: Mapping[str, Any] | None,
    config: BrainConfig,
) -> bool:
    """Does the article give a figure the story's ledger already holds under the same
    key, of at least ``restated_min_same`` (a shortened copy of the story's report
    restates its 3,350 tainted cases; a second incident in the same town hours later
    has tolls of its own, and small counts coincide by chance)?"""
    if ledger_table is None:
        return False
    metrics = set(st.get("metrics") or ())
    for c in a.get("claims") or ():
        metric, v = c.get("metric"), c.get("value")
        if metric not in metrics or v is None or float(v) < config.restated_min_same:
            continue
        entry = _ledger_entry(ledger_table, sid, metric)
        for f in (entry or {}).get("figures", ()):
            w = f["claim"].get("value")
            if w is not None and ledger.rel_diff(float(v), float(w)) <= config.tolerance:
                return True
    return False


def _headline_tie(
    a: Mapping[str, Any],
    sid: str,
    st: Mapping[str, Any],
    gap: float,
    dfs: Mapping[str, int],
    anchors: set[str],
    ledger_table: Mapping[str, Any] | None,
    config: BrainConfig,
) -> bool:
    """May a report not written as a follow-up take the brief join's tests for story
    ``sid`` (``BrainConfig.headline_join``)?  Its headline shares a content word with the
    story's, one name it is about is held by no other story, and it is at least
    ``one_entity_min_gap_s`` from the story or repeats one of its figures."""
    if not (config.headline_join and config.one_entity_score > 0):
        return False
    if not _headline_anchor(a, st, dfs, anchors):
        return False
    return gap >= config.one_entity_min_gap_s or _repeats_figure(a, sid, st, ledger_table, config)


def _headline_anchor(
    a: Mapping[str, Any], st: Mapping[str, Any], dfs: Mapping[str, int], anchors: set[str]
) -> bool:
    """Is the article tied to the story by its headline: one name it is about
    (``anchors``) is held by no other story, and its headline shares a content word with
    the story's (:func:`stories.headline_words`)?  The evidence of the anchor join and the
    headline join alike."""
    return (
        bool(anchors)
        and any(dfs.get("e:" + t, 0) <= 1 for t in anchors)
        and bool(
            stories.headline_words(a.get("title"), anchors)
            & stories.headline_words(st.get("title"), anchors)
        )
    )


def _story_follow_up_noun(a: Mapping[str, Any], st: Mapping[str, Any], names: set[str]) -> bool:
    """Round 67: may a follow-up brief join on its one rare name though no figure of it
    is of a kind the story tracks?  It is written as a follow-up ("arrests rise", "a
    seventh horse dies") and its headline shares a content word, names left out, with the
    story's ("Racing raid arrests rise" after "Police raid street race meeting, seize 46
    cars"): the same event noun.  A follow-up counts what the first report did not (the
    arrests after the seized cars), so the figure-kind test misses it.  A brief that
    names nothing at all (``names`` empty) takes the same test in place of the figure
    kind ("Lead toys: 71,000 returned" after "Toymaker recalls painted wooden toys")."""
    return bool(a.get("fu")) and bool(
        stories.headline_words(a.get("title"), names)
        & stories.headline_words(st.get("title"), names)
    )


def _own_names(vec: Mapping[str, float]) -> set[str]:
    """Round 57: the names an article's terms give, radio stations left out."""
    return {t[2:] for t in vec if t.startswith("e:") and not _station_name(t[2:])}


def _station_name(ent: str) -> bool:
    """Is an entity term a radio station's name ("orrenby radio", "radio")?  A radio
    brief's only name is often its station ("Orrenby Radio, September 12 -"): it
    says where the copy comes from, not what it is about."""
    return "radio" in ent.split()


def _figure_join(
    a: Mapping[str, Any],
    vec: Mapping[str, float],
    dfs: Mapping[str, int],
    near: list[tuple[float, float, str]],
    st_table: Mapping[str, Any],
    ledger_table: Mapping[str, Any],
    config: BrainConfig,
) -> str | None:
    """The most recent of the ``near`` stories (gap, score, id) whose figures the article
    carries on (:func:`_continues_figures`) and that shares a rare name with it; None
    when there is none, or when another candidate scores within recent_join_margin of it."""
    claims = list(a.get("claims") or ())
    if not claims:
        return None
    moved = ledger.previous_values(claims)
    rare = [t for t in vec if t.startswith("e:") and dfs.get(t, 0) <= config.brief_max_df]
    # Round 57: a radio brief that names nothing ("Skyvane cancellations rise") has no
    # name to share; the headline's words the story's headline also has stand in for it
    nameless = not _own_names(vec)
    words = stories.headline_words(a.get("title")) if nameless else set()
    for _gap, score, sid in sorted(near, key=lambda x: (x[0], -x[1], x[2])):
        st = st_table.get(sid)
        if st is None:
            continue
        profile = stories.read_profile(st["profile"])
        if not any(t in profile for t in rare) and not (
            words and words & stories.headline_words(st.get("title"))
        ):
            continue  # only common names shared ("Texas"): no evidence of one event
        if _continues_figures(sid, st, claims, moved, ledger_table, config):
            # another story sharing a name that scores near it: a round-up of several
            # events ("Monsoon toll reaches 128 as landslides hit Myagdi and ..."), no guess
            rivals = [sc for _g, sc, s2 in near if s2 != sid]
            if rivals and max(rivals) >= config.recent_join_margin * score:
                return None
            return sid
    return None


def _continues_figures(
    sid: str,
    st: Mapping[str, Any],
    claims: list[Mapping[str, Any]],
    moved: Mapping[int, int],
    ledger_table: Mapping[str, Any],
    config: BrainConfig,
) -> bool:
    """Does an article carry on the story's figures?  At least one of its figures lands
    under a key the story's ledger holds (its own key or the story's alias for it), is
    within ``figure_join_ratio`` of the latest figure there, and its sentence says it
    carries on (``ledger.continued``, it names the value it moved from, or it disputes
    another figure: "far larger than the official figure"), or the article restates the
    story's latest figure beside a new one; and no figure under such a key is a count
    that fell without the sentence calling it a revision, a dispute or a state
    ("injuring 14" against the story's 23 injured: another incident's toll)."""
    support = False
    metrics = list(st.get("metrics") or ())
    seen: dict[str, list[tuple[float, float]]] = {}  # key -> (value, story's latest)
    for ci, c in enumerate(claims):
        metric, v = c.get("metric"), c.get("value")
        if not metric or v is None or "?" in metric.split("|", 1)[0] or c.get("unit") == "%":
            continue  # nothing says what is counted; small shares of many things collide
        if metric != DISPLACED and ledger.displaced_people(c, metric):
            metric = DISPLACED
        key = metric if metric in metrics else _story_alias(metrics, c, metric)
        if key is None or key not in metrics:
            continue
        entry = _ledger_entry(ledger_table, sid, key)
        figs = [
            f
            for f in (entry or {}).get("figures", ())
            if f["claim"].get("value") is not None and ledger.units_compatible(c, f["claim"])
        ]
        if not figs:
            continue
        last = float(_newest(figs)["claim"]["value"])
        v = float(v)
        if v <= 0 or last <= 0 or max(v / last, last / v) > config.figure_join_ratio:
            continue
        disputes = ledger.disputes_figure(c)
        if v < last * (1 - config.tolerance) and not (
            disputes or ledger.state_quantity(c, key) or ledger.revision(c)
        ):
            return False
        if ci in moved or disputes or ledger.continued(c):
            support = True
        seen.setdefault(key, []).append((v, last))
    # "27 ships were waiting ..., up from 18 at midday" where the story's latest is 18:
    # the article restates the story's figure beside a new one under the same key
    for pairs in seen.values():
        restated = any(ledger.rel_diff(v, last) <= 1e-3 for v, last in pairs)
        if restated and any(ledger.rel_diff(v, last) > config.tolerance for v, last in pairs):
            support = True
    return support


# =========================================================================== observe
_TOLLS = ("killed", "injured", "missing")
#: One event quantity for people out of their homes (see ledger.displaced_people).
DISPLACED = "people|displaced"


def _toll_adjective(c: Mapping[str, Any]) -> bool:
    """Is the claim's figure followed by a toll adjective ("6,450 dead animals")?"""
    text = str(c.get("text") or "")
    pat = re.escape(text) + r"\s+(?:dead|injured|wounded|missing)\s"
    return bool(text) and re.search(pat, str(c.get("quote") or "")) is not None


def _subject_head(metric: str) -> str:
    """The last word of a key's subject: "sheep" for "merino sheep|killed"."""
    words = metric.partition("|")[0].split()
    return words[-1] if words else ""


def _story_toll(story_metrics: list[str], c: Mapping[str, Any], metric: str) -> str | None:
    """The story's own toll metric for a toll that names nobody ("the death toll rose to
    17", "the number of injured stood at 52"), when the story has exactly one such metric
    ("14 miners were killed" opened ``miners|killed``); else None (keep the claim's key)."""
    subject, _, prop = metric.partition("|")
    if subject == "animals" and prop in _TOLLS and _toll_adjective(c):
        # Round 24: "6,450 dead animals" (once filed "people|killed") names no kind of
        # its own: the story's one toll of an animal noun ("sheep|killed").
        same = [
            m
            for m in story_metrics
            if m.endswith("|" + prop) and RIVAL_NOUN_CLASSES.get(_subject_head(m)) == "animals"
        ]
        return same[0] if len(same) == 1 and same[0].count("|") == 1 else None
    if subject != "people" or prop not in _TOLLS or metric in story_metrics:
        return None
    if (c.get("unit") or "dead") not in ("dead", "wounded", "missing"):
        return None  # "17 people were killed": a noun of its own
    same = [m for m in story_metrics if m.endswith("|" + prop) and "?" not in m]
    return same[0] if len(same) == 1 and same[0].count("|") == 1 else None


#: Event roles of people a story keeps one running figure of, whatever noun a report uses.
_ROLES = frozenset({"killed", "injured", "missing", "hospitalized", "rescued", "arrested"})
#: Nouns that name people in a role without naming a group of their own.
_GENERIC_PEOPLE = frozenset(
    {"people", "persons", "others", "victims", "patients", "individuals", "residents"}
    | {"survivors", "passengers", "casualties"}
)


def _story_role(story_metrics: list[str], metric: str) -> str | None:
    """The story's one key for a people role (killed, injured, missing, hospitalized,
    rescued, arrested) when a figure for that role names no group of its own: the counted
    noun is generic ("23 people were injured", "victims", "patients") or not a noun at all
    ("seven [construction] killed", "eight|killed", "confirmed|killed").  "People injured"
    joins the story's only "workers|injured"; never when the story keeps two groups for
    that role ("children|killed" and "adults|killed"), never for a named group ("sheriff
    deputies|injured" keeps its key)."""
    if metric in story_metrics or "?" in metric or metric.count("|") != 1:
        return None
    subject, _, prop = metric.partition("|")
    if prop not in _ROLES:
        return None
    head = subject.rsplit(" ", 1)[-1]
    if head not in _GENERIC_PEOPLE and ledger.plural_noun(head):
        return None  # a group of its own: "workers", "children", "sheriff deputies"
    same = [m for m in story_metrics if m.endswith("|" + prop) and m.count("|") == 1]
    same = [m for m in same if "?" not in m]
    return same[0] if len(same) == 1 else None


def _story_nationality(story_metrics: list[str], metric: str) -> str | None:
    """The story's one key for the same group with or without its nationality: "troops|killed"
    joins the story's only "nigerian troops|killed" and the other way round; None when the
    story has no such key or several ("russian troops" and "north korean troops")."""
    if metric in story_metrics or "?" in metric:
        return None
    subject, _, rest = metric.partition("|")
    same: list[str] = []
    for m in story_metrics:
        s2, _, r2 = m.partition("|")
        if r2 != rest or s2 == subject:
            continue
        long, short = (s2, subject) if len(s2) > len(subject) else (subject, s2)
        qual = long.removesuffix(" " + short)
        if qual != long and qual in DEMONYMS:
            same.append(m)
    return same[0] if len(same) == 1 else None


#: Qualifiers that make a group a different quantity, not another name for it: "23 new
#: cases" is a day's increment of "cases", "other passengers" are not "passengers".
_SUBSET_QUALIFIERS = frozenset(
    {"new", "additional", "more", "further", "other", "daily", "weekly", "fresh", "extra"}
    | {"remaining", "last", "first"}
    # another set of the same things, brought in for the counted ones ("180 replacement
    # buses" beside the 260 that failed inspection)
    | {"replacement", "spare", "substitute", "backup"}
)


def _story_head(story_metrics: list[str], metric: str) -> str | None:
    """The story's one key for the same counted head noun under another qualifier: "voter
    turnout|share|ratio" joins the story's only "turnout|share|ratio", "production
    workers|count" its only "workers|count" (and the other way round).  Never for a
    qualifier that names a subset or increment ("new cases", "other passengers"), and
    never when the story has two such keys."""
    if metric in story_metrics or "?" in metric:
        return None
    subject, _, rest = metric.partition("|")
    head = subject.rsplit(" ", 1)[-1]
    same: list[str] = []
    for m in story_metrics:
        s2, _, r2 = m.partition("|")
        if r2 != rest or s2 == subject or "?" in s2 or s2.rsplit(" ", 1)[-1] != head:
            continue
        long, short = (s2, subject) if len(s2) > len(subject) else (subject, s2)
        qual = _extra_words(long.split(), short.split())
        if qual and not set(qual) & _SUBSET_QUALIFIERS:
            same.append(m)
    return same[0] if len(same) == 1 else None


def _names_a_subset(subject: str, other: str) -> bool:
    """Does one of two subjects of one head noun add a qualifier that names a subset or
    another set (``_SUBSET_QUALIFIERS``: "replacement buses" / "buses")?"""
    long, short = (other, subject) if len(other) > len(subject) else (subject, other)
    return bool(set(_extra_words(long.split(), short.split())) & _SUBSET_QUALIFIERS)


def _named_apart(
    subject: str, c: Mapping[str, Any], other: str, other_claim: Mapping[str, Any]
) -> bool:
    """Are two subjects of one head noun two groups named apart: each has a qualifier the
    other lacks, and on both sides one of them is a name -- a demonym or a word its own
    quote capitalises ("140 Ostrian soldiers had surrendered" / "the number of Sarvan
    soldiers taken prisoner had risen to 110": two armies' prisoners, not two readings)?"""
    mine, theirs = set(subject.split()[:-1]), set(other.split()[:-1])
    only_mine, only_theirs = mine - theirs, theirs - mine

    def named(words: set[str], claim: Mapping[str, Any]) -> bool:
        return any(w in DEMONYMS for w in words) or _capitalised(
            words, str(claim.get("quote") or "")
        )

    return (
        bool(only_mine and only_theirs) and named(only_mine, c) and named(only_theirs, other_claim)
    )


def _extra_words(long: list[str], short: list[str]) -> list[str]:
    """The words of ``long`` that are not in ``short`` when ``short`` is ``long`` with
    words left out, in order ("unaccompanied migrant minors" -> "unaccompanied minors":
    ["migrant"]); [] when it is not."""
    extra: list[str] = []
    k = 0
    for w in long:
        if k < len(short) and w == short[k]:
            k += 1
        else:
            extra.append(w)
    return extra if k == len(short) else []


#: Words a report puts before or after a counted noun without changing what is counted:
#: "missing crew|missing" and "crew members|missing" are "crew|missing".
_ROLE_WORDS = frozenset(
    {"missing", "injured", "wounded", "dead", "killed", "hospitalized", "rescued", "arrested"}
    | {"sick", "ill", "infected", "displaced", "evacuated", "stranded"}
)


#: Round 43: plurals that are not the singular with an "s" ("two men" / "one man").
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child"}


def _singular(word: str) -> str:
    """Round 43: a head noun in the singular, so that "One sailor is still missing" and
    "two sailors were missing" name one noun ("sailors" -> "sailor", "men" -> "man",
    "casualties" -> "casualty"); a word that is no plural comes back as it is."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _subject_core(subject: str, *, singular: bool = False) -> str:
    """A counted noun without a leading role word or a trailing "members": "missing crew"
    -> "crew", "crew members" -> "crew", "staff members" -> "staff"; with ``singular``
    (round 43) its head in the singular too: "sailors" -> "sailor", "men" -> "man"."""
    words = subject.split()
    while len(words) > 1 and words[0] in _ROLE_WORDS:
        words = words[1:]
    if len(words) > 1 and words[-1] in ("members", "member"):
        words = words[:-1]
    if singular and words:
        words = [*words[:-1], _singular(words[-1])]
    return " ".join(words)


def _story_core(story_metrics: list[str], metric: str) -> str | None:
    """The story's one key for the same noun written another way: "crew members|missing"
    joins the story's only "missing crew|missing" (see :func:`_subject_core`); None when
    the story has no such key or several.  Round 43: for a thing that happened to the
    counted noun (not a bare count) the noun in the singular and in the plural is one
    noun: "One sailor is still missing" (``sailor|missing``) carries on the story's
    "sailors|missing", "one man is still missing" its "men|missing".  Not for a bare count:
    "one of the volunteers" (``volunteer|count``) is one of them, not their number."""
    if metric in story_metrics or "?" in metric:
        return None
    subject, _, rest = metric.partition("|")
    singular = rest.partition("|")[0] != "count"
    core = _subject_core(subject, singular=singular)
    same = [
        m
        for m in story_metrics
        if "?" not in m
        and m.partition("|")[2] == rest
        and m.partition("|")[0] != subject
        and _subject_core(m.partition("|")[0], singular=singular) == core
    ]
    return same[0] if len(same) == 1 else None


def _story_ill(story_metrics: list[str], metric: str) -> str | None:
    """The story's plain count of a named group for the number of that group taken ill:
    an outbreak story reports "21 crew members" sick in one article, "25 crew members
    were sickened" in the next, and only the second says the role; the first filed a
    plain ``crew members|count``.  Only for a group of its own (not "people"), only
    when the story has no ill count for that group yet."""
    if metric in story_metrics or "?" in metric or metric.count("|") != 1:
        return None
    subject, _, prop = metric.partition("|")
    if prop != "infected" or subject.rsplit(" ", 1)[-1] in _GENERIC_PEOPLE:
        return None
    plain = subject + "|count"
    return plain if plain in story_metrics else None


def _story_area(story_metrics: list[str], metric: str) -> str | None:
    """The story's one area key for another area figure: in an event story an area is the
    area the event covers ("the blaze had burned 1,200 hectares", "the fire has burned
    2,800 hectares", "the wildfire grew to 7,100 hectares"), whatever noun leads it."""
    if metric in story_metrics or "?" in metric or not metric.endswith("|area"):
        return None
    same = [m for m in story_metrics if m.endswith("|area") and "?" not in m]
    return same[0] if len(same) == 1 else None


def _story_alias(story_metrics: list[str], c: Mapping[str, Any], metric: str) -> str | None:
    """The story's own key for a claim filed under another name (the toll, role,
    nationality, head-noun, core-noun, ill-count and area rules above, first match wins);
    None: the claim keeps its key."""
    return (
        _story_toll(story_metrics, c, metric)
        or _story_role(story_metrics, metric)
        or _story_nationality(story_metrics, metric)
        or _story_head(story_metrics, metric)
        or _story_core(story_metrics, metric)
        or _story_ill(story_metrics, metric)
        or _story_area(story_metrics, metric)
    )


#: Event properties a story keeps one running figure of, whatever noun a report puts on it:
#: "maize|destroyed" and "crops|destroyed", "patients|hospitalized" and "children|
#: hospitalized" in one outbreak story (see :func:`_story_kin`).  Not "count": a bare count
#: says nothing about which quantity it is.
_KIN_PROPS = _ROLES | {"infected", "evacuated", "displaced", "stranded", "destroyed", "damaged"}


def _story_kin(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """The story's one key of the same event property for a figure filed under a noun of
    its own, when the figure carries on that key's value: an earlier article of the story
    gave "64 people injured", this one "87 children injured" with no other injured figure
    -- one quantity, two nouns.  Only when the story has exactly one key of that property
    and dimensions, that key holds figures from other articles only, this article files
    nothing under it itself (then the two nouns are two groups: "12 workers and three
    firefighters killed"), and the value lies within ``kin_min_ratio`` .. ``kin_max_ratio``
    of the key's latest figure (a brigade of 1,500 is no successor to 12,000 troops)."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    prop, dims = _prop_dims(metric)
    if prop not in _KIN_PROPS or c.get("value") is None:
        return None
    same = [m for m in scene.story_metrics if "?" not in m and _prop_dims(m) == (prop, dims)]
    if len(same) != 1 or same[0] in scene.own_metrics:
        return None
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, same[0])
    figs = (entry or {}).get("figures", ())
    if not figs or any(f["article"]["id"] == scene.aid for f in figs):
        return None
    last = _newest(figs)
    lv = last["claim"].get("value")
    if lv is None or float(lv) <= 0 or not ledger.units_compatible(c, last["claim"]):
        return None
    ratio = abs(float(c["value"])) / float(lv)
    return same[0] if scene.config.kin_min_ratio <= ratio <= scene.config.kin_max_ratio else None


#: Words just before a figure that say it is the story's running count carried on, not a
#: quantity of its own: "are now holding 96 crew members", "bringing the total seized to
#: 1.46 million", "has risen to", "the final number".
_RUNNING = re.compile(
    r"\b(?:now|(?:rose|risen|rising|climbed|increased|fallen|fell|dropped)\s+to|reached"
    r"|bringing|brought|final|so\s+far)\b",
    re.I,
)
#: ... or just after it: "closed 19 wells, up from the first 12", "260 homes in
#: Mississippi were now known to have been damaged".
_RUNNING_AFTER = re.compile(r"^\W*(?:\S+\s+){0,4}?(?:(?:up|down)\s+from|now)\b", re.I)


def _capitalised(words: Iterable[str], quote: str) -> bool:
    """Does ``quote`` write one of ``words`` (a key's lower-case qualifiers) with a capital
    inside a sentence -- a name ("Ulmeni workers", "Ostrian soldiers")?"""
    return any(
        re.search(r"(?<=\s)" + re.escape(w[:1].upper() + w[1:]) + r"\b", quote) for w in words
    )


def _latest_near(
    scene: _Scene,
    key: str,
    c: Mapping[str, Any],
    *,
    whole_report: bool = True,
) -> bool:
    """May a figure of article ``scene.aid`` carry on the story key ``key`` (rounds 29 and 40's
    joins)?  The key holds figures from other articles only, and every figure of its
    latest report lies within ``kin_min_ratio`` .. ``kin_max_ratio`` of the claim's value:
    a key that filed two values in one report ("12,000 shells reached its depots",
    "stocks had fallen to about 60,000") holds two quantities, and a guess would meet the
    wrong one.  ``whole_report=False`` (round 29's running counts, whose own words say
    they carry the count on) reads the latest figure only."""
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, key)
    figs = [
        f
        for f in (entry or {}).get("figures", ())
        if f["claim"].get("value") is not None and ledger.units_compatible(c, f["claim"])
    ]
    if not figs or any(f["article"]["id"] == scene.aid for f in figs):
        return False
    last_t = max(float(f.get("t") or 0.0) for f in figs)
    latest = [float(f["claim"]["value"]) for f in figs if float(f.get("t") or 0.0) == last_t]
    if not whole_report:
        latest = latest[:1]  # the first figure filed at that time, as max() picks it
    v = float(c["value"])
    lo, hi = scene.config.kin_min_ratio, scene.config.kin_max_ratio
    return all(lv > 0 and lo <= v / lv <= hi for lv in latest)


def _story_running(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 29: the story's one key of the same counted noun for a plain count that says
    it carries that count on: "Dorvassan authorities are now holding 96 crew members"
    (``crew members|count``) after "detained 84 crew members" (``crew members|arrested``);
    "have now seized about 3,100 fake airbags" after "2,300 counterfeit airbags".  The
    figure's own words say it is a running count (:data:`_RUNNING` just before it,
    :data:`_RUNNING_AFTER` just after), its key is new to the story and names a counted
    noun (not "people"), it is no measure (tonnes, hectares) nor a share; and exactly one
    story key with the same head noun and dimensions, a plain count or a thing that
    happened to it (:data:`_KIN_PROPS`), not filed by this article, holds a latest figure
    from other articles within ``kin_min_ratio`` .. ``kin_max_ratio`` of it.  A qualifier
    that is a name ("Ulmeni workers" against "seasonal workers") is a group of its own;
    another head noun is another quantity however near its value; two such keys: no
    guess."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    v = c.get("value")
    if v is None or float(v) <= 0 or c.get("unit") == "%":
        return None
    prop, dims = _prop_dims(metric)
    if prop != "count" or ledger._unit(c) in ledger.MEASURE_UNITS:
        return None  # a role's figure under another noun is _story_kin's
    quote, text, i = ledger._in_sentence(c)
    if i < 0 or not (
        _RUNNING.search(quote[max(0, i - 60) : i])
        or _RUNNING_AFTER.search(quote[i + len(text) : i + len(text) + 40])
    ):
        return None
    subject = metric.partition("|")[0]
    head = _head(subject)
    if head in _GENERIC_PEOPLE or head in ("person", "people"):
        return None  # "people" names no quantity of its own
    found: list[str] = []
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if (
            "?" in m
            or d2 != dims
            or m in scene.own_metrics
            or not (p2 == "count" or p2 in _KIN_PROPS)
        ):
            continue  # only a count or a thing that happened to the counted noun
        if _head(m.partition("|")[0]) != head:
            continue  # another noun is another quantity, however near its value
        if _capitalised(set(subject.split()) - set(m.partition("|")[0].split()), quote):
            continue  # a named group of its own ("Ulmeni workers" vs "seasonal workers")
        if _latest_near(scene, m, c, whole_report=False):
            found.append(m)
    return found[0] if len(found) == 1 else None


#: Round 43: a sum's own sentence moving a figure on to it: "raised its estimate of the
#: shortfall ... to 1.1 billion dollars", "now stand at 4.6 billion dinars".
_SUM_MOVED = re.compile(
    r"\b(?:rais\w*|revis\w*|lift\w*|cut|lower\w*|increas\w*|push\w*)\b.{0,120}\bto\s+(?:\S+\s+)?$"
    r"|\bnow\s+(?:stands?|stood|totals?|amounts?\s+to)\s+(?:at\s+)?(?:\S+\s+)?$",
    re.I,
)


def _story_named_sum(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 43: the story's sum a figure's own sentence names and moves on: "The
    commission raised its estimate of the shortfall at the collapsed exchange to 1.1
    billion dollars" (the extractor read ``crypto exchange coinharbour|amount|money``)
    after "a shortfall of 800 million dollars" (``shortfall|amount|money``).  Only for a
    sum of money under a key new to the story, whose words just before it move a figure
    on to it (:data:`_SUM_MOVED`), when exactly one story key of the same property and
    dimensions, not filed by this article, has a subject whose every word the sentence
    writes before the figure ("the shortfall"; not "extra virgin oil price" for "the
    price of its own-brand oil"), and that key's latest figure, from other articles only,
    lies within ``kin_min_ratio`` .. ``kin_max_ratio`` of the claim's value."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    v = c.get("value")
    prop, dims = _prop_dims(metric)
    if v is None or float(v) <= 0 or "money" not in dims:
        return None
    quote, _text, i = ledger._in_sentence(c)
    if i < 0 or not _SUM_MOVED.search(quote[max(0, i - 200) : i]):
        return None
    before = {w.lower() for w in re.findall(r"[A-Za-z]+", quote[:i])}
    found = [
        m
        for m in scene.story_metrics
        if "?" not in m
        and m not in scene.own_metrics
        and _prop_dims(m) == (prop, dims)
        and set(m.partition("|")[0].split()) <= before
    ]
    if len(found) != 1:
        return None
    return found[0] if _latest_near(scene, found[0], c, whole_report=False) else None


#: Round 60: a sum's own sentence setting it against a reading given before, its own or
#: another body's, without giving that figure: "owed 260 million pounds, more than they
#: first thought", "larger than the regulator found", "more than it had planned", "up from
#: the police estimate", "the real overspend was".  Not "raised its estimate of the
#: shortfall to": that names the sum it moves on (:func:`_story_named_sum`'s cue).
_SUM_COMPARED = re.compile(
    r"\b(?:more|less|higher|lower|larger|smaller|bigger|greater)\s+than\s+(?:[\w'\u2019-]+\s+)"
    r"{0,6}?(?:(?:had|has|have|was|were)\s+)?(?:first\s+|initially\s+|originally\s+)?"
    r"(?:thought|feared|expected|planned|estimated|found|alleged|said|told|reported|admitted"
    r"|announced|given|gave|put)\b"
    r"|\b(?:up|down)\s+from\s+(?:the|its|their|his|her)\b"
    r"|\b(?:real|true|actual)\s+(?:figure|amount|bill|cost|total|sum|loss(?:es)?|overspend"
    r"|shortfall|damage)\b",
    re.I,
)


def _story_sum_compared(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 60: the story's sum a figure's own sentence names and sets against a reading
    given before: "The commission said the re-run had cost 5.5 million dinars, more than
    it had planned" (``run|cost|money``) after "about 4 million dinars" under
    ``cost|cost|money``; "31 million euros left the accounts during the invoice fraud, more
    than the firm has told investors" after the firm's 25 million under ``invoice
    fraud|amount|money``.  Only for a sum of money under a key new to the story whose
    sentence compares it with an earlier reading (:data:`_SUM_COMPARED`), when exactly one
    story key of the same property and dimensions, not filed by this article, has a
    subject every word of which the sentence writes and a latest figure, from other
    articles only, within ``kin_min_ratio`` .. ``kin_max_ratio`` of the claim's value:
    :func:`_story_named_sum`'s test of the subject's words, without its "raised to" cue
    (the comparison says a reading was there)."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    v = c.get("value")
    prop, dims = _prop_dims(metric)
    if v is None or float(v) <= 0 or "money" not in dims:
        return None
    quote = str(c.get("quote") or "")
    if not _SUM_COMPARED.search(quote):
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", quote)}
    found = [
        m
        for m in scene.story_metrics
        if "?" not in m
        and m not in scene.own_metrics
        and _prop_dims(m) == (prop, dims)
        and set(m.partition("|")[0].split()) <= words
        and _latest_near(scene, m, c, whole_report=False)
    ]
    return found[0] if len(found) == 1 else None


#: Round 40: what a report says happened to counted things, that another report of the
#: story gives as a bare count of the same things ("52 cars and trucks had been involved"
#: after "about 40 vehicles" were read ``injured``; "210 water tankers were delivering
#: water" after "deployed 120 water tankers").  Not a sum, a measure or a share.
#: Not "arrested" or "charged": those are done to some of a group, and a bare count of
#: the group ("holding 96 crew members" after "detained 84 crew members") is the round 29
#: running count's to join, on its own cue.
_VERB_PROPS = (_KIN_PROPS - {"arrested"}) | {"deployed", "supplied", "arrived", "casualties"}
#: Round 60: properties the extractor gives a count of things when a verb of money stands
#: by it ("would cost 1,100 jobs", "taxpayers having declared", "councils would be asked
#: to repay grants"): with no money dimension, what befell the counted things.
_VERB_MONEYLESS = frozenset({"cost", "funding"})
#: Below this a figure is too common a number to say which quantity it carries on.
_VERB_MIN_VALUE = 10.0


def _keyed_twice(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Does another figure of the article, of another value, carry claim ``ci``'s key?
    ("52 cars and trucks had been involved ..., more than the traffic authority's first
    estimate of about 40 vehicles": the article sets its two readings side by side)."""
    c = claims[ci]
    return any(
        j != ci and o.get("metric") == c.get("metric") and o.get("value") != c.get("value")
        for j, o in enumerate(claims)
    )


def _story_verb(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 40: the story's one key of the same counted noun when one report read an event
    word on it and another none: a bare count "210 water tankers were delivering water"
    (``water tankers|count``) after "the army has deployed 120 water tankers"
    (``water tankers|deployed``), and the other way round, "140 houses had been destroyed"
    (``homes|destroyed``) after "buried 85 houses" (``homes|count``).  The extractor reads
    the verb in one report and not in the next, so the ledger saw a first figure.  Only
    when the claim's key is new to the story, has no unit of measure or money, is
    :data:`_VERB_MIN_VALUE` or more, is set in no other year or time ("the 2022 fire that
    killed 12,000 cattle"), and names a counted noun -- "people" or another generic word
    only for a bare count ("3,000 people from five villages" after "2,300 people were
    evacuated"), never under an event word (a story's ``people|count`` counts anything) --
    the story holds no key of the claim's own event for that noun, and exactly one story key
    has the same head noun and dimensions with the other reading (a bare count against an
    event of :data:`_VERB_PROPS`); that key is not filed by this article, and its latest
    figure, from other articles only, lies within ``kin_min_ratio`` .. ``kin_max_ratio`` of
    the claim's value.  A qualifier that is a name ("Ulmeni workers"), a subset ("new
    cases") or says what happened to the things ("destroyed objects", "recalled tins")
    keeps its group apart; two such keys: no guess."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    v = c.get("value")
    if v is None or c.get("unit") == "%" or ledger._unit(c) in ledger.MEASURE_UNITS:
        return None
    if float(v) < _VERB_MIN_VALUE:
        return None  # "two managers", "the three men": a handful says nothing of itself
    if ledger.names_a_year(c) or ledger.of_another_time(c):
        return None  # "the 2022 fire that killed 12,000 cattle": another time's figure
    prop, dims = _prop_dims(metric)
    # round 60: "would cost 1,100 jobs", "19 councils would repay grants": a count read
    # as a cost or funding of no money is what befell the counted things (the figure's
    # own key only: a story key so read, "22 shell companies|cost", is no event to join)
    events = _VERB_PROPS | (_VERB_MONEYLESS if not dims else frozenset())
    if prop != "count" and prop not in events:
        return None
    subject = metric.partition("|")[0]
    head = _head(subject)
    if (head in _GENERIC_PEOPLE or head in ("person", "people")) and prop != "count":
        return None  # the story's "people|count" may count anyone
    quote = str(c.get("quote") or "")
    found: list[str] = []
    for m in scene.story_metrics:
        s2 = m.partition("|")[0]
        p2, d2 = _prop_dims(m)
        if "?" in m or d2 != dims or _head(s2) != head:
            continue
        if p2 == prop and prop != "count":
            return None  # the story has this event for the noun already, under another name
        if (p2 == "count") == (prop == "count") or (p2 != "count" and p2 not in _VERB_PROPS):
            continue  # one side a bare count, the other an event
        if s2 != subject:
            long, short = (s2, subject) if len(s2) > len(subject) else (subject, s2)
            extra = _extra_words(long.split(), short.split())
            if not extra or set(extra) & (_SUBSET_QUALIFIERS | _ROLE_WORDS):
                continue  # another group, or a subset of the counted ones
            if any(w.endswith("ed") for w in extra):
                continue  # "destroyed objects", "recalled tins": what happened to them
            if _capitalised(set(subject.split()) - set(s2.split()), quote):
                continue  # a named group of its own
        found.append(m)
    if len(found) > 1:
        # round 60: of two such keys, the one whose latest reading lies near the figure
        # ("only 30 bakeries had received flour" beside "52 bakeries supplied" and "three
        # bakeries deployed" their own staff)
        found = [m for m in found if m not in scene.own_metrics and _latest_near(scene, m, c)]
    if len(found) != 1 or found[0] in scene.own_metrics:
        return None
    return found[0] if _latest_near(scene, found[0], c) else None


def _named_word(words: Iterable[str], quote: str) -> bool:
    """Round 60: :func:`_capitalised` without the capital a sentence or a dateline's dash
    opens with ("TARNMOUTH, Feb 10 (Wire) - Food banks ..." names no group "Food")."""
    return any(
        re.search(
            r"(?<=\s)(?<!-\s)(?<!\u2014\s)(?<!\.\s)" + re.escape(w[:1].upper() + w[1:]) + r"\b",
            quote,
        )
        for w in words
    )


def _story_head_near(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 60: the story's one key of the same counted head noun, property and dimensions
    under another qualifier, when neither qualifier leaves the other out (which
    :func:`_story_head` joins) and only that key's latest report lies near the figure:
    "the number of frozen accounts had turned out to be 71,000" after "62,000 client
    accounts", "9,000 ration packs handed out" after "8,000 food packs" (and "40 medical
    packs", far from it).  Only for a figure of 10 or more, no
    share, price or measure, in no other year or time; its key new to the story; each side
    has a qualifier the other lacks; never for a qualifier that names a subset or another
    set (:data:`_SUBSET_QUALIFIERS`) or a name (capitalised in the figure's sentence:
    "Sarnitsa hostages"); every story key of that head noun, property and
    dimensions other than the one is far from the figure (``kin_min_ratio`` ..
    ``kin_max_ratio`` of its latest report, from other articles only)."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    v = c.get("value")
    if v is None or float(v) < _VERB_MIN_VALUE or c.get("unit") == "%":
        return None
    prop, dims = _prop_dims(metric)
    if prop in ("price", "share") or ledger._unit(c) in ledger.MEASURE_UNITS:
        return None
    if ledger.names_a_year(c) or ledger.of_another_time(c):
        return None
    subject = metric.partition("|")[0]
    head = _singular(subject.rsplit(" ", 1)[-1])
    if head in _GENERIC_PEOPLE or head in ("person", "people"):
        return None
    quote = str(c.get("quote") or "")
    found: list[str] = []
    for m in scene.story_metrics:
        s2 = m.partition("|")[0]
        if "?" in m or m in scene.own_metrics or _prop_dims(m) != (prop, dims):
            continue
        if _singular(s2.rsplit(" ", 1)[-1]) != head or s2 == subject:
            continue
        mine, theirs = set(subject.split()[:-1]), set(s2.split()[:-1])
        if not (mine - theirs) or not (theirs - mine):
            continue  # one leaves the other's qualifier out: _story_head's to join or not
        if (mine | theirs) & _SUBSET_QUALIFIERS or _named_word(mine ^ theirs, quote):
            continue  # "replacement buses", "Sarnitsa hostages": another set, a name
        if _latest_near(scene, m, c):
            found.append(m)
    return found[0] if len(found) == 1 else None


def _story_in_hospital(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 63: the story's one key of people taken to hospital for a later reading of
    those in hospital now that is larger than it: "34 patients are now in hospital" after
    an earlier article's "29 patients were hospitalised" (``patients|hospitalized|current``
    against ``patients|hospitalized``).  Round 53 keeps the two apart because those still
    in hospital are a remainder of those taken there ("Twelve patients remain" after "46
    admitted"); a remainder is never larger than its whole, so a reading above the
    largest figure of the key's latest report (and within ``kin_max_ratio`` of it)
    carries the count on; once the key's latest reading is itself one of those in
    hospital now (:func:`_in_hospital_now`), any later one carries it on, up or down.
    Only when the claim's key is new to the story, the story holds no other key in
    hospital now, and exactly one ``<noun>|hospitalized`` key (filed by other articles
    only) of the same noun or a generic one (:data:`_GENERIC_PEOPLE`, "the injured") on
    either side."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    prop, dims = _prop_dims(metric)
    if prop != "hospitalized" or dims != ("current",) or c.get("value") is None:
        return None
    subject = metric.partition("|")[0]
    if any(_prop_dims(m) == (prop, dims) for m in scene.story_metrics):
        return None  # the story reads another group in hospital now: two groups
    found = [m for m in scene.story_metrics if "?" not in m and _prop_dims(m) == (prop, ())]
    if len(found) != 1 or found[0] in scene.own_metrics:
        return None
    other = found[0].partition("|")[0]
    generic = _GENERIC_PEOPLE | _ROLE_WORDS | {"people", "person"}  # "the injured" too
    if other != subject and not {other.rsplit(" ", 1)[-1], subject.rsplit(" ", 1)[-1]} & generic:
        return None  # "children" in hospital now against "adults" taken there
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, found[0])
    figs = [f for f in (entry or {}).get("figures", ()) if f["claim"].get("value") is not None]
    if not figs or any(f["article"]["id"] == scene.aid for f in figs):
        return None
    last_t = max(float(f.get("t") or 0.0) for f in figs)
    latest = [float(f["claim"]["value"]) for f in figs if float(f.get("t") or 0.0) == last_t]
    v = float(c["value"])
    if all(_in_hospital_now(f["claim"]) for f in figs if float(f.get("t") or 0.0) == last_t):
        # the key's latest reading is itself one of those in hospital now (joined here
        # before): the state carries on both ways, as patients go home
        return found[0] if v > 0 else None
    top = max(latest)  # a report may give a part beside it ("nine, one of them critical")
    return found[0] if 0 < top < v <= scene.config.kin_max_ratio * top else None


def _story_expected(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 63: an expected figure of a quantity the story holds ("8,000 pigs on the farms
    will be culled" after an earlier article's "4,500 pigs were culled", ``pigs|count|
    expected`` against ``pigs|count``) carries that key on: the key of the same subject,
    property and dimensions without ``|expected``, when the claim's key is new to the
    story, the plain key is not filed by this article, and its latest report lies near the
    figure (:func:`_latest_near`).  Not for a reading whose sentence names the figure it
    moved from (the ledger's to place)."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    parts = metric.split("|")
    if len(parts) < 3 or parts[-1] != "expected" or c.get("value") is None:
        return None
    plain = "|".join(parts[:-1])
    if plain not in scene.story_metrics or plain in scene.own_metrics:
        return None
    return plain if _latest_near(scene, plain, c) else None


#: Round 63: words after a figure that read those in hospital now ("34 patients are now in
#: hospital", "Four remain in hospital", "were still being treated"), as the extractor's
#: ``|current`` state does (a cheap reading of a ledger figure's stored sentence).
_IN_HOSPITAL_AFTER = re.compile(
    r"\W*(?:[\w-]+\s+){0,6}?(?:(?:are|were|is|was|remain(?:s|ed)?)\s+(?:now\s+|still\s+)*"
    r"(?:in\s+(?:[\w-]+\s+){0,3}?hospitals?\b|being\s+treated)|remain(?:s|ed)?\s+in\s+)",
    re.I,
)


#: ... or before it: "The number of people in hospital with burns rose to 76".
_IN_HOSPITAL_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:in\s+hospitals?|being\s+treated)\b[^.;]{0,90}$",
    re.I,
)


def _in_hospital_now(fc: Mapping[str, Any]) -> bool:
    """Round 63: does a stored figure's sentence read it as those in hospital now?"""
    quote, text, at = ledger._in_sentence(fc)
    return at >= 0 and (
        _IN_HOSPITAL_AFTER.match(quote, at + len(text)) is not None
        or _IN_HOSPITAL_BEFORE.search(quote[:at]) is not None
    )


#: Properties that name what happened to a counted thing; two different ones ("killed",
#: "injured") are two quantities even when one article's sources quarrel.
_QUARREL_EVENTS = _ROLES | {"casualties", "infected", "evacuated", "displaced"}
#: "not to 12", "not the 1.6 billion": a figure after "not" is the one being denied.
_NOT_BEFORE = re.compile(r"\bnot\s+(?:to\s+|the\s+|as\s+many\s+as\s+)?$", re.I)


def _head(subject: str) -> str:
    """A key subject's head noun, without a plural "s" ("medium range launchers" -> "launcher")."""
    head = subject.rsplit(" ", 1)[-1]
    return head[:-1] if len(head) > 3 and head.endswith("s") else head


#: Round 23: two event words one source and another use of one loss ("lost 3,400 hives" is
#: filed ``killed``, "7,500 hives lost" ``casualties``).  Any other two different events
#: ("killed", "injured") stay two quantities.
_RIVAL_ROLE_PAIRS = frozenset({frozenset({"killed", "casualties"})})
#: Round 49: other things done to a group than ``_QUARREL_EVENTS``: a figure of one of
#: them is never the other side of a toll ("1,100 soldiers killed" / "340 taken prisoner").
_DONE_TO = frozenset(
    {"captured", "charged", "seized", "deployed", "supplied", "arrived", "destroyed"}
    | {"damaged", "stranded", "launched", "recruited"}
)
#: Properties of sums of money, never round 23 rivals of a count.
_MONEY_PROPS = frozenset({"cost", "funding", "price", "revenue", "budget", "spending"})


def _rival_nouns(head: str, prop: str, head2: str, prop2: str, *, strict: bool = False) -> bool:
    """Do two keys (by head noun and property) name one quantity, so that two named
    sources' figures of them in one article are rival readings?  The quarrel key's test
    (``strict`` False): the same head noun, unless the other key names another thing that
    happened ("soldiers wounded" is what happened to them, not another reading of
    "soldiers killed").  Round 23's (``strict``): (a) the same head noun with the same
    property, a plain count on either side ("pupils|missing" / "pupils|count"), or a pair
    of event words in ``_RIVAL_ROLE_PAIRS``; (b) head nouns of one small class of
    ``RIVAL_NOUN_CLASSES`` ("sheep" / "animals", "houses" / "homes") with the same
    property.  Never two different events, never two different verbs ("tanks destroyed"
    and "storage tanks launched" are no rivals)."""
    if not strict:
        return (
            head == head2
            and (prop2 == prop or prop2 not in _QUARREL_EVENTS)
            # round 49: nor the other way round ("soldiers killed" is not another reading
            # of "soldiers captured"): an event against another thing done to them
            and not (prop in _QUARREL_EVENTS and prop2 in _DONE_TO and prop2 != prop)
        )
    if {prop, prop2} & _MONEY_PROPS:
        return False  # sums of money: a fund, a cost and a bill are three quantities
    if head == head2:
        return (
            prop == prop2
            or "count" in (prop, prop2)
            or frozenset({prop, prop2}) in _RIVAL_ROLE_PAIRS
        )
    return prop == prop2 and _one_noun_class(head, head2)


def _one_noun_class(head: str, head2: str) -> bool:
    """Are two head nouns of one small class of ``RIVAL_NOUN_CLASSES`` ("sheep" /
    "animals", "vessels" / "ships")?"""
    cls = RIVAL_NOUN_CLASSES.get(head)
    return cls is not None and cls == RIVAL_NOUN_CLASSES.get(head2)


def _narrower(subject: str, other: str) -> bool:
    """Round 37: does a key subject name a narrower group than another key's, by a word
    before its head noun that the other lacks ("fishing boats" against "ships",
    "replacement buses" against "buses")?  A figure of such a group counts another set of
    things than the other key's figure, never a rival reading of it."""
    words = subject.split()[:-1]
    return any(w not in other.split() for w in words)


#: Round 42: nouns for the sum a body is short of ("the shortfall is £210 million" /
#: "a pension deficit of £480 million" / "the true gap was £700 million"): one quantity
#: under another head noun, for sums of money only.
_GAP_NOUNS = frozenset({"deficit", "shortfall", "gap"})
#: Words before a gap noun that judge the figure, not name another sum.
_JUDGING_WORDS = frozenset({"true", "real", "actual", "total", "overall", "full", "own"})


def _one_gap(subject: str, other: str) -> bool:
    """Round 42: do two money key subjects name one shortfall under two gap nouns
    ("shortfall" / "deficit", "true gap" / "deficit")?  Both heads are gap nouns of
    ``_GAP_NOUNS`` and neither names a qualifier the other lacks ("trade deficit" and
    "budget shortfall" are two sums), words that judge the figure aside."""
    if subject == other or _head(subject) not in _GAP_NOUNS or _head(other) not in _GAP_NOUNS:
        return False
    a = set(subject.split()[:-1]) - _JUDGING_WORDS
    b = set(other.split()[:-1]) - _JUDGING_WORDS
    return a <= b or b <= a


#: Round 67: nouns that name a sum of money by what it is to the speaker, not by what it is
#: a sum of ("the true cost would be 150 million", "put the loss at 30 million", "said the
#: bill had reached 60 million"): the story's sum that another body gave under the noun of
#: the thing it is the sum of ("repairing all affected homes would cost 55 million").
_BARE_SUM_NOUNS = frozenset(
    {"cost", "loss", "damage", "bill", "debt", "overspend", "sum", "amount"}
)
#: ... and the words that may stand before one and keep it bare (they judge the figure).
_BARE_SUM_WORDS = _JUDGING_WORDS | {"final", "eventual", "estimated"}


def _bare_sum(subject: str) -> bool:
    """Round 67: is a money key subject a bare sum noun (:data:`_BARE_SUM_NOUNS`), with at
    most words that judge the figure before it ("cost", "real bill", "true amount"; not
    "repair bill", "insured loss", "import duties")?"""
    words = subject.split()
    return bool(words) and words[-1] in _BARE_SUM_NOUNS and set(words[:-1]) <= _BARE_SUM_WORDS


#: Round 67: words before a sum that give it as a rival reading of the sum another body
#: gave: "the real loss was far smaller", "the true figure was far higher", "its own survey
#: of members put the debt at", "put the damage higher still", "a shortfall of only".
_RIVAL_SUM_CUE = re.compile(
    r"\b(?:real|true|actual)\s+(?:[\w-]+\s+)?(?:figure|amount|bill|cost|total|sum|loss(?:es)?"
    r"|overspend|shortfall|damage|value|debt)\b"
    r"|\b(?:its|their|his|her|our)\s+own\s+(?:[\w-]+\s+)?(?:analysis|survey|review|count"
    r"|estimate|figures?|calculations?|audit|study|tally|investigation|team|inquiry|assessment"
    r"|data)\b"
    r"|\b(?:far|much|even|considerably|significantly)\s+(?:higher|lower|smaller|larger|bigger"
    r"|greater)\b|\b(?:higher|lower)\s+still\b|\bonly\s+(?:about\s+|around\s+)?$",
    re.I,
)


def _judged_sum(c: Mapping[str, Any]) -> bool:
    """Round 67: does a sum's own sentence, before it, give it as a rival reading
    (:data:`_RIVAL_SUM_CUE`)?"""
    quote, _text, i = ledger._in_sentence(c)
    return i > 0 and bool(_RIVAL_SUM_CUE.search(quote[:i]))


def _judged_sum_key(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 67: round 23's "another named body's reading" for a sum of money, which its
    noun test leaves out (a fund, a cost and a bill are three quantities): a sum under a
    bare sum noun (:func:`_bare_sum`) that its sentence gives as a rival reading
    (:func:`_judged_sum`: "the true cost would be 150 million dollars") joins the story's
    one key of a sum property and the same dimensions that holds a figure of this article
    another named body gave, which :func:`ledger.rival_reading` takes as its rival and
    which lies apart by more than the tolerance ("repairing all affected homes would cost
    55 million dollars", ``homes|cost|money``).  Never for a key the story already holds."""
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    if (
        metric in scene.story_metrics
        or "money" not in dims
        or prop not in _SUM_PROPS
        or not c.get("source")
        or not _bare_sum(subject)
        or not _judged_sum(c)
    ):
        return None
    found: list[str] = []
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if "?" in m or d2 != dims or p2 not in _SUM_PROPS:
            continue
        cm = {**c, "metric": m}
        for fig in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ()):
            fc = fig["claim"]
            if (
                fig["article"]["id"] == scene.aid
                and ledger.units_compatible(c, fc)
                and ledger.rival_reading(cm, fc)
                and ledger.gap(ledger.interval(c), ledger.interval(fc)) > scene.config.tolerance
            ):
                found.append(m)
                break
    return found[0] if len(found) == 1 else None


#: Round 69: the properties under which the extractor files the people a mishap hurt: the
#: injured and those taken to hospital -- one outcome that bodies count in their own words
#: ("90 people had been injured" / "62 people had been taken to hospital" / "its
#: emergency departments had treated 84 people").  Never the dead, the missing, the
#: arrested: those are other quantities.
_HURT_PROPS = frozenset({"injured", "hospitalized"})
#: ... a figure under another property (a plain count) that its own words give as people
#: treated: "had treated 84 people", "had admitted 40 people" right before the count,
#: "sent 12 people to hospital", "23 people were hurt / treated / taken to hospital" after it.
_HURT_BEFORE = re.compile(
    r"\b(?:treated|treating|admitted|admitting)\s+"
    r"(?:(?:only|about|around|some|roughly|nearly|almost|over|at\s+least|more\s+than)\s+)?$",
    re.I,
)
_HURT_AFTER = re.compile(
    r"^\s+(?:[\w'-]+\s+){0,2}?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+)?"
    r"(?:injured|hurt|wounded|treated|admitted|hospitali[sz]ed|taken\s+to\s+hospital)\b",
    re.I,
)
_SENT_TO_HOSPITAL = re.compile(r"^\s+(?:[\w'-]+\s+){0,2}?to\s+(?:the\s+)?hospitals?\b", re.I)


def _hurt_figure(c: Mapping[str, Any], metric: str) -> bool:
    """Round 69: does a figure count the people a mishap hurt (:data:`_HURT_PROPS`), by its
    key or by the words right around it (:data:`_HURT_BEFORE`, :data:`_HURT_AFTER`, "sent
    N people to hospital")?"""
    prop, _dims = _prop_dims(metric)
    if prop in _HURT_PROPS:
        return True
    if prop not in ("count", "deployed", "displaced"):
        return False  # the dead, the arrested, the missing: never the hurt
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return False
    before, after = quote[max(0, i - 40) : i], quote[i + len(text) :]
    return bool(
        _HURT_BEFORE.search(before)
        or _HURT_AFTER.match(after)
        or (re.search(r"\bsent\s+$", before) and _SENT_TO_HOSPITAL.match(after))
    )


#: Round 69: people treated where they were hurt, not in hospital.
_AT_THE_SCENE = re.compile(r"^[^.;]{0,60}?\b(?:at|on)\s+the\s+(?:scene|spot|roadside|site)\b", re.I)


def _at_the_scene(c: Mapping[str, Any]) -> bool:
    """Round 69: does a count of the hurt say, right after it, that they were treated at
    the scene ("treated more than 40 people at the scene")?  Not a count of those taken
    to hospital, which it leaves out."""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_AT_THE_SCENE.match(quote[i + len(text) :]))


def _own_wider_hurt(scene: _Scene, c: Mapping[str, Any]) -> bool:
    """Round 69: did the figure's own speaker give a larger count of the hurt in this
    article ("its medics had treated 23 people ... Five people were taken to hospital, the
    fire service said")?  Then the figure is a part of its own count (those of them taken
    to hospital), not its reading of another body's."""
    v = c.get("value")
    own = ledger._source_words({"source": ledger.own_speaker(c) or c.get("source")})
    if v is None or not own:
        return False
    for c2 in scene.claims:
        v2, m2 = c2.get("value"), str(c2.get("metric") or "")
        if v2 is None or float(v2) <= float(v) or not m2:
            continue
        if not (_hurt_figure(c2, m2) or _prop_dims(m2)[0] == "casualties"):
            continue
        other = ledger._source_words({"source": ledger.own_speaker(c2) or c2.get("source")})
        if other and not ledger.sources_differ(own, other):
            return True
    return False


def _held_before(scene: _Scene, c: Mapping[str, Any], metric: str) -> bool:
    """Round 69: does the story hold the figure's value under its own key from an earlier
    article ("The hospital trust, which says it treated 21 people, ...": its count, told
    again)?"""
    v = c.get("value")
    if v is None:
        return False
    for fig in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, metric) or {}).get("figures", ()):
        fv = fig["claim"].get("value")
        if (
            fig["article"]["id"] != scene.aid
            and fv is not None
            and ledger.rel_diff(float(fv), float(v)) < 1e-3
        ):
            return True
    return False


def _hurt_key(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
    judge: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
) -> str | None:
    """Round 69: the other side's key for one named body's count of the people a mishap hurt
    against another body's count of them under another property of the same subject:
    "The county sheriff's office gave a higher figure, saying 90 people had been injured"
    (``people|injured``) against the fire chief's "62 people had been taken to hospital"
    (``people|hospitalized``); a hospital's "had treated 84 people" (``people|count``)
    against "60 people had been taken to hospital".  Both figures count the hurt
    (:func:`_hurt_figure`); the claim joins the story's one key of the same subject and
    dimensions, another property, that holds a figure of this article another named body
    gave which ``judge`` (the article's rival test) takes as its rival, apart by more than
    the tolerance.  Never for a key of the hurt the story already holds; a plain count the
    words call the hurt ("had treated 34 people") may leave its key for theirs even when
    the story holds that count (``people|count`` holds any count of people)."""
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    if "?" in metric or not c.get("source"):
        return None
    if metric in scene.story_metrics and (prop in _HURT_PROPS or _held_before(scene, c, metric)):
        return None
    if not _hurt_figure(c, metric) or _own_wider_hurt(scene, c):
        return None
    found: list[str] = []
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if m.partition("|")[0] != subject or p2 == prop or d2 != dims:
            continue
        cm = {**c, "metric": m}
        for fig in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ()):
            fc = fig["claim"]
            if (
                fig["article"]["id"] == scene.aid
                and _hurt_figure(fc, m)
                # "treated more than 40 people at the scene ... and sent them home" are
                # no reading of the 26 taken to hospital: those the medics let go
                and not (p2 == "hospitalized" and _at_the_scene(c))
                and not (prop == "hospitalized" and _at_the_scene(fc))
                and ledger.units_compatible(c, fc)
                and judge(cm, fc)
                and ledger.gap(ledger.interval(c), ledger.interval(fc)) > scene.config.tolerance
            ):
                found.append(m)
                break
    return found[0] if len(found) == 1 else None


def _given_here(
    scene: _Scene,
    c: Mapping[str, Any],
) -> bool:
    """Round 42: has this article filed a figure of the claim's value (in a unit the two
    share) under any key of the story already?"""
    v = c.get("value")
    if v is None:
        return False
    for m in scene.story_metrics:
        for fig in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ()):
            fv = fig["claim"].get("value")
            if (
                fig["article"]["id"] == scene.aid
                and fv is not None
                and ledger.rel_diff(float(fv), float(v)) < 1e-3
                and ledger.units_compatible(c, fig["claim"])
            ):
                return True
    return False


def _quarrel_key(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
    judge: Callable[[Mapping[str, Any], Mapping[str, Any]], bool] = ledger.rival_in_article,
    *,
    strict: bool = False,
) -> str | None:
    """The key of the other side, for a figure of an article that says its sources disagree:
    "the exchange said the trades had a value of 1.2 billion marks" (``marks|count``), "the
    authority's own data showed trades worth 2.9 billion marks" (``marks|cost``); "customs
    seized 540 elephant ivory tusks" (``elephant ivory tusks|supplied``), "the ministry said
    600 tusks had been found" (``tusks|count``).  The extractor files the two sides under
    the words each source uses, so nothing compared them.  The figure joins the story's one
    other key of the same head noun and dimensions when that key holds a figure of another
    named source *in this article* that the ledger would set against it as a rival reading
    (:func:`ledger.rival_in_article`): two sources, one article, one moment.  Never for a
    figure whose own key the story already holds, a key that does not say what is counted
    (``people``, ``quantity?``; round 42: a sum under a bare currency key may join the
    one sum of its kind, see below), or two different things that happened ("killed" and
    "injured" stay two quantities).  Round 19's form also joined an earlier article's
    figure this article names (:func:`ledger.quarrel_pair`); that made a must-not-contradict
    violation on fresh text (a rescue's cost against the service's annual budget of two
    days before) and is not used.  ``judge``: the test of "rival reading"; in an article
    without quarrel words the brain passes :func:`ledger.calm_rival` for a lede figure
    (round 22: "demolished 1,100 homes" / "said 1,800 homes had been destroyed")."""
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    # round 42: a sum under a bare currency key ("we estimate it at 30 million crowns",
    # ``KR?..|amount|money``) says what it is a sum of by the sentence only; in an article
    # whose sources disagree it may join the story's one sum of the same kind that
    # another named body gave in this article ("The council put the damage at 85 million
    # crowns", ``damage|amount|money``)
    unnamed_sum = "?" in subject and "money" in dims
    if metric in scene.story_metrics or ("?" in metric and not unnamed_sum) or not c.get("source"):
        return None
    if unnamed_sum and _given_here(scene, c):
        # "Fifteen million crowns for the whole region is nothing": a sum the article
        # gave already (the fund's 15 million), quoted back, is no reading of another
        return None
    if strict and (ledger._unit(c) is None or ledger._unit(c) in ledger.MEASURE_UNITS):
        return None  # round 23's rivals are counts of named things, not prices or sums
    head = _head(subject)
    if head in _GENERIC_PEOPLE or head in ("person", "people"):
        return None
    quote, _text, i = ledger._in_sentence(c)
    if i > 0 and _NOT_BEFORE.search(quote[:i]):
        return None  # "I can count to seven, not to 12": the other side's figure, restated
    # round 67: a sum under a bare sum noun that its sentence gives as a rival reading
    sum_rival = (
        not strict
        and "money" in dims
        and prop in _SUM_PROPS
        and _bare_sum(subject)
        and _judged_sum(c)
    )
    found: list[str] = []
    for m in scene.story_metrics:
        s2 = m.partition("|")[0]
        p2, d2 = _prop_dims(m)
        if "?" in m or d2 != dims:
            continue
        if unnamed_sum:
            if p2 != prop:
                continue  # a cost is no reading of a fine or a fund
        elif not (
            _rival_nouns(head, prop, _head(s2), p2, strict=strict)
            # round 42: "the shortfall is £210 million" against the trustees' "deficit"
            or (not strict and "money" in dims and p2 == prop and _one_gap(subject, s2))
            # round 67: "the true cost would be 150 million dollars" (``cost|cost``) against
            # another body's "repairing all affected homes would cost 55 million dollars"
            # (``homes|cost``): a sum named by a bare sum noun reads the sum of the thing
            or (sum_rival and p2 in _SUM_PROPS)
            # round 42: two words of one noun class ("vessels" / "cargo ships"), as in
            # round 23's strict form, for a figure whose own sentence names no speaker
            or (
                not strict
                and p2 == prop
                and _one_noun_class(head, _head(s2))
                and not _narrower(subject, s2)
            )
        ):
            continue
        if "money" not in dims and _names_a_subset(subject, s2):
            continue  # "replacement buses" are no reading of the buses counted
        if strict and _narrower(subject, s2):
            # round 23's noun-class join is for two words of one group ("sheep" /
            # "animals"), not for a narrower group ("fishing boats" / "ships")
            continue
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        cm = {**c, "metric": m}
        for fig in (entry or {}).get("figures", ()):
            fc = fig["claim"]
            if not ledger.units_compatible(c, fc):
                continue
            if _named_apart(subject, c, s2, fc):
                # "140 Ostrian soldiers" are no reading of "110 Sarvan soldiers", nor of
                # another reading filed with them that does not repeat the name
                # ("Two hundred and thirty men walked across", h55-1-4)
                break
            # the other side given in this article only: two readings of one moment
            ok = fig["article"]["id"] == scene.aid and judge(cm, fc)
            if ok and ledger.gap(ledger.interval(c), ledger.interval(fc)) > scene.config.tolerance:
                found.append(m)
                break
    return found[0] if len(found) == 1 else None


#: A sentence that sets itself against what was just said: "But the town's military
#: administration said 2,700 had got out", "The commission disputed that, saying only 23
#: stations had closed early", "It is 7,500 people at least".
_CONTRARY_OPENING = re.compile(
    r"^\W*(?:but|however|yet)\b"
    r"|\b(?:disputed|disputes|rejected|rejects|denied|denies)\s+(?:that|this|it|those|these)\b"
    r"|\bsaid\s+only\b|\bonly\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine)\b)",
    re.I,
)


#: Comparatives by which a body announces its rival reading ("gave a smaller figure"):
#: the extractor's word list, one list for both.
_COMPARATIVES = "|".join(sorted(RIVAL_COMPARATIVES))
_READINGS = "|".join(sorted(GIVEN_READINGS))


#: Round 44: a sentence that says another body's figure differs from the one just given,
#: before giving it: "The city administration gave a much higher figure.", "The student
#: council put the number far higher.", "Its party said the figure was absurd.", "The
#: whip dismissed the claim within the hour."  Read on the article's text by
#: :func:`contrary_leads` (the figure usually follows in the next sentence, a quote).
_CONTRARY_LEAD = re.compile(
    r"\b(?:figure|number|count|estimate|toll|total|claim)s?\s+(?:was|were|is|are|as)\s+"
    r"(?:\w+\s+)?(?:absurd|wrong|false|untrue|inflated|exaggerated|too\s+(?:low|high|small)"
    r"|a\s+lie|nonsense|ridiculous|fantasy|fiction|(?:far\s+|much\s+)?(?:higher|lower))\b"
    r"|\b(?:put|puts|putting|gave|gives|giving)\s+(?:the|its|their|a|an)\s+(?:\w+\s+)?"
    r"(?:number|figure|count|toll|total|estimate)s?\s+(?:\w+\s+)?(?:higher|lower)\b"
    r"|\b(?:gave|gives|giving|offered|offers)\s+(?:a|an)\s+(?:\w+\s+)?"
    rf"(?:{_COMPARATIVES})\s+(?:figure|number|count|estimate|toll|total)\b"
    r"|\b(?:dismissed|disputed|rejected|denied|contested|challenged|disputes|rejects|denies)\s+"
    r"(?:the|that|this|those|these)\s+(?:\w+\s+)?"
    r"(?:claims?|figures?|numbers?|counts?|estimates?|tolls?|totals?|accounts?)\b"
    r"|\b(?:dismissed|disputed|rejected|denied|contested|challenged)\s+(?:that|this|it)\s*[.;]",
    re.I,
)


def contrary_leads(text: str) -> list[int]:
    """Where the article says a body's figure differs from the one just given (offsets of
    :data:`_CONTRARY_LEAD` matches), at analysis time: the brain sees claims, not text."""
    return [m.start() for m in _CONTRARY_LEAD.finditer(text)]


def _apart_within(
    c: Mapping[str, Any],
    fc: Mapping[str, Any],
    config: BrainConfig,
    ratio: float = ledger.RIVAL_RATIO,
) -> bool:
    """Can ``fc`` be the other side of a dispute ``c`` answers: units that compare, values
    within ``ratio`` of each other ("214 villages" is no reading of 24.9 million people)
    and apart by more than the tolerance (an agreeing reading disputes nothing)?"""
    return (
        ledger.units_compatible(c, fc)
        and ledger._same_order(c.get("value"), fc.get("value"), ratio)
        and ledger.gap(ledger.interval(c), ledger.interval(fc)) > config.tolerance
    )


def _elliptic_rival(
    scene: _Scene,
    ci: int,
    metric: str,
    leads: Sequence[int] = (),
) -> tuple[str, float] | None:
    """Round 44: the key and value of the figure just before, for a figure that names nothing it
    counts ("2,700 had got out", ``quantity?..|count``; "7,500 people at least",
    ``people|count``) in a sentence that turns against what was just said ("But the
    military administration said ...", "disputed that", "said only"): another named body's
    reading of the quantity the previous figure of this article gave (the ICRC's "1,900
    people had been evacuated", ``people|displaced``).  Only when that figure is the one
    right before it in the article, filed under a key that says what it counts, of the same
    dimensions and units, from another source, and apart from it by more than the
    tolerance.  Round 44 (k44): the turn may also be a sentence of its own between the two
    (``leads``, from :func:`contrary_leads`: "Rathore's party said the figure was absurd.
    'We had 400,000 people on this road today'"); a turn that says the figures differ lets
    them lie further apart (a crowd of 35,000 against 400,000), and a figure whose subject
    is only its unit ("Three thousand five hundred tonnes were taken", ``t?..|count``) may
    join a key of that measure ("about 1,200 tonnes of food", ``food|count|mass``)."""
    c = scene.claims[ci]
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    if dims or not prop or not c.get("source"):
        return None
    # round 45: a figure of an event ("but the governor said more than 2,000 cases had been
    # infected", ``cases|infected``) answers only a figure of the same event, whatever noun
    # the first side gave it ("1,240 people", ``people|infected``; "six gunmen" against
    # "Fifteen attackers"): the two sides name one group two ways
    event = prop != "count"
    named = "?" not in subject and _head(subject) not in ("people", "persons")
    quote, _text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    opening = bool(_CONTRARY_OPENING.search(quote[:i]))
    if not leads and (not opening or (named and not event)):
        # no turn sentence in the article (nearly every one): only the figure's own
        # sentence can turn, and it must -- decided before looking for the figure before
        return None
    # the first figure of the sentence with figures right before this one
    before = [k for k in range(ci) if scene.claims[k].get("quote") != c.get("quote")]
    if not before:
        return None
    prev_quote = scene.claims[before[-1]].get("quote")
    prev = next(scene.claims[k] for k in before if scene.claims[k].get("quote") == prev_quote)
    if event:
        # "spread to nine towns, and ... said 900 people had been infected": an event answers
        # that sentence's figure of the same event, not its first
        prev = next(
            (
                scene.claims[k]
                for k in before
                if scene.claims[k].get("quote") == prev_quote
                and _prop_dims(str(scene.claims[k].get("metric") or ""))[0] == prop
            ),
            prev,
        )
    if int(c.get("start") or 0) - int(prev.get("start") or 0) > 600:
        return None
    # a turn of its own: after the previous figure's sentence, before this one's
    p_quote, _p, p_i = ledger._in_sentence(prev)
    p_end = int(prev.get("start") or 0) - max(p_i, 0) + len(p_quote)
    here = int(c.get("start") or 0) - i
    # only a sentence of its own: "said the governor's figure was wrong and that two people
    # were still inside" answers the "only one remained" of a pair (12 out, one in), and
    # its nearest figure is not the one disputed (h19-1-4)
    said_apart = (
        (
            any(p_end <= x < here for x in leads)
            # round 46: or the figure's own sentence, the turn introducing it after a colon:
            # "The fire brigade gave a higher number: 'Our crews brought out 240 people'"
            or any(
                quote[m.end() :].lstrip().startswith(":")
                for m in _CONTRARY_LEAD.finditer(quote[:i])
            )
        )
        # the turn the only sentence between them: "Rights groups disputed that." after a
        # minister's paragraph with no figure answers that paragraph (h16-3-1)
        and here - p_end <= 240
        # the sentence's own first figure: "... 23 trams burned ... in the two main halls"
        # answers the trams, not the lines with the halls (h48-2-1, h50-2-1)
        and not any(scene.claims[k].get("quote") == quote for k in range(ci))
    )
    if not opening and not said_apart:
        return None
    if named and not said_apart and not event:
        return None
    ratio = 20.0 if said_apart else ledger.RIVAL_RATIO
    if said_apart and c.get("value"):
        # "killing four miners and trapping 42 underground. The union said the company's
        # figure was too low. '... 57 of our members ...'": the figure it answers is the
        # one of that sentence nearest its own value, not the sentence's first
        near = [
            scene.claims[k]
            for k in before
            if scene.claims[k].get("quote") == prev_quote
            and scene.claims[k].get("value")
            and ledger.units_compatible(c, scene.claims[k])
        ]
        if near:
            v = abs(float(c["value"]))
            prev = min(near, key=lambda x: abs(math.log(v / abs(float(x["value"])))))
    unit = ledger._unit(c)
    measured = "?" in subject and unit in ledger.MEASURE_UNITS
    own = _ledger_entry(scene.tables[T_LEDGER], scene.sid, metric)
    if any(f["article"]["id"] == scene.aid for f in (own or {}).get("figures", ())):
        return None  # its own key holds this article's other reading already
    mine = ledger._source_words(c)
    for m in scene.story_metrics:
        if "?" in m or m == metric:
            continue
        if _prop_dims(m)[1] != dims and not (measured and len(_prop_dims(m)[1]) == 1):
            continue
        if event and _prop_dims(m)[0] != prop:
            continue  # an event answers only the same event ("killed" is no reading of "injured")
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        for fig in (entry or {}).get("figures", ()):
            fc = fig["claim"]
            if fig["article"]["id"] != scene.aid or fc.get("start") != prev.get("start"):
                continue
            if _named_apart(subject, c, m.partition("|")[0], fc):
                return None  # "190 Marovian soldiers" are no reading of "230 Valdrian men"
            s2 = m.partition("|")[0]
            apart = _narrower(subject, s2) and _narrower(s2, subject)
            if named and apart and _head(s2) != _head(subject):
                return None  # "21 fishing boats" count another set than "38 cargo ships"
            if _prop_dims(m)[1] != dims and ledger._unit(fc) != unit:
                return None  # only the same unit says what a bare "tonnes" counts
            if not ledger.sources_differ(mine, ledger._source_words(fc)):
                return None
            if not _apart_within(c, fc, scene.config, ratio):
                return None
            return m, float(fc["value"])
    return None


#: Round 46: the words right before a sum that give it as a body's reading of a sum just
#: named: "put the wage arrears at", "put the loss higher, at", "said the true amount was",
#: "said the saving would be".
_SUM_READING = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimating|assessed)\s+"
    r"(?:the|its|their|his|her)\s+(?:\w+\s+){1,3}?(?:(?:much|far|even|still)\s+)?"
    r"(?:(?:higher|lower|closer)\s+(?:\w+\s+)?)?,?\s*at\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$"
    r"|\bsaid\s+(?:the|its|their)\s+(?:\w+\s+){1,3}?(?:was|were|is|are|would\s+be|will\s+be"
    r"|came\s+to|totalled|amounted\s+to|stood\s+at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+"
    r"|around\s+|closer\s+to\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)


#: Round 46: a body's count given as the real one: "said the real number of boxes caught
#: in the collapse was", "put the true figure at", "said the actual count stood at".
_JUDGED_COUNT = re.compile(
    r"\b(?:said|says|put|puts|putting|estimated|estimates)\s+(?:that\s+)?(?:the|its|their)\s+"
    r"(?:true|real|actual|correct)\s+(?:number|figure|count|total|toll|tally)\b[^.;:\d]{0,80}?"
    r"\b(?:was|were|is|are|stood\s+at|came\s+to|at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+"
    r"|around\s+|closer\s+to\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)


def _sum_reading(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 46: the key and value of the sum just given, for a sum a named body gives as
    its own reading of it in the next sentence with figures ("Customers are owed 85 million
    pounds in credit balances, the authority said." / "The consumer group said the true
    amount was 140 million pounds"; "The union said crews were owed 14 million dollars." /
    "The administrator put the wage arrears at 6 million dollars"): the extractor files
    each side under the words around it (``true amount``, ``wage arrears``), so the two
    readings never met.  Only when the sentence gives the figure as a reading of a named
    sum (:data:`_SUM_READING`) as its only figure, not as the body's own sum ("its own
    losses") nor as a reading moved on ("now estimates"), and the sum before (a cost or an
    amount, not a fund or a pledge) is the first of its sentence, of another named source,
    in the same currency, of the same order and apart by more than the tolerance.  A plain
    count joins the count before it the same way only when the body calls its figure the
    real one (:data:`_JUDGED_COUNT`: "The shippers' council said the real number of boxes
    caught in the collapse was 310,000" after the carrier's "180,000 containers")."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    if not c.get("source") or c.get("value") is None:
        return None
    count = dims == () and prop == "count"
    if not count and (dims != ("money",) or prop in _MONEY_PROPS - {"cost"}):
        return None  # a fund, a budget or a price is no reading of a loss
    quote, _text, i = ledger._in_sentence(c)
    if count:
        # a count only when the body says its figure is the real one ("said the real
        # number of boxes caught in the collapse was 310,000")
        m_read = _JUDGED_COUNT.search(quote[:i]) if i >= 0 else None
        closer = False
    else:
        m_read = _SUM_READING.search(quote[:i]) if i >= 0 else None
        # round 48: "Our members report subscriptions closer to 800 million dinars": a sum
        # given as nearer the truth reads the sum just named as a reading words would
        closer = i >= 0 and bool(_CLOSER_TO.match(_text) or _CLOSER_TO_BEFORE.search(quote[:i]))
    if m_read is None and not closer:
        return None
    if m_read is not None and re.search(r"\bown\b", m_read.group(0), re.I):
        return None  # "estimated its own losses at": another sum, the body's own
    if re.search(r"\b(?:now|again|since|revised|raised|lowered|cut)\b", quote[:i], re.I):
        return None  # "now estimates the damage at": its own reading moved on
    if any(k != ci and scene.claims[k].get("quote") == quote for k in range(len(scene.claims))):
        return None  # a sentence of several figures sets them beside each other
    before = [k for k in range(ci) if scene.claims[k].get("quote") != quote]
    if not before:
        return None
    prev_quote = scene.claims[before[-1]].get("quote")
    prev = next(scene.claims[k] for k in before if scene.claims[k].get("quote") == prev_quote)
    pm = str(prev.get("metric") or "")
    if pm == metric or "?" in pm or pm not in scene.story_metrics or _prop_dims(pm)[1] != dims:
        return None
    if _prop_dims(pm)[0] not in (("count",) if dims == () else ("cost", "amount")):
        return None  # "pledged 5 million pounds in support" is no loss the next body reads
    if int(c.get("start") or 0) - int(prev.get("start") or 0) > 600:
        return None
    own = _ledger_entry(scene.tables[T_LEDGER], scene.sid, metric)
    if any(f["article"]["id"] == scene.aid for f in (own or {}).get("figures", ())):
        return None
    if not ledger.sources_differ(ledger._source_words(c), ledger._source_words(prev)):
        return None
    if not _apart_within(c, prev, scene.config):
        return None
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, pm)
    if not any(
        f["article"]["id"] == scene.aid and f["claim"].get("start") == prev.get("start")
        for f in (entry or {}).get("figures", ())
    ):
        return None
    return pm, float(prev["value"])


def _turn_answers(
    claims: list[Mapping[str, Any]],
    ci: int,
    c: Mapping[str, Any],
    entry: Mapping[str, Any] | None,
    aid: str,
    config: BrainConfig,
    leads: Iterable[int] = (),
) -> float | None:
    """Round 46: the value of the figure just before, for a figure whose own sentence turns
    against it (:data:`_CONTRARY_OPENING`: "The interior ministry said only 7 people had
    been detained" after the press union's "18 journalists had been detained") and whose
    key, however it got there (the story's role, kin, the same words), holds that figure
    from this article: the sentence names its other side as plainly as "a figure well below
    the union's 18" would.  Only for the first figure of its sentence, when the figure before
    is of the previous sentence with figures, of another named source, of the same order and
    apart by more than the tolerance."""
    if not entry or not c.get("source") or c.get("value") is None:
        return None
    quote, _text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    # round 49: no turn, but the same verb before both figures ("Police said the clinic
    # had treated about 1,200 patients." / "Its lawyer said it had treated no more than
    # 300."): two bodies' counts of one thing side by side, said as plainly
    bare = not _CONTRARY_OPENING.search(quote[:i])
    # round 52: or a body's count in its own voice ("By our count, 130 farms ...", "Our
    # members tell us 85 plants are idle"): it answers as a turn does, not by the same verb
    own = bare and (_own_voice(claims, ci) or _led(claims, ci, leads))
    if own:
        if (
            _changed_before(c)
            or _moved_or_held(c)
            # the body's own count of an earlier report: its reading moved on
            or _own_earlier_count(entry.get("figures", ()), ledger._source_words(c), aid)
        ):
            return None
        bare = False
    # round 49b: or "said" right before both figures and the same noun right after them
    # ("Police said 1,200 tractors ..." / "The farmers' union said 3,000 tractors had come")
    said = bare and _verb_of(c) is None
    if said and _said_noun(c) is None:
        return None
    if bare and _changed_before(c):
        return None
    if any(claims[k].get("quote") == quote for k in range(ci)):
        return None  # "Only 19 of the 38 patients": the turn is the first figure's
    before = [k for k in range(ci) if claims[k].get("quote") != quote]
    if not before:
        # the article's first figure is its news ("only 6,500 flats were still without
        # heating" moves the story on), not an answer to another body
        return None
    prev_quote = claims[before[-1]].get("quote")
    starts = {
        f["claim"].get("start"): f["claim"]
        for f in entry.get("figures", ())
        if f["article"]["id"] == aid
    }
    for k in before:
        prev = claims[k]
        if prev.get("quote") != prev_quote or prev.get("start") not in starts:
            continue
        fc = starts[prev.get("start")]
        if int(c.get("start") or 0) - int(fc.get("start") or 0) > 600:
            return None
        if (
            fc.get("value") is None
            or not ledger.sources_differ(ledger._source_words(c), ledger._source_words(fc))
            or not _apart_within(c, fc, config)
            # round 52: a count told as a running tally ("had now seized a total of
            # 4,800") is not a reading the body's own voice answers
            or (own and _tally(fc))
        ):
            return None
        if bare and (
            (
                _said_noun(fc) != _said_noun(c)
                if said
                else _verb_of(fc) != _verb_of(c) and not _done_alike(c, fc)
            )
            # round 49b: a count over the whole country or many towns is not the one
            # place's count ("had demonstrated in more than 200 towns" / "had marched in X")
            or _wider_after(c)
            or _wider_after(fc)
            # two bodies: no word of one speaker in the other ("Police in Orvenna" and
            # "police spokesman Niklas Berg" are one body)
            or ledger._source_words(c) & ledger._source_words(fc)
            or _place_after(c)
            or _place_after(fc)
            or _changed_before(fc)
            or ledger.of_another_time(c)
        ):
            return None
        return float(fc["value"])
    if bare:
        return None
    # the previous sentence's figure is not under this key: with "only" right before the
    # figure ("The operator said only nine welds had cracks") or a sentence opening on "But"
    # ("But a prisoners' group said at least nine prisoners had died"), it answers the
    # key's nearest figure of another body earlier in this article (the authority's 23),
    # or else the newest of another body from an earlier report
    if not own and not _ONLY_BEFORE.search(quote[:i]) and not _BUT_OPENING.match(quote):
        return None
    mine = ledger._source_words(c)
    here = int(c.get("start") or 0)
    others = [
        f
        for f in entry.get("figures", ())
        if ledger.sources_differ(mine, ledger._source_words(f["claim"]))
        and (f["article"]["id"] != aid or int(f["claim"].get("start") or 0) < here)
    ]
    mine_here = [f for f in others if f["article"]["id"] == aid]
    if mine_here:  # this article's own other side, the nearest before
        fc = max(mine_here, key=lambda f: int(f["claim"].get("start") or 0))["claim"]
    elif others and not own:  # else the newest other body's figure of an earlier report
        fc = _newest(others)["claim"]
    else:
        return None
    if fc.get("value") is None or not _apart_within(c, fc, config) or (own and _tally(fc)):
        return None
    return float(fc["value"])


#: Round 49: words between a verb and its figure that bound or round the figure ("had sold
#: about 12,000", "had treated \"no more than 300\"").
_BOUND_BEFORE = re.compile(
    r"(?:\b(?:about|around|some|roughly|nearly|almost|approximately|only|just|over|under"
    r"|(?:at\s+(?:least|most))|(?:no|not)\s+(?:more|fewer|less)\s+than|(?:more|fewer|less)\s+than"
    r"|up\s+to)\b|[\s\"\u201c\u2018'])*$",
    re.I,
)
_LAST_WORD = re.compile(r"\b([a-z]+)$", re.I)
#: Irregular past forms of verbs that give a count ("sold", "lost", "found").
_IRREGULAR_DONE = frozenset(
    {"sold", "lost", "found", "paid", "held", "kept", "spent", "seen", "taken", "given"}
    | {"made", "sent", "built", "bought", "caught", "brought", "hit", "shot", "left"}
)


#: Round 49: a place or a whole right after a figure ("54 puppies in a barn at the farm",
#: "140 puppies in total"): a count of one part or of the whole, not a bare reading.
_PLACE_AFTER = re.compile(
    r"^\S*(?:\s+[\w'-]+){0,2}?\s+(?:in|at|inside|near|across|on|from|in\s+total|overall)\b",
    re.I,
)


def _place_after(c: Mapping[str, Any]) -> bool:
    """Round 49: does a place or "in total" follow the figure within three words?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_PLACE_AFTER.match(quote[i + len(text) :]))


#: Round 49: a passive verb right after a figure and its noun ("1,800 homes had been
#: destroyed", "40 people were hurt").
_VERB_AFTER = re.compile(
    r"^((?:\s+[a-z][\w-]*){0,3}?)\s+(?:(?:had|have|has)\s+been|were|was)\s+([a-z]+)\b", re.I
)


def _verb_of(c: Mapping[str, Any]) -> tuple[str, str] | None:
    """Round 49: the past-form verb that gives the figure: right before it
    (:func:`_verb_before`) or, passive, right after it and its noun ("1,800 homes had
    been destroyed"), then with the noun's words ("21 journalists had been detained" and
    "8 people had been detained" count two groups)."""
    v = _verb_before(c)
    if v is not None:
        return ("", v)
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    m = _VERB_AFTER.match(quote[i + len(text) :])
    if m is None:
        return None
    w = m.group(2).lower()
    if not (w.endswith("ed") or w in _IRREGULAR_DONE) or ledger._CHANGED.search(w):
        return None
    return (" ".join(m.group(1).lower().split()) or "-", w)


#: Round 49b: "said" right before a figure, bounds and quotes aside, and the noun right
#: after it, its clause going on ("said about 1,200 tractors had come"; not "said 900
#: dockworkers, because ...").
_SAID_BEFORE = re.compile(r"\bsaid$", re.I)
_NOUN_AFTER = re.compile(r"^\s+([a-z][a-z-]+)\s+[a-z]", re.I)
#: Round 49b: a figure counted over a whole country or many places ("in more than 200
#: towns", "across the country", "nationwide").
_WIDER = re.compile(
    r"\b(?:across|throughout|around)\s+the\s+(?:country|nation|region|state|province)\b"
    r"|\b(?:nationwide|countrywide|nationally)\b"
    r"|\b(?:in|across)\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?"
    r"(?:\d[\d,]*|dozens|hundreds|scores)\s+(?:of\s+)?(?:towns|cities|places|locations|sites"
    r"|regions|countries|provinces|states|districts|municipalities|villages)\b",
    re.I,
)


def _said_noun(c: Mapping[str, Any]) -> str | None:
    """Round 49b: the noun after a figure said plainly ("The union said 3,000 tractors
    had come" -> "tractors"), None when "said" does not stand right before the figure or
    no word follows the noun in its clause."""
    quote, text, i = ledger._in_sentence(c)
    if i <= 0:
        return None
    head = quote[:i]
    b = _BOUND_BEFORE.search(head)
    if not _SAID_BEFORE.search((head[: b.start()] if b else head).rstrip()):
        return None
    m = _NOUN_AFTER.match(quote[i + len(text) :])
    return m.group(1).lower() if m else None


#: Round 49b: the noun right after a figure and a past verb after it ("6,500 children had
#: left", "40 people were hurt").
_DONE_AFTER = re.compile(
    r"^\s+([a-z][a-z-]+)(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:had|have|has)\s+been|were|was|had)"
    r"\s+([a-z]+)\b",
    re.I,
)


def _done_noun(c: Mapping[str, Any]) -> str | None:
    """Round 49b: the noun right after a figure that a past verb gives, before it ("had
    carried about 4,000 children") or after it ("6,500 children had left")."""
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    rest = quote[i + len(text) :]
    if _verb_before(c) is not None:
        m = _NOUN_AFTER.match(rest) or re.match(r"^\s+([a-z][a-z-]+)\b", rest, re.I)
        return m.group(1).lower() if m else None
    m = _DONE_AFTER.match(rest)
    if m is None:
        return None
    w = m.group(2).lower()
    if not (w.endswith("ed") or w in _IRREGULAR_DONE) or ledger._CHANGED.search(w):
        return None
    return m.group(1).lower()


def _done_alike(c: Mapping[str, Any], fc: Mapping[str, Any]) -> bool:
    """Round 49b: two figures given by different past verbs of the same noun, one done by
    the noun after it, one done to it before ("City hall said 6,500 children had left" /
    "The railway said it had carried about 4,000 children"): one event from both sides.
    Two verbs before ("had made at least 5 million talers" / "had refunded 1.4 million
    talers") are two acts."""
    if (_verb_before(c) is None) == (_verb_before(fc) is None):
        return False
    n = _done_noun(c)
    return n is not None and n == _done_noun(fc)


def _wider_after(c: Mapping[str, Any]) -> bool:
    """Round 49b: is the figure counted, after it in its sentence, over a whole country or
    many places (:data:`_WIDER`)?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_WIDER.search(quote[i + len(text) :]))


def _changed_before(c: Mapping[str, Any]) -> bool:
    """Round 49: does a word of change (``ledger._CHANGED``: "now", "rose", "more") stand
    in the figure's sentence before it?"""
    quote, _text, i = ledger._in_sentence(c)
    return bool(ledger._CHANGED.search(quote[: max(i, 0)]))


def _verb_before(c: Mapping[str, Any]) -> str | None:
    """Round 49: the verb right before a figure, bounds and quotes aside ("had treated
    about 1,200" -> "treated"), when it is a past form ("-ed" or ``_IRREGULAR_DONE``) and
    no word of change (``ledger._CHANGED``: "rose to", "reached")."""
    quote, _text, i = ledger._in_sentence(c)
    if i <= 0:
        return None
    head = quote[:i]
    b = _BOUND_BEFORE.search(head)
    m = _LAST_WORD.search(head[: b.start()] if b else head)
    if m is None:
        return None
    w = m.group(1).lower()
    if not (w.endswith("ed") or w in _IRREGULAR_DONE) or ledger._CHANGED.search(w):
        return None
    return w


#: Round 47: a figure's own sentence says it is another body's figure set against one
#: already given: a comparative reading ("gave a smaller figure, saying 8", "put the death
#: toll higher, at 16", "Police gave a different number"), a dispute of another's count
#: ("disputed the council's count, saying", "The department's figure was disputed by"),
#: the body's own or the real reading ("its own calculation ... was", "its own booking
#: records showed", "said the real number of victims was") or a measure against another's
#: ("more than four times the police figure", "well above the number", "more than the
#: number of injured given by").
_COMPARISON_CUE = re.compile(
    rf"\b(?:{_COMPARATIVES}|greater)\s+(?:\w+\s+)?(?:{_READINGS})s?\b"
    r"|\b(?:put|puts|putting|gave|gives|giving|placed)\s+(?:the|its|their)\s+(?:\w+\s+){1,2}?"
    r"(?:far\s+|much\s+|even\s+|still\s+)?(?:higher|lower)\b"
    r"|\b(?:disputed|disputes|disputing|contested|contesting|challenged|challenging"
    r"|questioned|questioning)\s+(?:the|that|this|those|these)\s+(?:\w+(?:'s?)?\s+){0,3}?"
    rf"(?:{_READINGS})s?\b"
    rf"|\b(?:{_READINGS})s?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+\s+)?disputed\b"
    # round 49: also a named body's own ("The health department's own estimate ... was")
    # and its own inspection or audit ("said its own inspection had found only 70")
    r"|\b(?:its|their)\s+own\s+(?:\w+\s+){0,2}?(?:figures?|numbers?|counts?|estimates?"
    r"|tally|tallies|calculations?|records|interviews|data|list|assessment|analysis|survey"
    r"|inspections?|audit)\b"
    r"|\b\w+['\u2019]s\s+own\s+(?:figure|count|estimate|tally)(?:,[^,.;]{0,80},)?"
    r"\s+(?:was|is|put|showed)\b"
    r"|\b(?:real|true|actual|correct)\s+(?:number|figure|count|total|toll|tally)\b"
    r"|(?<!\bhad\s)(?<!previously\s)(?<!earlier\s)(?<!initially\s)(?<!first\s)"
    r"\b(?:put|puts|putting|placed)\s+(?:the|its|their)\s+(?:number|figure|count|total|toll"
    r"|tally)\s+at\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)

#: Round 47: right after the figure, its measure against another's: "140 lorries ..., well
#: above the number", "19 workers injured in the accident, more than the number of injured
#: the company had given", "far more than the park service's count".  A stated multiple
#: ("double the figure the ministry had given") is :func:`_ratio_rival`'s, which checks it.
_COMPARED_AFTER = re.compile(
    r"^[^.;:]{0,120}?\b(?:more|fewer|less|higher|lower|greater|smaller|larger|above|below)"
    r"\s+(?:than\s+)?(?:the|that)\s+"
    rf"(?:\w+(?:'s?)?\s+){{0,2}}?(?:{_READINGS})s?\b",
    re.I,
)

#: A figure given as a reading that moved ("rose to 7", "reached 58", "raising the death
#: toll to eight") or that the body keeps ("said its own figure remained 4 cubic metres",
#: "repeated that more than 5,200 jobs were at risk"): the body's own count moving on or
#: restated, not a side newly set against another's.
_MOVED_TO = re.compile(
    r"\b(?:rose|risen|reached|climbed|fell|fallen|increased|grew|grown|raising|raised"
    r"|bringing|brought|remained|remains|still|repeated|repeats|reiterated|stood|stands)\b",
    re.I,
)


#: Round 48: a figure given as nearer the truth than one already given: "said the loss
#: would be closer to 30 million bottles", "subscriptions nearer to 800 million dinars".
_CLOSER_TO = re.compile(r"(?:closer|nearer)\s+to\b", re.I)
_CLOSER_TO_BEFORE = re.compile(
    r"\b(?:closer|nearer)\s+to\s+(?:about\s+|some\s+|around\s+|roughly\s+)?$", re.I
)


#: Round 50: a body's reading of a quantity in words of its own, right before the figure:
#: "put the crowd at about 25,000", "put the cost at", "valued the stolen maps at".
_PUT_AT = re.compile(
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!previously\s)(?<!earlier\s)(?<!initially\s)"
    r"(?<!first\s)\b(?:put|puts|putting|placed|valued|values)\s+"
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?at\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|at\s+least\s+|only\s+)?$",
    re.I,
)


#: A span's key ("year?98fe|count": "over four years"): no figure of the story's own.
_PERIOD_KEY = re.compile(r"(?:year|month|week|day|hour|minute)s?\?")


def _value_given_before(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Did a figure of the article before claim ``ci`` already give its value ("23 power
    plants ..., four more than the 19 the grid operator listed" / "said its own count was
    19")?  A dispute is told where a value was first given, not where it is repeated."""
    v = claims[ci].get("value")
    return any(claims[k].get("value") == v for k in range(ci))


def compares(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Round 47: is this figure the first of a sentence that sets it against another
    body's figure (:data:`_COMPARISON_CUE`)?"""
    c = claims[ci]
    if c.get("value") is None:
        return False
    quote, text, i = ledger._in_sentence(c)
    if i < 0 or _MOVED_TO.search(quote[:i]):
        return False
    after = quote[i + len(text) :]
    nxt = next(
        (
            claims[k]
            for k in range(ci + 1, min(ci + 4, len(claims)))
            if claims[k].get("quote") == quote
            and not _PERIOD_KEY.match(str(claims[k].get("metric") or ""))
        ),
        None,
    )
    if nxt is not None:
        # only up to the sentence's next figure: "raising the toll to eight, as residents
        # said the blast had damaged 160 homes, well above the number" is the homes' cue
        # (a span, "over four years", is no figure of its own)
        j = quote.find(str(nxt.get("text") or "\0"), i + len(text))
        after = quote[i + len(text) : j] if j >= 0 else after
    if (
        not _COMPARISON_CUE.search(quote[:i])
        and not (
            (m := _PUT_AT.search(quote[:i])) is not None
            and not re.search(r"\bown\b", m.group(0), re.I)
            and not _moved_or_held(c)
        )
        and not _COMPARED_AFTER.search(after)
        and not _CLOSER_TO.match(text)
        and not _CLOSER_TO_BEFORE.search(quote[:i])
    ):
        return False
    if any(claims[k].get("quote") == quote for k in range(ci)):
        return False
    # a value the article gave before: its dispute was told where first given
    return not _value_given_before(claims, ci)


def _compared_earlier(
    c: Mapping[str, Any], entry: Mapping[str, Any] | None, aid: str, config: BrainConfig
) -> float | None:
    """Round 47: for a figure that sets itself against another body's (:func:`compares`)
    and finds no such figure before it in its article, the value of its key's newest
    figure from another named body of an earlier report ("19 workers injured in the
    accident, more than the number of injured the company had given" after the company's
    12 of the day before): within five times of it and apart by more than the tolerance."""
    mine = ledger._source_words(c)
    if not entry or not mine:
        return None
    if _own_earlier_count(entry.get("figures", ()), mine, aid):
        return None  # the body's own earlier count under this key: its reading moved on
    others = [
        f
        for f in entry.get("figures", ())
        if f["article"]["id"] != aid
        and f["claim"].get("value") is not None
        and ledger.sources_differ(mine, ledger._source_words(f["claim"]))
    ]
    if not others:
        return None
    fc = _newest(others)["claim"]
    if not _apart_within(c, fc, config):
        return None
    return float(fc["value"])


def _compared_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 47: the key and value of the earlier figure a figure answers when its own
    sentence sets it against another body's (:data:`_COMPARISON_CUE`: "The sheriff's office
    gave a smaller figure, saying 8 people were unaccounted for" after the park service's
    "14 hikers were missing"): the nearest figure before it in this article, in another
    sentence, of the same property and dimensions, not of a subject named apart, not of the
    same source, within five times of it and apart by more than the tolerance.  Only the
    first figure of its sentence (the cue is about it, not the sentence's later parts)."""
    c = scene.claims[ci]
    quote = str(c.get("quote") or "")
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    if not prop:
        return None
    generic = "?" in subject or _head(subject) in ("people", "persons")
    mine = ledger._source_words(c)
    here = int(c.get("start") or 0)
    for k in range(ci - 1, -1, -1):
        fc = scene.claims[k]
        if fc.get("quote") == quote or fc.get("value") is None:
            continue
        if here - int(fc.get("start") or 0) > 1500:
            break
        fm = str(fc.get("metric") or "")
        fprop, fdims = _prop_dims(fm)
        if fdims != dims or not ledger.units_compatible(c, fc):
            continue
        s2 = fm.partition("|")[0]
        fgeneric = "?" in s2 or _head(s2) in ("people", "persons")
        if fprop != prop and not (
            # round 48: a plain count of the same named noun under another role
            # ("would cost the valley about 14 million bottles" / "closer to 30 million
            # bottles")
            dims == ()
            and "count" in (prop, fprop)
            and not generic
            and not fgeneric
            and _head(s2) == _head(subject)
        ):
            continue
        if not (generic or fgeneric or _head(s2) == _head(subject)):
            continue
        if not generic and not fgeneric and _named_apart(subject, c, s2, fc):
            continue
        theirs = ledger._source_words(fc)
        if mine and theirs and not ledger.sources_differ(mine, theirs):
            continue
        if not ledger._same_order(c.get("value"), fc.get("value"), ledger.RIVAL_RATIO):
            continue
        if ledger.gap(ledger.interval(c), ledger.interval(fc)) <= scene.config.tolerance:
            return None  # the nearest reading agrees: no dispute with an older one
        # "The trade ministry gave a lower figure of 1,900 shops" after its own 2,300 of an
        # earlier report: the body's own count moved on, no new side
        return _answered_key(scene, fc, mine)
    # round 50: no figure of its key's noun before it: the one of the sentence right before
    return _compared_adjacent(scene, ci, metric)


def _compared_adjacent(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 50: for a figure whose sentence sets it against another body's
    (:func:`compares`: "said its own figure ... was 11,000 households", "put the crowd at
    about 25,000") and whose key's noun finds no figure before it (:func:`_compared_rival`:
    "homes" / "households", "people" / "crowd"), the one figure of the previous sentence with
    figures that is of the same dimensions, credited to another named body, within
    ``RIVAL_RATIO`` and apart by more than the tolerance: the reading it answers, said
    right before it."""
    c = scene.claims[ci]
    quote = str(c.get("quote") or "")
    _prop, dims = _prop_dims(metric)
    if not _prop or _prop not in _PLAIN_PROPS:
        return None
    before = [k for k in range(ci) if scene.claims[k].get("quote") != quote]
    if not before:
        return None
    prev_quote = scene.claims[before[-1]].get("quote")
    mine = ledger._source_words(c)
    found = [
        scene.claims[k]
        for k in before
        if scene.claims[k].get("quote") == prev_quote
        and scene.claims[k].get("value") is not None
        and _prop_dims(str(scene.claims[k].get("metric") or ""))[1] == dims
        and _prop_dims(str(scene.claims[k].get("metric") or ""))[0] in _PLAIN_PROPS
        and ledger.units_compatible(c, scene.claims[k])
    ]
    if len(found) != 1:
        return None
    fc = found[0]
    fprop = _prop_dims(str(fc.get("metric") or ""))[0]
    if fprop != _prop and ("money" in dims or not {fprop, _prop} & _PLAIN_COUNTS):
        # a pledge of 5 million is no reading of a 4 million cost, nor 15 attackers
        # arrested of six gunmen killed
        return None
    if _moved_or_held(c) or _moved_or_held(fc) or _part_of(c) or _part_of(fc):
        return None
    theirs = ledger._source_words(fc)
    if not theirs or (mine and not ledger.sources_differ(mine, theirs)) or mine & theirs:
        return None
    if not _apart_within(c, fc, scene.config):
        return None
    return _answered_key(scene, fc, mine)


#: Round 55: head nouns (as :func:`_head` gives them) of a named group of people, which a
#: second body may count as plain "people" ("Police said 52 people were on board." / "The
#: operator said 41 passengers had boarded").
_PERSON_HEADS = frozenset(
    """passenger worker employee civilian defendant customer villager resident tourist
    visitor guest patient pupil student children child migrant refugee prisoner detainee
    journalist soldier troop fan spectator protester demonstrator striker voter miner
    sailor crew hiker climber farmer driver nurse doctor teacher labourer stowaway
    foreigner investor survivor victim men women inmate pilgrim evacuee shopper commuter""".split()  # noqa: SIM905
)
_PLAIN_PEOPLE = frozenset({"people", "person"})


_PEOPLE_AFTER = re.compile(r"^\s+(?:people|persons)\b", re.I)


def _says_people(c: Mapping[str, Any]) -> bool:
    """Round 55: does the word "people" (or "persons") follow the figure right after it?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_PEOPLE_AFTER.match(quote[i + len(text) :]))


#: Round 55: the figure in the clause a reporting verb opens, a few words on ("said the bus
#: had carried 41", "said its records showed 4,800"): no comma, quotation mark or sentence
#: stop between.
_SAID_CLAUSE = re.compile(
    r"\b(?:said|says|told\b[^.;,]{0,60}?\bthat)\s+[^.;:,\"\u201c\u201d]{0,60}$", re.I
)


def _reading_of(c: Mapping[str, Any]) -> bool:
    """Round 55: is the figure its named speaker's reading: said as one (:func:`ledger.
    said_as_reading`), or in the clause the speaker's reporting verb opens
    (:data:`_SAID_CLAUSE`), the speaker named in the sentence?"""
    if ledger.said_as_reading(c):
        return True
    quote, _text, i = ledger._in_sentence(c)
    return i > 0 and ledger.speaker_named(c, quote) and bool(_SAID_CLAUSE.search(quote[:i]))


def _people_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 55: for the first figure of a sentence that names its own speaker, the one
    figure of the previous sentence with figures that counts the same people in other
    words: one key's head plain "people", the other's a named group of people
    (:data:`_PERSON_HEADS`), the same property and dimensions, credited to another named
    body with no word in common, within ``RIVAL_RATIO`` and apart by more than the
    tolerance ("Police said 52 people were on board." / "The operator said 41 passengers
    had boarded"): two bodies' readings of one quantity, said side by side."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    head = _head(metric.partition("|")[0])
    if not prop or "money" in dims or head not in _PLAIN_PEOPLE | _PERSON_HEADS:
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    fc = _one_figure_before(scene.claims, ci, lambda pd: pd == (prop, dims))
    if mine is None or fc is None:
        return None
    fhead = _head(str(fc.get("metric") or "").partition("|")[0])
    if not (
        (head in _PLAIN_PEOPLE and fhead in _PERSON_HEADS)
        or (fhead in _PLAIN_PEOPLE and head in _PERSON_HEADS)
    ):
        return None
    if not _reading_of(fc) or not _says_people(c if head in _PLAIN_PEOPLE else fc):
        # both the speakers' own readings ("said 52 people were on board"), not a town's
        # size told in passing ("this town of about 30,000 people"); the plain key says
        # "people" in its own words, not a noun the extractor widened ("21 militants")
        return None
    return _side_by_side(scene, c, fc, mine)


def _bare_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 60: for the first figure of a sentence that names what it counts in no word of
    its own (a key the extractor could not resolve, ``quantity?...|count``: "The Employment
    Agency says 300 did", "The guild said 35,000 had come") and that its named speaker gives
    as a reading, the one figure of the previous sentence with figures of the same property
    and dimensions, under a named key, given as the reading of another named body with no
    word in common, within ``RIVAL_RATIO`` and apart by more than the tolerance ("The union
    says 900 staff took part."): the bare figure is the second body's reading of the
    quantity the sentence before named."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    if "?" not in metric.partition("|")[0] or prop not in _PLAIN_COUNTS or "money" in dims:
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    fc = _one_figure_before(scene.claims, ci, lambda pd: pd == (prop, dims))
    if mine is None or fc is None or not _reading_of(fc):
        return None
    if "?" in str(fc.get("metric") or "").partition("|")[0]:
        return None
    if _value_given_before(scene.claims, ci):
        return None  # "The authority said the 1.3 million were ...": a value given before
    quote, text, i = ledger._in_sentence(c)
    if i < 0 or not _BARE_AFTER.match(quote[i + len(text) :]):
        return None  # "640 laid-off workers were ...": a noun of its own, not a bare figure
    fq, ft, fi = ledger._in_sentence(fc)
    if fi < 0 or _OWN_AFTER.search(fq[fi + len(ft) :]):
        return None  # "nine patients ... are at its campus": a body's own part of a whole
    return _side_by_side(scene, c, fc, mine)


def _same_key_rival(
    scene: _Scene,
    ci: int,
    metric: str,
    *,
    lede: bool = False,
) -> tuple[str, float] | None:
    """Round 60: for the first figure of a sentence that its named speaker gives as a
    reading, the one figure of the previous sentence with figures under the same key, given
    as the reading of another named body with no word in common, within ``RIVAL_RATIO`` and
    apart by more than the tolerance, neither moved, held, changed or a part ("The harbour
    master said 23 boats had been destroyed." / "The fire brigade said 31 boats had been
    destroyed."): two bodies' readings of one quantity said side by side, which the ledger
    alone keeps silent (one article, no word of dispute); the second disputes the first.
    In the lede (``lede``) the ledger's calm test holds (:func:`ledger.calm_rival`): the two
    within ``CALM_RIVAL_RATIO``."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    if "?" in metric.partition("|")[0] or prop not in _PLAIN_PROPS:
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    fc = _one_figure_before(scene.claims, ci, lambda pd: pd == (prop, dims))
    if mine is None or fc is None or fc.get("metric") != metric or not _reading_of(fc):
        return None
    if _value_given_before(scene.claims, ci):
        return None  # a value the article gave before: its dispute was told there
    v = c.get("value")
    if (
        lede
        and not ledger._same_order(v, fc.get("value"), ledger.CALM_RIVAL_RATIO)
        and not ((_counted_reading(c) or _counted_reading(fc)) and not _two_acts(c, fc))
    ):
        # a lede's calm rival stays within the ledger's calm ratio, unless one side says
        # how it got its figure or bounds it (round 61, :func:`_counted_reading`)
        return None
    quote, _text, i = ledger._in_sentence(c)
    fq, _ft, fi = ledger._in_sentence(fc)
    if i < 0 or fi < 0 or _STILL.search(quote[:i]):
        return None  # "said it still believed nine had died": a reading held, told before
    if _HAS_BEFORE.search(quote[:i]):
        return None  # "The association has 150 houses": what a body holds, not a reading
    if any(x.get("quote") == fq and _part_of(x) for x in scene.claims):
        return None  # "86 of the 140 people on board": the sentence's reading is the part
    gap = (int(c.get("start") or 0) - i) - (int(fc.get("start") or 0) - fi + len(fq))
    if not 0 <= gap <= _SIDE_GAP:
        # side by side: the next sentence, not one after a sentence between ("The same
        # gap appeared in the national figures."), which may move to another scope
        return None
    return _side_by_side(scene, c, fc, mine)


def _counted_reading(c: Mapping[str, Any]) -> bool:
    """Round 61: does the figure's sentence give it as the body's own count, or bound it,
    before the figure: the body's own verb of counting ("said it had counted 27", "said
    they had treated 19", "said it had received reports of 400"), its evidence ("said its
    measurements pointed to 25,000 tonnes", "its volunteers had reported 1,300") or a
    bound ("at least 3,000", "fewer than 90")?  A reading so stated is a claim against
    the other body's figure, not a soft estimate beside it: :func:`_same_key_rival` lets
    such a pair in the lede stand up to ``RIVAL_RATIO`` apart, not only the calm 2x."""
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return False
    before = quote[:i]
    if ledger._SIDE_RESTATED.search(before):
        return False  # "said it maintained that at least 70 men had died": held, restated
    bound = _COUNT_BOUND.search(before) or _COUNT_BOUND.match(text)
    return bool(_COUNTED_BEFORE.search(before) or bound)


def _two_acts(c: Mapping[str, Any], fc: Mapping[str, Any]) -> bool:
    """Round 61: two figures each given by a past verb of its own right before it, the two
    verbs not the same ("had sold at least 9,000 tickets" / "had refunded 3,000 tickets"):
    two acts, not two readings of one (round 49's :func:`_verb_before`)."""
    v, fv = _verb_before(c), _verb_before(fc)
    return v is not None and fv is not None and v != fv


#: Round 61: the body's own count or evidence before its figure (:func:`_counted_reading`).
_COUNTED_BEFORE = re.compile(
    r"\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:counted|treated|seen|recorded"
    r"|registered|received|logged|found|measured|verified|documented|tallied)\b"
    r"|\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:measurements?|volunteers|counts?"
    r"|records|surveys?|monitors|observers|inspectors|teams?)\b",
    re.I,
)
#: Round 61: a bound right before the figure ("at least 3,000", "fewer than 90").
_COUNT_BOUND = re.compile(
    r"\b(?:at\s+least|fewer\s+than|less\s+than|no\s+more\s+than|as\s+many\s+as|only)\s+$"
    r"|^(?:at\s+least|fewer\s+than|less\s+than|no\s+more\s+than|as\s+many\s+as|only)\s",
    re.I,
)


#: Round 60: a reading the body holds to ("still believed", "still put"), told before.
_STILL = re.compile(r"\bstill\b", re.I)
#: Round 60: a verb of having right before the figure ("The association has 150 houses").
_HAS_BEFORE = re.compile(
    r"\b(?:has|have|owns?|holds?)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+"
    r"|more\s+than\s+|at\s+least\s+|over\s+)?$",
    re.I,
)
#: Round 60: at most this many characters between two sentences said side by side (a
#: space, a paragraph break).
_SIDE_GAP = 3


def _clause_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 60: for a figure in a second clause of its sentence that a second body opens
    with its own reporting verb (:data:`_OTHER_CLAUSE`: "The council said 60 kitchen jobs
    had gone; the union said 110", "The farmers' union said 6,000 sheep ..., while the
    ministry put the figure at 2,500"), the figure right before it in the sentence, of the
    same key (or of any named key when this one names nothing) and the same property and
    dimensions, said as a reading too: the two bodies' readings side by side in one
    sentence (the extractor credits both to the sentence's first speaker).  Neither moved,
    held, changed or a part, within ``RIVAL_RATIO`` and apart by more than the tolerance."""
    c = scene.claims[ci]
    quote, _text, i = ledger._in_sentence(c)
    if ci == 0 or i <= 0 or scene.claims[ci - 1].get("quote") != quote:
        return None
    fc = scene.claims[ci - 1]
    prop, dims = _prop_dims(metric)
    fm = str(fc.get("metric") or "")
    if prop not in _PLAIN_PROPS or _prop_dims(fm) != (prop, dims) or fc.get("value") is None:
        return None
    if fm != metric and ("?" not in metric.partition("|")[0] or "?" in fm.partition("|")[0]):
        return None
    _fq, ft, fi = ledger._in_sentence(fc)
    if fi < 0 or fi >= i or not _SAY_BEFORE.search(quote[:fi]):
        return None
    if not _OTHER_CLAUSE.search(quote[fi + len(ft) : i]):
        return None
    if _moved_or_held(c) or _moved_or_held(fc) or _part_of(c) or _part_of(fc):
        return None
    if _changed_before(c) or not _apart_within(c, fc, scene.config):
        return None
    return _answered_key(scene, fc, frozenset())


#: Round 60: a reporting verb before the first figure of the sentence.
_SAY_BEFORE = re.compile(r"\b(?:said|says|put|puts|told|estimated|counted|reported)\b", re.I)
#: Round 60: a second clause opened by another body's reporting verb, between two figures
#: ("; the union said", ", while the agriculture ministry put the figure at", ", but the
#: coastguard said it was searching for").
_OTHER_CLAUSE = re.compile(
    r"(?:;|,\s+(?:while|but|whereas)|\s+but)\s+(?:the\s+)?[\w'\u2019 -]{2,60}?\b"
    r"(?:said|says|put|puts|told|estimated|counted|reported)\b[^;,]*$",
    re.I,
)


#: Round 60: what follows a bare figure: the sentence's end, a comma, or the verb of its
#: clause ("said 300 had", "said 35,000 had come", "had verified only 950.").
_BARE_AFTER = re.compile(
    r"^(?:\s*[.,;:!?\"\u201d]|\s*$|\s+(?:had|have|has|were|was|are|is|would|will|could"
    r"|might|may|did|do|does|remain\w*|still)\b)",
    re.I,
)
#: Round 60: a body's possessive after a figure ("nine patients are at its campus"): what
#: the speaker counts is its own share, not a reading of the whole.
_OWN_AFTER = re.compile(r"\b(?:its|our)\b", re.I)


def _first_reading_of_sentence(claims: list[Mapping[str, Any]], ci: int) -> frozenset[str] | None:
    """The source words of claim ``ci`` when it is the first figure of its sentence and
    its named speaker gives it as a reading (:func:`_reading_of`); None otherwise."""
    c = claims[ci]
    quote, _text, i = ledger._in_sentence(c)
    if i < 0 or any(claims[k].get("quote") == quote for k in range(ci)):
        return None
    mine = ledger._source_words(c)
    return mine if mine and _reading_of(c) else None


def _one_figure_before(
    claims: list[Mapping[str, Any]],
    ci: int,
    fits: Callable[[tuple[str, tuple[str, ...]]], bool],
) -> Mapping[str, Any] | None:
    """The one figure of the previous sentence with figures whose property and dimensions
    (:func:`_prop_dims`) fit; None when there is none or more than one."""
    quote = claims[ci].get("quote")
    before = [k for k in range(ci) if claims[k].get("quote") != quote]
    if not before:
        return None
    prev_quote = claims[before[-1]].get("quote")
    found = [
        claims[k]
        for k in before
        if claims[k].get("quote") == prev_quote
        and claims[k].get("value") is not None
        and fits(_prop_dims(str(claims[k].get("metric") or "")))
    ]
    return found[0] if len(found) == 1 else None


def _side_by_side(
    scene: _Scene,
    c: Mapping[str, Any],
    fc: Mapping[str, Any],
    mine: frozenset[str],
) -> tuple[str, float] | None:
    """Rounds 55-56: the rival key for two readings said side by side by two named bodies
    (:func:`_people_rival`, :func:`_money_rival`): neither moved, held, changed or a part,
    the other body named with no word in common, within ``RIVAL_RATIO`` and apart by more
    than the tolerance."""
    if _moved_or_held(c) or _moved_or_held(fc) or _part_of(c) or _part_of(fc):
        return None
    if _changed_before(c) or _changed_before(fc):
        return None
    theirs = ledger._source_words(fc)
    if not theirs or not ledger.sources_differ(mine, theirs) or mine & theirs:
        return None
    if not _apart_within(c, fc, scene.config):
        return None
    return _answered_key(scene, fc, mine)


#: Round 56: properties of a sum of money one body and another read in other words (a
#: loss, a cost, a sum missing); not a fund, a budget, a price or a pledge.
_SUM_PROPS = frozenset({"amount", "cost", "missing"})
#: Round 56: whose sum it is -- the words a money verb takes before the figure ("cost the
#: railway about", "had cost the region's businesses", "paid the gang").
_SUM_OBJECT = re.compile(
    r"\b(?:cost|costs|costing|owed|owes|paid|pays|lost|loses|robbed|swindled|defrauded)"
    r"\s+((?:(?!about|some|nearly|almost|around|at|more|less|over|under|up|only)[\w'\u2019-]+\s+){1,4}?)"
    r"(?:(?:about|some|nearly|almost|around|at\s+least|more\s+than|up\s+to|only|over)\s+)*$",
    re.I,
)
_SUM_OBJECT_SKIP = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "in", "s"})
#: Round 56: a sum asked, offered or capped, not a reading of what was lost or spent
#: ("would seek damages of about 12 million", "its liability cover was 5 million").
_SUM_ASKED = re.compile(
    r"\b(?:seek|seeks|sought|seeking|demand\w*|claim(?:s|ed|ing)?|sue\w*|damages|compensation"
    r"|cover|insur\w*|offer\w*|pledge\w*|fine[sd]?|bail|reward|bid)\b",
    re.I,
)


def _sum_object(c: Mapping[str, Any]) -> frozenset[str] | None:
    """Round 56: the words of whom a money verb right before the figure names ("had cost
    the railway about 3 million" -> {"railway"}), or None when no such verb stands there."""
    quote, _text, i = ledger._in_sentence(c)
    m = _SUM_OBJECT.search(quote[: max(i, 0)])
    if m is None:
        return None
    words = re.findall(r"[a-z]+", m.group(1).lower())
    return frozenset(w for w in words if w not in _SUM_OBJECT_SKIP)


#: Round 56: a body putting a sum at a figure ("The admiral put the wages owed to the
#: squadron at 18 million"): its reading, as much as a sum it said.
_SUM_PUT_AT = re.compile(
    r"\bput(?:s|ting)?\s+(?:the|its|their|his|her)\b[^.;:\"\u201c\u201d]{0,80}?\bat\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|at\s+least\s+)?$",
    re.I,
)


def _sum_read(c: Mapping[str, Any]) -> bool:
    """Round 56: is a sum its named speaker's reading: said as one (:func:`_reading_of`) or
    put at the figure (:data:`_SUM_PUT_AT`)?"""
    if _reading_of(c):
        return True
    quote, _text, i = ledger._in_sentence(c)
    return i > 0 and bool(ledger._source_words(c)) and bool(_SUM_PUT_AT.search(quote[:i]))


def _money_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 56: for the first figure of a sentence, a sum of money (a loss, a cost, a sum
    missing) its named speaker gives as a reading (:func:`_reading_of`), the one sum of the
    previous sentence with figures of such a property and the same dimensions, given as the
    reading of another named body with no word in common, within ``RIVAL_RATIO`` and apart
    by more than the tolerance ("The audit office said the fraud had cost the fund 47 million
    euros." / "Prosecutors said the scheme had drained 126 million euros"): two bodies'
    readings of one sum under two nouns.  Not when either sum is the body's own ("its own
    losses") or moved, nor when both name whose sum it is and name two ("cost the railway"
    / "cost the region's businesses")."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    if prop not in _SUM_PROPS or "money" not in dims:
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    fc = _one_figure_before(scene.claims, ci, lambda pd: pd[1] == dims and pd[0] in _SUM_PROPS)
    if mine is None or fc is None or not _sum_read(fc):
        return None
    for x in (c, fc):
        xq, _xt, xi = ledger._in_sentence(x)
        if re.search(r"\bown\b", xq[: max(xi, 0)], re.I):
            return None  # "estimated its own losses at": the body's own sum
        if _SUM_ASKED.search(xq[: max(xi, 0)]):
            return None  # "would seek damages of", "its cover was": no reading of a loss
    o1, o2 = _sum_object(c), _sum_object(fc)
    if o1 is not None and o2 is not None and not (o1 & o2):
        return None  # "cost the railway" / "cost the region's businesses": two sums
    return _side_by_side(scene, c, fc, mine)


def _answered_key(
    scene: _Scene,
    fc: Mapping[str, Any],
    mine: frozenset[str],
) -> tuple[str, float] | None:
    """For the rival finders of rounds 47 and 50 (:func:`_compared_rival`,
    :func:`_compared_adjacent`): the key under which this article's figure ``fc`` was filed
    and its value -- or None when it was not filed, or when the body answering it (source
    words ``mine``) has its own earlier count under that key (its count moved on)."""
    for m in scene.story_metrics:
        figs = (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ())
        if not any(
            f["article"]["id"] == scene.aid and f["claim"].get("start") == fc.get("start")
            for f in figs
        ):
            continue
        if _own_earlier_count(figs, mine, scene.aid):
            return None
        return m, float(fc["value"])
    return None


def _own_earlier_count(
    figures: Iterable[Mapping[str, Any]], mine: frozenset[str], aid: str
) -> bool:
    """Has the body with source words ``mine`` a figure of its own among ``figures`` from a
    report other than ``aid``?"""
    return bool(mine) and any(
        f["article"]["id"] != aid
        and ledger._source_words(f["claim"])
        and not ledger.sources_differ(mine, ledger._source_words(f["claim"]))
        for f in figures
    )


def _part_of(c: Mapping[str, Any]) -> bool:
    """Round 50: is the figure named as a part right after it ("Two of them", "nine of the
    14 workers")?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_PART_OF.match(quote[i + len(text) :]))


_PART_OF = re.compile(r"^\s+of\s+(?:the|them|those|these|its|their|whom|which|\d)", re.I)


#: Round 52: a body speaking of its own count in the first person before the figure
#: ("By our count, 130 farms", "Our members tell us 85 plants", "We have 47 yachts").
#: The word is at most seven words before the figure, with no quotation mark between
#: (not "\"We saw people in the water,\" said X, who pulled 4 survivors").
_OWN_VOICE = re.compile(r"\b(?:we|our|us)\b[^\"\u201c\u201d]*$", re.I)


def _own_voice(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Round 52: does a named body give the figure in its own voice, a first-person word
    (:data:`_OWN_VOICE`) right before it in its sentence, and the figure no value the
    article gave before ("It said two people had died." / "\"at present we count two\""):
    the body's own count, said against another's?"""
    c = claims[ci]
    quote, _text, i = ledger._in_sentence(c)
    if i <= 0 or not ledger._source_words(c):
        return False
    m = _OWN_VOICE.search(quote[:i])
    if m is None or len(m.group(0).split()) > 8:
        return False
    return not _value_given_before(claims, ci)


#: Round 52: a running tally's words before a figure ("had now seized", "a total of",
#: "so far").
_TALLY = re.compile(r"\b(?:now|so\s+far|to\s+date|a\s+total\s+of|in\s+all)\b", re.I)


#: Round 52: at most this many characters between the sentence of the figure before and
#: the figure's own: room for one lead sentence.
_LED_GAP = 200


def _led(claims: list[Mapping[str, Any]], ci: int, leads: Iterable[int]) -> bool:
    """Round 52: does a sentence saying another body's figure differs (round 44's
    :data:`_CONTRARY_LEAD`: "The island council gave a higher count.") stand between the
    previous sentence with figures and this figure, the first of its sentence?"""
    c = claims[ci]
    quote = c.get("quote")
    before = [k for k in range(ci) if claims[k].get("quote") != quote]
    if not before or any(claims[k].get("quote") == quote for k in range(ci)):
        return False
    lo = int(claims[before[-1]].get("start") or 0)
    hi = int(c.get("start") or 0)
    if not any(lo < int(x) < hi for x in leads):
        return False
    # the lead is the one short sentence between the two (round 44's guard): not a lead
    # that answers a paragraph without figures in between
    pq, _pt, pi = ledger._in_sentence(claims[before[-1]])
    _q, _t, i = ledger._in_sentence(c)
    if pi < 0 or i < 0:
        return False
    return (hi - i) - (lo - pi + len(pq)) <= _LED_GAP


def _subset_of(metric: str, other: str) -> bool:
    """Round 52: does key ``metric`` count a narrower group of the same noun or noun class
    as key ``other`` ("fishing boats" against "cargo ships": another set, not a reading)?"""
    s1, s2 = metric.partition("|")[0], other.partition("|")[0]
    h1, h2 = _head(s1), _head(s2)
    return (h1 == h2 or _one_noun_class(h1, h2)) and _narrower(s1, s2)


def _tally(c: Mapping[str, Any]) -> bool:
    """Round 52: is the figure told as a running tally (:data:`_TALLY` before it in its
    sentence)?"""
    quote, _text, i = ledger._in_sentence(c)
    return bool(_TALLY.search(quote[: max(i, 0)]))


def _turned(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Round 50: is the figure the first of its sentence and does the sentence turn against
    another's (:data:`_CONTRARY_OPENING`: "But", "said only 40")?"""
    c = claims[ci]
    quote, _text, i = ledger._in_sentence(c)
    if i < 0 or any(claims[k].get("quote") == quote for k in range(ci)):
        return False
    return bool(ledger._source_words(c)) and bool(_CONTRARY_OPENING.search(quote[:i]))


#: Round 50: words that make a figure a count moved on or held rather than a side's
#: reading ("now", "so far", "stood by", "remained", "the figure it gave last week").
_HELD_WORDS = re.compile(
    r"\b(?:now|so\s+far|to\s+date|stood\s+by|stands?\s+by|remain\w*|previous\w*|earlier"
    r"|first|initial\w*|raised|revised|added|last\s+(?:week|month|year|night))\b",
    re.I,
)


def _moved_or_held(c: Mapping[str, Any]) -> bool:
    """Round 50: does the figure's sentence say it moved or is held (:data:`_HELD_WORDS`,
    ``ledger._CHANGED_HERE``)?"""
    quote = str(c.get("quote") or "")
    if _HELD_WORDS.search(quote):
        return True
    # round 51: a word of change after an article and before no "in"/"of"/"to" names a
    # thing, not a move ("lined the final kilometres of the climb")
    return any(
        not (
            _CHANGE_NOUN.fullmatch(m.group(0))
            and _ARTICLE_BEFORE.search(quote[max(0, m.start() - 8) : m.start()])
            and not _CHANGE_OBJECT.match(quote, m.end())
        )
        for m in ledger._CHANGED_HERE.finditer(quote)
    )


#: Round 51: words of change that are nouns of things too ("the climb", "the falls").
_CHANGE_NOUN = re.compile(r"(?:rise|climb|jump|fall|drop|increase|decrease|decline|push)s?", re.I)
#: Round 51: "the", "a", "this" right before a word: the word is a noun.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.I)
#: Round 51: what a noun of change takes ("the climb in prices", "a rise of 40", "the fall
#: to 12", "an increase from 9").
_CHANGE_OBJECT = re.compile(r"\s+(?:in|of|to|from|by|on|since)\b", re.I)


#: Round 50: properties of a plain count, which any count of one thing may come under.
_PLAIN_COUNTS = frozenset({"count", "attended"})
#: Round 50: properties of a plain reading (a count, a toll, an amount of money), the
#: ones two bodies' figures of one thing come under in different words.
_PLAIN_PROPS = frozenset(
    {"count", "cost", "amount", "attended", "funding", "price", "revenue", "spending"}
    | _KIN_PROPS
    | {"casualties", "arrested", "deployed", "supplied", "arrived"}
)


#: "said only 3,100", "found only about 90": the figure is given as less than another's.
_BUT_OPENING = re.compile(r"\W*(?:but|however|yet)\b", re.I)
_ONLY_BEFORE = re.compile(r"\bonly\s+(?:about\s+|some\s+|around\s+)?$", re.I)


def _story_from_value(
    scene: _Scene,
    c: Mapping[str, Any],
    earlier: float,
) -> str | None:
    """The story's key holding the value a figure says it moved from, when the figure's
    own key holds nothing from an earlier article: "raised its estimate of the sulfur
    dioxide released by the refinery fire to 8,600 pounds from 4,100 pounds" joins the key
    where another article filed the 4,100 pounds (under whatever garbled subject), so it
    updates it instead of opening a key of its own.  Only a key of the same property and
    dimensions (a plain count may join any role's key), never for a percentage ("from
    3.0%" matches too many things).  The latest such figure's key wins; None when the
    story has none."""
    best: tuple[float, str] | None = None
    if c.get("unit") == "%":
        return None  # "from 3.0%": small shares of different things collide too often
    prop, dims = _prop_dims(str(c.get("metric") or ""))
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if "?" in m or d2 != dims or (p2 != prop and prop != "count"):
            continue  # another kind of quantity; a plain count may be any role's
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        for fig in (entry or {}).get("figures", ()):
            fc = fig["claim"]
            v = fc.get("value")
            if fig["article"]["id"] == scene.aid or v is None or not ledger.units_compatible(c, fc):
                continue
            if ledger.rel_diff(float(v), earlier) <= 1e-3:
                t = float(fig.get("t") or 0.0)
                if best is None or t > best[0]:
                    best = (t, m)
    return best[1] if best else None


def _ratio_rival(
    scene: _Scene,
    c: Mapping[str, Any],
    event_t: float,
) -> dict[str, Any] | None:
    """The story's figure that a claim's sentence sets itself against by a stated ratio
    (:func:`ledger.stated_ratio`): from an earlier article and another source, in a
    unit the two can share (:func:`_ratio_units`), with this value / that value inside
    the stated band; the newest such figure, with its key as ``"metric"``. None when
    there is none, or when this value is on record already (a copy restating the
    dispute). Keys do not have to match: the sentence names its other side by the ratio,
    and two bodies' counts are often filed under two nouns ("flats", "apartments")."""
    band = ledger.stated_ratio(c)
    v = c.get("value")
    if band is None or v is None or not float(v) or c.get("change") in ("up", "down"):
        return None
    figures = [
        (m, fig)
        for m in scene.story_metrics
        if (e := _ledger_entry(scene.tables[T_LEDGER], scene.sid, m))
        for fig in e["figures"]
        if fig["article"]["id"] != scene.aid
    ]
    if any(
        ledger.rel_diff(float(f["claim"].get("value") or 0.0), float(v)) < 1e-3
        # round 30: the same value as another quantity ("4 million overnight stays a
        # year", "45 million crowns on its fuel farm since 2020") is no copy of this one
        and ledger.units_compatible(c, f["claim"])
        and not ledger.of_a_period(f["claim"], c)
        for _, f in figures
    ):
        return None
    best: dict[str, Any] | None = None
    for m, fig in figures:
        fc = fig["claim"]
        w = fc.get("value")
        if w is None or not float(w) or float(fig.get("t") or 0.0) > event_t:
            continue
        if c.get("source") and fc.get("source") == c.get("source"):
            continue  # a body's own earlier figure: a revision, not a rival
        if not _ratio_units(c, str(c.get("metric") or ""), fc, m):
            continue
        if not band[0] <= float(v) / float(w) < band[1]:
            continue
        if best is None or float(fig.get("t") or 0.0) > float(best.get("t") or 0.0):
            best = {**fig, "metric": m}
    return best


#: Key parts that make a figure a sum of money: cost and casualty keys, and the roles
#: :func:`ledger.money_role` gives sums under a bare currency key.
_MONEY_WORDS = re.compile(
    r"\|(?:"
    + "|".join(("cost", "casualties", "money", *(role for role, _ in ledger._MONEY_ROLES)))
    + r")\b"
)


def _ratio_units(a: Mapping[str, Any], ma: str, b: Mapping[str, Any], mb: str) -> bool:
    """Can two figures be the two sides of a stated ratio?  The same unit;
    or two counts of things (any nouns: "flats" / "apartments"), neither a sum of money
    (a sum pairs only with a sum in the same currency)."""
    ua, ub = ledger._unit(a), ledger._unit(b)
    if ua == ub:
        return True
    if ua in ledger.MEASURE_UNITS or ub in ledger.MEASURE_UNITS:
        return False
    return not (_MONEY_WORDS.search(ma) or _MONEY_WORDS.search(mb))


def _prop_dims(metric: str) -> tuple[str, tuple[str, ...]]:
    """A key's property and dimensions: "people|killed" -> ("killed", ())."""
    parts = metric.split("|")
    return (parts[1] if len(parts) > 1 else ""), tuple(parts[2:])


def _held_elsewhere(
    scene: _Scene,
    metric: str,
) -> bool:
    """Does the story's key already hold a figure from another article?"""
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, metric)
    return any(f["article"]["id"] != scene.aid for f in (entry or {}).get("figures", ()))


def _measured(c: Mapping[str, Any]) -> bool:
    """Round 64: is the figure a measure (a sum, a weight, a length ...), not a count?"""
    return ledger._unit(c) in ledger.MEASURE_UNITS


#: alert kinds a value another article gave under another key does not raise (_restated)
MOVES = ("update", "contradiction")


def _restated(
    scene: _Scene,
    metric: str,
    value: Any,
    said: Iterable[float],
    said_kin: Iterable[float] = (),
    same_noun: bool = False,
    claim: Mapping[str, Any] | None = None,
    first: Mapping[str, Any] | None = None,
) -> bool:
    """Is a would-be first figure of ``metric`` a value the story already has under another
    key: one this article raised an alert on in another sentence (``said``; at least
    ``restated_min_same``: "it had treated 460 people ... 'Our clinic has seen 460
    patients'"), or one another article of the story reported (at least
    ``restated_min_other``: "which had said last week that it had treated 460 suspected
    cases")?  The extractor gives one quantity several keys; a new key carrying a known
    value is a restatement, not a new figure.  Small values are left alone: two quantities
    of a story share them by chance, and so do two quantities of one sentence ("killing 12
    and injuring 12") -- except a value this article alerted on in another sentence under
    a key of the same property (``said_kin``: "four people still missing" ... "four
    workers were unaccounted for"), which is the same quantity named again at any size.
    ``same_noun`` (first figures only): a value another article gave under a key counting
    the same noun is a restatement from ``restated_min_same`` on ("stood by its count of
    14 warships" after "sent 14 warships"; "Doruzia says about 4,000 troops and 60 tanks"
    after "moved 4,000 troops and 60 tanks").  ``claim`` (given for updates and
    contradictions): another article's figure in a unit the claim's cannot be compared
    with ("300 metres from the school" against "at least 300 children") restates nothing.
    ``first`` (round 64, the first figure itself): another article's count of things
    restates no measure of the same value, nor a measure a count ("a fund of 3 million
    euros" after "3 million passengers a year", "120 volunteers killed" after "120 km")."""
    if value is None:
        return False
    v = abs(float(value))
    if any(abs(v - abs(x)) <= 1e-3 * max(v, 1.0) for x in said_kin):
        return True
    if v >= scene.config.restated_min_same and any(abs(v - abs(x)) <= 1e-3 * v for x in said):
        return True
    noun = metric.split("|", 1)[0] if same_noun else None
    if v < (scene.config.restated_min_same if same_noun else scene.config.restated_min_other):
        return False
    for m in scene.story_metrics:
        if m == metric or (v < scene.config.restated_min_other and m.split("|", 1)[0] != noun):
            continue
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        for f in (entry or {}).get("figures", ()):
            fv = f["claim"].get("value")
            if claim is not None and not ledger.units_compatible(claim, f["claim"]):
                continue  # "300 metres from the school" restates no count of 300 children
            if first is not None and _measured(first) != _measured(f["claim"]):
                continue  # a count of things and a measure are two quantities
            if (
                f["article"]["id"] != scene.aid
                and fv is not None
                and abs(abs(float(fv)) - v) <= 1e-3 * v
            ):
                return True
    return False


#: Round 64: the dimension of each unit the extractor gives ("day" -> "time", "x" -> "ratio").
_UNIT_DIMS = {unit: dim for unit, dim in (*UNITS.values(), *MULTIWORD_UNITS.values())}


def _unresolved_move(
    kind: str, c: Mapping[str, Any], config: BrainConfig, said: Collection[float] = ()
) -> bool:
    """Round 64: is an alert on a key that names nothing it counts ("acre?1a2b|count")
    still due?  Only an update: the story's earlier article filed its figure under this
    very key (the brain joined the two readings: "5,800 acres had now burned" after
    "2,400 acres"; "raised its count to 23,000" after 18,000), so the two are one quantity
    that moved, whatever it is.  Not a span of time or a ratio ("a 14-day shutdown",
    "three times its first count"), nor a small or negative value (two such keys meet by
    chance; "minus 27" is a reading), nor a value this article has alerted on already
    under a key that names it (``said``: "searched 31 pharmacies" after "raids to 31
    pharmacies")."""
    if kind != "update" or _UNIT_DIMS.get(str(c.get("unit") or "")) in ("time", "ratio"):
        return False
    v = c.get("value")
    if v is None or float(v) < config.restated_min_same:
        return False
    return not ledger._named(v, said)


def _alert_id(kind: str, story: str, metric: str, claim_ident: str, against: list[str]) -> str:
    return "al-" + _sha(kind, story, metric, claim_ident, *sorted(against), n=24)


def observe(
    tables: Tables, analyzed: Mapping[str, Any], *, now: float, config: BrainConfig
) -> Observation:
    """Fold one analyzed article into the state; return what happened and the alerts to emit.

    ``analyzed`` is a record from :func:`analyze` (article metadata under
    ``"article"``; a flat record with the metadata at the top level is accepted too).
    """
    if isinstance(analyzed.get("article"), Mapping):
        analyzed = {**analyzed, **analyzed["article"]}
    if not analyzed.get("id"):
        raise ValueError("analyzed record has no article id")
    meta = _meta(tables)
    obs = Observation(claims=len(analyzed.get("claims") or ()))
    dup_of, kind, sim, prev = _dedup(tables, analyzed, now, config, meta)
    if dup_of is not None:
        obs.duplicate_of, obs.duplicate_kind, obs.similarity = dup_of, kind, sim
        meta["dups"] = {**meta["dups"], kind: meta["dups"].get(kind, 0) + 1}
        orig_rec = _get_rec(tables[T_SEEN], dup_of) or {}
        obs.story = orig_rec.get("story")
        tables[T_EXPIRY][META] = meta
        return obs

    aid = analyzed["id"]
    event_t = (
        parse_time(analyzed.get("published_at")) or parse_time(analyzed.get("fetched_at")) or now
    )
    if prev is not None:  # a revision happens when it is fetched, not when first published
        event_t = max(event_t, parse_time(analyzed.get("fetched_at")) or now)
    prev_story = prev.get("story") if prev else None
    sid, created = _assign_story(tables, analyzed, event_t, now, config, meta, prev_story)
    obs.story, obs.new_story = sid, created
    if prev is not None:
        obs.revision = True
        meta["revisions"] = meta.get("revisions", 0) + 1
        rec = dict(prev)
        # keeps the first version's signature (its band keys point here)
        rec.update({"h": analyzed.get("content_hash") or "", "story": sid, "t": now})
        _put_rec(tables[T_SEEN], aid, rec)
        if analyzed.get("content_hash"):
            tables[T_SEEN]["h:" + analyzed["content_hash"]] = aid
        _enqueue(tables, meta, now, "a", aid, analyzed.get("content_hash") or "")
    else:
        _index_original(tables, analyzed, now, meta, sid)

    st = dict(tables[T_STORIES][sid])
    art = _article_meta(analyzed)
    now_iso = iso(now)
    emitted = tables[T_ALERTS]
    new_alert_ids: list[str] = []
    claims = list(analyzed.get("claims") or ())
    if analyzed.get("copy") and not created:
        # Round 52: a syndicated copy ("(Coastline Daily, from Meridian Press Agency)")
        # joining a running story restates the report it credits, which the story holds:
        # no figure of its own (in the labelled pool no alert is due on any of 244 such
        # copies). A copy that opens its story is the only report of its figures.
        claims = []
    values = [c.get("value") for c in claims if c.get("value") is not None]
    # "260 people, down from 1,300": the 1,300 is a past reading, the 260 its successor.
    moved_from = ledger.previous_values(claims)
    # "27,500 workers, well below the union's figure of 41,000": the figure it disputes.
    disputes = ledger.disputed_values(claims)
    # round 49: "36 people who were hurt, more than the hospitals' first count of 34"
    # names an earlier reading it has passed (an update), not a rival it disputes; "23
    # disputes last year, of which 17 were settled" names a part of its own figure
    disputes = {
        i: j
        for i, j in disputes.items()
        if moved_from.get(i) != j and not _part_named(claims, i, j)
    }
    past = set(moved_from.values())
    disputed = set(disputes.values())
    # "three other people, bringing arrests to 4": the step is no figure of its own (not
    # recorded, so that the total it was brought to is the key's first figure)
    pairs = ledger.step_pairs(claims)
    steps = {i for i, _ in pairs}
    totals = {j for _, j in pairs}
    # "31 people injured, six of them in critical condition": a part, not a reading
    steps |= ledger.parts(claims)
    # How long the report is (its text; how far its figures run for a record without
    # it): a long report has a body behind its lede. Not the figures' reach alone: a
    # report whose last figures close its eighth paragraph is as long as one whose
    # figures run to its end ("The province has about 2.3 million inhabitants.")
    reach = max((int(c.get("end") or 0) for c in claims), default=0)
    reach = max(reach, int(analyzed.get("chars") or 0))
    # A figure a sentence disputes by name, named after its disputer ("96 students had
    # been abducted, disputing the school's figure of 121"), is decided just before it,
    # so that the disputing figure finds it in the ledger and contradicts it.
    named_later = {j: i for i, j in disputes.items() if j > i}
    order = sorted(range(len(claims)), key=lambda k: (named_later.get(k, k), k not in named_later))
    roles = _money_roles(claims)
    said: list[tuple[float, str, str]] = []  # (value, sentence, key) it raised alerts on
    own_metrics = frozenset(str(c.get("metric")) for c in claims if c.get("metric"))
    scene = _Scene(tables, sid, st, claims, aid, config, own_metrics)
    for ci in order:
        c = claims[ci]
        metric = c.get("metric")
        if ci in steps:
            continue
        if metric and _part_counted(scene, c, metric):
            continue  # round 56: a part of a whole the story already counted
        if not metric or (
            c.get("value") is None and c.get("low") is None and c.get("high") is None
        ):
            continue
        if metric != DISPLACED and ledger.displaced_people(c, metric):
            c = {**c, "metric": DISPLACED, "metric_label": "people displaced"}
            c["property"] = "displaced"  # a state: readings move both ways
            metric = DISPLACED
        role = roles.get(ci)
        if role is not None:
            # a fine, a fund and a damage estimate in one currency are three sums
            metric = f"{metric}|{role}"
            c = {**c, "metric": metric, "metric_label": f"{c.get('metric_label') or ''} ({role})"}
        alias = _story_alias(st["metrics"], c, metric)
        named = moved_from.get(ci, disputes.get(ci))  # the earlier figure it names
        if alias is None and named is not None and not _held_elsewhere(scene, metric):
            earlier = float(claims[named]["value"])
            alias = _story_from_value(scene, c, earlier)
        if alias is None:
            alias = _story_kin(scene, c, metric)
        if alias is None and ci not in past:
            alias = _story_named_sum(scene, c, metric)
        if alias is None and ci not in past:
            alias = _story_sum_compared(scene, c, metric)
        if alias is None and ci not in past:  # not the value another figure moved from
            alias = _story_running(scene, c, metric)
        if (
            alias is None
            and ci not in past
            and ci not in moved_from
            and not _keyed_twice(claims, ci)
        ):
            # a reading that names the one it moved from is the ledger's to place
            alias = _story_in_hospital(scene, c, metric)
        if alias is None and ci not in past and ci not in moved_from:
            alias = _story_expected(scene, c, metric)
        if (
            alias is None
            and ci not in past
            and ci not in disputes
            and ci not in disputed
            and not _keyed_twice(claims, ci)
        ):
            # a figure set against another by name, or beside another of its own key in
            # this article, is that comparison's, not a verb's
            alias = _story_verb(scene, c, metric) or _story_head_near(scene, c, metric)
        if (
            alias is None
            and (
                (metric == "people|count" and ledger.joined_gathering(c))
                or ledger.bare_crowd(c, metric)  # round 67: "Organisers said 25,000 had joined"
            )
            and (ledger.CROWD in st["metrics"] or ledger.CROWD in own_metrics)
        ):
            # "90,000 people had joined" is the story's crowd, not a plain count of people;
            # round 43: also when the crowd is first named further down this article
            # ("Police said about 9,000 people had taken part" before the organisers'
            # "40,000 people had joined the march", read ``crowd|attended``)
            alias = ledger.CROWD
        if alias is None and analyzed.get("dq"):
            alias = _quarrel_key(scene, c, metric)
            if alias is None:  # round 69: the hurt, counted under another property
                alias = _hurt_key(scene, c, metric, ledger.rival_in_article)
        elif alias is None and ledger.in_lede(
            c,
            analyzed.get("title"),
            reach=reach,
            first_par_end=analyzed.get("p1"),
            lede_chars=config.lede_chars,
            long_chars=config.long_article_chars,
        ):
            # no quarrel words: the other side's key when the figure is, in the lede, a
            # named speaker's calm rival reading of it (the ledger's own test for the
            # same key): "demolished 1,100 homes" (homes|count) / "said 1,800 homes had
            # been destroyed" (homes|destroyed)
            alias = _quarrel_key(scene, c, metric, judge=ledger.calm_rival)
            if alias is None:  # round 69
                alias = _hurt_key(scene, c, metric, ledger.calm_rival)
        rival_of = False
        contrary: float | None = None  # the value a contrary sentence answers
        if alias is None:
            # round 44: "But the military administration said 2,700 had got out"
            answered = _elliptic_rival(scene, ci, metric, analyzed.get("cl") or ())
            if answered is not None:
                alias, contrary = answered
        if alias is None:
            # round 46: "The administrator put the wage arrears at 6 million dollars"
            answered = _sum_reading(scene, ci, metric)
            if answered is not None:
                alias, contrary = answered
        compared = None
        comparing = ci not in disputes and compares(claims, ci)
        if comparing:
            # round 47: "The sheriff's office gave a smaller figure, saying 8 people ..."
            compared = _compared_rival(scene, ci, metric)
        elif alias is None and ci not in disputes and _turned(claims, ci):
            # round 50: "The navy said only 90 sailors were involved" after the families'
            # "400 crew members": the turn's other side in other words, right before it
            compared = _compared_adjacent(scene, ci, metric)
        elif alias is None and ci not in disputes and _led(claims, ci, analyzed.get("cl") or ()):
            # round 52: "Environmental activists said the true number was much higher.
            # \"We have ... 140 illegal pits\"" after "35 illegal sand mining sites"
            compared = _compared_adjacent(scene, ci, metric)
            if compared is not None and _subset_of(metric, compared[0]):
                compared = None
        elif alias is None and ci not in disputes:
            compared = (
                _people_rival(scene, ci, metric)
                or _money_rival(scene, ci, metric)
                or _bare_rival(scene, ci, metric)
                or _same_key_rival(
                    scene,
                    ci,
                    metric,
                    lede=ledger.in_lede(
                        c,
                        analyzed.get("title"),
                        reach=reach,
                        first_par_end=analyzed.get("p1"),
                        lede_chars=config.lede_chars,
                        long_chars=config.long_article_chars,
                    ),
                )
                or _clause_rival(scene, ci, metric)
            )
        if alias is None and compared is not None:
            alias, contrary = compared
        if alias is None and config.rival_readings:
            # round 23: anywhere in the article, another named body's reading of a quantity
            # the article gave under a key of the same head noun or noun class
            alias = _quarrel_key(scene, c, metric, judge=ledger.rival_reading, strict=True)
            if alias is None:
                alias = _judged_sum_key(scene, c, metric)  # round 67, no quarrel words
            if alias is None:  # round 69: the hurt, counted under another property
                alias = _hurt_key(scene, c, metric, ledger.rival_reading)
            rival_of = alias is not None
        if alias is not None:
            metric = alias
            c = {**c, "metric": alias, "metric_label": alias.replace("|", " ")}
        label = c.get("metric_label") or metric
        lkey = f"{sid}|{metric}"
        entry = ledger.unpack_entry(tables[T_LEDGER].get(lkey), story=sid, metric=metric)
        if entry is None and len(st["metrics"]) >= config.max_metrics_per_story:
            continue
        if contrary is None and ci not in disputes:
            # round 46: "The ministry said only 7 people had been detained" after the
            # union's 18, under one key: the turn names its other side
            contrary = _turn_answers(claims, ci, c, entry, aid, config, analyzed.get("cl") or ())
        if contrary is None and compared is not None and compared[0] == metric:
            contrary = compared[1]
        elif contrary is None and comparing and compared is None:
            contrary = _compared_earlier(c, entry, aid, config)
        entry, decisions, added = ledger.decide(
            entry,
            c,
            art,
            version=analyzed.get("content_hash") or "",
            story=sid,
            metric=metric,
            label=label,
            event_t=event_t,
            now_iso=now_iso,
            tolerance=config.tolerance,
            event_count_window_s=config.event_count_window_s,
            state_same_time_s=config.state_same_time_s,
            alert_corroboration=config.alert_corroboration,
            article_entities=analyzed.get("efp") or "",
            article_values=values,
            max_figures=config.max_figures_per_metric,
            moved_from=claims[moved_from[ci]].get("value") if ci in moved_from else None,
            continuing=not created,
            quarrelling=bool(analyzed.get("dq")),
            rival_of=rival_of,
            disputed=(
                claims[disputes[ci]].get("value")
                if ci in disputes and not ledger.of_another_time(claims[disputes[ci]])
                else contrary
            ),
            in_lede=ledger.in_lede(
                c,
                analyzed.get("title"),
                reach=reach,
                first_par_end=analyzed.get("p1"),
                lede_chars=config.lede_chars,
                long_chars=config.long_article_chars,
            ),
            # "found two more survivors ..., bringing the number pulled out alive to 8"
            # moves a count on; "arrested the owner and three other people, bringing
            # arrests to 4" gives its step as a figure: the total is the first count
            carried_to=ci not in totals and ledger.brought_to(c) and not ledger.names_a_year(c),
            answered=[
                float(claims[j]["value"])
                for i, j in disputes.items()
                if i != ci and claims[j].get("value") is not None
            ],
        )
        tables[T_LEDGER][lkey] = ledger.pack_entry(entry)
        if "?" in metric.split("|", 1)[0] and not config.alert_unresolved_metrics:
            # nothing says what is counted ("quantity?1a2b|count"): record only -- except a
            # move of a figure the story joined to its own earlier one (round 64)
            decisions = [
                d for d in decisions if _unresolved_move(d[0], c, config, [x for x, _, _ in said])
            ]
        if ci in past:  # a value the sentence says was left behind is no news of its own
            decisions = [d for d in decisions if d[0] not in ("new_figure", "update")]
        v, quote = c.get("value"), str(c.get("quote") or "")
        pd = _prop_dims(metric)
        # "killing 12 and injuring 12": one sentence, two quantities; only a value said in
        # another sentence of the article is restated
        before = [x for x, q, _ in said if q != quote]
        kin = [x for x, q, m in said if q != quote and m != metric and _prop_dims(m) == pd]
        if any(d[0] == "new_figure" for d in decisions) and _restated(
            scene, metric, v, before, kin, same_noun=True, first=c
        ):
            decisions = [d for d in decisions if d[0] != "new_figure"]
        # an update or contradiction carrying a value another article of the story gave
        # under another key restates it; this article's own earlier sentences do not count
        # here ("fewer than 12,000" said first under a garbled key, then disputed)
        if any(d[0] in MOVES for d in decisions) and _restated(scene, metric, v, (), claim=c):
            decisions = [d for d in decisions if d[0] not in MOVES]
        if (
            config.stated_ratio
            and v is not None
            and not any(d[0] == "contradiction" for d in decisions)
            # the article has alerted on this value already (its lede's "no more than 900")
            and not ledger._named(v, [x for x, _, _ in said])
            # another sentence of the article gives this value disputing a figure by name
            # ("There were 900, not 2,600"): that sentence's contradiction is the one
            and not any(
                j != ci and ledger._named(claims[j].get("value"), [float(v)]) for j in disputes
            )
        ):
            # "more than twice the estimate given by the insurer": the sentence names
            # its other side by the ratio; find it under any key
            hit = _ratio_rival(scene, c, event_t)
            if hit is not None and ledger.restates_earlier(
                c, (entry or {}).get("figures", ()), aid, config.tolerance
            ):
                # round 37: a shortened copy of the report that first set this value
                # against the other side by its ratio ("about three times the wildlife
                # service's count"): that side restated, its disagreement told already
                hit = None
            if hit is not None:
                d_rel = ledger.rel_diff(float(v), float(hit["claim"]["value"]))
                reason = (
                    f"{art.get('outlet') or aid} reports {ledger.describe(c)} for {label}, "
                    f"which its own sentence sets against {ledger.describe(hit['claim'])}."
                )
                decisions = [
                    (
                        "contradiction",
                        ledger.severity_contradiction(d_rel),
                        [hit],
                        reason,
                        {"gap": round(d_rel, 4)},
                    )
                ]
        if (
            decisions
            and v is not None
            and any(
                m == metric and abs(x - float(v)) <= 1e-9 * max(1.0, abs(x)) for x, _, m in said
            )
        ):
            # "about 26,000 bags were stranded ..." then the union's quote "There are 26,000
            # bags down there": the article repeats a value it has already alerted on under
            # this key; one alert per value is enough
            decisions = []
        if decisions and v is not None:
            said.append((float(v), quote, metric))
        if metric not in st["metrics"]:
            st["metrics"] = [*st["metrics"], metric]
        obs.figures_added += added
        for akind, severity, against, reason, extra in decisions:
            ident = ledger.claim_identity(aid, c)
            against_ids = [ledger.claim_identity(f["article"]["id"], f["claim"]) for f in against]
            alert_id = _alert_id(akind, sid, metric, ident, against_ids)
            if alert_id in emitted:
                continue
            emitted[alert_id] = now
            new_alert_ids.append(alert_id)
            meta["alerts"] = {**meta["alerts"], akind: meta["alerts"].get(akind, 0) + 1}
            obs.alerts.append(
                {
                    "id": alert_id,
                    "kind": akind,
                    "severity": severity,
                    "story": sid,
                    "story_title": st.get("title"),
                    "metric": {"key": metric, "label": label},
                    "claim": {
                        **ledger.trimmed_claim(c),
                        "interval": ledger.jsonable_interval(ledger.interval(c)),
                        "article": art,
                    },
                    "against": [ledger.figure_as_side(f, metric, label) for f in against],
                    "created_at": now_iso,
                    "reason": reason,
                    **extra,
                }
            )
    meta["figures"] += obs.figures_added
    tables[T_STORIES][sid] = st
    if new_alert_ids:
        _enqueue(tables, meta, now, "al", *new_alert_ids)
    tables[T_EXPIRY][META] = meta
    return obs


#: Round 49: "..., of which 17 were settled", "..., of whom nine": the figure after it is
#: a part of one before it in the sentence.
_PART_BEFORE = re.compile(r",\s*(?:of\s+(?:which|whom|those|them)|among\s+them)\s+$", re.I)


def _part_named(claims: list[Mapping[str, Any]], i: int, j: int) -> bool:
    """Round 49: is figure ``j`` given as a part of figure ``i`` of its sentence ("handled
    23 disputes last year, of which 17 were settled"): after it, smaller, right after
    "of which / of whom / among them"?  A part is no reading ``i`` disputes."""
    c, d = claims[i], claims[j]
    if c.get("value") is None or d.get("value") is None:
        return False
    if int(d.get("start") or 0) <= int(c.get("start") or 0) or float(d["value"]) >= float(
        c["value"]
    ):
        return False
    quote, _text, at = ledger._in_sentence(d)
    return at > 0 and bool(_PART_BEFORE.search(quote[:at]))


#: Round 56: a count given as a part of a group -- "Two of the injured were ...", "three
#: of them", "of whom four", "among them five prison officers".
_PART_AFTER_FIGURE = re.compile(r"^\s+of\s+(?:(?P<pron>them|whom|those|these)\b|the\s+)", re.I)
_PART_BEFORE_FIGURE = re.compile(
    r"\b(?:of\s+(?:whom|them|those)|among\s+them(?:\s+(?:were|are))?)\s*$", re.I
)
#: Tolls a part breaks down (not a state: "in critical condition", "in hospital").
_PART_TOLLS = frozenset({"killed", "injured", "missing", "arrested"})
#: The words that name a toll's whole after "N of the": "Two of the injured", "of the dead".
_PART_WHOLE_WORDS = frozenset(
    {"injured", "wounded", "hurt", "dead", "killed", "victims", "casualties", "missing"}
    | {"arrested", "detained", "detainees", "suspects"}
)
#: ... and a part that befell something new: "Two of the injured died in hospital", "Two
#: of the missing drivers have been found alive".
_PART_NEWS = re.compile(
    r"\b(?:died|dies|have\s+died|succumbed|passed\s+away|found\s+alive|rescued|freed"
    r"|released)\b",
    re.I,
)


def _part_counted(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> bool:
    """Round 56: is the figure a part of a toll another report of the story already gave
    ("Four of the injured were in a critical condition" after the story's 17 injured,
    "among them four prison officers" after its 11 arrested)?  Such a part is a breakdown
    of that whole, no first figure of a quantity of its own.  Only for a first figure of
    its key in the story, a plain toll (killed, injured, missing, arrested: not a state
    such as "in a serious condition", no unit of measure), said as a part ("N of them",
    "of whom N", "among them N", or "N of the" with a word that names the toll: "of the
    injured", "of the dead"), not a running "first N", when a story key of the same toll
    and no other dimension holds a latest figure, told in another sentence, larger than it.
    A part that befell something new ("Two of the injured died", "were found alive") is
    news; a whole its own sentence gives ("injuring 19, among them 7 journalists") is that
    sentence's own breakdown, told as news."""
    if metric in scene.story_metrics or "?" in metric or c.get("value") is None:
        return False
    if c.get("unit") == "%" or ledger._unit(c) in ledger.MEASURE_UNITS:
        return False
    prop, dims = _prop_dims(metric)
    if prop not in _PART_TOLLS or dims:
        return False
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return False
    after = quote[i + len(text) :]
    m_after = _PART_AFTER_FIGURE.match(after)
    if m_after is not None and not m_after.group("pron"):
        words = re.findall(r"[a-z]+", after[m_after.end() : m_after.end() + 30].lower())[:2]
        if not set(words) & _PART_WHOLE_WORDS:
            return False  # "120 of the volunteers": a group of its own, not a toll's part
    elif m_after is None and not _PART_BEFORE_FIGURE.search(quote[max(0, i - 40) : i]):
        return False
    if re.search(r"\bfirst\s+$", quote[max(0, i - 12) : i], re.I):
        return False  # "The first 45 of the identified dead": a running count
    if _PART_NEWS.search(after[:100]):
        return False
    v = float(c["value"])
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if "?" in m or p2 != prop or d2:
            continue
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        figs = [f for f in (entry or {}).get("figures", ()) if f["claim"].get("value") is not None]
        if not figs:
            continue
        last = _newest(figs)
        if last["claim"].get("quote") == c.get("quote"):
            continue  # "injuring 19, among them 7 journalists": the sentence's own breakdown
        if float(last["claim"]["value"]) > v:
            return True
    return False


# =========================================================================== expire
def _money_roles(claims: list[Mapping[str, Any]]) -> dict[int, str]:
    """What each sum of an article counted under a bare currency key is (index -> role,
    see :func:`ledger.money_role`).  A sum restated without its money word ("the 400
    million lirets would be lent" after "a fund of 400 million lirets") is the same sum:
    it takes the role the article gave that value in that currency."""
    money = ledger.sum_nouns(str(c.get("quote") or "") for c in claims)
    roles: dict[int, str] = {}
    given: dict[tuple[str, float], str] = {}
    for i, c in enumerate(claims):
        metric, value = str(c.get("metric") or ""), c.get("value")
        role = ledger.money_role(c, metric, money) if metric else None
        if role is not None and value is not None:
            roles[i] = role
            given.setdefault((metric, float(value)), role)
    for i, c in enumerate(claims):
        metric, value = str(c.get("metric") or ""), c.get("value")
        if i not in roles and value is not None and (metric, float(value)) in given:
            roles[i] = given[(metric, float(value))]
    return roles


def _unindex(terms: MutableMapping[str, Any], t: str, sid: str) -> None:
    e = terms.get(t)
    if e is None:
        return
    lst = [x for x in e[1:] if x != sid]
    if not lst:
        del terms[t]
    elif len(lst) != len(e) - 1:
        terms[t] = [max(len(lst), e[0] - 1), *lst]


def _drop_story(tables: Tables, sid: str, meta: dict[str, Any]) -> None:
    st = tables[T_STORIES].get(sid)
    if st is None:
        return
    led = tables[T_LEDGER]
    for m in st.get("metrics", ()):
        e = led.get(f"{sid}|{m}")
        if e is not None:
            del led[f"{sid}|{m}"]
            meta["figures"] = max(0, meta["figures"] - len(e.get("figs", ())))
    for t in stories.unpack_profile(st.get("profile", "")):
        _unindex(tables[T_TERMS], t, sid)
    del tables[T_STORIES][sid]
    meta["n_stories"] = max(0, meta["n_stories"] - 1)


def expire(tables: Tables, *, now: float, config: BrainConfig, max_items: int | None = None) -> int:
    """Drop state older than the horizon; at most ``max_items`` queue entries per call.

    Returns the number of queue entries processed.  Call it from the stream loop
    (tables are only written while iterating a stream), e.g. every N records.
    """
    q = tables[T_EXPIRY]
    meta = _meta(tables)
    limit = config.expire_batch if max_items is None else max_items
    cutoff = now - config.dedup_horizon_s
    done = 0
    seen, bands, alerts = tables[T_SEEN], tables[T_BANDS], tables[T_ALERTS]
    while done < limit and meta["head"] < meta["seq"]:
        seq = meta["head"]
        key = _qkey(seq)
        item = q.get(key)
        if item is not None and item[0] > cutoff:
            break
        meta["head"] += 1
        done += 1
        if item is None:
            continue
        kind, payload = item[1], item[2:]
        if kind not in ("a", "o"):
            del q[key]
        if kind in ("a", "o"):
            aid, h = payload[0], payload[1]
            rec = _get_rec(seen, aid)
            if rec is not None and rec.get("sig"):
                keys = dedup.band_ints(rec["sig"])
                holder = seq if kind == "o" else _band_holder(tables, keys, aid)
                if holder is not None:
                    _band_remove(bands, keys, holder)
            # Dropped once its bands are unindexed: a packed band index checks its hits
            # against the signature its holders' "o" entries lead to (new_tables).
            del q[key]
            if rec is not None and rec.get("t", 0) <= cutoff:
                del seen[aid]
                if "orig" not in rec:
                    meta["originals"] = max(0, meta["originals"] - 1)
            elif rec is not None and rec.get("sig"):
                # A revision keeps the record alive, but its bands are gone (as they
                # always were): drop what only served them, so that a record has a
                # signature exactly while its bands are indexed (rebuild_indexes).
                for f in ("sig", "efp", "vals"):
                    rec.pop(f, None)
                _put_rec(seen, aid, rec)
            if h and seen.get("h:" + h) == aid:
                del seen["h:" + h]
        elif kind == "s":
            st = tables[T_STORIES].get(payload[0])
            if st is not None:
                if st["seen"] > cutoff:
                    _enqueue(tables, meta, st["seen"], "s", payload[0])
                else:
                    _drop_story(tables, payload[0], meta)
        elif kind == "al":
            for al in payload:
                if al in alerts:
                    del alerts[al]
    q[META] = meta
    return done


def _share_ids(tables: Tables) -> None:
    """Make every copy of a story, article or alert id in the loaded records the one
    string its table's key is, as it is in state built live (JSON gives each its own:
    the posting lists alone held ~1 KB of repeated ids per story); likewise an expiry
    entry's content hash and time share its record's, and stories share outlet names.
    Values are unchanged.  Packed tables (:func:`new_tables`) hold bytes, no objects to
    share: for them it does nothing."""
    held_as_bytes = (packed.PackedTable, packed.HeapTable)
    if any(isinstance(tables[n], held_as_bytes) for n in (T_SEEN, T_STORIES, T_TERMS)):
        return
    sids = {k: k for k in tables[T_STORIES]}
    seen = tables[T_SEEN]
    aids = {k: k for k in seen if not k.startswith("h:")}
    alerts = {k: k for k in tables[T_ALERTS]}
    for e in tables[T_TERMS].values():
        e[1:] = [sids.get(x, x) for x in e[1:]]
    for k, v in seen.items():
        if isinstance(v, list):  # a record (_REC_FIELDS): orig, story
            v[2] = aids.get(v[2], v[2]) if v[2] else v[2]
            v[3] = sids.get(v[3], v[3]) if v[3] else v[3]
        elif isinstance(v, str):  # "h:" + content hash -> article id
            seen[k] = aids.get(v, v)
    outlets: dict[str, str] = {}
    for st in tables[T_STORIES].values():
        if isinstance(st, dict):
            st["outlets"] = [outlets.setdefault(o, o) for o in st.get("outlets") or ()]
            if st.get("first_article") in aids:
                st["first_article"] = aids[st["first_article"]]
    for k, item in tables[T_EXPIRY].items():
        if k == META or not isinstance(item, list):
            continue
        ids = {"a": aids, "o": aids, "s": sids, "al": alerts}.get(item[1], {})
        item[2:] = [ids.get(x, x) for x in item[2:]]
        rec = seen.get(item[2]) if item[1] in ("a", "o") else None
        if isinstance(rec, list):  # the record's content hash and time, when the same
            if len(item) > 3 and item[3] == rec[0]:
                item[3] = rec[0]
            if item[0] == rec[1]:
                item[0] = rec[1]


def rebuild_indexes(tables: Tables) -> None:
    """Recompute the derived tables (:data:`DERIVED_TABLES`) from the primary ones.

    For a worker that read the primary tables back from the state topic.  Gives the
    index observe() and expire() keep up live: every original still holding a
    signature is indexed under its bands, in the order of its ``"o"`` queue entry.
    Also makes plain-dict records' ids share their table keys' strings (values unchanged).
    """
    _share_ids(tables)
    seen, q = tables[T_SEEN], tables[T_EXPIRY]
    bands = tables[T_BANDS]
    bands.clear()
    meta = _meta(tables)
    for seq in range(meta["head"], meta["seq"]):
        item = q.get(_qkey(seq))
        if item is None or item[1] != "o":
            continue
        rec = _get_rec(seen, item[2])
        if rec is not None and rec.get("sig") and "orig" not in rec:
            _band_add(bands, dedup.band_ints(rec["sig"]), seq)


# =========================================================================== views
def stats(tables: Tables) -> dict[str, int]:
    """Counters and table sizes for the Prometheus gauges (no table scan)."""
    meta = _meta(tables)
    out = {
        "stories_open": len(tables[T_STORIES]),
        "figures_tracked": int(meta["figures"]),
        "duplicates_exact": int(meta["dups"].get("exact", 0)),
        "duplicates_near": int(meta["dups"].get("near", 0)),
        "originals": int(meta["originals"]),
        "revisions": int(meta.get("revisions", 0)),
        "expiry_backlog": int(meta["seq"] - meta["head"]),
    }
    for kind in ("new_figure", "contradiction", "update", "corroboration"):
        out[f"alerts_{kind}"] = int(meta["alerts"].get(kind, 0))
    for name in BRAIN_TABLES:
        if name in tables:
            out[f"table_{name}"] = len(tables[name])
    out["ledger_entries"] = len(tables[T_LEDGER])
    return out


def ledger_view(tables: Tables, *, story: str | None = None, limit: int = 200) -> dict[str, Any]:
    """JSON view: stories -> metrics -> figures with sources, outlets, quotes, first_seen.

    Stories with figures, most recently active first, at most ``limit`` of them
    (``story`` selects one).  Reads the stories table: for the CLI / HTTP
    endpoint, not the hot path.
    """
    st_table = tables[T_STORIES]
    if story:
        picked = [(story, st_table.get(story))]
    else:
        picked = sorted(
            ((sid, st) for sid, st in st_table.items() if st and st.get("metrics")),
            key=lambda x: (-float(x[1].get("seen", 0.0)), x[0]),
        )[:limit]
    rows = []
    for sid, st in picked:
        if st is None:
            continue
        metrics = []
        for m in st.get("metrics", ()):
            e = _ledger_entry(tables[T_LEDGER], sid, m)
            if not e:
                continue
            figs = []
            for f in e["figures"]:
                c = f["claim"]
                figs.append(
                    {
                        "id": f["fid"],
                        "text": c.get("text"),
                        "value": c.get("value"),
                        "interval": f["iv"],
                        "bound": c.get("bound"),
                        "unit": c.get("unit"),
                        "hedge": c.get("hedge"),
                        "place": c.get("place"),
                        "time": c.get("time"),
                        "quote": c.get("quote"),
                        "sources": f.get("sources", []),
                        "outlets": f.get("outlets", []),
                        "corroboration": len(f.get("outlets", [])),
                        "articles": f.get("count", 1),
                        "first_seen": f.get("first_seen"),
                        "article": f.get("article"),
                        "support": f.get("support", []),
                    }
                )
            metrics.append({"key": m, "label": e.get("label", m), "figures": figs})
        rows.append(
            {
                "id": sid,
                "title": st.get("title"),
                "first_article": st.get("first_article"),
                "articles": st.get("n", 0),
                "duplicates": st.get("dups", 0),
                "outlets": st.get("outlets", []),
                "first_event": iso(st["t0"]),
                "last_event": iso(st["t1"]),
                "metrics": metrics,
            }
        )
    return {"stories": rows, "stats": stats(tables)}


def render_ledger(view: Mapping[str, Any], *, width: int = 160) -> str:
    """Human table of a :func:`ledger_view` for ``claimwatch ledger``."""
    lines: list[str] = []
    for s in view.get("stories", ()):
        lines.append(f"STORY {s['id']}  {s.get('title') or ''}".rstrip()[:width])
        lines.append(
            f"  articles={s['articles']} duplicates={s['duplicates']} outlets={len(s['outlets'])} "
            f"events {s['first_event'][:10]}..{s['last_event'][:10]}"
        )
        for m in s["metrics"]:
            lines.append(f"  {m['label']}  [{m['key']}]"[:width])
            for f in m["figures"]:
                lo, hi = f["interval"]
                iv = (
                    f"[{ledger.fmt_num(lo) if lo is not None else '-inf'}, "
                    f"{ledger.fmt_num(hi) if hi is not None else 'inf'}]"
                )
                hedge = f" ({f['hedge']})" if f.get("hedge") else ""
                src = "; ".join(f["sources"][:2]) or "-"
                first = (f.get("first_seen") or "")[:16]
                outlets = ", ".join(f["outlets"][:3])
                lines.append(
                    f"    {str(f.get('text') or '')[:24]:<24} {iv:<26} x{f['corroboration']:<2} "
                    f"{first:<17} {outlets[:34]:<34} src: {src[:40]}{hedge}"[:width]
                )
        lines.append("")
    st = view.get("stats")
    if st:
        lines.append("stats: " + json.dumps(st, sort_keys=True))
    return "\n".join(lines)
