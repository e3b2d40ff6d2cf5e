"""The ``claimwatch`` command: one entry point, one subcommand per job.

Logs go to stderr; results (alerts, claims, tables) go to stdout, so output
can be piped. Configuration comes from ``CLAIMWATCH_*`` environment variables
(see ``claimwatch/settings.py``); flags override them where offered.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Coroutine, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from claimwatch import __version__
from claimwatch.settings import Settings, redact_url

log = logging.getLogger("claimwatch")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

T = TypeVar("T")

DESCRIPTION = """\
claimwatch reads news as a stream and alerts when a new figure appears in a
story, or when a figure contradicts or updates an earlier one for the same
quantity ("up to 12,000 troops" vs "around 11,000").

Start with `claimwatch demo`: it runs the whole pipeline on an embedded broker
and Redis, replays seeds/ and prints the alerts. In production run `worker`
(and `ingest`) against Kafka and Redis configured by CLAIMWATCH_* variables.
"""

EPILOG = """\
environment:
  CLAIMWATCH_KAFKA_BOOTSTRAP  Kafka bootstrap servers (default 127.0.0.1:9092)
  CLAIMWATCH_REDIS_URL        Redis URL (default redis://127.0.0.1:6379/0)
  CLAIMWATCH_WEB_PORT         worker HTTP port for /metrics, /healthz, /ledger (6066)
  ...and the rest listed in README.md ("Configuration").

exit codes: 0 success, 1 failure, 2 bad usage or input
"""


class CliError(Exception):
    """An expected failure with a message for the user (no traceback)."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


# --------------------------------------------------------------------------- demo


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Embedded run: broker + Redis + worker as children, replay, print alerts."""
    from claimwatch import kafka
    from claimwatch.embedded import EmbeddedStack, EmbeddedStackError, free_port
    from topics.catalog import consumed_topics, topic_specs
    from workers import replay

    articles = _load_articles([args.input])
    started = time.monotonic()
    try:
        stack = EmbeddedStack(base=settings)
        stack.start()
    except EmbeddedStackError as exc:
        raise CliError(str(exc)) from None
    # SIGTERM (e.g. from a supervisor) takes the same clean path as Ctrl-C.
    previous = signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        s = stack.settings(web_port=free_port(), web_host="127.0.0.1")
        log.info("broker on %s, Redis on %s", s.kafka_bootstrap, redact_url(s.redis_url.reveal()))
        _run_interruptible(kafka.create_topics(s, topic_specs(s.app_id)))
        worker = stack.spawn(
            "worker", [sys.executable, "-m", "claimwatch", "worker"], {**os.environ, **s.to_env()}
        )
        _run_interruptible(replay.publish(s, articles))
        log.info("replayed %d articles; waiting for the pipeline to drain", len(articles))
        try:
            _run_interruptible(
                kafka.wait_drained(
                    s,
                    s.app_id,
                    list(consumed_topics(s.deliver_in_brain)),
                    args.timeout,
                    alive=worker.alive,
                )
            )
        except (TimeoutError, RuntimeError) as exc:
            raise CliError(f"{exc}\n--- worker log (last lines) ---\n{worker.tail(40)}") from None
        alerts = _run_interruptible(_read_stream(s))
        log.info(
            "%d articles -> %d alerts in %.1fs",
            len(articles),
            len(alerts),
            time.monotonic() - started,
        )
        _print_alerts(sorted(alerts, key=_story_time), as_json=args.json)
        return EXIT_OK
    except KeyboardInterrupt:
        log.warning("interrupted; stopping the worker, Redis and the broker")
        return 130
    finally:
        # Stopping is bounded (each child gets a grace period, then SIGKILL), so a
        # second Ctrl-C while it runs is ignored rather than left to abort the
        # cleanup halfway with a traceback and orphaned servers.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        try:
            stack.stop()
        finally:
            signal.signal(signal.SIGTERM, previous)
            signal.signal(signal.SIGINT, signal.default_int_handler)


def _story_time(alert: dict[str, Any]) -> tuple[str, str]:
    """Sort key: when the triggering article was published, then when the alert was made.

    A bulk replay reaches the brain in partition-interleaved order; printing by
    publication time reads like the story unfolded.
    """
    article = (alert.get("claim") or {}).get("article") or {}
    return (article.get("published_at") or "", alert.get("created_at") or "")


def _raise_keyboard_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _run_interruptible(coro: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(coro)`` where Ctrl-C and SIGTERM cancel ``coro`` from the event loop.

    Python's default handler raises KeyboardInterrupt between any two bytecodes,
    and asyncio's own cancels the main task from inside the signal handler, i.e.
    also in the middle of a callback: aiokafka then resolves a request future the
    interrupt just cancelled and logs an InvalidStateError traceback, and the
    consumers are left unclosed. A loop signal handler runs between callbacks
    instead, so every ``finally`` closes its clients. The caller sees
    KeyboardInterrupt as before.
    """

    async def main() -> T:
        loop = asyncio.get_running_loop()
        work: asyncio.Future[T] = asyncio.ensure_future(coro)
        interrupted = loop.create_future()

        def interrupt() -> None:
            if not interrupted.done():
                interrupted.set_result(None)
            work.cancel()

        signals = (signal.SIGINT, signal.SIGTERM)
        # remove_signal_handler() resets to the defaults, not to what was there.
        previous = {sig: signal.getsignal(sig) for sig in signals}
        for sig in signals:
            loop.add_signal_handler(sig, interrupt)
        try:
            await asyncio.wait({work, interrupted}, return_when=asyncio.FIRST_COMPLETED)
            if not interrupted.done():
                return work.result()
            # The interrupt wins even where a library swallowed the cancellation
            # (3.11's wait_for can, when its inner future completes at the same
            # moment) and the work then finished or kept going: cancel again
            # until it is done, so its finally blocks still close the clients.
            while not work.done():
                work.cancel()
                await asyncio.wait({work}, timeout=1.0)
            if not work.cancelled():
                work.exception()  # retrieved: the interrupt is what the caller sees
            raise KeyboardInterrupt
        finally:
            for sig in signals:
                loop.remove_signal_handler(sig)
                signal.signal(sig, previous[sig])

    return asyncio.run(main())


async def _read_stream(settings: Settings) -> list[dict[str, Any]]:
    from claimwatch import redis_keys
    from workers.sink import redis_client

    client = redis_client(settings)
    try:
        entries: Any = await client.xrange(redis_keys.ALERTS_STREAM)
    finally:
        await client.aclose()
    return [json.loads(fields[b"json"]) for _id, fields in entries]


# ----------------------------------------------------------------------- worker


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from workers.app import run_worker

    log.info(
        "worker %s: Kafka %s, Redis %s, HTTP %s:%d",
        settings.app_id,
        settings.kafka_bootstrap,
        redact_url(settings.redis_url.reveal()),
        settings.web_host,
        settings.web_port,
    )
    run_worker(settings)
    return EXIT_OK


# ----------------------------------------------------------------------- replay


def _load_articles(paths: Sequence[str]) -> list[Any]:
    from workers.replay import ReplayError, load

    try:
        articles = load(paths)
    except ReplayError as exc:
        raise CliError(f"replay: {exc}", EXIT_USAGE) from None
    if not articles:
        raise CliError("replay: no articles found in " + ", ".join(paths), EXIT_USAGE)
    return articles


def cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    from workers import replay

    articles = _load_articles(args.paths)
    count = asyncio.run(replay.publish(settings, articles, ordered=not args.spread))
    log.info("published %d articles to %s", count, settings.kafka_bootstrap)
    return EXIT_OK


# ----------------------------------------------------------------------- alerts


def cmd_alerts(args: argparse.Namespace, settings: Settings) -> int:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_tail_alerts(settings, args))
    return EXIT_OK


