"""CPU time of the pure core's stages per article, optionally A/B against another tree.

    .venv/bin/python -m bench.core_speed --articles 1000
    git archive <rev> | tar -x -C /tmp/base
    .venv/bin/python -m bench.core_speed --articles 1000 --base /tmp/base
    .venv/bin/python -m bench.core_speed --articles 1000 --profile 25
    .venv/bin/python -m bench.core_speed --articles 3000 --profile 25 --stage observe
    .venv/bin/python -m bench.core_speed --articles 3000 --dump /tmp/obs.jsonl

Streams the bench corpus (bench/corpus.iter_bulk, as bench.memory) and times, with
``time.process_time`` (CPU, not wall clock: the machine is shared), ``extract_claims``
alone, ``dedup.signature`` alone, ``analyze`` with the corpus' hand-built claims (what
bench.memory reports), ``analyze`` with real extraction (what the worker runs) and
``observe`` on plain dict tables and on the worker's (``brain.new_tables``, whose
values are decoded on every read; ``--packed`` profiles or dumps on those), and
``plan+apply(packed)``, observe as the worker's brain runs it (on ``journal.plan``'s
overlays of the packed tables, then ``journal.apply``: each written key packed once). With
``--base`` the other tree's ``claimlogic`` is imported too and the two alternate
round by round; each figure is the minimum over ``--rounds``, and the ratio is
base / this tree. ``--profile N`` prints cProfile's top
N functions of analyze with extraction (or, with ``--stage observe``, of observe)
instead. ``--dump PATH`` writes each article's observation (story, duplicate, alerts
with ``created_at``) as JSON lines, sorted keys, to compare two trees' behaviour byte for
byte; it times nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import pstats
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STAGES = (
    "extract",
    "signature",
    "analyze(given)",
    "analyze(full)",
    "observe",
    "observe(packed)",
    "plan+apply(packed)",
)


Tree = tuple[ModuleType, ModuleType, ModuleType, dict[str, ModuleType]]


def load_tree(root: Path) -> Tree:
    """(brain, dedup, extract, all its claimlogic modules) imported from ``root``.

    Only ``claimlogic`` is taken from ``root``; ``topics`` and ``bench`` are this tree's.
    """
    for name in [m for m in sys.modules if m.split(".")[0] == "claimlogic"]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        brain, dedup, ex, _journal = (
            importlib.import_module(m)
            for m in (
                "claimlogic.brain",
                "claimlogic.dedup",
                "claimlogic.extract",
                "claimlogic.journal",  # for plan+apply (in the tree's own modules)
            )
        )
    finally:
        sys.path.pop(0)
    assert brain.__file__ and brain.__file__.startswith(str(root)), brain.__file__
    own = {k: v for k, v in sys.modules.items() if k.split(".")[0] == "claimlogic"}
    return brain, dedup, ex, own


def analyzed_records(tree: Tree, arts: list) -> list[dict[str, Any]]:
    """analyze() with the corpus' claims, round-tripped through JSON as the brain reads them."""
    brain = tree[0]
    sys.modules.update(tree[3])
    return [json.loads(json.dumps(brain.analyze(a, claims=c))) for a, c in arts]


def observe_all(tree: Tree, recs: list[dict[str, Any]], packed: bool = False) -> list[Any]:
    """Observations of ``recs`` folded in order into fresh tables: plain dicts, or with
    ``packed`` the worker's containers (``brain.new_tables``)."""
    brain = tree[0]
    tables = brain.new_tables() if packed else {n: {} for n in brain.BRAIN_TABLES}
    cfg = brain.BrainConfig()
    return [
        brain.observe(tables, r, now=1_760_000_000.0 + 30 * i, config=cfg)
        for i, r in enumerate(recs)
    ]


