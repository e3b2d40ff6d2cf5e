"""A news site on loopback for the ingestion tests and benchmark (aiohttp, own thread).

It serves realistic article pages (navigation, sidebar, related links, footer,
metadata), an RSS feed, an Atom feed, a sitemap, a news sitemap, a sitemap
index, a text URL list and robots.txt -- with ETag/Last-Modified and
conditional GET -- plus misbehaving endpoints:

=====================  ==========================================================
``/slow/<slug>``       waits ``slow_s`` before answering (read timeout)
``/drip/<slug>``       sends a byte every 0.2 s, forever-ish (total timeout)
``/flaky/<slug>``      500 for the first ``flaky_failures`` requests, then the page
``/limited/<slug>``    429 with Retry-After: 1 the first time, then the page
``/loop/a`` ``/loop/b``  redirect to each other
``/hop/<n>``           redirect chain of n hops to an article
``/huge``              20 MiB of HTML, chunked, no Content-Length
``/bomb``              ~50 KB gzip that inflates to 50 MB (Content-Encoding: gzip)
``/charset/wrong``     UTF-8 body declared as iso-8859-1
``/charset/missing``   windows-1252 body, no charset anywhere
``/charset/meta``      windows-1252 body, charset only in <meta>
``/image.png``         a PNG (content type check)
``/private/<slug>``    disallowed by robots.txt
``/short``             a page with two sentences
``/section``           a section front (og:type website, link lists)
=====================  ==========================================================

Not used by claimwatch itself; lives in the package so tests and bench share it.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

from aiohttp import web

_BASE_TIME = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)

_TOPICS = [
    (
        "defence",
        "The ministry said {n} brigades would be deployed to the eastern border by spring, "
        "up from the {m} announced in September.",
    ),
    (
        "economy",
        "Inflation slowed to {n}.{m} per cent in October, the statistics office said, "
        "the lowest reading since early last year.",
    ),
    (
        "migration",
        "Some {n},{m}00 people arrived on the islands over the weekend, according to "
        "the coastguard, more than twice the number a week earlier.",
    ),
    (
        "health",
        "Hospitals reported {n}{m} new admissions on Tuesday, the regional health "
        "authority said in its daily bulletin.",
    ),
]


def _paragraphs(n: int, version: int) -> list[str]:
    topic, lead = _TOPICS[n % len(_TOPICS)]
    a, b = 3 + n % 7 + (version - 1) * 2, 2 + n % 5
    paras = [lead.format(n=a, m=b)]
    fillers = [
        "Officials speaking on condition of anonymity said the plan had been discussed for "
        "several weeks and that the final figures could still change before the summit.",
        "Opposition lawmakers criticised the announcement, saying the government had given "
        "parliament no detailed breakdown of the costs or of the timetable involved.",
        f"Article {n} in our {topic} coverage: analysts said the numbers were broadly in line "
        "with earlier estimates, although regional data remained incomplete.",
        "A spokesperson declined to comment further, adding that a full statement would be "
        "published once the cabinet had reviewed the report on Thursday morning.",
        "Residents interviewed on Wednesday described mixed feelings about the decision, with "
        "some welcoming the clarity and others worried about what it would mean locally.",
    ]
    paras += fillers
    if version > 1:
        paras.append(
            f"Update (version {version}): the ministry later revised the figure to {a + 1}, "
            "citing a late change in the deployment schedule."
        )
    return paras


def article_html(
    n: int, version: int = 1, *, base: str = "", lang: str = "en", padding: int = 0
) -> str:
    """A realistic article page with boilerplate around the story.

    ``padding`` adds that many mega-menu links, inline-script lines and footer
    links (about 0.25 KB each), as real news pages carry tens to hundreds of KB
    of boilerplate around a few KB of story.
    """
    topic = _TOPICS[n % len(_TOPICS)][0]
    title = f"Story {n}: officials give new {topic} figures"
    published = (_BASE_TIME + timedelta(hours=n)).isoformat()
    body = "\n".join(f"      <p>{p}</p>" for p in _paragraphs(n, version))
    related = "\n".join(
        f'        <li><a href="{base}/news/story-{(n + k) % 997}.html">Story {(n + k) % 997}: '
        f"more on {topic}</a></li>"
        for k in range(1, 6)
    )
    menu = "".join(
        f'<li class="menu-item"><a href="/section/s{i}" data-track="nav-{i}">Section {i}</a></li>\n'
        for i in range(padding)
    )
    script = "".join(
        f"  window.__cfg_{i} = {{slot: 'ad-{i}', sizes: [[300, 250], [728, 90]]}};\n"
        for i in range(padding)
    )
    footer = "".join(
        f'<li><a href="/archive/{2000 + i % 26}/{i}">Archive page {i}</a></li>'
        for i in range(padding)
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} | The Loopback Herald</title>
  <meta name="description" content="Officials gave new figures on {topic}.">
  <meta name="author" content="Jane Reporter">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Loopback Herald">
  <meta property="og:title" content="{title}">
  <meta property="article:published_time" content="{published}">
  <link rel="canonical" href="{base}/news/story-{n}.html">
  <link rel="alternate" type="application/rss+xml" href="{base}/feed.xml">
</head>
<body>
  <header class="site-header">
    <a href="/" class="logo">The Loopback Herald</a>
    <nav><ul class="mega">{menu}
      <li><a href="/section/world">World</a></li><li><a href="/section/politics">Politics</a></li>
      <li><a href="/section/economy">Economy</a></li><li><a href="/section/sport">Sport</a></li>
    </ul></nav>
    <form action="/search"><input name="q" placeholder="Search"></form>
  </header>
  <div class="cookie-banner">We use cookies to improve your experience.
    <button>Accept</button></div>
  <main>
    <article class="story">
      <h1>{title}</h1>
      <p class="byline">By <span class="author">Jane Reporter</span>,
        <time datetime="{published}">{published[:10]}</time></p>
{body}
    </article>
    <aside class="sidebar">
      <h2>Most read</h2>
      <ul>
{related}
      </ul>
      <div class="ad">Advertisement</div>
    </aside>
  </main>
  <script>
{script}  </script>
  <footer>
    <ul class="archive">{footer}</ul>
    <p>&copy; 2026 The Loopback Herald. All rights reserved.</p>
    <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul>
  </footer>
</body>
</html>
"""


