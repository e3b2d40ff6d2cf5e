"""The brain agent's analysis step: the same result inline and in a child process,
rejections with their reason, and a dead child costing no article."""

from __future__ import annotations

import asyncio
import json
import os
import signal

from claimlogic import brain
from topics import parse_article
from workers.analyzepool import Analyzer, analyze_value

ARTICLE = json.dumps(
    {
        "id": "a-1",
        "outlet": "Wire",
        "published_at": "2026-12-01T10:00:00Z",
        "title": "Flood toll rises",
        "text": "At least 42 people were killed and 130 injured in floods in Varno, "
        "officials said on Tuesday. About 3,000 homes are without power.",
    }
).encode()


def test_analyze_value_is_brain_analyze_of_the_parsed_record() -> None:
    analysis = analyze_value(ARTICLE)
    assert analysis.reason is None
    assert analysis.record == brain.analyze(parse_article(ARTICLE))
    assert analysis.record is not None and analysis.record["claims"]
    assert analysis.cpu_s >= 0


def test_analyze_value_returns_the_reason_instead_of_raising() -> None:
    for junk, reason in [
        (b"\xff\xfe not json", "not valid UTF-8"),
        (json.dumps({"id": "x"}).encode(), "'text' is missing"),
        (json.dumps({"text": "   "}).encode(), "'text' is empty"),
    ]:
        analysis = analyze_value(junk)
        assert analysis.record is None
        assert analysis.reason is not None and reason.lower() in analysis.reason.lower()


def test_inline_analyzer_submits_nothing_and_analyzes_on_demand() -> None:
    analyzer = Analyzer(0)

    async def run() -> dict | None:
        assert analyzer.submit(ARTICLE) is None
        return (await analyzer.result(ARTICLE, None)).record

    assert asyncio.run(run()) == analyze_value(ARTICLE).record


def test_pool_gives_the_inline_result_and_survives_a_killed_child() -> None:
    analyzer = Analyzer(1)

    async def run() -> tuple[dict | None, dict | None]:
        first = (await analyzer.result(ARTICLE, analyzer.submit(ARTICLE))).record
        children = analyzer.child_pids()  # the child that answered
        assert children and all(pid != os.getpid() for pid in children)
        # Killed with two tasks of 8 in flight (it cannot have answered them in the
        # time os.kill takes): their articles are analysed inline, the 4 that wait
        # go to a new child.
        in_flight = [analyzer.submit(ARTICLE) for _ in range(20)]
        for pid in children:
            os.kill(pid, signal.SIGKILL)
        seconds = [(await analyzer.result(ARTICLE, f)).record for f in in_flight]
        third = (await analyzer.result(ARTICLE, analyzer.submit(ARTICLE))).record
        replaced = analyzer.child_pids()
        assert replaced and not set(replaced) & set(children)
        second = seconds[0] if all(s == third for s in seconds) else None
        return first, second

    try:
        first, again = asyncio.run(run())
    finally:
        analyzer.close()
    expected = analyze_value(ARTICLE).record
    assert first == expected
    assert again == expected


def _article(n: int) -> bytes:
    record = {**json.loads(ARTICLE), "id": f"a-{n}", "text": f"At least {n + 2} people died."}
    return json.dumps(record).encode()


def test_articles_sent_in_groups_each_get_their_own_analysis() -> None:
    """Submitted together while the child is busy, articles go in groups; each future
    gets its own article's analysis, a cancelled one is skipped, and close() drops
    what waits without stopping the analyzer from working again."""
    analyzer = Analyzer(1)
    values = [_article(n) for n in range(20)]

    async def run() -> tuple[list[dict | None], bool, int, dict | None]:
        futures = [analyzer.submit(v) for v in values]
        assert analyzer.in_flight() == 2 and len(analyzer._waiting) == 18
        skipped = futures[5]
        assert skipped is not None
        skipped.cancel()  # a journaled record: its analysis is not wanted
        records = [
            (await analyzer.result(v, f)).record
            for n, (v, f) in enumerate(zip(values, futures, strict=True))
            if n != 5
        ]
        # close() with articles waiting (two are sent): their futures are cancelled
        waiting = [analyzer.submit(v) for v in values[:4]]
        analyzer.close()
        cancelled = all(f is not None and f.cancelled() for f in waiting[2:])
        left = len(analyzer._waiting)
        again = (await analyzer.result(values[0], analyzer.submit(values[0]))).record
        return records, cancelled, left, again

    try:
        records, cancelled, left, again = asyncio.run(run())
    finally:
        analyzer.close()
    expected = [analyze_value(v).record for n, v in enumerate(values) if n != 5]
    assert records == expected
    assert [r["article"]["id"] for r in records if r] == [f"a-{n}" for n in range(20) if n != 5]
    assert cancelled and left == 0
    assert again == analyze_value(values[0]).record
