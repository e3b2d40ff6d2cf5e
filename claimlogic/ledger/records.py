"""The stored entry: pack_entry/unpack_entry, compact/full claims, new figure records,
figure_as_side, matches, restates_earlier.

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Collection, Mapping
from dataclasses import MISSING
from typing import Any

from claimlogic.model import Claim
from claimlogic.packed import loads as _loads

from .intervals import (
    _from_json_iv,
    gap,
    interval,
    jsonable_interval,
    rel_diff,
)
from .scope import (
    _norm,
    hedge_class,
    units_compatible,
)
from .words import (
    QUOTE_MAX,
)

_CLAIM_FIELDS = tuple(Claim.__dataclass_fields__)


# --------------------------------------------------------------------------- storage
def pack_entry(entry: Mapping[str, Any]) -> dict[str, Any]:
    """Table form of a ledger entry: each figure as one JSON string (few Python objects)."""
    return {
        "label": entry.get("label"),
        "new": bool(entry.get("new_alerted")),
        "figs": [
            json.dumps(f, separators=(",", ":"), ensure_ascii=False) for f in entry["figures"]
        ],
    }


def unpack_entry(
    stored: Mapping[str, Any] | None, *, story: str, metric: str
) -> dict[str, Any] | None:
    if stored is None:
        return None
    return {
        "story": story,
        "metric": metric,
        "label": stored.get("label"),
        "new_alerted": stored.get("new", False),
        # orjson parses what json.dumps wrote to the same objects, ~3x faster; what it
        # refuses (NaN, integers beyond 64 bits) goes through json (packed.loads)
        "figures": [_loads(f) for f in stored.get("figs", ())],
    }


# --------------------------------------------------------------------------- figures
def claim_identity(article_id: str, c: Mapping[str, Any]) -> str:
    return f"{article_id}:{c.get('start')}:{c.get('end')}:{c.get('value')}"


_CLAIM_DEFAULTS: dict[str, Any] = {
    name: (f.default if f.default is not MISSING else None)
    for name, f in Claim.__dataclass_fields__.items()
}


def trimmed_claim(c: Mapping[str, Any]) -> dict[str, Any]:
    """The claim's fields in Claim.to_dict() shape (missing ones None), quote capped."""
    d = {k: c.get(k, dflt) for k, dflt in _CLAIM_DEFAULTS.items()}
    if isinstance(d.get("quote"), str) and len(d["quote"]) > QUOTE_MAX:
        d["quote"] = d["quote"][: QUOTE_MAX - 1] + "…"
    return d


def compact_claim(c: Mapping[str, Any]) -> dict[str, Any]:
    """A claim as stored in the ledger: no metric/label (the entry has them), no empty fields."""
    return {
        k: v
        for k, v in trimmed_claim(c).items()
        if k not in ("metric", "metric_label") and v is not None and v is not False and v != ""
    }


def full_claim(c: Mapping[str, Any], metric: str, label: str) -> dict[str, Any]:
    """Undo :func:`compact_claim`: every Claim field, in the Claim.to_dict() shape."""
    defaults = {"change_is_delta": False, "vague": False}
    out = {k: c.get(k, defaults.get(k)) for k in _CLAIM_FIELDS}
    out["metric"], out["metric_label"] = metric, label
    return out


def new_figure_record(
    c: Mapping[str, Any], article: Mapping[str, Any], *, event_t: float, now_iso: str
) -> dict[str, Any]:
    ident = claim_identity(article["id"], c)
    return {
        "fid": "f-" + hashlib.sha256(ident.encode()).hexdigest()[:12],
        "iv": jsonable_interval(interval(c)),
        "claim": compact_claim(c),
        "article": {k: v for k, v in article.items() if v is not None},
        "first_seen": now_iso,
        "t": event_t,
        "outlets": [article.get("outlet") or article.get("id")],
        "sources": [c.get("source")] if c.get("source") else [],
        "support": [],
        "count": 1,
    }


_ARTICLE_KEYS = ("id", "url", "title", "outlet", "published_at")


def figure_as_side(fig: Mapping[str, Any], metric: str, label: str) -> dict[str, Any]:
    """A ledger figure in the alert's ``claim``/``against`` shape."""
    art = fig["article"]
    return {
        **full_claim(fig["claim"], metric, label),
        "interval": fig["iv"],
        "article": {k: art.get(k) for k in _ARTICLE_KEYS},
    }


def matches(c: Mapping[str, Any], fig: Mapping[str, Any], tolerance: float) -> bool:
    """Is claim c the same figure as fig (so it corroborates instead of adding)?"""
    fc = fig["claim"]
    point = {"exact", "approx"}
    if (c.get("bound") in point) != (fc.get("bound") in point):
        return False
    if c.get("bound") not in point and c.get("bound") != fc.get("bound"):
        return False
    if bool(c.get("vague")) != bool(fc.get("vague")) or bool(c.get("change_is_delta")) != bool(
        fc.get("change_is_delta")
    ):
        return False
    if hedge_class(c.get("hedge")) != hedge_class(fc.get("hedge")) or not units_compatible(c, fc):
        return False
    if _norm(c.get("place")) != _norm(fc.get("place")) and c.get("place") and fc.get("place"):
        return False
    if _norm(c.get("time")) != _norm(fc.get("time")):
        return False
    a, b = interval(c), _from_json_iv(fig["iv"])
    if c.get("bound") in point:
        va, vb = float(c["value"]), float(fc["value"])
        return rel_diff(va, vb) <= tolerance or (gap(a, b) == 0 and rel_diff(va, vb) <= 0.05)
    return all(
        (math.isinf(x) and math.isinf(y)) or rel_diff(x, y) <= tolerance
        for x, y in zip(a, b, strict=True)
    )


def restates_earlier(
    claim: Mapping[str, Any],
    figures: Collection[Mapping[str, Any]],
    aid: str,
    tolerance: float,
    *,
    bounds: bool = False,
) -> bool:
    """Does an earlier article's figure in the ledger hold the claim's point value already?
    With ``bounds`` (round 49) also an open bound given again with the same bound and value
    ("at least 260", "no more than 40 tonnes" of an earlier article, which ``matches`` did
    not take only for the place or time read around it)."""
    point = ("exact", "approx")
    bound = claim.get("bound")
    if (bound not in point and not (bounds and bound)) or claim.get("value") is None:
        return False
    v = float(claim["value"])
    return any(
        f["article"]["id"] != aid
        and (
            f["claim"].get("bound") in point
            if bound in point
            else f["claim"].get("bound") == bound
            and bool(f["claim"].get("vague")) == bool(claim.get("vague"))
        )
        and f["claim"].get("value") is not None
        and rel_diff(v, float(f["claim"]["value"])) <= tolerance
        and units_compatible(claim, f["claim"])
        for f in figures
    )


def _cross_mentioned(
    new: Mapping[str, Any],
    old: Mapping[str, Any],
    new_values: list[float],
    old_values: Collection[float],
) -> bool:
    """Does each article also state the other's figure (under whatever metric)?"""
    nv, ov = new.get("value"), old.get("value")
    if nv is None or ov is None:
        return False
    return any(abs(x - ov) <= 1e-9 * max(1.0, abs(ov)) for x in new_values) and any(
        abs(x - nv) <= 1e-9 * max(1.0, abs(nv)) for x in old_values
    )
