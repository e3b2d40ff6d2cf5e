"""Article extraction with trafilatura, off the event loop.

Documents go to a ``ProcessPoolExecutor`` (spawned workers, each replaced after
``max_tasks_per_child`` documents; trafilatura's caches are reset every 50
documents in a worker). Each document has a timeout: when it passes, the
whole pool is torn down -- its processes are terminated, since a future that
timed out would otherwise keep a worker busy forever -- and a new pool takes
over; documents that were in flight in the old pool are retried once.

The worker returns the text and metadata (title, author, date, site name,
canonical URL, language, og:type) or a skip reason: ``no-content``,
``too-short``, ``non-article``.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import re
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from claimwatch import metrics
from workers.children import die_with_parent

from .config import ExtractConfig

log = logging.getLogger(__name__)

_RESET_EVERY = 50
_worker_count = 0

_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)", re.I
)
_META_LANG = re.compile(
    r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*[\"']?([A-Za-z]{2,3})",
    re.I,
)
_OG_LOCALE = re.compile(
    r"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']([A-Za-z]{2,3})", re.I
)


class ExtractionError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Extracted:
    """The result of one extraction: text and metadata, or a skip reason."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    canonical_url: str | None = None
    lang: str | None = None
    pagetype: str | None = None
    skip: str | None = None
    elapsed_s: float = 0.0


def detect_lang(html: str) -> str | None:
    head = html[:20000]
    for rx in (_HTML_LANG, _META_LANG, _OG_LOCALE):
        m = rx.search(head)
        if m:
            return m.group(1).split("-")[0].split("_")[0].lower()
    return None


def extract_document(
    html: str, url: str, min_text_chars: int, non_article_types: tuple[str, ...]
) -> dict[str, Any]:
    """Run trafilatura on one document (in a worker process). Returns a plain dict."""
    global _worker_count
    import trafilatura
    from trafilatura.meta import reset_caches

    _worker_count += 1
    if _worker_count % _RESET_EVERY == 0:
        reset_caches()
    start = time.perf_counter()
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        deduplicate=True,
    )
    elapsed = time.perf_counter() - start
    if doc is None:
        return {"skip": "no-content", "elapsed_s": elapsed}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    pagetype = (data.get("pagetype") or "").strip().lower() or None
    out = {
        "text": text,
        "title": data.get("title") or None,
        "author": data.get("author") or None,
        "date": data.get("date") or None,
        "sitename": data.get("sitename") or None,
        "canonical_url": data.get("url") or None,
        "lang": data.get("language") or detect_lang(html),
        "pagetype": pagetype,
        "elapsed_s": elapsed,
    }
    if (pagetype and pagetype in non_article_types) or urlsplit(url).path in ("", "/"):
        out["skip"] = "non-article"  # declared so, or a site's home page
    elif not text:
        out["skip"] = "no-content"
    elif len(text) < min_text_chars:
        out["skip"] = "too-short"
    return out


def _warm() -> bool:
    import trafilatura  # noqa: F401  (import once per worker, off the first document's clock)

    return True


class Extractor:
    """Runs :func:`extract_document` in a recycled process pool with a per-document timeout."""

    def __init__(self, config: ExtractConfig) -> None:
        self.config = config
        self._pool: Executor | None = None
        self._generation = 0
        self._lock = asyncio.Lock()
        # At most one queued document per worker: the timeout measures the extraction,
        # not the wait behind other documents.
        self._slots = asyncio.Semaphore(max(1, config.workers))
        self.pools_started = 0

    def _new_pool(self) -> Executor:
        self.pools_started += 1
        if self.config.workers <= 0:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")
        return ProcessPoolExecutor(
            max_workers=self.config.workers,
            mp_context=multiprocessing.get_context("spawn"),
            max_tasks_per_child=self.config.max_tasks_per_child,
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )

    async def start(self) -> None:
        """Start the pool and import trafilatura in its workers."""
        if self._pool is None:
            self._pool = self._new_pool()
        loop = asyncio.get_running_loop()
        n = max(1, self.config.workers)
        await asyncio.gather(*(loop.run_in_executor(self._pool, _warm) for _ in range(n)))

    def _kill_pool(self, pool: Executor) -> None:
        # ProcessPoolExecutor has no public way to stop a running task: terminate its
        # processes (private attribute, present in CPython 3.8-3.13).
        procs = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            if proc.is_alive():
                proc.terminate()

    async def _recycle(self, generation: int) -> None:
        async with self._lock:
            if generation != self._generation or self._pool is None:
                return  # someone else already replaced it
            old = self._pool
            self._generation += 1
            self._pool = self._new_pool()
        self._kill_pool(old)

    async def extract(self, html: str, url: str, *, min_text_chars: int | None = None) -> Extracted:
        """Extract one document; raises ExtractionError on timeout or failure."""
        cfg = self.config
        min_chars = min_text_chars or cfg.min_text_chars
        if len(html) > cfg.max_html_chars:
            metrics.INGEST_SKIPPED.labels("too-large").inc()
            return Extracted(skip="too-large")
        async with self._slots:
            return await self._extract(html, url, min_chars)

    async def _extract(self, html: str, url: str, min_chars: int) -> Extracted:
        cfg = self.config
        if self._pool is None:
            self._pool = self._new_pool()
        loop = asyncio.get_running_loop()
        start = time.monotonic()
        try:
            for attempt in (1, 2):
                generation, pool = self._generation, self._pool
                fut = loop.run_in_executor(
                    pool, extract_document, html, url, min_chars, cfg.non_article_types
                )
                try:
                    data = await asyncio.wait_for(fut, cfg.timeout_s)
                    break
                except TimeoutError:
                    metrics.INGEST_EXTRACTION_FAILURES.labels("timeout").inc()
                    await self._recycle(generation)
                    raise ExtractionError(
                        f"extraction timed out after {cfg.timeout_s:.0f}s"
                    ) from None
                except BrokenProcessPool:
                    # The pool was torn down under us (another document's timeout, a crash).
                    await self._recycle(generation)
                    if attempt == 2:
                        metrics.INGEST_EXTRACTION_FAILURES.labels("crash").inc()
                        raise ExtractionError("extraction worker crashed") from None
                except asyncio.CancelledError:
                    task = asyncio.current_task()
                    if (task is not None and task.cancelling()) or generation == self._generation:
                        raise
                    # Our future was cancelled by the teardown of a timed-out pool: retry.
                    if attempt == 2:
                        metrics.INGEST_EXTRACTION_FAILURES.labels("crash").inc()
                        raise ExtractionError("extraction pool was recycled twice") from None
                except Exception as exc:  # trafilatura/lxml error on this document
                    metrics.INGEST_EXTRACTION_FAILURES.labels("error").inc()
                    raise ExtractionError(
                        f"extraction failed: {type(exc).__name__}: {exc}"
                    ) from None
        finally:
            metrics.INGEST_EXTRACTION_SECONDS.observe(time.monotonic() - start)
        return Extracted(**data)

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await asyncio.get_running_loop().run_in_executor(
                None, lambda: pool.shutdown(wait=True, cancel_futures=True)
            )
