"""run_ingest end to end against the loopback news site, with an in-memory publisher."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY

from claimwatch.settings import Settings
from topics.catalog import ARTICLES, DEAD_LETTER
from topics.schemas import parse_article
from workers.ingest import MemoryPublisher, parse_config, run_ingest
from workers.ingest.testsite import NewsSite, SiteServer

pytestmark = pytest.mark.integration

FETCH = {
    "read_timeout_s": 2.0,
    "total_timeout_s": 5.0,
    "backoff_base_s": 0.05,
    "backoff_max_s": 0.2,
    "max_retries": 2,
    "per_host_concurrency": 4,
    "per_host_min_interval_s": 0.0,
}
EXTRACT = {"workers": 1, "timeout_s": 20.0}


@pytest.fixture
def server() -> Iterator[SiteServer]:
    srv = SiteServer(NewsSite(n_articles=12))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(ingest_allow_private=True, ingest_state_dir=str(tmp_path / "state"))


def config(*sources: dict[str, Any], fetch: dict[str, Any] | None = None) -> Any:
    return parse_config(
        {"fetch": {**FETCH, **(fetch or {})}, "extract": EXTRACT, "sources": list(sources)}
    )


def article_hits(site: NewsSite) -> dict[str, int]:
    return {p: n for p, n in site.hits.items() if p.startswith("/news/")}


async def test_feed_publishes_every_article_once_with_metadata(server, settings):
    cfg = config({"name": "rss", "kind": "feed", "url": server.base + "/feed.xml"})
    pub = MemoryPublisher()
    report = await run_ingest(settings, once=True, publisher=pub, config=cfg)
    assert report.published_new == 12 and report.dead_letters == 0
    arts = [parse_article(v) for t, _, v in pub.records if t == ARTICLES]
    assert len({a.id for a in arts}) == 12
    keys = {k.decode() for t, k, _ in pub.records if t == ARTICLES}
    assert keys == {a.id for a in arts}
    a = next(a for a in arts if a.url and a.url.endswith("/news/story-4.html"))
    # Tracking parameters from the feed link are gone; the canonical URL is the page's.
    assert a.url == server.base + "/news/story-4.html"
    assert a.title == "Story 4: officials give new defence figures"
    assert a.author == "Jane Reporter" and a.outlet == "The Loopback Herald"
    assert a.lang == "en" and a.published_at == "2026-11-20" and a.origin == "ingest"
    assert "brigades" in a.text and "Most read" not in a.text and "cookies" not in a.text

    # A second run (a restart: fresh process state, same state dir) publishes nothing,
    # refetches no article and asks for the feed conditionally (304).
    pub2 = MemoryPublisher()
    report2 = await run_ingest(settings, once=True, publisher=pub2, config=cfg)
    assert pub2.records == [] and report2.unchanged["listing-304"] == 1
    assert set(article_hits(server.site).values()) == {1}


async def test_every_listing_kind_is_discovered(server, settings, tmp_path):
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text(f"# ours\n{server.base}/news/story-1.html?utm_campaign=x\n\n")
    cfg = config(
        {"name": "atom", "kind": "feed", "url": server.base + "/atom.xml"},
        {"name": "news", "kind": "sitemap", "url": server.base + "/news-sitemap.xml"},
        {"name": "index", "kind": "sitemap", "url": server.base + "/sitemap-index.xml"},
        {"name": "list", "kind": "urls", "url": server.base + "/urls.txt"},
        {"name": "file", "kind": "urls", "url": str(urls_file)},
        {"name": "inline", "kind": "urls", "urls": [server.base + "/news/story-2.html#top"]},
    )
    pub = MemoryPublisher()
    report = await run_ingest(settings, once=True, publisher=pub, config=cfg)
    assert report.published_new == 12 and report.dead_letters == 0, report.as_dict()
    # Six sources list the same twelve URLs: each page was fetched exactly once.
    assert article_hits(server.site) == {f"/news/story-{n}.html": 1 for n in range(12)}
    # Both halves of the index were read, the second one gzipped.
    assert (
        server.site.hits["/sitemap-part.xml"] == 1 and server.site.hits["/sitemap-part.xml.gz"] == 1
    )


async def test_changed_article_is_published_as_a_new_version(server, settings):
    cfg = config({"name": "sm", "kind": "sitemap", "url": server.base + "/sitemap.xml"})
    pub = MemoryPublisher()
    await run_ingest(settings, once=True, publisher=pub, config=cfg)
    first = {a["url"]: a for a in pub.on(ARTICLES)}
    server.site.versions[3] = 2  # new text and a newer lastmod for story 3
    pub2 = MemoryPublisher()
    report = await run_ingest(settings, once=True, publisher=pub2, config=cfg)
    assert report.published_versions == 1 and report.published_new == 0
    [v2] = pub2.on(ARTICLES)
    v1 = first[v2["url"]]
    assert v2["id"] == v1["id"] and v2["content_hash"] != v1["content_hash"]
    assert "version 2" in v2["text"]
    hits = article_hits(server.site)
    assert hits.pop("/news/story-3.html") == 2 and set(hits.values()) == {1}


async def test_unchanged_content_is_not_republished(server, settings):
    """Without dates in the listing, a due recheck that finds the same text publishes nothing."""
    cfg = config(
        {
            "name": "l",
            "kind": "urls",
            "urls": [server.base + "/charset/wrong"],
            "recheck_after_s": 0.001,
        }
    )
    pub = MemoryPublisher()
    await run_ingest(settings, once=True, publisher=pub, config=cfg)
    time.sleep(0.01)
    report = await run_ingest(settings, once=True, publisher=pub, config=cfg)
    assert len(pub.on(ARTICLES)) == 1 and report.unchanged["same-content"] == 1
    assert server.site.hits["/charset/wrong"] == 2


async def test_failures_are_dead_lettered_and_never_stop_the_run(server, settings):
    server.site.flaky_failures = 1
    bad = [
        "/image.png",
        "/private/secret",
        "/loop/a",
        "/bomb",
        "/flaky/x",
        "/short",
        "/section",
        "/charset/missing",
        "/nope-404",
    ]
    cfg = config(
        {"name": "mixed", "kind": "urls", "urls": [server.base + p for p in bad]},
        {"name": "rss", "kind": "feed", "url": server.base + "/feed.xml"},
    )
    pub = MemoryPublisher()
    report = await run_ingest(settings, once=True, publisher=pub, config=cfg)
    dead = {d["url"].removeprefix(server.base): d for d in pub.on(DEAD_LETTER)}
    assert set(dead) == {"/image.png", "/private/secret", "/loop/a", "/bomb", "/nope-404"}
    assert dead["/private/secret"]["stage"] == "ingest-robots"
    assert "content type" in dead["/image.png"]["reason"]
    assert "redirect loop" in dead["/loop/a"]["reason"]
    assert "decompressed" in dead["/bomb"]["reason"]
    assert dead["/nope-404"]["reason"] == "HTTP 404"
    assert all(d["stage"].startswith("ingest-") for d in dead.values())
    # Skips are recorded with their reason, not dead-lettered.
    assert report.skipped == Counter({"too-short": 1, "non-article": 1})
    # The flaky page (500 then 200) is a copy of story 11 (its canonical link says so):
    # same id, same text, so not published twice. The cp1252 page was published.
    assert server.site.hits["/flaky/x"] == 2 and report.unchanged["same-content"] == 1
    assert report.published_new == 13
    texts = {a["url"].removeprefix(server.base): a["text"] for a in pub.on(ARTICLES)}
    assert "ministère" in texts["/charset/missing"]


async def test_failed_publish_is_retried_on_the_next_poll_without_duplicates(server, settings):
    cfg = config({"name": "rss", "kind": "feed", "url": server.base + "/feed.xml"})
    pub = MemoryPublisher()
    pub.fail_next = 2  # the broker is down for the first two sends
    report = await run_ingest(settings, once=True, publisher=pub, config=cfg)
    assert report.publish_errors == 2 and len(pub.on(ARTICLES)) == 10
    report2 = await run_ingest(settings, once=True, publisher=pub, config=cfg)
    # The feed was not remembered as read (validators kept back), so the two are picked up.
    assert report2.published_new == 2 and report2.unchanged["listing-304"] == 0
    ids = [a["id"] for a in pub.on(ARTICLES)]
    assert len(ids) == len(set(ids)) == 12


async def test_a_stalled_site_does_not_delay_the_others(server, settings):
    server.site.slow_s = 30.0
    slow = [f"http://localhost:{server.port}/slow/{i}" for i in range(6)]
    cfg = config(
        {"name": "stalled", "kind": "urls", "urls": slow, "interval_s": 60},
        {"name": "rss", "kind": "feed", "url": server.base + "/feed.xml", "interval_s": 60},
        fetch={"read_timeout_s": 20.0, "total_timeout_s": 25.0},
    )
    pub = MemoryPublisher()
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_ingest(settings, once=False, publisher=pub, config=cfg, stop=stop, shutdown_grace_s=0.5)
    )
    t0 = time.monotonic()
    while len(pub.on(ARTICLES)) < 12 and time.monotonic() - t0 < 15:
        await asyncio.sleep(0.1)
    elapsed = time.monotonic() - t0
    assert len(pub.on(ARTICLES)) == 12 and elapsed < 10
    assert server.site.inflight > 0  # the stalled site is still holding its requests
    # Stopping does not wait for the stalled requests beyond the grace period.
    stop.set()
    t0 = time.monotonic()
    report = await asyncio.wait_for(task, 10)
    assert time.monotonic() - t0 < 5 and report.published_new == 12


async def test_no_secrets_in_logs_or_dead_letters(server, settings, caplog):
    caplog.set_level(logging.DEBUG)
    secret_url = server.base.replace("http://", "http://bob:pa55word@") + "/nope?token=s3cret&p=1"
    cfg = config({"name": "l", "kind": "urls", "urls": [secret_url]})
    pub = MemoryPublisher()
    await run_ingest(settings, once=True, publisher=pub, config=cfg)
    [dead] = pub.on(DEAD_LETTER)
    assert dead["reason"] == "HTTP 404" and "p=1" in dead["url"]
    everything = caplog.text + repr(pub.records)
    assert "s3cret" not in everything and "pa55word" not in everything


async def test_forever_mode_polls_again_and_stops_on_request(server, settings):
    cfg = config(
        {"name": "rss", "kind": "feed", "url": server.base + "/feed.xml", "interval_s": 0.3}
    )
    pub = MemoryPublisher()
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_ingest(settings, once=False, publisher=pub, config=cfg, stop=stop)
    )
    t0 = time.monotonic()
    while len(pub.on(ARTICLES)) < 12 and time.monotonic() - t0 < 10:
        await asyncio.sleep(0.05)
    server.site.n_articles = 13  # a new article appears in the feed
    t0 = time.monotonic()
    while len(pub.on(ARTICLES)) < 13 and time.monotonic() - t0 < 5:
        await asyncio.sleep(0.05)
    stop.set()
    report = await asyncio.wait_for(task, 10)
    assert report.published_new == 13 and report.polls >= 2


async def test_known_article_is_rechecked_with_a_conditional_get(server, settings):
    url = server.base + "/news/story-1.html"
    cfg = config({"name": "l", "kind": "urls", "urls": [url], "recheck_after_s": 0.001})
    pub = MemoryPublisher()
    await run_ingest(settings, once=True, publisher=pub, config=cfg)
    time.sleep(0.01)
    report = await run_ingest(settings, once=True, publisher=pub, config=cfg)
    assert report.unchanged["304"] == 1 and len(pub.on(ARTICLES)) == 1
    second = [h for _, p, h in server.site.requests if p == "/news/story-1.html"][1]
    assert second.get("If-None-Match") and second.get("If-Modified-Since")


async def test_metrics_are_recorded(server, settings):
    def value(name: str, **labels: str) -> float:
        return REGISTRY.get_sample_value(name, labels) or 0.0

    names = [
        ("claimwatch_ingest_fetch_seconds_count", {"kind": "article"}),
        ("claimwatch_ingest_fetch_seconds_count", {"kind": "feed"}),
        ("claimwatch_ingest_responses_total", {"kind": "article", "status_class": "2xx"}),
        ("claimwatch_ingest_responses_total", {"kind": "article", "status_class": "4xx"}),
        ("claimwatch_ingest_bytes_total", {"kind": "article", "form": "wire"}),
        ("claimwatch_ingest_extraction_seconds_count", {}),
        ("claimwatch_ingest_articles_total", {"kind": "new"}),
        ("claimwatch_ingest_skipped_total", {"reason": "too-short"}),
        ("claimwatch_ingest_failures_total", {"stage": "ingest-fetch"}),
        ("claimwatch_ingest_robots_denied_total", {}),
        ("claimwatch_dead_letters_total", {"stage": "ingest-robots"}),
        ("claimwatch_ingest_polls_total", {"kind": "feed", "outcome": "ok"}),
    ]
    before = {(n, tuple(sorted(lb.items()))): value(n, **lb) for n, lb in names}
    cfg = config(
        {"name": "rss", "kind": "feed", "url": server.base + "/feed.xml"},
        {
            "name": "bad",
            "kind": "urls",
            "urls": [server.base + p for p in ("/short", "/nope", "/private/x")],
        },
    )
    await run_ingest(settings, once=True, publisher=MemoryPublisher(), config=cfg)
    for n, lb in names:
        assert value(n, **lb) > before[(n, tuple(sorted(lb.items())))], (n, lb)
