"""End-to-end benchmark of the claimwatch pipeline on the embedded stack (issue 7).

    .venv/bin/python -m bench.pipeline_bench --sizes 1000,10000 --json /tmp/bench.json

Not part of the test run. For each size N, on a fresh embedded stack (Tansu +
Redis on loopback) and the same generated corpus, it measures side by side:

* ``extract``: ``claimlogic.extract.extract_claims`` alone over the texts (CPU);
* ``core``: the pure pipeline logic in one process -- parse, ``brain.analyze``,
  the JSON round trip of the analyzed record, ``brain.observe`` on dict tables;
* ``bare``: a bare aiokafka consumer loop (a child process reading the articles
  topic from Tansu and calling parse + analyze + observe directly on the worker's
  packed tables, ``brain.new_tables()``, with ``expire`` as the worker calls it;
  nothing produced): what the job costs with Kafka input and no framework;
  ``bare-dict`` is the same loop on plain dict tables (the baseline until
  2026-12-04, which counted the packed tables' cost as pipeline overhead);
* ``pipeline``: the real worker (``python -m claimwatch worker``: Faust agents
  brain (extraction included, ``analyze_in_brain``; ``--three-hop`` puts an
  analyze agent and the analyzed topic in front) -> deliver, brain state in the
  ``claimwatch-brain-state`` topic, Redis sink), fed the same articles, until
  the last alert is in Redis.

Throughput is N / (last article done - first article published), with the
consumer already running and warmed up; the publisher sends as fast as it can
(4 partitions, keyed by article id), so this is the sustained rate with a
backlog. Latency is per alert, from the Kafka record timestamp of its article
(``pipeline.enqueued_ms``) to the millisecond timestamp of its Redis Stream
entry (XADD time), so it needs no extra client. The fixed-rate run
(``--rate``, default 50 articles/s for ``--rate-seconds``) measures latency
without a backlog. CPU seconds come from /proc/<pid>/stat of every process
(worker, Tansu, Redis, publisher); per-stage time is the worker's
``claimwatch_processing_seconds`` sums (wall time from handling a record to its
effects being durable: for ``analyze`` the handler alone, for ``brain`` and
``deliver`` including the wait for their group's write, so under a backlog
these are queueing times, not CPU) and ``claimwatch_flush_seconds`` (the group
writes themselves). Peak memory is VmHWM. The brain's
state is measured in the ``core`` run: its tables are rebuilt from their JSON
(what a restarted worker reads back from the brain-state topic) under tracemalloc.

Results go to stdout and, with ``--json``, to a file; docs/benchmarks.md holds a
commented run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import platform
import random
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

from bench.corpus import iter_bulk, load_seeds
from bench.memory import state_readback
from claimlogic import brain
from claimwatch import kafka
from claimwatch.embedded import EmbeddedStack, free_port, poll
from claimwatch.settings import Settings
from topics import Article, encode, parse_article
from topics.catalog import ARTICLES, topic_specs

ROOT = Path(__file__).resolve().parent.parent
#: How often the run checks the worker's /metrics for the end. Each scrape costs
#: the worker ~7 ms of CPU (Faust's per-partition series); at 4 per second that
#: was ~4 % of its CPU in a 3k run, counted as pipeline overhead though
#: Prometheus scrapes every 15 s. The end is seen up to this late, so
#: throughput reads up to DONE_POLL_S / run length low (~2 % at 40 s).
DONE_POLL_S = 1.0
CLK_TCK = os.sysconf("SC_CLK_TCK")


# ============================================================================ corpus
def corpus(n: int, seed: int = 3) -> list[Article]:
    """n realistic articles: shootings reported by 1-3 outlets with differently written
    text (related stories, updated tolls), ~20 % syndicated near-copies, ~5 % exact
    re-publications of an earlier article, and the seed articles (figures that
    contradict each other across outlets) spread through the stream."""
    rng = random.Random(seed)
    seeds = load_seeds()
    out: list[Article] = []
    bulk: Iterator[tuple[Article, Any]] = iter_bulk(n, seed=seed)
    seed_every = max(1, n // max(1, len(seeds)))
    for i in range(n):
        if i % seed_every == seed_every // 2 and seeds:
            out.append(seeds.pop(0))
        elif out and rng.random() < 0.05:
            out.append(rng.choice(out))
        else:
            out.append(next(bulk)[0])
    return out


def warmup_article() -> Article:
    return Article.create(
        "The harbour board said on Thursday that 42 ships had been delayed by the storm "
        "and that repairs to the northern pier would cost about $3 million.",
        title="Storm delays ships",
        outlet="Warm-up Gazette",
    )


# ============================================================================ /proc
def proc_cpu(pid: int, children: bool = True) -> float:
    """User + system CPU seconds of a process and (``children``) its live children
    (analyze processes)."""
    total = 0.0
    for p in [pid, *child_pids(pid)] if children else [pid]:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:  # a child that ended between the listing and the read
            continue
        total += (int(fields[11]) + int(fields[12])) / CLK_TCK
    return total


def thread_cpu(pid: int) -> dict[int, float]:
    """User + system CPU seconds of each live thread of ``pid``, by thread id."""
    out: dict[int, float] = {}
    with contextlib.suppress(OSError):
        for tid in filter(str.isdigit, os.listdir(f"/proc/{pid}/task")):
            try:
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:  # a thread that ended between the listing and the read
                continue
            out[int(tid)] = (int(fields[11]) + int(fields[12])) / CLK_TCK
    return out


def child_pids(pid: int) -> list[int]:
    """Live processes whose parent is ``pid``."""
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            found.append(int(entry))
    return found


def proc_mem(pid: int) -> dict[str, float]:
    """VmHWM (peak RSS) and VmRSS in MiB."""
    out: dict[str, float] = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("VmHWM:", "VmRSS:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0]) / 1024
    return out


def self_cpu() -> float:
    return time.process_time()


def loadavg() -> str:
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def machine() -> dict[str, Any]:
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "mem_gib": round(mem_kb / 2**20, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "date_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
        "loadavg_at_start": loadavg(),
    }


# ============================================================================ stats
def percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    v = sorted(values)

    def pct(q: float) -> float:
        return v[min(len(v) - 1, max(0, round(q * (len(v) - 1))))]

    return {
        "n": len(v),
        "p50": pct(0.50),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "max": v[-1],
        "mean": sum(v) / len(v),
    }


def parse_metrics(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            with contextlib.suppress(ValueError):
                out[name] = float(value)
    return out


def metric_sum(metrics: dict[str, float], prefix: str) -> float:
    return sum(v for k, v in metrics.items() if k == prefix or k.startswith(prefix + "{"))


# ============================================================================ in-process
def run_extract(articles: list[Article]) -> dict[str, Any]:
    from claimlogic.extract import extract_claims

    gc.collect()
    t, c = time.perf_counter(), self_cpu()
    claims = sum(len(extract_claims(a.text)) for a in articles)
    wall, cpu = time.perf_counter() - t, self_cpu() - c
    return {"articles": len(articles), "claims": claims, "wall_s": wall, "cpu_s": cpu}


def run_core(articles: list[Article], measure_state: bool) -> dict[str, Any]:
    """parse + analyze + JSON round trip + observe, one process, dict tables."""
    config = brain.BrainConfig()
    tables: dict[str, dict[str, Any]] = {name: {} for name in brain.BRAIN_TABLES}
    payloads = [encode(a.to_dict()) for a in articles]
    gc.collect()
    t_an = t_ob = 0.0
    alerts = 0
    t, c = time.perf_counter(), self_cpu()
    for raw in payloads:
        t1 = time.perf_counter()
        record = json.loads(encode(brain.analyze(parse_article(raw))))
        t2 = time.perf_counter()
        alerts += len(brain.observe(tables, record, now=time.time(), config=config).alerts)
        t_an += t2 - t1
        t_ob += time.perf_counter() - t2
    wall, cpu = time.perf_counter() - t, self_cpu() - c
    out: dict[str, Any] = {
        "articles": len(articles),
        "alerts": alerts,
        "wall_s": wall,
        "cpu_s": cpu,
        "analyze_s": t_an,
        "observe_s": t_ob,
        "stats": brain.stats(tables),
    }
    if measure_state:
        out["state"] = state_memory(tables)
    return out


def state_memory(tables: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Bytes of the brain's tables as a restored worker holds them (``bench.memory``'s
    read-back: primary tables from JSON, derived indexes rebuilt)."""
    m = state_readback(tables)
    return {k: m[k] for k in ("python_bytes", "json_bytes", "entries")}


