"""Compact containers for the brain's tables, and the one JSON encoder of its state.

The brain's rule code reads and writes its tables as mappings of JSON values
(``table[key] = value`` after every change, as Faust tables require). Held as
Python objects, a story or a ledger entry costs several times its JSON size
(a dict slot, a str and a small object per field). These containers keep the
same interface and hold each value as its JSON bytes instead, decoded on every
read, so what a reader gets is always a fresh copy (a value changed without
being written back is not changed in the table, as with a changelogged table).

* :class:`PackedTable`: key -> value held as orjson bytes; values longer than
  ``compress_over`` bytes are deflated against a preset dictionary (:data:`ZDICT`)
  once cold (stories).
* :class:`GroupTable`: the same with the keys ``group|rest`` of one group held (and
  deflated, once cold) together: the ledger, by story.
* :class:`HeapTable`: for many short values (story-terms, articles-seen, alert ids),
  all rows in one bytearray: no object per entry; values as binary rows
  (:func:`benc`: ids, digests and signatures as bytes), id keys as bytes; optionally
  aliases (articles-seen's ``"h:"`` keys) as index slots pointing at a row.
* :class:`QueueTable`: the same for the expiry queue, in a list indexed by its
  zero-padded sequence-number keys.
* :class:`BandIndex`: the LSH band index, int band key -> int (or a tuple of
  ints), in open-addressing arrays instead of a dict of Python ints;
  :class:`SignatureBandIndex` (the brain's) keeps a 32-bit tag of each key, not its
  minima, and checks a hit against the holder's signature.

Everything here is pure (no I/O) and JSON-compatible: ``dumps``/``loads`` are
what :mod:`claimlogic.statelog` writes and reads too.
"""

from __future__ import annotations

import binascii
import json
import re
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from typing import Any

import orjson

#: First byte of a value held as raw deflate against :data:`ZDICT` (never JSON's first byte).
_ZDICT_FIRST = 0x01
#: Preset dictionary for the cold values: the skeleton of a ledger entry (its figures are
#: JSON strings inside JSON, hence the escaped quotes) and of a story, field names and
#: punctuation only, most frequent last (deflate reaches the end of the dictionary in
#: fewer bits). Entries of a few hundred bytes have too little text of their own to
#: learn these from: with it the ledger's cold entries take ~0.45 of their JSON, not
#: ~0.58. In-memory only (never written): changing it needs no state upgrade.
ZDICT = (
    b'{"id":"st-","title":"","first_article":"a-","t0":,"t1":,"created":,"seen":,'
    b'"n":,"dups":,"outlets":[""],"profile":"e:\\t\\ne:\\tk:\\t0.5\\nk:\\t","metrics":["'
    b'"sources":[],"support":[],"count":1,"h":"","first_seen":"+00:00","t":'
    b'{\\"fid\\":\\"f-\\",\\"iv\\":[.0,.0],\\"claim\\":{\\"start\\":,'
    b'\\"end\\":,\\"text\\":\\"\\",\\"value\\":,\\"low\\":,\\"high\\":,'
    b'\\"bound\\":\\"exact\\",\\"quote\\":\\"'
    b'\\",\\"property\\":\\"\\"},\\"article\\":{\\"id\\":\\"a-\\",'
    b'\\"url\\":\\"https://\\",\\"title\\":\\"\\",\\"outlet\\":\\"\\",'
    b'\\"published_at\\":\\"\\"},\\"first_seen\\":\\"+00:00\\",\\"t\\":,'
    b'\\"outlets\\":[\\"\\"],\\"sources\\":[],\\"support\\":[{\\"article\\":'
    b'\\"a-\\",\\"outlet\\":\\"\\",\\"url\\":\\"https://\\",\\"quote\\":\\"'
    b'\\"}],\\"count\\":,\\"h\\":\\"\\",\\"av\\":[.0,.0],\\"ef\\":\\"\\"}"]}'
    b'{"label":"","new":true,"figs":["'
)


def _zpack(raw: bytes, level: int) -> bytes:
    """``raw`` as :data:`_ZDICT_FIRST` + raw deflate against :data:`ZDICT` (no zlib
    header or checksum: 6 bytes a value; the JSON decoder checks what comes out)."""
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, ZDICT)
    return b"\x01" + c.compress(raw) + c.flush()


def _zunpack(held: bytes) -> bytes:
    d = zlib.decompressobj(-15, ZDICT)
    return d.decompress(memoryview(held)[1:]) + d.flush()


_orjson_dumps, _orjson_loads = orjson.dumps, orjson.loads


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON (as ``json.dumps(..., ensure_ascii=False, separators=(",",
    ":"))``, floats possibly spelled differently with the same value, e.g. ``1e16``).

    What orjson refuses (keys that are not strings, integers beyond 64 bits) goes
    through :mod:`json`. A NaN or infinite float is written as null: the brain's state
    holds none (times, counters, weights; figures are JSON strings of their own).
    """
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(raw: bytes | bytearray | str) -> Any:
    """Parse JSON written by :func:`dumps` (or by :mod:`json`, NaN included)."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


def _zeros(typecode: str, n: int) -> array[int]:
    """An array of ``n`` zeros, allocated to its size: ``array(t, bytes(...))`` keeps a
    sixteenth more (it grows as it reads), ~6 % of every index."""
    return array(typecode, [0]) * n


