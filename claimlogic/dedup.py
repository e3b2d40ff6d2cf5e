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
  The minima are computed for all shingles at once with lane-wise arithmetic on
  one Python int (``_minima``), exactly equal to the formula.
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
import sys
from array import array
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
    if text.isascii():
        # ASCII lower-casing maps letters to letters one for one, so lower-casing the
        # whole text first finds the same words; for other texts it may not (U+0130
        # lower-cases to "i" + a combining dot, which is no word character).
        return _WORD.findall(text.lower())
    return [w.lower() for w in _WORD.findall(text)]


def shingles(text: str, k: int = SHINGLE, max_words: int = MAX_WORDS) -> set[str]:
    ws = words(text)[:max_words]
    if len(ws) < k:
        return {" ".join(ws)} if ws else set()
    if k == 3:  # the default: three zipped lists build the strings without slicing
        return {f"{a} {b} {c}" for a, b, c in zip(ws, ws[1:], ws[2:], strict=False)}
    return {" ".join(ws[i : i + k]) for i in range(len(ws) - k + 1)}


def _h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")


# ------------------------------------------------------------------ vectorised MinHash
# minhash() computes min((a*h + b) % _P for h in hashes) for every permutation with
# whole-vector operations on one Python int instead of a Python loop per hash: each
# hash gets a 128-bit *lane* of the int, so one multiply computes a*h for all hashes;
# the Mersenne modulus is folded lane-wise with shifts and masks (2**61 = 1 mod _P);
# two permutations then share each lane (one per 64-bit half) and the minimum over
# the lanes is taken by halving the vector _TREE times with a branch-free lane-wise
# min before the last lanes are unpacked. Exact integer arithmetic: the result equals
# the formula's, which _minima_reference keeps (and the tests compare against).
_LANE = 128
#: In-int halvings before the remaining lanes are unpacked (each halves the Python
#: ints the unpacking creates and costs 9 operations on a half-size int).
_TREE = 4
#: Largest hash count vectorised (the shingles of MAX_WORDS words, padded to a
#: multiple of 2**_TREE); bigger sets use the reference loop.
_MAX_LANES = -(-MAX_WORDS // (1 << _TREE)) * (1 << _TREE)
#: A 64-bit half lane holding this is above every value (<= 2**61) and below the guard bit.
_INF = 1 << 62


def _rep(v: int, lanes: int = _MAX_LANES) -> int:
    """``v`` (< 2**128) in each of ``lanes`` lanes."""
    return int.from_bytes(v.to_bytes(_LANE // 8, "little") * lanes, "little")


def _both(v: int) -> int:
    """``v`` (< 2**64) in both 64-bit halves of a lane."""
    return v | (v << 64)


_M61 = _rep(_P)
_M64 = _rep((1 << 64) - 1)
_M3 = _rep(7)
_P2 = _rep(_both(_P))
_M2_2 = _rep(_both(3))
_O64 = _rep(_both(1))
#: Bit 61 of each half lane: set where a value is still >= 2**61 (needs one more fold).
_WRAP = _rep(_both(1 << 61))
_PAD = _rep(_both(_INF))
#: The top bit of each half lane: the guard of the lane-wise compare.
_G63 = _rep(_both(1 << 63))
#: Per permutation pair: b + 1 of each in its half of every lane (a multiply by the
#: lanes costs ~30x the mask that cuts this to an article's lanes; 24 KB each).
_B_PAIRS = tuple(
    _rep((b0 + 1) | ((b1 + 1) << 64))
    for (_, b0), (_, b1) in zip(_PERMS[0::2], _PERMS[1::2], strict=True)
)
_NATIVE_LITTLE = sys.byteorder == "little"
#: An empty blake2b state with _h64's parameters, copied per item.
_BLAKE8 = hashlib.blake2b(digest_size=8)
_Z8 = bytes(8)


def _minima_reference(hs: list[int]) -> list[int]:
    """The definition: per permutation, the minimum of (a*h + b) mod _P over ``hs``."""
    return [min((a * h + b) % _P for h in hs) for a, b in _PERMS]


def _minima(packed: int, n: int) -> list[int]:
    """Per permutation, min((a*h + b) % _P) over the ``n`` hashes in the lanes of ``packed``
    (hash i in bits 128*i .. 128*i+63; n >= 1, n <= _MAX_LANES)."""
    step = 1 << _TREE
    lanes = -(-n // step) * step
    mask = (1 << (_LANE * n)) - 1
    m61, m64 = _M61 & mask, _M64 & mask
    p2, m2_2, o64, wrap = _P2 & mask, _M2_2 & mask, _O64 & mask, _WRAP & mask
    pad = _PAD & ((1 << (_LANE * lanes)) - 1) & ~mask
    # h' = h folded once: = h (mod _P), < 2**61 + 7, so a*h' < 2**123 fits a lane.
    hr = (packed & m61) + ((packed >> 61) & (_M3 & mask))
    levels = []
    for k in range(1, _TREE + 1):
        half = lanes >> k
        low = (1 << (_LANE * half)) - 1
        levels.append((low, _LANE * half, _G63 & low))
    left = lanes >> _TREE
    chunks = []
    perms = _PERMS
    for j in range(0, NUM_PERM, 2):
        a0, a1 = perms[j][0], perms[j + 1][0]
        # Per lane and permutation: y = fold(a*h') = a*h (mod _P), y < 2**62 + 7.
        x = a0 * hr
        y0 = (x & m61) + ((x >> 61) & m64)
        x = a1 * hr
        y1 = (x & m61) + ((x >> 61) & m64)
        # Both permutations in one int (y0 in the low half of each lane, y1 in the
        # high half); + b + 1 keeps each half < 2**63, and a last fold gives t in
        # [1, 2**61 + 2] with t = (a*h + b) % _P + 1 unless t >= 2**61 (rare, below).
        v = y0 | (y1 << 64)
        v += _B_PAIRS[j >> 1] & mask
        v = (v & p2) + ((v >> 61) & m2_2)
        if v & wrap:
            # t = 2**61 + r stands for (a*h + b) % _P + 1 = r + 1: fold once more (a
            # value within 3 of a multiple of _P; about one lane in 10**18).
            v = (v & p2) + ((v >> 61) & o64)
        v |= pad  # padding lanes above any value
        for low, shift, guard in levels:
            lo = v & low
            hi = v >> shift
            # Per half lane: d = 2**63 + lo - hi keeps its guard bit iff lo >= hi (no
            # borrow crosses halves: all values < 2**63); min = lo - (lo - hi if lo >= hi).
            d = (lo | guard) - hi
            g = d & guard
            v = lo - (d & (g - (g >> 63)))
        chunks.append(v.to_bytes(16 * left, "little"))
    words64 = array("Q", b"".join(chunks))
    if not _NATIVE_LITTLE:
        words64.byteswap()
    vals = words64.tolist()
    out = []
    width = 2 * left
    for p in range(0, len(vals), width):
        out.append(min(vals[p : p + width : 2]) - 1)
        out.append(min(vals[p + 1 : p + width : 2]) - 1)
    return out


def _pack(hs: list[int]) -> int:
    """The hashes ``hs`` (< 2**64), one per 128-bit lane."""
    return int.from_bytes(b"".join(h.to_bytes(16, "little") for h in hs), "little")


def minhash(items: Iterable[str]) -> list[int]:
    """The NUM_PERM minima (full width) of the item set; empty set gives all-max."""
    # The 8-byte little-endian digest is _h64 of the item: padded to 16 bytes, the
    # digests joined are the lanes _minima reads.
    digests = []
    for s in items:
        h = _BLAKE8.copy()  # copying a fresh state is cheaper than building one
        h.update(s.encode("utf-8"))
        digests.append(h.digest())
    if not digests:
        return [_P] * NUM_PERM
    n = len(digests)
    if n > _MAX_LANES:
        return _minima_reference([int.from_bytes(d, "little") for d in digests])
    return _minima(int.from_bytes(_Z8.join(digests) + _Z8, "little"), n)


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