# ============================================================================ bare loop
async def _bare_loop(bootstrap: str, n: int, tables_kind: str = "packed") -> dict[str, Any]:
    """Child process: consume the articles topic and call the core directly.

    The core is the worker's: parse + analyze + observe on ``brain.new_tables()``
    (``tables_kind`` "packed", the worker's containers) and ``expire`` on the same
    offsets as the worker; "dict" observes on plain dicts (the baseline before
    2026-12-04, which left the packed tables' cost in the worker's overhead).
    """
    from aiokafka import AIOKafkaConsumer, TopicPartition

    from workers.app import EXPIRE_EVERY

    settings = Settings(kafka_bootstrap=bootstrap)
    consumer = AIOKafkaConsumer(**kafka.client_options(settings), enable_auto_commit=False)
    await consumer.start()
    try:
        parts = [
            TopicPartition(ARTICLES, p)
            for p in sorted(consumer.partitions_for_topic(ARTICLES) or ())
        ]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        await consumer.getmany(timeout_ms=50)
        print("READY", flush=True)
        config = brain.BrainConfig()
        tables: dict[str, MutableMapping[str, Any]] = (
            brain.new_tables()
            if tables_kind == "packed"
            else {name: {} for name in brain.BRAIN_TABLES}
        )
        done = alerts = 0
        first: float | None = None
        cpu0 = self_cpu()
        core = 0.0  # thread CPU in parse + analyze + observe, as the worker counts it
        while done < n:
            batch = await consumer.getmany(timeout_ms=200, max_records=500)
            for messages in batch.values():
                for m in messages:
                    if first is None:
                        first, cpu0 = time.time(), self_cpu()
                    t = time.thread_time()
                    article = parse_article(m.value)
                    record = brain.analyze(article)
                    now = time.time()
                    alerts += len(brain.observe(tables, record, now=now, config=config).alerts)
                    if m.offset % EXPIRE_EVERY == 0:  # as the worker's brain agent
                        brain.expire(tables, now=now, config=config)
                    core += time.thread_time() - t
                    done += 1
        return {
            "tables": tables_kind,
            "processed": done,
            "alerts": alerts,
            "first_record": first,
            "last_done": time.time(),
            "cpu_s": self_cpu() - cpu0,
            "core_cpu_s": core,
            "peak_rss_mib": proc_mem(os.getpid()).get("VmHWM", 0.0),
        }
    finally:
        await consumer.stop()


