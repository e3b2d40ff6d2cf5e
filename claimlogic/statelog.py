"""The brain's state as one log of steps: how it is written and how it is read back.

The brain keeps its tables (:data:`claimlogic.brain.BRAIN_TABLES`) as plain
dicts in memory and makes them durable in a single Kafka topic. The worker
gathers the writes of several records into a *step* and appends the step as
records of that topic, in order:

* one record per changed entry, keyed ``"<table>/<key>"``, whose value is the
  entry as compact JSON (:func:`claimlogic.packed.dumps`), or no value (a
  tombstone) when the entry was deleted;
* journal entries (table :data:`JOURNAL`, keyed by the analyzed record's
  ``partition:offset``) holding the alerts of each record, so that a record
  re-read after a crash re-sends its alerts instead of being planned again on
  state that already contains it;
* last, a commit marker (key :data:`STEP_KEY`) naming the step.

Reading the topic back (:class:`Recovery`) applies a step only once its
marker is seen: a worker killed while a step was half written loses the whole
step, never part of one, and re-reads that step's records (their offsets were
not committed, because the worker acks a record only after its step is
durable). That is what the earlier write-ahead journal across seven
changelogs gave, at one Kafka record per entry and no separate journal write.

Keys are unique per entry, so the topic can be compacted (the latest value of
each key is the state). Everything here is pure: bytes in, dicts out.

Only primary tables are written: the derived ones
(:data:`claimlogic.brain.DERIVED_TABLES`, the LSH band index) are a function of
the others and :meth:`Recovery.finish` rebuilds them after the last record, so
the topic carries no record per band key. Each marker names the layout it was
written in (:data:`STATE_FORMAT`); a topic in another layout is refused, not
migrated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from claimlogic import brain
from claimlogic.journal import Plan
from claimlogic.packed import dumps as _dumps
from claimlogic.packed import loads as _loads

#: Key of the commit marker that closes each step.
STEP_KEY = b"~step"
#: Table holding each recent analyzed record's alerts, keyed by "partition:offset".
JOURNAL = "~journal"
#: Layout of the topic, in every marker. 1: every table, entry by entry (no
#: "format" in the marker); 2: the derived tables left out, "o" expiry entries.
#: (Values are written by orjson since 2026-12-03: the same JSON, floats spelled
#: shortest (``1e16``); both readers read both, so the format did not change.)
STATE_FORMAT = 2
_DERIVED = frozenset(brain.DERIVED_TABLES)


class StateFormatError(ValueError):
    """The state topic was written in a layout this code does not read (no migration:
    start the brain on an empty topic, e.g. a new app id)."""


_SEP = "/"
_DELETED = object()


def encode_key(table: str, key: str) -> bytes:
    return f"{table}{_SEP}{key}".encode()


def decode_key(raw: bytes) -> tuple[str, str]:
    table, sep, key = raw.decode("utf-8").partition(_SEP)
    if not sep:
        raise ValueError(f"state key without a table: {raw!r}")
    return table, key


@dataclass
class Step:
    """The writes of one step, merged per entry (the last write of a key wins)."""

    number: int
    writes: dict[tuple[str, str], Any] = field(default_factory=dict)

    def add(self, plan: Plan) -> None:
        """Merge one record's planned writes (sets first, then deletes, as apply does)."""
        for table, values in plan.sets.items():
            if table in _DERIVED:
                continue  # rebuilt on reading (Recovery.finish)
            for key, value in values.items():
                self.writes[(table, key)] = value
        for table in plan.holder_ops:
            if table not in _DERIVED:  # holder operations are replayed in memory only
                raise ValueError(f"holder operations on a persisted table: {table}")
        for table, keys in plan.deletes.items():
            if table in _DERIVED:
                continue
            for key in keys:
                self.writes[(table, key)] = _DELETED

    def journal(self, record_key: str, entry: Mapping[str, Any]) -> None:
        self.writes[(JOURNAL, record_key)] = dict(entry)

    def forget(self, record_key: str) -> None:
        self.writes[(JOURNAL, record_key)] = _DELETED

    def encode(self) -> list[tuple[bytes, bytes | None]]:
        """The step as Kafka records (key, value), its commit marker last.

        Values are encoded now: the brain may change the same objects in place
        while this step is on its way to the broker.
        """
        out: list[tuple[bytes, bytes | None]] = [
            (encode_key(table, key), None if value is _DELETED else _dumps(value))
            for (table, key), value in self.writes.items()
        ]
        marker = {"step": self.number, "entries": len(self.writes), "format": STATE_FORMAT}
        out.append((STEP_KEY, _dumps(marker)))
        return out


@dataclass
class Recovery:
    """Rebuilds the tables and the journal from the state topic's records, in order;
    :meth:`finish` after the last one rebuilds the derived tables."""

    tables: dict[str, MutableMapping[str, Any]]
    journal: dict[str, Any] = field(default_factory=dict)
    steps: int = 0
    last_step: int = -1
    _pending: list[tuple[str, str, bytes | None]] = field(default_factory=list)

    def feed(self, key: bytes, value: bytes | None) -> None:
        if key == STEP_KEY:
            if value is not None:
                marker = _loads(value)
                if marker.get("format", 1) != STATE_FORMAT:
                    raise StateFormatError(
                        f"brain-state step {marker.get('step')} is in format"
                        f" {marker.get('format', 1)}; this code reads format {STATE_FORMAT}"
                    )
                self.last_step = max(self.last_step, int(marker["step"]))
            self._commit()
            return
        table, entry = decode_key(key)
        self._pending.append((table, entry, value))

    def feed_all(self, records: Iterable[tuple[bytes, bytes | None]]) -> Recovery:
        """Feed every record, then :meth:`finish`."""
        for key, value in records:
            self.feed(key, value)
        return self.finish()

    def finish(self) -> Recovery:
        """Rebuild the derived tables from the primary ones read so far (after the last
        record; again after more records, if any)."""
        for name in brain.BRAIN_TABLES:
            self.tables.setdefault(name, {})
        brain.rebuild_indexes(self.tables)
        return self

    @property
    def discarded(self) -> int:
        """Entries of a step whose marker never arrived (a crash while it was written)."""
        return len(self._pending)

    def _commit(self) -> None:
        for table, key, value in self._pending:
            target = self.journal if table == JOURNAL else self.tables.setdefault(table, {})
            if value is None:
                target.pop(key, None)
            else:
                target[key] = _loads(value)
        self._pending.clear()
        self.steps += 1
