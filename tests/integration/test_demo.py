"""`claimwatch demo`, run as a user would: output contract, exit code, clean shutdown."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def _processes_under(prefix: str) -> list[str]:
    """Live processes whose working directory or command line mentions ``prefix``."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cwd = os.readlink(f"/proc/{pid}/cwd")
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if prefix in cwd or prefix in cmdline:
            found.append(f"{pid}: {cmdline}")
    return found


def _demo(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    # A private TMPDIR marks every child (their working directory lives in it),
    # so leftovers can be found after the demo exits.
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    return subprocess.Popen(
        [sys.executable, "-m", "claimwatch", "demo", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_demo_json_prints_one_alert_object_per_line_and_leaves_nothing_running(
    tmp_path: Path,
) -> None:
    proc = _demo(tmp_path, "--json")
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err[-3000:]
    lines = out.splitlines()
    assert lines, err[-3000:]
    alerts = [json.loads(line) for line in lines]  # every stdout line is one JSON object
    assert all(isinstance(a, dict) and a["id"].startswith("al-") for a in alerts)
    assert len({a["id"] for a in alerts}) == len(alerts)
    assert {"new_figure", "contradiction"} <= {a["kind"] for a in alerts}
    assert "alerts in" in err  # the summary goes to stderr, not stdout
    time.sleep(0.5)
    assert _processes_under(str(tmp_path)) == []


def test_demo_stops_every_child_on_ctrl_c(tmp_path: Path) -> None:
    proc = _demo(tmp_path)
    deadline = time.monotonic() + 60
    # Interrupt once the worker is up (its working directory is in tmp_path).
    while time.monotonic() < deadline and not any(
        "claimwatch worker" in p for p in _processes_under(str(tmp_path))
    ):
        time.sleep(0.1)
    assert proc.poll() is None, proc.communicate()[1][-2000:]
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err, err[-3000:]
    time.sleep(0.5)
    assert _processes_under(str(tmp_path)) == []


def test_demo_with_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    proc = _demo(tmp_path, "--input", str(tmp_path / "nowhere"))
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "no such file or directory" in err and "Traceback" not in err