async def publish(settings: Settings, articles: list[Article], rate: float | None = None) -> float:
    """Send articles (keyed by id, spread over the partitions); returns the start time."""
    producer = kafka.producer(settings, max_batch_size=256 * 1024)
    await producer.start()
    try:
        started = time.time()
        t0 = time.monotonic()
        pending = []
        for i, article in enumerate(articles):
            pending.append(
                await producer.send(ARTICLES, encode(article.to_dict()), key=article.id.encode())
            )
            if rate:
                delay = t0 + (i + 1) / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            elif len(pending) >= 1000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
        return started
    finally:
        await producer.stop()


def run_bare(articles: list[Article], tables_kind: str = "packed") -> dict[str, Any]:
    """The bare loop over ``articles`` on a fresh stack; ``tables_kind`` as ``_bare_loop``."""
    with EmbeddedStack() as stack:
        settings = stack.settings()
        asyncio.run(kafka.create_topics(settings, topic_specs(settings.app_id)))
        argv = [sys.executable, "-m", "bench.pipeline_bench", "--bare-child",
                stack.kafka_bootstrap, str(len(articles)), tables_kind]  # fmt: skip
        child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None
            line = child.stdout.readline()
            if line.strip() != "READY":
                raise RuntimeError(f"bare loop did not start: {line!r}")
            tansu = stack.children["tansu"].popen.pid
            tansu_cpu0, pub_cpu0 = proc_cpu(tansu), self_cpu()
            started = asyncio.run(publish(settings, articles))
            pub_cpu = self_cpu() - pub_cpu0
            out, _ = child.communicate(timeout=3600)
            result = json.loads(out.strip().splitlines()[-1])
            result["tansu_cpu_s"] = proc_cpu(tansu) - tansu_cpu0
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(5)
    result["publisher_cpu_s"] = pub_cpu
    result["elapsed_s"] = result["last_done"] - started
    result["throughput"] = len(articles) / result["elapsed_s"]
    return result


