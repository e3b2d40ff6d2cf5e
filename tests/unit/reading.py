"""Helpers for extraction tests that ask how one figure of a sentence was read."""

from __future__ import annotations

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def claim_of(text: str, figure: str) -> Claim:
    """The claim the extractor reads for ``figure`` (its text as written) in ``text``;
    fails the test when the figure is not read at all."""
    for c in extract_claims(text):
        if c.text == figure:
            return c
    raise AssertionError(f"{figure!r} not read in {text!r}")


def has_own_key(text: str, figure: str) -> bool:
    """Was ``figure`` given a key of its own (a ``?`` in its noun), one no story quantity
    shares?"""
    return "?" in claim_of(text, figure).metric.split("|")[0]
