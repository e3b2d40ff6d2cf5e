"""Every Prometheus metric claimwatch exports, declared once.

Buckets match their unit: processing and fetch latencies are seconds with
millisecond resolution at the low end; sizes are bytes in powers of four.
Faust's own sensor (consumer lag, commit latency...) is registered beside
these by ``workers.app`` and served on the same ``/metrics``.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

#: Seconds, 1 ms to 30 s.
LATENCY_BUCKETS = (
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
)

# --- pipeline (workers.app) -----------------------------------------------------
ARTICLES_CONSUMED = Counter(
    "claimwatch_articles_consumed_total", "Article records read from the articles topic."
)
ARTICLES_ANALYZED = Counter(
    "claimwatch_articles_analyzed_total", "Articles whose claims were extracted."
)
CLAIMS_EXTRACTED = Counter("claimwatch_claims_extracted_total", "Quantity claims extracted.")
DUPLICATES_DROPPED = Counter(
    "claimwatch_duplicates_dropped_total",
    "Articles recognised as copies or near-copies of an earlier one.",
    ["kind"],
)
ALERTS_EMITTED = Counter(
    "claimwatch_alerts_emitted_total", "Alerts decided by the ledger, by kind.", ["kind"]
)
ALERTS_DELIVERED = Counter(
    "claimwatch_alerts_delivered_total",
    "Alerts written to the Redis Stream (redeliveries of a known id are not counted).",
    ["kind"],
)
ALERTS_REDELIVERED = Counter(
    "claimwatch_alerts_redelivered_total",
    "Alert records dropped by the Redis sink because their id was already delivered.",
)
DEAD_LETTERS = Counter(
    "claimwatch_dead_letters_total", "Records sent to the dead-letter topic.", ["stage"]
)
PROCESSING_SECONDS = Histogram(
    "claimwatch_processing_seconds",
    "Time from the start of handling one record until its effects are durable, by stage"
    " (brain: its state step is on the broker; deliver: it is in Redis; both include"
    " waiting for their group's write).",
    ["stage"],
    buckets=LATENCY_BUCKETS,
)
CORE_CPU_SECONDS = Counter(
    "claimwatch_core_cpu_seconds",
    "CPU time the agents' thread spent in the pure core, by call (analyze: parse and"
    " brain.analyze; observe: brain.observe and brain.expire, with their table writes)."
    " The process's CPU"
    " minus these is what the pipeline machinery costs (bench/pipeline_bench.py).",
    ["stage"],
)
END_TO_END_SECONDS = Histogram(
    "claimwatch_end_to_end_seconds",
    "From an article's publication on the articles topic to its alerts reaching Redis.",
    buckets=LATENCY_BUCKETS,
)
BRAIN_REDOS = Counter(
    "claimwatch_brain_redos_total",
    "Analyzed records re-read after a crash whose journaled writes and alerts were redone.",
)
FLUSH_SECONDS = Histogram(
    "claimwatch_flush_seconds",
    "Time of one group write by stage (brain: a state step and its alerts; deliver: one"
    " Redis pipeline).",
    ["stage"],
    buckets=LATENCY_BUCKETS,
)
BRAIN_STEPS = Counter(
    "claimwatch_brain_steps_total",
    "Steps written to the brain-state topic (each covers one or more analyzed records).",
)
STATE_RECORDS_WRITTEN = Counter(
    "claimwatch_state_records_written_total",
    "Records appended to the brain-state topic (entries, journal entries and step markers).",
)
STATE_WRITE_RETRIES = Counter(
    "claimwatch_state_write_retries_total",
    "Failed attempts to append a step to the brain-state topic (retried).",
)
STATE_LOAD_SECONDS = Histogram(
    "claimwatch_state_load_seconds",
    "Time to read the brain's state back from its topic (worker start, rebalance).",
    buckets=LATENCY_BUCKETS,
)
SINK_RETRIES = Counter(
    "claimwatch_sink_retries_total", "Failed attempts to write an alert to Redis (retried)."
)
#: Label values known up front. Pre-creating their series makes rate() see the
#: first event after a restart (a series born at 1 has no increase to measure).
ALERT_KINDS = ("new_figure", "contradiction", "update")
PIPELINE_STAGES = ("analyze", "brain", "deliver")
DUPLICATE_KINDS = ("exact", "near")


def precreate_pipeline_series() -> None:
    """Create every labelled pipeline series at zero (call once at worker start)."""
    for kind in ALERT_KINDS:
        ALERTS_EMITTED.labels(kind)
        ALERTS_DELIVERED.labels(kind)
    for stage in PIPELINE_STAGES:
        DEAD_LETTERS.labels(stage)
        PROCESSING_SECONDS.labels(stage)
    for stage in ("brain", "deliver"):
        FLUSH_SECONDS.labels(stage)
    for stage in ("analyze", "observe"):
        CORE_CPU_SECONDS.labels(stage)
    for dup in DUPLICATE_KINDS:
        DUPLICATES_DROPPED.labels(dup)


STORIES_OPEN = Gauge("claimwatch_stories_open", "Stories currently tracked by the ledger.")
FIGURES_TRACKED = Gauge("claimwatch_figures_tracked", "Figures held in the ledger.")
LEDGER_ENTRIES = Gauge(
    "claimwatch_ledger_entries", "Entries in the brain's state tables, by table.", ["table"]
)

# --- ingestion (workers.ingest) -------------------------------------------------
#: Bytes, 1 KiB to 64 MiB in powers of four.
SIZE_BUCKETS = (1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864)
INGEST_FETCH_SECONDS = Histogram(
    "claimwatch_ingest_fetch_seconds",
    "Time of one HTTP request, body included (each retry and redirect hop counts once;"
    " waiting for a host's politeness slot does not), by kind of document.",
    ["kind"],
    buckets=LATENCY_BUCKETS,
)
INGEST_RESPONSES = Counter(
    "claimwatch_ingest_responses_total",
    "HTTP responses received by ingestion, by kind of document and status class (2xx, 3xx,"
    " 4xx, 5xx) or 'error' for a transport failure or timeout.",
    ["kind", "status_class"],
)
INGEST_BYTES = Counter(
    "claimwatch_ingest_bytes_total",
    "Body bytes read by ingestion, by kind; 'wire' counts what came over the network,"
    " 'decoded' what it decompressed to.",
    ["kind", "form"],
)
INGEST_BODY_BYTES = Histogram(
    "claimwatch_ingest_body_bytes",
    "Decoded size of fetched bodies.",
    ["kind"],
    buckets=SIZE_BUCKETS,
)
INGEST_RETRIES = Counter(
    "claimwatch_ingest_retries_total", "Fetch attempts retried, by reason.", ["reason"]
)
INGEST_ROBOTS_DENIED = Counter(
    "claimwatch_ingest_robots_denied_total", "URLs not fetched because robots.txt disallows them."
)
INGEST_UNSAFE_URLS = Counter(
    "claimwatch_ingest_unsafe_urls_total",
    "URLs refused for their scheme or address (private, loopback, link-local...).",
)
INGEST_EXTRACTION_SECONDS = Histogram(
    "claimwatch_ingest_extraction_seconds",
    "Time to extract one document with trafilatura (queueing in the pool included).",
    buckets=LATENCY_BUCKETS,
)
INGEST_EXTRACTION_FAILURES = Counter(
    "claimwatch_ingest_extraction_failures_total",
    "Documents whose extraction failed (timeout, crash, error).",
    ["reason"],
)
INGEST_SKIPPED = Counter(
    "claimwatch_ingest_skipped_total",
    "Pages fetched but not published, by reason (too-short, non-article, no-content...).",
    ["reason"],
)
INGEST_ARTICLES = Counter(
    "claimwatch_ingest_articles_total",
    "Articles published on the articles topic; kind is 'new' or 'version' (changed content).",
    ["kind"],
)
INGEST_UNCHANGED = Counter(
    "claimwatch_ingest_unchanged_total",
    "Known URLs not republished, by how that was known (listing, 304, same-content).",
    ["how"],
)
INGEST_FAILURES = Counter(
    "claimwatch_ingest_failures_total",
    "Ingestion failures sent to the dead-letter topic, by stage.",
    ["stage"],
)
INGEST_POLLS = Counter(
    "claimwatch_ingest_polls_total",
    "Source polls completed, by source kind and outcome.",
    ["kind", "outcome"],
)
