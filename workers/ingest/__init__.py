"""Ingestion workers: poll feeds, sitemaps and URL lists, fetch politely, extract, publish.

Entry points: :func:`run_ingest` (async) and :func:`main` (sync, for the CLI).
See docs/ingestion.md.
"""

from .config import ConfigError, IngestConfig, load_config, parse_config
from .runner import IngestReport, KafkaPublisher, MemoryPublisher, Publisher, main, run_ingest

__all__ = [
    "ConfigError",
    "IngestConfig",
    "IngestReport",
    "KafkaPublisher",
    "MemoryPublisher",
    "Publisher",
    "load_config",
    "main",
    "parse_config",
    "run_ingest",
]