def _index_size(n: int) -> int:
    """Slots of a row index for ``n`` live keys: three fifths full.

    Grown at four fifths full (so 3/5 to 4/5 full; a miss probes ~3 to ~13 slots).
    Any size, not a power of two (the slot is ``hash(key) % size``): doubling a power
    of two left the index 1/3 to 2/3 full, ~8 bytes a key where this takes ~5.7.
    """
    return max(8, 5 * n // 3 + 1)


def _index_full(filled: int, slots: int) -> bool:
    """Is a row index due to be rebuilt by :func:`_index_size`: more than four fifths
    of its slots filled (live or deleted)?"""
    return filled * 5 > slots * 4


class PackedTable(MutableMapping[str, Any]):
    """A table whose values are held as JSON bytes and decoded on each read.

    Reads return a new object each time: callers write back what they change (the
    brain does, see :mod:`claimlogic.brain`). Iteration order is insertion order.
    Keys are strings of at most 65,535 UTF-8 bytes.

    Each entry is one bytes object, a row: the key's UTF-8 length (2 bytes), the key,
    the value (JSON, or deflated once cold). The rows sit in a list in insertion
    order (a deleted one is None until the list is compacted), found through an
    open-addressing index of row numbers by the key's hash (4 bytes a slot, 3/5 to
    4/5 full: :func:`_index_size`): ~55 bytes an entry besides key and value, where a dict of str
    keys and bytes values cost ~125.
    """

    __slots__ = (
        "_filled",
        "_holes",
        "_hot",
        "_hot_max",
        "_idx",
        "_level",
        "_nslots",
        "_over",
        "_rows",
    )

    def __init__(self, compress_over: int = 0, level: int = 6, hot: int = 512) -> None:
        self._rows: list[bytes | None] = []
        self._holes = 0  # deleted rows (None) in _rows
        self._alloc(8)
        #: compress values longer than this many bytes (0: never) ...
        self._over = compress_over
        self._level = level
        #: ... once they are not among the ``hot`` most recently written such values:
        #: an entry is rewritten in bursts (a ledger entry while its story is in the
        #: news), so compressing it on every write costs ~35 us each time for nothing.
        #: Ordered keys, least recently written first (a dict as an ordered set).
        self._hot: dict[str, None] = {}
        self._hot_max = hot

    def _alloc(self, size: int) -> None:
        #: slot -> row number + 1; 0 empty, -1 deleted
        self._idx = _zeros("i", size)
        self._nslots = size
        self._filled = 0  # slots not empty: live and deleted

    @staticmethod
    def _prefix(key: str) -> bytes:
        kb = key.encode()
        return len(kb).to_bytes(2, "little") + kb

    def _find(self, key: str, prefix: bytes) -> int:
        """The slot of ``key``; if none, ``~slot`` (negative) of the slot it would take:
        the first deleted slot on its probe path, else the empty one ending it."""
        idx, rows, nslots = self._idx, self._rows, self._nslots
        i = hash(key) % nslots
        free = -1
        while True:
            r = idx[i]
            if r == 0:
                return ~(i if free < 0 else free)
            if r < 0:
                if free < 0:
                    free = i
            elif rows[r - 1].startswith(prefix):  # type: ignore[union-attr]
                return i
            i = (i + 1) % nslots

    def _reindex(self) -> None:
        """Drop the deleted rows and rebuild the index three fifths full."""
        if self._holes:
            self._rows = [row for row in self._rows if row is not None]
            self._holes = 0
        rows = self._rows
        self._alloc(_index_size(len(rows)))
        idx, nslots = self._idx, self._nslots
        for j, row in enumerate(rows):
            n = int.from_bytes(row[:2], "little")  # type: ignore[index]
            i = hash(row[2 : 2 + n].decode()) % nslots  # type: ignore[index]
            while idx[i]:
                i = (i + 1) % nslots
            idx[i] = j + 1
        self._filled = len(rows)

    @staticmethod
    def _enc(value: Any) -> bytes:
        try:
            return _orjson_dumps(value)
        except TypeError:
            return dumps(value)

    def _written(self, k: str, raw: bytes) -> None:
        """Note a long value just written uncompressed; compress the coldest one when
        more than ``hot`` are."""
        if len(raw) <= self._over:
            return
        hot = self._hot
        hot.pop(k, None)
        hot[k] = None
        if len(hot) > self._hot_max:
            cold = next(iter(hot))
            del hot[cold]
            prefix = self._prefix(cold)
            i = self._find(cold, prefix)
            if i < 0:
                return
            r = self._idx[i] - 1
            held = self._rows[r][len(prefix) :]  # type: ignore[index]
            if held[0] != _ZDICT_FIRST:
                packed = _zpack(held, self._level)
                if len(packed) < len(held):
                    self._rows[r] = prefix + packed

    @staticmethod
    def _dec(raw: bytes) -> Any:
        if raw[0] == _ZDICT_FIRST:
            raw = _zunpack(raw)
        return loads(raw)

    def _held(self, key: str) -> bytes | None:
        """The bytes held for ``key``'s value (JSON or deflated), None if absent."""
        prefix = self._prefix(key)
        i = self._find(key, prefix)
        return None if i < 0 else self._rows[self._idx[i] - 1][len(prefix) :]  # type: ignore[index]

    # The methods below are the hot path of observe(), hence the probe and the codec
    # inlined in get().
    def __getitem__(self, key: str) -> Any:
        raw = self._held(key)
        if raw is None:
            raise KeyError(key)
        return self._dec(raw)

    def get(self, key: str, default: Any = None) -> Any:
        kb = key.encode()
        prefix = len(kb).to_bytes(2, "little") + kb
        idx, rows, nslots = self._idx, self._rows, self._nslots
        i = hash(key) % nslots
        while True:
            r = idx[i]
            if r == 0:
                return default
            if r > 0:
                row: bytes = rows[r - 1]  # type: ignore[assignment]
                if row.startswith(prefix):
                    raw = row[len(prefix) :]
                    if raw[0] == _ZDICT_FIRST:
                        raw = _zunpack(raw)
                    try:
                        return _orjson_loads(raw)
                    except orjson.JSONDecodeError:
                        return json.loads(raw)  # written by json: a NaN
            i = (i + 1) % nslots

    def __setitem__(self, key: str, value: Any) -> None:
        raw = self._enc(value)
        self._put_raw(key, raw)
        if self._over:
            self._written(key, raw)

    def _put_raw(self, key: str, raw: bytes) -> None:
        """Hold ``raw`` as ``key``'s value as it is (for :class:`GroupTable`'s rows)."""
        prefix = self._prefix(key)
        i = self._find(key, prefix)
        if i >= 0:
            self._rows[self._idx[i] - 1] = prefix + raw
        else:
            i = ~i
            if self._idx[i] == 0:
                self._filled += 1
            self._rows.append(prefix + raw)
            self._idx[i] = len(self._rows)
            if _index_full(self._filled, self._nslots):
                self._reindex()

    def __delitem__(self, key: str) -> None:
        i = self._find(key, self._prefix(key))
        if i < 0:
            raise KeyError(key)
        self._rows[self._idx[i] - 1] = None
        self._idx[i] = -1
        self._holes += 1
        if self._over:
            self._hot.pop(key, None)
        if self._holes > 64 and self._holes * 2 > len(self._rows):
            self._reindex()

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key, self._prefix(key)) >= 0

    def __iter__(self) -> Iterator[str]:
        for row in self._rows:
            if row is not None:
                yield row[2 : 2 + int.from_bytes(row[:2], "little")].decode()

    def __len__(self) -> int:
        return len(self._rows) - self._holes

    def clear(self) -> None:
        self._rows = []
        self._holes = 0
        self._alloc(8)
        self._hot.clear()

    def raw_size(self) -> int:
        """Bytes of the held values (their JSON or deflated form), for benchmarks."""
        return sum(len(r) - 2 - int.from_bytes(r[:2], "little") for r in self._rows if r)


#: Preset dictionary of :class:`GroupTable`'s deflated groups: a ledger entry's skeleton
#: with its figures as plain JSON (a group holds them unescaped, see :func:`_gval`).
GROUP_ZDICT = (
    b'{"label":"","new":true,"figs":null}|people|killed|injured'
    b'{"fid":"f-","iv":[.0,.0],"claim":{"start":,"end":,"text":"","value":,"low":,'
    b'"high":,"bound":"exact","quote":"","property":""},"article":{"id":"a-",'
    b'"url":"https://","title":"","outlet":"","published_at":""},'
    b'"first_seen":"+00:00","t":,"outlets":[""],"sources":[],"support":[{"article":'
    b'"a-","outlet":"","url":"https://","quote":""}],"count":,"h":"","av":[.0,.0],"ef":""}'
)
_PLAIN_GROUP = b"\x02"  # first byte of a group held as it is (deflated: _ZDICT_FIRST)


def _gval(value: Any) -> bytes:
    """A value as a group holds it: ``J`` + its JSON; or, for a dict whose ``figs`` is a
    list of strings (a ledger entry: each figure is JSON text of its own), ``F`` + the
    dict's JSON with ``figs`` null + each figure's UTF-8 with its length: not escaped as
    a string inside JSON (a figure's every quote mark cost a backslash)."""
    figs = value.get("figs") if isinstance(value, dict) else None
    if isinstance(figs, list) and all(type(f) is str for f in figs):
        head = PackedTable._enc({**value, "figs": None})
        parts = [b"F", len(head).to_bytes(4, "little"), head, len(figs).to_bytes(4, "little")]
        for f in figs:
            fb = f.encode()
            parts += (len(fb).to_bytes(4, "little"), fb)
        return b"".join(parts)
    return b"J" + PackedTable._enc(value)


def _gval_load(raw: bytes | memoryview) -> Any:
    """The value :func:`_gval` held as ``raw``."""
    if raw[0] == 0x4A:  # J
        return loads(bytes(raw[1:]))
    n = int.from_bytes(raw[1:5], "little")
    value = loads(bytes(raw[5 : 5 + n]))
    o = 5 + n
    k = int.from_bytes(raw[o : o + 4], "little")
    o += 4
    figs = []
    for _ in range(k):
        m = int.from_bytes(raw[o : o + 4], "little")
        figs.append(bytes(raw[o + 4 : o + 4 + m]).decode())
        o += 4 + m
    value["figs"] = figs  # the key is there (null): its place in the dict is kept
    return value


def _group_parse(blob: bytes) -> list[tuple[str, bytes]]:
    """A group's entries, (key suffix, held value), in the order they were first written."""
    if blob[0] == _ZDICT_FIRST:
        d = zlib.decompressobj(-15, GROUP_ZDICT)
        blob = _PLAIN_GROUP + d.decompress(memoryview(blob)[1:]) + d.flush()
    out = []
    o, end = 1, len(blob)
    while o < end:
        n = blob[o] | blob[o + 1] << 8
        sub = blob[o + 2 : o + 2 + n].decode()
        o += 2 + n
        m = int.from_bytes(blob[o : o + 4], "little")
        out.append((sub, blob[o + 4 : o + 4 + m]))
        o += 4 + m
    return out


def _group_blob(entries: list[tuple[str, bytes]]) -> bytes:
    parts = [_PLAIN_GROUP]
    for sub, held in entries:
        sb = sub.encode()
        parts += (len(sb).to_bytes(2, "little"), sb, len(held).to_bytes(4, "little"), held)
    return b"".join(parts)


