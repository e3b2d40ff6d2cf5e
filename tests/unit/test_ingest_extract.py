"""Extraction in the process pool: metadata, skip reasons, per-document timeout, recycling."""

from __future__ import annotations

import asyncio

import pytest

from workers.ingest.config import ExtractConfig
from workers.ingest.extract import ExtractionError, Extractor, detect_lang, extract_document
from workers.ingest.testsite import _SECTION, _SHORT, article_html

NON_ARTICLE = ExtractConfig().non_article_types


def test_extract_document_metadata():
    out = extract_document(
        article_html(4, base="https://herald.example"), "https://herald.example/x", 400, NON_ARTICLE
    )
    assert "skip" not in out
    assert out["title"] == "Story 4: officials give new defence figures"
    assert out["author"] == "Jane Reporter" and out["sitename"] == "The Loopback Herald"
    assert out["date"] == "2026-11-20" and out["lang"] == "en"
    assert out["canonical_url"] == "https://herald.example/news/story-4.html"
    assert "brigades" in out["text"] and "Advertisement" not in out["text"]


def test_skip_reasons():
    assert extract_document(_SHORT, "https://h.example/s", 400, NON_ARTICLE)["skip"] == "too-short"
    section = _SECTION.format(items="<li><a href='/a'>A</a></li>", blurb="World news " * 80)
    assert (
        extract_document(section, "https://h.example/w", 10, NON_ARTICLE)["skip"] == "non-article"
    )
    # A home page is not an article, whatever its metadata says.
    home = extract_document(article_html(1), "https://h.example/", 10, NON_ARTICLE)
    assert home["skip"] == "non-article"
    assert (
        extract_document("<html><body></body></html>", "https://h.example/e", 10, NON_ARTICLE)[
            "skip"
        ]
        == "no-content"
    )


def test_detect_lang():
    assert detect_lang('<html lang="fr-FR"><head>') == "fr"
    assert detect_lang('<html><head><meta property="og:locale" content="de_DE">') == "de"
    assert detect_lang("<html>") is None


def _huge_page() -> str:
    # Deeply nested, long document: seconds of trafilatura work.
    para = "<div><p>" + "Word " * 60 + "</p>" * 1
    return "<html><body>" + (para + "</div>") * 40000 + "</body></html>"


async def test_pool_timeout_kills_and_recycles_then_recovers():
    from prometheus_client import REGISTRY

    def timeouts() -> float:
        name = "claimwatch_ingest_extraction_failures_total"
        return REGISTRY.get_sample_value(name, {"reason": "timeout"}) or 0.0

    ex = Extractor(ExtractConfig(workers=1, timeout_s=0.3, max_html_chars=10**8))
    await ex.start()
    before = timeouts()
    try:
        with pytest.raises(ExtractionError, match="timed out"):
            await ex.extract(_huge_page(), "https://h.example/huge")
        assert ex.pools_started == 2 and timeouts() == before + 1
        # The next document is extracted by the fresh pool within the timeout.
        ex.config = ExtractConfig(workers=1, timeout_s=20.0)
        res = await ex.extract(article_html(1), "https://h.example/news/story-1.html")
        assert res.skip is None and "Story 1" in (res.title or "")
    finally:
        await ex.close()


async def test_pool_in_flight_documents_survive_another_documents_timeout():
    # The huge page takes ~10 s; 3 s leaves the small one room on a loaded machine
    # (0.5 s failed there now and then) while the huge one still times out.
    ex = Extractor(ExtractConfig(workers=2, timeout_s=3.0, max_html_chars=10**8))
    await ex.start()
    try:
        slow = asyncio.create_task(ex.extract(_huge_page(), "https://h.example/huge"))
        await asyncio.sleep(0.05)
        ok = asyncio.create_task(ex.extract(article_html(2), "https://h.example/news/story-2.html"))
        results = await asyncio.gather(slow, ok, return_exceptions=True)
        assert isinstance(results[0], ExtractionError)
        assert not isinstance(results[1], BaseException) and results[1].skip is None
    finally:
        await ex.close()


async def test_too_large_documents_are_skipped_without_extraction():
    ex = Extractor(ExtractConfig(workers=0, max_html_chars=100))
    res = await ex.extract("<html>" + "x" * 200 + "</html>", "https://h.example/big")
    assert res.skip == "too-large" and ex.pools_started == 0
    await ex.close()
