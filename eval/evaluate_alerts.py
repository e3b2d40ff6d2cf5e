"""Evaluate the alerts claimwatch raises on labelled story streams.

Run from the repository root::

    .venv/bin/python eval/evaluate_alerts.py                 # the tuning split (eval/alerts/dev)
    .venv/bin/python eval/evaluate_alerts.py --split test    # the held-out split (score it rarely)
    .venv/bin/python eval/evaluate_alerts.py --verbose       # also list every alert raised

Each stream is ``eval/alerts/<split>/<name>.jsonl`` (articles in arrival order:
id, outlet, published_at, title, text) with its labels in ``<name>.gold.json``:

* ``alerts``: the alerts a user wants, each ``{article, kind, value, metric}``
  (``metric`` is a description for people; matching ignores it);
* ``optional``: alerts that are acceptable but not required (neither counted
  right nor wrong), e.g. a projection's first figure;
* ``not_contradictions``: pairs of values that must never be reported as a
  contradiction of each other (rising tolls, other places, other currencies...),
  or not again after the labelled one (a raised contradiction that matches a
  gold contradiction is never a violation).

The stream is replayed through the pure core, exactly as the brain agent runs
it: ``brain.analyze`` (with the real extractor) then ``brain.observe`` on plain
dict tables, one article after the other, processing time = arrival order.

Matching: a raised alert is right when a gold alert of the same kind names the
same article and the triggering figure's value (relative tolerance 0.1%); each
gold alert matches once. Reported per kind (new_figure, contradiction, update)
and over all kinds: precision, recall, F1; alerts and false alerts per article
(noise); violations of the must-not-contradict pairs; and every false alert.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimlogic import brain  # noqa: E402
from topics.schemas import Article  # noqa: E402

ALERTS_DIR = ROOT / "eval" / "alerts"
KINDS = ("new_figure", "contradiction", "update")
T0 = 1_800_000_000.0


def _close(a: float | None, b: float | None, rel: float = 1e-3) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


@dataclass
class StreamResult:
    name: str
    articles: int
    raised: list[dict[str, Any]]
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    optional: int = 0
    false_alerts: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)


def load_stream(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    arts = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    gold = json.loads(path.with_name(path.name.replace(".jsonl", ".gold.json")).read_text("utf-8"))
    return arts, gold


def replay(
    arts: list[dict[str, Any]], values_read: dict[str, list[float]] | None = None
) -> list[dict[str, Any]]:
    """Run the articles through analyze + observe in order; return every alert raised.

    ``values_read``, when given, receives the values the extractor read per article id
    (``eval/confusion.py`` tells "silenced" from "never read" with it)."""
    tables = brain.new_tables()  # the worker's containers
    config = brain.BrainConfig()
    out: list[dict[str, Any]] = []
    for i, a in enumerate(arts):
        art = Article.create(
            a["text"],
            id=a["id"],
            title=a.get("title"),
            url=a.get("url"),
            outlet=a.get("outlet"),
            published_at=a.get("published_at"),
            fetched_at=a.get("published_at"),
            lang="en",
        )
        rec = json.loads(json.dumps(brain.analyze(art, config=config)))
        if values_read is not None:
            values_read[a["id"]] = [c["value"] for c in rec["claims"] if c.get("value") is not None]
        obs = brain.observe(tables, rec, now=T0 + 60.0 * i, config=config)
        for al in obs.alerts:
            out.append({**al, "_article": a["id"]})
    return out


def _fmt(al: dict[str, Any]) -> str:
    c = al["claim"]
    against = ", ".join(
        f"{x.get('text')!r}@{x['article'].get('id')}" for x in al.get("against") or ()
    )
    s = f"{al['_article']}: {al['kind']} {c.get('text')!r} [{al['metric']['key']}]"
    return s + (f" vs {against}" if against else "")


def score_stream(name: str, arts: list[dict[str, Any]], gold: dict[str, Any]) -> StreamResult:
    raised = replay(arts)
    res = StreamResult(name=name, articles=len(arts), raised=raised)
    wanted = [dict(g, used=False) for g in gold.get("alerts", ())]
    optional = gold.get("optional", ())
    for al in raised:
        v = al["claim"].get("value")
        hit = next(
            (
                g
                for g in wanted
                if not g["used"]
                and g["kind"] == al["kind"]
                and g["article"] == al["_article"]
                and _close(float(g["value"]), v)
            ),
            None,
        )
        if hit is not None:
            hit["used"] = True
            al["_gold"] = True
            res.tp[al["kind"]] += 1
            continue
        if any(
            o["article"] == al["_article"]
            and o.get("kind", al["kind"]) == al["kind"]
            and _close(float(o["value"]), v)
            for o in optional
        ):
            res.optional += 1
            continue
        res.fp[al["kind"]] += 1
        res.false_alerts.append(_fmt(al))
    for g in wanted:
        if not g["used"]:
            res.fn[g["kind"]] += 1
            res.missed.append(f"{g['article']}: {g['kind']} {g['value']:g} ({g['metric']})")
    res.violations = violations(raised, gold.get("not_contradictions", ()))
    return res


def violations(raised: list[dict[str, Any]], pairs: Iterable[dict[str, Any]]) -> list[str]:
    """The must-not-contradict pairs the raised contradictions break, one line per alert
    and pair: a contradiction naming two earlier figures of one value breaks that pair
    once, not twice.  A contradiction the gold asks for (marked ``_gold`` by scoring) is
    never a violation of a pair that says "raised once, not again" about the same pair
    (the later splits list them)."""
    table = [
        (float(pair["values"][0]), float(pair["values"][1]), pair.get("why", "")) for pair in pairs
    ]
    out: list[str] = []
    for al in raised:
        if al["kind"] != "contradiction" or al.get("_gold"):
            continue
        v = al["claim"].get("value")
        sides = [x.get("value") for x in al.get("against") or ()]
        for a, b, why in table:
            if any(
                (_close(a, v) and _close(b, w)) or (_close(b, v) and _close(a, w)) for w in sides
            ):
                out.append(f"{_fmt(al)}  <- must not ({why})")
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", help="folder under eval/alerts (dev, test)")
    ap.add_argument("--verbose", action="store_true", help="list every alert raised")
    args = ap.parse_args(argv)
    paths = sorted((ALERTS_DIR / args.split).glob("*.jsonl"))
    if not paths:
        print(f"no streams in {ALERTS_DIR / args.split}", file=sys.stderr)
        return 2
    results = [score_stream(p.stem, *load_stream(p)) for p in paths]
    tp, fp, fn = Counter[str](), Counter[str](), Counter[str]()
    for r in results:
        tp.update(r.tp)
        fp.update(r.fp)
        fn.update(r.fn)
    n_art = sum(r.articles for r in results)
    n_gold = sum(tp.values()) + sum(fn.values())
    print(f"## {args.split}: {len(results)} streams, {n_art} articles, {n_gold} gold alerts\n")
    print("| kind | gold | raised | TP | FP | FN | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for k in (*KINDS, "all"):
        t = sum(tp.values()) if k == "all" else tp[k]
        f_ = sum(fp.values()) if k == "all" else fp[k]
        n = sum(fn.values()) if k == "all" else fn[k]
        p, r, f1 = prf(t, f_, n)
        print(f"| {k} | {t + n} | {t + f_} | {t} | {f_} | {n} | {p:.2f} | {r:.2f} | {f1:.2f} |")
    raised = sum(len(r.raised) for r in results)
    n_fp = sum(fp.values())
    n_opt = sum(r.optional for r in results)
    n_viol = sum(len(r.violations) for r in results)
    print(
        f"\nnoise: {raised / n_art:.2f} alerts per article ({raised} alerts, {n_opt} optional), "
        f"{n_fp / n_art:.2f} false alerts per article; gold {n_gold / n_art:.2f} per article"
    )
    print(f"must-not-contradict violations: {n_viol}")
    print("\n| stream | articles | TP | FP | FN |")
    print("|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r.name} | {r.articles} | {sum(r.tp.values())} | {sum(r.fp.values())} "
            f"| {sum(r.fn.values())} |"
        )
    for r in results:
        if r.false_alerts or r.missed or r.violations or args.verbose:
            print(f"\n### {r.name}")
        for line in r.violations:
            print(f"  VIOLATION {line}")
        for line in r.false_alerts:
            print(f"  FALSE  {line}")
        for line in r.missed:
            print(f"  MISSED {line}")
        if args.verbose:
            for al in r.raised:
                print(f"  raised {_fmt(al)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
