"""What ingestion remembers across restarts, in one SQLite file.

``pages``: every article URL handled -- its last outcome (published, skipped,
denied, failed), the content hash and version last published, the listing
date it was seen with, and its HTTP validators (ETag / Last-Modified).
``listings``: validators of feeds and sitemaps.

The runner writes a page's row only after the broker acknowledged the record
(article or dead letter), and a listing's validators only after every entry
of that poll reached a final state, so a worker killed at any point republishes
at most the one record in flight and never skips one. SQLite in WAL mode:
a committed row survives the process being killed.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    article_id TEXT,
    content_hash TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL,
    reason TEXT,
    listing_updated TEXT,
    etag TEXT,
    last_modified TEXT,
    checked_at REAL NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS listings (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked_at REAL NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class PageState:
    url: str
    article_id: str | None
    content_hash: str | None
    version: int
    outcome: str
    reason: str | None
    listing_updated: str | None
    etag: str | None
    last_modified: str | None
    checked_at: float
    failures: int


@dataclass(frozen=True, slots=True)
class ListingState:
    url: str
    etag: str | None
    last_modified: str | None
    checked_at: float


class IngestState:
    """SQLite-backed memory of URLs, versions and validators. ``path=":memory:"`` for tests."""

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    @classmethod
    def in_dir(cls, state_dir: str | Path) -> IngestState:
        return cls(Path(state_dir) / "ingest-state.sqlite3")

    def close(self) -> None:
        self._db.close()

    def page(self, url: str) -> PageState | None:
        row = self._db.execute(
            "SELECT url, article_id, content_hash, version, outcome, reason, listing_updated,"
            " etag, last_modified, checked_at, failures FROM pages WHERE url = ?",
            (url,),
        ).fetchone()
        return PageState(*row) if row else None

    def record_page(
        self,
        url: str,
        *,
        outcome: str,
        reason: str | None = None,
        article_id: str | None = None,
        content_hash: str | None = None,
        new_version: bool = False,
        listing_updated: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        failed: bool = False,
    ) -> None:
        """Upsert a page's row. Published content fields are kept unless given."""
        now = time.time()
        self._db.execute(
            """
            INSERT INTO pages (url, article_id, content_hash, version, outcome, reason,
                               listing_updated, etag, last_modified, checked_at, failures)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(url) DO UPDATE SET
                article_id = COALESCE(excluded.article_id, pages.article_id),
                content_hash = COALESCE(excluded.content_hash, pages.content_hash),
                version = pages.version + ?,
                outcome = CASE WHEN excluded.outcome = 'failed' AND pages.content_hash IS NOT NULL
                               THEN pages.outcome ELSE excluded.outcome END,
                reason = excluded.reason,
                listing_updated = COALESCE(excluded.listing_updated, pages.listing_updated),
                etag = CASE WHEN excluded.outcome = 'failed' THEN pages.etag ELSE excluded.etag END,
                last_modified = CASE WHEN excluded.outcome = 'failed' THEN pages.last_modified
                                     ELSE excluded.last_modified END,
                checked_at = excluded.checked_at,
                failures = CASE WHEN ? THEN pages.failures + 1 ELSE 0 END
            """,
            (
                url,
                article_id,
                content_hash,
                1 if new_version else 0,
                outcome,
                reason,
                listing_updated,
                etag,
                last_modified,
                now,
                1 if failed else 0,
                1 if new_version else 0,
                1 if failed else 0,
            ),
        )

    def listing(self, url: str) -> ListingState | None:
        row = self._db.execute(
            "SELECT url, etag, last_modified, checked_at FROM listings WHERE url = ?", (url,)
        ).fetchone()
        return ListingState(*row) if row else None

    def record_listing(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self._db.execute(
            "INSERT INTO listings (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(url) DO UPDATE SET etag = excluded.etag,"
            " last_modified = excluded.last_modified, checked_at = excluded.checked_at",
            (url, etag, last_modified, time.time()),
        )

    def forget_listing(self, url: str) -> None:
        self._db.execute("DELETE FROM listings WHERE url = ?", (url,))

    def counts(self) -> dict[str, int]:
        return dict(
            self._db.execute("SELECT outcome, COUNT(*) FROM pages GROUP BY outcome").fetchall()
        )
