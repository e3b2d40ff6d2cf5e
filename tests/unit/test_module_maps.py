"""The module maps in docs/ledger.md stay true: every module of claimlogic.brain and
claimlogic.ledger is listed, and each imports its siblings only from modules listed above it
(the map's promise of a layering a reader can follow top-down)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "ledger.md"


def _map_order(package: str) -> list[str]:
    """The modules listed under '## The <package> package: module map', in their order."""
    text = DOC.read_text(encoding="utf-8")
    section = re.search(rf"^## The {package} package: module map\n(.*?)(?=^## )", text, re.M | re.S)
    assert section, f"docs/ledger.md has no module map for {package}"
    return re.findall(r"^\* `([a-z_]+)\.py`", section.group(1), re.M)


def _sibling_imports(path: Path) -> set[str]:
    """The sibling modules a module imports at module level (``from .x import ...``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.module.split(".")[0]
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
    }


@pytest.mark.parametrize("package", ["brain", "ledger"])
def test_module_map_lists_every_module(package: str) -> None:
    on_disk = {p.stem for p in (ROOT / "claimlogic" / package).glob("*.py")} - {"__init__"}
    listed = _map_order(package)
    assert len(listed) == len(set(listed)), "a module is listed twice"
    assert set(listed) == on_disk


@pytest.mark.parametrize("package", ["brain", "ledger"])
def test_modules_import_only_from_modules_listed_above(package: str) -> None:
    order = _map_order(package)
    for i, name in enumerate(order):
        above = set(order[:i])
        imported = _sibling_imports(ROOT / "claimlogic" / package / f"{name}.py")
        assert imported <= above, f"{package}/{name}.py imports {sorted(imported - above)}"
