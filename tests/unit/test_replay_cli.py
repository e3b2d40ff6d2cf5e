"""Replay file parsing and the CLI's behaviour on bad input (no servers needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimlogic.model import CONTRACT_FIELDS
from claimwatch.cli import build_parser, main
from workers.replay import ReplayError, load, parse_text_file

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_seeds_load_with_their_headers() -> None:
    articles = load([SEEDS])
    assert len(articles) == 5
    assert all(a.title and a.url and a.outlet and a.published_at for a in articles)
    assert len({a.id for a in articles}) == 5
    assert not any(a.text.startswith(("Title:", "URL:")) for a in articles)


def test_text_without_header_is_all_body() -> None:
    article = parse_text_file("Just a body.\nSecond line: with a colon.")
    assert article.text.startswith("Just a body.") and article.title is None


def test_jsonl_and_html_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": "One", "title": "t1"}) + "\n\n" + json.dumps({"text": "Two"}) + "\n"
    )
    html = "<html><head><title>Budget vote</title></head><body><article>"
    html += "<p>" + "The council approved 12 new buses for the city on Monday. " * 8 + "</p>"
    html += "</article></body></html>"
    (tmp_path / "b.html").write_text(html)
    articles = load([tmp_path])
    assert [a.text for a in articles[:2]] == ["One", "Two"]
    assert "12 new buses" in articles[2].text


def test_missing_and_malformed_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ReplayError, match="no such file"):
        load([tmp_path / "nope.txt"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\n{"title": "no text"}\n')
    with pytest.raises(ReplayError, match=r"bad.jsonl:2: field 'text'"):
        load([bad])


def test_cli_replay_of_a_missing_file_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["replay", str(tmp_path / "missing")])
    err = capsys.readouterr().err
    assert code == 2
    assert "no such file or directory" in err and "Traceback" not in err


def test_every_subcommand_has_help() -> None:
    parser = build_parser()
    help_text = parser.format_help()
    for command in (
        "demo",
        "worker",
        "replay",
        "alerts",
        "extract",
        "topics",
        "healthcheck",
        "ledger",
        "ingest",
    ):
        assert command in help_text
        with pytest.raises(SystemExit) as exit_info:
            parser.parse_args([command, "--help"])
        assert exit_info.value.code == 0


def test_extract_reads_json_lines_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    doc = {"id": "d1", "text": "At least 3,000 soldiers arrived, officials said."}
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(doc) + "\n"))
    assert main(["extract"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and lines[0]["id"] == "d1"
    first = lines[0]
    for field in CONTRACT_FIELDS:
        assert field in first
    assert first["value"] == 3000 and first["bound"] == "min"
    assert doc["text"][first["start"] : first["end"]] == first["text"]
