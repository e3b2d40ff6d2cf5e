"""The compact table containers behave as the plain dicts they replace."""

from __future__ import annotations

import base64
import json
import random
import sys
from typing import Any

import pytest

from claimlogic import packed
from claimlogic.packed import BandIndex, GroupTable, HeapTable, PackedTable, QueueTable


def test_packed_table_reads_fresh_copies_of_what_was_written() -> None:
    t = PackedTable()
    value = {"n": 1, "outlets": ["A"], "t": 1.76e9 + 0.25}
    t["s1"] = value
    value["n"] = 2  # changed after the write: not in the table
    got = t["s1"]
    assert got == {"n": 1, "outlets": ["A"], "t": 1.76e9 + 0.25}
    got["outlets"].append("B")  # changed without writing back: not in the table
    assert t["s1"]["outlets"] == ["A"] and t.get("s1") == t["s1"]
    assert t.get("nope") is None and "nope" not in t and "s1" in t and 5 not in t
    t["h:x"] = "a1"
    assert list(t) == ["s1", "h:x"] and len(t) == 2 and t["h:x"] == "a1"
    del t["s1"]
    with pytest.raises(KeyError):
        t["s1"]
    assert dict(t.items()) == {"h:x": "a1"}


def _held_size(t: PackedTable, key: str) -> int:
    raw = t._held(key)
    assert raw is not None
    return len(raw)


def test_long_values_are_compressed_once_cold_and_read_back_equal() -> None:
    t = PackedTable(compress_over=64, hot=2)
    figs = [
        json.dumps({"quote": "The ministry said 19 people were killed " * 3, "i": i})
        for i in range(5)
    ]
    entries = {f"st-{n}|people|killed": {"label": "killed", "n": n, "figs": figs} for n in range(4)}
    for key, entry in entries.items():
        t[key] = entry
    t["short"] = [1, "o"]  # short values are never compressed nor counted as hot
    size = {key: _held_size(t, key) for key in entries}
    plain = len(packed.dumps(entries["st-0|people|killed"]))
    # the two least recently written long values are compressed, the two hot ones not
    assert size["st-0|people|killed"] < plain / 2 and size["st-1|people|killed"] < plain / 2
    assert size["st-2|people|killed"] == plain and size["st-3|people|killed"] == plain
    assert {key: t[key] for key in entries} == entries and t["short"] == [1, "o"]
    t["st-0|people|killed"] = entries["st-0|people|killed"]  # hot again: uncompressed
    assert _held_size(t, "st-0|people|killed") == plain and t.get("st-0|people|killed")["n"] == 0
    assert _held_size(t, "st-2|people|killed") < plain / 2  # the coldest one went cold
    del t["st-3|people|killed"]
    assert "st-3|people|killed" not in t._hot and len(t) == 4