def plan_apply_all(tree: Tree, recs: list[dict[str, Any]]) -> list[Any]:
    """As :func:`observe_all` on packed tables, the way the worker's brain observes: on
    ``journal.plan``'s overlays (reads through, writes kept aside), then ``journal.apply``
    packing the writes into the tables once per key."""
    brain = tree[0]
    journal = tree[3]["claimlogic.journal"]
    tables = brain.new_tables()
    cfg = brain.BrainConfig()
    out = []
    for i, r in enumerate(recs):
        now = 1_760_000_000.0 + 30 * i
        observation, changes = journal.plan(
            tables, lambda views, r=r, now=now: brain.observe(views, r, now=now, config=cfg)
        )
        journal.apply(tables, changes)
        out.append(observation)
    return out


def time_stages(tree: Tree, arts: list) -> dict[str, float]:
    """CPU seconds of each stage over ``arts`` ((Article, claims) pairs)."""
    brain, dedup, ex, own = tree
    # analyze() imports the extractor when called: it must find this tree's modules
    sys.modules.update(own)
    out: dict[str, float] = {}
    t = time.process_time()
    for a, _ in arts:
        ex.extract_claims(a.text)
    out["extract"] = time.process_time() - t
    t = time.process_time()
    for a, _ in arts:
        dedup.signature(a.text)
    out["signature"] = time.process_time() - t
    t = time.process_time()
    recs = [brain.analyze(a, claims=c) for a, c in arts]
    out["analyze(given)"] = time.process_time() - t
    t = time.process_time()
    for a, _ in arts:
        brain.analyze(a)
    out["analyze(full)"] = time.process_time() - t
    recs = [json.loads(json.dumps(r)) for r in recs]  # as read from the analyzed topic
    tables: dict[str, dict[str, Any]] = {n: {} for n in brain.BRAIN_TABLES}
    cfg = brain.BrainConfig()
    t = time.process_time()
    for i, r in enumerate(recs):
        brain.observe(tables, r, now=1_760_000_000.0 + 30 * i, config=cfg)
    out["observe"] = time.process_time() - t
    t = time.process_time()
    observe_all(tree, recs, packed=True)  # the worker's tables: values decoded per read
    out["observe(packed)"] = time.process_time() - t
    t = time.process_time()
    plan_apply_all(tree, recs)  # as the worker: overlays, then the writes packed once
    out["plan+apply(packed)"] = time.process_time() - t
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--base", type=Path, help="another source tree to compare with")
    ap.add_argument("--profile", type=int, metavar="N", help="cProfile top N of a stage")
    ap.add_argument("--stage", choices=("analyze", "observe"), default="analyze")
    ap.add_argument("--dump", type=Path, help="write each observation as a JSON line")
    ap.add_argument("--packed", action="store_true", help="profile/dump on brain.new_tables")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.corpus import iter_bulk

    arts = list(iter_bulk(args.articles))
    trees = {"this": load_tree(ROOT)}
    if args.dump:
        obs = observe_all(trees["this"], analyzed_records(trees["this"], arts), args.packed)
        with args.dump.open("w") as f:
            for o in obs:
                f.write(json.dumps(o.to_dict(), sort_keys=True) + "\n")
        n_alerts = sum(len(o.alerts) for o in obs)
        print(f"{len(obs)} observations, {n_alerts} alerts -> {args.dump}")
        return
    if args.profile:
        brain = trees["this"][0]
        sys.modules.update(trees["this"][3])
        recs = analyzed_records(trees["this"], arts) if args.stage == "observe" else []
        prof = cProfile.Profile()
        prof.enable()
        if args.stage == "observe":
            observe_all(trees["this"], recs, packed=args.packed)
        else:
            for a, _ in arts:
                brain.analyze(a)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
        return
    if args.base:
        trees["base"] = load_tree(args.base.resolve())
    best: dict[tuple[str, str], float] = {}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            for stage, sec in time_stages(tree, arts).items():
                best[name, stage] = min(best.get((name, stage), float("inf")), sec)
    n = len(arts)
    for stage in STAGES:
        line = f"{stage:18s} {1000 * best['this', stage] / n:7.3f} ms/article"
        if args.base:
            b = best["base", stage]
            line += f"   base {1000 * b / n:7.3f}   base/this {b / best['this', stage]:5.2f}x"
        print(line)


if __name__ == "__main__":
    main()
