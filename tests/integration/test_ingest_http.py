"""Fetcher behaviour against a real HTTP server on 127.0.0.1 (workers.ingest.testsite)."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace

import httpx
import pytest
from prometheus_client import REGISTRY

from workers.ingest.config import FetchConfig
from workers.ingest.fetch import Fetcher, FetchError, RobotsDenied, build_client, decode_html
from workers.ingest.robots import RobotsCache
from workers.ingest.testsite import NewsSite, SiteServer

pytestmark = pytest.mark.integration

UA = "claimwatch-test/1.0 (+https://example.invalid/bot)"
FAST = FetchConfig(
    connect_timeout_s=2.0,
    read_timeout_s=2.0,
    total_timeout_s=5.0,
    max_retries=3,
    backoff_base_s=0.05,
    backoff_max_s=0.2,
    per_host_concurrency=4,
    per_host_min_interval_s=0.0,
    max_body_bytes=2 * 1024 * 1024,
    max_decoded_bytes=4 * 1024 * 1024,
)


@pytest.fixture
def server() -> Iterator[SiteServer]:
    srv = SiteServer(NewsSite(n_articles=10))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    c = build_client(FAST, UA, allow_private=True)
    yield c
    await c.aclose()


def make_fetcher(client: httpx.AsyncClient, cfg: FetchConfig = FAST, **kw: object) -> Fetcher:
    return Fetcher(
        client,
        cfg,
        user_agent=UA,
        allow_private=kw.pop("allow_private", True),  # type: ignore[arg-type]
        robots=RobotsCache(UA, cfg.robots_ttl_s),
        **kw,  # type: ignore[arg-type]
    )


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_fetches_article_with_user_agent_and_validators(server, client):
    f = make_fetcher(client)
    res = await f.fetch(server.base + "/news/story-1.html")
    assert res.status == 200 and res.media_type == "text/html" and res.charset == "utf-8"
    assert b"Story 1" in res.content and res.etag and res.last_modified
    ua = [h.get("User-Agent") for _, path, h in server.site.requests if path.startswith("/news/")]
    assert ua == [UA]
    # Conditional GET: the validators make the server answer 304 with no body.
    again = await f.fetch(server.base + "/news/story-1.html", etag=res.etag)
    assert again.not_modified and again.content == b""
    sent = [h for _, path, h in server.site.requests if path.startswith("/news/")][-1]
    assert sent.get("If-None-Match") == res.etag


async def test_read_timeout_is_retried_then_fails(server, client):
    server.site.slow_s = 1.5
    cfg = replace(FAST, read_timeout_s=0.3, max_retries=1)
    async with build_client(cfg, UA, allow_private=True) as c:
        f = make_fetcher(c, cfg)
        t0 = time.monotonic()
        with pytest.raises(FetchError) as err:
            await f.fetch(server.base + "/slow/x")
    assert "timeout" in err.value.reason and "2 attempts" in err.value.reason
    assert server.site.hits["/slow/x"] == 2
    assert time.monotonic() - t0 < 3.0


async def test_total_timeout_stops_a_slow_drip(server, client):
    cfg = replace(FAST, read_timeout_s=1.0, total_timeout_s=0.8, max_retries=0)
    async with build_client(cfg, UA, allow_private=True) as c:
        f = make_fetcher(c, cfg)
        t0 = time.monotonic()
        with pytest.raises(FetchError) as err:
            await f.fetch(server.base + "/drip/x")
    assert "total" in err.value.reason
    assert time.monotonic() - t0 < 2.5


async def test_5xx_retried_with_backoff_until_success(server, client):
    before = sample("claimwatch_ingest_responses_total", kind="article", status_class="5xx")
    retries = sample("claimwatch_ingest_retries_total", reason="HTTP")
    res = await make_fetcher(client).fetch(server.base + "/flaky/a")
    assert res.status == 200 and b"Story 11" in res.content
    assert server.site.hits["/flaky/a"] == 3
    assert (
        sample("claimwatch_ingest_responses_total", kind="article", status_class="5xx")
        == before + 2
    )
    assert sample("claimwatch_ingest_retries_total", reason="HTTP") == retries + 2


async def test_5xx_gives_up_after_max_retries(server, client):
    server.site.flaky_failures = 10
    with pytest.raises(FetchError) as err:
        await make_fetcher(client, replace(FAST, max_retries=2)).fetch(server.base + "/flaky/b")
    assert err.value.status == 500 and "3 attempts" in err.value.reason
    assert server.site.hits["/flaky/b"] == 3


async def test_429_waits_for_retry_after(server, client):
    f = make_fetcher(client)
    res = await f.fetch(server.base + "/limited/a")
    assert res.status == 200
    times = [t for t, path, _ in server.site.requests if path == "/limited/a"]
    assert len(times) == 2 and times[1] - times[0] >= 0.95


async def test_retry_after_beyond_cap_fails_fast(server, client):
    cfg = replace(FAST, max_retry_after_s=0.5)
    t0 = time.monotonic()
    with pytest.raises(FetchError) as err:
        await make_fetcher(client, cfg).fetch(server.base + "/limited/b")
    assert "Retry-After" in err.value.reason and time.monotonic() - t0 < 0.9


async def test_redirect_loop_and_limit(server, client):
    f = make_fetcher(client)
    with pytest.raises(FetchError) as err:
        await f.fetch(server.base + "/loop/a")
    assert "redirect loop" in err.value.reason
    res = await f.fetch(server.base + "/hop/3")
    assert res.final_url.endswith("/news/story-5.html") and len(res.redirects) == 4
    with pytest.raises(FetchError) as err:
        await make_fetcher(client, replace(FAST, max_redirects=2)).fetch(server.base + "/hop/5")
    assert "more than 2 redirects" in err.value.reason


async def test_huge_body_is_cut_while_streaming(server, client):
    with pytest.raises(FetchError) as err:
        await make_fetcher(client).fetch(server.base + "/huge")
    assert "exceeds" in err.value.reason and str(FAST.max_body_bytes) in err.value.reason


async def test_gzip_bomb_is_stopped_at_the_decompressed_cap(server, client):
    wire_before = sample("claimwatch_ingest_bytes_total", kind="article", form="decoded")
    with pytest.raises(FetchError) as err:
        await make_fetcher(client).fetch(server.base + "/bomb")
    assert "decompressed body exceeds" in err.value.reason
    decoded = sample("claimwatch_ingest_bytes_total", kind="article", form="decoded") - wire_before
    assert decoded <= FAST.max_decoded_bytes + 1


@pytest.mark.parametrize("path", ["/charset/wrong", "/charset/missing", "/charset/meta"])
async def test_charset_wrong_or_missing_decodes_correctly(server, client, path):
    res = await make_fetcher(client).fetch(server.base + path)
    text, _ = decode_html(res.content, res.charset)
    assert "ministère" in text and "—" in text and "€" in text and "d’ici" in text
    assert "\ufffd" not in text and "Ã" not in text


async def test_non_html_content_type_is_refused_before_the_body(server, client):
    with pytest.raises(FetchError) as err:
        await make_fetcher(client).fetch(server.base + "/image.png")
    assert "content type 'image/png'" in err.value.reason


async def test_robots_disallow_is_honoured_and_cached(server, client):
    f = make_fetcher(client)
    before = sample("claimwatch_ingest_robots_denied_total")
    for slug in ("a", "b", "c"):
        with pytest.raises(RobotsDenied):
            await f.fetch(server.base + f"/private/{slug}")
    await f.fetch(server.base + "/news/story-2.html")
    assert not any(path.startswith("/private/") for _, path, _ in server.site.requests)
    assert server.site.hits["/robots.txt"] == 1
    assert sample("claimwatch_ingest_robots_denied_total") == before + 3


async def test_robots_crawl_delay_raises_the_host_interval(server, client):
    server.site.robots = "User-agent: claimwatch-test\nCrawl-delay: 1\nDisallow:\n"
    f = make_fetcher(client)
    await asyncio.gather(*(f.fetch(server.base + f"/news/story-{n}.html") for n in range(2)))
    times = sorted(t for t, path, _ in server.site.requests if path.startswith("/news/"))
    assert len(times) == 2 and times[1] - times[0] >= 0.95


async def test_robots_unreachable_disallows_and_missing_allows(server, client):
    server.site.robots = None  # the site answers 500 for robots.txt
    f = make_fetcher(client, replace(FAST, max_retries=0))
    with pytest.raises(RobotsDenied):
        await f.fetch(server.base + "/news/story-1.html")
    server.site.robots = ""  # 404: no rules at all
    f = make_fetcher(client)
    assert (await f.fetch(server.base + "/private/x")).status == 200


async def test_loopback_refused_unless_allowed(server, client):
    f = make_fetcher(client, allow_private=False)
    before = sample("claimwatch_ingest_unsafe_urls_total")
    for url in (server.base + "/news/story-1.html", f"http://localhost:{server.port}/"):
        with pytest.raises(FetchError) as err:
            await f.fetch(url)
        assert err.value.stage == "ingest-safety"
    with pytest.raises(FetchError):
        await f.fetch(f"ftp://127.0.0.1:{server.port}/x")
    assert server.site.requests == []
    assert sample("claimwatch_ingest_unsafe_urls_total") == before + 3


async def test_redirect_hops_are_checked(server, client, monkeypatch):
    """Every hop is checked: an allowed start cannot redirect to a refused address."""
    import workers.ingest.fetch as fetch_mod
    from workers.ingest.urls import UnsafeURLError

    checked: list[str] = []

    async def only_hops(url: str, *, allow_private: bool) -> None:
        checked.append(url)
        if "/hop/" not in url:  # pretend the redirect target resolves to 10.0.0.1
            raise UnsafeURLError("host has non-public address 10.0.0.1")

    monkeypatch.setattr(fetch_mod, "check_url", only_hops)
    f = make_fetcher(client)
    f.robots = None
    with pytest.raises(FetchError) as err:
        await f.fetch(server.base + "/hop/1")
    assert err.value.stage == "ingest-safety"
    assert checked[-1].endswith("/news/story-5.html") and len(checked) == 3
    assert not any(p.startswith("/news/") for _, p, _ in server.site.requests)


async def test_per_host_concurrency_and_spacing(server, client):
    server.site.slow_s = 0.3
    cfg = replace(FAST, per_host_concurrency=2, per_host_min_interval_s=0.1)
    f = make_fetcher(client, cfg)
    t0 = time.monotonic()
    await asyncio.gather(*(f.fetch(server.base + f"/slow/{i}") for i in range(6)))
    assert server.site.max_inflight == 2
    assert time.monotonic() - t0 >= 0.85  # 3 rounds of 0.3 s
    starts = sorted(t for t, path, _ in server.site.requests if path.startswith("/slow/"))
    assert all(b - a >= 0.09 for a, b in itertools.pairwise(starts))


async def test_connection_backend_refuses_private_addresses_at_connect_time(server, monkeypatch):
    """DNS rebinding: even if the pre-request check passed, the connection is refused."""
    import workers.ingest.fetch as fetch_mod

    async def passes(url: str, *, allow_private: bool) -> None:
        return None  # the name looked public when checked

    monkeypatch.setattr(fetch_mod, "check_url", passes)
    async with build_client(FAST, UA, allow_private=False) as c:
        f = make_fetcher(c, allow_private=False)
        f.robots = None
        with pytest.raises(FetchError) as err:
            await f.fetch(f"http://localhost:{server.port}/news/story-1.html")
    assert err.value.stage == "ingest-safety" and "loopback" in err.value.reason
    assert server.site.requests == []


async def test_connection_refused_is_retried_then_fails(client):
    from claimwatch.embedded import free_port

    port = free_port()  # nothing listens there
    f = make_fetcher(client, replace(FAST, max_retries=2))
    f.robots = None
    before = sample("claimwatch_ingest_responses_total", kind="article", status_class="error")
    with pytest.raises(FetchError) as err:
        await f.fetch(f"http://127.0.0.1:{port}/x")
    assert "ConnectError" in err.value.reason and "3 attempts" in err.value.reason
    assert (
        sample("claimwatch_ingest_responses_total", kind="article", status_class="error")
        == before + 3
    )
