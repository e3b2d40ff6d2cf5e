"""robots.txt: fetched once per host and cached, following RFC 9309.

* 2xx: parsed with ``urllib.robotparser`` for our product token (the first word
  of the User-Agent); a Crawl-delay raises the host's minimum interval.
* 4xx (including 401/403) except 429: no restrictions ("unavailable").
* 5xx, timeouts, network errors: everything disallowed ("unreachable"),
  cached for a shorter time so the host is tried again soon.
* Redirects are followed by the fetcher (each hop checked for safety).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.robotparser import RobotFileParser

from .urls import host_key
from .urls import safe_url as redact_url

if TYPE_CHECKING:
    from .fetch import Fetcher

log = logging.getLogger(__name__)

#: robots.txt bodies are capped (RFC 9309 asks parsers to read at least 500 KiB).
MAX_ROBOTS_BYTES = 512 * 1024
#: How long an unreachable robots.txt (5xx, network error) is cached.
UNREACHABLE_TTL_S = 300.0


@dataclass(slots=True)
class _Entry:
    parser: RobotFileParser | None  # None: allow all
    disallow_all: bool
    expires: float


def product_token(user_agent: str) -> str:
    return user_agent.split("/", 1)[0].split()[0] if user_agent.strip() else "*"


class RobotsCache:
    def __init__(
        self, user_agent: str, ttl_s: float = 3600.0, max_crawl_delay_s: float = 30.0
    ) -> None:
        self.token = product_token(user_agent)
        self.ttl_s = ttl_s
        self.max_crawl_delay_s = max_crawl_delay_s
        self._entries: dict[str, _Entry] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.fetches = 0

    async def allowed(self, url: str, fetcher: Fetcher) -> bool:
        key = host_key(url)
        entry = self._entries.get(key)
        if entry is None or entry.expires < time.monotonic():
            lock = self._locks.setdefault(key, asyncio.Lock())
            async with lock:
                entry = self._entries.get(key)
                if entry is None or entry.expires < time.monotonic():
                    entry = await self._load(key, fetcher)
                    self._entries[key] = entry
        if entry.disallow_all:
            return False
        if entry.parser is None:
            return True
        return entry.parser.can_fetch(self.token, url)

    async def _load(self, key: str, fetcher: Fetcher) -> _Entry:
        from .fetch import FetchError

        robots_url = key + "/robots.txt"
        self.fetches += 1
        now = time.monotonic()
        try:
            res = await fetcher.fetch(robots_url, "robots", max_body_bytes=MAX_ROBOTS_BYTES)
        except FetchError as exc:
            status = exc.status
            # 429 is "slow down", not "no robots.txt": treated as unreachable.
            if status is not None and 400 <= status < 500 and status != 429:
                return _Entry(None, False, now + self.ttl_s)
            if exc.stage == "ingest-fetch" and status is not None and 200 <= status < 300:
                # e.g. robots.txt served as text/html: treat as no rules, like major crawlers.
                return _Entry(None, False, now + self.ttl_s)
            if "redirect" in exc.reason:
                return _Entry(None, False, now + self.ttl_s)
            log.warning(
                "robots.txt of %s unreachable (%s): host disallowed for now", key, exc.reason
            )
            return _Entry(None, True, now + UNREACHABLE_TTL_S)
        text = res.content.decode("utf-8", errors="replace")
        parser = RobotFileParser()
        parser.parse(text.splitlines())
        delay = parser.crawl_delay(self.token)
        if delay:
            fetcher.set_min_interval(key + "/", min(float(delay), self.max_crawl_delay_s))
        log.debug("robots.txt of %s loaded", redact_url(key))
        return _Entry(parser, False, now + self.ttl_s)
