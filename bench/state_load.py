"""How fast a worker reads the brain's state back (start-up and take-over time).

    .venv/bin/python -m bench.state_load --articles 10000

Runs the pure brain over a generated corpus on an embedded stack, persisting
its writes as the worker does (steps of ``--step`` records through
``workers.brainstore.BrainStore``), then times a fresh store's load of the
whole brain-state topic and checks the tables it read back equal the ones
written. Not part of the test run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Mapping
from typing import Any

from bench.corpus import iter_bulk
from claimlogic import brain, journal, statelog
from claimwatch import kafka
from claimwatch.embedded import EmbeddedStack
from topics.catalog import topic_specs
from workers.brainstore import BrainStore


def _plain(tables: Mapping[str, Mapping[Any, Any]]) -> Any:
    """The tables as JSON data, whatever their containers (the band index included)."""
    return json.loads(json.dumps({name: dict(table.items()) for name, table in tables.items()}))


async def run(stack: EmbeddedStack, articles: int, step_records: int) -> dict[str, float]:
    settings = stack.settings()
    await kafka.create_topics(settings, topic_specs(settings.app_id))
    writer = BrainStore(settings)
    await writer.ensure_loaded()
    config = brain.BrainConfig()
    step = statelog.Step(0)
    for n, (article, _) in enumerate(iter_bulk(articles, seed=3)):
        record = brain.analyze(article)
        now = 1.7e9 + n

        def observe(tables: journal.Tables, r: dict = record, at: float = now) -> brain.Observation:
            return brain.observe(tables, r, now=at, config=config)

        observation, changes = journal.plan(writer.tables, observe)
        journal.apply(writer.tables, changes)
        step.add(changes)
        step.journal(f"0:{n}", {"alerts": observation.alerts})
        if (n + 1) % step_records == 0:
            await writer.persist(step)
            step = statelog.Step(step.number + 1)
    await writer.persist(step)
    reader = BrainStore(settings)
    started = time.perf_counter()
    await reader.ensure_loaded()
    took = time.perf_counter() - started
    records = (await kafka.true_end_offsets(settings, [(reader.topic, 0)]))[reader.tp]
    same = _plain(reader.tables) == _plain(writer.tables)
    await writer.close()
    await reader.close()
    if not same:
        raise AssertionError("the tables read back differ from the tables written")
    return {"articles": articles, "records": records, "load_s": took}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--step", type=int, default=30, help="records per state step")
    args = ap.parse_args(argv)
    with EmbeddedStack() as stack:
        r = asyncio.run(run(stack, args.articles, args.step))
    print(
        f"{r['articles']} articles: {r['records']:.0f} state records read back in"
        f" {r['load_s']:.1f} s ({r['records'] / r['load_s']:.0f} records/s,"
        f" {r['articles'] / r['load_s']:.0f} articles/s); tables equal to those written"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
