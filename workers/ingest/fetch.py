"""Polite, bounded HTTP fetching on one shared ``httpx.AsyncClient``.

Every request goes through :meth:`Fetcher.fetch`, which

* checks the scheme and the address of the URL and of every redirect hop
  (:func:`workers.ingest.urls.check_url`), and robots.txt (:mod:`.robots`);
* waits for a slot of the host's :class:`HostPolicy` (concurrency limit and a
  minimum spacing between requests, raised by robots.txt Crawl-delay and by
  429 Retry-After);
* sends a clear User-Agent, ``Accept-Encoding: gzip, deflate`` (encodings we
  decompress ourselves, with a cap) and conditional-GET validators;
* retries timeouts, transport errors, 429 and 5xx with exponential backoff and
  full jitter, honouring Retry-After up to a cap;
* follows at most ``max_redirects`` redirects itself (each hop re-checked),
  detecting loops;
* checks the content type from the headers before reading any body, and reads
  the body as a stream, stopping as soon as the bytes received or the bytes
  decompressed pass their caps (a gzip bomb never expands in memory);
* bounds each attempt by connect/read timeouts and a total wall-clock timeout.

Failures raise :class:`FetchError` with a stage and a reason for the dead-letter topic.
"""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import logging
import random
import re
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import httpcore
import httpx

from claimwatch import metrics

from .config import FetchConfig
from .urls import UnsafeURLError, check_url, host_key, resolve_public
from .urls import safe_url as redact_url

if TYPE_CHECKING:
    from .robots import RobotsCache

log = logging.getLogger(__name__)

#: Acceptable media types by kind of document.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "application/rdf+xml",
        "application/feed+xml",
    }
)
GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})
ACCEPTED_TYPES: dict[str, frozenset[str]] = {
    "article": HTML_TYPES,
    # Feeds are often served as text/html or text/plain by misconfigured servers;
    # the parser decides whether the body is a feed.
    "feed": XML_TYPES | {"text/html", "text/plain"},
    "sitemap": XML_TYPES | GZIP_TYPES | {"text/plain"},
    "urls": frozenset({"text/plain"}),
    "robots": frozenset({"text/plain"}),
}
ACCEPT_HEADER = {
    "article": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,"
    "*/*;q=0.1",
    "sitemap": "application/xml,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1",
    "urls": "text/plain,*/*;q=0.1",
    "robots": "text/plain,*/*;q=0.1",
}
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A URL that could not be fetched; ``stage`` and ``reason`` go to the dead-letter topic."""

    def __init__(
        self,
        stage: str,
        reason: str,
        url: str,
        *,
        status: int | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(f"{stage}: {reason} ({redact_url(url)})")
        self.stage = stage
        self.reason = reason
        self.url = url
        self.status = status
        self.body = body


class RobotsDenied(FetchError):
    def __init__(self, url: str) -> None:
        super().__init__("ingest-robots", "disallowed by robots.txt", url)


class _Retry(Exception):
    def __init__(self, reason: str, delay: float | None = None, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.delay = delay
        self.status = status


@dataclass(slots=True)
class FetchResult:
    """A successful fetch: a body (2xx) or ``not_modified`` (304 to a conditional GET)."""

    url: str
    final_url: str
    status: int
    content: bytes = b""
    media_type: str = ""
    #: Charset declared in the Content-Type header, if any.
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    wire_bytes: int = 0
    elapsed_s: float = 0.0
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


# --- politeness ------------------------------------------------------------------


class HostPolicy:
    """Per-host concurrency limit and minimum interval between request starts."""

    def __init__(self, concurrency: int, min_interval_s: float) -> None:
        self._sem = asyncio.Semaphore(max(1, concurrency))
        self._lock = asyncio.Lock()
        self.min_interval_s = min_interval_s
        self._next_start = 0.0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._sem:
            async with self._lock:
                wait = self._next_start - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start = time.monotonic() + self.min_interval_s
            yield

    def push_back(self, delay_s: float) -> None:
        """No request to this host starts before ``delay_s`` from now (429 Retry-After)."""
        self._next_start = max(self._next_start, time.monotonic() + delay_s)


def backoff_delay(attempt: int, base_s: float, max_s: float, rng: random.Random) -> float:
    """Full-jitter exponential backoff: uniform in [0, min(max, base * 2**attempt)]."""
    return rng.uniform(0.0, min(max_s, base_s * (2.0**attempt)))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


# --- bodies ----------------------------------------------------------------------


class BodyTooLarge(Exception):
    pass


class CappedDecoder:
    """Decompresses gzip/deflate incrementally, never producing more than ``cap`` bytes."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.cap = cap
        self.size = 0
        enc = encoding.strip().lower()
        self._pending_deflate = False
        self._d: zlib._Decompress | None = None
        if enc in ("", "identity"):
            pass
        elif enc in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            # Should be zlib-wrapped; some servers send raw deflate. Decided on the first bytes.
            self._pending_deflate = True
        else:
            raise ValueError(f"unsupported content-encoding {encoding!r}")

    def feed(self, data: bytes) -> bytes:
        if self._pending_deflate and data:
            self._pending_deflate = False
            zlib_header = (
                len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] * 256 + data[1]) % 31 == 0
            )
            self._d = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        if self._d is None:
            out = data
        else:
            try:
                # max_length bounds the output of this call: a bomb never expands past the cap.
                out = self._d.decompress(data, self.cap - self.size + 1)
            except zlib.error as exc:
                raise ValueError(f"corrupt compressed body: {exc}") from None
        self.size += len(out)
        if self.size > self.cap:
            raise BodyTooLarge
        return out

    def flush(self) -> bytes:
        if self._d is None:
            return b""
        # Nothing is left in unconsumed_tail here (feed raised otherwise), so this is small.
        out = self._d.flush()
        self.size += len(out)
        if self.size > self.cap:
            raise BodyTooLarge
        return out


