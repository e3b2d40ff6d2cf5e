"""The compact table containers behave as the plain dicts they replace."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from claimlogic import packed
from claimlogic.packed import BandIndex, PackedTable, QueueTable


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
    size = {key: len(t._d[key]) for key in entries}
    plain = len(packed.dumps(entries["st-0|people|killed"]))
    # the two least recently written long values are compressed, the two hot ones not
    assert size["st-0|people|killed"] < plain / 2 and size["st-1|people|killed"] < plain / 2
    assert size["st-2|people|killed"] > plain and size["st-3|people|killed"] > plain
    assert {key: t[key] for key in entries} == entries and t["short"] == [1, "o"]
    t["st-0|people|killed"] = entries["st-0|people|killed"]  # hot again: uncompressed
    assert len(t._d["st-0|people|killed"]) > plain and t.get("st-0|people|killed")["n"] == 0
    assert len(t._d["st-2|people|killed"]) < plain / 2  # the coldest one went cold
    del t["st-3|people|killed"]
    assert "st-3|people|killed" not in t._hot and len(t) == 4


def test_queue_table_holds_sequence_keys_as_ints_and_gives_them_back_padded() -> None:
    q = QueueTable(width=12)
    q["000000000003"] = [1.0, "o", "a1", "h1"]
    q["meta"] = {"seq": 4, "head": 3}
    assert "000000000003" in q and q.get("000000000003") == [1.0, "o", "a1", "h1"]
    assert list(q) == ["000000000003", "meta"] and q["meta"]["seq"] == 4


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
            ref[k] = idx[k] = v
        elif roll < 0.8 and k in ref:
            del ref[k]
            del idx[k]
        else:
            assert idx.get(k) == ref.get(k) and (k in idx) == (k in ref)
        if step % 500 == 0:
            assert len(idx) == len(ref) and dict(idx.items()) == ref
    assert idx == ref and sorted(idx) == sorted(ref)
    with pytest.raises(KeyError):
        del idx[(20 << 64) | 5]  # band 20: never written
    idx.clear()
    assert len(idx) == 0 and idx == {}


def test_band_index_is_smaller_than_a_dict() -> None:
    rng = random.Random(7)
    idx = BandIndex()
    for n in range(20_000):
        idx[(n % 16 << 64) | rng.getrandbits(64)] = n
    assert len(idx) == 20_000
    assert idx.memory_bytes() < 40 * 20_000  # a dict with int keys and values: ~100 B each
