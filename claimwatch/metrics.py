"""Every Prometheus metric claimwatch exports, declared once.

Buckets match their unit: processing and fetch latencies are seconds with
millisecond resolution at the low end; sizes are bytes in powers of four.
Faust's own sensor (consumer lag, commit latency...) is registered beside
these by ``workers.app`` and served on the same ``/metrics``.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

#: Seconds, 1 ms to 30 s.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

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
    "Time spent handling one record, by stage.",
    ["stage"],
    buckets=LATENCY_BUCKETS,
)
END_TO_END_SECONDS = Histogram(
    "claimwatch_end_to_end_seconds",
    "From an article's publication on the articles topic to its alerts reaching Redis.",
    buckets=LATENCY_BUCKETS,
)
SINK_RETRIES = Counter(
    "claimwatch_sink_retries_total", "Failed attempts to write an alert to Redis (retried)."
)
STORIES_OPEN = Gauge("claimwatch_stories_open", "Stories currently tracked by the ledger.")
FIGURES_TRACKED = Gauge("claimwatch_figures_tracked", "Figures held in the ledger.")
LEDGER_ENTRIES = Gauge(
    "claimwatch_ledger_entries", "Entries in the brain's state tables, by table.", ["table"]
)