# ============================================================================ pipeline
class Worker:
    """The real worker processes (one consumer group) on an embedded stack, with metrics.

    With ``count`` > 1 the workers share the partitions as in production: the
    articles topic's 4 partitions spread the analyze stage, one of them runs the
    brain. Their metrics are summed.
    """

    def __init__(self, stack: EmbeddedStack, settings: Settings, count: int = 1) -> None:
        self.stack, self.settings = stack, settings
        self.ports = [settings.web_port] + [free_port() for _ in range(count - 1)]
        self.children = []
        for n, port in enumerate(self.ports):
            env = {**os.environ, **settings.with_overrides(web_port=port).to_env()}
            name = "worker" if n == 0 else f"worker-{n + 1}"
            cmd = [sys.executable, "-m", "claimwatch", "worker"]
            self.children.append(stack.spawn(name, cmd, env))
        self.child = self.children[0]

    def metrics(self) -> dict[str, float]:
        total: dict[str, float] = {}
        for port in self.ports:
            url = f"http://127.0.0.1:{port}/metrics"
            with urllib.request.urlopen(url, timeout=10) as response:
                for name, value in parse_metrics(response.read().decode()).items():
                    total[name] = total.get(name, 0.0) + value
        return total

    def done(self, articles: int) -> tuple[bool, dict[str, float]]:
        """All ``articles`` analyzed and seen by the brain, every emitted alert delivered."""
        for child in self.children:
            if not child.alive():
                raise RuntimeError("worker died:\n" + child.tail(40))
        try:
            m = self.metrics()
        except OSError:
            return False, {}
        stage = "claimwatch_processing_seconds_count"
        analyzed = m.get(stage + '{stage="analyze"}', 0)
        seen = m.get(stage + '{stage="brain"}', 0)
        delivered = m.get(stage + '{stage="deliver"}', 0)
        emitted = metric_sum(m, "claimwatch_alerts_emitted_total")
        return analyzed >= articles and seen >= articles and delivered >= emitted, m

    def pids(self) -> dict[str, int]:
        workers = {
            ("worker" if n == 0 else f"worker-{n + 1}"): child.popen.pid
            for n, child in enumerate(self.children)
        }
        return {
            **workers,
            "tansu": self.stack.children["tansu"].popen.pid,
            "redis": self.stack.children["redis"].popen.pid,
        }


def stream_latencies(settings: Settings, skip_articles: set[str]) -> list[float]:
    """Seconds from article publication to the alert's XADD, per alert in the Stream."""
    import redis

    from claimwatch import redis_keys

    client = redis.Redis.from_url(settings.redis_url.reveal())
    out: list[float] = []
    last = "-"
    while True:
        entries = client.xrange(redis_keys.ALERTS_STREAM, min=last, count=5000)
        if last != "-":
            entries = entries[1:]
        if not entries:
            break
        for entry_id, fields in entries:
            alert = json.loads(fields[b"json"])
            if alert["claim"]["article"]["id"] in skip_articles:
                continue
            enqueued = (alert.get("pipeline") or {}).get("enqueued_ms")
            if enqueued:
                added_ms = int(entry_id.split(b"-")[0])
                out.append((added_ms - enqueued) / 1000)
        last = entries[-1][0].decode()
    client.close()
    return out


