"""An article's own steps and parts: previous_values, brought_to, increments, step_pairs,
parts.

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .words import (
    _in_sentence,
)

#: Words between a figure and the value it moved from, in the same sentence: "down from
#: 1,300", "up from 21", "to 18,500 on Thursday from a peak of 31,000", "to 2.8% from 3.2%",
#: "revising up the operator's initial estimate of about 30", "lower than first estimates
#: of around 20".  The value must follow at once (articles, possessives and "peak" aside);
#: "fell 4.2% in September from a year earlier to 428,000 tonnes" names no earlier value.
_FROM_BEFORE = re.compile(
    r"(?:\bfrom|\b(?:first|initial|earlier|previous|original|prior)\s+(?:\S+\s+){0,2}?"
    r"(?:estimates?|figures?|counts?|tall(?:y|ies)|tolls?|reports?)\s+of)"
    r"(?:\s+(?:a|an|the|its|their|his|her|some|peak|high|low|record|of|\w+'s))*\s*$",
    re.I,
)

#: "from 600 to 1,500": the earlier value stated before the figure.
_FROM_TO = re.compile(r"^\s*(?:\S+\s+){0,2}?to\s*$", re.I)

_FROM_LEAD = re.compile(r"\bfrom\s*$", re.I)


def _sentence_groups(claims: list[Mapping[str, Any]]) -> Iterator[tuple[str, list[int], int]]:
    """The claims of an article grouped by sentence: (the sentence, the indexes of its
    claims with a value and a position, in order of position, where the sentence starts in
    the article).  A sentence whose first claim's text is not found in it is skipped."""
    by_quote: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        if c.get("quote") and c.get("start") is not None and c.get("value") is not None:
            by_quote.setdefault(str(c["quote"]), []).append(i)
    for quote, idx in by_quote.items():
        idx.sort(key=lambda i: int(claims[i]["start"]))
        first = claims[idx[0]]
        at = quote.find(str(first.get("text") or ""))
        if at >= 0:
            yield quote, idx, int(first["start"]) - at


def previous_values(claims: list[Mapping[str, Any]]) -> dict[int, int]:
    """Which claims of an article are the earlier value another claim of the same
    sentence says it moved from: ``{index of the figure: index of its earlier value}``.
    "Only 260 people stayed in evacuation centres, down from 1,300 a night earlier":
    1,300 is 260's earlier value; "the number evacuated rose from 600 to 1,500": 600 is
    1,500's.  Both claims must be in the same sentence and unit, with no figure between
    them and no more than a few words linking them (a bare "1,300" has no unit of its
    own and takes the other's)."""
    out: dict[int, int] = {}
    for quote, idx, base in _sentence_groups(claims):
        for a, b in itertools.pairwise(idx):
            ca, cb = claims[a], claims[b]
            ua, ub = ca.get("unit"), cb.get("unit")
            if ua and ub and ua != ub:
                continue  # "fell 4.2% ... to 428,000 tonnes"; a bare number takes the other's
            between = quote[int(ca["end"]) - base : int(cb["start"]) - base]
            if len(between) > 120 or re.search(r"[;:]", between):
                continue
            if _FROM_BEFORE.search(between):
                out.setdefault(a, b)  # "260 ..., down from 1,300"
            elif _FROM_TO.match(between) and _FROM_LEAD.search(
                quote[: max(0, int(ca["start"]) - base)]
            ):
                out.setdefault(b, a)  # "from 600 to 1,500"
    return out


#: A participle clause that gives the total a step brought a count to: ", bringing
#: arrests to 4", ", bringing to three the number of people held", ", taking the toll to",
#: ", bringing the total seized in the case to 26,000" (round 34: up to eight words
#: between, not five).
_BROUGHT_TO = re.compile(
    r",\s+(?:bringing|raising|pushing|taking|lifting)\b(?:\s+\S+){0,8}?\s+to\s*$", re.I
)


