"""The sentence and clause helpers every rule reads with (_in_sentence, _around,
_clause_starts, _clause_at, own_clause, _figure_clause) and the few regexes of the
file's opening stretch that several modules share (_PERIOD, _REVISION...).

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

QUOTE_MAX = 400

#: Tolls of events (not states): in a long story, two such figures days apart are
#: usually about different incidents, so they are only contradicted within a window.
_EVENT_COUNT = re.compile(
    r"kill|dead|death|died|injur|wound|casualt|hurt|missing|victim|toll", re.I
)

_PERIOD = re.compile(
    r"\b(a|per|each|every)\s+(day|week|month|year|hour)\b|\bdaily\b|\bweekly\b|\bmonthly\b"
    r"|\bannual|\bsince\b|\bover the (past|last)\b|\bin the (past|last)\b|\bso far\b"
    r"|\bthis (year|month|week)\b|\blast (year|month|week)\b|\b(19|20)\d\d\b"
    r"|\bin (january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b"
    r"|\bby\b|\buntil\b|\bbetween\b|\bfrom\b",
    re.I,
)


#: The nouns a body names its own count by ("its earlier count", "raised the estimate of"),
#: one list for every pattern here and in :mod:`.kinds`, :mod:`.disputes` and
#: ``brain.aliases`` that names a count (each alternative ends at a word break, so their
#: order changes no match).
_COUNT_NOUNS = "count|figure|estimate|tally|number|toll|total"
#: The words that make a count the speaker's own earlier one ("its first figure", "up from
#: their previous estimate"); :data:`_OWN_EARLIER_COMPARED` in :mod:`.disputes` adds
#: "preliminary" and "provisional" to them.
_EARLIER_WORDS = "earlier|previous|first|initial|original"
#: Stems of the verbs of a body moving its own count ("raised its earlier figure",
#: "lowered the number of ... to"); :data:`_BODY_COUNT_MOVED` in :mod:`.kinds` adds
#: "updat", ``brain.aliases``' ``_REVISED_TO`` "updat", "correct" and "adjust".
_COUNT_MOVE_STEMS = "rais|lower|increas|reduc|revis"

#: Wording of a figure that replaces an earlier one: a later revision is an update in
#: either direction ("corrected the toll to 41", "9 officers, fewer than first reported").
_REVISION = re.compile(
    r"\b(?:correct(?:ed|s|ing)|(?:to|will|would|must|should|could|did|may)\s+correct"
    r"|revis(?:ed|es|ing)|amend(?:ed|s|ing)?|adjust(?:ed|s|ing)"
    r"|(?:lower|fewer|higher|more|less)\s+than\s+(?:first|initially|previously|earlier)"
    r"(?:\s+(?:reported|thought|stated|announced|said|estimated))?"
    r"|counted\s+twice|double[- ]counted"
    # the source's own earlier reading: "47 people remained missing, fewer than the
    # roughly 60 it reported on Tuesday", "below its own earlier estimate"
    r"|(?:lower|fewer|higher|more|less|below|above)\s+(?:than\s+)?(?:the\s+)?"
    r"(?:[\w,.-]+\s+){0,3}?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:first\s+|initially\s+|earlier\s+|previously\s+)?(?:reported|gave|given|announced"
    r"|said|stated|counted|estimated|put\s+forward|acknowledged|admitted|disclosed)"
    r"|(?:than|below|above)\s+its\s+own\s+(?:earlier|previous|first)\b"
    # round 46: "had turned out to total 150 million pounds, far more than its first figure"
    rf"|(?:than|below|above)\s+(?:its|their)\s+(?:{_EARLIER_WORDS})\s+"
    rf"(?:{_COUNT_NOUNS})s?\b"
    # round 42: a multiple of the speaker's own earlier count: "26,000 men ... had left the
    # country since the decree, more than twice its earlier count"
    r"|(?:twice|double|(?:two|three|four|five|ten)\s+times|half)\s+(?:of\s+)?(?:its|their)"
    rf"\s+(?:own\s+)?(?:{_EARLIER_WORDS})\s+"
    rf"(?:{_COUNT_NOUNS})"
    # "three crew members had been wounded in all, not two as it had said on Monday"
    r"|\bnot\s+(?:[\w,.-]+\s+){1,3}?as\s+(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:first\s+|initially\s+|earlier\s+)?(?:reported|said|stated|announced|counted)"
    # the speaker's own earlier count named beside the new one: "The agency, whose
    # earlier count of 2,600 had been disputed, said about 800 remained"
    r"|(?:whose|its|their)\s+(?:own\s+)?(?:earlier|previous|initial|first)\s+"
    rf"(?:{_COUNT_NOUNS})\s+of\b"
    # round 46: the speaker moving its own earlier figure, after the figure: "45 crew had
    # been aboard ..., raising its earlier figure after three trainees were found"
    rf"|(?:{_COUNT_MOVE_STEMS})\w*\s+(?:its|their)\s+(?:own\s+)?"
    rf"(?:{_EARLIER_WORDS})\s+"
    rf"(?:{_COUNT_NOUNS}))\b",
    re.I,
)

#: Running totals of events: they only grow, whatever words surround them.
_TOTAL = re.compile(
    r"kill|dead|death|injur|wound|casualt|hurt|arrest|infect|case|victim|toll", re.I
)


#: Sentence cues remembered, by (sentence, figure text[, metric]). ``decide`` asks the
#: same few cues about each claim several times and about the story's recorded figures
#: once per article that meets them; each answer is a pure function of those strings.
_CUES = 4096


def _in_sentence(c: Mapping[str, Any]) -> tuple[str, str, int]:
    """A figure's sentence (``quote``), its own text, and where the text stands in the
    sentence (-1 when it is not found there)."""
    quote, text = str(c.get("quote") or ""), str(c.get("text") or "")
    return quote, text, quote.find(text) if text else -1


def _around(c: Mapping[str, Any], before: int, after: int) -> str:
    """The words around a figure: ``before`` characters before its text and ``after``
    after it, in its sentence (the whole sentence when the text is not found there)."""
    quote, text, i = _in_sentence(c)
    return quote if i < 0 else quote[max(0, i - before) : i + len(text) + after]


#: A calendar date: "on July 9", "Sept. 18", "on January 19".
_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I
)

_NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|hundreds?|thousands?|millions?)\b",
    re.I,
)


#: Words by which a figure's sentence says the quantity changed ("fell to", "down from
#: 38,000", "bringing the toll to"): a development or a past reading, never a dispute.
_CHANGED = re.compile(
    r"\b(?:rose|risen|rise[sn]?|rising|climb\w*|increas\w*|jump\w*|grew|grown|swell\w*"
    r"|reach\w*|bring\w*|brought|push(?:es|ed|ing)?|more(?! than)|additional|further|another|since"
    r"|latest|updat\w*|new|fell|fall(?:s|en|ing)?|dropp\w*|declin\w*|decreas\w*|eas(?:ed|ing)"
    r"|(?:down|up) from|from \S+ (?:to|on))\b",
    re.I,
)


#: Where a sentence passes to another side or another figure: ", but", "while", ";".
_SIDE_BREAK = re.compile(r",\s*but\b|\bbut\s+(?=\w+\s+\w+\s+said)|\bwhile\b|\bwhereas\b|;", re.I)


def _blank_dates(text: str) -> str:
    """The text with every calendar date (:data:`_DATE`) blanked out, positions kept."""
    return _DATE.sub(lambda m: " " * len(m.group(0)), text)


def own_clause(c: Mapping[str, Any]) -> str:
    """The part of the figure's sentence that is the figure's own: from the last side
    break (", but", "while", ";") or other number before it to the next one after it.
    "Twelve volunteers suffered ..., the regulator said, but a lawyer ... said the true
    number was 17": the lawyer's words are 17's, not 12's."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return ""
    end = i + len(text)
    masked = _blank_dates(quote)
    lo, hi = 0, len(quote)
    for m in [*_SIDE_BREAK.finditer(masked), *_NUMBERISH.finditer(masked)]:
        if m.end() <= i:
            lo = max(lo, m.end())
        elif m.start() >= end:
            hi = min(hi, m.start())
    return quote[lo:hi]


