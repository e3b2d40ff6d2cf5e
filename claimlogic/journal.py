"""Plan state changes on an overlay, then apply them.

The worker does not let :func:`claimlogic.brain.observe` write the tables
directly. It runs it on :class:`Overlay` views that record every write
(:func:`plan`), then applies the writes (:func:`apply`) and hands the same
:class:`Plan` to the brain-state log (:mod:`claimlogic.statelog`), which
makes it durable. So a record that fails half-way changes nothing, and the
writes to persist are known exactly, without diffing the tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

_DELETED = object()
#: Not in an overlay's writes (never stored: only its reads use it).
_ABSENT = object()

Tables = Mapping[str, MutableMapping[str, Any]]


class Overlay(MutableMapping[str, Any]):
    """A view of ``base`` that reads through it and keeps writes and deletes to itself."""

    def __init__(self, base: MutableMapping[str, Any]) -> None:
        self.base = base
        self.writes: dict[str, Any] = {}

    # Reads are the brain's hottest path (every table access in observe goes
    # through an overlay): one dict lookup in ``writes``, then the base's own
    # ``get``, without MutableMapping's try/except around ``self[key]``.
    def __getitem__(self, key: str) -> Any:
        value = self.writes.get(key, _ABSENT)
        if value is _ABSENT:
            return self.base[key]
        if value is _DELETED:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = self.writes.get(key, _ABSENT)
        if value is _ABSENT:
            return self.base.get(key, default)
        return default if value is _DELETED else value

    def __contains__(self, key: object) -> bool:
        value = self.writes.get(key, _ABSENT)  # type: ignore[call-overload]
        if value is _ABSENT:
            return key in self.base
        return value is not _DELETED

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.writes[key] = _DELETED

    def __iter__(self) -> Iterator[str]:
        for key in self.base:
            if self.writes.get(key, None) is not _DELETED:
                yield key
        for key, value in self.writes.items():
            if value is not _DELETED and key not in self.base:
                yield key

    def __len__(self) -> int:
        n = len(self.base)
        for key, value in self.writes.items():
            exists = key in self.base
            if value is _DELETED and exists:
                n -= 1
            elif value is not _DELETED and not exists:
                n += 1
        return n


@dataclass(frozen=True, slots=True)
class Plan:
    """The writes one record makes: table -> key -> value, and keys to delete."""

    sets: dict[str, dict[str, Any]]
    deletes: dict[str, list[str]]

    def to_dict(self) -> dict[str, Any]:
        return {"sets": self.sets, "deletes": self.deletes}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Plan:
        return cls(sets=dict(data.get("sets") or {}), deletes=dict(data.get("deletes") or {}))

    def __len__(self) -> int:
        return sum(map(len, self.sets.values())) + sum(map(len, self.deletes.values()))


def plan(tables: Tables, step: Callable[[Tables], T]) -> tuple[T, Plan]:
    """Run ``step`` on overlays of ``tables``; return its result and the writes it made.

    ``tables`` is not modified. Values read inside ``step`` come from the base
    tables; the step must write back what it changes (``table[key] = value``),
    as Faust tables require anyway.
    """
    overlays = {name: Overlay(table) for name, table in tables.items()}
    result = step(overlays)
    sets: dict[str, dict[str, Any]] = {}
    deletes: dict[str, list[str]] = {}
    for name, overlay in overlays.items():
        for key, value in overlay.writes.items():
            if value is _DELETED:
                deletes.setdefault(name, []).append(key)
            else:
                sets.setdefault(name, {})[key] = value
    return result, Plan(sets, deletes)


def apply(tables: Tables, changes: Plan) -> None:
    """Make the planned writes. Idempotent: applying a plan twice changes nothing more.

    Table by table, its sets then its deletes; first the tables whose lookups read
    other tables (an ``apply_first`` attribute that is true: the brain's packed band
    index checks a hit against its holder's signature in articles-seen and expiry),
    while those are still as the record found them.
    """
    names = [*changes.sets, *(n for n in changes.deletes if n not in changes.sets)]
    names.sort(key=lambda n: not getattr(tables[n], "apply_first", False))  # stable
    for name in names:
        table = tables[name]
        for key, value in changes.sets.get(name, {}).items():
            table[key] = value
        for key in changes.deletes.get(name, ()):
            if key in table:
                del table[key]
