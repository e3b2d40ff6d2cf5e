"""Unit tests of the ingestion building blocks (no network)."""

from __future__ import annotations

import gzip
import random
import zlib
from pathlib import Path

import pytest

from workers.ingest.config import ConfigError, load_config, parse_config
from workers.ingest.discover import (
    ListingError,
    newest_first,
    normalize_date,
    parse_feed,
    parse_sitemap,
    parse_url_list,
)
from workers.ingest.fetch import (
    BodyTooLarge,
    CappedDecoder,
    backoff_delay,
    decode_html,
    gunzip_capped,
    parse_retry_after,
)
from workers.ingest.robots import product_token
from workers.ingest.state import IngestState
from workers.ingest.urls import UnsafeURLError, canonicalize, check_url, safe_url

REPO = Path(__file__).resolve().parents[2]


# --- URLs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "canon"),
    [
        (
            "HTTP://Example.COM:80/a/b?utm_source=x&id=3&fbclid=y#frag",
            "http://example.com/a/b?id=3",
        ),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x?b=2&a=1", "https://example.com:8443/x?a=1&b=2"),
        ("https://user:pw@example.com/p", "https://example.com/p"),
        ("https://bücher.example/ä b", "https://xn--bcher-kva.example/%C3%A4%20b"),
        ("https://example.com/a%2Fb", "https://example.com/a%2Fb"),
        ("https://example.com/?gclid=1&utm_medium=m&mc_cid=2", "https://example.com/"),
    ],
)
def test_canonicalize(raw, canon):
    assert canonicalize(raw) == canon


def test_canonicalize_resolves_relative_and_refuses_other_schemes():
    assert canonicalize("/x?utm_x=1", "https://e.com/feed.xml") == "https://e.com/x"
    for bad in (
        "ftp://e.com/x",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "mailto:a@b",
        "http:///x",
    ):
        with pytest.raises(UnsafeURLError):
            canonicalize(bad)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://localhost:8080/",
        "http://[::ffff:127.0.0.1]/",
        "http://224.0.0.1/",
        "http://100.64.0.1/",
    ],
)
async def test_private_addresses_refused(url):
    with pytest.raises(UnsafeURLError):
        await check_url(url, allow_private=False)
    await check_url(url, allow_private=True)


async def test_public_address_allowed_and_scheme_checked():
    await check_url("https://93.184.216.34/x", allow_private=False)
    with pytest.raises(UnsafeURLError):
        await check_url("gopher://93.184.216.34/", allow_private=True)


def test_safe_url_masks_credentials():
    out = safe_url("https://bob:hunter2@e.com/feed?api_key=abc&token=t&page=2")
    assert "hunter2" not in out and "abc" not in out and "=t&" not in out and "page=2" in out


# --- fetch helpers ---------------------------------------------------------------


def test_backoff_is_exponential_with_full_jitter_and_capped():
    rng = random.Random(1)
    for attempt in range(8):
        for _ in range(50):
            d = backoff_delay(attempt, 0.5, 10.0, rng)
            assert 0.0 <= d <= min(10.0, 0.5 * 2**attempt)
    big = [backoff_delay(3, 0.5, 10.0, rng) for _ in range(200)]
    assert max(big) > 3.0 and min(big) < 1.0  # spread over the whole window


def test_parse_retry_after():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(
        10.0
    )
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0


def test_capped_decoder_stops_bombs_and_handles_deflate_flavours():
    bomb = gzip.compress(b"\0" * 20_000_000)
    with pytest.raises(BodyTooLarge):
        gunzip_capped(bomb, 1_000_000)
    dec = CappedDecoder("gzip", 1_000_000)
    with pytest.raises(BodyTooLarge):  # fed in network-sized chunks, it stops at the cap
        for i in range(0, len(bomb), 4096):
            dec.feed(bomb[i : i + 4096])
    assert dec.size <= 1_000_001
    assert gunzip_capped(gzip.compress(b"ok" * 100), 1000) == b"ok" * 100
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        c = zlib.compressobj(wbits=wbits)
        data = c.compress(b"hello deflate") + c.flush()
        d = CappedDecoder("deflate", 100)
        assert d.feed(data) + d.flush() == b"hello deflate"
    with pytest.raises(ValueError):
        CappedDecoder("br", 10)
    with pytest.raises(ValueError):
        CappedDecoder("gzip", 10).feed(b"not gzip at all")


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        ("Zürich — 5 €".encode(), "iso-8859-1", "Zürich — 5 €"),  # wrong declared charset
        ("Zürich — 5 €".encode("cp1252"), "utf-8", "Zürich — 5 €"),  # wrong the other way
        ("Zürich — 5 €".encode("cp1252"), None, "Zürich — 5 €"),  # missing
        ('<meta charset="koi8-r">Привет'.encode("koi8_r"), None, '<meta charset="koi8-r">Привет'),
        ("Привет".encode("cp1251"), "windows-1251", "Привет"),
        (b"\xef\xbb\xbfBOM wins", "iso-8859-1", "BOM wins"),
        (b"plain", "no-such-charset", "plain"),
    ],
)
def test_decode_html(body, declared, expected):
    assert decode_html(body, declared)[0] == expected


# --- discovery ---------------------------------------------------------------------

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>A</title><link>https://n.example/a?utm_source=rss</link>
<pubDate>Fri, 20 Nov 2026 10:00:00 +0100</pubDate></item>
<item><title>B</title><guid>https://n.example/b</guid></item>
<item><title>no link</title></item>
<item><link>javascript:evil()</link></item>
</channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
<link rel="self" href="/self"/><link href="/a"/><updated>2026-11-20T09:00:00Z</updated>
</entry></feed>"""

RDF = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="x"><title>t</title></channel>
<item rdf:about="https://n.example/r"><title>R</title><link>https://n.example/r</link>
<dc:date>2026-11-19</dc:date></item></rdf:RDF>"""

