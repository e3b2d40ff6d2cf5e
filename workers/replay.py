"""Replay: turn text, HTML and JSON-lines files into articles on the articles topic.

Text files may start with a header block (``Title:``, ``URL:``, ``Outlet:``,
``Published:``, ``Author:``, ``Lang:`` lines, then a blank line), as the files
in ``seeds/`` do. HTML files are cleaned with trafilatura. JSON-lines files
hold one article object per line (at least ``text``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claimwatch import kafka
from claimwatch.settings import Settings
from topics import Article, SchemaError, encode, parse_article
from topics.catalog import ARTICLES

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}

_HEADER = re.compile(r"^(Title|URL|Outlet|Published|Author|Lang|Id):[ \t]*(.*)$")
_HEADER_FIELDS = {
    "Title": "title",
    "URL": "url",
    "Outlet": "outlet",
    "Published": "published_at",
    "Author": "author",
    "Lang": "lang",
    "Id": "id",
}


class ReplayError(Exception):
    """A file that cannot be replayed: missing, unreadable, or without articles."""


def parse_text_file(content: str) -> Article:
    """An article from text with an optional header block."""
    lines = content.splitlines()
    meta: dict[str, Any] = {}
    i = 0
    while i < len(lines) and (m := _HEADER.match(lines[i])):
        meta[_HEADER_FIELDS[m.group(1)]] = m.group(2).strip() or None
        i += 1
    body = "\n".join(lines[i:]).strip() if meta else content.strip()
    return Article.create(body, **meta)


def parse_html_file(content: str, url: str | None = None) -> Article:
    """An article from an HTML page, cleaned by trafilatura."""
    from trafilatura import bare_extraction

    doc = bare_extraction(content, url=url, with_metadata=True, favor_precision=True)
    if doc is None:
        raise SchemaError("trafilatura found no article text in the page")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    if not (data.get("text") or "").strip():
        raise SchemaError("trafilatura found no article text in the page")
    return Article.create(
        data["text"],
        url=data.get("url") or url,
        title=data.get("title"),
        outlet=data.get("sitename"),
        author=data.get("author"),
        published_at=data.get("date"),
        lang=data.get("language"),
    )


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the replayable files directly inside directories named, sorted."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
            )
            if not found:
                raise ReplayError(f"{path}: no .txt, .html or .jsonl files in this directory")
            files += found
        elif path.exists():
            files.append(path)
        else:
            raise ReplayError(f"{path}: no such file or directory")
    return files


def load_file(path: Path) -> Iterator[Article]:
    """The articles in one file; raises ReplayError with the file and reason."""
    try:
        content = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ReplayError(f"{path}: cannot read: {exc.strerror or exc}") from None
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            for n, line in enumerate(content.splitlines(), 1):
                if line.strip():
                    try:
                        yield parse_article(
                            json.loads(line) if line.lstrip().startswith("{") else line
                        )
                    except (SchemaError, json.JSONDecodeError) as exc:
                        raise ReplayError(f"{path}:{n}: {exc}") from None
        elif suffix in HTML_SUFFIXES:
            yield parse_html_file(content)
        else:
            article = parse_text_file(content)
            if not article.text:
                raise ReplayError(f"{path}: file has no text")
            yield article
    except SchemaError as exc:
        raise ReplayError(f"{path}: {exc}") from None


def load(paths: Iterable[str | Path]) -> list[Article]:
    """Every article in the given files and directories, in order."""
    return [article for path in expand(paths) for article in load_file(path)]


async def publish(settings: Settings, articles: list[Article], *, ordered: bool = True) -> int:
    """Send articles to the articles topic, keyed by article id; returns how many.

    ``ordered`` puts them all on one partition so the pipeline sees them in the
    order given (a replayed story unfolds as written, and the alerts are the
    same on every run). ``ordered=False`` spreads them over the partitions by
    key, for throughput.
    """
    producer = kafka.producer(settings)
    await producer.start()
    try:
        for article in articles:
            await producer.send(
                ARTICLES,
                encode(article.to_dict()),
                key=article.id.encode(),
                partition=0 if ordered else None,
            )
        await producer.flush()
    finally:
        await producer.stop()
    return len(articles)