def gunzip_capped(data: bytes, cap: int) -> bytes:
    """Decompress a gzip file (e.g. sitemap.xml.gz) with a cap on the output size."""
    dec = CappedDecoder("gzip", cap)
    return dec.feed(data) + dec.flush()


# --- charset ---------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE
)
_SINGLE_BYTE = frozenset({"ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes, declared: str | None) -> tuple[str, str]:
    """Decode an HTML body to text; returns (text, charset used).

    Order: a byte-order mark; the charset declared in the header if the body
    decodes with it strictly; then the ``<meta charset>`` of the document;
    then UTF-8; then windows-1252 (which never fails). A body that is valid
    UTF-8 with non-ASCII bytes but is declared as a single-byte charset is
    read as UTF-8: such byte sequences practically never occur in real
    Latin-1 text, while a server wrongly saying "iso-8859-1" is common.
    """
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            return body.decode(bom_codec, errors="replace"), bom_codec
    head_meta = _META_CHARSET.search(body[:4096])
    candidates = [
        _codec(declared),
        _codec(head_meta.group(1).decode("ascii")) if head_meta else None,
    ]
    utf8 = _strict(body, "utf-8")
    for codec in candidates:
        if codec is None:
            continue
        if codec in _SINGLE_BYTE and utf8 is not None and not body.isascii():
            return utf8, "utf-8"
        text = _strict(body, codec)
        if text is not None:
            return text, codec
    if utf8 is not None:
        return utf8, "utf-8"
    return body.decode("cp1252", errors="replace"), "cp1252"


# --- the fetcher -----------------------------------------------------------------


class UnsafeConnectError(httpcore.ConnectError):
    """Raised by :class:`GuardedBackend` for an address the safety rules refuse."""


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend that connects only to public addresses.

    It resolves the host itself, checks every address, and connects to a
    checked address (TLS still verifies the certificate against the host name,
    which httpcore passes separately), closing the DNS-rebinding gap between
    :func:`check_url` and the connection. Unix sockets are refused.
    """

    def __init__(self, inner: httpcore.AsyncNetworkBackend, *, allow_private: bool) -> None:
        self.inner = inner
        self.allow_private = allow_private

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        if not self.allow_private:
            try:
                host = (await resolve_public(host, port))[0]
            except UnsafeURLError as exc:
                raise UnsafeConnectError(str(exc)) from None
        return await self.inner.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise UnsafeConnectError("unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def build_client(
    config: FetchConfig, user_agent: str, *, allow_private: bool = False
) -> httpx.AsyncClient:
    """The shared client: timeouts, pool limits, no automatic redirects, our User-Agent,
    and a connection backend that refuses non-public addresses (unless allowed)."""
    limits = httpx.Limits(
        max_connections=config.max_connections, max_keepalive_connections=config.max_connections
    )
    transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
    # httpx exposes no network_backend option; its pool is an httpcore pool whose
    # backend we wrap (tests/unit/test_ingest_units.py fails if this stops working).
    pool = transport._pool
    pool._network_backend = GuardedBackend(pool._network_backend, allow_private=allow_private)
    return httpx.AsyncClient(
        transport=transport,
        timeout=httpx.Timeout(
            connect=config.connect_timeout_s,
            read=config.read_timeout_s,
            write=config.read_timeout_s,
            pool=config.total_timeout_s,
        ),
        follow_redirects=False,
        headers={"User-Agent": user_agent},
        trust_env=False,
    )


def status_class(status: int) -> str:
    return f"{status // 100}xx"


class Fetcher:
    """Fetches URLs through host policies, robots.txt and the safety checks (see module doc)."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        config: FetchConfig,
        *,
        user_agent: str,
        allow_private: bool = False,
        robots: RobotsCache | None = None,
        rng: random.Random | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.client = client
        self.config = config
        self.user_agent = user_agent
        self.allow_private = allow_private
        self.robots = robots
        self._rng = rng or random.Random()
        self._sleep = sleep
        self._policies: dict[str, HostPolicy] = {}
        self._min_interval_overrides: dict[str, float] = {}

    def policy(self, url: str) -> HostPolicy:
        # Politeness is per host (http and https of one site share it); robots.txt
        # is per origin (RFC 9309), see robots.py.
        key = host_key(url).split("://", 1)[-1]
        pol = self._policies.get(key)
        if pol is None:
            pol = HostPolicy(self.config.per_host_concurrency, self.config.per_host_min_interval_s)
            self._policies[key] = pol
        return pol

    def set_min_interval(self, url: str, seconds: float) -> None:
        """Raise a host's minimum interval (per-source setting, robots Crawl-delay)."""
        pol = self.policy(url)
        pol.min_interval_s = max(pol.min_interval_s, seconds)

    async def fetch(
        self,
        url: str,
        kind: str = "article",
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_body_bytes: int | None = None,
    ) -> FetchResult:
        """Fetch ``url`` as a document of ``kind``; raise FetchError on any failure."""
        start = time.monotonic()
        result = await self._fetch(url, kind, etag, last_modified, max_body_bytes)
        result.elapsed_s = time.monotonic() - start
        return result

    async def _check(self, url: str, kind: str) -> None:
        try:
            await check_url(url, allow_private=self.allow_private)
        except UnsafeURLError as exc:
            metrics.INGEST_UNSAFE_URLS.inc()
            raise FetchError("ingest-safety", str(exc), url) from None
        if kind != "robots" and self.robots is not None and self.config.respect_robots:
            allowed = await self.robots.allowed(url, self)
            if not allowed:
                metrics.INGEST_ROBOTS_DENIED.inc()
                raise RobotsDenied(url)

    async def _fetch(
        self,
        url: str,
        kind: str,
        etag: str | None,
        last_modified: str | None,
        max_body_bytes: int | None,
    ) -> FetchResult:
        current = url
        seen = {url}
        redirects: list[str] = []
        for _hop in range(self.config.max_redirects + 1):
            await self._check(current, kind)
            # Validators only belong to the URL they came from.
            cond = (etag, last_modified) if current == url else (None, None)
            outcome = await self._with_retries(current, kind, cond, max_body_bytes)
            if isinstance(outcome, FetchResult):
                outcome.url = url
                outcome.redirects = redirects
                return outcome
            location = outcome
            nxt = urljoin(current, location)
            if nxt in seen:
                raise FetchError("ingest-fetch", f"redirect loop at {redact_url(nxt)}", url)
            seen.add(nxt)
            redirects.append(nxt)
            current = nxt
        raise FetchError("ingest-fetch", f"more than {self.config.max_redirects} redirects", url)

    async def _with_retries(
        self, url: str, kind: str, cond: tuple[str | None, str | None], max_body_bytes: int | None
    ) -> FetchResult | str:
        cfg = self.config
        policy = self.policy(url)
        attempt = 0
        while True:
            try:
                async with policy.slot():
                    return await self._attempt(url, kind, cond, max_body_bytes)
            except _Retry as retry:
                if attempt >= cfg.max_retries:
                    raise FetchError(
                        "ingest-fetch",
                        f"{retry.reason} (gave up after {attempt + 1} attempts)",
                        url,
                        status=retry.status,
                    ) from None
                delay = backoff_delay(attempt, cfg.backoff_base_s, cfg.backoff_max_s, self._rng)
                if retry.delay is not None:
                    if retry.delay > cfg.max_retry_after_s:
                        raise FetchError(
                            "ingest-fetch",
                            f"{retry.reason}: Retry-After {retry.delay:.0f}s exceeds "
                            f"{cfg.max_retry_after_s:.0f}s",
                            url,
                            status=retry.status,
                        ) from None
                    # Wait at least what the server asked, plus a little jitter.
                    delay = retry.delay + self._rng.uniform(0, min(1.0, cfg.backoff_base_s))
                    policy.push_back(retry.delay)
                metrics.INGEST_RETRIES.labels(retry.reason.split(" ", 1)[0]).inc()
                log.info("retrying %s in %.2fs: %s", redact_url(url), delay, retry.reason)
                attempt += 1
                await self._sleep(delay)

    async def _attempt(
        self, url: str, kind: str, cond: tuple[str | None, str | None], max_body_bytes: int | None
    ) -> FetchResult | str:
        cfg = self.config
        headers = {
            "Accept": ACCEPT_HEADER.get(kind, "*/*"),
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": self.user_agent,
        }
        if cond[0]:
            headers["If-None-Match"] = cond[0]
        if cond[1]:
            headers["If-Modified-Since"] = cond[1]
        start = time.monotonic()
        try:
            async with asyncio.timeout(cfg.total_timeout_s):
                async with self.client.stream(
                    "GET", url, headers=headers, follow_redirects=False
                ) as resp:
                    return await self._handle(resp, url, kind, max_body_bytes)
        except TimeoutError:
            metrics.INGEST_RESPONSES.labels(kind, "error").inc()
            raise _Retry(f"timeout after {cfg.total_timeout_s:.0f}s total") from None
        except httpx.TimeoutException as exc:
            metrics.INGEST_RESPONSES.labels(kind, "error").inc()
            raise _Retry(f"timeout ({type(exc).__name__})") from None
        except httpx.TransportError as exc:
            metrics.INGEST_RESPONSES.labels(kind, "error").inc()
            if isinstance(exc.__cause__, UnsafeConnectError):
                metrics.INGEST_UNSAFE_URLS.inc()
                raise FetchError("ingest-safety", str(exc.__cause__), url) from None
            raise _Retry(f"transport error ({type(exc).__name__}: {exc})") from None
        finally:
            metrics.INGEST_FETCH_SECONDS.labels(kind).observe(time.monotonic() - start)

    async def _handle(
        self, resp: httpx.Response, url: str, kind: str, max_body_bytes: int | None
    ) -> FetchResult | str:
        cfg = self.config
        status = resp.status_code
        metrics.INGEST_RESPONSES.labels(kind, status_class(status)).inc()
        if status in REDIRECT_CODES:
            location = resp.headers.get("location")
            if not location:
                raise FetchError(
                    "ingest-fetch", f"HTTP {status} without Location", url, status=status
                )
            return location
        if status == 304:
            return FetchResult(
                url=url,
                final_url=url,
                status=304,
                etag=resp.headers.get("etag"),
                last_modified=resp.headers.get("last-modified"),
            )
        if status == 429:
            raise _Retry("HTTP 429", parse_retry_after(resp.headers.get("retry-after")), status)
        if status >= 500:
            raise _Retry(
                f"HTTP {status}",
                parse_retry_after(resp.headers.get("retry-after")) if status == 503 else None,
                status,
            )
        if status >= 400 or status < 200 or status >= 300:
            raise FetchError("ingest-fetch", f"HTTP {status}", url, status=status)
        ctype = resp.headers.get("content-type", "")
        media_type = ctype.split(";", 1)[0].strip().lower()
        accepted = ACCEPTED_TYPES.get(kind)
        if accepted is not None and media_type not in accepted:
            raise FetchError(
                "ingest-fetch",
                f"content type {media_type or '(none)'!r} not accepted for {kind}",
                url,
                status=status,
            )
        wire_cap = max_body_bytes or cfg.max_body_bytes
        declared_len = resp.headers.get("content-length")
        if declared_len and declared_len.isdigit() and int(declared_len) > wire_cap:
            raise FetchError(
                "ingest-fetch",
                f"body of {declared_len} bytes exceeds {wire_cap} bytes",
                url,
                status=status,
            )
        try:
            decoder = CappedDecoder(resp.headers.get("content-encoding", ""), cfg.max_decoded_bytes)
        except ValueError as exc:
            raise FetchError("ingest-fetch", str(exc), url, status=status) from None
        chunks: list[bytes] = []
        wire = 0
        try:
            async for raw in resp.aiter_raw():
                wire += len(raw)
                if wire > wire_cap:
                    raise FetchError(
                        "ingest-fetch", f"body exceeds {wire_cap} bytes", url, status=status
                    )
                chunks.append(decoder.feed(raw))
            chunks.append(decoder.flush())
        except BodyTooLarge:
            raise FetchError(
                "ingest-fetch",
                f"decompressed body exceeds {cfg.max_decoded_bytes} bytes (compression bomb?)",
                url,
                status=status,
            ) from None
        except ValueError as exc:
            raise FetchError("ingest-fetch", str(exc), url, status=status) from None
        finally:
            metrics.INGEST_BYTES.labels(kind, "wire").inc(wire)
            metrics.INGEST_BYTES.labels(kind, "decoded").inc(decoder.size)
        body = b"".join(chunks)
        metrics.INGEST_BODY_BYTES.labels(kind).observe(len(body))
        charset = None
        if "charset=" in ctype.lower():
            charset = ctype.lower().split("charset=", 1)[1].split(";", 1)[0].strip().strip("\"'")
        return FetchResult(
            url=url,
            final_url=str(resp.url),
            status=status,
            content=body,
            media_type=media_type,
            charset=charset or None,
            etag=resp.headers.get("etag"),
            last_modified=resp.headers.get("last-modified"),
            wire_bytes=wire,
        )


def now_http_date() -> str:
    return email.utils.format_datetime(datetime.now(UTC), usegmt=True)