_SHORT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Brief</title>
<meta property="og:type" content="article"></head><body><article><h1>Brief</h1>
<p>Two brigades. More soon.</p></article></body></html>"""

_SECTION = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>World news</title>
<meta property="og:type" content="website"></head><body><h1>World</h1><ul>{items}</ul>
<p>{blurb}</p></body></html>"""

_CHARSET_TEXT = (
    "Le ministère a annoncé mercredi que quatre brigades — soit près de 11 000 soldats — "
    "seraient déployées d’ici le printemps, pour un coût estimé à 2,5 milliards d’euros (€)."
)


def _charset_page(meta: str = "") -> str:
    paras = "\n".join(f"<p>{_CHARSET_TEXT} Paragraphe {i}, détails à suivre.</p>" for i in range(6))
    return (
        f'<!DOCTYPE html><html lang="fr"><head>{meta}<title>Brigades déployées</title>'
        f'<meta property="og:type" content="article"></head><body><article>'
        f"<h1>Brigades déployées</h1>{paras}</article></body></html>"
    )


class NewsSite:
    """The site's content and behaviour; mutable from tests (versions, counts)."""

    def __init__(self, n_articles: int = 20, padding: int = 0) -> None:
        self.n_articles = n_articles
        self.padding = padding
        self.versions: dict[int, int] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[float, str, dict[str, str]]] = []
        self.flaky_failures = 2
        self.slow_s = 3.0
        self.base = ""
        self.extra_feed_urls: list[str] = []
        #: robots.txt body; None answers 500, "" answers 404.
        self.robots: str | None = "User-agent: *\nDisallow: /private/\n"
        self.inflight = 0
        #: Set when the server stops, so slow handlers end at once.
        self.closing: asyncio.Event | None = None
        self.max_inflight = 0

    # --- content ---------------------------------------------------------------
    def version(self, n: int) -> int:
        return self.versions.get(n, 1)

    def lastmod(self, n: int) -> datetime:
        return _BASE_TIME + timedelta(hours=n, days=self.version(n) - 1)

    def article_url(self, n: int) -> str:
        return f"{self.base}/news/story-{n}.html"

    def feed(self) -> str:
        items = "\n".join(
            f"<item><title>Story {n}</title>"
            f"<link>{self.article_url(n)}?utm_source=rss&amp;utm_medium=feed</link>"
            f'<guid isPermaLink="false">story-{n}</guid>'
            f"<pubDate>{format_datetime(self.lastmod(n))}</pubDate></item>"
            for n in range(self.n_articles)
        )
        extra = "\n".join(
            f"<item><title>x</title><link>{u}</link></item>" for u in self.extra_feed_urls
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>The Loopback Herald</title><link>{self.base}/</link>{items}{extra}"
            "</channel></rss>"
        )

    def atom(self) -> str:
        entries = "\n".join(
            f'<entry><title>Story {n}</title><link rel="alternate" href="/news/story-{n}.html"/>'
            f"<id>tag:herald,{n}</id><updated>{self.lastmod(n).isoformat()}</updated></entry>"
            for n in range(self.n_articles)
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Herald</title><id>tag:herald</id>{entries}</feed>"
        )

    def sitemap(self, start: int = 0, stop: int | None = None) -> str:
        stop = self.n_articles if stop is None else stop
        urls = "\n".join(
            f"<url><loc>{self.article_url(n)}</loc><lastmod>{self.lastmod(n).isoformat()}</lastmod></url>"
            for n in range(start, stop)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )

    def news_sitemap(self) -> str:
        urls = "\n".join(
            f"<url><loc>{self.article_url(n)}</loc><news:news><news:publication>"
            "<news:name>The Loopback Herald</news:name><news:language>en</news:language>"
            f"</news:publication><news:publication_date>{self.lastmod(n).isoformat()}"
            f"</news:publication_date><news:title>Story {n}</news:title></news:news></url>"
            for n in range(self.n_articles)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
        )

    def sitemap_index(self) -> str:
        half = self.n_articles // 2
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{self.base}/sitemap-part.xml?from=0&amp;to={half}</loc></sitemap>"
            f"<sitemap><loc>{self.base}/sitemap-part.xml.gz?from={half}&amp;to={self.n_articles}</loc></sitemap>"
            "</sitemapindex>"
        )

    # --- HTTP ------------------------------------------------------------------
    def _cached(
        self, request: web.Request, body: bytes, ctype: str, lastmod: datetime | None = None
    ) -> web.Response:
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"ETag": etag}
        if lastmod is not None:
            headers["Last-Modified"] = format_datetime(lastmod, usegmt=True)
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers=headers)
        return web.Response(body=body, content_type=ctype, charset="utf-8", headers=headers)

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._log])
        r = app.router
        xml = "application/xml"

        def cached(make: Any, ctype: str) -> Any:
            async def handler(q: web.Request) -> web.StreamResponse:
                return self._cached(q, make().encode(), ctype)

            return handler

        def static(make: Any) -> Any:
            async def handler(q: web.Request) -> web.StreamResponse:
                return make()

            return handler

        def redirect(to: str) -> Any:
            async def handler(q: web.Request) -> web.StreamResponse:
                raise web.HTTPFound(to)

            return handler

        def html(body: bytes, ctype: str) -> Any:
            return static(lambda: web.Response(body=body, headers={"Content-Type": ctype}))

        section = _SECTION.format(
            items="".join(
                f'<li><a href="/news/story-{i}.html">Story {i}</a></li>' for i in range(30)
            ),
            blurb=" ".join(["Read the latest world news, analysis and opinion."] * 12),
        )
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        r.add_get("/robots.txt", self._robots)
        r.add_get("/feed.xml", cached(self.feed, "application/rss+xml"))
        r.add_get("/atom.xml", cached(self.atom, "application/atom+xml"))
        r.add_get("/sitemap.xml", cached(self.sitemap, xml))
        r.add_get("/news-sitemap.xml", cached(self.news_sitemap, xml))
        r.add_get("/sitemap-index.xml", cached(self.sitemap_index, xml))
        r.add_get("/sitemap-part.xml", self._part)
        r.add_get("/sitemap-part.xml.gz", self._part_gz)
        r.add_get("/urls.txt", static(lambda: web.Response(text=self.url_list())))
        r.add_get("/news/story-{n:\\d+}.html", self._article)
        r.add_get("/private/{slug}", self._article_slug)
        r.add_get("/slow/{slug}", self._slow)
        r.add_get("/drip/{slug}", self._drip)
        r.add_get("/flaky/{slug}", self._flaky)
        r.add_get("/limited/{slug}", self._limited)
        r.add_get("/loop/a", redirect("/loop/b"))
        r.add_get("/loop/b", redirect("/loop/a"))
        r.add_get("/hop/{n:\\d+}", self._hop)
        r.add_get("/huge", self._huge)
        r.add_get("/bomb", self._bomb)
        r.add_get(
            "/charset/wrong",
            html(_charset_page().encode("utf-8"), "text/html; charset=iso-8859-1"),
        )
        r.add_get("/charset/missing", html(_charset_page().encode("cp1252"), "text/html"))
        r.add_get("/charset/meta", html(_charset_page(meta).encode("cp1252"), "text/html"))
        r.add_get("/image.png", html(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"))
        r.add_get("/short", html(_SHORT.encode(), "text/html"))
        r.add_get("/section", html(section.encode(), "text/html"))
        return app

    def url_list(self) -> str:
        urls = "\n".join(self.article_url(n) for n in range(self.n_articles))
        return "# Herald articles\n" + urls + "\n"

    @web.middleware
    async def _log(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self.hits[request.path] += 1
        self.requests.append((time.monotonic(), request.path_qs, dict(request.headers)))
        return await handler(request)

    async def _pause(self, seconds: float) -> bool:
        """Sleep, or return True at once when the server is shutting down."""
        if self.closing is None:
            self.closing = asyncio.Event()
        try:
            await asyncio.wait_for(self.closing.wait(), seconds)
            return True
        except TimeoutError:
            return False

    async def _robots(self, request: web.Request) -> web.Response:
        if self.robots is None:
            return web.Response(status=500, text="robots broken")
        if self.robots == "":
            raise web.HTTPNotFound()
        return web.Response(text=self.robots)

    async def _article(self, request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if n >= self.n_articles and n >= 1000:
            raise web.HTTPNotFound()
        body = article_html(n, self.version(n), base=self.base, padding=self.padding).encode(
            "utf-8"
        )
        return self._cached(request, body, "text/html", self.lastmod(n))

    async def _article_slug(self, request: web.Request) -> web.Response:
        return web.Response(text=article_html(7, base=self.base), content_type="text/html")

    async def _slow(self, request: web.Request) -> web.Response:
        self.inflight += 1
        self.max_inflight = max(self.max_inflight, self.inflight)
        try:
            await self._pause(self.slow_s)
        finally:
            self.inflight -= 1
        return web.Response(text=article_html(3, base=self.base), content_type="text/html")

    async def _drip(self, request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/html"})
        await resp.prepare(request)
        for _ in range(200):
            await resp.write(b" ")
            if await self._pause(0.2):
                break
        return resp

    async def _flaky(self, request: web.Request) -> web.Response:
        if self.hits[request.path] <= self.flaky_failures:
            return web.Response(status=500, text="oops")
        return web.Response(text=article_html(11, base=self.base), content_type="text/html")

    async def _limited(self, request: web.Request) -> web.Response:
        if self.hits[request.path] == 1:
            return web.Response(status=429, text="slow down", headers={"Retry-After": "1"})
        return web.Response(text=article_html(12, base=self.base), content_type="text/html")

    async def _hop(self, request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        if n <= 0:
            raise web.HTTPFound("/news/story-5.html")
        raise web.HTTPFound(f"/hop/{n - 1}")

    async def _huge(self, request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/html"})
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        await resp.write(b"<html><body>")
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            for _ in range(320):  # ~20 MiB
                await resp.write(chunk)
        except (ConnectionResetError, RuntimeError):
            pass
        return resp

    async def _bomb(self, request: web.Request) -> web.Response:
        return web.Response(
            body=_bomb_bytes(),
            headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        )

    async def _part(self, request: web.Request) -> web.Response:
        a, b = int(request.query["from"]), int(request.query["to"])
        return self._cached(request, self.sitemap(a, b).encode(), "application/xml")

    async def _part_gz(self, request: web.Request) -> web.Response:
        a, b = int(request.query["from"]), int(request.query["to"])
        return web.Response(
            body=gzip.compress(self.sitemap(a, b).encode()), content_type="application/x-gzip"
        )


_BOMB: bytes | None = None


def _bomb_bytes() -> bytes:
    global _BOMB
    if _BOMB is None:
        _BOMB = gzip.compress(b"<html><body>" + b"A" * 50_000_000, compresslevel=9)
    return _BOMB


class SiteServer:
    """Runs a NewsSite on 127.0.0.1 in a background thread with its own event loop."""

    def __init__(self, site: NewsSite | None = None) -> None:
        self.site = site or NewsSite()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> str:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)

            async def boot() -> None:
                self._runner = web.AppRunner(self.site.app(), access_log=None)
                await self._runner.setup()
                site = web.TCPSite(self._runner, "127.0.0.1", 0)
                await site.start()
                self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
                self.site.base = self.base
                ready.set()

            loop.run_until_complete(boot())
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())  # type: ignore[union-attr]
            loop.close()

        self._thread = threading.Thread(target=run, name="newssite", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("test site did not start")
        return self.base

    def stop(self) -> None:
        if self._loop is not None:
            closing = self.site.closing
            if closing is not None:
                self._loop.call_soon_threadsafe(closing.set)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)
