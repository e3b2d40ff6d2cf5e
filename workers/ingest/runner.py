"""The ingestion worker: poll sources, fetch new or changed articles, extract, publish.

One task per source polls it every ``interval_s`` (with +-10 % jitter); a slow or
failing site only delays its own task. For each poll:

1. the listing (feed, sitemap and nested sitemaps, URL list) is fetched with
   conditional GET; a 304 means nothing new;
2. each entry is decided from the state: unknown -> fetch; known and the listing
   shows a newer date -> fetch (conditional); known without dates -> re-checked
   after ``recheck_after_s``; failed earlier -> retried (up to 5 polls);
3. fetched pages are extracted in the process pool; skipped pages are recorded
   with their reason; a text whose hash equals the last published one is not
   republished; otherwise the article is published (``origin="ingest"``) -- a
   known id with a new hash is a new version;
4. every failure goes to the dead-letter topic with URL, stage and reason;
5. state is written only after the broker acknowledged the record, and the
   listing's validators only when every entry reached a final state.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from claimwatch import metrics
from claimwatch.kafka import producer
from claimwatch.settings import Settings
from topics.catalog import ARTICLES, DEAD_LETTER
from topics.schemas import MAX_ARTICLE_BYTES, Article, article_id_for, dead_letter_record, encode

from .config import ConfigError, IngestConfig, Source, load_config
from .discover import Entry, ListingError, newest_first, parse_feed, parse_sitemap, parse_url_list
from .extract import ExtractionError, Extractor
from .fetch import Fetcher, FetchError, RobotsDenied, build_client, decode_html, gunzip_capped
from .robots import RobotsCache
from .state import IngestState
from .urls import UnsafeURLError, canonicalize
from .urls import safe_url as redact_url

log = logging.getLogger(__name__)

#: A URL that failed this many polls in a row is left alone until its listing date changes.
MAX_FAILURES = 5
#: Most nested sitemaps followed in one poll of a sitemap index.
MAX_NESTED_SITEMAPS = 50


class Publisher(Protocol):
    """Where records go. ``send`` returns once the record is acknowledged."""

    async def send(self, topic: str, key: bytes, value: bytes) -> None: ...


class MemoryPublisher:
    """In-memory publisher for tests: keeps (topic, key, value) tuples; can fail on demand."""

    def __init__(self) -> None:
        self.records: list[tuple[str, bytes, bytes]] = []
        self.fail_next = 0

    async def send(self, topic: str, key: bytes, value: bytes) -> None:
        if self.fail_next > 0:
            self.fail_next -= 1
            raise ConnectionError("publisher unavailable (test)")
        self.records.append((topic, key, value))

    def on(self, topic: str) -> list[dict[str, Any]]:
        import json

        return [json.loads(v) for t, _, v in self.records if t == topic]


class KafkaPublisher:
    """aiokafka producer (acks=all, no idempotence: Tansu rejects it); ``send`` awaits the ack."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._producer: Any = None

    async def start(self) -> None:
        self._producer = producer(self.settings)
        await self._producer.start()

    async def send(self, topic: str, key: bytes, value: bytes) -> None:
        await self._producer.send_and_wait(topic, value, key=key)

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()


@dataclass
class IngestReport:
    """What a run did (cumulative over polls)."""

    polls: int = 0
    published_new: int = 0
    published_versions: int = 0
    unchanged: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    dead_letters: int = 0
    publish_errors: int = 0
    elapsed_s: float = 0.0

    @property
    def published(self) -> int:
        return self.published_new + self.published_versions

    def as_dict(self) -> dict[str, Any]:
        return {
            "polls": self.polls,
            "published_new": self.published_new,
            "published_versions": self.published_versions,
            "unchanged": dict(self.unchanged),
            "skipped": dict(self.skipped),
            "failures": dict(self.failures),
            "dead_letters": self.dead_letters,
            "publish_errors": self.publish_errors,
            "elapsed_s": round(self.elapsed_s, 3),
        }


@dataclass(slots=True)
class _Listed:
    entries: list[Entry] = field(default_factory=list)
    #: (listing url, etag, last-modified) to remember once the poll completes.
    validators: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    complete: bool = True


class PublishError(Exception):
    pass