NEWS = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://n.example/n1</loc>
<news:news><news:publication_date>2026-11-21T08:00:00+01:00</news:publication_date>
<news:title>N1</news:title></news:news></url></urlset>"""

INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>
<loc>https://n.example/s1.xml</loc><lastmod>2026-11-01</lastmod></sitemap></sitemapindex>"""

XXE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://n.example/&x;</loc></url></urlset>"""


def test_parse_rss_atom_rdf():
    rss = parse_feed(RSS, "https://n.example/feed")
    assert [e.url for e in rss.entries] == ["https://n.example/a", "https://n.example/b"]
    assert rss.entries[0].updated == "2026-11-20T09:00:00+00:00" and rss.entries[0].title == "A"
    atom = parse_feed(ATOM, "https://n.example/feed")
    assert [(e.url, e.updated) for e in atom.entries] == [
        ("https://n.example/a", "2026-11-20T09:00:00+00:00")
    ]
    rdf = parse_feed(RDF, "https://n.example/")
    assert [(e.url, e.updated) for e in rdf.entries] == [
        ("https://n.example/r", "2026-11-19T00:00:00+00:00")
    ]
    with pytest.raises(ListingError):
        parse_feed(b"<html><body>no</body></html>", "https://n.example/")
    with pytest.raises(ListingError):
        parse_feed(b"", "https://n.example/")


def test_parse_sitemaps():
    news = parse_sitemap(NEWS, "https://n.example/")
    assert news.entries[0].updated == "2026-11-21T07:00:00+00:00" and news.entries[0].title == "N1"
    idx = parse_sitemap(INDEX, "https://n.example/")
    assert idx.entries == [] and idx.sitemaps[0].url == "https://n.example/s1.xml"
    txt = parse_sitemap(b"https://n.example/1\nhttps://n.example/2\n", "https://n.example/")
    assert [e.url for e in txt.entries] == ["https://n.example/1", "https://n.example/2"]


def test_external_entities_are_not_resolved():
    listing = parse_sitemap(XXE, "https://n.example/")
    assert all("root:" not in e.url for e in listing.entries)


def test_url_list_and_ordering():
    entries = parse_url_list("# c\nhttps://a.example/1\n\nftp://x/y\nhttps://a.example/1?utm_x=2\n")
    assert [e.url for e in entries] == ["https://a.example/1"]
    from workers.ingest.discover import Entry

    order = newest_first(
        [Entry("u1"), Entry("u2", "2026-01-02"), Entry("u3", "2026-01-03"), Entry("u2")]
    )
    assert [e.url for e in order] == ["u3", "u2", "u1"]
    assert (
        normalize_date("nonsense") is None
        and normalize_date("2026-11-20") == "2026-11-20T00:00:00+00:00"
    )


# --- config -------------------------------------------------------------------------


def test_example_config_loads():
    cfg = load_config(REPO / "deploy" / "sources.example.toml")
    kinds = {s.kind for s in cfg.sources}
    assert kinds == {"feed", "sitemap", "urls"}
    assert cfg.fetch.max_body_bytes > 0 and cfg.extract.timeout_s > 0
    assert all(s.interval_s > 0 for s in cfg.sources)


def test_config_rejects_typos_and_bad_values():
    with pytest.raises(ConfigError, match="unknown key 'intervl_s'"):
        parse_config({"sources": [{"kind": "feed", "url": "https://e/x", "intervl_s": 5}]})
    with pytest.raises(ConfigError, match="kind"):
        parse_config({"sources": [{"kind": "podcast", "url": "https://e/x"}]})
    with pytest.raises(ConfigError, match="expected a number"):
        parse_config({"fetch": {"read_timeout_s": "fast"}})
    with pytest.raises(ConfigError, match="duplicate"):
        parse_config({"sources": [{"name": "a", "kind": "feed", "url": "https://e/x"}] * 2})
    cfg = parse_config(
        {
            "defaults": {"interval_s": 60},
            "sources": [
                {"kind": "feed", "url": "https://e/x"},
                {"kind": "urls", "urls": ["https://e/1"], "enabled": False},
            ],
        }
    )
    assert len(cfg.sources) == 1 and cfg.sources[0].interval_s == 60.0


# --- state and robots ---------------------------------------------------------------


def test_state_survives_reopen_and_tracks_versions(tmp_path):
    st = IngestState.in_dir(tmp_path)
    st.record_page(
        "u",
        outcome="published",
        article_id="a-1",
        content_hash="h1",
        new_version=True,
        etag='"e1"',
        listing_updated="2026-01-01",
    )
    st.record_page("u", outcome="failed", reason="HTTP 500", failed=True)
    p = st.page("u")
    assert (
        p.outcome == "published" and p.failures == 1 and p.etag == '"e1"' and p.content_hash == "h1"
    )
    st.record_page("u", outcome="published", article_id="a-1", content_hash="h2", new_version=True)
    st.record_listing("feed", '"f"', None)
    st.close()
    st2 = IngestState.in_dir(tmp_path)
    p = st2.page("u")
    assert p.version == 2 and p.content_hash == "h2" and p.failures == 0
    assert st2.listing("feed").etag == '"f"'


def test_robots_product_token():
    assert product_token("claimwatch/0.1 (+https://x)") == "claimwatch"
    assert product_token("") == "*"