def test_queue_table_holds_sequence_keys_as_ints_and_gives_them_back_padded() -> None:
    q = QueueTable(width=12)
    q["000000000003"] = [1.0, "o", "a1", "h1"]
    q["meta"] = {"seq": 4, "head": 3}
    assert "000000000003" in q and q.get("000000000003") == [1.0, "o", "a1", "h1"]
    assert list(q) == ["000000000003", "meta"] and q["meta"]["seq"] == 4
    q["000000000001"] = [0.5, "s", "st-1"]  # before the head: read back out of order
    q["000000000003"] = [1.0, "a", "a1"]  # shorter: rewritten in place
    assert list(q) == ["000000000001", "000000000003", "meta"] and len(q) == 3
    assert q["000000000003"] == [1.0, "a", "a1"] and "000000000002" not in q


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_queue_table_matches_a_dict_as_a_queue_and_out_of_order(seed: int) -> None:
    rng = random.Random(seed)
    ref: dict[str, Any] = {}
    q = QueueTable(width=6)
    head = tail = 50
    for step in range(4000):
        roll = rng.random()
        if roll < 0.4:  # the tail grows (now and then a key written out of order)
            seq = tail if rng.random() < 0.9 else rng.randrange(head, tail + 5)
            tail = max(tail, seq + 1)
            ref[f"{seq:06d}"] = q[f"{seq:06d}"] = [float(step), "a", f"a{seq}"]
        elif roll < 0.75 and head < tail:  # the head is popped (as expire() does)
            key = f"{head:06d}"
            head += 1
            if key in ref:
                del ref[key]
                del q[key]
        elif roll < 0.8:
            key = f"{rng.randrange(head, tail + 1):06d}"
            if key in ref:
                del ref[key]
                del q[key]
        else:
            key = f"{rng.randrange(max(0, head - 5), tail + 5):06d}"
            assert q.get(key) == ref.get(key) and (key in q) == (key in ref)
        if step % 300 == 0:
            q["meta"] = ref["meta"] = {"step": step}
            assert len(q) == len(ref) and dict(q.items()) == ref
            assert list(q) == [*sorted(k for k in ref if k != "meta"), "meta"]
    with pytest.raises(KeyError):
        del q[f"{tail + 100:06d}"]
    assert len(q._off) <= 2 * (tail - head) + 200  # popped slots do not pile up
    q.clear()
    assert len(q) == 0 and q.get("meta") is None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_packed_table_matches_a_dict_under_random_writes_and_deletes(seed: int) -> None:
    rng = random.Random(seed)
    ref: dict[str, Any] = {}
    t = PackedTable(compress_over=40, hot=3)
    keys = [f"k{n}" for n in range(300)] + ["", "e:na\u00efve term", "st-1|x" * 20]
    for step in range(6000):
        k = rng.choice(keys)
        roll = rng.random()
        if roll < 0.5:
            v: Any = [rng.randrange(9)] * rng.choice((1, 2, 30)) if rng.random() < 0.9 else "s"
            ref[k] = t[k] = v
        elif roll < 0.8 and k in ref:
            del ref[k]
            del t[k]
        else:
            assert t.get(k) == ref.get(k) and (k in t) == (k in ref)
        if step % 500 == 0:
            assert len(t) == len(ref) and list(t) == list(ref)  # insertion order
            assert {k: t[k] for k in t} == ref
    assert len(t._rows) < 2 * len(ref) + 70  # deleted rows are compacted away
    with pytest.raises(KeyError):
        del t["never"]
    t.clear()
    assert len(t) == 0 and t.get("k1") is None


