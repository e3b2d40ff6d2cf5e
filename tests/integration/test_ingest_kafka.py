"""Ingestion publishing to a real Kafka-compatible broker (embedded Tansu), including a
worker killed with SIGKILL mid-poll and restarted: no article skipped, none published
twice as new."""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimwatch import kafka
from claimwatch.embedded import EmbeddedStack, free_port
from tests.conftest import alive, child_pids, read_topic
from topics.catalog import ARTICLES, DEAD_LETTER, topic_specs
from topics.schemas import parse_article
from workers.ingest import parse_config, run_ingest
from workers.ingest.testsite import NewsSite, SiteServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return str(resp.read().decode())


@pytest.fixture
def site() -> Iterator[SiteServer]:
    srv = SiteServer(NewsSite(n_articles=12))
    srv.start()
    yield srv
    srv.stop()


async def test_run_ingest_publishes_to_the_broker(stack: EmbeddedStack, site, tmp_path):
    settings = stack.settings(ingest_allow_private=True, ingest_state_dir=str(tmp_path / "state"))
    await kafka.create_topics(settings, topic_specs(settings.app_id))
    cfg = parse_config(
        {
            "fetch": {"per_host_concurrency": 4, "per_host_min_interval_s": 0.0},
            "extract": {"workers": 1},
            "sources": [
                {"name": "rss", "kind": "feed", "url": site.base + "/feed.xml"},
                {"name": "bad", "kind": "urls", "urls": [site.base + "/image.png"]},
            ],
        }
    )
    report = await run_ingest(settings, once=True, config=cfg)  # real KafkaPublisher
    assert report.published_new == 12 and report.dead_letters == 1
    records = await read_topic(settings, ARTICLES)
    articles = [parse_article(v) for _, v in records]
    assert len(articles) == 12 and {k.decode() for k, _ in records} == {a.id for a in articles}
    assert all(a.origin == "ingest" and a.url and a.title for a in articles)
    [dead] = [json.loads(v) for _, v in await read_topic(settings, DEAD_LETTER)]
    assert dead["stage"] == "ingest-fetch" and dead["url"].endswith("/image.png")

    again = await run_ingest(settings, once=True, config=cfg)
    assert again.published == 0
    assert len(await read_topic(settings, ARTICLES)) == 12


async def test_killed_worker_restarts_without_skipping_or_duplicating(
    stack: EmbeddedStack, site, tmp_path
):
    settings = stack.settings(
        ingest_allow_private=True, ingest_state_dir=str(tmp_path / "state"), web_port=free_port()
    )
    await kafka.create_topics(settings, topic_specs(settings.app_id))
    sources = tmp_path / "sources.toml"
    # Spaced requests: the poll takes ~3 s, so the kill lands in the middle of it.
    sources.write_text(
        "[fetch]\nper_host_min_interval_s = 0.25\n[extract]\nworkers = 1\n"
        f'[[sources]]\nname = "rss"\nkind = "feed"\nurl = "{site.base}/feed.xml"\ninterval_s = 60\n'
    )
    env = {
        **os.environ,
        **settings.to_env(),
        "CLAIMWATCH_INGEST_CONFIG": str(sources),
        "PYTHONPATH": str(ROOT),
    }
    code = (
        "import sys; from claimwatch.settings import Settings; from workers.ingest import main; "
        "sys.exit(main(Settings.from_env(), once=sys.argv[1] == 'once'))"
    )
    worker = stack.spawn("ingest", [sys.executable, "-c", code, "forever"], env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert worker.alive(), worker.tail()
        if len(await read_topic(settings, ARTICLES)) >= 4:
            break
        time.sleep(0.1)
    # The long-running worker serves /healthz (Compose healthcheck) and /metrics.
    health = json.loads(_get(f"http://127.0.0.1:{settings.web_port}/healthz"))
    assert health["status"] == "ok" and health["role"] == "ingest"
    assert "claimwatch_ingest_articles_total" in _get(
        f"http://127.0.0.1:{settings.web_port}/metrics"
    )
    children = child_pids(worker.popen.pid)
    assert children, "the extraction pool (workers = 1) should have a child process"
    worker.kill()
    # A SIGKILLed worker runs no cleanup: its extraction child must die with it
    # rather than wait forever on its call queue.
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in children), f"children outlived the worker: {children}"
    published_before = len(await read_topic(settings, ARTICLES))
    assert 4 <= published_before < 12, "the kill should land mid-poll"

    again = stack.spawn("ingest-2", [sys.executable, "-c", code, "once"], env)
    again.popen.wait(60)
    assert again.popen.returncode == 0, again.tail()
    articles = [parse_article(v) for _, v in await read_topic(settings, ARTICLES)]
    versions = Counter((a.id, a.content_hash) for a in articles)
    assert len({a.id for a in articles}) == 12  # none skipped
    # At most the one record in flight at the kill (published, state not yet written)
    # can appear twice -- and then with the same id and hash (an idempotent redelivery).
    assert sum(n - 1 for n in versions.values()) <= 1
    assert all(
        len({h for i, h in versions if i == art_id}) == 1 for art_id in {a.id for a in articles}
    )


async def test_cli_ingest_once(stack: EmbeddedStack, site, tmp_path):
    settings = stack.settings(ingest_allow_private=True, ingest_state_dir=str(tmp_path / "state"))
    await kafka.create_topics(settings, topic_specs(settings.app_id))
    sources = tmp_path / "sources.toml"
    sources.write_text(
        "[fetch]\nper_host_min_interval_s = 0.0\n[extract]\nworkers = 1\n"
        f'[[sources]]\nname = "rss"\nkind = "feed"\nurl = "{site.base}/feed.xml"\n'
    )
    env = {**os.environ, **settings.to_env(), "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "claimwatch", "ingest", "--once", "--config", str(sources)]
    run = stack.spawn("cli-ingest", argv, env)
    assert run.popen.wait(90) == 0, run.tail()
    assert len(await read_topic(settings, ARTICLES)) == 12
    report = json.loads(run.tail(1))
    assert report["published_new"] == 12

    bad = tmp_path / "bad.toml"
    bad.write_text('[[sources]]\nkind = "feed"\nurl = "https://x.example/f"\nintervl_s = 5\n')
    run = stack.spawn("cli-bad", [*argv[:-1], str(bad)], env)
    assert run.popen.wait(60) == 2, run.tail()
    assert "unknown key 'intervl_s'" in run.tail()
