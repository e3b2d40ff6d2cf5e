"""The state and its plumbing: table names (T_SEEN ..., BRAIN_TABLES), BrainConfig,
Observation, new_tables, time helpers (parse_time, iso), the meta record and the expiry
queue, articles-seen records, the LSH band index, story-term posting lists, and _Scene,
the article being folded as the story rules read it.

Part of :mod:`claimlogic.brain`, split from the old ``brain.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from claimlogic import journal, ledger, packed

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


def _unindex(terms: MutableMapping[str, Any], t: str, sid: str) -> None:
    e = terms.get(t)
    if e is None:
        return
    lst = [x for x in e[1:] if x != sid]
    if not lst:
        del terms[t]
    elif len(lst) != len(e) - 1:
        terms[t] = [max(len(lst), e[0] - 1), *lst]