async def _tail_alerts(settings: Settings, args: argparse.Namespace) -> None:
    from claimwatch import redis_keys
    from workers.sink import redis_client

    client = redis_client(settings)
    last = "0-0" if args.from_start else "$"
    shown = 0
    try:
        while args.count is None or shown < args.count:
            # Block below the client's 5 s socket timeout.
            block = None if args.no_follow else 4000
            reply: Any = await client.xread(
                {redis_keys.ALERTS_STREAM: last}, count=100, block=block
            )
            if not reply:
                if args.no_follow:
                    return
                continue
            # RESP3 answers {stream: entries}; RESP2 a list of [stream, entries].
            for _stream, entries in reply.items() if isinstance(reply, dict) else reply:
                for entry_id, fields in entries:
                    last = entry_id
                    _print_alerts([json.loads(fields[b"json"])], as_json=args.json)
                    shown += 1
                    if args.count is not None and shown >= args.count:
                        return
    finally:
        await client.aclose()


def _format_figure(claim: dict[str, Any]) -> str:
    value = claim.get("value")
    number = (
        f"{value:,.0f}" if isinstance(value, int | float) and value == int(value) else f"{value}"
    )
    unit = f" {claim['unit']}" if claim.get("unit") else ""
    article = claim.get("article") or {}
    who = claim.get("source") or article.get("outlet") or "?"
    return f"{number}{unit} ({claim.get('bound')}) per {who}"