class Ingestor:
    """Polls sources and handles their entries (see module doc)."""

    def __init__(
        self,
        settings: Settings,
        config: IngestConfig,
        *,
        publisher: Publisher,
        client: httpx.AsyncClient,
        state: IngestState,
        extractor: Extractor,
    ) -> None:
        self.settings = settings
        self.config = config
        self.publisher = publisher
        self.state = state
        self.extractor = extractor
        self.robots = RobotsCache(
            settings.user_agent, config.fetch.robots_ttl_s, config.fetch.max_crawl_delay_s
        )
        self.fetcher = Fetcher(
            client,
            config.fetch,
            user_agent=settings.user_agent,
            allow_private=settings.ingest_allow_private,
            robots=self.robots,
        )
        self.report = IngestReport()
        self._inflight: dict[str, asyncio.Future[bool]] = {}
        self._id_locks: dict[str, asyncio.Lock] = {}
        for src in config.sources:
            if src.per_host_min_interval_s > 0 and src.url and "://" in src.url:
                self.fetcher.set_min_interval(src.url, src.per_host_min_interval_s)

    # --- sources ---------------------------------------------------------------

    async def poll(self, src: Source) -> None:
        """One poll of one source; never raises (failures are dead-lettered and counted)."""
        try:
            listed = await self._discover(src)
        except FetchError as exc:
            await self._fail(
                exc.stage if exc.stage != "ingest-fetch" else "ingest-discover",
                exc.reason,
                exc.url,
                exc.body,
                record_page=False,
            )
            metrics.INGEST_POLLS.labels(src.kind, "error").inc()
            self.report.polls += 1
            return
        except (ListingError, OSError, UnsafeURLError) as exc:
            await self._fail(
                "ingest-discover", str(exc), src.url or src.name, b"", record_page=False
            )
            metrics.INGEST_POLLS.labels(src.kind, "error").inc()
            self.report.polls += 1
            return
        entries = newest_first(listed.entries)
        if len(entries) > src.max_items:
            log.info("%s: %d entries, taking the newest %d", src.name, len(entries), src.max_items)
            entries = entries[: src.max_items]
            listed.complete = False
        slots = asyncio.Semaphore(max(1, src.max_in_flight))

        async def bounded(e: Entry) -> bool:
            async with slots:
                return await self._entry(src, e)

        results = await asyncio.gather(*(bounded(e) for e in entries), return_exceptions=True)
        final = True
        for e, r in zip(entries, results, strict=True):
            if isinstance(r, BaseException):
                log.error("%s: unexpected error on %s: %r", src.name, redact_url(e.url), r)
                self.report.failures["ingest-internal"] += 1
                final = False
            elif r is False:
                final = False
        if final and listed.complete:
            for url, etag, last_modified in listed.validators:
                self.state.record_listing(url, etag, last_modified)
        metrics.INGEST_POLLS.labels(src.kind, "ok" if final else "partial").inc()
        self.report.polls += 1

    async def _discover(self, src: Source) -> _Listed:
        out = _Listed()
        if src.kind == "urls":
            if src.urls:
                out.entries += parse_url_list("\n".join(src.urls))
            if src.url and "://" in src.url:
                res = await self._fetch_listing(src.url, "urls", out)
                if res is not None:
                    text = res.content.decode(res.charset or "utf-8", "replace")
                    out.entries += parse_url_list(text, res.final_url)
            elif src.url:
                out.entries += parse_url_list(Path(src.url).read_text(encoding="utf-8"))
            return out
        if src.kind == "feed":
            res = await self._fetch_listing(canonicalize(src.url), "feed", out)
            if res is not None:
                listing = await asyncio.to_thread(parse_feed, res.content, res.final_url)
                out.entries += listing.entries
            return out
        await self._sitemap(canonicalize(src.url), src, out, depth=0, budget=[MAX_NESTED_SITEMAPS])
        return out

    async def _sitemap(
        self, url: str, src: Source, out: _Listed, depth: int, budget: list[int]
    ) -> None:
        res = await self._fetch_listing(url, "sitemap", out)
        if res is None:
            return
        content = res.content
        if content[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as a file
            try:
                content = gunzip_capped(content, self.config.fetch.max_decoded_bytes)
            except Exception as exc:
                raise ListingError(
                    f"{redact_url(url)}: bad gzip sitemap ({type(exc).__name__})"
                ) from None
        listing = await asyncio.to_thread(parse_sitemap, content, res.final_url)
        out.entries += listing.entries
        for nested in listing.sitemaps:
            if depth + 1 > src.max_sitemap_depth or budget[0] <= 0:
                log.warning(
                    "%s: sitemap index deeper or larger than allowed; rest skipped", src.name
                )
                out.complete = False
                break
            budget[0] -= 1
            try:
                await self._sitemap(nested.url, src, out, depth + 1, budget)
            except (FetchError, ListingError) as exc:
                stage = getattr(exc, "stage", "ingest-discover")
                reason = getattr(exc, "reason", str(exc))
                await self._fail(
                    "ingest-discover" if stage == "ingest-fetch" else stage,
                    reason,
                    nested.url,
                    b"",
                    record_page=False,
                )
                out.complete = False

    async def _fetch_listing(self, url: str, kind: str, out: _Listed) -> Any:
        known = self.state.listing(url)
        res = await self.fetcher.fetch(
            url,
            kind,
            etag=known.etag if known else None,
            last_modified=known.last_modified if known else None,
        )
        if res.not_modified:
            self.report.unchanged["listing-304"] += 1
            return None
        out.validators.append((url, res.etag, res.last_modified))
        return res

    # --- entries ---------------------------------------------------------------

    def _due(self, src: Source, entry: Entry) -> tuple[bool, str]:
        st = self.state.page(entry.url)
        if st is None:
            return True, "new"
        if st.failures > 0 and st.failures < MAX_FAILURES:
            return True, "retry"
        if entry.updated:
            # Without a listing date on record, the time we last fetched it stands in.
            known = st.listing_updated or datetime.fromtimestamp(st.checked_at, UTC).isoformat(
                timespec="seconds"
            )
            if entry.updated > known:
                return True, "listing-newer"
            return False, "listing-same"
        if src.recheck_after_s > 0 and time.time() - st.checked_at >= src.recheck_after_s:
            return True, "recheck"
        return False, "recently-checked"

    async def _entry(self, src: Source, entry: Entry) -> bool:
        """Handle one listed URL. Returns True when it reached a final state.

        A URL listed by two sources polled at the same time is fetched once: the
        second waits for the first and then decides from the updated state.
        """
        while (running := self._inflight.get(entry.url)) is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(running)
        task = asyncio.ensure_future(self._entry_once(src, entry))
        self._inflight[entry.url] = task
        try:
            return await asyncio.shield(task)
        finally:
            if self._inflight.get(entry.url) is task:
                del self._inflight[entry.url]

    async def _entry_once(self, src: Source, entry: Entry) -> bool:
        due, why = self._due(src, entry)
        if not due:
            self.report.unchanged[why] += 1
            metrics.INGEST_UNCHANGED.labels("listing").inc()
            return True
        st = self.state.page(entry.url)
        try:
            return await self._fetch_and_publish(src, entry, st)
        except PublishError:
            return False

    async def _fetch_and_publish(self, src: Source, entry: Entry, st: Any) -> bool:
        url = entry.url
        try:
            res = await self.fetcher.fetch(
                url,
                "article",
                etag=st.etag if st and st.content_hash else None,
                last_modified=st.last_modified if st and st.content_hash else None,
            )
        except RobotsDenied as exc:
            await self._fail(exc.stage, exc.reason, url, b"", outcome="denied", entry=entry)
            return True
        except FetchError as exc:
            await self._fail(exc.stage, exc.reason, url, exc.body, entry=entry)
            return self._gave_up(url)
        if res.not_modified:
            self.state.record_page(
                url,
                outcome=st.outcome if st else "published",
                listing_updated=entry.updated,
                etag=res.etag or (st.etag if st else None),
                last_modified=res.last_modified or (st.last_modified if st else None),
            )
            self.report.unchanged["304"] += 1
            metrics.INGEST_UNCHANGED.labels("304").inc()
            return True
        html, _charset = decode_html(res.content, res.charset)
        try:
            ex = await self.extractor.extract(
                html, res.final_url, min_text_chars=src.min_text_chars or None
            )
        except ExtractionError as exc:
            await self._fail("ingest-extract", exc.reason, url, res.content, entry=entry)
            return self._gave_up(url)
        ex_skip: str | None = ex.skip
        if not ex_skip and len(ex.text.encode("utf-8")) > MAX_ARTICLE_BYTES:
            ex_skip = "too-long"
        if ex_skip:
            log.info("skipped %s: %s", redact_url(url), ex_skip)
            metrics.INGEST_SKIPPED.labels(ex_skip).inc()
            self.report.skipped[ex_skip] += 1
            self.state.record_page(
                url,
                outcome="skipped",
                reason=ex_skip,
                listing_updated=entry.updated,
                etag=res.etag,
                last_modified=res.last_modified,
            )
            return True
        article_url = self._article_url(url, res.final_url, ex.canonical_url)
        article = Article.create(
            ex.text,
            url=article_url,
            title=ex.title or entry.title,
            outlet=src.outlet or ex.sitename or urlsplit(article_url).hostname,
            author=ex.author,
            published_at=ex.date or entry.updated,
            lang=ex.lang,
            origin="ingest",
        )
        # Two listing URLs may carry the same article (same canonical link): decide and
        # publish one at a time per article id.
        lock = self._id_locks.setdefault(article.id, asyncio.Lock())
        try:
            async with lock:
                return await self._publish(url, entry, res, article, st)
        finally:
            if not lock.locked() and self._id_locks.get(article.id) is lock:
                del self._id_locks[article.id]

    async def _publish(self, url: str, entry: Entry, res: Any, article: Article, st: Any) -> bool:
        st = self.state.page(url)
        previous = self._last_hash(url, article.id, st)
        if previous == article.content_hash:
            self.state.record_page(
                url,
                outcome="published",
                article_id=article.id,
                listing_updated=entry.updated,
                etag=res.etag,
                last_modified=res.last_modified,
            )
            self.report.unchanged["same-content"] += 1
            metrics.INGEST_UNCHANGED.labels("same-content").inc()
            return True
        try:
            await self.publisher.send(ARTICLES, article.id.encode(), encode(article.to_dict()))
        except Exception as exc:
            self.report.publish_errors += 1
            metrics.INGEST_FAILURES.labels("ingest-publish").inc()
            log.error("publishing %s failed: %s", redact_url(url), exc)
            raise PublishError(str(exc)) from None
        version = previous is not None
        self.state.record_page(
            url,
            outcome="published",
            article_id=article.id,
            content_hash=article.content_hash,
            new_version=True,
            listing_updated=entry.updated,
            etag=res.etag,
            last_modified=res.last_modified,
        )
        if version:
            self.report.published_versions += 1
            metrics.INGEST_ARTICLES.labels("version").inc()
        else:
            self.report.published_new += 1
            metrics.INGEST_ARTICLES.labels("new").inc()
        log.info(
            "published %s %s (%s)", "version of" if version else "new", article.id, redact_url(url)
        )
        return True

    def _gave_up(self, url: str) -> bool:
        st = self.state.page(url)
        return st is not None and st.failures >= MAX_FAILURES

    def _last_hash(self, url: str, article_id: str, st: Any) -> str | None:
        if st is not None and st.content_hash:
            return str(st.content_hash)
        row = self.state._db.execute(
            "SELECT content_hash FROM pages WHERE article_id = ? AND content_hash IS NOT NULL"
            " ORDER BY checked_at DESC LIMIT 1",
            (article_id,),
        ).fetchone()
        return row[0] if row else None

    @staticmethod
    def _article_url(url: str, final_url: str, canonical: str | None) -> str:
        """The page's canonical link if on the same host as the fetched page, else the URL."""
        try:
            final = canonicalize(final_url)
        except UnsafeURLError:
            final = url
        if canonical:
            try:
                canon = canonicalize(canonical, final)
            except UnsafeURLError:
                return final
            if urlsplit(canon).hostname == urlsplit(final).hostname:
                return canon
        return final

    async def _fail(
        self,
        stage: str,
        reason: str,
        url: str,
        payload: bytes,
        *,
        record_page: bool = True,
        outcome: str = "failed",
        entry: Entry | None = None,
    ) -> None:
        log.warning("%s %s: %s", stage, redact_url(url), reason)
        self.report.failures[stage] += 1
        metrics.INGEST_FAILURES.labels(stage).inc()
        record = dead_letter_record(
            stage=stage, reason=reason, payload=payload or None, url=redact_url(url)
        )
        try:
            await self.publisher.send(DEAD_LETTER, article_id_for(url, "").encode(), encode(record))
        except Exception as exc:
            self.report.publish_errors += 1
            log.error("dead-lettering %s failed: %s", redact_url(url), exc)
            raise PublishError(str(exc)) from None
        self.report.dead_letters += 1
        metrics.DEAD_LETTERS.labels(stage).inc()
        if record_page:
            self.state.record_page(
                url,
                outcome=outcome,
                reason=reason,
                listing_updated=entry.updated if entry else None,
                failed=outcome == "failed",
            )

    # --- loop ------------------------------------------------------------------

    async def run_source_forever(self, src: Source, stop: asyncio.Event) -> None:
        rng = random.Random()
        while not stop.is_set():
            started = time.monotonic()
            try:
                await self.poll(src)
            except PublishError:
                pass
            except Exception:  # never let one source kill the worker
                log.exception("%s: poll failed", src.name)
                self.report.failures["ingest-internal"] += 1
            wait = max(0.0, src.interval_s * rng.uniform(0.9, 1.1) - (time.monotonic() - started))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), wait)