def run_pipeline(
    articles: list[Article],
    rate: float | None = None,
    timeout: float = 3600,
    workers: int = 1,
    analyze_in_brain: bool = True,
    analyze_processes: int | None = None,
) -> dict[str, Any]:
    with EmbeddedStack() as stack:
        # Production consumer settings (commit every 2.8 s), quiet logs.
        settings = stack.settings(web_port=free_port(), log_level="warning").with_overrides(
            kafka_commit_interval_s=Settings().kafka_commit_interval_s,
            # Several workers share the articles partitions: the analyze stage
            # must be its own agent then (analyze_in_brain needs one process).
            analyze_in_brain=analyze_in_brain and workers == 1,
        )
        if analyze_processes is not None:
            settings = settings.with_overrides(analyze_processes=analyze_processes)
        asyncio.run(kafka.create_topics(settings, topic_specs(settings.app_id)))
        worker = Worker(stack, settings, workers)
        warm = warmup_article()
        asyncio.run(publish(settings, [warm]))
        if not poll(lambda: worker.done(1)[0], 120, 0.2):
            raise RuntimeError(
                "worker did not process the warm-up article:\n" + worker.child.tail(40)
            )
        pids = worker.pids()
        base = worker.metrics()
        cpu0 = {name: proc_cpu(pid) for name, pid in pids.items()}
        main0 = proc_cpu(pids["worker"], children=False)
        threads0 = thread_cpu(pids["worker"])
        pub_cpu0 = self_cpu()
        started = asyncio.run(publish(settings, articles, rate))
        pub_cpu = self_cpu() - pub_cpu0
        total = len(articles) + 1
        final: dict[str, float] = {}

        def finished() -> bool:
            ok, m = worker.done(total)
            if ok:
                final.update(m)
            return ok

        if not poll(finished, timeout, DONE_POLL_S):
            raise RuntimeError(
                f"pipeline did not finish {len(articles)} articles in {timeout:.0f}s"
            )
        finished_at = time.time()
        cpu = {name: proc_cpu(pid) - cpu0[name] for name, pid in pids.items()}
        # The first worker's own process without its analyze children: with
        # analyze_in_brain it runs the brain, which bounds the throughput.
        main_cpu = proc_cpu(pids["worker"], children=False) - main0
        # Its threads: the event loop's (the thread id is the pid), and the others
        # (Faust's consumer thread, the analyze pool's manager and feeder threads).
        threads = thread_cpu(pids["worker"])
        loop_cpu = threads.get(pids["worker"], 0.0) - threads0.get(pids["worker"], 0.0)
        # Every worker process counts as "worker" (their sum), each is listed too.
        cpu["worker"] = sum(v for k, v in cpu.items() if k.startswith("worker-") or k == "worker")
        mem = {name: proc_mem(pid) for name, pid in pids.items()}
        redis_info = stack_redis_memory(settings)
        asyncio.run(kafka.wait_drained(settings, settings.app_id, [ARTICLES], 60))
        latencies = stream_latencies(settings, {warm.id})

    def delta(name: str) -> float:
        return metric_sum(final, name) - metric_sum(base, name)

    stages = {
        s: final.get(f'claimwatch_processing_seconds_sum{{stage="{s}"}}', 0)
        - base.get(f'claimwatch_processing_seconds_sum{{stage="{s}"}}', 0)
        for s in ("analyze", "brain", "deliver")
    }
    flushes = {
        s: final.get(f'claimwatch_flush_seconds_sum{{stage="{s}"}}', 0)
        - base.get(f'claimwatch_flush_seconds_sum{{stage="{s}"}}', 0)
        for s in ("brain", "deliver")
    }
    groups = {
        s: final.get(f'claimwatch_flush_seconds_count{{stage="{s}"}}', 0)
        - base.get(f'claimwatch_flush_seconds_count{{stage="{s}"}}', 0)
        for s in ("brain", "deliver")
    }
    elapsed = finished_at - started
    core_cpu = delta("claimwatch_core_cpu_seconds_total")
    return {
        "articles": len(articles),
        "rate": rate,
        "workers": workers,
        "analyze_in_brain": settings.analyze_in_brain,
        "analyze_processes": settings.analyze_processes if settings.analyze_in_brain else 0,
        "elapsed_s": elapsed,
        "throughput": len(articles) / elapsed,
        "alerts_emitted": delta("claimwatch_alerts_emitted_total"),
        "alerts_delivered": delta("claimwatch_alerts_delivered_total"),
        "duplicates": delta("claimwatch_duplicates_dropped_total"),
        "dead_letters": delta("claimwatch_dead_letters_total"),
        "latency_s": percentiles(latencies),
        "stage_handler_s": stages,
        "flush_s": flushes,
        "groups": groups,
        "cpu_s": {**cpu, "publisher": pub_cpu},
        "core_cpu_s": core_cpu,
        "worker_main_cpu_s": main_cpu,
        "worker_loop_thread_cpu_s": loop_cpu,
        "worker_thread_cpu_s": {
            str(tid): cpu - threads0.get(tid, 0.0) for tid, cpu in sorted(threads.items())
        },
        "observe_cpu_s": delta('claimwatch_core_cpu_seconds_total{stage="observe"}'),
        "mem_mib": mem,
        "redis_used_memory_peak_mib": redis_info,
        "loadavg_at_end": loadavg(),
    }


