"""Sentence splitting and word tokenisation with character offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import words

#: A sentence ends at . ! ? (plus closing quotes/brackets) before a space and an opener,
#: or at a blank line / newline (paragraphs, headlines).
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n\s*""")
#: Words whose trailing period is not a full stop (titles, months, initials...).
_ABBREVIATIONS = words(
    """mr mrs ms dr prof gen lt col maj sgt capt cpl adm cmdr sen rep gov pres st jr sr
    no nos vol fig pp p jan feb mar apr jun jul aug sep sept oct nov dec est approx inc
    corp ltd co dept govt univ vs etc al rev ft mt"""
)
#: Sentence openers after an ambiguous abbreviation like "U.S." that confirm a new sentence.
_OPENERS = words(
    """the a an in on at but and he she it they we i this that these those there his
    her their its our after before when while however meanwhile some many most"""
)
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.+[\"'”’)\]]*$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]?([A-Za-z]+)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed.

    Use when a claim's quote and its context window must not cross sentence boundaries.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group().strip() and not _is_full_stop(text, start, m.start(), m.end()):
            continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` as strings (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]


def _is_full_stop(text: str, sent_start: int, at: int, end: int) -> bool:
    if text[at] != ".":
        return True
    m = _LAST_WORD.search(text, max(sent_start, at - 30), end)
    if not m:
        return True
    word = m.group(1).lower()
    if word in _ABBREVIATIONS:
        return False
    if len(word) == 1:  # an initial: "John F. Kennedy"
        return False
    if "." in word.rstrip("."):  # "U.S.", "a.m."
        nxt = _NEXT_WORD.match(text, end)
        return bool(nxt and nxt.group(1).lower() in _OPENERS)
    return True


def _add(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))


class Token(NamedTuple):
    """A word, number or symbol with its offsets in the document."""

    text: str
    low: str
    start: int
    end: int


#: Abbreviations with dots, numbers with separators, words (with apostrophes and inner
#: hyphens kept apart so "fifty-seven" and "KN-23" are visible), then any other symbol.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
    r"|\S",
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with document offsets."""
    # tuple.__new__ makes the same Token without the NamedTuple's Python-level __new__
    # (the hot spot of extraction after the regex itself).
    new = tuple.__new__
    return [
        new(Token, (g := m.group(), g.lower(), a := m.start(), a + len(g)))
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]