#: "from house to house", "from door to door": a way of going about, no move of a figure.
_FROM_X_TO_X = re.compile(r"from (\S+) to \1\b", re.I)


def _holds_on(c: Mapping[str, Any]) -> bool:
    """Does a state still holding stand next to the figure ("still", "remain", within 48
    characters either side)?"""
    return bool(_CONTINUED.search(_around(c, 48, 48)))


def _moved_words(quote: str) -> bool:
    """Does the sentence say a quantity moved (``_CHANGED``), a "from X to X" of going
    about excepted ("going from house to house with lists of families")?"""
    return any(not _FROM_X_TO_X.match(quote, m.start()) for m in _CHANGED.finditer(quote))


def _figure_clause(c: Mapping[str, Any]) -> str:
    """The figure's clause: its sentence from the comma, semicolon or colon before it to
    the one after it."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return quote
    lo = max(quote.rfind(p, 0, i) for p in ",;:")
    his = [j for j in (quote.find(p, i + len(text)) for p in ",;:") if j >= 0]
    return quote[lo + 1 : min(his, default=len(quote))]


#: Words that open a subordinate clause: "because all funds are now frozen", "in which two
#: volunteers died", "among them four players".  "after" and "when" open one only after a
#: comma or a figure ("to five after a case in which", "on March 5, when the last two"):
#: "confirmed dead after Monday night's storm ... rose to 19" is a phrase of the subject.
_SUBORDINATE = re.compile(
    r"\b(?:because|in\s+which|among\s+(?:them|whom)|although|though|after|when)\b", re.I
)

_SUBORDINATE_LEAD = re.compile(
    r"(?:,|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*$", re.I
)

#: ", and" that joins a second main clause: "rose to 19 on Thursday, and 51 were still
#: missing" -- one report of the count moving, both figures its.
_AND_CLAUSE = re.compile(r",\s*and\b", re.I)


@lru_cache(maxsize=_CUES)
def _clause_starts(quote: str) -> tuple[tuple[int, int], ...]:
    """Where each clause of the sentence starts and which clause it is: 0 for the main
    clause (its parts joined by ", and" too), one number per subordinate clause (which
    runs to the next comma or ", and", then the main clause resumes)."""
    bounds: list[tuple[int, str]] = [(m.start(), "and") for m in _AND_CLAUSE.finditer(quote)]
    bounds += [(m.start(), ",") for m in re.finditer(r",(?!\s*and\b)", quote)]
    for m in _SUBORDINATE.finditer(quote):
        word = m.group(0).lower()
        if word in ("after", "when") and not _SUBORDINATE_LEAD.search(quote[: m.start()]):
            continue
        bounds.append((m.start(), "sub"))
    out: list[tuple[int, int]] = []
    n = 0
    for pos, kind in sorted(bounds):
        if kind == "sub":
            n += 1
            out.append((pos, n))
        elif kind == "and" or (out and out[-1][1] > 0):
            out.append((pos, 0))
    return tuple(out)


def _clause_at(quote: str, pos: int) -> int:
    """Which clause of the sentence (:func:`_clause_starts`) the position ``pos`` is in."""
    cur = 0
    for start, clause in _clause_starts(quote):
        if start > pos:
            break
        cur = clause
    return cur


#: Words next to a figure that say it is a running reading carried on from earlier
#: reports: "15 people are still in hospital", "64,000 remained without power".
_CONTINUED = re.compile(r"\b(?:still|remain(?:s|ed|ing)?)\b", re.I)
