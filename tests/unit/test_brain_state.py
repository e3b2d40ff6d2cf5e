"""The brain's storage side: derived indexes rebuilt from the primary tables equal the
ones observe() and expire() keep up live, and the state topic carries no derived table."""

from __future__ import annotations

import base64
import json
import random
from collections.abc import MutableMapping
from typing import Any

import pytest

from bench.corpus import iter_bulk, near_dup_variants
from claimlogic import brain, dedup, statelog
from claimlogic.journal import apply, plan
from claimlogic.packed import BandIndex, SignatureBandIndex

T0 = 1_760_000_000.0


def _tables() -> dict[str, MutableMapping[str, Any]]:
    return {name: {} for name in brain.BRAIN_TABLES}


#: The tables as plain dicts, and in the worker's compact containers.
FACTORIES = {"dicts": _tables, "packed": brain.new_tables}


def _rebuilt_bands(tables: dict[str, MutableMapping[str, Any]]) -> dict[int, Any]:
    """The band index rebuilt from a JSON round trip of the primary tables only, in
    containers of the same kind as ``tables``'."""
    packed = isinstance(tables[brain.T_BANDS], BandIndex)
    fresh = brain.new_tables() if packed else _tables()
    for name, tab in tables.items():
        if name not in brain.DERIVED_TABLES:
            fresh[name].update(json.loads(json.dumps(dict(tab.items()))))
    brain.rebuild_indexes(fresh)
    assert isinstance(fresh[brain.T_BANDS], BandIndex) == packed
    return dict(fresh[brain.T_BANDS].items())


def _stream(n: int, seed: int) -> list[dict[str, Any]]:
    """Analyzed records with copies, revisions of originals and revisions of copies."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    other_texts = (a.text for a, _ in iter_bulk(n, seed=seed + 1000))
    for art, claims in iter_bulk(n, seed=seed):
        rec = json.loads(json.dumps(brain.analyze(art, claims=claims)))
        out.append(rec)
        roll = rng.random()
        if roll < 0.15:  # a near copy under its own id
            copy = near_dup_variants(art, seed=len(out))["edited"]
            out.append(json.loads(json.dumps(brain.analyze(copy, claims=claims))))
        elif roll < 0.3 and len(out) > 3:  # a revised version of an earlier id (copy or not)
            earlier = rng.choice(out[:-1])
            text = next(other_texts)  # new content: judged afresh, not a copy of art
            revised = json.loads(json.dumps(brain.analyze(art, claims=claims)))
            sig, bands = dedup.signature(text)
            revised.update(sig=sig, bands=bands)
            revised["article"] = {
                **revised["article"],
                "id": earlier["article"]["id"],
                "content_hash": f"rev{len(out)}",
            }
            out.append(revised)
    return out


@pytest.mark.parametrize("kind", sorted(FACTORIES))
@pytest.mark.parametrize("seed", [3, 11])
def test_rebuilt_band_index_equals_the_live_one_through_expiry(
    seed: int, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one signature cached, not 64: the cache would hide a holder read after it went
    monkeypatch.setattr(SignatureBandIndex, "_CACHE_MAX", 0)
    config = brain.BrainConfig(dedup_horizon_s=900.0, expire_batch=40)
    tables = FACTORIES[kind]()
    records = _stream(260, seed)
    collisions = 0
    for i, rec in enumerate(records):
        now = T0 + 10.0 * i
        brain.observe(tables, rec, now=now, config=config)
        if i % 3 == 0:
            brain.expire(tables, now=now, config=config)
        if i % 2 == 0 or i == len(records) - 1:
            rebuilt = _rebuilt_bands(tables)
            assert rebuilt == tables[brain.T_BANDS], f"after record {i}"
            assert len(rebuilt) == len(tables[brain.T_BANDS])  # no key left unresolved
        collisions += sum(1 for v in tables[brain.T_BANDS].values() if isinstance(v, tuple))
    assert collisions > 0  # the stream did put two live originals under one band key
    stats = brain.stats(tables)
    assert stats["revisions"] > 0 and stats["duplicates_near"] > 0
    # let everything expire: the rebuilt index is empty with the live one
    later = T0 + 10.0 * len(records) + 10 * config.dedup_horizon_s
    while brain.expire(tables, now=later, config=config):
        pass
    assert tables[brain.T_BANDS] == {} == _rebuilt_bands(tables)


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_the_band_index_through_planned_records_with_expiry_equals_the_rebuilt_one(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the worker runs it: observe and expire planned on overlays, then applied. The
    packed index checks its hits against the holders' records and "o" entries, which
    the same plan deletes: journal.apply changes it first (apply_first)."""
    # one signature cached, not 64: the cache would hide a holder read after it went
    monkeypatch.setattr(SignatureBandIndex, "_CACHE_MAX", 0)
    config = brain.BrainConfig(dedup_horizon_s=600.0, expire_batch=40)
    tables = FACTORIES[kind]()
    ref = _tables()  # the same records on plain dicts, observed directly
    for i, rec in enumerate(_stream(200, 7)):
        now = T0 + 10.0 * i

        def step(
            t: Any, r: dict[str, Any] = rec, at: float = now, ex: bool = i % 3 == 0
        ) -> brain.Observation:
            obs = brain.observe(t, r, now=at, config=config)
            if ex:
                brain.expire(t, now=at, config=config)
            return obs

        obs, changes = plan(tables, step)
        apply(tables, changes)
        assert obs == step(ref)
        if i % 5 == 0:
            assert dict(tables[brain.T_BANDS].items()) == ref[brain.T_BANDS], f"record {i}"
            assert len(tables[brain.T_BANDS]) == len(ref[brain.T_BANDS])  # none unresolved
            assert _rebuilt_bands(tables) == ref[brain.T_BANDS]
    assert brain.stats(tables)["revisions"] > 0
    assert len(tables[brain.T_BANDS]) == len(ref[brain.T_BANDS]) > 0


