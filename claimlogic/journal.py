"""Plan state changes on an overlay, then apply them.

The worker does not let :func:`claimlogic.brain.observe` write the tables
directly. It runs it on :class:`Overlay` views that record every write
(:func:`plan`), then applies the writes (:func:`apply`) and hands the same
:class:`Plan` to the brain-state log (:mod:`claimlogic.statelog`), which
makes it durable. So a record that fails half-way changes nothing, and the
writes to persist are known exactly, without diffing the tables.

A table that is a holder index (``add_holder``/``remove_holder``/``first``: the
brain's packed band index) gets a :class:`HolderOverlay` instead, which keeps those
calls as operations: a key of a boilerplate band holds thousands of holders, and
reading and writing it whole as a value through an :class:`Overlay` made each
article cost time in proportion to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
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


class HolderOverlay:
    """A view of a holder index that reads through it and keeps holder changes to itself.

    The index maps a key to a holder (an int) or a tuple of holders, oldest first
    (:class:`claimlogic.packed.BandIndex`). ``add_holder`` and ``remove_holder`` are
    recorded as operations, in order; a key they touched is read as the base's value
    with them replayed, any other key straight from the base's fast paths
    (``first``: no tuple of holders decoded).
    """

    def __init__(self, base: Any) -> None:
        self.base = base
        #: ("+" or "-", key, holder), in the order made
        self.ops: list[tuple[str, int, int]] = []
        self._touched: dict[int, list[tuple[str, int]]] = {}

    def _held(self, key: int) -> tuple[int, ...]:
        v = self.base.get(key)
        held: tuple[int, ...] = () if v is None else v if v.__class__ is tuple else (v,)
        for op, holder in self._touched[key]:
            if op == "+":
                if holder not in held:
                    held = (*held, holder)
            else:
                held = tuple(x for x in held if x != holder)
        return held

    def get(self, key: int, default: Any = None) -> Any:
        """The key's holder, or tuple of holders; ``default`` if it has none."""
        if key not in self._touched:
            return self.base.get(key, default)
        held = self._held(key)
        return default if not held else held[0] if len(held) == 1 else held

    def first(self, key: int) -> int | None:
        """The key's first holder; None if it has none."""
        if key not in self._touched:
            return self.base.first(key)
        held = self._held(key)
        return held[0] if held else None

    def firsts(self, keys: Iterable[int]) -> set[int]:
        """The first holders of those of ``keys`` that have any."""
        if not self._touched:
            return self.base.firsts(keys)
        found = {self.first(k) for k in keys}
        found.discard(None)
        return found  # type: ignore[return-value]

    def add_holder(self, key: int, holder: int) -> None:
        """Append ``holder`` to the key's holders unless it is one already."""
        self.ops.append(("+", key, holder))
        self._touched.setdefault(key, []).append(("+", holder))

    def remove_holder(self, key: int, holder: int) -> None:
        """Drop ``holder`` from the key's holders (the key goes with its last one)."""
        self.ops.append(("-", key, holder))
        self._touched.setdefault(key, []).append(("-", holder))


def _is_holder_index(table: Any) -> bool:
    return hasattr(table, "add_holder") and hasattr(table, "remove_holder")


@dataclass(frozen=True, slots=True)
class Plan:
    """The writes one record makes: table -> key -> value, keys to delete, and the
    holder changes of holder indexes (table -> ``[op, key, holder]``, op "+" or "-")."""

    sets: dict[str, dict[str, Any]]
    deletes: dict[str, list[str]]
    holder_ops: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"sets": self.sets, "deletes": self.deletes, "holder_ops": self.holder_ops}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Plan:
        return cls(
            sets=dict(data.get("sets") or {}),
            deletes=dict(data.get("deletes") or {}),
            holder_ops={
                name: [(str(op), int(key), int(holder)) for op, key, holder in ops]
                for name, ops in (data.get("holder_ops") or {}).items()
            },
        )

    def __len__(self) -> int:
        return (
            sum(map(len, self.sets.values()))
            + sum(map(len, self.deletes.values()))
            + sum(map(len, self.holder_ops.values()))
        )


def plan(tables: Tables, step: Callable[[Tables], T]) -> tuple[T, Plan]:
    """Run ``step`` on overlays of ``tables``; return its result and the writes it made.

    ``tables`` is not modified. Values read inside ``step`` come from the base
    tables; the step must write back what it changes (``table[key] = value``),
    as Faust tables require anyway.
    """
    overlays: dict[str, Any] = {
        name: HolderOverlay(table) if _is_holder_index(table) else Overlay(table)
        for name, table in tables.items()
    }
    result = step(overlays)
    sets: dict[str, dict[str, Any]] = {}
    deletes: dict[str, list[str]] = {}
    holder_ops: dict[str, list[tuple[str, int, int]]] = {}
    for name, overlay in overlays.items():
        if isinstance(overlay, HolderOverlay):
            if overlay.ops:
                holder_ops[name] = overlay.ops
            continue
        for key, value in overlay.writes.items():
            if value is _DELETED:
                deletes.setdefault(name, []).append(key)
            else:
                sets.setdefault(name, {})[key] = value
    return result, Plan(sets, deletes, holder_ops)


def apply(tables: Tables, changes: Plan) -> None:
    """Make the planned writes. Idempotent: applying a plan twice changes nothing more.

    Table by table, its sets then its deletes; first the tables whose lookups read
    other tables (an ``apply_first`` attribute that is true: the brain's packed band
    index checks a hit against its holder's signature in articles-seen and expiry),
    while those are still as the record found them.
    """
    names = list(dict.fromkeys([*changes.sets, *changes.deletes, *changes.holder_ops]))
    names.sort(key=lambda n: not getattr(tables[n], "apply_first", False))  # stable
    for name in names:
        table: Any = tables[name]
        for key, value in changes.sets.get(name, {}).items():
            table[key] = value
        for key in changes.deletes.get(name, ()):
            if key in table:
                del table[key]
        for op, hkey, holder in changes.holder_ops.get(name, ()):
            # idempotent too: adding a holder it has, or removing one it lacks, is a no-op
            if op == "+":
                table.add_holder(hkey, holder)
            else:
                table.remove_holder(hkey, holder)