def _print_alerts(alerts: Iterable[dict[str, Any]], *, as_json: bool) -> None:
    out = sys.stdout
    for alert in alerts:
        if as_json:
            out.write(json.dumps(alert, ensure_ascii=False) + "\n")
            continue
        claim = alert.get("claim") or {}
        metric = (alert.get("metric") or {}).get("label") or (alert.get("metric") or {}).get("key")
        line = f"[{alert.get('kind')}] {metric}: {_format_figure(claim)}"
        against = alert.get("against") or []
        if against:
            line += " vs " + "; ".join(_format_figure(c) for c in against)
        out.write(line + "\n")
        out.write(f"    story {alert.get('story')}  id {alert.get('id')}\n")
        if claim.get("quote"):
            out.write(f'    "{claim["quote"]}"\n')
    out.flush()


# ---------------------------------------------------------------------- extract


def _documents(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(id, text) pairs from files, or from JSON lines on stdin when no file is given."""
    from workers.replay import HTML_SUFFIXES, ReplayError, expand, parse_html_file

    if not paths:
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CliError(f"stdin line {n}: not JSON: {exc}", EXIT_USAGE) from None
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise CliError(f'stdin line {n}: expected {{"id", "text"}}', EXIT_USAGE)
            yield str(doc.get("id", n)), doc["text"]
        return
    try:
        files = expand(paths)
    except ReplayError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    for path in files:
        try:
            content = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise CliError(f"{path}: cannot read: {exc.strerror or exc}", EXIT_USAGE) from None
        if path.suffix.lower() in HTML_SUFFIXES:
            try:
                content = parse_html_file(content).text
            except ValueError as exc:
                raise CliError(f"{path}: {exc}", EXIT_USAGE) from None
        yield str(path), content


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from claimlogic.extract import extract_claims

    out = sys.stdout
    for doc_id, text in _documents(args.files):
        for claim in extract_claims(text):
            out.write(json.dumps({"id": doc_id, **claim.to_dict()}, ensure_ascii=False) + "\n")
    out.flush()
    return EXIT_OK


# ----------------------------------------------------------------------- topics


def cmd_topics_create(args: argparse.Namespace, settings: Settings) -> int:
    from claimwatch import kafka
    from topics.catalog import topic_specs

    specs = topic_specs(settings.app_id)
    result = asyncio.run(kafka.create_topics(settings, specs))
    for spec in specs:
        print(f"{result[spec.name]:8} {spec.name} (partitions={spec.partitions})")
    return EXIT_OK


def cmd_topics_list(args: argparse.Namespace, settings: Settings) -> int:
    from topics.catalog import topic_specs

    for spec in topic_specs(settings.app_id):
        config = ",".join(f"{k}={v}" for k, v in spec.config.items())
        print(f"{spec.name}\tpartitions={spec.partitions}\t{config}")
    return EXIT_OK


# ------------------------------------------------------------- health and ledger


def _worker_url(settings: Settings, path: str, url: str | None) -> str:
    host = "127.0.0.1" if settings.web_host in ("0.0.0.0", "") else settings.web_host
    return (url or f"http://{host}:{settings.web_port}").rstrip("/") + path


def _http_get(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return bytes(response.read())


def cmd_healthcheck(args: argparse.Namespace, settings: Settings) -> int:
    url = _worker_url(settings, "/healthz", args.url)
    try:
        body = json.loads(_http_get(url, args.timeout))
    except (OSError, ValueError, urllib.error.URLError) as exc:
        print(f"unhealthy: {url}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if body.get("status") != "ok":
        print(f"unhealthy: {url}: {body}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"ok: {url}")
    return EXIT_OK


def cmd_ledger(args: argparse.Namespace, settings: Settings) -> int:
    from claimlogic.brain import render_ledger

    url = _worker_url(settings, "/ledger", args.url)
    try:
        view = json.loads(_http_get(url, args.timeout))
    except (OSError, ValueError, urllib.error.URLError) as exc:
        raise CliError(f"cannot read the ledger from {url}: {exc}") from None
    if args.json:
        print(json.dumps(view, ensure_ascii=False, indent=2))
    else:
        print(render_ledger(view))
    return EXIT_OK


# ----------------------------------------------------------------------- ingest


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from workers.ingest import main as ingest_main

    if args.config:
        settings = settings.with_overrides(ingest_config=args.config)
    if not Path(settings.ingest_config).is_file():
        raise CliError(f"ingest: config file {settings.ingest_config} not found", EXIT_USAGE)
    return int(ingest_main(settings, once=args.once) or 0)


# ----------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="claimwatch", description=DESCRIPTION, epilog=EPILOG, formatter_class=fmt
    )
    parser.add_argument("--version", action="version", version=f"claimwatch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "demo",
        help="run everything on an embedded broker and Redis, replay seeds/, print alerts",
        description=(
            "Start a Tansu broker and a Redis server on free loopback ports, create the\n"
            "topics, start a worker, replay the articles in --input, wait until every\n"
            "article is processed, print the alerts and stop everything. Needs neither\n"
            "Docker nor root. Logs go to stderr, alerts to stdout."
        ),
        formatter_class=fmt,
    )
    p.add_argument("--input", default="seeds", metavar="DIR", help="articles to replay (seeds)")
    p.add_argument("--json", action="store_true", help="one JSON object per alert on stdout")
    p.add_argument(
        "--timeout", type=float, default=120.0, metavar="S", help="give up after S seconds (120)"
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "worker",
        help="run the Faust worker (extraction, stories, ledger, alerts)",
        description=(
            "Consume claimwatch-articles, extract claims, track figures per story and\n"
            "write alerts to the claimwatch-alerts topic and to Redis. Serves /metrics,\n"
            "/healthz and /ledger on CLAIMWATCH_WEB_HOST:CLAIMWATCH_WEB_PORT. Stops\n"
            "cleanly on SIGTERM, committing its progress."
        ),
        formatter_class=fmt,
    )
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser(
        "replay",
        help="publish text/HTML/JSON-lines files as articles",
        description=(
            "Publish files as articles on claimwatch-articles. Directories are read one\n"
            "level deep. .txt files may start with Title:/URL:/Outlet:/Published: lines;\n"
            ".html files are cleaned with trafilatura; .jsonl files hold one article\n"
            'object per line ({"text": ..., "title": ..., "url": ...}).'
        ),
        formatter_class=fmt,
    )
    p.add_argument("paths", nargs="+", metavar="DIR|FILE")
    p.add_argument(
        "--spread",
        action="store_true",
        help="spread articles over all partitions (faster, but not processed in file order)",
    )
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser(
        "alerts",
        help="print alerts from the Redis Stream as they arrive",
        description="Tail the claimwatch:alerts Redis Stream (new alerts; all with --from-start).",
    )
    p.add_argument("--from-start", action="store_true", help="print the retained history first")
    p.add_argument("--json", action="store_true", help="one JSON object per alert")
    p.add_argument("--count", type=int, metavar="N", help="stop after N alerts")
    p.add_argument(
        "--no-follow", action="store_true", help="print what is there now and exit (no blocking)"
    )
    p.set_defaults(func=cmd_alerts)

    p = sub.add_parser(
        "extract",
        help="offline: print the quantity claims found in documents, as JSON lines",
        description=(
            'Read JSON lines {"id", "text"} on stdin, or the text/HTML files given, and\n'
            "write one JSON line per quantity: id, start, end, text, value, low, high,\n"
            "bound, change, unit, about, metric, source, hedge, quote (and more).\n"
            "Offsets are into the document text (for .txt files, after any header lines)."
        ),
        formatter_class=fmt,
    )
    p.add_argument("files", nargs="*", metavar="FILE")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("topics", help="create or list the Kafka topics claimwatch uses")
    topics_sub = p.add_subparsers(dest="topics_command", metavar="ACTION", required=True)
    tp = topics_sub.add_parser(
        "create", help="create every topic with its partitions and configs (idempotent)"
    )
    tp.set_defaults(func=cmd_topics_create)
    tp = topics_sub.add_parser("list", help="print the topic catalogue")
    tp.set_defaults(func=cmd_topics_list)

    p = sub.add_parser(
        "healthcheck",
        help="exit 0 when the worker's HTTP endpoint answers (for Compose)",
        description="GET /healthz on the worker; exit 0 if healthy, 1 otherwise.",
    )
    p.add_argument("--url", help="worker base URL (default from CLAIMWATCH_WEB_HOST/PORT)")
    p.add_argument("--timeout", type=float, default=3.0, metavar="S")
    p.set_defaults(func=cmd_healthcheck)

    p = sub.add_parser(
        "ledger",
        help="show stories, their metrics and figures from a running worker",
        description="Read /ledger from a running worker and print it as a table or JSON.",
    )
    p.add_argument("--json", action="store_true", help="print the ledger as JSON")
    p.add_argument("--url", help="worker base URL (default from CLAIMWATCH_WEB_HOST/PORT)")
    p.add_argument("--timeout", type=float, default=10.0, metavar="S")
    p.set_defaults(func=cmd_ledger)

    p = sub.add_parser(
        "ingest",
        help="fetch feeds, sitemaps and URL lists and publish clean articles",
        description=(
            "Poll the sources in the config file (CLAIMWATCH_INGEST_CONFIG or --config),\n"
            "fetch new articles politely, clean them with trafilatura and publish them\n"
            "on claimwatch-articles. --once polls every source once and exits."
        ),
        formatter_class=fmt,
    )
    p.add_argument("--once", action="store_true", help="poll every source once, then exit")
    p.add_argument("--config", metavar="PATH", help="sources file (TOML)")
    p.set_defaults(func=cmd_ingest)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        print(f"claimwatch: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    level = logging.DEBUG if args.verbose else getattr(logging, settings.log_level.upper(), 20)
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if not args.verbose:
        # aiokafka logs every group coordinator lookup at INFO.
        logging.getLogger("aiokafka").setLevel(logging.WARNING)
    try:
        return int(args.func(args, settings))
    except CliError as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        # The reader of our stdout went away (e.g. `| head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
