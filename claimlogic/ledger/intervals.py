"""The interval a figure allows (rounding_unit, approx_radius, interval), gap, rel_diff,
their JSON form.

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

INF = math.inf


# --------------------------------------------------------------------------- intervals
def rounding_unit(v: float) -> float:
    """Place value of the last non-zero digit of |v| (1000 for 11000, 0.1 for 2.5)."""
    v = abs(v)
    if v == 0 or not math.isfinite(v):
        return 1.0
    if abs(v - round(v)) < 1e-9:
        n = round(v)
        unit = 1
        while n % 10 == 0:
            n //= 10
            unit *= 10
        return float(unit)
    s = f"{v:.6f}".rstrip("0")
    decimals = len(s.split(".")[1]) if "." in s else 0
    return 10.0 ** (-decimals)


def approx_radius(v: float, lo_pct: float = 0.025, hi_pct: float = 0.10) -> float:
    """Half-width of the band of an approximate figure ("around v")."""
    r = rounding_unit(v) / 2
    return min(max(r, lo_pct * abs(v)), hi_pct * abs(v))


def interval(c: Mapping[str, Any]) -> tuple[float, float]:
    """The interval of values a claim allows (see module doc)."""
    bound = c.get("bound") or "exact"
    v = c.get("value")
    lo, hi = c.get("low"), c.get("high")
    if c.get("vague") or bound == "range" or v is None:
        a = lo if lo is not None else (v if v is not None else -INF)
        b = hi if hi is not None else (v if v is not None else INF)
        if a is None or b is None:
            return (-INF, INF)
        return (float(min(a, b)), float(max(a, b)))
    v = float(v)
    if bound == "approx":
        r = approx_radius(v)
        return (v - r, v + r)
    if bound == "min":
        return (float(lo) if lo is not None else v, INF)
    if bound == "max":
        if lo is None and _NEAR_BELOW.match(str(c.get("text") or "")):
            # "nearly 200,000 households": close below the number, not anything up to it
            return (v * (1 - NEAR_BELOW_PCT), v)
        return (float(lo) if lo is not None else min(0.0, v), v)
    return (v, v)


#: Bounds that stay close to their number: "nearly 200,000", "almost 5,000", "just under".
_NEAR_BELOW = re.compile(r"\s*(?:nearly|almost|just\s+(?:under|below|short\s+of))\b", re.I)

#: How far below its number such a bound reaches (the widest ``approx_radius``).
NEAR_BELOW_PCT = 0.10


def gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Relative gap between two intervals: 0 when they overlap."""
    if a[1] < b[0]:
        lo_end, hi_end = a[1], b[0]
    elif b[1] < a[0]:
        lo_end, hi_end = b[1], a[0]
    else:
        return 0.0
    scale = max(abs(lo_end), abs(hi_end), 1e-9)
    return (hi_end - lo_end) / scale


def representative(iv: tuple[float, float]) -> float:
    lo, hi = iv
    if math.isinf(hi) and math.isinf(lo):
        return 0.0
    if math.isinf(hi):
        return lo
    if math.isinf(lo):
        return hi
    return (lo + hi) / 2


def rel_diff(a: float, b: float) -> float:
    return abs(a - b) / max(abs(a), abs(b), 1e-9)


def jsonable_interval(iv: tuple[float, float]) -> list[float | None]:
    return [None if math.isinf(x) else x for x in iv]


def _from_json_iv(iv: list[float | None]) -> tuple[float, float]:
    lo, hi = iv
    return (-INF if lo is None else float(lo), INF if hi is None else float(hi))
