"""Load a script of ``eval/`` (not a package) as a module, for the evaluator's tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"


def load_eval_script(stem: str) -> ModuleType:
    """``eval/<stem>.py`` as a module named ``<stem>_under_test`` (registered in
    ``sys.modules`` so that its dataclasses resolve)."""
    spec = importlib.util.spec_from_file_location(f"{stem}_under_test", EVAL_DIR / f"{stem}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
