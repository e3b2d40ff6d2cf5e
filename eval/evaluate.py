"""Evaluate claim extraction against the labelled sets, side by side with quantulum3.

Run from the repository root::

    .venv/bin/python eval/evaluate.py            # all splits, both systems, speed
    .venv/bin/python eval/evaluate.py --errors dev   # also list the mistakes on one split

Splits: ``dev`` (eval/gold_dev.jsonl, used while tuning the rules), ``test``
(eval/gold_test.jsonl, written before tuning and not looked at while tuning) and
``seeds`` (eval/gold_seeds.jsonl, gold claims of the five articles in seeds/).

Matching: a predicted quantity matches a gold one when their character spans overlap
and the values agree (relative tolerance 0.1%; for a gold range either the predicted
low/high pair, the midpoint or the low end; for a vague amount the named magnitude or
the low end). Scores are micro-averaged precision/recall/F1 over mentions:

* value                 - the number is right
* value+bound           - and exact/approx/min/max/range is right
* value+change          - and the change direction (up/down/none) is right
* value+bound+change    - both (CQE's "value+change" folds bounds into its change field)
* value+unit            - and the normalised unit is right (plain counts have no unit)
* value+hedge           - and the hedge (none/reported/estimated/expected/hypothetical)
* metric grouping       - pairwise, over matched gold mentions of the same document:
                          same predicted ``metric`` key <=> same gold group

quantulum3 has no bounds, changes, hedges or metric keys: it is scored as "exact", no
change, no hedge, and grouping is not applicable.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimlogic.extract import extract_claims  # noqa: E402

SPLITS = {
    "dev": ROOT / "eval" / "gold_dev.jsonl",
    "test": ROOT / "eval" / "gold_test.jsonl",
    "seeds": ROOT / "eval" / "gold_seeds.jsonl",
}
#: quantulum3 unit names -> the normalised units claimwatch uses.
QUANTULUM_UNITS = {
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "yen": "JPY", "japanese yen": "JPY", "percentage": "%", "kilometre": "km",
    "mile": "mi", "metre": "m", "centimetre": "cm", "millimetre": "mm", "foot": "ft",
    "inch": "in", "tonne": "t", "ton": "t", "short ton": "t", "long ton": "t",
    "hectare": "ha", "megawatt": "MW", "mile per hour": "mph", "degree celsius": "degC",
    "barrel": "bbl", "year": "year", "day": "day", "hour": "h", "minute": "min",
    "second": "s", "week": "week", "month": "month", "square kilometre": "km2",
    "basis point": "bp", "percentage point": "pp", "kilogram": "kg", "gram": "g",
    "dimensionless": None, "pound-mass": "lb", "gallon": "gal", "litre": "l",
}  # fmt: skip


@dataclass
class Gold:
    start: int
    end: int
    value: float
    bound: str
    unit: str | None
    change: str | None
    group: str | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    hedge: str | None = None
    text: str = ""


@dataclass
class Pred:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    change: str | None
    metric: str | None = None
    hedge: str | None = None
    text: str = ""


@dataclass
class Item:
    id: str
    doc: str
    text: str
    gold: list[Gold] = field(default_factory=list)


def load(split: str) -> list[Item]:
    """Read one gold file; spans are located by their text, in order of appearance."""
    items: list[Item] = []
    for line in SPLITS[split].read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "file" in row:
            raw = (ROOT / row["file"]).read_text(encoding="utf-8")
            text = raw.split("\n\n", 1)[1]  # body after the header block
        else:
            text = row["text"]
        item = Item(row["id"], row.get("doc") or row["id"], text)
        cursor = 0
        for q in row["q"]:
            span, value, bound, unit, change, group = q[:6]
            extra: dict[str, Any] = q[6] if len(q) > 6 else {}
            at = text.find(span, cursor)
            if at < 0:
                at = text.find(span)
            if at < 0:
                raise SystemExit(f"{row['id']}: span {span!r} not in text")
            cursor = at + 1
            item.gold.append(
                Gold(
                    at, at + len(span), float(value), bound, unit, change, group,
                    low=extra.get("low"), high=extra.get("high"),
                    vague=bool(extra.get("vague")), hedge=extra.get("hedge"), text=span,
                )
            )  # fmt: skip
        items.append(item)
    return items


# --------------------------------------------------------------------------- systems


def _count_unit(unit: str | None) -> str | None:
    """claimwatch puts the counted noun class in ``unit`` for plain counts; those are None
    here, like quantulum3's "dimensionless"."""
    measured = {
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "INR", "KRW", "CHF", "AUD",
        "CAD", "ILS", "TRY", "%", "pp", "bp", "km", "mi", "m", "cm", "mm", "ft", "in", "yd",
        "nmi", "kg", "g", "t", "lb", "oz", "ha", "acre", "km2", "mi2", "m2", "ft2", "l",
        "gal", "bbl", "bbl/day", "s", "min", "h", "day", "week", "month", "year", "decade",
        "mph", "km/h", "kn", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "deg", "degC",
        "degF", "GB", "TB", "MB", "x", "ly", "au", "km3", "m3",
    }  # fmt: skip
    return unit if unit in measured else None