def _ledger_entry(rng: random.Random, n: int) -> Any:
    fig = {"fid": f"f-{n}", "quote": 'He said "19 killed" \u00e9\n' * rng.randrange(1, 9)}
    return rng.choice(
        (
            {"label": "killed", "new": True, "figs": [json.dumps(fig)] * rng.randrange(4)},
            {"figs": ["x"], "label": "z", "n": n},  # figs not last: its place is kept
            {"figs": [1, "x"]},  # not all strings: held as JSON
            [n, "o"],
            "s",
            None,
        )
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_group_table_matches_a_dict_under_random_writes_and_deletes(seed: int) -> None:
    rng = random.Random(seed)
    ref: dict[str, Any] = {}
    t = GroupTable(compress_over=64, hot=3)
    keys = [f"st-{g}{m}" for g in range(40) for m in ("|killed", "|injured", "|a|b", "", "|")]
    for step in range(6000):
        k = rng.choice(keys)
        roll = rng.random()
        if roll < 0.5:
            ref[k] = t[k] = _ledger_entry(rng, step)
        elif roll < 0.8 and k in ref:
            del ref[k]
            del t[k]
        else:
            got = t.get(k)
            assert got == ref.get(k) and (k in t) == (k in ref)
            if isinstance(got, dict):
                assert list(got) == list(ref[k])  # same key order: same JSON
        if step % 500 == 0:
            assert len(t) == len(ref) and sorted(t) == sorted(ref)
            assert {k: t[k] for k in t} == ref
    assert any(t._rows._held(g)[0] == 1 for g in t._rows)  # cold groups were deflated
    with pytest.raises(KeyError):
        del t["never|x"]
    with pytest.raises(KeyError):
        t["st-0|never"]
    t.clear()
    assert len(t) == 0 and t.get("st-1|killed") is None


def test_a_group_is_deflated_as_one_and_read_back_equal() -> None:
    quote = "ZOBELFIELD - A gunman killed 20 people and wounded 12 others, police said. " * 3
    entry = {
        m: {"label": m, "new": True, "figs": [json.dumps({"quote": quote, "m": m})]}
        for m in ("killed", "injured")
    }
    alone, together = GroupTable(compress_over=64, hot=0), GroupTable(compress_over=64, hot=0)
    for n in range(2):
        alone[f"st-{n}|killed"] = entry["killed"]
    together["st-0|killed"] = entry["killed"]
    together["st-0|injured"] = entry["injured"]
    together["st-1|killed"] = entry["killed"]  # hot=0: every group deflated once written
    one = len(alone._rows._held("st-0"))
    both = len(together._rows._held("st-0"))
    assert both < one * 1.3  # the second entry's quote costs little next to the first's
    assert together["st-0|injured"] == entry["injured"]
    assert together["st-0|killed"] == entry["killed"]
    assert list(together) == ["st-0|killed", "st-0|injured", "st-1|killed"]


@pytest.mark.parametrize(("kind", "most"), [(PackedTable, 100), (HeapTable, 60)])
def test_an_entry_costs_a_row_not_a_dict_entry(
    kind: type[PackedTable | HeapTable], most: int
) -> None:
    import tracemalloc

    tracemalloc.start()
    t = kind()
    for n in range(20_000):
        t[f"e:term{n}"] = [1, "st-0123456789ab"]
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    # key 10-11 B + value 20 B: ~85 B an entry as a bytes object, ~55 in a heap (a
    # dict of str -> bytes took ~150)
    assert size < most * 20_000


def _short_value(rng: random.Random) -> Any:
    """Values like the heap tables' own: records, queue entries, posting lists, times."""
    sig = bytes(rng.randrange(256) for _ in range(rng.choice((0, 48, 128))))
    return rng.choice(
        (
            [rng.randrange(9)] * rng.choice((1, 2, 30)),
            "s",
            [
                f"{rng.getrandbits(80):020x}",
                1.76e9 + rng.random(),
                None,
                "st-0a1b2c3d4e5f",
                0,
                base64.b64encode(sig).decode(),
                f"{rng.getrandbits(160):040x}",
                "13|41",
            ],
            [1.76e9, "o", f"a-{rng.getrandbits(64):016x}", f"{rng.getrandbits(80):020x}"],
            f"a-{rng.getrandbits(64):016x}",
            1.76e9 + rng.random(),
            [rng.randrange(-(2**63), 2**63), True, False, "\u00e9" * rng.randrange(300), "ABCD"],
            [{"nested": 1}, "st-1"],  # not flat: JSON
            [
                rng.randrange(9),
                *(f"st-{rng.getrandbits(48):012x}" for _ in range(rng.randrange(17))),
            ],
            [70_000, "st-0123456789ab"],  # a posting list with a count over 2 bytes
            [2, "st-0123456789ab", "st-0123456789AB"],  # not all lowercase hex ids
        )
    )


@pytest.mark.parametrize("binary", [True, False])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_heap_table_matches_a_dict_under_random_writes_and_deletes(seed: int, binary: bool) -> None:
    rng = random.Random(seed)
    ref: dict[str, Any] = {}
    t = HeapTable(binary=binary, id_keys=binary or seed == 1)
    keys = [f"k{n}" for n in range(300)] + ["", "e:na\u00efve term", "st-1|x" * 20]
    keys += [f"{p}{rng.getrandbits(64):016x}" for p in ("a-", "h:", "al-", "st-") for _ in range(9)]
    keys += ["a-", "h:abc", "al-0A", "\x01x", "\x00"]  # not hex ids: held as text
    keys += ["t" * 254, "u" * 255, "\u00e9" * 300]  # key lengths of one byte and of three
    for step in range(6000):
        k = rng.choice(keys)
        roll = rng.random()
        if roll < 0.5:  # values of varying length: rewritten in place or moved
            v = _short_value(rng)
            ref[k] = t[k] = v
        elif roll < 0.8 and k in ref:
            del ref[k]
            del t[k]
        else:
            assert t.get(k) == ref.get(k) and (k in t) == (k in ref)
        if step % 500 == 0:
            assert len(t) == len(ref) and list(t) == list(ref)  # insertion order
            assert {k: t[k] for k in t} == ref
    enc = packed.benc if binary else packed.dumps
    assert t.raw_size() == sum(len(enc(v)) for v in ref.values())
    kenc = packed._kenc if t._idk else str.encode
    live = sum(len(enc(v)) + len(kenc(k)) + 2 for k, v in ref.items())
    assert len(t._heap) <= max(live * 3 // 2, live + 4096) + 200  # old rows compacted away
    with pytest.raises(KeyError):
        del t["never"]
    t.clear()
    for n in range(1000):
        t[f"k{n}"] = [n, "st-0123456789ab"]
    it = iter(t)
    next(it)
    for n in range(0, 1000, 2):
        del t[f"k{n}"]  # a third of the heap unused: compacted, row numbers change
    with pytest.raises(RuntimeError):
        next(it)
    assert list(t) == [f"k{n}" for n in range(1, 1000, 2)] and t["k999"] == [999, "st-0123456789ab"]
    t.clear()
    assert len(t) == 0 and t.get("k1") is None


def test_dumps_is_the_compact_json_of_json_dumps() -> None:
    value = {"a": [1, 2.5, None, True], "b": 'na\u00efve "q"', "c": {"d": 1.76e9}}
    assert (
        packed.dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    )
    assert packed.loads(packed.dumps(value)) == value
    assert packed.loads(packed.dumps({1: "x"})) == {"1": "x"}  # what orjson refuses, json writes


def _key(rng: random.Random) -> int:
    # the shape of dedup.band_ints: band number above 64 bits of minima; few distinct
    # low parts so that keys share slots and probe
    return (rng.randrange(16) << 64) | rng.choice((0, 1, 2**64 - 1, rng.getrandbits(64)))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_band_index_matches_a_dict_under_random_writes_and_deletes(seed: int) -> None:
    rng = random.Random(seed)
    ref: dict[int, Any] = {}
    idx = BandIndex(capacity=4)
    keys = [_key(rng) for _ in range(600)]
    for step in range(6000):
        k = rng.choice(keys)
        roll = rng.random()
        if roll < 0.5:
            v: Any = rng.randrange(10**6) if rng.random() < 0.9 else (1, rng.randrange(9))
            if rng.random() < 0.05:  # beyond the 32-bit value array: in the side list
                v = rng.choice((2**31 - 1, 2**31, 2**63 - 1, (3, 2**40), (2**32,)))
            if rng.random() < 0.1:
                assert idx.setdefault(k, v) == ref.setdefault(k, v)
            else:
                ref[k] = idx[k] = v
        elif roll < 0.8 and k in ref:
            del ref[k]
            del idx[k]
        else:
            assert idx.get(k) == ref.get(k) and (k in idx) == (k in ref)
        if step % 500 == 0:
            assert len(idx) == len(ref) and dict(idx.items()) == ref
            side = sum(isinstance(v, tuple) or v >= 2**31 - 1 for v in ref.values())
            assert len(idx._side) - len(idx._free) == side  # freed places are given back
    assert idx == ref and sorted(idx) == sorted(ref)
    with pytest.raises(KeyError):
        del idx[(20 << 64) | 5]  # band 20: never written
    idx.clear()
    assert len(idx) == 0 and idx == {}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_band_holders_added_and_removed_in_place_match_the_brains_dict_code(seed: int) -> None:
    """add_holder / remove_holder / first against brain._band_add / _band_remove on a
    dict: holders 32- and 64-bit, keys held by one or thousands, tuples set directly
    (unsorted, with repeats) among them."""
    from claimlogic import brain

    rng = random.Random(seed)
    ref: dict[int, Any] = {}
    idx = BandIndex(capacity=4)
    keys = [_key(rng) for _ in range(40)]
    hot = keys[0]  # boilerplate minima: held by most holders
    holders = [*range(1, 300), 2**31 - 1, 2**32 - 1, 2**32, 2**40, 2**63 - 1]
    for step in range(5000):
        h = rng.choice(holders) if rng.random() < 0.3 else 1000 + step
        roll = rng.random()
        ks = [hot, *rng.sample(keys, 3)]
        if roll < 0.6:
            brain._band_add(ref, ks, h)
            brain._band_add(idx, ks, h)
        elif roll < 0.9:
            brain._band_remove(ref, ks, h)
            brain._band_remove(idx, ks, h)
        elif roll < 0.95:
            k = rng.choice(keys)
            v = tuple(rng.choice(holders) for _ in range(rng.randrange(2, 5)))
            ref[k] = idx[k] = v
        else:
            for k in keys:
                v = ref.get(k)
                first = v[0] if isinstance(v, tuple) and v else (None if v == () else v)
                assert idx.first(k) == first and idx.get(k) == v
        if step % 250 == 0:
            assert dict(idx.items()) == ref
            side = sum(isinstance(v, tuple) or v >= 2**31 - 1 for v in ref.values())
            assert len(idx._side) - len(idx._free) == side
    assert dict(idx.items()) == ref
    assert idx.first((99 << 64) | 1) is None


def test_appending_holders_under_one_key_is_amortised() -> None:
    idx = BandIndex()
    for h in range(20_000):  # quadratic re-packing took seconds here
        idx.add_holder(7, h)
    held = idx._side[~idx._val[idx._slot(7)]]
    assert isinstance(held, bytearray) and idx.first(7) == 0  # in place, not copied
    assert idx[7] == tuple(range(20_000))
    for h in range(19_999):
        idx.remove_holder(7, h)
    assert idx[7] == 19_999 and idx._val[idx._slot(7)] == 19_999


@pytest.mark.parametrize("n", [1, 7, 100, 4_999, 20_000])
def test_row_indexes_stay_three_to_four_fifths_full_and_find_every_key(n: int) -> None:
    heap, rows = HeapTable(), PackedTable()
    for k in range(n):
        heap[f"a-{k:016x}"] = [k, "st-0123456789ab"]
        rows[f"st-{k:012x}"] = {"n": k}
    for t in (heap, rows):
        assert len(t) == n
        # not a power of two: sized for the keys, grown at 4/5 full to 3/5
        assert n < 100 or 3 / 5 <= n / t._nslots <= 4 / 5
    for k in range(0, n, 3):
        del heap[f"a-{k:016x}"]
        del rows[f"st-{k:012x}"]
    assert dict(heap) == {f"a-{k:016x}": [k, "st-0123456789ab"] for k in range(n) if k % 3}
    assert dict(rows) == {f"st-{k:012x}": {"n": k} for k in range(n) if k % 3}


def test_band_index_is_smaller_than_a_dict() -> None:
    rng = random.Random(7)
    idx = BandIndex()
    for n in range(20_000):
        idx[(n % 16 << 64) | rng.getrandbits(64)] = n
    assert len(idx) == 20_000
    assert 2 / 3 <= len(idx) / idx._size <= 5 / 6  # grown at 5/6 to 2/3 full, any size
    # a dict with int keys and values: ~100 B each; 64-bit values took ~40
    assert idx.memory_bytes() < 25 * 20_000
    for n in range(2_000):  # several holders under one key: their ints packed in bytes
        idx[(n % 16 << 64) | n] = (n, 2**40 + n)
    assert idx[5 << 64 | 5] == (5, 2**40 + 5) and len(idx._side) == 2_000
    # a tuple with its two ints took ~120 bytes
    assert all(isinstance(v, bytes) and sys.getsizeof(v) <= 50 for v in idx._side)
    idx[3 << 64 | 3] = (3, 2**32 - 1)  # 32-bit ints: 4 bytes each
    assert (
        idx[3 << 64 | 3] == (3, 2**32 - 1)
        and sys.getsizeof(idx._side[~idx._val[idx._slot(3 << 64 | 3)]]) <= 42
    )


def test_heap_and_queue_rows_longer_than_16_bits_widen_the_length_array() -> None:
    t, q = HeapTable(), QueueTable(width=4)
    t["a"], q["0001"] = [1], [1]
    assert t._len.typecode == "B" and q._len.typecode == "B"
    t["m"], q["0003"] = ["x!" * 150], ["x!" * 150]
    assert t._len.typecode == "H" and q._len.typecode == "H"
    assert t["m"] == q["0003"] == ["x!" * 150] and t["a"] == q["0001"] == [1]
    del t["m"], q["0003"]
    long = ["x" * 70_000]
    t["b"] = long
    t["a"] = long  # rewritten longer: moved
    q["0002"] = long
    assert t._len.typecode == "I" and q._len.typecode == "I"
    assert t["a"] == t["b"] == long and q["0002"] == long and q["0001"] == [1]
    t["c"] = [2]
    assert list(t.items()) == [("a", long), ("b", long), ("c", [2])]


_FIB_INV = pow(packed._FIB, -1, 2**64)


def _tag_twin(band: int, lo: int) -> int:
    """Other minima whose key has the same tag as ``(band, lo)``'s in a
    SignatureBandIndex (hash one more, before the top bits are taken)."""
    b = band + 1
    return (((lo ^ b) + _FIB_INV) & (2**64 - 1)) ^ b


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_signature_band_index_matches_the_brains_dict_code(seed: int) -> None:
    """Holders with signatures from a few minima a band (many holders a key) and minima
    whose keys share a tag (checked against the signature): added and removed under all
    their band keys as the brain does, directly and through overlays applied by
    journal.apply, against the dict code; every holder resolves while indexed."""
    from claimlogic import brain, journal

    rng = random.Random(seed)
    pools = []
    for band in range(16):
        los = [rng.getrandbits(64) for _ in range(3)]
        pools.append([*los, *(_tag_twin(band, lo) for lo in los[:2]), 0, 2**64 - 1])
    sigs: dict[int, bytes] = {}
    live: set[int] = set()
    idx = packed.SignatureBandIndex(lambda h: sigs[h] if h in live else None, capacity=4)
    ref: dict[int, Any] = {}

    def keys(h: int) -> list[int]:
        s = sigs[h]
        return [b << 64 | int.from_bytes(s[8 * b : 8 * b + 8], "big") for b in range(16)]

    all_keys = {b << 64 | lo for b in range(16) for lo in pools[b]}
    twin = (3 << 64) | pools[3][0], (3 << 64) | pools[3][3]
    assert twin[0] != twin[1] and idx._slot(twin[0]) == idx._slot(twin[1])  # same tag
    fresh = iter([*range(1, 10**6), 2**31 - 1, 2**32, 2**40, 2**63 - 1][::-1])
    for step in range(3000):
        if live and rng.random() < 0.45:
            h, change = rng.choice(sorted(live)), brain._band_remove
        else:
            h, change = next(fresh), brain._band_add
            sigs[h] = b"".join(rng.choice(pools[b]).to_bytes(8, "big") for b in range(16))
            live.add(h)
        change(ref, keys(h), h)
        if rng.random() < 0.3:  # the dict code on an overlay, then applied (the worker)
            _, changes = journal.plan({"b": idx}, lambda t, c=change, h=h: c(t["b"], keys(h), h))
            journal.apply({"b": idx}, changes)
        else:
            change(idx, keys(h), h)
        if change is brain._band_remove:
            live.discard(h)
        if step % 100 == 0:
            for k in all_keys:
                v = ref.get(k)
                assert idx.get(k) == v and (k in idx) == (k in ref)
                assert idx.first(k) == (v[0] if isinstance(v, tuple) else v)
            some = rng.sample(sorted(all_keys), 16)
            firsts = {v[0] if isinstance(v, tuple) else v for k in some if (v := ref.get(k))}
            assert idx.firsts(some) == firsts
            assert dict(idx.items()) == ref and len(idx) == len(ref)
            side = sum(isinstance(v, tuple) or v >= 2**31 - 1 for v in ref.values())
            assert len(idx._side) - len(idx._free) == side
    while live:  # all gone: nothing left behind
        h = live.pop()
        live.add(h)
        brain._band_remove(ref, keys(h), h)
        brain._band_remove(idx, keys(h), h)
        live.discard(h)
    assert ref == {} and len(idx) == 0 and idx._used == 0


def test_signature_band_index_takes_8_bytes_a_slot() -> None:
    rng = random.Random(5)
    sigs = {n: rng.randbytes(128) for n in range(4_000)}
    idx = packed.SignatureBandIndex(sigs.get)
    for n, s in sigs.items():
        for b in range(16):
            idx.add_holder(b << 64 | int.from_bytes(s[8 * b : 8 * b + 8], "big"), n)
    assert len(idx) == 64_000 and 2 / 3 <= len(idx) / idx._size <= 5 / 6
    # BandIndex took ~13 bytes a slot (band, 64 bits of minima, value)
    assert idx.memory_bytes() < 8 * idx._size + 20_000


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_heap_table_aliases_match_a_dict(seed: int) -> None:
    """articles-seen's "h:" + hash -> id entries held as pointers to the id's record
    (whose first item is the hash): records rewritten with another hash or deleted, the
    "h:" keys rewritten to other ids or other values, deleted, the heap compacted."""
    rng = random.Random(seed)
    ref: dict[str, Any] = {}
    t = HeapTable(alias_prefix="h:")
    ids = [f"a-{rng.getrandbits(64):016x}" for _ in range(60)] + ["a-XY", "k"]
    hashes = [f"{rng.getrandbits(80):020x}" for _ in range(40)] + ["", "Zz", "ab"]
    aliased = 0
    for step in range(8000):
        roll = rng.random()
        if roll < 0.35:  # a record, its first item a hash (or not a string)
            k = rng.choice(ids)
            first: Any = rng.choice(hashes) if rng.random() < 0.95 else rng.choice((None, 7))
            ref[k] = t[k] = [first, 1.76e9 + step, None, "st-0123456789ab", step % 5]
            if rng.random() < 0.05:
                ref[k] = t[k] = rng.choice(("a-0123456789abcdef", 3.5, [1, [2]]))
        elif roll < 0.65:  # "h:" + hash -> an id (its record's hash or not), or else
            k = "h:" + rng.choice(hashes)
            v: Any = rng.choice(ids) if rng.random() < 0.9 else rng.choice((5, ["x"]))
            if type(v) is str and isinstance(ref.get(v), list) and rng.random() < 0.6:
                k = "h:" + str(ref[v][0])
            ref[k] = t[k] = v
        elif roll < 0.85:
            k = rng.choice(list(ref)) if ref else "k"
            if k in ref:
                del ref[k]
                del t[k]
        else:
            k = rng.choice(ids) if rng.random() < 0.5 else "h:" + rng.choice(hashes)
            assert t.get(k) == ref.get(k) and (k in t) == (k in ref)
        aliased = max(aliased, t._naliases)
        if step % 400 == 0:
            assert len(t) == len(ref) and sorted(t) == sorted(ref)
            assert {k: t[k] for k in t} == ref
            assert t._naliases == sum(t._aliased) and len(t._aliased) == len(t._off)
    assert aliased >= 3  # the test did make aliases
    assert dict(t.items()) == ref and len(t) == len(ref)
    for k in list(ref):
        del t[k]
    assert len(t) == 0 and t._naliases == 0


def test_an_alias_takes_an_index_slot_not_a_row() -> None:
    t = HeapTable(alias_prefix="h:")
    for n in range(1000):
        t[f"a-{n:016x}"] = [f"{n:020x}", 1.76e9, None, "st-0123456789ab", 0]
        t[f"h:{n:020x}"] = f"a-{n:016x}"
    assert len(t) == 2000 and len(t._off) == 1000 and t._naliases == 1000
    assert t["h:" + f"{7:020x}"] == f"a-{7:016x}"
    t[f"a-{7:016x}"] = ["ff" * 10, 1.0]  # another hash: the alias gets a row
    assert len(t._off) == 1001 and t["h:" + f"{7:020x}"] == f"a-{7:016x}"
