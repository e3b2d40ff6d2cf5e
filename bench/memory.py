"""Measure the brain's state per N articles: Python memory (tracemalloc), JSON bytes and,
with ``--state-log``, the bytes the worker writes to the brain-state topic.

    .venv/bin/python -m bench.memory --articles 100000
    .venv/bin/python -m bench.memory --articles 5000 --state-log

Streams synthetic articles (bench/corpus.iter_bulk: shootings reported by 1-3
outlets, 20% syndicated copies, 2 figures per original) through analyze() and
observe() on the worker's tables (``brain.new_tables``: compact containers; ``--tables
dicts`` for plain dicts), no expiry (everything within the horizon).
Then reads the tables back the way a worker does (the primary tables from their
JSON into the same kind of tables, the derived ones rebuilt by
``brain.rebuild_indexes``) under tracemalloc, and reports traced bytes per table,
the JSON size per table, and the mean time (CPU and wall) of observe() and
analyze().  A derived table has no JSON (it is never written).

Also prints the number of alerts raised and a digest of them (the same alerts, in the
same order, give the same digest: compare ``--tables packed`` and ``--tables dicts``).

``--state-log`` runs observe() the worker's way instead (journal.plan on overlays,
statelog.Step per 30 records) and also prints the encoded step bytes per article
by table; observe() then includes the overlay's cost.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import iter_bulk
from claimlogic import journal, packed, statelog
from claimlogic.brain import (
    BRAIN_TABLES,
    DERIVED_TABLES,
    BrainConfig,
    analyze,
    new_tables,
    observe,
    rebuild_indexes,
    stats,
)

#: Analyzed records per state step in --state-log (the worker's group size is similar).
STEP_RECORDS = 30


def _plain_tables() -> dict[str, MutableMapping[Any, Any]]:
    return {name: {} for name in BRAIN_TABLES}


#: The kinds of tables --tables chooses from.
TABLE_KINDS: dict[str, Callable[[], dict[str, MutableMapping[Any, Any]]]] = {
    "packed": new_tables,
    "dicts": _plain_tables,
}


def _index_size(index: MutableMapping[Any, Any]) -> int:
    """Bytes of a derived index: the dict, its keys and its tuples (its id strings are
    the primary tables' own, counted there); an array-based index says its own."""
    if isinstance(index, packed.BandIndex):
        return index.memory_bytes()
    size = sys.getsizeof(index)
    for k, v in index.items():
        size += sys.getsizeof(k) + (sys.getsizeof(v) if isinstance(v, tuple) else 0)
    return size


def state_readback(
    tables: dict[str, MutableMapping[Any, Any]],
    make_tables: Callable[[], dict[str, MutableMapping[Any, Any]]] = new_tables,
) -> dict[str, Any]:
    """Bytes of the brain's state as a worker holds it after reading it back.

    The primary tables go through JSON (as they do through the brain-state topic) and
    are read into ``make_tables()``'s tables under tracemalloc, the derived ones
    rebuilt by ``rebuild_indexes``; returns the
    traced bytes per table, the memory saved by id strings shared on load
    (``shared_bytes``, negative), the total, the JSON bytes per primary table, entry
    counts and the rebuild's CPU seconds (under tracemalloc: slower than in a worker).
    ``tables`` is only read.
    """
    entries = {name: len(tab) for name, tab in tables.items()}
    dumped = {
        name: {k: packed.dumps(v) for k, v in tab.items()}
        for name, tab in tables.items()
        if name not in DERIVED_TABLES
    }
    json_per_table = {
        name: sum(len(k) + len(v) for k, v in tab.items()) for name, tab in dumped.items()
    }
    gc.collect()
    per_table: dict[str, int] = {}
    tracemalloc.start()
    rebuilt = make_tables()
    for name, tab in dumped.items():
        before = tracemalloc.get_traced_memory()[0]
        target = rebuilt[name]
        for k, v in tab.items():
            target[k.encode().decode()] = packed.loads(v)
        gc.collect()
        per_table[name] = tracemalloc.get_traced_memory()[0] - before
    del dumped
    before = tracemalloc.get_traced_memory()[0]
    cpu = time.process_time()
    rebuild_indexes(rebuilt)
    rebuild_cpu = time.process_time() - cpu
    gc.collect()
    # what rebuilding allocated, net: the derived tables, less the repeated id strings
    # it replaced by their table keys' (reported on their own)
    rebuild_net = tracemalloc.get_traced_memory()[0] - before
    for name in DERIVED_TABLES:
        per_table[name] = _index_size(rebuilt[name])
    shared = rebuild_net - sum(per_table[name] for name in DERIVED_TABLES)
    tracemalloc.stop()
    del rebuilt
    return {
        "python_bytes": sum(per_table.values()) + shared,
        "json_bytes": sum(json_per_table.values()),
        "per_table": per_table,
        "shared_bytes": shared,
        "json_per_table": json_per_table,
        "entries": entries,
        "rebuild_cpu_s": rebuild_cpu,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--state-log", action="store_true", help="also measure state-topic bytes")
    ap.add_argument("--tables", choices=sorted(TABLE_KINDS), default="packed")
    args = ap.parse_args()
    cfg = BrainConfig()
    make_tables = TABLE_KINDS[args.tables]
    tables = make_tables()
    t_an = t_ob = 0.0
    cpu_an = cpu_ob = 0.0
    now = 1_760_000_000.0
    n = 0
    log_bytes: Counter[str] = Counter()
    log_records: Counter[str] = Counter()
    step = statelog.Step(0)
    alert_ids = hashlib.sha256()  # of every alert raised, in order: same alerts, same digest
    n_alerts = 0

    def flush(step: statelog.Step) -> None:
        for key, value in step.encode():
            table = key.decode().partition("/")[0]
            log_bytes[table] += len(key) + len(value or b"")
            log_records[table] += 1

    for art, claims in iter_bulk(args.articles):
        t, c = time.perf_counter(), time.process_time()
        rec = json.loads(json.dumps(analyze(art, claims=claims)))
        t_an += time.perf_counter() - t
        cpu_an += time.process_time() - c
        t, c = time.perf_counter(), time.process_time()
        if args.state_log:
            obs, changes = journal.plan(
                tables, lambda v, r=rec, at=now + n: observe(v, r, now=at, config=cfg)
            )
            journal.apply(tables, changes)
            step.add(changes)
            step.journal(f"0:{n}", {"alerts": obs.alerts})
        else:
            obs = observe(tables, rec, now=now + n, config=cfg)
        t_ob += time.perf_counter() - t
        cpu_ob += time.process_time() - c
        for alert in obs.alerts:
            alert_ids.update(packed.dumps(alert) + b"\n")
        n_alerts += len(obs.alerts)
        n += 1
        if args.state_log and n % STEP_RECORDS == 0:
            flush(step)
            step = statelog.Step(step.number + 1)
    if args.state_log and step.writes:
        flush(step)
    st = stats(tables)
    m = state_readback(tables, make_tables)
    del tables
    per_table, shared, total = m["per_table"], m["shared_bytes"], m["python_bytes"]
    entries, json_per_table, rebuild_cpu = m["entries"], m["json_per_table"], m["rebuild_cpu_s"]
    scale = 100_000 / n
    print(
        f"articles: {n}  (duplicates: exact {st['duplicates_exact']}, near {st['duplicates_near']};"
        f" stories {st['stories_open']}; figures {st['figures_tracked']})"
    )
    print(f"alerts: {n_alerts}  (sha256 of their JSON, in order: {alert_ids.hexdigest()[:16]})")
    print(
        f"analyze: {1000 * t_an / n:.2f} ms/article   observe: {1000 * t_ob / n:.3f} ms/article"
        f"   rebuild_indexes: {1000 * rebuild_cpu:.0f} ms CPU (under tracemalloc)"
    )
    print(
        f"CPU: analyze {1000 * cpu_an / n:.3f} + observe {1000 * cpu_ob / n:.3f}"
        f" = {1000 * (cpu_an + cpu_ob) / n:.3f} ms/article   (tables: {args.tables})"
    )
    print(f"{'table':<16}{'entries':>10}{'MiB (python)':>15}{'MiB (json)':>12}")
    for name in BRAIN_TABLES:
        js = json_per_table.get(name, 0)
        print(f"{name:<16}{entries[name]:>10}{per_table[name] / 2**20:>15.1f}{js / 2**20:>12.1f}")
    js_total = m["json_bytes"]
    print(f"{'shared on load':<16}{'':>10}{shared / 2**20:>15.1f}")
    print(f"{'total':<16}{'':>10}{total / 2**20:>15.1f}{js_total / 2**20:>12.1f}")
    print(
        f"per 100,000 articles: {total * scale / 2**20:.0f} MiB python objects, "
        f"{js_total * scale / 2**20:.0f} MiB JSON"
    )
    if args.state_log:
        print(f"state topic, per article ({STEP_RECORDS} records per step):")
        for table, size in log_bytes.most_common():
            print(f"  {table:<16}{size / n:>8.0f} B {log_records[table] / n:>7.2f} records")
        print(
            f"  {'total':<16}{sum(log_bytes.values()) / n:>8.0f} B"
            f" {sum(log_records.values()) / n:>7.2f} records"
        )


if __name__ == "__main__":
    main()
