"""Gold-vs-raised confusion of claimwatch's alerts on labelled story streams.

Run from the repository root; it scores this checkout's rules::

    .venv/bin/python eval/confusion.py --split holdout172 --split holdout171
    .venv/bin/python eval/confusion.py --split dev --show 'new_figure>none(claim)'

Each gold alert and each raised alert is placed in one cell ``gold>raised``, matched on
article and value as ``evaluate_alerts.py`` matches them (a raised alert of the same kind
first, then of any kind):

* ``update>update``: right; ``update>new_figure``: the figure was raised as another kind;
* ``update>none(claim)``: nothing raised, although the extractor read that value in the
  article (a ledger or brain decision silenced it); ``update>none``: the extractor never
  read it;
* ``none>new_figure``: a raised alert no gold or optional alert names (a false alert).

The cells say where a class of misses lives (extraction, story keys, the ledger) before
anyone traces it. ``--show CELL`` (repeatable) lists the cell's alerts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate_alerts as ev


def confusion_cells(
    gold: Mapping[str, Any],
    raised: Sequence[Mapping[str, Any]],
    values_read: Mapping[str, Sequence[float]],
    close: Callable[[float, float], bool],
) -> list[tuple[str, str]]:
    """One ``(cell, what)`` per gold alert and per raised alert no gold alert took.

    ``raised`` are the evaluator's alerts (``_article`` set), ``values_read`` the values
    the extractor read per article id, ``close(a, b)`` the evaluator's value match.
    Raised alerts matching an ``optional`` gold alert are left out, as the scorer does."""

    def same(g: Mapping[str, Any], r: Mapping[str, Any]) -> bool:
        v = r["claim"].get("value")
        return r["_article"] == g["article"] and v is not None and close(float(g["value"]), v)

    used: set[int] = set()
    cells: list[tuple[str, str]] = []
    for g in gold.get("alerts", ()):
        free = [j for j, r in enumerate(raised) if j not in used and same(g, raised[j])]
        hit = next((j for j in free if raised[j]["kind"] == g["kind"]), None)
        if hit is None and free:
            hit = free[0]
        what = f"{g['article']} {float(g['value']):g} ({g.get('metric', '')})"
        if hit is not None:
            used.add(hit)
            cells.append((f"{g['kind']}>{raised[hit]['kind']}", what))
            continue
        read = any(close(float(g["value"]), v) for v in values_read.get(g["article"], ()))
        cells.append((f"{g['kind']}>none" + ("(claim)" if read else ""), what))
    for j, r in enumerate(raised):
        if j in used or any(same(o, r) for o in gold.get("optional", ())):
            continue
        v = r["claim"].get("value")
        cells.append((f"none>{r['kind']}", f"{r['_article']} {r['claim'].get('text')!r} = {v}"))
    return cells


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", action="append", required=True, help="folder under eval/alerts")
    ap.add_argument("--show", action="append", default=[], help="list this cell's alerts")
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    shown: list[str] = []
    for split in args.split:
        for path in sorted((ev.ALERTS_DIR / split).glob("*.jsonl")):
            arts, gold = ev.load_stream(path)
            values_read: dict[str, list[float]] = {}
            raised = ev.replay(arts, values_read=values_read)
            for cell, what in confusion_cells(gold, raised, values_read, ev._close):
                counts[cell] += 1
                if cell in args.show:
                    shown.append(f"{cell}: {what}")
    for cell, n in counts.most_common():
        print(f"{n:6d} {cell}")
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
