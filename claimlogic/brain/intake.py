"""Analyze (stage A: claims, MinHash signature and story features of one article) and the
copies observe sets aside first: entity and value fingerprints, exact and near
duplicates (_dedup), indexing an original.

Part of :mod:`claimlogic.brain`, split from the old ``brain.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claimlogic import dedup, ledger, stories
from topics.schemas import Article

from .quarrels import (
    contrary_leads,
)
from .state import (
    T_BANDS,
    T_SEEN,
    T_STORIES,
    BrainConfig,
    Tables,
    _band_add,
    _band_candidates,
    _enqueue,
    _get_rec,
    _put_rec,
    _sha,
)

ANALYZED_VERSION = 1


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