#: A count carried to a new total in the words just before it: "bringing the number of
#: people rescued alive to 13", "taking arrivals this year to 29,290", "raising the toll
#: to 9" (no clause break between the verb and the figure).
_BRINGS_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|pushing|pushed|lifting|lifted|raising"
    r"|raised)\s+(?:[^\s,;:.]+\s+){0,9}?to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)


def names_a_year(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence name a year ("losses since February 2022")?  A total
    carried on over years is a running tally of the war or the decade, background to the
    story's own figures."""
    return bool(re.search(r"\b(?:19|20)\d\d\b", str(c.get("quote") or "")))


def _carried_to(c: Mapping[str, Any]) -> tuple[str, re.Match[str], int] | None:
    """The figure's sentence, the :data:`_BRINGS_TO` match in the 120 characters before
    the figure and where that window starts in the sentence; None when nothing carries a
    count to the figure."""
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return None
    window = max(0, i - 120)
    m = _BRINGS_TO.search(quote[window:i])
    return None if m is None else (quote, m, window)


def brought_to(c: Mapping[str, Any]) -> bool:
    """Is the figure the new total a count was carried to ("bringing the number of
    defendants to 12")?"""
    return _carried_to(c) is not None


#: At most this many characters from the end of a step to its total: the step is the
#: clause just before ("2,050 people have reached the islands since Thursday, ...,
#: taking arrivals this year to 29,290" is a count of its own, farther away).
_STEP_SPAN = 80


def increments(claims: list[Mapping[str, Any]]) -> set[int]:
    """Which claims are the step of a total their sentence then gives: "Police arrested
    the bar's owner and three other people, bringing arrests to 4" (three is the step,
    4 the count); "two other managers, bringing to three the number of people held".
    The step comes before the total, at most ``_STEP_SPAN`` characters before it, is
    smaller, and the total follows a participle clause (:data:`_BROUGHT_TO`) in the same
    sentence; the total is the story's figure, the step no figure of its own."""
    return {i for i, _ in step_pairs(claims)}


def step_pairs(claims: list[Mapping[str, Any]]) -> set[tuple[int, int]]:
    """(step, total) index pairs of :func:`increments`."""
    out: set[tuple[int, int]] = set()
    for quote, idx, base in _sentence_groups(claims):
        for k, j in enumerate(idx):
            cj = claims[j]
            if not _BROUGHT_TO.search(quote[: max(0, int(cj["start"]) - base)]):
                continue
            for i in idx[:k]:
                near = int(cj["start"]) - int(claims[i]["end"]) <= _STEP_SPAN
                if near and float(claims[i]["value"]) < float(cj["value"]):
                    out.add((i, j))
    return out


#: "six of them", "nine of whom", "four of those": the figure is a part of one before it.
_PART_OF = re.compile(r"^\s+(?:of\s+(?:them|whom|those|these|which)|among\s+them)\b", re.I)

#: ... set off after the whole it is part of: "31 people injured, six of them".
_PART_LEAD = re.compile(r",\s*(?:and\s+|with\s+)?$", re.I)


def parts(claims: list[Mapping[str, Any]]) -> set[int]:
    """Which claims count a part of an earlier figure of their sentence under that
    figure's own key: "treated 31 people injured in the explosion, six of them in critical
    condition" files the six as ``people|injured`` too, but it is the critically injured
    among the 31, no rival reading of the toll.  Such a part is no figure of the key."""
    out: set[int] = set()
    for i, c in enumerate(claims):
        quote, text, at = _in_sentence(c)
        if at < 0 or not _PART_OF.match(quote[at + len(text) :]):
            continue
        if not _PART_LEAD.search(quote[:at]):
            continue  # "the island has received 1,020 of them": a figure of its own
        for j, d in enumerate(claims):
            if (
                j != i
                and d.get("quote") == c.get("quote")
                and d.get("metric") == c.get("metric")
                and int(d.get("start") or 0) < int(c.get("start") or 0)
                and d.get("value") is not None
                and c.get("value") is not None
                and float(c["value"]) < float(d["value"])
            ):
                out.add(i)
                break
    return out
