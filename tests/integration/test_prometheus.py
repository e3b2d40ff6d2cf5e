"""A real Prometheus scrapes a real worker and a real ingestion process during a
seeds replay; every dashboard query and every alert rule is then run against
it (issue 6).

Prometheus (Debian's ``prometheus`` package, scripts/install-system-deps.sh)
runs on a free loopback port with a temporary config that scrapes, every
second, the worker's /metrics and the ingestion process's metrics under the
job names of the production config (``claimwatch-worker``,
``claimwatch-ingest``), and loads the production rules file unchanged
(deploy/prometheus/alerts.yml).

* The worker gets seeds/ through the ``claimwatch replay`` command (as the
  Compose ``seeds`` profile runs it), a seed again (a duplicate) and a record
  that is not JSON (a dead letter).
* The ingestion process polls the loopback news site (workers.ingest.testsite)
  every 2 s: a feed, and a URL list with a flaky page (5xx, retries), a page
  too short to publish, a page robots.txt forbids and a missing page (404, a
  dead letter); the site grows new articles and the list new URLs halfway.

Each panel query is run as Grafana runs it (a range query over the test's
window, Grafana's ``$__rate_interval`` / ``$__range`` replaced) and must return
a finite sample above zero; exceptions are listed with their reason in
EXPECTED_EMPTY_QUERIES (no data) and ZERO_IS_FINE (only zeros). Every rule must
evaluate without error; alert rules that must not fire in this healthy run are
in QUIET_ALERTS, each with the series it watches, which must have data.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

yaml = pytest.importorskip(
    "yaml", reason="PyYAML is missing: it must be in the [dev] extra of pyproject.toml"
)

from claimwatch.embedded import Child, free_port, poll  # noqa: E402
from tests.conftest import SEEDS, Pipeline  # noqa: E402
from workers.ingest.testsite import NewsSite, SiteServer  # noqa: E402

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "deploy" / "prometheus" / "alerts.yml"
DASHBOARD_DIR = ROOT / "deploy" / "grafana" / "dashboards"
PROMETHEUS = shutil.which("prometheus")

#: Grafana's $__rate_interval as the test resolves it: long enough that the
#: increases of the (short) run fall inside one window.
RATE_INTERVAL = "1m"

#: Dashboard queries that are valid but have no data in this test, with why.
#: Keyed by (panel title, legend format).
EXPECTED_EMPTY_QUERIES: dict[tuple[str, str], str] = {
    ("Ingestion errors", "extraction {{reason}}"): (
        "no page makes trafilatura crash or time out (labelled counter: no series"
        " before the first failure)"
    ),
}

#: Queries with data whose values may all be 0 in this run, with why; every
#: other query must show a value above 0 at some point of the run.
ZERO_IS_FINE: dict[tuple[str, str], str] = {
    ("Delivery errors", "sink retries"): "Redis is up: no write fails",
    ("Delivery errors", "redeliveries dropped"): "no alert record is delivered twice",
    ("Delivery errors", "produce errors"): "the broker accepts every record",
    ("Consumer lag per topic", "{{topic}}"): "the worker may keep up between two scrapes",
}


@dataclass(frozen=True)
class Quiet:
    """An alert that must not fire in a healthy run, and the series it watches."""

    reason: str
    #: An expression over the same series as the alert, without its threshold:
    #: it must return data, or the alert could never fire.
    signal: str


#: Alert rules whose expression is expected to be empty in this (healthy) run.
QUIET_ALERTS: dict[str, Quiet] = {
    "ClaimwatchWorkerDown": Quiet("the worker is up", 'up{job="claimwatch-worker"}'),
    "ClaimwatchNoWorkers": Quiet("a worker is up", 'up{job="claimwatch-worker"} == 1'),
    "ClaimwatchIngestDown": Quiet("ingestion is up", 'up{job="claimwatch-ingest"}'),
    "ClaimwatchConsumerLagGrowing": Quiet(
        "the pipeline is drained: lag is 0 and not growing",
        "claimwatch:consumer_lag:sum_by_topic",
    ),
    "ClaimwatchFetchErrorRate": Quiet(
        "a few 5xx among many 2xx/304: under the 20% threshold",
        "sum(rate(claimwatch_ingest_responses_total[15m]))",
    ),
    "ClaimwatchNoArticles": Quiet(
        "the replay's articles were consumed",
        'sum(increase(claimwatch_articles_consumed_total{job="claimwatch-worker"}[30m]))',
    ),
    "ClaimwatchAlertSinkRetrying": Quiet(
        "Redis is up: no retry", "sum(rate(claimwatch_sink_retries_total[5m]))"
    ),
    "ClaimwatchEndToEndLatencyHigh": Quiet(
        "alerts reach Redis within seconds",
        "histogram_quantile(0.95, sum by (le) (rate(claimwatch_end_to_end_seconds_bucket[10m])))",
    ),
}

#: The ingestion process of this test. `claimwatch ingest` serves no HTTP
#: endpoint yet, so the test serves the process's default registry itself with
#: prometheus_client on the port Prometheus scrapes (in Compose, the ingest
#: service must serve /metrics on CLAIMWATCH_WEB_PORT: see
#: test_claimwatch_ingest_serves_metrics_for_compose).
INGEST_HARNESS = textwrap.dedent(
    """
    import sys
    from prometheus_client import start_http_server
    from claimwatch.settings import Settings
    from workers.ingest import main

    start_http_server(int(sys.argv[1]), addr="127.0.0.1")
    sys.exit(main(Settings.from_env()))
    """
)


# ------------------------------------------------------------------ Prometheus


class PromServer:
    """A Prometheus server child process on a loopback port."""

    def __init__(self, child: Child, port: int) -> None:
        self.child = child
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10.0)

    def ready(self) -> bool:
        assert self.child.alive(), "prometheus exited:\n" + self.child.tail(40)
        try:
            return self.http.get("/-/ready").status_code == 200
        except httpx.HTTPError:
            return False

    def api(self, path: str, **params: Any) -> Any:
        # Queries by POST (long expressions); the other endpoints are GET only.
        if params:
            r = self.http.post(f"/api/v1/{path}", data=params)
        else:
            r = self.http.get(f"/api/v1/{path}")
        body = r.json()
        assert body.get("status") == "success", f"{path} {params}: {body}"
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("query", query=expr)
        assert data["resultType"] == "vector", data
        return list(data["result"])

    def query_range(self, expr: str, start: float, end: float, step: str) -> list[dict[str, Any]]:
        return list(self.api("query_range", query=expr, start=start, end=end, step=step)["result"])

    def rules(self) -> list[dict[str, Any]]:
        return [r for g in self.api("rules")["groups"] for r in g["rules"]]

    def value(self, expr: str) -> float | None:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None

    def at_least(self, expr: str, minimum: float, timeout: float = 60) -> None:
        ok = poll(lambda: (self.value(expr) or 0) >= minimum, timeout, 0.25)
        assert ok, f"{expr} = {self.value(expr)} after {timeout:.0f}s, expected >= {minimum}"


def finite_values(result: list[dict[str, Any]]) -> list[float]:
    out = []
    for series in result:
        points = series.get("values") or [series["value"]]
        out += [float(v) for _t, v in points if math.isfinite(float(v))]
    return out


def start_prometheus(pipeline: Pipeline, tmp: Path, targets: dict[str, int]) -> PromServer:
    if PROMETHEUS is None:
        pytest.skip(
            "prometheus is not installed: run scripts/install-system-deps.sh"
            " (Debian package 'prometheus')"
        )
    port = free_port()
    config = {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        # The production rules, unchanged.
        "rule_files": [str(RULES)],
        # The production job names: the rules and panels select on them.
        "scrape_configs": [
            {
                "job_name": job,
                "metrics_path": "/metrics",
                "static_configs": [{"targets": [f"127.0.0.1:{target_port}"]}],
            }
            for job, target_port in targets.items()
        ],
    }
    cfg_path = tmp / "prometheus.yml"
    cfg_path.write_text(yaml.safe_dump(config))
    argv = [
        PROMETHEUS,
        f"--config.file={cfg_path}",
        f"--storage.tsdb.path={tmp / 'tsdb'}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--storage.tsdb.retention.time=1h",
        "--log.level=warn",
    ]
    server = PromServer(pipeline.stack.spawn("prometheus", argv, dict(os.environ)), port)
    assert poll(server.ready, 30), "prometheus not ready:\n" + server.child.tail(40)
    return server


# ------------------------------------------------------------------ ingestion


@pytest.fixture
def news_site() -> Iterator[SiteServer]:
    server = SiteServer(NewsSite(n_articles=4))
    server.start()
    yield server
    server.stop()


def sources_toml(base: str, urls_file: Path) -> str:
    return textwrap.dedent(
        f"""
        [fetch]
        read_timeout_s = 2.0
        total_timeout_s = 5.0
        max_retries = 2
        backoff_base_s = 0.05
        backoff_max_s = 0.2
        per_host_concurrency = 4
        per_host_min_interval_s = 0.0

        [extract]
        workers = 1
        timeout_s = 20.0

        [[sources]]
        name = "herald"
        kind = "feed"
        url = "{base}/feed.xml"
        interval_s = 2.0

        [[sources]]
        name = "odd-pages"
        kind = "urls"
        url = "{urls_file}"
        interval_s = 2.0
        """
    )


def odd_urls(base: str, round_: int) -> list[str]:
    """Pages that exercise the error panels; new URLs each round, same labels."""
    return [
        f"{base}/flaky/odd-{round_}",  # 500, 500, then the page: retries, 5xx
        f"{base}/short?round={round_}",  # too short to publish: skipped
        f"{base}/private/odd-{round_}",  # robots.txt: denied
        f"{base}/missing/odd-{round_}",  # 404: dead letter
    ]


def start_ingest(pipeline: Pipeline, tmp: Path, site: SiteServer, metrics_port: int) -> Child:
    urls_file = tmp / "odd-urls.txt"
    urls_file.write_text("\n".join(odd_urls(site.base, 1)) + "\n")
    sources = tmp / "sources.toml"
    sources.write_text(sources_toml(site.base, urls_file))
    settings = pipeline.settings.with_overrides(
        ingest_config=str(sources),
        ingest_state_dir=str(tmp / "ingest-state"),
        ingest_allow_private=True,  # the news site is on loopback
        web_port=free_port(),
    )
    env = {**os.environ, **settings.to_env()}
    argv = [sys.executable, "-c", INGEST_HARNESS, str(metrics_port)]
    return pipeline.stack.spawn("ingest", argv, env)


# ------------------------------------------------------------------ queries


def dashboard_queries() -> list[tuple[str, str, str]]:
    """(panel title, legend format, expr) of every query of every dashboard."""
    out = []
    for path in sorted(DASHBOARD_DIR.glob("*.json")):
        dash = json.loads(path.read_text())
        panels = list(dash["panels"])
        while panels:
            panel = panels.pop(0)
            panels += panel.get("panels", [])
            for target in panel.get("targets", []):
                if target.get("expr"):
                    out.append((panel["title"], target.get("legendFormat", ""), target["expr"]))
    return out


def grafana_expr(expr: str, range_s: float) -> str:
    return (
        expr.replace("$__rate_interval", RATE_INTERVAL)
        .replace("$__range", f"{math.ceil(range_s)}s")
        .replace("$__interval", "1s")
    )


def alert_rules() -> list[dict[str, Any]]:
    doc = yaml.safe_load(RULES.read_text())
    return [r for g in doc["groups"] for r in g["rules"]]


# ------------------------------------------------------------------ helpers


def _wait_metrics(pipeline: Pipeline) -> None:
    def answers() -> bool:
        worker = pipeline.worker
        assert worker is not None and worker.alive(), "worker died:\n" + (
            worker.tail(60) if worker else ""
        )
        try:
            return "claimwatch_articles_consumed_total" in pipeline.metrics_text()
        except OSError:
            return False

    assert poll(answers, 60, 0.25), "worker /metrics never answered"


def _replay_with_cli(pipeline: Pipeline, *paths: Path) -> None:
    env = {**os.environ, **pipeline.settings.to_env()}
    res = subprocess.run(
        [sys.executable, "-m", "claimwatch", "replay", *map(str, paths)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0, res.stderr


def _worker_counter(pipeline: Pipeline, name: str) -> float:
    for line in pipeline.metrics_text().splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not on the worker's /metrics")


# ------------------------------------------------------------------ the tests


def test_every_panel_and_rule_has_data(
    pipeline: Pipeline, news_site: SiteServer, tmp_path: Path
) -> None:
    _wait_metrics(pipeline)
    ingest_port = free_port()
    prometheus = start_prometheus(
        pipeline,
        tmp_path,
        {"claimwatch-worker": pipeline.settings.web_port, "claimwatch-ingest": ingest_port},
    )
    started = time.time()
    ingest = start_ingest(pipeline, tmp_path, news_site, ingest_port)
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds

    # Round 1 (warm-up). A labelled counter has no series until its first
    # increment, and rate() cannot see the increment that creates a series
    # (neither process pre-creates its label values). So every labelled series
    # is created here and scraped before round 2 moves it.
    _replay_with_cli(pipeline, seeds[0])
    _replay_with_cli(pipeline, seeds[0])  # a duplicate
    pipeline.publish_raw([b"{not json: first dead letter"])
    for expr, minimum in (
        ('up{job="claimwatch-ingest"}', 1),
        ("sum(claimwatch_ingest_articles_total)", news_site.site.n_articles),
        ("sum(claimwatch_ingest_skipped_total)", 1),
        ("sum(claimwatch_ingest_retries_total)", 1),
        ('sum(claimwatch_dead_letters_total{job="claimwatch-ingest"})', 1),
        ('sum(claimwatch_dead_letters_total{job="claimwatch-worker"})', 1),
        ("sum(claimwatch_duplicates_dropped_total)", 1),
        ("sum(claimwatch_alerts_delivered_total)", 1),
    ):
        assert ingest.alive(), "ingestion exited:\n" + ingest.tail(40)
        prometheus.at_least(expr, minimum)

    # Round 2: the measured stream. seeds/ through the CLI, as the Compose
    # `seeds` profile runs it (seeds[0] is a duplicate now), seeds[0] once more,
    # a dead letter; the news site publishes 3 more articles and the URL list
    # gets new odd pages.
    news_site.site.n_articles += 3
    (tmp_path / "odd-urls.txt").write_text("\n".join(odd_urls(news_site.base, 2)) + "\n")
    _replay_with_cli(pipeline, SEEDS)
    _replay_with_cli(pipeline, seeds[0])
    pipeline.publish_raw([b"{not json: a dead letter"])
    prometheus.at_least("sum(claimwatch_ingest_articles_total)", news_site.site.n_articles)
    prometheus.at_least("sum(claimwatch_ingest_skipped_total)", 2)
    prometheus.at_least('sum(claimwatch_dead_letters_total{job="claimwatch-ingest"})', 2)
    assert ingest.alive(), "ingestion exited:\n" + ingest.tail(40)
    pipeline.drain()

    # Prometheus has scraped the worker's final state.
    consumed = _worker_counter(pipeline, "claimwatch_articles_consumed_total")
    assert consumed >= len(seeds) + 5 + news_site.site.n_articles
    prometheus.at_least(
        'sum(claimwatch_articles_consumed_total{job="claimwatch-worker"})', consumed
    )
    time.sleep(3)  # a few more scrapes and rule evaluations of the final state
    end = time.time()

    # ---- every dashboard query, as Grafana runs it
    queries = dashboard_queries()
    assert len(queries) >= 20
    problems: list[str] = []
    report: list[str] = []
    for title, legend, expr in queries:
        q = grafana_expr(expr, end - started + 60)
        result = prometheus.query_range(q, started - 5, end, "1s")
        values = finite_values(result)
        key = (title, legend)
        report.append(f"{title} [{legend}]: {len(result)} series, max {max(values, default=None)}")
        if key in EXPECTED_EMPTY_QUERIES:
            if values:
                problems.append(f"{title} [{legend}]: listed as expected empty but has data")
            elif result:
                problems.append(f"{title} [{legend}]: only NaN/Inf values: {q}")
        elif not values:
            problems.append(f"{title} [{legend}]: no data for {q}")
        elif max(values) <= 0 and key not in ZERO_IS_FINE:
            problems.append(f"{title} [{legend}]: only zeros for {q}")
    keys = {(t, lf) for t, lf, _ in queries}
    unused = (set(EXPECTED_EMPTY_QUERIES) | set(ZERO_IS_FINE)) - keys
    assert not unused, f"allow-lists name queries no panel has: {unused}"

    # ---- every rule: loaded and evaluated by Prometheus without error
    loaded = {r["name"]: r for r in prometheus.rules()}
    rules = alert_rules()
    for rule in rules:
        name = rule.get("alert") or rule["record"]
        assert name in loaded, f"rule {name} not loaded by Prometheus"
        if loaded[name]["health"] != "ok":
            problems.append(
                f"rule {name}: {loaded[name]['health']}: {loaded[name].get('lastError')}"
            )

    # ---- every rule expression: data, or quiet for a stated reason
    for rule in rules:
        name = rule.get("alert") or rule["record"]
        result = prometheus.query(rule["expr"])
        if name in QUIET_ALERTS:
            quiet = QUIET_ALERTS[name]
            report.append(f"alert {name}: quiet ({quiet.reason})")
            if result:
                problems.append(f"alert {name} fires in a healthy run ({quiet.reason}): {result}")
            if not finite_values(prometheus.query(quiet.signal)):
                problems.append(f"alert {name}: its signal {quiet.signal!r} has no data")
        elif not finite_values(result):
            problems.append(f"rule {name}: no data for {rule['expr']!r}")
        else:
            report.append(f"rule {name}: {finite_values(result)}")
    unknown = set(QUIET_ALERTS) - {r.get("alert") for r in rules}
    assert not unknown, f"QUIET_ALERTS lists unknown alerts: {unknown}"

    # The critical alerts are neither pending nor firing.
    active = {a["labels"]["alertname"] for a in prometheus.api("alerts")["alerts"]}
    assert not active & {"ClaimwatchWorkerDown", "ClaimwatchNoWorkers"}, active

    ingest.popen.send_signal(signal.SIGTERM)
    print("\n" + "\n".join(report))
    assert not problems, "\n".join(problems)


def test_claimwatch_ingest_serves_metrics_for_compose(
    pipeline: Pipeline, news_site: SiteServer, tmp_path: Path
) -> None:
    """The Compose contract of the ingest service: `claimwatch ingest` answers
    GET /metrics (Prometheus job claimwatch-ingest) and `claimwatch healthcheck`
    on CLAIMWATCH_WEB_HOST:CLAIMWATCH_WEB_PORT."""
    urls_file = tmp_path / "odd-urls.txt"
    urls_file.write_text("")
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml(news_site.base, urls_file))
    settings = pipeline.settings.with_overrides(
        ingest_config=str(sources),
        ingest_state_dir=str(tmp_path / "ingest-state"),
        ingest_allow_private=True,
        web_port=free_port(),
    )
    env = {**os.environ, **settings.to_env()}
    child = pipeline.stack.spawn("ingest-cli", [sys.executable, "-m", "claimwatch", "ingest"], env)
    url = f"http://127.0.0.1:{settings.web_port}/metrics"

    def serves() -> bool:
        assert child.alive(), "claimwatch ingest exited:\n" + child.tail(40)
        try:
            return "claimwatch_ingest_polls_total" in httpx.get(url, timeout=2).text
        except httpx.HTTPError:
            return False

    try:
        assert poll(serves, 20, 0.25), f"nothing serves {url}"
        res = subprocess.run(
            [sys.executable, "-m", "claimwatch", "healthcheck"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert res.returncode == 0, res.stdout + res.stderr
    finally:
        child.stop(10)
