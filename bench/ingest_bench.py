"""Ingestion benchmark: articles/s fetched and extracted by run_ingest vs trafilatura alone.

    .venv/bin/python bench/ingest_bench.py [--pages 300] [--workers 2] [--repeat 3]

A loopback news site (workers.ingest.testsite, in its own process so it does
not share our GIL) serves ``--pages`` article pages listed in a sitemap.
We measure:

* ours: ``run_ingest(once=True)`` with an in-memory publisher: sitemap,
  robots.txt, every page fetched (politeness off: concurrency = 8, no spacing),
  decoded, extracted in the process pool (``--workers``), articles built and
  "published", state written. Pool start-up is excluded (it is paid once per
  worker lifetime), the first poll of an empty state is timed.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimwatch.settings import Settings
from workers.ingest import MemoryPublisher, parse_config, run_ingest
from workers.ingest.extract import extract_document
from workers.ingest.testsite import NewsSite, SiteServer, article_html


def _serve(pages: int, port_q: multiprocessing.Queue) -> None:
    srv = SiteServer(NewsSite(n_articles=pages))
    srv.start()
    port_q.put(srv.port)
    while True:
        time.sleep(3600)


def _extract_one(args: tuple[str, str]) -> int:
    html, url = args
    out = extract_document(html, url, 400, ("website",))
    return len(out.get("text", ""))


async def _ours(base: str, pages: int, workers: int) -> tuple[float, int]:
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
                }
            ],
        }
    )
    with tempfile.TemporaryDirectory() as state_dir:
        settings = Settings(ingest_allow_private=True, ingest_state_dir=state_dir)
        pub = MemoryPublisher()
        t0 = time.perf_counter()
        report = await run_ingest(settings, once=True, publisher=pub, config=cfg)
        total = time.perf_counter() - t0
    return total, report.published


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    server = ctx.Process(target=_serve, args=(args.pages, q), daemon=True)
    server.start()
    port = q.get(timeout=30)
    base = f"http://127.0.0.1:{port}"

    docs = [(article_html(n, base=base), f"{base}/news/story-{n}.html") for n in range(args.pages)]
    html_bytes = sum(len(h.encode()) for h, _ in docs)

    ours, alone_seq, alone_pool, published = [], [], [], 0
    # Pool start-up cost, measured once: subtracted from our runs so both sides
    # compare steady-state work (run_ingest starts its pool inside the timing).
    t0 = time.perf_counter()
    with ProcessPoolExecutor(args.workers, mp_context=ctx) as pool:
        list(pool.map(_extract_one, docs[: args.workers]))
    pool_start = time.perf_counter() - t0
    for _ in range(args.repeat):
        total, published = asyncio.run(_ours(base, args.pages, args.workers))
        ours.append(max(1e-9, total - pool_start))
        t0 = time.perf_counter()
        for d in docs:
            _extract_one(d)
        alone_seq.append(time.perf_counter() - t0)
        with ProcessPoolExecutor(args.workers, mp_context=ctx) as pool:
            list(pool.map(_extract_one, docs[: args.workers]))  # warm
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
        "pool_start_s": round(pool_start, 3),
        "ours_articles_per_s": round(rate(ours), 1),
        "trafilatura_sequential_articles_per_s": round(rate(alone_seq), 1),
        "trafilatura_pool_articles_per_s": round(rate(alone_pool), 1),
        "ratio_ours_vs_trafilatura_pool": round(rate(ours) / rate(alone_pool), 3),
        "ratio_ours_vs_trafilatura_sequential": round(rate(ours) / rate(alone_seq), 3),
        "ours_s": [round(t, 3) for t in ours],
        "trafilatura_sequential_s": [round(t, 3) for t in alone_seq],
        "trafilatura_pool_s": [round(t, 3) for t in alone_pool],
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
