"""A real Prometheus scrapes a real worker during a seeds replay; every dashboard
query and every alert rule is then run against it (issue 6).

Prometheus (Debian's ``prometheus`` package, scripts/install-system-deps.sh)
runs on a free loopback port with a temporary config that scrapes the worker's
/metrics every second under the job name the production config uses
(``claimwatch-worker``) and loads the production rules file unchanged
(deploy/prometheus/alerts.yml). The worker gets the seeds (through the
``claimwatch replay`` command, as the Compose ``replay`` profile runs it), one
seed again (a duplicate), and a record that is not JSON (a dead letter), so
that the dedup and dead-letter panels have something to show.

Each panel query is run as Grafana runs it (a range query over the test's
window, Grafana's ``$__rate_interval`` / ``$__range`` replaced) and must
return at least one finite sample. Queries that are expected to be empty are
listed in EXPECTED_EMPTY_QUERIES with the reason; alert rules that are expected
not to fire in a healthy run are listed in QUIET_ALERTS, each with the
series it watches, which must have data.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
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

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "deploy" / "prometheus" / "alerts.yml"
DASHBOARD_DIR = ROOT / "deploy" / "grafana" / "dashboards"
PROMETHEUS = shutil.which("prometheus")

#: Grafana's variables, as the test resolves them: rate windows span the whole
#: (short) test so that every counter increase of the replay is inside one.
RATE_INTERVAL = "1m"

#: Dashboard queries that are valid but have no data in this test, with why.
#: Keyed by (panel title, legend format).
EXPECTED_EMPTY_QUERIES: dict[tuple[str, str], str] = {
    # Ingestion runs in its own process (claimwatch ingest); this test scrapes
    # the worker only, so every claimwatch_ingest_* series with labels is absent
    # (labelled metrics have no series until a first observation).
    ("Articles per second", "published by ingestion"): "ingestion not running in this test",
    ("Fetch latency (p95) by kind", "{{kind}}"): "ingestion not running in this test",
    ("Dead letters by stage", "ingest {{stage}}"): "ingestion not running in this test",
    ("Ingestion errors", "retry {{reason}}"): "ingestion not running in this test",
    ("Ingestion errors", "extraction {{reason}}"): "ingestion not running in this test",
    ("Fetch responses by status class", "{{status_class}}"): "ingestion not running in this test",
    ("Source polls by outcome", "{{kind}} {{outcome}}"): "ingestion not running in this test",
    ("Pages not published", "skipped {{reason}}"): "ingestion not running in this test",
    ("Pages not published", "unchanged {{how}}"): "ingestion not running in this test",
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
    #: An expression over the same metrics as the alert, without the threshold:
    #: it must return data, or the alert could never fire.
    signal: str


#: Alert rules whose expression is expected to be empty in this (healthy) run.
QUIET_ALERTS: dict[str, Quiet] = {
    "ClaimwatchWorkerDown": Quiet("the worker is up", 'up{job="claimwatch-worker"}'),
    "ClaimwatchNoWorkers": Quiet("a worker is up", 'up{job="claimwatch-worker"} == 1'),
    "ClaimwatchIngestDown": Quiet(
        "no ingestion process is scraped in this test (job claimwatch-ingest has no target)",
        'up{job="claimwatch-worker"}',  # same rule shape, on the job that exists here
    ),
    "ClaimwatchConsumerLagGrowing": Quiet(
        "the pipeline is drained: lag is 0 and not growing",
        "claimwatch:consumer_lag:sum_by_topic",
    ),
    "ClaimwatchFetchErrorRate": Quiet(
        "ingestion not running in this test (no claimwatch_ingest_responses_total series)",
        # What the alert divides by once ingestion runs; the worker exposes the
        # histogram family without labels, so test the fetch-latency family exists.
        'count({__name__=~"claimwatch_.*",job="claimwatch-worker"})',
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


# ------------------------------------------------------------------ Prometheus


class PromServer:
    """A Prometheus server child process on a loopback port."""

    def __init__(self, child: Child, port: int) -> None:
        self.child = child
        self.base = f"http://127.0.0.1:{port}"
        self.http = httpx.Client(base_url=self.base, timeout=10.0)

    def ready(self) -> bool:
        assert self.child.alive(), "prometheus exited:\n" + self.child.tail(40)
        try:
            return self.http.get("/-/ready").status_code == 200
        except httpx.HTTPError:
            return False

    def _api(self, path: str, **params: Any) -> Any:
        # Queries by POST (long expressions), the rest is GET only.
        if params:
            r = self.http.post(f"/api/v1/{path}", data=params)
        else:
            r = self.http.get(f"/api/v1/{path}")
        body = r.json()
        assert body.get("status") == "success", f"{path} {params}: {body}"
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self._api("query", query=expr)
        assert data["resultType"] == "vector", data
        return list(data["result"])

    def query_range(self, expr: str, start: float, end: float, step: str) -> list[dict[str, Any]]:
        data = self._api("query_range", query=expr, start=start, end=end, step=step)
        return list(data["result"])

    def rules(self) -> list[dict[str, Any]]:
        return [r for g in self._api("rules")["groups"] for r in g["rules"]]

    def value(self, expr: str) -> float | None:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None


def finite_values(result: list[dict[str, Any]]) -> list[float]:
    out = []
    for series in result:
        points = series.get("values") or [series["value"]]
        out += [float(v) for _t, v in points if math.isfinite(float(v))]
    return out


@pytest.fixture
def prometheus(pipeline: Pipeline, tmp_path: Path) -> Iterator[PromServer]:
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
        "scrape_configs": [
            {
                # The production job name: the rules and panels select on it.
                "job_name": "claimwatch-worker",
                "metrics_path": "/metrics",
                "static_configs": [{"targets": [f"127.0.0.1:{pipeline.settings.web_port}"]}],
            }
        ],
    }
    cfg_path = tmp_path / "prometheus.yml"
    cfg_path.write_text(yaml.safe_dump(config))
    argv = [
        PROMETHEUS,
        f"--config.file={cfg_path}",
        f"--storage.tsdb.path={tmp_path / 'tsdb'}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--storage.tsdb.retention.time=1h",
        "--log.level=warn",
    ]
    child = pipeline.stack.spawn("prometheus", argv, dict(os.environ))
    server = PromServer(child, port)
    try:
        assert poll(server.ready, 30), "prometheus not ready:\n" + child.tail(40)
        yield server
    finally:
        server.http.close()
        child.stop(10)


# ------------------------------------------------------------------ queries


def dashboard_queries() -> list[tuple[str, str, str]]:
    """(panel title, legend format, expr) of every query of every dashboard."""
    out = []
    for path in sorted(DASHBOARD_DIR.glob("*.json")):
        dash = json.loads(path.read_text())
        stack = list(dash["panels"])
        while stack:
            panel = stack.pop(0)
            stack += panel.get("panels", [])
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


# ------------------------------------------------------------------ the test


def _wait_worker_metrics(pipeline: Pipeline) -> None:
    def answers() -> bool:
        assert pipeline.worker is not None and pipeline.worker.alive(), "worker died:\n" + (
            pipeline.worker.tail(60) if pipeline.worker else ""
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


def test_every_panel_and_rule_has_data(pipeline: Pipeline, prometheus: PromServer) -> None:
    _wait_worker_metrics(pipeline)
    assert poll(lambda: prometheus.value('up{job="claimwatch-worker"}') == 1.0, 30), (
        "Prometheus never scraped the worker"
    )
    started = time.time()

    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    # Warm-up. A labelled counter has no series until its first increment, and
    # rate() cannot see the increment that creates a series (the worker does not
    # pre-create its label values). So first make one dead letter, one
    # duplicate and the first alerts, and let Prometheus scrape them: the
    # stream below then moves series that exist.
    _replay_with_cli(pipeline, seeds[0])
    _replay_with_cli(pipeline, seeds[0])
    pipeline.publish_raw([b"{not json: first dead letter"])
    pipeline.drain()
    for expr in (
        "sum(claimwatch_dead_letters_total)",
        "sum(claimwatch_duplicates_dropped_total)",
        "sum(claimwatch_alerts_delivered_total)",
    ):
        assert poll(lambda e=expr: (prometheus.value(e) or 0) >= 1, 60), f"{expr}: not scraped"
    time.sleep(2)

    # The test stream: seeds/ through the CLI (as the Compose replay profile,
    # so seeds[0] is a duplicate), seeds[0] once more, and a record that is not
    # JSON (a dead letter).
    _replay_with_cli(pipeline, SEEDS)
    _replay_with_cli(pipeline, seeds[0])
    pipeline.publish_raw([b"{not json: a dead letter"])
    pipeline.drain()
    expected = len(pipeline.seeds()) + 5

    # Prometheus has scraped the final state.
    consumed = 'sum(claimwatch_articles_consumed_total{job="claimwatch-worker"})'
    assert poll(lambda: prometheus.value(consumed) == expected, 30), (
        f"scraped {prometheus.value(consumed)} consumed articles, expected {expected}"
    )
    assert poll(
        lambda: (prometheus.value("sum(claimwatch_end_to_end_seconds_count)") or 0) > 0, 30
    ), "no end-to-end latency observation scraped"
    time.sleep(3)  # a few more scrapes and rule evaluations of the final state
    end = time.time()
    window = end - started

    # ---- every dashboard query, as Grafana runs it
    queries = dashboard_queries()
    assert len(queries) >= 20
    problems: list[str] = []
    empty_as_expected: list[str] = []
    for title, legend, expr in queries:
        q = grafana_expr(expr, window + 60)
        result = prometheus.query_range(q, started - 5, end, "1s")
        values = finite_values(result)
        has_data = bool(values)
        print(f"{title} [{legend}]: {len(result)} series, max {max(values, default=None)}")
        key = (title, legend)
        if key in EXPECTED_EMPTY_QUERIES:
            if has_data:
                problems.append(f"{title} [{legend}]: listed as expected empty but has data")
            elif result and not finite_values(result):
                problems.append(f"{title} [{legend}]: only NaN/Inf values: {q}")
            else:
                empty_as_expected.append(f"{title} [{legend}]: {EXPECTED_EMPTY_QUERIES[key]}")
        elif not has_data:
            problems.append(f"{title} [{legend}]: no data for {q}")
        elif max(values) <= 0 and key not in ZERO_IS_FINE:
            problems.append(f"{title} [{legend}]: only zeros for {q}")
    keys = {(t, lf) for t, lf, _ in queries}
    unused = (set(EXPECTED_EMPTY_QUERIES) | set(ZERO_IS_FINE)) - keys
    assert not unused, f"allow-lists name queries no panel has: {unused}"

    # ---- every rule: evaluated by Prometheus without error
    loaded = {r["name"]: r for r in prometheus.rules()}
    rules = alert_rules()
    for rule in rules:
        name = rule.get("alert") or rule["record"]
        assert name in loaded, f"rule {name} not loaded by Prometheus"
        if loaded[name]["health"] != "ok":
            problems.append(
                f"rule {name}: {loaded[name]['health']} {loaded[name].get('lastError')}"
            )

    # ---- every rule expression: data, or quiet for a stated reason
    for rule in rules:
        name = rule.get("alert") or rule["record"]
        result = prometheus.query(rule["expr"])
        if name in QUIET_ALERTS:
            quiet = QUIET_ALERTS[name]
            if result:
                problems.append(f"alert {name} fires in a healthy run ({quiet.reason}): {result}")
            if not finite_values(prometheus.query(quiet.signal)):
                problems.append(f"alert {name}: its signal {quiet.signal!r} has no data")
        elif not finite_values(result):
            problems.append(f"rule {name}: no data for {rule['expr']!r}")
    unknown = set(QUIET_ALERTS) - {r.get("alert") for r in rules}
    assert not unknown, f"QUIET_ALERTS lists unknown alerts: {unknown}"

    # The critical alerts are not pending or firing.
    active = {a["labels"]["alertname"] for a in prometheus._api("alerts")["alerts"]}
    assert not active & {"ClaimwatchWorkerDown", "ClaimwatchNoWorkers"}, active

    print("\nexpected empty:\n  " + "\n  ".join(empty_as_expected))
    assert not problems, "\n".join(problems)