async def run_ingest(
    settings: Settings,
    *,
    once: bool,
    publisher: Publisher | None = None,
    client: httpx.AsyncClient | None = None,
    config: IngestConfig | None = None,
    stop: asyncio.Event | None = None,
    shutdown_grace_s: float = 10.0,
    serve_web: bool = False,
) -> IngestReport:
    """Run the ingestion workers until ``stop`` is set (or one poll per source if ``once``).

    ``config`` defaults to ``load_config(settings.ingest_config)``; ``publisher``
    to a Kafka producer from settings; ``client`` to a client built from the
    ``[fetch]`` section. Injected ones are not closed here. When ``stop`` is set,
    polls in progress get ``shutdown_grace_s`` seconds to finish, then are cancelled.
    ``serve_web`` serves ``/metrics`` and ``/healthz`` on ``settings.web_host:web_port``
    (what Prometheus and ``claimwatch healthcheck`` read in the Compose stack).
    """
    cfg = config or load_config(settings.ingest_config)
    # httpx logs every request URL at INFO; URLs may carry tokens, and our own
    # logs print them masked (urls.safe_url).
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger(name).level))
    started = time.monotonic()
    own_publisher = publisher is None
    kafka: KafkaPublisher | None = None
    if publisher is None:
        kafka = KafkaPublisher(settings)
        await kafka.start()
        publisher = kafka
    own_client = client is None
    http = client or build_client(
        cfg.fetch, settings.user_agent, allow_private=settings.ingest_allow_private
    )
    state = IngestState.in_dir(settings.ingest_state_dir)
    extractor = Extractor(cfg.extract)
    ing = Ingestor(
        settings, cfg, publisher=publisher, client=http, state=state, extractor=extractor
    )
    stop = stop or asyncio.Event()
    web_runner = await _start_web(settings, ing) if serve_web else None
    try:
        await extractor.start()
        if once:

            async def one(src: Source) -> None:
                with contextlib.suppress(PublishError):
                    await ing.poll(src)

            await asyncio.gather(*(one(s) for s in cfg.sources))
        else:
            tasks = [asyncio.create_task(ing.run_source_forever(s, stop)) for s in cfg.sources]
            try:
                await stop.wait()
                # Let polls in progress finish for a while, then cut them: a record
                # published but not yet remembered is republished once on restart.
                _done, pending = await asyncio.wait(tasks, timeout=shutdown_grace_s)
                for t in pending:
                    t.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            finally:
                for t in tasks:
                    t.cancel()
    finally:
        if web_runner is not None:
            await web_runner.cleanup()
        await extractor.close()
        if own_client:
            await http.aclose()
        if own_publisher and kafka is not None:
            await kafka.stop()
        state.close()
        ing.report.elapsed_s = time.monotonic() - started
    log.info("ingest finished: %s", ing.report.as_dict())
    return ing.report


async def _start_web(settings: Settings, ing: Ingestor) -> Any:
    """/metrics (default registry) and /healthz ({"status": "ok", ...}) for the worker."""
    from aiohttp import web
    from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

    async def metrics_view(_request: web.Request) -> web.Response:
        return web.Response(
            body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    async def health(_request: web.Request) -> web.Response:
        rep = ing.report
        return web.json_response(
            {
                "status": "ok",
                "role": "ingest",
                "polls": rep.polls,
                "published": rep.published,
                "sources": len(ing.config.sources),
            }
        )

    app = web.Application()
    app.router.add_get("/metrics", metrics_view)
    app.router.add_get("/healthz", health)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.web_host, settings.web_port).start()
    log.info("ingest: /metrics and /healthz on %s:%d", settings.web_host, settings.web_port)
    return runner


def main(settings: Settings, once: bool = False) -> int:
    """Sync entry point: runs until SIGINT/SIGTERM (or one poll per source). Exit code 0/1."""

    async def _run() -> IngestReport:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        return await run_ingest(settings, once=once, stop=stop, serve_web=not once)

    try:
        report = asyncio.run(_run())
    except ConfigError as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.as_dict(), sort_keys=True))
    return 1 if report.publish_errors else 0