class GroupTable(MutableMapping[str, Any]):
    """A :class:`PackedTable` whose keys ``group|rest`` are held by group: the ledger's
    entries (``story|metric``) of one story together, in one row, and a cold group
    deflated as one blob (a story's entries share their quotes and article metadata:
    its ``killed`` and ``injured`` figures often carry the same sentence).

    A row is the group's entries one after another (key suffix from the first ``|``,
    value as :func:`_gval` holds it); groups of more than ``compress_over`` bytes are
    deflated against :data:`GROUP_ZDICT` once they are not among the ``hot`` most
    recently written groups. Reads return fresh copies, as PackedTable's do. Iteration
    gives a group's keys together, groups in the order they were first written (not
    the keys' insertion order: nothing reads this table in order). A key without ``|``
    is a group of its own.
    """

    __slots__ = ("_hot", "_hot_max", "_len", "_level", "_over", "_rows")

    def __init__(self, compress_over: int = 0, level: int = 6, hot: int = 256) -> None:
        self._rows = PackedTable()  # group -> its row (through _held / _put_raw only)
        self._len = 0
        self._over = compress_over
        self._level = level
        #: groups written lately, least recently first (see PackedTable._hot)
        self._hot: dict[str, None] = {}
        self._hot_max = hot

    def get(self, key: str, default: Any = None) -> Any:
        group, bar, rest = key.partition("|")
        blob = self._rows._held(group)
        if blob is None:
            return default
        sub = bar + rest
        for s, held in _group_parse(blob):
            if s == sub:
                return _gval_load(held)
        return default

    def __getitem__(self, key: str) -> Any:
        missing = object()
        value = self.get(key, missing)
        if value is missing:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        group, bar, rest = key.partition("|")
        blob = self._rows._held(group)
        return blob is not None and any(s == bar + rest for s, _ in _group_parse(blob))

    def __setitem__(self, key: str, value: Any) -> None:
        group, bar, rest = key.partition("|")
        sub, held = bar + rest, _gval(value)
        blob = self._rows._held(group)
        entries = [] if blob is None else _group_parse(blob)
        for j, (s, _) in enumerate(entries):
            if s == sub:
                entries[j] = (sub, held)
                break
        else:
            entries.append((sub, held))
            self._len += 1
        blob = _group_blob(entries)
        self._rows._put_raw(group, blob)
        if self._over and len(blob) > self._over:
            self._written(group)

    def _written(self, group: str) -> None:
        """Note a long group just written as it is; deflate the coldest one when more
        than ``hot`` are."""
        hot = self._hot
        hot.pop(group, None)
        hot[group] = None
        if len(hot) > self._hot_max:
            cold = next(iter(hot))
            del hot[cold]
            blob = self._rows._held(cold)
            if blob is not None and blob[0] == _PLAIN_GROUP[0]:
                c = zlib.compressobj(
                    self._level, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, GROUP_ZDICT
                )
                packed = b"\x01" + c.compress(memoryview(blob)[1:]) + c.flush()
                if len(packed) < len(blob):
                    self._rows._put_raw(cold, packed)

    def __delitem__(self, key: str) -> None:
        group, bar, rest = key.partition("|")
        sub = bar + rest
        blob = self._rows._held(group)
        entries = [] if blob is None else _group_parse(blob)
        left = [(s, held) for s, held in entries if s != sub]
        if len(left) == len(entries):
            raise KeyError(key)
        self._len -= 1
        if left:
            self._rows._put_raw(group, _group_blob(left))
            if self._over and group in self._hot:
                self._written(group)
        else:
            del self._rows[group]
            self._hot.pop(group, None)

    def __iter__(self) -> Iterator[str]:
        for group in list(self._rows):
            blob = self._rows._held(group)
            if blob is not None:
                for s, _ in _group_parse(blob):
                    yield group + s

    def __len__(self) -> int:
        return self._len

    def clear(self) -> None:
        self._rows.clear()
        self._hot.clear()
        self._len = 0

    def raw_size(self) -> int:
        """Bytes of the held groups (as they are or deflated), for benchmarks."""
        return self._rows.raw_size()


# Binary rows for the tables of short values (HeapTable, QueueTable): their values are
# short flat lists and scalars full of ids, hex digests and a base64 signature, which
# JSON spells out in text (a 128-byte signature took 172 characters, a 20-byte digest
# 40). A value is held as one byte saying "binary" and its items, each a tag byte and
# its payload; anything else (nested lists, dicts, NaN, huge ints) as its JSON. The
# first byte tells them apart: JSON never starts with a byte below 0x09.
_BIN_LIST, _BIN_ONE = 0x03, 0x04  # first byte: a flat list of items, one item
#: First byte of a posting list (story-terms: a count and story ids) as its count in
#: 2 bytes and each id's 6 bytes, read and written ~40 times an article: no items.
_BIN_POSTING = 0x05
_posting_ids = re.compile(r"st-[0-9a-f]{12}(?:,st-[0-9a-f]{12})*").fullmatch
#: Tags of strings held as the bytes of their lowercase hex digits after a fixed prefix.
_HEX_PREFIXES = ("", "a-", "st-", "al-", "h:", "f-")
_T_NONE, _T_TRUE, _T_FALSE, _T_U8, _T_INT, _T_FLOAT, _T_STR, _T_LSTR, _T_B64 = range(9)
_T_HEX = 16  # + index in _HEX_PREFIXES
_pack_d, _unpack_d = struct.Struct("<d").pack, struct.Struct("<d").unpack_from
_pack_q, _unpack_q = struct.Struct("<q").pack, struct.Struct("<q").unpack_from


#: A string held as hex: its prefix (a tag) and 1-255 bytes of hex digits.
_hex_str = re.compile(r"(a-|st-|al-|h:|f-|)((?:[0-9a-f]{2}){1,255})").fullmatch
_HEX_TAG = {pre: _T_HEX + tag for tag, pre in enumerate(_HEX_PREFIXES)}


def _bin_str(x: str) -> bytes:
    """A string item's tag and payload."""
    m = _hex_str(x)
    if m is not None:
        raw = bytes.fromhex(m[2])
        return bytes((_HEX_TAG[m[1]], len(raw))) + raw
    if len(x) >= 64 and not len(x) & 3 and len(x) <= 340:  # a signature: base64
        try:
            raw = binascii.a2b_base64(x, strict_mode=True)
        except (ValueError, binascii.Error):
            raw = b""
        if raw and binascii.b2a_base64(raw, newline=False) == x.encode():
            return bytes((_T_B64, len(raw))) + raw
    b = x.encode()
    if len(b) < 256:
        return bytes((_T_STR, len(b))) + b
    return bytes((_T_LSTR,)) + len(b).to_bytes(4, "little") + b


def _bin_item(x: Any) -> bytes | None:
    """Item ``x``'s tag and payload; None if it has none."""
    t = type(x)
    if t is str:
        return _bin_str(x)
    if t is int:
        if 0 <= x < 256:
            return bytes((_T_U8, x))
        return b"\x04" + _pack_q(x) if -(2**63) <= x < 2**63 else None
    if t is float:
        return b"\x05" + _pack_d(x) if x - x == 0.0 else None  # NaN, inf: JSON's null
    if x is None:
        return b"\x00"
    if x is True:
        return b"\x01"
    if x is False:
        return b"\x02"
    return None


def benc(value: Any) -> bytes:
    """``value`` as a binary row if it is a flat list of scalars or a scalar, else its
    JSON (:func:`bdec` reads either back equal)."""
    if type(value) is list:
        if value and type(value[0]) is int and 0 <= value[0] < 65536 and len(value) > 1:
            try:
                joined = ",".join(value[1:])
            except TypeError:
                joined = ""
            # as many ids as items, each "st-" + 12 hex digits (no comma within one)
            if len(joined) == 16 * len(value) - 17 and _posting_ids(joined):
                ids = bytes.fromhex(joined.replace(",st-", "")[3:])
                return b"\x05" + value[0].to_bytes(2, "little") + ids
        parts = [b"\x03"]
        for x in value:
            t = type(x)
            if t is str:
                parts.append(_bin_str(x))
            elif t is int and 0 <= x < 256:
                parts.append(bytes((_T_U8, x)))
            else:
                item = _bin_item(x)
                if item is None:
                    return PackedTable._enc(value)
                parts.append(item)
        return b"".join(parts)
    item = _bin_item(value)
    return PackedTable._enc(value) if item is None else b"\x04" + item


def bdec(raw: bytes | bytearray | memoryview) -> Any:
    """The value :func:`benc` held as ``raw``."""
    first = raw[0]
    if first == _BIN_POSTING:
        ids = "st-" + raw[3:].hex(",", 6).replace(",", ",st-")
        return [raw[1] | raw[2] << 8, *ids.split(",")]
    if first > _BIN_POSTING:
        try:
            return _orjson_loads(raw)
        except orjson.JSONDecodeError:
            return json.loads(bytes(raw))  # written by json: a NaN
    out: list[Any] = []
    o, end = 1, len(raw)
    while o < end:
        tag = raw[o]
        if tag >= _T_HEX:
            n = raw[o + 1]
            out.append(_HEX_PREFIXES[tag - _T_HEX] + bytes(raw[o + 2 : o + 2 + n]).hex())
            o += 2 + n
        elif tag == _T_STR:
            n = raw[o + 1]
            out.append(bytes(raw[o + 2 : o + 2 + n]).decode())
            o += 2 + n
        elif tag == _T_FLOAT:
            out.append(_unpack_d(raw, o + 1)[0])
            o += 9
        elif tag == _T_U8:
            out.append(raw[o + 1])
            o += 2
        elif tag == _T_B64:
            n = raw[o + 1]
            out.append(binascii.b2a_base64(raw[o + 2 : o + 2 + n], newline=False).decode())
            o += 2 + n
        elif tag == _T_INT:
            out.append(_unpack_q(raw, o + 1)[0])
            o += 9
        elif tag == _T_LSTR:
            n = int.from_bytes(raw[o + 1 : o + 5], "little")
            out.append(bytes(raw[o + 5 : o + 5 + n]).decode())
            o += 5 + n
        else:
            out.append(None if tag == _T_NONE else tag == _T_TRUE)
            o += 1
    return out if first == _BIN_LIST else out[0]


