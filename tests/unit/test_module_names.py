"""Each module-level name of the project's packages is bound once.

The rule packages' modules (``claimlogic/brain/``, ``claimlogic/ledger/``) run to a
thousand lines and more and grow by rounds written in parallel; a second
``_PUT_AT = re.compile(...)`` further down silently replaces the first for every caller
above it (round 56 hit exactly this), and neither ruff nor mypy reports a rebound module
constant.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("claimlogic", "claimwatch", "workers", "topics")


def module_level_rebinds(source: str) -> dict[str, int]:
    """Names bound more than once by top-level assignments, functions or classes."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
        elif isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif (
            isinstance(node, ast.AnnAssign)
            and node.value is not None
            and isinstance(node.target, ast.Name)
        ):
            bound[node.target.id] += 1
    return {name: n for name, n in bound.items() if n > 1}


def test_a_second_binding_further_down_is_found() -> None:
    source = "import re\n_PUT_AT = re.compile('a')\ndef f(): ...\n_PUT_AT = re.compile('b')\n"
    assert module_level_rebinds(source) == {"_PUT_AT": 2}


@pytest.mark.parametrize(
    "path",
    sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert module_level_rebinds(path.read_text(encoding="utf-8")) == {}
