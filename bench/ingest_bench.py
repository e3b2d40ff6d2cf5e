"""Ingestion benchmark: articles/s fetched and extracted by our worker vs trafilatura alone.

    .venv/bin/python bench/ingest_bench.py [--pages 300] [--workers 2] [--repeat 3] [--padding 0]

A loopback news site (workers.ingest.testsite, in its own process so it does
not share our GIL) serves ``--pages`` article pages listed in a sitemap.
We measure:

* ours: one poll of the runner (``Ingestor.poll``, what ``run_ingest`` does per
  source) with an in-memory publisher: sitemap, robots.txt, every page fetched
  (politeness off: per-host concurrency 8, no spacing), address and robots
  checks, decoded, extracted in the process pool (``--workers``), articles
  built and "published", state written to SQLite. The pool is started before
  the clock (its start-up is paid once per worker lifetime); the state is empty.
* trafilatura alone: the same HTML, already in memory, through the same
  ``bare_extraction`` call, (a) in one process, sequentially, and (b) in a
  ``ProcessPoolExecutor`` with ``--workers`` processes (same parallelism as ours).

The ratio ours / trafilatura-pool shows what fetching, politeness checks and
bookkeeping cost on top of extraction. Results go to stdout as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimwatch.settings import Settings
from workers.ingest import MemoryPublisher, parse_config
from workers.ingest.extract import Extractor, extract_document
from workers.ingest.fetch import build_client
from workers.ingest.runner import Ingestor
from workers.ingest.state import IngestState
from workers.ingest.testsite import NewsSite, SiteServer, article_html


def _serve(pages: int, padding: int, port_q: Any) -> None:
    srv = SiteServer(NewsSite(n_articles=pages, padding=padding))
    srv.start()
    port_q.put(srv.port)
    while True:
        time.sleep(3600)


def _extract_one(args: tuple[str, str]) -> int:
    html, url = args
    out = extract_document(html, url, 400, ("website",))
    return len(out.get("text", ""))


async def _ours(base: str, pages: int, workers: int) -> tuple[float, int]:
    """One poll of a sitemap listing every page, from an empty state; pool already started."""
    cfg = parse_config(
        {
            "fetch": {"per_host_concurrency": 8, "per_host_min_interval_s": 0.0},
            "extract": {"workers": workers, "timeout_s": 60.0},
            "sources": [
                {
                    "name": "bench",
                    "kind": "sitemap",
                    "url": base + "/sitemap.xml",
                    "max_items": pages,
                    "max_in_flight": 16,
                }
            ],
        }
    )
    settings = Settings(ingest_allow_private=True, user_agent="claimwatch-bench/1.0")
    with tempfile.TemporaryDirectory() as state_dir:
        state = IngestState.in_dir(state_dir)
        extractor = Extractor(cfg.extract)
        await extractor.start()
        async with build_client(cfg.fetch, settings.user_agent, allow_private=True) as client:
            pub = MemoryPublisher()
            ing = Ingestor(
                settings, cfg, publisher=pub, client=client, state=state, extractor=extractor
            )
            t0 = time.perf_counter()
            await ing.poll(cfg.sources[0])
            total = time.perf_counter() - t0
        await extractor.close()
        state.close()
    return total, ing.report.published


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--padding", type=int, default=0, help="boilerplate items per page (0.25 KB)")
    args = ap.parse_args()

    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    server = ctx.Process(target=_serve, args=(args.pages, args.padding, q), daemon=True)
    server.start()
    port = q.get(timeout=30)
    base = f"http://127.0.0.1:{port}"

    docs = [
        (article_html(n, base=base, padding=args.padding), f"{base}/news/story-{n}.html")
        for n in range(args.pages)
    ]
    html_bytes = sum(len(h.encode()) for h, _ in docs)
    load_before = os.getloadavg()

    ours, alone_seq, alone_pool, published = [], [], [], 0
    for _ in range(args.repeat):
        total, published = asyncio.run(_ours(base, args.pages, args.workers))
        ours.append(total)
        t0 = time.perf_counter()
        for d in docs:
            _extract_one(d)
        alone_seq.append(time.perf_counter() - t0)
        with ProcessPoolExecutor(args.workers, mp_context=ctx) as pool:
            list(pool.map(_extract_one, docs[: args.workers]))  # warm: import trafilatura
            t0 = time.perf_counter()
            list(pool.map(_extract_one, docs, chunksize=4))
            alone_pool.append(time.perf_counter() - t0)
    server.terminate()

    def rate(times: list[float]) -> float:
        return args.pages / statistics.median(times)

    result = {
        "pages": args.pages,
        "published": published,
        "avg_html_bytes": html_bytes // args.pages,
        "workers": args.workers,
        "repeat": args.repeat,
        "ours_articles_per_s": round(rate(ours), 1),
        "trafilatura_sequential_articles_per_s": round(rate(alone_seq), 1),
        "trafilatura_pool_articles_per_s": round(rate(alone_pool), 1),
        "ratio_ours_vs_trafilatura_pool": round(rate(ours) / rate(alone_pool), 3),
        "ratio_ours_vs_trafilatura_sequential": round(rate(ours) / rate(alone_seq), 3),
        "ours_s": [round(t, 3) for t in ours],
        "trafilatura_sequential_s": [round(t, 3) for t in alone_seq],
        "trafilatura_pool_s": [round(t, 3) for t in alone_pool],
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