def run_claimwatch(text: str) -> list[Pred]:
    return [
        Pred(c.start, c.end, c.value, c.low, c.high, c.bound, _count_unit(c.unit), c.change,
             c.metric, c.hedge, c.text)
        for c in extract_claims(text)
    ]  # fmt: skip


def run_quantulum(text: str) -> list[Pred]:
    from quantulum3 import parser

    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(text)
    for q in quantities:
        name = q.unit.name.lower()
        unit = QUANTULUM_UNITS.get(name, name if name != "dimensionless" else None)
        low = high = q.value
        if q.uncertainty:
            low, high = q.value - q.uncertainty, q.value + q.uncertainty
        out.append(
            Pred(q.span[0], q.span[1], q.value, low, high, "exact", unit, None, None, None,
                 q.surface)
        )  # fmt: skip
    return out


SYSTEMS: dict[str, Callable[[str], list[Pred]]] = {
    "claimwatch": run_claimwatch,
    "quantulum3": run_quantulum,
}


# --------------------------------------------------------------------------- scoring


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= max(1e-3 * max(abs(a), abs(b)), 1e-3)


def value_match(p: Pred, g: Gold) -> bool:
    if not (p.start < g.end and g.start < p.end):
        return False
    if g.bound == "range" and g.low is not None:
        if _close(p.low, g.low) and _close(p.high, g.high):
            return True
        return _close(p.value, g.value) or _close(p.value, g.low)
    return _close(p.value, g.value)


def _bound(b: str | None) -> str:
    return b or "exact"


CRITERIA: dict[str, Callable[[Pred, Gold], bool]] = {
    "value": lambda p, g: True,
    "value+bound": lambda p, g: _bound(p.bound) == _bound(g.bound),
    "value+change": lambda p, g: p.change == g.change,
    "value+bound+change": lambda p, g: _bound(p.bound) == _bound(g.bound) and p.change == g.change,
    "value+unit": lambda p, g: p.unit == g.unit,
    "value+hedge": lambda p, g: p.hedge == g.hedge,
}


