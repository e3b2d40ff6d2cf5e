"""The operator-facing subcommands against a real worker, broker and Redis."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from claimwatch.embedded import free_port
from tests.conftest import Pipeline

pytestmark = pytest.mark.integration


def _cli(pipeline: Pipeline, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **pipeline.settings.to_env()}
    return subprocess.run(
        [sys.executable, "-m", "claimwatch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_operator_commands_on_a_running_pipeline(pipeline: Pipeline) -> None:
    """topics create is idempotent; healthcheck tells a live worker from a dead
    port; alerts and ledger show what the replay produced."""
    created = _cli(pipeline, "topics", "create")
    assert created.returncode == 0, created.stderr
    assert "exists   claimwatch-articles (partitions=4)" in created.stdout

    replayed = _cli(pipeline, "replay", "seeds")
    assert replayed.returncode == 0, replayed.stderr
    pipeline.drain()

    healthy = _cli(pipeline, "healthcheck")
    assert healthy.returncode == 0 and healthy.stdout.startswith("ok:"), healthy.stderr
    dead = _cli(pipeline, "healthcheck", "--url", f"http://127.0.0.1:{free_port()}")
    assert dead.returncode == 1 and "unhealthy" in dead.stderr

    tail = _cli(pipeline, "alerts", "--from-start", "--no-follow", "--json")
    assert tail.returncode == 0, tail.stderr
    printed = [json.loads(line) for line in tail.stdout.splitlines()]
    assert [a["id"] for a in printed] == [a["id"] for a in pipeline.stream_alerts()]

    as_json = _cli(pipeline, "ledger", "--json")
    assert as_json.returncode == 0, as_json.stderr
    view = json.loads(as_json.stdout)
    assert "12000" in as_json.stdout.replace(",", "").replace(".0", "")
    assert view
    table = _cli(pipeline, "ledger")
    assert table.returncode == 0 and "north korean" in table.stdout.lower(), table.stdout[:2000]
