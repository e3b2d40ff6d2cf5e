"""Near-duplicate detection: word-shingle MinHash with banded LSH, pure Python.

The signature is computed once per article in the stateless stage (``analyze``)
and carried on the analyzed topic; the brain only does O(bands) table lookups.

* Shingles: 3-word shingles of the body text's first 1,500 words, lower-cased,
  punctuation dropped.
  The headline is *not* shingled, so the same body under another headline is a
  duplicate.
* MinHash: ``NUM_PERM`` (64) universal hash functions ``(a*h + b) mod p`` over a
  64-bit blake2b hash of each shingle; the minima are kept as 16-bit values
  (b-bit MinHash, Li & Koenig 2010), so a signature is 128 bytes (172 base64
  characters).  The chance two unrelated minima agree by accident is 1/65536.
* LSH: 16 bands of 4 rows.  A band key is ``<band as hex digit><the band's four
  16-bit minima in hex>`` (17 characters); an earlier article sharing any band
  key is a candidate.  The
  probability that a pair with Jaccard similarity J becomes a candidate is
  ``1-(1-J^4)^16``: 0.64 at J=0.5, 0.99 at J=0.7, 1.0 at J>=0.8.
* Verification: the estimated Jaccard similarity of the two signatures must
  reach ``near_dup_threshold`` (0.5 by default).  Independently written
  reports of the same event score below 0.1; syndicated copy with a changed
  dateline, byline or a re-written paragraph scores 0.6-0.95.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import struct
from collections.abc import Iterable

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
#: Texts with fewer shingles than this only get exact-duplicate detection.
MIN_SHINGLES = 8
#: Only the first words are shingled: bounds the cost on very long texts (a copy
#: shares its beginning with the original).
MAX_WORDS = 1500

_P = (1 << 61) - 1
_MASK16 = 0xFFFF
_rng = random.Random(0x5EED_C1A1)
_PERMS: tuple[tuple[int, int], ...] = tuple(
    (_rng.randrange(1, _P), _rng.randrange(0, _P)) for _ in range(NUM_PERM)
)
_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def shingles(text: str, k: int = SHINGLE, max_words: int = MAX_WORDS) -> set[str]:
    ws = words(text)[:max_words]
    if len(ws) < k:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i : i + k]) for i in range(len(ws) - k + 1)}


def _h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")


def minhash(items: Iterable[str]) -> list[int]:
    """The NUM_PERM minima (full width) of the item set; empty set gives all-max."""
    hs = [_h64(s) for s in items]
    if not hs:
        return [_P] * NUM_PERM
    return [min((a * h + b) % _P for h in hs) for a, b in _PERMS]


def signature(text: str) -> tuple[str | None, list[str]]:
    """(b-bit signature as base64, LSH band keys) of a body text.

    Returns ``(None, [])`` when the text is too short for a meaningful estimate.
    """
    sh = shingles(text)
    if len(sh) < MIN_SHINGLES:
        return None, []
    mins = minhash(sh)
    packed = struct.pack(f"<{NUM_PERM}H", *(m & _MASK16 for m in mins))
    sig = base64.b64encode(packed).decode("ascii")
    return sig, band_keys(sig)


def band_keys(sig: str) -> list[str]:
    """LSH keys of a signature: band number + its ROWS 16-bit minima in hex.

    Derived from the stored signature alone, so expiry can recompute them
    instead of remembering them.
    """
    raw = base64.b64decode(sig)
    step = 2 * ROWS
    return [f"{b:x}{raw[b * step : (b + 1) * step].hex()}" for b in range(BANDS)]


def band_ints(sig: str) -> list[int]:
    """The band keys of :func:`band_keys` as ints (``int(key, 16)``), how the brain's
    in-memory index holds them: the band number is the top four bits, so one dict
    serves every band, and an int key costs about half a 17-character string."""
    raw = base64.b64decode(sig)
    step = 2 * ROWS
    return [
        (b << (16 * ROWS)) | int.from_bytes(raw[b * step : (b + 1) * step], "big")
        for b in range(BANDS)
    ]


def similarity(sig_a: str, sig_b: str) -> float:
    """Estimated Jaccard similarity of two b-bit signatures (corrected for chance agreement)."""
    a = struct.unpack(f"<{NUM_PERM}H", base64.b64decode(sig_a))
    b = struct.unpack(f"<{NUM_PERM}H", base64.b64decode(sig_b))
    agree = sum(1 for x, y in zip(a, b, strict=True) if x == y) / NUM_PERM
    chance = 1.0 / 65536
    return max(0.0, (agree - chance) / (1 - chance))


def jaccard(text_a: str, text_b: str) -> float:
    """Exact shingle Jaccard similarity (for tests and evaluation, not the hot path)."""
    a, b = shingles(text_a), shingles(text_b)
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)