#: Keys held as a tag byte (1 + index here) and the bytes of their hex digits: ids and
#: content hashes ("a-" + 16 hex digits: 9 bytes, not 18). Other keys as their UTF-8,
#: after a zero byte if theirs starts below 0x08 (never, for the brain's keys).
_KEY_PREFIXES = ("a-", "h:", "al-", "st-")
_KEY_TAG = {pre: tag for tag, pre in enumerate(_KEY_PREFIXES, 1)}
_hex_key = re.compile(r"(a-|h:|al-|st-)((?:[0-9a-f]{2})+)").fullmatch


def _kenc(key: str) -> bytes:
    """``key`` as a heap row holds it (:func:`_kdec` gives it back)."""
    m = _hex_key(key)
    if m is not None:
        return bytes((_KEY_TAG[m[1]],)) + bytes.fromhex(m[2])
    kb = key.encode()
    return b"\x00" + kb if kb and kb[0] < 8 else kb


def _kdec(kb: bytes) -> str:
    if kb and kb[0] < 8:
        return kb[1:].decode() if kb[0] == 0 else _KEY_PREFIXES[kb[0] - 1] + kb[1:].hex()
    return kb.decode()


#: A heap row's key length: one byte below 255, else 255 and two bytes (2 bytes each
#: before: a byte less a row of articles-seen, story-terms and alerts-emitted).
_KLEN = [bytes((n,)) for n in range(255)]


def _klen(n: int) -> bytes:
    return _KLEN[n] if n < 255 else b"\xff" + n.to_bytes(2, "little")


def _kspan(heap: bytearray, o: int) -> tuple[int, int]:
    """Where the key of the heap row at ``o`` starts and ends."""
    n = heap[o]
    if n < 255:
        return o + 1, o + 1 + n
    return o + 3, o + 3 + (heap[o + 1] | heap[o + 2] << 8)


#: Heap offsets are 32-bit (array "i", -1 for none) until a heap passes 2 GiB.
_I32 = 2**31 - 1


def _long(lens: array[int], n: int) -> array[int]:
    """``lens`` (row lengths: 8-bit while every row is shorter than 256 bytes, then
    16-bit, then 32) widened to hold ``n``."""
    if n > 0xFF and lens.typecode == "B":
        lens = array("H", lens)
    if n > 0xFFFF and lens.typecode == "H":
        lens = array("I", lens)
    return lens


def _wide(off: array[int], end: int) -> array[int]:
    """``off``, as 64-bit offsets if ``end`` does not fit its 32 bits."""
    return array("q", off) if end > _I32 and off.typecode == "i" else off


