"""Parse listings into article URLs: RSS 2.0/0.9x, RSS 1.0 (RDF), Atom, XML sitemaps
(urlset with lastmod and Google News ``news:publication_date``), sitemap indexes,
text sitemaps and plain URL lists.

trafilatura's ``feeds``/``sitemaps`` helpers filter links through courlan, which
drops IP-address and loopback hosts and discards the dates we need to tell a
changed article from an unchanged one, so the listings are parsed here with
lxml, hardened: no entity expansion, no network, no huge trees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from lxml import etree

from .urls import UnsafeURLError, canonicalize


class ListingError(ValueError):
    """A feed or sitemap that cannot be parsed."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One article URL from a listing, with the listing's date for it when known."""

    url: str
    #: Last modification or publication time (ISO-8601 UTC) as the listing states it.
    updated: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Listing:
    entries: list[Entry] = field(default_factory=list)
    #: Nested sitemaps (sitemap index), with their lastmod.
    sitemaps: list[Entry] = field(default_factory=list)
    kind: str = ""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
        load_dtd=False,
    )


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if _local(c.tag) == name]


def _child_text(el: etree._Element, *names: str) -> str | None:
    for name in names:
        for c in el:
            if _local(c.tag) == name and c.text and c.text.strip():
                return c.text.strip()
    return None


def normalize_date(value: str | None) -> str | None:
    """ISO-8601 UTC (seconds) from W3C datetime, RFC 822 or a bare date; None if unreadable."""
    if not value:
        return None
    value = value.strip()
    dt: datetime | None = None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def _canon(url: str | None, base: str) -> str | None:
    if not url:
        return None
    try:
        return canonicalize(url, base)
    except UnsafeURLError:
        return None


def _parse_xml(content: bytes) -> etree._Element:
    if not content.strip():
        raise ListingError("empty document")
    try:
        root = etree.fromstring(content, _parser())
    except etree.XMLSyntaxError as exc:
        raise ListingError(f"not XML: {exc}") from None
    if root is None:
        raise ListingError("not XML")
    return root


def parse_feed(content: bytes, base_url: str) -> Listing:
    """Entries of an RSS or Atom feed (links resolved against ``base_url``)."""
    root = _parse_xml(content)
    name = _local(root.tag)
    out = Listing(kind=name)
    if name == "feed":  # Atom
        for item in _children(root, "entry"):
            href = None
            for link in _children(item, "link"):
                rel = link.get("rel", "alternate")
                if rel == "alternate" and link.get("href"):
                    href = link.get("href")
                    break
            url = _canon(href, base_url)
            if url:
                updated = _child_text(item, "updated", "published")
                out.entries.append(Entry(url, normalize_date(updated), _child_text(item, "title")))
        return out
    if name in ("rss", "rdf"):
        channel = _children(root, "channel")
        items = _children(root, "item")  # RSS 1.0 puts items beside the channel
        for ch in channel:
            items += _children(ch, "item")
        for item in items:
            link = _child_text(item, "link")
            if not link:
                guid = [
                    g for g in _children(item, "guid") if g.get("isPermaLink", "true") == "true"
                ]
                link = guid[0].text.strip() if guid and guid[0].text else None
            if not link:
                link = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            url = _canon(link, base_url)
            if url:
                date = _child_text(item, "pubdate", "date", "updated", "modified")
                out.entries.append(Entry(url, normalize_date(date), _child_text(item, "title")))
        return out
    raise ListingError(f"not a feed (root element <{name}>)")


def parse_sitemap(content: bytes, base_url: str) -> Listing:
    """URLs of an XML sitemap (news sitemaps too), nested sitemaps of an index, or a text one."""
    stripped = content.lstrip()
    if not stripped.startswith(b"<"):
        return Listing(
            entries=parse_url_list(content.decode("utf-8", "replace"), base_url), kind="text"
        )
    root = _parse_xml(content)
    name = _local(root.tag)
    out = Listing(kind=name)
    if name == "urlset":
        for u in _children(root, "url"):
            url = _canon(_child_text(u, "loc"), base_url)
            if not url:
                continue
            date = _child_text(u, "lastmod")
            title = None
            for news in _children(u, "news"):
                date = date or _child_text(news, "publication_date")
                title = _child_text(news, "title")
            out.entries.append(Entry(url, normalize_date(date), title))
        return out
    if name == "sitemapindex":
        for sm in _children(root, "sitemap"):
            url = _canon(_child_text(sm, "loc"), base_url)
            if url:
                out.sitemaps.append(Entry(url, normalize_date(_child_text(sm, "lastmod"))))
        return out
    if name in ("rss", "feed", "rdf"):  # some sites list a feed as their sitemap
        return parse_feed(content, base_url)
    raise ListingError(f"not a sitemap (root element <{name}>)")


def parse_url_list(text: str, base_url: str | None = None) -> list[Entry]:
    """One URL per line; blank lines and ``#`` comments ignored; non-http(s) lines dropped."""
    out: list[Entry] = []
    seen: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        url = _canon(line, base_url) if base_url else _canon(line, "")
        if url and url not in seen:
            seen.add(url)
            out.append(Entry(url))
    return out


def newest_first(entries: list[Entry]) -> list[Entry]:
    """Dated entries newest first, then undated ones in listing order; deduplicated."""
    seen: set[str] = set()
    unique = []
    for e in entries:
        if e.url not in seen:
            seen.add(e.url)
            unique.append(e)
    dated = sorted((e for e in unique if e.updated), key=lambda e: e.updated or "", reverse=True)
    return dated + [e for e in unique if not e.updated]
