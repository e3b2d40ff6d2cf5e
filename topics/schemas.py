"""Record schemas carried on the topics, as plain frozen dataclasses and JSON.

Agents read every topic as raw bytes and call the ``parse_*`` functions here:
a payload that does not decode or validate raises :class:`SchemaError` with a
reason, which the caller routes to the dead-letter topic (a Faust agent that
raises would otherwise lose the message).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

#: Largest article text accepted, in UTF-8 bytes. Real Kafka rejects records
#: above ``max.message.bytes`` and Tansu does not, so the cap is enforced here.
MAX_ARTICLE_BYTES = 512 * 1024
#: Largest raw payload of any record (article JSON with its metadata).
MAX_RECORD_BYTES = 1024 * 1024
#: How much of a rejected payload is kept in its dead-letter record.
DEAD_LETTER_EXCERPT_BYTES = 4096


class SchemaError(ValueError):
    """A record that cannot be decoded or lacks what its schema requires."""


def utc_now_iso() -> str:
    """Current time as an ISO-8601 UTC string with millisecond precision."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _sha(*parts: str, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


def content_hash(text: str) -> str:
    """Hash of an article's text with whitespace folded: equal for byte-identical copies."""
    return _sha(re.sub(r"\s+", " ", text).strip(), length=20)


def article_id_for(url: str | None, text: str) -> str:
    """Stable id: from the URL when there is one (a new version keeps its id), else the text."""
    return "a-" + (_sha("url", url) if url else _sha("text", content_hash(text)))


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article, as replay and ingestion publish it on ``ARTICLES``."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published_at: str | None = None
    fetched_at: str | None = None
    lang: str | None = None
    #: Hash of the text; a changed article keeps its id and gets a new hash (a new version).
    content_hash: str = ""
    #: Who published it: "replay" or "ingest".
    origin: str = "replay"

    @classmethod
    def create(cls, text: str, **meta: Any) -> Article:
        """Build an article with its id and content hash derived from url and text."""
        url = meta.get("url")
        return cls(
            id=meta.pop("id", None) or article_id_for(url, text),
            text=text,
            content_hash=content_hash(text),
            fetched_at=meta.pop("fetched_at", None) or utc_now_iso(),
            **meta,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_ARTICLE_OPTIONAL = ("title", "url", "outlet", "author", "published_at", "fetched_at", "lang")


def parse_article(raw: bytes | str | Mapping[str, Any]) -> Article:
    """Decode and validate an article record; raise SchemaError with the reason."""
    data = _decode_json(raw)
    text = data.get("text")
    if not isinstance(text, str):
        raise SchemaError("field 'text' is missing or not a string")
    if not text.strip():
        raise SchemaError("field 'text' is empty")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_ARTICLE_BYTES:
        raise SchemaError(f"field 'text' exceeds {MAX_ARTICLE_BYTES} bytes")
    meta: dict[str, Any] = {}
    for name in _ARTICLE_OPTIONAL:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise SchemaError(f"field '{name}' must be a string or null")
        meta[name] = value
    art_id = data.get("id")
    if art_id is not None and (not isinstance(art_id, str) or not art_id.strip()):
        raise SchemaError("field 'id' must be a non-empty string")
    origin = data.get("origin") or "replay"
    if not isinstance(origin, str):
        raise SchemaError("field 'origin' must be a string")
    return Article(
        id=art_id or article_id_for(meta["url"], text),
        text=text,
        content_hash=content_hash(text),
        origin=origin,
        **meta,
    )


def _decode_json(raw: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(raw, Mapping):
        return dict(raw)
    if isinstance(raw, bytes | bytearray):
        if len(raw) > MAX_RECORD_BYTES:
            raise SchemaError(f"record of {len(raw)} bytes exceeds {MAX_RECORD_BYTES} bytes")
        try:
            raw = bytes(raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SchemaError(
                f"record is not valid UTF-8: {exc.reason} at byte {exc.start}"
            ) from None
    elif len(raw) > MAX_RECORD_BYTES:
        raise SchemaError(f"record exceeds {MAX_RECORD_BYTES} bytes")
    try:
        data = decode_json(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise SchemaError(f"record is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise SchemaError(f"record must be a JSON object, not {type(data).__name__}")
    return data


def encode(record: Mapping[str, Any]) -> bytes:
    """Serialise a record to the UTF-8 JSON that goes on the wire.

    orjson writes the same compact UTF-8 JSON as ``json.dumps(...,
    ensure_ascii=False, separators=(",", ":"))`` several times faster (floats may
    be spelled differently, e.g. ``1e16`` for ``1e+16``, with the same value).
    What it refuses (keys that are not strings, integers beyond 64 bits) goes
    through :mod:`json` as before. One difference remains: a NaN or infinite
    float is written as null, where :mod:`json` wrote the non-JSON token NaN.
    """
    try:
        return orjson.dumps(record)
    except TypeError:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_json(raw: bytes | str) -> Any:
    """Parse JSON with orjson; what it rejects is parsed (or refused) by :mod:`json`.

    orjson is stricter than :mod:`json` (no NaN, no lone surrogates, no integers
    beyond 64 bits, nesting capped at 1024), so the fallback keeps what is
    accepted, and the error raised for invalid input, exactly as before.
    Raises ``json.JSONDecodeError`` (a ValueError), ``UnicodeDecodeError`` or
    ``RecursionError`` like ``json.loads``.
    """
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


def dead_letter_record(
    *,
    stage: str,
    reason: str,
    payload: bytes | str | None,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    key: bytes | str | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """The record written to ``DEAD_LETTER``: where it came from, why, and the payload's head.

    The payload is kept as text when it is valid UTF-8, else base64, cut to
    DEAD_LETTER_EXCERPT_BYTES with its full size recorded, so one huge or binary
    message cannot make the dead-letter topic itself reject the record.
    """
    body: bytes = payload.encode("utf-8", "replace") if isinstance(payload, str) else payload or b""
    head = body[:DEAD_LETTER_EXCERPT_BYTES]
    try:
        excerpt, encoding = head.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        excerpt, encoding = base64.b64encode(head).decode("ascii"), "base64"
    if isinstance(key, bytes):
        key = key.decode("utf-8", "replace")
    return {
        "stage": stage,
        "reason": reason,
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "key": key,
        "url": url,
        "payload_bytes": len(body),
        "payload_excerpt": excerpt,
        "payload_encoding": encoding,
        "at": utc_now_iso(),
    }
