"""Measure the brain's state per N articles: Python memory (tracemalloc) and JSON bytes.

    .venv/bin/python bench/memory.py --articles 100000

Streams synthetic articles (bench/corpus.iter_bulk: shootings reported by 1-3
outlets, 20% syndicated copies, 2 figures per original) through analyze() and
observe() with plain-dict tables, no expiry (everything within the horizon).
Then rebuilds the tables from their JSON (what a worker restores from the
changelogs) under tracemalloc, and reports traced bytes per table, the JSON
size per table, and the mean time of observe() and analyze().
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import iter_bulk
from claimlogic.brain import BRAIN_TABLES, BrainConfig, analyze, observe, stats


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    args = ap.parse_args()
    cfg = BrainConfig()
    tables: dict[str, dict] = {n: {} for n in BRAIN_TABLES}
    t_an = t_ob = 0.0
    now = 1_760_000_000.0
    n = 0
    for art, claims in iter_bulk(args.articles):
        t = time.perf_counter()
        rec = json.loads(json.dumps(analyze(art, claims=claims)))
        t_an += time.perf_counter() - t
        t = time.perf_counter()
        observe(tables, rec, now=now + n, config=cfg)
        t_ob += time.perf_counter() - t
        n += 1
    dumped = {name: {k: json.dumps(v) for k, v in tab.items()} for name, tab in tables.items()}
    st = stats(tables)
    del tables
    gc.collect()
    per_table = {}
    tracemalloc.start()
    total = 0
    rebuilt = {}
    for name, tab in dumped.items():
        before = tracemalloc.get_traced_memory()[0]
        rebuilt[name] = {k.encode().decode(): json.loads(v) for k, v in tab.items()}
        gc.collect()
        used = tracemalloc.get_traced_memory()[0] - before
        per_table[name] = used
        total += used
    tracemalloc.stop()
    scale = 100_000 / n
    print(
        f"articles: {n}  (duplicates: exact {st['duplicates_exact']}, near {st['duplicates_near']};"
        f" stories {st['stories_open']}; figures {st['figures_tracked']})"
    )
    print(f"analyze: {1000 * t_an / n:.2f} ms/article   observe: {1000 * t_ob / n:.3f} ms/article")
    print(f"{'table':<16}{'entries':>10}{'MiB (python)':>15}{'MiB (json)':>12}")
    for name in BRAIN_TABLES:
        js = sum(len(k) + len(v) for k, v in dumped[name].items())
        print(
            f"{name:<16}{len(dumped[name]):>10}{per_table[name] / 2**20:>15.1f}{js / 2**20:>12.1f}"
        )
    js_total = sum(len(k) + len(v) for tab in dumped.values() for k, v in tab.items())
    print(f"{'total':<16}{'':>10}{total / 2**20:>15.1f}{js_total / 2**20:>12.1f}")
    print(
        f"per 100,000 articles: {total * scale / 2**20:.0f} MiB python objects, "
        f"{js_total * scale / 2**20:.0f} MiB JSON"
    )


if __name__ == "__main__":
    main()