@dataclass
class Score:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CRITERIA, 0))
    n_pred: int = 0
    n_gold: int = 0
    pairs: list[int] = field(default_factory=lambda: [0, 0, 0])  # both, pred, gold
    seconds: float = 0.0
    words: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self, key: str) -> tuple[float, float, float]:
        tp = self.tp[key]
        p = tp / self.n_pred if self.n_pred else 0.0
        r = tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def grouping(self) -> tuple[float, float, float]:
        both, pred, gold = self.pairs
        p = both / pred if pred else 0.0
        r = both / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score(items: list[Item], system: Callable[[str], list[Pred]], name: str) -> Score:
    s = Score()
    by_doc: dict[str, list[tuple[Gold, Pred]]] = {}
    for item in items:
        t0 = time.perf_counter()
        preds = system(item.text)
        s.seconds += time.perf_counter() - t0
        s.words += len(item.text.split())
        s.n_pred += len(preds)
        s.n_gold += len(item.gold)
        used: set[int] = set()
        for g in item.gold:
            hit = next(
                (k for k, p in enumerate(preds) if k not in used and value_match(p, g)), None
            )
            if hit is None:
                s.errors.append(f"{item.id} MISSED  {g.text!r} = {g.value:g}")
                continue
            used.add(hit)
            p = preds[hit]
            for key, ok in CRITERIA.items():
                if ok(p, g):
                    s.tp[key] += 1
                elif key in ("value+bound", "value+change", "value+unit", "value+hedge"):
                    field_name = key.split("+")[1]
                    s.errors.append(
                        f"{item.id} {field_name.upper():7} {g.text!r}: gold "
                        f"{getattr(g, field_name)!r} got {getattr(p, field_name)!r}"
                    )
            by_doc.setdefault(item.doc, []).append((g, p))
        for k, p in enumerate(preds):
            if k not in used:
                s.errors.append(f"{item.id} SPURIOUS {p.text!r} = {p.value}")
    for pairs in by_doc.values():
        for a in range(len(pairs)):
            for b in range(a + 1, len(pairs)):
                (ga, pa), (gb, pb) = pairs[a], pairs[b]
                gold_same = ga.group is not None and ga.group == gb.group
                pred_same = pa.metric is not None and pa.metric == pb.metric
                s.pairs[0] += gold_same and pred_same
                s.pairs[1] += pred_same
                s.pairs[2] += gold_same
                if gold_same != pred_same and name == "claimwatch":
                    s.errors.append(
                        f"GROUP {'split' if gold_same else 'merged'} {ga.text!r} "
                        f"[{pa.metric}] / {gb.text!r} [{pb.metric}]"
                    )
    return s


def speed(system: Callable[[str], list[Pred]], texts: list[str], repeat: int = 5) -> float:
    """Milliseconds per 1,000 words, best of ``repeat`` passes over ``texts``."""
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            system(t)
        best = min(best, time.perf_counter() - t0)
    return best * 1000 / words * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", action="append", choices=list(SPLITS), help="default: all")
    ap.add_argument("--errors", choices=list(SPLITS), help="list claimwatch's mistakes")
    ap.add_argument("--no-baseline", action="store_true", help="skip quantulum3")
    args = ap.parse_args(argv)
    splits = args.split or list(SPLITS)
    systems = ["claimwatch"] + ([] if args.no_baseline else ["quantulum3"])
    rows = [*CRITERIA, "metric grouping"]
    for split in splits:
        items = load(split)
        n_gold = sum(len(i.gold) for i in items)
        print(f"\n## {split}: {len(items)} texts, {n_gold} gold quantities\n")
        scores = {name: score(items, SYSTEMS[name], name) for name in systems}
        header = "| score | " + " | ".join(f"{n} P / R / F1" for n in systems) + " |"
        print(header)
        print("|---|" + "---|" * len(systems))
        for row in rows:
            cells = []
            for name in systems:
                s = scores[name]
                if row == "metric grouping":
                    if name != "claimwatch":
                        cells.append("n/a")
                        continue
                    p, r, f = s.grouping()
                else:
                    p, r, f = s.prf(row)
                cells.append(f"{100 * p:.1f} / {100 * r:.1f} / **{100 * f:.1f}**")
            print(f"| {row} | " + " | ".join(cells) + " |")
        if args.errors == split:
            print("\nclaimwatch mistakes:")
            for e in scores["claimwatch"].errors:
                print("  " + e)
    # Speed on the seed articles (real article length), best of 5.
    texts = [i.text for i in load("seeds")]
    print("\n## speed (seed articles, best of 5)\n")
    for name in systems:
        print(f"- {name}: {speed(SYSTEMS[name], texts):.2f} ms per 1,000 words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