class HeapTable(MutableMapping[str, Any]):
    """A :class:`PackedTable` for many short values (never compressed), without an
    object per entry.

    Each entry is a row: the key's length (1 byte, 3 from 255), the key (ids and content hashes
    as bytes, see :func:`_kenc`; with ``id_keys=False`` its UTF-8), the value as a
    binary row (:func:`benc`; with ``binary=False`` its JSON). The rows sit one after
    another in one bytearray (the heap), numbered in insertion order, with their
    offsets (32-bit until the heap passes 2 GiB) and lengths in arrays and an
    open-addressing index of row numbers by the key's hash (4 bytes a slot, 3/5 to
    4/5 full: :func:`_index_size`): ~21 bytes an entry besides key and value, where a
    PackedTable's bytes object a row costs ~55 (a dict of str keys and bytes values
    ~125). A rewritten row goes where it was if it fits, else at the heap's end; the
    heap is compacted when more than a third of it is rows no longer used (a copy of
    the live rows: for that moment the heap takes twice its memory). Not for long
    values rewritten compressed (the ledger, stories): their old rows would be most of
    the heap.
    """

    __slots__ = (
        "_aliased",
        "_ap",
        "_bin",
        "_compactions",
        "_filled",
        "_garbage",
        "_heap",
        "_holes",
        "_idk",
        "_idx",
        "_len",
        "_naliases",
        "_nslots",
        "_off",
    )

    def __init__(
        self, binary: bool = True, id_keys: bool = True, alias_prefix: str | None = None
    ) -> None:
        #: values as binary rows (:func:`benc`), else as their JSON
        self._bin = binary
        #: keys as :func:`_kenc` gives them (ids and hashes as bytes), else as UTF-8:
        #: for the posting lists' terms, never ids, not worth a pattern match each
        self._idk = id_keys
        self._heap = bytearray()
        self._off = array("i")  # row number -> offset in _heap, -1 if deleted (see _I32)
        self._len = array("B")  # row number -> length (8-bit until a row is longer)
        self._holes = 0  # deleted rows
        self._garbage = 0  # bytes of _heap no row uses
        self._compactions = 0
        #: Aliases (binary rows only): a key ``alias_prefix + s`` whose value is the key
        #: of a row whose value is a list starting with ``s`` (articles-seen's ``"h:" +
        #: content hash`` -> the article id whose record starts with that hash) is held
        #: as an index slot pointing at that row (``-(row + 2)``), not as a row of its
        #: own (~30 bytes). A row has at most one alias; before the row's first item
        #: changes or the row goes, the alias becomes a row of its own.
        self._ap = alias_prefix if binary else None
        self._aliased = bytearray()  # row number -> 1 if an alias points at it
        self._naliases = 0
        self._alloc(8)

    def _alloc(self, size: int) -> None:
        #: slot -> row number + 1; 0 empty, -1 deleted, -(row + 2) an alias of row
        self._idx = _zeros("i", size)
        self._nslots = size
        self._filled = 0  # slots not empty: live and deleted

    def _prefix(self, key: str) -> bytes:
        kb = _kenc(key) if self._idk else key.encode()
        n = len(kb)
        return (_KLEN[n] if n < 255 else _klen(n)) + kb

    def _value_at(self, r: int) -> int:
        """Offset in the heap of row ``r``'s value."""
        return _kspan(self._heap, self._off[r])[1]

    def _is_alias(self, key: str, r: int) -> bool:
        """Is ``key`` the alias that points at row ``r``?"""
        ap = self._ap
        if ap is None or not key.startswith(ap):
            return False
        return self._starts(b"\x03" + _bin_str(key[len(ap) :]), r)

    def _starts(self, start: bytes, r: int) -> bool:
        """Does row ``r``'s value start with ``start`` (a list's first item as held)?"""
        o = self._off[r]
        if o < 0:
            return False
        vo = _kspan(self._heap, o)[1]
        return vo + len(start) <= o + self._len[r] and self._heap.startswith(start, vo)

    def _first_item(self, r: int) -> bytes | None:
        """Row ``r``'s value's first item as held (tag and payload) if it is a string in a
        list (what an alias names), else None."""
        heap, vo = self._heap, self._value_at(r)
        end = self._off[r] + self._len[r]
        if vo + 2 > end or heap[vo] != _BIN_LIST:
            return None
        tag = heap[vo + 1]
        if tag >= _T_HEX or tag in (_T_STR, _T_B64):
            n = 2 + heap[vo + 2]
        elif tag == _T_LSTR:
            n = 5 + int.from_bytes(heap[vo + 2 : vo + 6], "little")
        else:
            return None
        return bytes(heap[vo + 1 : vo + 1 + n]) if vo + 1 + n <= end else None

    def _alias_of(self, r: int) -> str:
        """The alias key pointing at row ``r`` (which has one)."""
        item = self._first_item(r)
        assert item is not None and self._ap is not None
        return self._ap + bdec(b"\x03" + item)[0]

    def _unalias(self, r: int) -> None:
        """Give row ``r``'s alias a row of its own (before the row changes or goes)."""
        if not self._aliased[r]:
            return
        alias = self._alias_of(r)
        prefix = self._prefix(alias)
        i = self._find(alias, prefix)
        assert i >= 0 and self._idx[i] == -(r + 2)
        self._aliased[r] = 0
        self._naliases -= 1
        row = prefix + benc(self._key_at(self._off[r]))
        self._off = _wide(self._off, len(self._heap))
        self._off.append(len(self._heap))
        self._len.append(len(row))
        self._aliased.append(0)
        self._heap += row
        self._idx[i] = len(self._off)

    def _find(self, key: str, prefix: bytes) -> int:
        """The slot of ``key``; if none, ``~slot`` (negative) of the slot it would take:
        the first deleted slot on its probe path, else the empty one ending it."""
        idx, off, heap, nslots = self._idx, self._off, self._heap, self._nslots
        ap = self._ap
        # what the row of the key's alias starts with, if the key may be one
        alias = b"\x03" + _bin_str(key[len(ap) :]) if ap and key.startswith(ap) else b""
        i = hash(key) % nslots
        free = -1
        while True:
            r = idx[i]
            if r == 0:
                return ~(i if free < 0 else free)
            if r == -1:
                if free < 0:
                    free = i
            elif r > 0:
                if heap.startswith(prefix, off[r - 1]):
                    return i
            elif alias and self._starts(alias, -r - 2):
                return i
            i = (i + 1) % nslots

    def _key_at(self, o: int) -> str:
        start, end = _kspan(self._heap, o)
        kb = bytes(self._heap[start:end])
        return _kdec(kb) if self._idk else kb.decode()

    def _compact(self) -> None:
        """Copy the live rows to a new heap, in row order (deleted rows dropped)."""
        heap, off, lens, aliased = self._heap, self._off, self._len, self._aliased
        view = memoryview(heap)
        new, noff, nlen = bytearray(), _wide(array("i"), len(heap)), array(lens.typecode)
        naliased = bytearray()
        for r, o in enumerate(off):
            if o >= 0:
                n = lens[r]
                noff.append(len(new))
                nlen.append(n)
                naliased.append(aliased[r])
                new += view[o : o + n]
        view.release()
        self._heap, self._off, self._len, self._aliased = new, noff, nlen, naliased
        self._holes = self._garbage = 0
        self._compactions += 1
        self._reindex()

    def _reindex(self) -> None:
        """Rebuild the index three fifths full."""
        off, aliased = self._off, self._aliased
        self._alloc(_index_size(len(off) - self._holes + self._naliases))
        idx, nslots = self._idx, self._nslots
        n = 0
        for r, o in enumerate(off):
            if o < 0:
                continue
            i = hash(self._key_at(o)) % nslots
            while idx[i]:
                i = (i + 1) % nslots
            idx[i] = r + 1
            n += 1
            if aliased[r]:
                i = hash(self._alias_of(r)) % nslots
                while idx[i]:
                    i = (i + 1) % nslots
                idx[i] = -(r + 2)
                n += 1
        self._filled = n

    def _put(self, r: int, row: bytes) -> None:
        """Write ``row`` as row ``r``'s new content: where it was if it fits."""
        o, n = self._off[r], self._len[r]
        if len(row) > 0xFF:
            self._len = _long(self._len, len(row))
        if len(row) <= n:
            self._heap[o : o + len(row)] = row
        else:
            self._off = _wide(self._off, len(self._heap))
            self._off[r] = len(self._heap)
            self._heap += row
        self._garbage += n - len(row) if len(row) <= n else n
        self._len[r] = len(row)

    _dec = staticmethod(bdec)

    def _held(self, key: str) -> bytes | None:
        """The bytes held for ``key``'s value (its JSON), None if absent."""
        prefix = self._prefix(key)
        i = self._find(key, prefix)
        if i < 0:
            return None
        r = self._idx[i] - 1
        if r < -1:  # an alias (slot -(row + 2)): its value is the key of that row
            return benc(self._key_at(self._off[-r - 3]))
        o = self._off[r]
        return bytes(self._heap[o + len(prefix) : o + self._len[r]])

    # The methods below are the hot path of observe(), hence the probe and the codec
    # inlined in get().
    def __getitem__(self, key: str) -> Any:
        raw = self._held(key)
        if raw is None:
            raise KeyError(key)
        return self._dec(raw)

    def get(self, key: str, default: Any = None) -> Any:
        kb = _kenc(key) if self._idk else key.encode()
        n = len(kb)
        prefix = (_KLEN[n] if n < 255 else _klen(n)) + kb
        idx, off, heap, nslots = self._idx, self._off, self._heap, self._nslots
        ap = self._ap
        alias = b"\x03" + _bin_str(key[len(ap) :]) if ap and key.startswith(ap) else b""
        i = hash(key) % nslots
        while True:
            r = idx[i]
            if r == 0:
                return default
            if r > 0:
                o = off[r - 1]
                if heap.startswith(prefix, o):
                    raw = heap[o + len(prefix) : o + self._len[r - 1]]
                    if raw[0] > _BIN_POSTING:  # JSON (a case of bdec, inlined)
                        try:
                            return _orjson_loads(raw)
                        except orjson.JSONDecodeError:
                            return json.loads(raw)  # written by json: a NaN
                    return bdec(raw)
            elif r < -1 and alias and self._starts(alias, -r - 2):
                return self._key_at(off[-r - 2])
            i = (i + 1) % nslots

    def __setitem__(self, key: str, value: Any) -> None:
        prefix = self._prefix(key)
        raw = benc(value) if self._bin else PackedTable._enc(value)
        i = self._find(key, prefix)
        if i >= 0 and self._idx[i] < -1:  # an alias
            r = -self._idx[i] - 2
            if value == self._key_at(self._off[r]) and type(value) is str:
                return  # the same
            self._unalias(r)  # now a row of its own, rewritten below
        if i >= 0:
            r = self._idx[i] - 1
            if self._aliased[r]:  # keeps its alias if it keeps its first item
                first = self._first_item(r)
                if first is None or not raw.startswith(first, 1) or raw[0] != _BIN_LIST:
                    self._unalias(r)
            self._put(r, prefix + raw)
        else:
            i = ~i
            if self._idx[i] == 0:
                self._filled += 1
            r = self._alias_target(key, value)
            if r >= 0:
                self._idx[i] = -(r + 2)
                self._aliased[r] = 1
                self._naliases += 1
            else:
                row = prefix + raw
                self._off = _wide(self._off, len(self._heap))
                self._off.append(len(self._heap))
                if len(row) > 0xFF:
                    self._len = _long(self._len, len(row))
                self._len.append(len(row))
                self._aliased.append(0)
                self._heap += row
                self._idx[i] = len(self._off)
            if _index_full(self._filled, self._nslots):
                self._reindex()
        if self._garbage > 4096 and self._garbage * 3 > len(self._heap):
            self._compact()

    def _alias_target(self, key: str, value: Any) -> int:
        """The row a new key ``key`` with this value can be an alias of, else -1."""
        ap = self._ap
        if ap is None or type(value) is not str or not key.startswith(ap):
            return -1
        j = self._find(value, self._prefix(value))
        if j < 0 or self._idx[j] <= 0:
            return -1
        r = self._idx[j] - 1
        return r if not self._aliased[r] and self._is_alias(key, r) else -1

    def __delitem__(self, key: str) -> None:
        i = self._find(key, self._prefix(key))
        if i < 0:
            raise KeyError(key)
        r = self._idx[i] - 1
        if r < -1:  # an alias (slot -(row + 2)): no row
            self._aliased[-r - 3] = 0
            self._naliases -= 1
            self._idx[i] = -1
            return
        self._unalias(r)
        self._garbage += self._len[r]
        self._off[r] = -1
        self._idx[i] = -1
        self._holes += 1
        if self._garbage > 4096 and self._garbage * 3 > len(self._heap):
            self._compact()  # (deleted rows cost 6 bytes each in _off and _len)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key, self._prefix(key)) >= 0

    def __iter__(self) -> Iterator[str]:
        # A write may compact the heap (row numbers change): as a dict does when it
        # resizes under an iteration, refuse to go on rather than skip or repeat keys.
        compactions = self._compactions
        for r in range(len(self._off)):
            if self._compactions != compactions:
                raise RuntimeError("HeapTable compacted during iteration")
            if r >= len(self._off):
                return
            o = self._off[r]
            if o >= 0:
                yield self._key_at(o)
                if self._aliased[r]:
                    yield self._alias_of(r)

    def __len__(self) -> int:
        return len(self._off) - self._holes + self._naliases

    def clear(self) -> None:
        self._heap = bytearray()
        self._off, self._len = array("i"), array("B")
        self._holes = self._garbage = 0
        self._aliased = bytearray()
        self._naliases = 0
        self._alloc(8)

    def raw_size(self) -> int:
        """Bytes of the held values (their JSON), for benchmarks."""
        heap = self._heap
        return sum(o + self._len[r] - _kspan(heap, o)[1] for r, o in enumerate(self._off) if o >= 0)


