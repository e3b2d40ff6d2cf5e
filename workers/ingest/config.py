"""Ingestion configuration: the sources to poll and how to fetch and extract them.

The file is TOML (stdlib ``tomllib``); ``deploy/sources.example.toml`` documents
every key. Sections:

* ``[fetch]``   -- HTTP behaviour shared by every source (timeouts, sizes, politeness);
* ``[extract]`` -- trafilatura process pool and the article filters;
* ``[defaults]`` -- per-source settings every ``[[sources]]`` entry inherits;
* ``[[sources]]`` -- one table per feed, sitemap or URL list.

Unknown keys are errors (a typo must not silently become a default).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

SOURCE_KINDS = ("feed", "sitemap", "urls")


class ConfigError(ValueError):
    """The sources file is missing, not TOML, or has a wrong key or value."""


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """How every HTTP request is made (one shared client for all sources)."""

    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    #: Wall-clock cap of one attempt, body included (a slow-drip server cannot hold us).
    total_timeout_s: float = 30.0
    #: Attempts after the first, on timeouts, transport errors, 429 and 5xx.
    max_retries: int = 3
    #: Exponential backoff base and cap; each wait is uniform in [0, min(cap, base * 2**n)].
    backoff_base_s: float = 0.5
    backoff_max_s: float = 30.0
    #: A Retry-After longer than this is not waited for: the fetch fails instead.
    max_retry_after_s: float = 120.0
    max_redirects: int = 5
    #: Cap on bytes received (compressed) and on bytes after decompression.
    max_body_bytes: int = 5 * 1024 * 1024
    max_decoded_bytes: int = 10 * 1024 * 1024
    #: Politeness: simultaneous requests and minimum spacing per host.
    per_host_concurrency: int = 2
    per_host_min_interval_s: float = 0.5
    #: Largest Crawl-delay from robots.txt that is honoured.
    max_crawl_delay_s: float = 30.0
    #: Connection pool of the shared client.
    max_connections: int = 50
    robots_ttl_s: float = 3600.0
    #: Honour robots.txt (switch off only for your own sites).
    respect_robots: bool = True


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """trafilatura in a process pool, and what counts as an article."""

    #: Worker processes (0 = run in a thread of this process; for tests and debugging).
    workers: int = 2
    timeout_s: float = 20.0
    #: Each worker process is replaced after this many documents (memory, caches).
    max_tasks_per_child: int = 200
    #: Documents bigger than this (characters of HTML) are skipped, not extracted.
    max_html_chars: int = 3_000_000
    #: Texts shorter than this are skipped as "too-short".
    min_text_chars: int = 400
    #: og:type values that mark a page as not an article.
    non_article_types: tuple[str, ...] = ("website", "profile", "product", "video.other", "book")


@dataclass(frozen=True, slots=True)
class Source:
    """One feed, sitemap or URL list, and its poll settings."""

    name: str
    kind: str
    #: The feed/sitemap URL (feed, sitemap) or the file/URL of a URL list (urls).
    url: str = ""
    #: Inline list of article URLs (kind "urls" only).
    urls: tuple[str, ...] = ()
    #: Seconds between polls.
    interval_s: float = 300.0
    #: Most article URLs taken from one poll (newest first when dates are known).
    max_items: int = 200
    #: Outlet name; default: the site name trafilatura finds, else the host.
    outlet: str = ""
    #: A known URL without a newer date in the listing is re-checked (conditional GET)
    #: at most this often; 0 = never.
    recheck_after_s: float = 6 * 3600.0
    #: Depth of nested sitemap indexes followed.
    max_sitemap_depth: int = 2
    #: Minimum text length for this source (overrides [extract] min_text_chars if > 0).
    min_text_chars: int = 0
    #: Pages of this source fetched/extracted at once (bounds memory: each body may be
    #: up to max_decoded_bytes); per source, so a stalled site only blocks itself.
    max_in_flight: int = 8
    #: Per-source politeness overrides (0 = the [fetch] value).
    per_host_min_interval_s: float = 0.0
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class IngestConfig:
    sources: tuple[Source, ...] = ()
    fetch: FetchConfig = field(default_factory=FetchConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        f = known.get(key)
        if f is None:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(known))})")
        kwargs[key] = _check_type(f.type, value, f"{where}.{key}")
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _check_type(type_name: Any, value: Any, where: str) -> Any:
    t = type_name if isinstance(type_name, str) else getattr(type_name, "__name__", str(type_name))
    if t == "bool":
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true/false, got {value!r}")
    elif t == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected an integer, got {value!r}")
    elif t == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        value = float(value)
    elif t == "str":
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string, got {value!r}")
    elif t.startswith("tuple"):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
        value = tuple(value)
    return value


def _validate_source(src: Source, where: str) -> None:
    if src.kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: kind must be one of {SOURCE_KINDS}, got {src.kind!r}")
    if src.kind in ("feed", "sitemap") and not src.url:
        raise ConfigError(f"{where}: a {src.kind} needs 'url'")
    if src.kind == "urls" and not (src.url or src.urls):
        raise ConfigError(f"{where}: a URL list needs 'urls' (inline) or 'url' (file or http(s))")
    if src.kind != "urls" and src.urls:
        raise ConfigError(f"{where}: 'urls' is only for kind = \"urls\"")
    if src.interval_s <= 0:
        raise ConfigError(f"{where}: interval_s must be > 0")
    if src.max_items <= 0:
        raise ConfigError(f"{where}: max_items must be > 0")


def parse_config(data: dict[str, Any], *, base_dir: Path | None = None) -> IngestConfig:
    """Build an :class:`IngestConfig` from parsed TOML, validating every key."""
    allowed = {"fetch", "extract", "defaults", "sources"}
    for key in data:
        if key not in allowed:
            raise ConfigError(
                f"unknown top-level key {key!r} (known: {', '.join(sorted(allowed))})"
            )
    fetch = _build(FetchConfig, data.get("fetch", {}), "[fetch]")
    extract = _build(ExtractConfig, data.get("extract", {}), "[extract]")
    defaults = data.get("defaults", {})
    for bad in ("name", "kind", "url", "urls"):
        if bad in defaults:
            raise ConfigError(f"[defaults]: {bad!r} cannot have a default")
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list):
        raise ConfigError("'sources' must be an array of tables ([[sources]])")
    sources: list[Source] = []
    names: set[str] = set()
    for i, raw in enumerate(raw_sources):
        where = f"[[sources]] #{i + 1}"
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: must be a table")
        merged = {**defaults, **raw}
        merged.setdefault("name", raw.get("url") or f"source-{i + 1}")
        src = _build(Source, merged, where)
        if src.kind == "urls" and src.url and base_dir is not None and "://" not in src.url:
            src = replace(src, url=str((base_dir / src.url).resolve()))
        _validate_source(src, f"{where} ({src.name})")
        if src.name in names:
            raise ConfigError(f"{where}: duplicate source name {src.name!r}")
        names.add(src.name)
        if src.enabled:
            sources.append(src)
    return IngestConfig(sources=tuple(sources), fetch=fetch, extract=extract)


def load_config(path: str | Path) -> IngestConfig:
    """Read and validate a sources file."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"sources file not found: {p}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    return parse_config(data, base_dir=p.parent)
