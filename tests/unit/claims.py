"""Shared helpers for extraction tests: pick a claim out of a sentence by its figure."""

from __future__ import annotations

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def claim_of(text: str, figure: str) -> Claim:
    """The last claim of ``text`` whose figure reads ``figure``; fails listing every claim
    when there is none."""
    hits = [c for c in extract_claims(text) if c.text == figure]
    assert hits, [(c.text, c.metric) for c in extract_claims(text)]
    return hits[-1]


def has_own_key(c: Claim) -> bool:
    """Did the claim get a key of its own (a ``?``-digest subject: recorded, never
    announced or compared)?"""
    return "?" in c.metric.split("|", 1)[0]