class QueueTable(MutableMapping[str, Any]):
    """The expiry queue: values held as binary rows (:func:`benc`) under keys of
    digits only (its zero-padded sequence numbers), one after another in a bytearray
    (as in :class:`HeapTable`) with offsets and lengths in arrays indexed by sequence
    number (6 bytes a slot besides the value, no key: 32-bit offsets and 16-bit
    lengths while they fit); other keys (``"meta"``) as JSON in a dict.

    The queue is written at its tail and popped at its head, so the arrays stay dense:
    the heap is compacted (popped slots at the head dropped, live rows copied) when a
    third of it is unused. Sequence keys are given back zero-padded to ``width``, in
    sequence order, before the other keys.
    """

    __slots__ = ("_base", "_garbage", "_heap", "_lead", "_len", "_live", "_off", "_other", "_width")

    def __init__(self, width: int = 12) -> None:
        self._heap = bytearray()
        self._off = array("i")  # seq - _base -> offset in _heap, -1 if none
        self._len = array("B")
        self._base = 0  # sequence number of slot 0
        self._lead = 0  # empty slots at the head
        self._live = 0  # values in the heap
        self._garbage = 0  # bytes of _heap no value uses
        self._other: dict[str, bytes] = {}
        self._width = width

    def _slot(self, key: str) -> int:
        """``key``'s slot, -1 if it is not a sequence key in range."""
        j = int(key) - self._base if key.isdigit() else -1
        return j if 0 <= j < len(self._off) else -1

    def _raw(self, key: str) -> bytes | bytearray | None:
        j = self._slot(key)
        if j < 0:
            return self._other.get(key)
        o = self._off[j]
        return None if o < 0 else self._heap[o : o + self._len[j]]

    def __getitem__(self, key: str) -> Any:
        raw = self._raw(key)
        if raw is None:
            raise KeyError(key)
        return bdec(raw)

    def get(self, key: str, default: Any = None) -> Any:
        raw = self._raw(key)
        return default if raw is None else bdec(raw)

    def __setitem__(self, key: str, value: Any) -> None:
        if not key.isdigit():
            raw = PackedTable._enc(value)
            self._other[key] = raw + b" "  # a copy: orjson's bytes keep their buffer
            return
        raw = benc(value)
        seq, off = int(key), self._off
        if not self._live:  # empty: start the arrays here
            self._heap, self._off, self._len = bytearray(), array("i"), array("B")
            off = self._off
            self._base, self._lead, self._garbage = seq, 0, 0
        j = seq - self._base
        if j < 0:  # older than the head (a state read back out of order)
            self._off = off = array(off.typecode, [-1] * -j) + off
            self._len = array(self._len.typecode, [0] * -j) + self._len
            self._base, self._lead, j = seq, 0, 0
        if j >= len(off):
            off.extend([-1] * (j + 1 - len(off)))
            self._len.extend([0] * (j + 1 - len(self._len)))
        o = off[j]
        if o < 0:
            self._live += 1
        else:
            self._garbage += self._len[j]
        if o >= 0 and len(raw) <= self._len[j]:
            self._heap[o : o + len(raw)] = raw
            self._garbage -= len(raw)
        else:
            self._off = off = _wide(off, len(self._heap))
            off[j] = len(self._heap)
            self._heap += raw
        if len(raw) > 0xFF:
            self._len = _long(self._len, len(raw))
        self._len[j] = len(raw)
        if j < self._lead:
            self._lead = j

    def __delitem__(self, key: str) -> None:
        j = self._slot(key)
        if j < 0:
            del self._other[key]
            return
        off = self._off
        if off[j] < 0:
            raise KeyError(key)
        off[j] = -1
        self._garbage += self._len[j]
        self._live -= 1
        if j == self._lead:
            lead = j + 1
            while lead < len(off) and off[lead] < 0:
                lead += 1
            self._lead = lead
        if self._garbage > 4096 and self._garbage * 3 > len(self._heap):
            self._compact()

    def _compact(self) -> None:
        """Copy the live values to a new heap; drop the empty slots at the head."""
        lead, off, lens = self._lead, self._off, self._len
        view = memoryview(self._heap)
        new, noff, nlen = bytearray(), _wide(array("i"), len(self._heap)), array(lens.typecode)
        for j in range(lead, len(off)):
            o, n = off[j], lens[j]
            if o >= 0:
                noff.append(len(new))
                new += view[o : o + n]
            else:
                noff.append(-1)
            nlen.append(n)
        view.release()
        self._heap, self._off, self._len = new, noff, nlen
        self._base += lead
        self._lead = self._garbage = 0

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        j = self._slot(key)
        return self._off[j] >= 0 if j >= 0 else key in self._other

    def __iter__(self) -> Iterator[str]:
        width, base, off = self._width, self._base, self._off
        for j, o in enumerate(off):
            if o >= 0:
                yield f"{base + j:0{width}d}"
        yield from self._other

    def __len__(self) -> int:
        return self._live + len(self._other)

    def clear(self) -> None:
        self._heap, self._off, self._len = bytearray(), array("i"), array("B")
        self._base = self._lead = self._live = self._garbage = 0
        self._other.clear()


_M64 = 0xFFFFFFFFFFFFFFFF
#: Fibonacci hashing: the top bits of key * 2**64/phi (mod 2**64) pick the slot (times
#: the table's size, over 2**64: any size, not only powers of two). The minima's own
#: low bits will not do: the same 16-bit minima recur across articles.
_FIB = 0x9E3779B97F4A7C15
#: BandIndex values from this up are held in its side list: its value array is 32-bit
#: (the values are expiry sequence numbers, two or three per article: ~700 million
#: articles through one worker's state before they get there).
_BIG = 2**31 - 1
#: Empty slot / deleted slot markers in BandIndex._band (band numbers are stored + 1).
_EMPTY, _GONE = 0, 255


#: A BandIndex tuple held in this many bytes or more is appended to in place (a
#: bytearray, over-allocated); shorter ones are copied (bytes: 24 bytes less a tuple).
_APPEND_IN_PLACE = 64


def _side_put(value: int | tuple[int, ...]) -> bytes | int:
    """A tuple as the bytes of its ints after their width: 32 bits (4) while they fit,
    else 64 (8)."""
    if not isinstance(value, tuple):
        return value
    try:
        return b"\x04" + array("I", value).tobytes()
    except OverflowError:  # negative, or over 32 bits
        return b"\x08" + array("q", value).tobytes()


def _side_get(held: bytes | bytearray | int) -> int | tuple[int, ...]:
    if isinstance(held, int):
        return held
    a = array("I" if held[0] == 4 else "q")
    a.frombytes(held[1:])
    return tuple(a)


def _side_first(held: bytes | bytearray | int) -> int | None:
    """The first holder in a side entry (an int, or a tuple as :func:`_side_put` holds
    it) without decoding the rest; None for an empty tuple (never written by the brain)."""
    if isinstance(held, int):
        return held
    if len(held) == 1:
        return None
    w = held[0]
    return int.from_bytes(held[1 : 1 + w], "little", signed=w == 8)


def _side_find(held: bytes | bytearray, holder: int) -> int:
    """Offset in ``held`` (a tuple as :func:`_side_put` holds it) of ``holder``'s first
    item, -1 if it is not there: a byte search (no int object per item), aligned."""
    w = held[0]
    if w == 4 and not 0 <= holder <= 0xFFFFFFFF:
        return -1
    pat = array("I" if w == 4 else "q", [holder]).tobytes()
    o = held.find(pat, 1)
    while o >= 0 and (o - 1) % w:
        o = held.find(pat, o + 1)
    return o


