"""Plain data types shared by extraction, the ledger and the alert schema."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

Bound = Literal["exact", "approx", "min", "max", "range"]
Change = Literal["up", "down"]
#: None when the figure is asserted as fact; otherwise how it is qualified.
Hedge = Literal["reported", "estimated", "expected", "hypothetical"]

#: The fields every claim carries in `claimwatch extract` output and in alerts
#: (the public contract of issue 3; Claim has more).
CONTRACT_FIELDS: tuple[str, ...] = (
    "start", "end", "text", "value", "low", "high", "bound", "change",
    "unit", "about", "metric", "source", "hedge", "quote",
)  # fmt: skip
BOUNDS: tuple[str, ...] = ("exact", "approx", "min", "max", "range")
HEDGES: tuple[str, ...] = ("reported", "estimated", "expected", "hypothetical")


@dataclass(frozen=True, slots=True)
class Claim:
    """One quantity mentioned in a text, with the frame that says what it measures.

    ``start``/``end`` are character offsets of ``text`` in the document the claim
    was extracted from; ``quote`` is the whole sentence. ``low``/``high`` give the
    interval the wording allows (``None`` for an open side: "at least 3,000" has
    ``high=None``). ``metric`` is a canonical key: two claims about the same
    quantity get the same key, claims about different quantities must not.
    """

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    quote: str
    metric: str
    metric_label: str
    change: str | None = None
    #: True when a change figure is the difference ("rose by 5"), False for the new level.
    change_is_delta: bool = False
    about: str | None = None
    #: The measured property: deployed, arrived, killed, injured, supplied, cost...
    property: str | None = None
    place: str | None = None
    time: str | None = None
    source: str | None = None
    hedge: str | None = None
    #: Vague amounts ("thousands", "several hundred") carry a wide low/high.
    vague: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The fields in declaration order, as ``dataclasses.asdict`` gives them.

        Every field is an immutable scalar, so the deep copy ``asdict`` makes of
        each value is the value itself; it cost ~13 % of ``brain.analyze``.
        """
        return {name: getattr(self, name) for name in _CLAIM_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        names = cls.__dataclass_fields__.keys()
        return cls(**{k: v for k, v in data.items() if k in names})


#: Claim's field names in declaration order (what ``to_dict`` copies).
_CLAIM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Claim))