def test_an_expired_first_holder_hands_its_band_to_the_next_original() -> None:
    """Two originals under one band key: once the first expires the second is the
    candidate (the index stays a function of the articles still indexed)."""
    tables = brain.new_tables()
    bands = tables[brain.T_BANDS]
    # holders are the sequence numbers of the originals' "o" expiry entries, whose
    # records hold the signatures (the packed index checks a hit against them)
    sig1, sig2 = bytes(range(128)), bytes(range(8)) + bytes(range(100, 220))
    k7, k8 = int.from_bytes(sig1[:8], "big"), 1 << 64 | int.from_bytes(sig1[8:16], "big")
    for seq, aid, sig in ((4, "a1", sig1), (9, "a2", sig2)):
        tables[brain.T_EXPIRY][brain._qkey(seq)] = [T0, "o", aid, ""]
        brain._put_rec(tables[brain.T_SEEN], aid, {"sig": base64.b64encode(sig).decode()})
    brain._band_add(bands, [k7, k8], 4)
    brain._band_add(bands, [k7], 9)
    assert bands == {k7: (4, 9), k8: 4}
    assert brain._band_candidates(tables, [f"{k7:x}"]) == {"a1"}
    brain._band_remove(bands, [k7, k8], 4)
    assert bands == {k7: 9}
    assert brain._band_candidates(tables, [f"{k7:x}", f"{k8:x}"]) == {"a2"}


def _plain(tables: dict[str, MutableMapping[str, Any]]) -> Any:
    return json.loads(
        json.dumps(
            {
                name: dict(tab.items())
                for name, tab in tables.items()
                if name not in brain.DERIVED_TABLES
            }
        )
    )


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_the_state_log_carries_no_derived_table_and_reads_back_whole(kind: str) -> None:
    config = brain.BrainConfig()
    tables = FACTORIES[kind]()
    step = statelog.Step(0)
    for i, rec in enumerate(_stream(40, 5)):

        def observe(t: Any, r: dict[str, Any] = rec, at: float = T0 + i) -> brain.Observation:
            return brain.observe(t, r, now=at, config=config)

        _, changes = plan(tables, observe)
        apply(tables, changes)
        step.add(changes)
    log = step.encode()
    written = {statelog.decode_key(k)[0] for k, _ in log if k != statelog.STEP_KEY}
    assert brain.T_BANDS not in written and brain.T_SEEN in written
    assert tables[brain.T_BANDS]
    recovery = statelog.Recovery(FACTORIES[kind]()).feed_all(log)
    assert recovery.tables[brain.T_BANDS] == tables[brain.T_BANDS]
    assert type(recovery.tables[brain.T_LEDGER]) is type(tables[brain.T_LEDGER])
    assert _plain(recovery.tables) == _plain(tables)


def test_a_topic_in_another_format_is_refused() -> None:
    old_marker = json.dumps({"step": 0, "entries": 0}).encode()
    with pytest.raises(statelog.StateFormatError):
        statelog.Recovery(_tables()).feed(statelog.STEP_KEY, old_marker)


def test_packed_tables_give_the_alerts_ledger_and_stats_of_plain_dicts() -> None:
    config = brain.BrainConfig(dedup_horizon_s=900.0, expire_batch=40)
    layouts = [_tables(), brain.new_tables()]
    alerts: list[list[str]] = [[], []]
    for i, rec in enumerate(_stream(200, 7)):
        now = T0 + 10.0 * i
        for j, tables in enumerate(layouts):
            obs = brain.observe(tables, rec, now=now, config=config)
            alerts[j] += [a["id"] for a in obs.alerts]
            if i % 3 == 0:
                brain.expire(tables, now=now, config=config)
    assert alerts[0] and alerts[0] == alerts[1]
    views = [brain.ledger_view(t, limit=10_000) for t in layouts]
    assert views[0]["stories"] and views[0] == views[1]
    assert brain.stats(layouts[0])["expiry_backlog"] > 0
    assert _plain(layouts[0]) == _plain(layouts[1])