class BandIndex(MutableMapping[int, Any]):
    """The LSH band index: band key -> an int, or a tuple of ints (rare), in arrays.

    A band key is ``(band << 64) | minima`` (:func:`claimlogic.dedup.band_ints`, 16
    bands of four 16-bit minima). Linear probing over three arrays (band + 1 in a
    byte, the 64 bits of minima, the value in 32 bits) costs ~13 bytes a slot, at
    most five sixths full and resized to two thirds full (so 2/3 to 5/6 full: a miss
    probes ~5 to ~18 slots, a few microseconds an article; was 1/2 to 3/4, and
    doubling a power of two left it 1/3 to 2/3), where a dict entry with its int key
    and value cost ~90 bytes. Values are ints from 0 to 2**63 - 1, or tuples of them
    (several originals under one key); a tuple, or an int of 2**31 - 1 or more, is
    kept in a side list, its value slot holding ``~index`` (negative). Band numbers
    below 254.
    """

    __slots__ = ("_band", "_filled", "_free", "_lo", "_side", "_size", "_used", "_val")

    def __init__(self, capacity: int = 1024) -> None:
        self._alloc(max(8, capacity * 6 // 5 + 1))
        #: values not in _val: a tuple held as the bytes of its ints (33 bytes for two
        #: 32-bit ones, not ~110); indexed from _val, not by key (a dict of int keys
        #: cost ~75 bytes more an entry); freed places are reused
        self._side: list[bytes | bytearray | int | None] = []
        self._free: list[int] = []

    def _alloc(self, size: int) -> None:
        self._band = _zeros("B", size)
        self._lo = _zeros("Q", size)
        self._val = _zeros("i", size)
        self._used = 0  # live keys
        self._filled = 0  # live keys + deleted slots
        self._size = size

    def _slot(self, key: int) -> int:
        """The slot holding ``key``; if none, ``~slot`` (negative) of the slot it would
        take: the first deleted slot on its probe path, else the empty one ending it."""
        b, lo = (key >> 64) + 1, key & _M64
        size, bands, los = self._size, self._band, self._lo
        i = ((((lo ^ b) * _FIB) & _M64) * size) >> 64
        free = -1
        while True:
            x = bands[i]
            if x == _EMPTY:
                return ~(i if free < 0 else free)
            if x == b and los[i] == lo:
                return i
            if x == _GONE and free < 0:
                free = i
            i += 1
            if i == size:
                i = 0

    def _value(self, key: int, i: int) -> Any:
        v = self._val[i]
        return v if v >= 0 else _side_get(self._side[~v])  # type: ignore[arg-type]

    def _side_new(self, value: int | tuple[int, ...]) -> int:
        """``~index`` of ``value``'s new place in the side list (for _val)."""
        held = _side_put(value)
        if self._free:
            j = self._free.pop()
            self._side[j] = held
        else:
            j = len(self._side)
            self._side.append(held)
        return ~j

    def _side_drop(self, v: int) -> None:
        """Free the side place of value slot content ``v`` (if negative)."""
        if v < 0:
            self._side[~v] = None
            self._free.append(~v)

    def __getitem__(self, key: int) -> Any:
        i = self._slot(key)
        if i < 0:
            raise KeyError(key)
        return self._value(key, i)

    def get(self, key: int, default: Any = None) -> Any:
        # _slot's probe, inlined: observe() looks up 16 keys per article
        b, lo = (key >> 64) + 1, key & _M64
        size, bands, los = self._size, self._band, self._lo
        i = ((((lo ^ b) * _FIB) & _M64) * size) >> 64
        while True:
            x = bands[i]
            if x == _EMPTY:
                return default
            if x == b and los[i] == lo:
                v = self._val[i]
                return v if v >= 0 else _side_get(self._side[~v])  # type: ignore[arg-type]
            i += 1
            if i == size:
                i = 0

    def __contains__(self, key: object) -> bool:
        return isinstance(key, int) and self._slot(key) >= 0

    def setdefault(self, key: int, default: Any = None) -> Any:
        """The key's value; a new key gets ``default`` (one probe, no exception)."""
        i = self._slot(key)
        if i >= 0:
            return self._value(key, i)
        self._insert(key, ~i, default)
        return default

    def __setitem__(self, key: int, value: Any) -> None:
        i = self._slot(key)
        if i < 0:
            self._insert(key, ~i, value)
        elif isinstance(value, tuple) or not 0 <= value < _BIG:
            v = self._val[i]
            if v < 0:
                self._side[~v] = _side_put(value)
            else:
                self._val[i] = self._side_new(value)
        else:
            self._side_drop(self._val[i])
            self._val[i] = value

    def _insert(self, key: int, i: int, value: Any) -> None:
        """Put a new key in slot ``i`` (from :meth:`_slot`)."""
        if isinstance(value, tuple) or not 0 <= value < _BIG:
            value = self._side_new(value)
        if self._put_key(i, key):
            self._filled += 1
        self._val[i] = value
        self._used += 1
        if self._filled * 6 > self._size * 5:
            self._resize()

    def _put_key(self, i: int, key: int) -> bool:
        """Write ``key`` into slot ``i``'s key arrays; was the slot empty (not a deleted
        one reused)?"""
        was_empty = self._band[i] == _EMPTY
        self._band[i], self._lo[i] = (key >> 64) + 1, key & _M64
        return was_empty

    def _mark_gone(self, i: int) -> None:
        """Mark slot ``i`` deleted (its probe chains run on through it)."""
        self._band[i] = _GONE

    def first(self, key: int) -> int | None:
        """The key's value, or the first item of its tuple; None if the key is absent.

        What the brain's candidate lookup reads: a tuple of many holders (a band key of
        boilerplate minima) is not turned into int objects for it."""
        # get()'s probe, inlined: observe() looks up 16 keys per article, most of them
        # absent
        b, lo = (key >> 64) + 1, key & _M64
        size, bands, los = self._size, self._band, self._lo
        i = ((((lo ^ b) * _FIB) & _M64) * size) >> 64
        while True:
            x = bands[i]
            if x == _EMPTY:
                return None
            if x == b and los[i] == lo:
                break
            i += 1
            if i == size:
                i = 0
        v = self._val[i]
        return v if v >= 0 else _side_first(self._side[~v])  # type: ignore[arg-type]

    def firsts(self, keys: Iterable[int]) -> set[int]:
        """The first holders (:meth:`first`) of those of ``keys`` that are present: an
        article's near-duplicate candidates."""
        found = {self.first(k) for k in keys}
        found.discard(None)
        return found  # type: ignore[return-value]

    def add_holder(self, key: int, holder: int) -> None:
        """Add ``holder`` to the key's holders (oldest first), as
        ``v = self.setdefault(key, holder)``, then ``(v, holder)`` for an int ``v`` other
        than ``holder``, ``(*v, holder)`` for a tuple without it.

        Amortised: a tuple of 64 bytes or more (15 32-bit holders) is held in a
        bytearray appended to in place, so adding under a key with n holders costs a
        byte search, not n int objects and a new tuple (one boilerplate band key held
        2,820 holders at 10,000 articles: rebuilding the index was quadratic in them)."""
        i = self._slot(key)
        if i < 0:
            self._insert(key, ~i, holder)
            return
        v = self._val[i]
        held = self._side[~v] if v < 0 else v
        if isinstance(held, int):
            if held != holder:
                self[key] = (held, holder)
            return
        assert held is not None
        if _side_find(held, holder) >= 0:
            return
        w = held[0]
        try:
            item = array("I" if w == 4 else "q", [holder]).tobytes()
        except OverflowError:  # a 64-bit holder under 32-bit items: widen
            self[key] = (*_side_get(held), holder)  # type: ignore[misc]
            return
        if isinstance(held, bytearray):
            held += item  # in place: amortised
        elif len(held) < _APPEND_IN_PLACE:
            self._side[~v] = held + item  # a copy: short, and bytes are 24 bytes smaller
        else:
            self._side[~v] = bytearray(held) + item

    def remove_holder(self, key: int, holder: int) -> None:
        """Remove ``holder`` from the key's holders, as the brain's ``_band_remove``
        does: an int equal to it deletes the key; a tuple loses every copy of it and
        becomes an int if one holder is left. A byte search, no int object per item."""
        i = self._slot(key)
        if i < 0:
            return
        v = self._val[i]
        held = self._side[~v] if v < 0 else v
        if isinstance(held, int):
            if held == holder:
                del self[key]
            return
        assert held is not None
        o = _side_find(held, holder)
        if o < 0:
            return
        w = held[0]
        rest = bytearray(held)
        while o >= 0:
            del rest[o : o + w]
            o = _side_find(rest, holder)
        if len(rest) == 1 + w:
            self[key] = _side_get(bytes(rest))[0]  # type: ignore[index]
        else:
            self._side[~v] = bytes(rest) if len(rest) < _APPEND_IN_PLACE else rest

    def __delitem__(self, key: int) -> None:
        i = self._slot(key)
        if i < 0:
            raise KeyError(key)
        self._mark_gone(i)
        self._used -= 1
        self._side_drop(self._val[i])

    def _resize(self) -> None:
        """Rehash the live keys into arrays two thirds full (deleted slots dropped)."""
        old_band, old_lo, old_val = self._band, self._lo, self._val
        size = max(8, 3 * self._used // 2 + 1)
        self._alloc(size)
        bands, los, vals = self._band, self._lo, self._val
        n = 0
        for j, b in enumerate(old_band):
            if b in (_EMPTY, _GONE):
                continue
            lo = old_lo[j]
            i = ((((lo ^ b) * _FIB) & _M64) * size) >> 64
            while bands[i] != _EMPTY:
                i = i + 1 if i + 1 < size else 0
            bands[i], los[i], vals[i] = b, lo, old_val[j]  # side places stay as they are
            n += 1
        self._used = self._filled = n

    def _items(self) -> Iterator[tuple[int, int]]:
        for i, b in enumerate(self._band):
            if b != _EMPTY and b != _GONE:
                yield ((b - 1) << 64) | self._lo[i], self._val[i]

    def __iter__(self) -> Iterator[int]:
        return (k for k, _ in self._items())

    def __len__(self) -> int:
        return self._used

    def clear(self) -> None:
        self._alloc(8)
        self._side, self._free = [], []

    def memory_bytes(self) -> int:
        """Bytes held: the arrays and the side list of tuples."""
        return sum(sys.getsizeof(a) for a in (self._band, self._lo, self._val)) + self._side_bytes()

    def _side_bytes(self) -> int:
        """Bytes of the side list of tuples and its free list."""
        size = sys.getsizeof(self._side) + sys.getsizeof(self._free)
        size += sum(sys.getsizeof(j) for j in self._free)
        return size + sum(sys.getsizeof(v) for v in self._side if v is not None)


#: SignatureBandIndex slot markers (a key's tag is 2**27 or more: band + 1 above 27 bits).
_TAG_EMPTY, _TAG_GONE = 0, 1
_H27 = (1 << 27) - 1


class SignatureBandIndex(BandIndex):
    """A :class:`BandIndex` that does not hold its keys' minima: the 64 bits of minima of
    a band key are 8 bytes of the signature of every holder under it (16 bands of four
    16-bit minima are the 128 bytes an articles-seen record holds), so a slot keeps a
    32-bit tag of the key (band + 1 in the top 5 bits, 27 bits of its hash, which place
    it) and the value: 8 bytes a slot where the key's band and minima took 9 more.

    A slot whose tag is the key's is the key's when its first holder that
    ``signature(holder)`` resolves (the raw signature it was indexed with, None if
    unknown) has the key's minima at the key's band; unresolved holders are skipped,
    and a slot with none resolved is no key's. So every holder in the index must
    resolve while the index is read or changed: the brain's resolver reads the
    holder's ``"o"`` expiry entry and the record it names (``brain.new_tables``), and
    ``expire()`` unindexes an original before it drops either. Resizing needs no
    signature (the tag places the key). Signatures found are kept in a small cache
    (a holder's signature does not change while it is indexed, and holders are never
    reused). ``apply_first``: :func:`claimlogic.journal.apply` changes this table
    before the tables it reads. Band numbers below 31.
    """

    __slots__ = ("_cache", "_signature", "_tag")

    #: journal.apply changes this table before the others (its lookups read them)
    apply_first = True
    #: signatures cached (a holder's is read again for each of its band keys)
    _CACHE_MAX = 128

    def __init__(self, signature: Callable[[int], bytes | None], capacity: int = 1024) -> None:
        self._signature = signature
        self._cache: dict[int, bytes] = {}
        super().__init__(capacity)

    def _alloc(self, size: int) -> None:
        self._tag = _zeros("I", size)
        self._val = _zeros("i", size)
        self._used = 0
        self._filled = 0
        self._size = size

    def _sig(self, holder: int) -> bytes | None:
        s = self._cache.get(holder)
        if s is None:
            s = self._signature(holder)
            if s is None:
                return None
            if len(self._cache) >= self._CACHE_MAX:
                self._cache.clear()
            self._cache[holder] = s
        return s

    def _minima(self, i: int) -> bytes | None:
        """The 8 bytes of minima of slot ``i``'s key (big-endian), from its first
        resolved holder's signature; None if no holder resolves."""
        band = (self._tag[i] >> 27) - 1
        v = self._val[i]
        if v >= 0:  # one holder (nearly always)
            s = self._cache.get(v) or self._sig(v)
            return None if s is None else s[8 * band : 8 * band + 8]
        held = self._side[~v]
        if isinstance(held, int):
            holders: Iterator[int] | tuple[int, ...] = (held,)
        else:
            w = held[0]  # type: ignore[index]
            if len(held) > 1:  # type: ignore[arg-type]
                h = int.from_bytes(held[1 : 1 + w], "little", signed=w == 8)  # type: ignore[index]
                s = self._cache.get(h) or self._sig(h)
                if s is not None:  # the first holder (nearly always resolves)
                    return s[8 * band : 8 * band + 8]
            holders = iter(_side_get(held))  # type: ignore[arg-type]
        for h in holders:
            s = self._sig(h)
            if s is not None:
                return s[8 * band : 8 * band + 8]
        return None

    def _slot(self, key: int) -> int:
        b, lo = (key >> 64) + 1, key & _M64
        h = (((lo ^ b) * _FIB) & _M64) >> 37
        tag = (b << 27) | h
        size, tags = self._size, self._tag
        i = (h * size) >> 27
        free = -1
        want: bytes | None = None
        while True:
            t = tags[i]
            if t == _TAG_EMPTY:
                return ~(i if free < 0 else free)
            if t == tag:
                if want is None:
                    want = lo.to_bytes(8, "big")
                if self._minima(i) == want:
                    return i
            elif t == _TAG_GONE and free < 0:
                free = i
            i += 1
            if i == size:
                i = 0

    def get(self, key: int, default: Any = None) -> Any:
        i = self._slot(key)
        return default if i < 0 else self._value(key, i)

    def first(self, key: int) -> int | None:
        """The key's value, or the first item of its tuple; None if the key is absent."""
        # _slot's probe, inlined (observe() looks up 16 keys per article, most absent)
        b, lo = (key >> 64) + 1, key & _M64
        h = (((lo ^ b) * _FIB) & _M64) >> 37
        tag = (b << 27) | h
        size, tags = self._size, self._tag
        i = (h * size) >> 27
        while True:
            t = tags[i]
            if t == _TAG_EMPTY:
                return None
            if t == tag and self._minima(i) == lo.to_bytes(8, "big"):
                break
            i += 1
            if i == size:
                i = 0
        v = self._val[i]
        return v if v >= 0 else _side_first(self._side[~v])  # type: ignore[arg-type]

    def firsts(self, keys: Iterable[int]) -> set[int]:
        """:meth:`first` of each key, the present ones' (one call for an article's 16
        keys: the probe and the check inlined, signatures looked up once)."""
        size, tags, vals, side = self._size, self._tag, self._val, self._side
        cache, sig_of = self._cache, self._sig
        found: set[int] = set()
        for key in keys:
            b, lo = (key >> 64) + 1, key & _M64
            h = (((lo ^ b) * _FIB) & _M64) >> 37
            tag = (b << 27) | h
            i = (h * size) >> 27
            want = None
            while True:
                t = tags[i]
                if t == _TAG_EMPTY:
                    break
                if t == tag:
                    v = vals[i]
                    if v >= 0:
                        holder = v
                    else:
                        held = side[~v]
                        if isinstance(held, int):
                            holder = held
                        elif len(held) > 1:  # type: ignore[arg-type]
                            w = held[0]  # type: ignore[index]
                            holder = int.from_bytes(held[1 : 1 + w], "little", signed=w == 8)  # type: ignore[index]
                        else:
                            holder = -1  # an empty tuple
                    if want is None:
                        want = lo.to_bytes(8, "big")
                    s = cache.get(holder) or sig_of(holder)
                    o = 8 * b - 8
                    if s[o : o + 8] == want if s is not None else self._minima(i) == want:
                        if holder >= 0:
                            found.add(holder)
                        break
                i += 1
                if i == size:
                    i = 0
        return found

    def _put_key(self, i: int, key: int) -> bool:
        was_empty = self._tag[i] == _TAG_EMPTY
        b, lo = (key >> 64) + 1, key & _M64
        self._tag[i] = (b << 27) | ((((lo ^ b) * _FIB) & _M64) >> 37)
        return was_empty

    def _mark_gone(self, i: int) -> None:
        self._tag[i] = _TAG_GONE

    def _resize(self) -> None:
        """Rehash the live keys into arrays two thirds full, by their tags alone."""
        old_tag, old_val = self._tag, self._val
        size = max(8, 3 * self._used // 2 + 1)
        self._alloc(size)
        tags, vals = self._tag, self._val
        n = 0
        for j, t in enumerate(old_tag):
            if t <= _TAG_GONE:
                continue
            i = ((t & _H27) * size) >> 27
            while tags[i] != _TAG_EMPTY:
                i = i + 1 if i + 1 < size else 0
            tags[i], vals[i] = t, old_val[j]
            n += 1
        self._used = self._filled = n

    def _items(self) -> Iterator[tuple[int, int]]:
        """(key, value slot) of each live slot, its key read from its holders' signature
        (a slot none of whose holders resolves is left out)."""
        for i, t in enumerate(self._tag):
            if t > _TAG_GONE:
                m = self._minima(i)
                if m is not None:
                    yield ((t >> 27) - 1) << 64 | int.from_bytes(m, "big"), self._val[i]

    def clear(self) -> None:
        super().clear()
        self._cache.clear()

    def memory_bytes(self) -> int:
        """Bytes held: the arrays, the side list of tuples and the signature cache."""
        size = sys.getsizeof(self._tag) + sys.getsizeof(self._val) + self._side_bytes()
        size += sys.getsizeof(self._cache)
        return size + sum(sys.getsizeof(k) + sys.getsizeof(s) for k, s in self._cache.items())