def stack_redis_memory(settings: Settings) -> float:
    import redis

    client = redis.Redis.from_url(settings.redis_url.reveal())
    try:
        return float(client.info("memory")["used_memory_peak"]) / 2**20
    finally:
        client.close()


# ============================================================================ report
#: Stage name of each bare loop -> how the report labels it.
BARE_LABELS = {"bare": "worker's packed tables", "bare-dict": "plain dict tables"}


def ms(seconds: float, n: int) -> str:
    return f"{1000 * seconds / max(1, n):.2f}"


def report_size(n: int, r: dict[str, Any]) -> str:
    ex, core, pipe = r.get("extract"), r.get("core"), r.get("pipeline")
    # the bare loops run, labelled: on the worker's packed tables, on plain dicts
    bares = [(label, r[k]) for k, label in BARE_LABELS.items() if r.get(k)]
    lines = [f"\n=== {n} articles ==="]
    if ex:
        lines.append(
            f"extract alone : {ms(ex['cpu_s'], n)} ms CPU/article ({ex['claims']} claims)"
            f" -> {n / ex['wall_s']:.0f} articles/s on one core"
        )
    if core:
        lines.append(
            f"core in-proc  : {ms(core['cpu_s'], n)} ms CPU/article (analyze"
            f" {ms(core['analyze_s'], n)}, observe {ms(core['observe_s'], n)} wall)"
            f" -> {n / core['wall_s']:.0f} articles/s, {core['alerts']} alerts"
        )
        st = core["state"]
        lines.append(
            f"  brain state: {st['python_bytes'] / 2**20:.1f} MiB Python objects,"
            f" {st['json_bytes'] / 2**20:.1f} MiB JSON -> "
            f"{st['python_bytes'] / n * 1e6 / 2**30:.2f} GiB per million articles"
        )
    for label, bare in bares:
        lines.append(
            f"bare aiokafka : {bare['throughput']:.0f} articles/s ({label}), consumer"
            f" {ms(bare['cpu_s'], n)} ms CPU/article (core {ms(bare['core_cpu_s'], n)}),"
            f" Tansu {ms(bare['tansu_cpu_s'], n)}, peak RSS {bare['peak_rss_mib']:.0f} MiB"
        )
    if not pipe:
        return "\n".join(lines)
    cpu = pipe["cpu_s"]
    lines.append(
        f"pipeline      : {pipe['throughput']:.0f} articles/s ({pipe['elapsed_s']:.1f} s,"
        f" {pipe.get('workers', 1)} worker process(es),"
        f" {'analyze in brain' if pipe.get('analyze_in_brain') else 'three hops'},"
        f" {pipe.get('analyze_processes', 0)} analyze process(es)),"
        f" {pipe['alerts_emitted']:.0f} alerts, {pipe['duplicates']:.0f} duplicates dropped"
    )
    handlers = pipe["stage_handler_s"]
    lines.append(
        "  CPU ms/article: worker {w} (analyze handler {a}), Tansu {t}, Redis {r},"
        " publisher {p}; group writes per article: brain {b}, deliver {d}".format(
            w=ms(cpu["worker"], n),
            a=ms(handlers["analyze"], n),
            b=ms(pipe["flush_s"]["brain"], n),
            d=ms(pipe["flush_s"]["deliver"], n),
            t=ms(cpu["tansu"], n),
            r=ms(cpu["redis"], n),
            p=ms(cpu["publisher"], n),
        )
    )
    groups = pipe.get("groups") or {}
    if groups.get("brain") and groups.get("deliver"):
        lines.append(
            f"  group writes: brain {groups['brain']:.0f} ({n / groups['brain']:.1f} records"
            f" each), deliver {groups['deliver']:.0f}"
            f" ({pipe['alerts_emitted'] / groups['deliver']:.1f} alerts each)"
        )
    if pipe.get("worker_main_cpu_s") is not None and pipe.get("analyze_processes"):
        main = pipe["worker_main_cpu_s"]
        lines.append(
            f"  worker main process (the brain; without its analyze processes):"
            f" {ms(main, n)} ms CPU/article, of which observe {ms(pipe['observe_cpu_s'], n)},"
            f" the rest {ms(main - pipe['observe_cpu_s'], n)}"
        )
    if pipe.get("worker_loop_thread_cpu_s") is not None:
        loop = pipe["worker_loop_thread_cpu_s"]
        others = sum(pipe["worker_thread_cpu_s"].values()) - loop
        lines.append(
            f"  worker main process by thread: event loop {ms(loop, n)} ms CPU/article,"
            f" other threads (consumer, analyze pool) {ms(others, n)}"
        )
    lat = pipe["latency_s"]
    if lat:
        lines.append(
            f"  publish->Redis latency with a backlog: p50 {lat['p50']:.2f} s,"
            f" p95 {lat['p95']:.2f} s, p99 {lat['p99']:.2f} s"
        )
    mem = pipe["mem_mib"]
    lines.append(
        f"  peak RSS MiB: worker {mem['worker']['VmHWM']:.0f}, Tansu {mem['tansu']['VmHWM']:.0f},"
        f" Redis {mem['redis']['VmHWM']:.0f}"
    )
    for label, bare in bares:
        all_pipe = cpu["worker"] + cpu["tansu"] + cpu["redis"]
        all_bare = bare["cpu_s"] + bare["tansu_cpu_s"]
        lines.append(
            f"  overhead vs bare loop ({label}): time"
            f" x{bare['throughput'] / pipe['throughput']:.2f},"
            f" worker CPU x{cpu['worker'] / bare['cpu_s']:.2f},"
            f" all processes CPU x{all_pipe / all_bare:.2f}"
        )
        if pipe.get("core_cpu_s") and bare.get("core_cpu_s"):
            # Each process against its own core CPU, measured in the same run:
            # a shared machine slows both alike, so this ratio moves less.
            own_pipe = cpu["worker"] / pipe["core_cpu_s"]
            own_bare = bare["cpu_s"] / bare["core_cpu_s"]
            lines.append(
                f"    core CPU: worker {ms(pipe['core_cpu_s'], n)} ms/article, bare loop"
                f" {ms(bare['core_cpu_s'], n)}; machinery (CPU - core): worker"
                f" {ms(cpu['worker'] - pipe['core_cpu_s'], n)}, bare"
                f" {ms(bare['cpu_s'] - bare['core_cpu_s'], n)};"
                f" worker CPU / bare CPU on equal core x{own_pipe / own_bare:.2f}"
            )
    if ex and core:
        lines.append(
            f"  vs extraction alone: worker CPU x{cpu['worker'] / ex['cpu_s']:.1f},"
            f" core CPU x{core['cpu_s'] / ex['cpu_s']:.1f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    ap.add_argument(
        "--rates",
        default="50",
        help="fixed-rate latency runs, comma-separated articles/s ('' = none)",
    )
    ap.add_argument(
        "--stages",
        default="extract,core,bare,pipeline",
        help="what to run per size (extract, core, bare, bare-dict, pipeline); bare observes"
        " on the worker's packed tables, bare-dict on plain dicts (the baseline before"
        " 2026-12-04)",
    )
    ap.add_argument("--rate-seconds", type=float, default=40.0, help="length of the fixed-rate run")
    ap.add_argument("--json", metavar="PATH", help="write all results as JSON")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument(
        "--workers", type=int, default=1, help="worker processes in the pipeline (one group)"
    )
    ap.add_argument(
        "--three-hop",
        action="store_true",
        help="run the analyze stage as its own agent (analyze_in_brain off), as several"
        " workers or a Compose deployment do",
    )
    ap.add_argument(
        "--analyze-processes",
        type=int,
        default=None,
        help="analyze processes of the worker (default: the embedded stack's, 1);"
        " 0 extracts inline in the brain agent",
    )
    ap.add_argument(
        "--bare-child", nargs=3, metavar=("BOOTSTRAP", "N", "TABLES"), help=argparse.SUPPRESS
    )
    args = ap.parse_args(argv)

    if args.bare_child:
        bootstrap, count, tables_kind = args.bare_child
        result = asyncio.run(_bare_loop(bootstrap, int(count), tables_kind))
        print(json.dumps(result), flush=True)
        return 0

    results: dict[str, Any] = {"machine": machine(), "sizes": {}, "command": " ".join(sys.argv)}
    print(json.dumps(results["machine"]))
    stages = set(args.stages.split(","))
    for n in [int(x) for x in args.sizes.split(",") if x]:
        articles = corpus(n, args.seed)
        r: dict[str, Any] = {}
        if "extract" in stages:
            r["extract"] = run_extract(articles)
        if "core" in stages:
            r["core"] = run_core(articles, measure_state=True)
        if "bare" in stages:
            r["bare"] = run_bare(articles, "packed")
        if "bare-dict" in stages:
            r["bare-dict"] = run_bare(articles, "dict")
        if "pipeline" in stages:
            r["pipeline"] = run_pipeline(
                articles,
                workers=args.workers,
                analyze_in_brain=not args.three_hop,
                analyze_processes=args.analyze_processes,
            )
        results["sizes"][n] = r
        print(report_size(n, r), flush=True)
    results["fixed_rate"] = {}
    for rate in [float(x) for x in args.rates.split(",") if x]:
        n = int(rate * args.rate_seconds)
        fixed = run_pipeline(
            corpus(n, args.seed + 1),
            rate=rate,
            workers=args.workers,
            analyze_in_brain=not args.three_hop,
            analyze_processes=args.analyze_processes,
        )
        results["fixed_rate"][rate] = fixed
        lat = fixed["latency_s"]
        cpu = fixed["cpu_s"]
        print(
            f"\n=== fixed rate {rate:.0f} articles/s for {args.rate_seconds:.0f} s"
            f" ({n} articles) ===\npublish->Redis latency:"
            f" p50 {lat['p50'] * 1000:.0f} ms, p95 {lat['p95'] * 1000:.0f} ms,"
            f" p99 {lat['p99'] * 1000:.0f} ms, max {lat['max'] * 1000:.0f} ms"
            f" over {lat['n']} alerts;"
            f" worker CPU {100 * cpu['worker'] / fixed['elapsed_s']:.0f} % of a core,"
            f" load average {fixed['loadavg_at_end']}",
            flush=True,
        )
    results["machine"]["loadavg_at_end"] = loadavg()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
