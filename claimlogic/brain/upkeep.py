"""Expire (drop state older than the horizon), rebuild_indexes (the derived tables of a
state read back), stats (the gauges) and the ledger views (ledger_view, render_ledger).

Part of :mod:`claimlogic.brain`, split from the old ``brain.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from claimlogic import dedup, ledger, packed, stories

from .state import (
    BRAIN_TABLES,
    META,
    T_ALERTS,
    T_BANDS,
    T_EXPIRY,
    T_LEDGER,
    T_SEEN,
    T_STORIES,
    T_TERMS,
    BrainConfig,
    Tables,
    _band_add,
    _band_holder,
    _band_remove,
    _enqueue,
    _get_rec,
    _ledger_entry,
    _meta,
    _put_rec,
    _qkey,
    _unindex,
    iso,
)


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
