"""The figure ledger of one story and metric: intervals, corroboration, and the alert decision.

Everything here is pure: :func:`decide` takes the ledger entry (a JSON-able
dict) and a new claim, and returns the new entry plus what to alert, if
anything.  The rules are documented in ``docs/ledger.md``; in short:

* **Interval** of a figure, from its bound: ``exact`` -> the point;
  ``approx`` -> ``v +- r`` with ``r`` = half the figure's rounding unit (the
  place value of its last non-zero digit: 1,000 for "11,000", 100 for
  "1,500"), clamped to 2.5%-10% of ``v``; ``min`` -> ``[v, inf)``; ``max`` ->
  ``[0, v]``; ``range`` and vague amounts -> the extractor's ``[low, high]``.
* **Conflict**: two intervals conflict when they are disjoint and the gap
  between them exceeds ``tolerance`` (2%) of the larger near endpoint.
* **Comparable**: only figures from different articles, neither hypothetical
  nor a projection ("expected"), neither vague nor a delta ("rose by 5"), same
  unit, compatible place (equal, or one unset) and time scope (equal, or one
  unset and the other not a period such as "a day", "in October", "since
  August").
* **Corroboration**: a figure that matches an existing one (same bound kind,
  scope and hedge class, value within tolerance) is added to it as support:
  its outlet is counted, no alert.
* **Update vs contradiction**: a conflict with an earlier figure is an
  ``update`` when the new figure is published later and moves in the
  direction the story develops (the claim says "rose/fell", or the metric is a
  running count such as killed, injured, arrested, shipped); a lower figure of
  a running count published *earlier* than the higher one is consistent
  (silence); otherwise a ``contradiction``.  A later figure of a running count
  that sharpens an open bound upward ("at least 100 dead", then "1,300 dead")
  is an ``update`` too when it is above every comparable figure.
* **Event tolls** (killed, injured, casualties...): two figures more than
  ``event_count_window_s`` (3 days) apart in event time are not contradicted
  (a long story holds several incidents); updates still apply.
* **Same outlet**: a figure that conflicts only with figures from the same
  outlet is never a contradiction (the outlet revised itself); it can still be
  an update.
* **Incident guard**: event tolls (killed, injured...) of two articles are
  compared only when the articles share at least 65% of their named
  entities: templated crime briefs about different shootings in one city may
  land in one story, but they name other streets, victims and neighbourhoods.
* **Cross-mention guard**: no contradiction or update when each article also states the
  other's number (under another metric): the outlets agree on the numbers and
  only the extracted labels differ.
* **Revisions**: a later figure whose sentence says it corrects or revises an
  earlier one is an ``update`` in either direction; a figure whose value is
  already on record is never an ``update``.
* **State readings** (without power, in shelters, held, missing, in hospital, a
  price; not running totals): a reading more than ``state_same_time_s`` (3 h)
  later, or the same source's newer one, is an ``update`` in either direction; an
  older one arriving late is silent; different sources within 3 h that disagree
  contradict.
* **Disagreement** (round 7, :func:`disagreement`): a candidate contradiction is raised only
  when the later sentence disputes the figure ("disputing", "denied", "dismissing"...), or
  the two name different sources, are within 3 h (unless an estimate or one past
  occasion), and the later sentence does not say the figure moved; otherwise silence.
* **new_figure**: the first alertable figure of a metric in a story (not
  hypothetical, not vague, not a delta, not a single-digit plain count, not a weather
  reading).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
import time
from collections.abc import Collection, Iterable, Mapping
from dataclasses import MISSING
from functools import lru_cache
from typing import Any

from claimlogic.extract import MEASURE_UNITS as EXTRACTOR_MEASURE_UNITS
from claimlogic.extract.frame import own_time
from claimlogic.model import Claim
from claimlogic.packed import loads as _loads

INF = math.inf
#: Hedges that are never compared: projections and hypotheticals.
UNCOMPARABLE_HEDGES = frozenset({"hypothetical", "expected"})
QUOTE_MAX = 400
_CLAIM_FIELDS = tuple(Claim.__dataclass_fields__)

_RUNNING = re.compile(
    r"kill|dead|death|died|die\b|injur|wound|casualt|hurt|missing|arrest|detain|displac|evacuat"
    r"|infect|case|hospitali|victim|toll|affected|rescued|destroy|damag|shipp|deliver|arriv"
    r"|deploy|sent|dispatch|supplied|supply|lost|loss|fled|refugee|sign|donat|raised|pledg",
    re.I,
)
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
    r"|(?:than|below|above)\s+(?:its|their)\s+(?:earlier|previous|first|initial|original)\s+"
    r"(?:count|figure|estimate|tally|number|toll|total)s?\b"
    # round 42: a multiple of the speaker's own earlier count: "26,000 men ... had left the
    # country since the decree, more than twice its earlier count"
    r"|(?:twice|double|(?:two|three|four|five|ten)\s+times|half)\s+(?:of\s+)?(?:its|their)"
    r"\s+(?:own\s+)?(?:earlier|previous|first|initial|original)\s+"
    r"(?:count|figure|estimate|tally|number|toll|total)"
    # "three crew members had been wounded in all, not two as it had said on Monday"
    r"|\bnot\s+(?:[\w,.-]+\s+){1,3}?as\s+(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:first\s+|initially\s+|earlier\s+)?(?:reported|said|stated|announced|counted)"
    # the speaker's own earlier count named beside the new one: "The agency, whose
    # earlier count of 2,600 had been disputed, said about 800 remained"
    r"|(?:whose|its|their)\s+(?:own\s+)?(?:earlier|previous|initial|first)\s+"
    r"(?:count|figure|estimate|tally|number|toll|total)\s+of\b"
    # round 46: the speaker moving its own earlier figure, after the figure: "45 crew had
    # been aboard ..., raising its earlier figure after three trainees were found"
    r"|(?:rais|lower|increas|reduc|revis)\w*\s+(?:its|their)\s+(?:own\s+)?"
    r"(?:earlier|previous|first|initial|original)\s+"
    r"(?:count|figure|estimate|tally|number|toll|total))\b",
    re.I,
)
#: A source moving its own count, just before the figure: "the operator raised its count
#: of vehicles trapped in the blaze to 58", "lowered its estimate to 2,000".
_OWN_COUNT_MOVED = re.compile(
    r"\b(?:rais|lower|increas|reduc|cut|updat|chang)\w*\s+(?:its|their|his|her)\s+(?:own\s+)?"
    r"(?:\w+\s+)?(?:count|estimate|figure|tally|toll|total)s?\b[^.;]{0,60}?\bto\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.I,
)
#: Round 57: a body moving a count named by the body or as "the number", the count's
#: noun and its clause before the "to": "lowered the navy's estimate of how many mines had
#: been laid to about 45", "lowered their count of children who had been registered with
#: the chain when it closed to 2,900", "raised the number of people being followed as
#: contacts ... to 640".
_BODY_COUNT_MOVED = re.compile(
    r"\b(?:rais|lower|increas|reduc|revis|updat)\w*\s+"
    r"(?:its|their|his|her|the\s+[\w-]+(?:'s|\u2019s)|the)\s+(?:own\s+)?(?:\w+\s+)?"
    r"(?:count|estimate|figure|tally|toll|total|number)s?\s+of\b[^.;]{0,100}?\bto\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+)?$",
    re.I,
)
#: A cut that leaves the figure, in the words just before it: "Arveny has withdrawn most
#: of the troops it sent into the corridor, leaving about 2,000 soldiers there", "freed 30
#: hostages, leaving 12".  The figure is what remains of a count the sentence says fell.
_CUT_LEAVING = re.compile(
    r"\b(?:withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:back|out)|releas\w*|freed|frees"
    r"|evacuat\w*|reduc\w*|cut|lower\w*|scal\w*\s+back|discharg\w*|rescu\w*"
    r"|recaptur\w*)\b[^.;]{0,100}?\bleaving\s+(?:only\s+|just\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|fewer\s+than|more\s+than)\s+)?$",
    re.I,
)
#: Wording of a count redone or put right by name: "seven works, not five as first
#: reported", "after an inventory found two more", "a recount put the total at 412".  A
#: recount replaces the earlier count even when both are small ("five", then "seven").
_RECOUNT = re.compile(
    r"\b(?:(?:not|rather\s+than)\s+(?:the\s+)?\S+\s+(?:as\s+)?"
    r"(?:first|initially|originally|previously)\s+"
    r"(?:reported|thought|stated|announced|said|estimated|believed)"
    r"|after\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+)?"
    r"(?:inventory|recount|re-count|audit|headcount)"
    r"|recount(?:ed|ing)?|re-count(?:ed|ing)?)\b",
    re.I,
)


#: Words next to a figure that make it a reading of a current state, which moves both
#: ways as a story develops: "45,000 homes without power", "28 passengers still held",
#: "52 people remain missing", "2,000 people in emergency shelters", "treating 85 patients".
_STATE = re.compile(
    r"\bwithout\s+(?:power|electricity|water|heat(?:ing)?|shelter|a\s+home)\b"
    r"|\bno\s+(?:power|electricity|running\s+water)\b|\bblackouts?\b|\boutages?\b"
    r"|\b(?:shelters?|tents|camps?|(?:evacuation|relief|warming|cooling)\s+cent(?:re|er)s?"
    r"|sports\s+halls?)\b"
    r"|\bheld\b|\bholding\b|\bhostage\b|\bcaptivity\b|\btrapped\b|\bstranded\b"
    r"|\bmissing\b|\bunaccounted\b|\bremain(?:s|ed|ing)?\b|\bstill\b"
    r"|\b(?:being\s+)?treat(?:ed|ing)\b|\bpatients\b|\bin\s+hospital\b|\bdisplaced\b"
    r"|\bhomeless\b|\bcut\s+off\b|\bprices?\b|\bnow\s+costs?\b|\btrading\s+at\b",
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


def state_quantity(c: Mapping[str, Any], metric_key: str) -> bool:
    """Is the figure a reading of a current state (without power, in shelters, held,
    missing, in hospital, a price), not a running total (killed, injured, arrested,
    cases)?  Read from the words around the figure in its sentence."""
    if _TOTAL.search(" ".join(str(x) for x in (c.get("property"), metric_key) if x)):
        return False
    if c.get("property") in ("missing", "displaced", "hospitalized"):
        return True
    return bool(_STATE.search(_around(c, 64, 64)))


#: A figure that describes one past occasion, not a level that moves: "21,000 people took
#: part in Saturday's march", "the ferry ... was carrying 310 people", "140 aboard".  Two
#: such figures hours apart still disagree.
_FIXED_OCCASION = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)'s\b"
    r"|\baboard\b|\bon\s+board\b|\b(?:was|were)\s+carrying\b",
    re.I,
)


_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_OCCASION_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\b", re.I
)
#: Round 50: the day a body spoke, not the day of the occasion: "the group said on Tuesday".
_SAID_DAY = re.compile(
    r"\b(?:said|says|told|reported|announced|added|stated)\s+(?:on\s+)?(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
_SINCE = re.compile(r"\bsince\b|\bso\s+far\b|\bin\s+all\b|\bwhole\b|\bentire\b", re.I)


def other_occasions(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Are two figures about different occasions?  One names its occasion by a day
    ("Wednesday's strike had cost 8,900 vehicles") and the other is about another day
    ("by midday on Wednesday" vs "joined Friday's stoppage") or a running period ("since
    Wednesday", "so far")."""
    qa, qb = str(a.get("quote") or ""), str(b.get("quote") or "")
    oa = {d.lower() for d in _OCCASION_DAY.findall(qa)}
    ob = {d.lower() for d in _OCCASION_DAY.findall(qb)}
    if not (oa or ob) or oa == ob:
        return False
    for occ, other in ((oa, qb), (ob, qa)):
        # round 50: a weekday only as the day a body spoke ("At least 23 people died
        # during last week's crossing attempt, the group said on Tuesday") names no
        # other occasion than "Friday's attempt"
        days = {d.lower() for d in _WEEKDAY.findall(_SAID_DAY.sub(" ", other))}
        if occ and ((days and not occ & days) or _SINCE.search(other)):
            return True
    return bool(oa and ob)


def fixed_occasion(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence tie it to one past occasion (see _FIXED_OCCASION)?"""
    return bool(_FIXED_OCCASION.search(str(c.get("quote") or "")))


#: Nouns for people as such (not a named group: miners, soldiers, patients keep their keys).
_PEOPLE = frozenset(
    {"people", "persons", "residents", "inhabitants", "villagers", "locals", "tourists"}
    | {"holidaymakers", "evacuees", "families", "displaced", "homeless", "civilians"}
)
#: Words next to a count of people that say they are out of their homes: evacuated,
#: moved out, forced to leave, fled, displaced, sheltering, in tents or relief centres.
_DISPLACED = re.compile(
    r"\bevacuat\w*|\bmoved\s+(?:\w+\s+)?(?:out|away)\b|\bforc\w*\s+(?:\w+\s+){0,5}?to\s+"
    r"(?:leave|flee|abandon)\b|\bfled\b|\bflee\w*|\bdisplaced\b|\bshelter\w*|\btents?\b"
    r"|\b(?:evacuation|relief|reception|emergency)\s+(?:cent(?:re|er)s?|camps?)\b"
    r"|\bhomeless\b|\bleft\s+their\s+homes\b|\bout\s+of\s+their\s+homes\b"
    r"|\bspent\s+the\s+night\s+in\b|\bsports\s+halls?\b",
    re.I,
)
_DISPLACEABLE = frozenset(
    {"count", "strength", "displaced", "destroyed", "arrived", "evacuated", "affected"}
)


#: The one key of people out of their homes (:func:`displaced_people`; the brain files it).
DISPLACED_KEY = "people|displaced"


def displaced_people(c: Mapping[str, Any], metric_key: str) -> bool:
    """Is the figure a count of people out of their homes ("forcing around 600 people to
    leave", "1,500 people have been moved out", "2,300 people sheltering in schools",
    "300 evacuees", "1,800 people spent the night in tents")?  One event quantity,
    ``people|displaced``, whatever the noun and verb."""
    subject, _, prop = metric_key.partition("|")
    if subject.rsplit(" ", 1)[-1] not in _PEOPLE or prop.split("|", 1)[0] not in _DISPLACEABLE:
        return False
    if subject in ("evacuees", "displaced", "homeless"):
        return True
    return bool(_DISPLACED.search(_around(c, 48, 64)))


#: What a sum of money is, by the nearest such word before it in its clause: a fine
#: ("fined the company 250,000 guilders"), money paid or given out ("a compensation fund of
#: 30 million talers", "released 5 million talers"), a damage, loss or bill ("put the
#: damage at 45 million talers", "the repair bill to 19 million"), money frozen ("frozen 41
#: million sols").  Verbs that take any object ("raised", "lost", "seized", "sold") are
#: left out: they count passengers and jobs too; so are takings ("a profit of 85 million"):
#: a firm's accounts are background, and apart from the bare key they would open it anew.
_MONEY_ROLES: tuple[tuple[str, str], ...] = (
    ("fine", r"fine[sd]?|fining|penalt(?:y|ies)|bail"),
    (
        "paid",
        r"funds?|funding|compensat\w*|subsid(?:y|ies)|credit\s+line|grants?|set\s+aside"
        r"|budget(?:ed)?|payments?|paid|repaid|repay|payouts?|refunds?",
    ),
    ("damage", r"damages?|loss(?:es)?|bill|overcharged|overbill(?:ed|ing)|owed|owes|debts?"),
    ("seized", r"froze|frozen|freeze|confiscat\w*|recovered"),
)
_MONEY_ROLE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _MONEY_ROLES) + r")\b", re.I
)
#: How far before the sum its money word may stand (characters).
_ROLE_REACH = 40
#: A verb of its own between the money word and the sum: the sum is that verb's object.
_GAP_VERB = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|can|left|leaves|said|says)\b", re.I
)
#: Where a figure's clause begins: a sentence stop, a semicolon or a colon before it.
_CLAUSE_STOP = re.compile(r"[;:]|\.\s")


#: A noun counted in millions or billions: "45 million talers", "2.3 billion florins".
_IN_MILLIONS = re.compile(r"\b(?:million|billion|bn|mln)\s+([a-z]+)", re.I)


def sum_nouns(quotes: Iterable[str]) -> frozenset[str]:
    """The nouns an article counts in millions or billions ("45 million talers"): the
    currencies it names, invented or not (for :func:`money_role`)."""
    return frozenset(m.group(1).lower() for q in quotes for m in _IN_MILLIONS.finditer(q))


def money_role(
    c: Mapping[str, Any], metric_key: str, money: Collection[str] | None = None
) -> str | None:
    """What a large sum counted under a bare noun key is ("fined Varnel Chemicals 3.5
    million florins": ``florins|count``; invented and unlisted currencies are counted
    nouns to the extractor): ``fine``, ``paid``, ``damage`` or ``seized``, from the
    nearest money word at most 40 characters before it in its clause with no verb of its
    own between them.  None when there is no such word, the key has a property or
    dimension of its own, the noun counts people or is not one of ``money`` (the
    article's :func:`sum_nouns`, when given), or the figure is under 1,000.  Under one
    bare currency key a story's fine, fund and damage estimate read as one quantity
    (round 28: 19 false updates on holdout21-30 against 12 right, e.g. "fined 250,000
    guilders" updating "can claim up to 20,000 guilders"); keyed by role (the brain
    appends it to the key), each sum updates only a sum of its kind."""
    subject, _, prop = metric_key.partition("|")
    if prop != "count" or not subject or subject.rsplit(" ", 1)[-1] in _PEOPLE:
        return None
    if money is not None and subject.rsplit(" ", 1)[-1] not in money:
        return None  # "130,000 households not paid": a count, not a sum
    v = c.get("value")
    if v is None or abs(float(v)) < 1000:
        return None
    quote, _text, i = _in_sentence(c)
    if i < 0:
        return None
    clause = _CLAUSE_STOP.split(quote[:i])[-1]
    last = None
    for m in _MONEY_ROLE.finditer(clause):
        last = m
    # the money word governs the sum: "fined the builder Kessel Bau 250,000", "put the
    # damage to civilian property at 45 million", not a word earlier in a long clause
    if last is None or len(clause) - last.end() > _ROLE_REACH:
        return None
    if _GAP_VERB.search(clause[last.end() :]):
        # "the welfare payment system has left 84,000 households": another verb's object
        return None
    return last.lastgroup


def bare_sum(c: Mapping[str, Any], metric_key: str) -> bool:
    """Is the figure a sum counted under a bare noun key: the key's subject is one word the
    sentence counts in millions or billions (:func:`sum_nouns`: "22 million florins" filed
    ``florins|cost``, "1.4 million talers" ``talers|count``), not people?  Such a key says
    in what the sum is counted, not what it is: a story's clean-up cost, its fund and a
    bank's deposits share it (see ``decide``, round 32)."""
    subject = metric_key.partition("|")[0]
    if not subject or " " in subject or subject in _PEOPLE:
        return False
    return subject in sum_nouns([str(c.get("quote") or "")])


def plain_count(metric_key: str) -> bool:
    """Is the key a plain count or measure of a noun, with no event or role ("homes|count",
    "crops|count|area", "crude oil|count|volume"; not "homes|destroyed")?  It says what is
    counted and in what unit, not what happened to it."""
    subject, _, rest = metric_key.partition("|")
    return bool(subject) and "?" not in subject and rest.split("|")[0] == "count"


#: A number in a sentence with its scale word ("9.6 million", "2.9 billion", "900,000").
_SENTENCE_NUMBER = re.compile(
    r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|bn|mln))?\b", re.I
)
_SCALE = {"million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9}
#: "The bank put its final loss at 1.2 billion": a final figure replaces the estimates.
_FINAL = re.compile(r"\bfinal\b", re.I)


def sentence_values(c: Mapping[str, Any]) -> list[float]:
    """The values of the other numbers written in digits in the figure's sentence ("7.2
    million crowns, below the at least 9.6 million crowns cited in the indictment" ->
    [9600000.0]): the figures it sets itself against."""
    quote, text, i = _in_sentence(c)
    out: list[float] = []
    for m in _SENTENCE_NUMBER.finditer(quote):
        if 0 <= i <= m.start() < i + len(text):
            continue  # the figure itself
        v = float(m.group(1).replace(",", ""))
        out.append(v * _SCALE.get((m.group(2) or "").lower(), 1.0))
    return out


def revision(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence say it corrects or revises an earlier figure, does a
    source move its own count to the figure ("raised its count of vehicles ... to 58"),
    or is the figure what a cut leaves ("has withdrawn most of the troops ..., leaving
    about 2,000")?"""
    return _revision(str(c.get("quote") or ""), str(c.get("text") or ""))


#: Round 41: "was 410, not 340, after it added the chains' own-label versions": a figure
#: put right against another, the speaker's own step given as the reason -- the body
#: correcting its own earlier figure, not a rival's ("because the governor counts only the
#: buses" names another body's way of counting, and is no correction).
_NOT_AFTER_OWN = re.compile(
    r",\s+not\s+(?:the\s+)?\S+(?:\s+[a-z]+)?,\s+(?:after|once|now\s+that|because|as)\s+"
    r"(?:it|we)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:added|included|counted|recounted"
    r"|found|checked|corrected|reviewed|discovered|re-?examined|took\s+in|brought\s+in)\b",
    re.I,
)


#: Round 52: the source's own earlier reading named as the point the figure moved from:
#: "120 shops had now been found damaged, up from its first count".
_UP_FROM_OWN = re.compile(
    r"\b(?:up|down)\s+from\s+(?:its|their)\s+(?:own\s+)?(?:earlier|previous|first|initial"
    r"|original)\s+(?:count|figure|estimate|tally|number|toll|total)s?\b",
    re.I,
)


def revised_from_earlier(c: Mapping[str, Any]) -> bool:
    """Is the figure a revision (:func:`revision`) by another sign than only "up from its
    first count" (:data:`_UP_FROM_OWN`)?  That one says the figure moved from an earlier
    figure of the key, which it then updates; it does not make a first figure of the key
    an update of a figure the ledger does not hold (another figure of its sentence, or
    the sentence's own first count under another key, as often)."""
    return _revision(str(c.get("quote") or ""), str(c.get("text") or ""), from_own=False)


@lru_cache(maxsize=_CUES)
def _revision(quote: str, text: str, from_own: bool = True) -> bool:
    if _REVISION.search(quote) or _recounted(quote, text):  # recount()
        return True
    if from_own and _UP_FROM_OWN.search(quote):
        return True
    if _NOT_AFTER_OWN.search(quote):
        return True
    i = quote.find(text) if text else -1
    before = quote[max(0, i - 120) : i]
    if i > 0 and _CONCEDED_THAT.search(before) and _NOT_M.match(quote[i + len(text) :]):
        return True
    return i > 0 and bool(
        _OWN_COUNT_MOVED.search(before)
        or _CUT_LEAVING.search(before)
        or _BODY_COUNT_MOVED.search(before)
    )


#: A body conceding a figure against its own earlier one: "The navy acknowledged on March
#: 12 that three of its ships were hit in the attack, not two" -- the speaker's own count
#: put right (an update), not a rival's reading.
_CONCEDED_THAT = re.compile(
    r"\b(?:acknowledg|admit|conced)\w*\s+(?:on\s+\S+(?:\s+\d+)?\s+|today\s+|yesterday\s+)?that\s+$",
    re.I,
)
#: ... with the figure denied later in its clause: "..., not two".
_NOT_M = re.compile(r"[^,;.]{0,80},\s+not\s+(?:the\s+)?\S+[,.]")


def recount(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence say the count was redone or put right by name ("not five
    as first reported", "after an inventory", "a recount")?  Such a figure is an update
    of the earlier count, whatever its size and direction.  Not when the figure is what
    the recount covers (:data:`_RECOUNT_SCOPE`)."""
    return _recounted(str(c.get("quote") or ""), str(c.get("text") or ""))


#: Round 44: the figure is the scope of the recount, not its result: "ordered a recount of
#: 180,000 ballots", "a recount in 212 polling stations" (a recount "extended ... to 460
#: polling stations" moves that scope on: still the recount's).
_RECOUNT_SCOPE = re.compile(
    r"\b(?:recount|re-count|audit|inventory)\b[^.;,]{0,40}?\b(?:of|in|at)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def _recounted(quote: str, text: str) -> bool:
    if not _RECOUNT.search(quote):
        return False
    i = quote.find(text) if text else -1
    return not (i > 0 and _RECOUNT_SCOPE.search(quote[max(0, i - 80) : i]))


#: Distances locate an event ("about 600 metres underground", "4 nautical miles off the
#: island", "10 km deep", "visibility below 50 metres"); no labelled stream asks for one.
#: Millimetres and centimetres (rain, snow) are amounts, not places.
DISTANCE_UNITS = frozenset({"m", "km", "mi", "nmi", "ft", "yd", "miles", "metres", "meters"})


#: Plural nouns without a final -s, and collective nouns that name several people or
#: things ("3,000 police", "a crowd of 18,000", "12 crew").
_PLURAL_WORDS = frozenset(
    """people police children men women crew staff personnel cattle livestock poultry
    aircraft crowd military dead wounded injured missing displaced homeless youth feet
    sheep fish deer folk power""".split()  # noqa: SIM905
)


def counts_things(c: Mapping[str, Any], metric: str) -> bool:
    """Does a plain count name the things it counts?

    A count of more than one thing names them in the plural ("3,200 people", "65
    flights", "14 shelters"). When the noun phrase the extractor took as the counted
    subject ends in a singular word, that word is a time, a place, an owner or a verb
    ("12 noon", "1110 Ponce de Leon Avenue", "around the Volcan de Fuego has risen to
    3,200", "the union's 43,000", "bringing the number to 28"), not what is counted:
    nothing says what the figure counts. Only for plain counts (property ``count``, no
    unit of measure): a toll, a sum of money or a share names its quantity by itself.
    """
    if "|" not in metric or c.get("property") != "count" or _unit(c) in MEASURE_UNITS:
        return True
    v = c.get("value")
    if v is None or abs(float(v)) <= 1:
        return True
    subject = metric.split("|", 1)[0]
    if "?" in subject:
        return True  # no subject at all: a key of its own, handled by the extractor
    if plural_noun(subject.rsplit(" ", 1)[-1]) or _compound_plural(subject.rsplit(" ", 1)[-1]):
        return True
    # round 53: a ballot's count names its voters by the vote ("1,210 members voted to
    # accept and 380 voted against", "6,100 in favour and 1,700 against")
    quote, text, i = _in_sentence(c)
    return i >= 0 and (
        bool(_BALLOT_AFTER.match(quote[i + len(text) :])) or named_around(c, subject)
    )


#: Round 69: words that end a count's noun phrase before its noun ("of", an article, a
#: verb of being, a preposition, a number): the noun is then not right after the figure.
_NP_STOP = re.compile(
    r"(?:of|the|an?|its|their|his|her|our|this|that|these|those|were|was|had|have|has|are"
    r"|is|be|been|in|at|on|to|for|from|by|with|as|than|times|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|dozen|hundred|thousand|million)"
)
#: Round 69: a count's first word that makes it a step or rest of a count the story holds.
_STEP_WORD = re.compile(r"other|further|more|additional|remaining|another|extra")
_NP_WORD = re.compile(r"""\s*[“"']?([A-Za-z][\w-]*)[”"']?""")
#: Round 69: "of them" right after a count: a part of the plural named before.
_OF_THEM = re.compile(r"^\s+of\s+them\b", re.I)
#: Round 69: the second of two candidates' vote counts, its noun left out ("Varga
#: received 21,400 votes and Brenner 19,800").
_VOTES_ELLIPSIS = re.compile(
    r"\b(?:received|won|got|polled|took)\s+[\d,.]+(?:\s+(?:million|thousand))?\s+votes\b"
    r"[^.;]{0,60}?\band\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+$"
)


def named_around(c: Mapping[str, Any], subject: str) -> bool:
    """Round 69: does a plain count name what it counts next to it, though the key's
    subject is another word?  The extractor took a modifier for the subject and the
    plural noun follows it ("60,000 former and current borrowers", "140,000 automated
    "bot" accounts", "23 privately owned vintage jets": the subject's first word is the
    word after the figure, a plural noun closes the phrase within four words, no "of",
    article, verb of being, preposition or number between; not a step, "13 other ...", nor
    a participle, "172,000 recalled dryers", the state of things the story counts under
    its act's own key, often the other side of a count); the count is a part of a
    plural just named ("had inspected 310 boats and ordered 17 of them to stay in
    port"); or it is the second of two vote counts with its noun left out ("Varga
    received 21,400 votes and Brenner 19,800")."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    after = quote[i + len(text) :]
    if _OF_THEM.match(after):
        return True
    if _VOTES_ELLIPSIS.search(quote[max(0, i - 120) : i]) and re.match(r"\s*(?:[,.;]|$)", after):
        return True
    pos, words = 0, list[str]()
    while len(words) < 4:
        m = _NP_WORD.match(after, pos)
        if not m:
            break
        words.append(m.group(1))
        pos = m.end()
    if len(words) < 2 or words[0].lower() != subject.split(" ")[0]:
        return False
    if _STEP_WORD.fullmatch(words[0].lower()):
        return False  # "Thirteen other suspended players": a step of a count held elsewhere
    if words[0].lower().endswith("ed"):
        return False  # "172,000 recalled dryers": a state of things counted elsewhere
    for k, w in enumerate(words):
        lw = w.lower()
        if _NP_STOP.fullmatch(lw):
            return False
        if k and w[0].islower() and plural_noun(lw):
            return True
        if lw in ("and", "or") and k == 0:
            return False
    return False


#: Round 63: plurals the ``-s`` test misses: a compound of a plural word ("fishermen",
#: "starfish", "spacecraft") and nouns alike in both numbers ("salmon", "bison").
_COMPOUND_PLURAL = re.compile(
    r"^(?:[a-z]{3,}(?:men|fish|craft|people)|salmon|trout|bison|moose|elk|swine|offspring)$"
)


def _compound_plural(word: str) -> bool:
    """Round 63: is ``word`` a plural the ``-s`` test misses ("fishermen", "salmon")?"""
    return bool(_COMPOUND_PLURAL.match(word)) and word not in ("specimen", "abdomen", "regimen")


#: A count of votes cast by the words after it: "and 380 voted against", "and 1,700
#: against", "2,110 had voted to reject".
_BALLOT_AFTER = re.compile(
    r"^\s+(?:members\s+)?(?:had\s+|have\s+)?"
    r"(?:voted\s+(?:for|against|in\s+favou?r|to\s+\w+)|against|in\s+favou?r)\b",
    re.I,
)


def plural_noun(word: str) -> bool:
    """Is ``word`` (lower case) a plural or collective noun: "people", "crew", "workers"?"""
    if word in _PLURAL_WORDS or word in _PEOPLE:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def numbered_items(c: Mapping[str, Any], metric: str) -> bool:
    """Does a plain count's number name items rather than count them: "sections 322 and
    427 of the penal code", "diverted between exits 781 and 787", "called the emergency
    number 112"?  The counted noun (or "number") stands right before the number, as a
    label does ("Route 9", "Gate 4"); a count puts it after ("322 sections")."""
    if c.get("property") != "count" or _unit(c) in MEASURE_UNITS or "|" not in metric:
        return False
    quote, text, i = _in_sentence(c)
    head = metric.split("|", 1)[0].rsplit(" ", 1)[-1]
    if i < 0 or not re.fullmatch(r"\d+", text):
        return False
    if re.search(r"\b(?:number|no\.)\s+$", quote[:i], re.I):
        return True  # "called the emergency number 112", "platform No. 4"
    return "?" not in head and bool(re.search(rf"\b{re.escape(head)}\s+$", quote[:i], re.I))


#: The size of a place or facility, not a figure of the event: "in this coastal town of
#: about 30,000 people", "an archipelago of more than 7,600 islands", "in centres designed
#: for about 2,000".
_PLACE_SIZE = re.compile(
    r"\b(?:town|city|village|country|nation|islands?|archipelago|state|province|district"
    r"|region|community|municipality|suburb|capital|county)\s+of\s+$"
    r"|\b(?:designed|built|meant|intended|equipped)\s+(?:to\s+\w+\s+)?(?:for|to\s+hold)\s+$"
    r"|\bcapacity\s+(?:of|for)\s+$",
    re.I,
)


def size_of_place(c: Mapping[str, Any]) -> bool:
    """Is the figure the population or capacity of a place ("a town of about 30,000
    people", "centres designed for about 2,000")?  Scenery: recorded, never announced,
    never compared."""
    quote, _, i = _in_sentence(c)
    return i > 0 and bool(_PLACE_SIZE.search(quote[:i]))


#: Words just before a number that make it a person's age: "aged 78 and 81" (the second
#: age), "a man of about 60", "a boy of about ten", "children under four".
_AGE_BEFORE = re.compile(
    r"(?:\bage[sd]?\s+(?:between\s+)?\d+\s*(?:,|and|to|-|–)\s*"
    r"|\b(?:man|woman|boy|girl|child|person|baby|infant|teenager|pensioner)\s+of\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?"
    r"|\b(?:children|child|babies|infants|kids|boys|girls)\s+(?:under|over|below|above)\s+)$",
    re.I,
)


#: Words just before a number that make it the method behind a figure, not a figure of
#: the story: "based on a random sample of 1,500 polling stations", "a survey of 1,800
#: member companies", "a margin of error of 0.4 percentage points"; and a division of a
#: chamber, "approved by 212 votes to 64".
_METHOD_BEFORE = re.compile(
    r"(?:\b(?:sample|survey|poll|questionnaire)\s+of\s+(?:about\s+|around\s+|some\s+|more\s+than\s+)?"
    r"|\bmargin\s+of\s+error\s+(?:of\s+)?(?:plus\s+or\s+minus\s+)?"
    r"|\bby\s+|\bvotes?\s+to\s+)$",
    re.I,
)
_VOTES_AFTER = re.compile(r"^\s+votes?\s+to\s+\d", re.I)


def method_figure(c: Mapping[str, Any]) -> bool:
    """Is the figure the method behind another figure (a sample's or survey's size, a
    margin of error) or a chamber's division ("by 212 votes to 64")?"""
    quote, text, i = _in_sentence(c)
    if i <= 0:
        return False
    before = quote[max(0, i - 60) : i]
    m = _METHOD_BEFORE.search(before)
    if m is None:
        return False
    word = m.group(0).strip().lower()
    if word == "by":
        return bool(_VOTES_AFTER.match(quote[i + len(text) :]))  # "by 212 votes to 64"
    if word.startswith("vote"):
        return bool(re.search(r"\bby\s+\d[\d,]*\s+votes?\s+to\s+$", before, re.I))
    return True


#: A count of places after "in / at / across": where something happened, not how much
#: ("demonstrated in more than 200 towns and cities", "searching at 14 sites", "in five of
#: the province's 14 districts", "arriving at two former collective farms").
_SPREAD_BEFORE = re.compile(
    r"\b(?:in|at|across|over)\s+(?:(?:more\s+than|at\s+least|about|around|some|nearly"
    r"|almost|over|up\s+to|all)\s+)?$",
    re.I,
)
_PLACE_NOUNS = re.compile(
    r"^\s+(?:of\s+(?:the|its|their)\s+(?:\w+\s+){0,2})?(?:[\w-]+\s+){0,2}?"
    r"(?:towns?|cities|villages?|sites?|provinces?|districts?|regions?|countries|locations?"
    r"|places?|municipalities|states|counties|communities|areas|farms?|centres|centers"
    r"|polling\s+stations|stations)\b",
    re.I,
)


def spread_over(c: Mapping[str, Any]) -> bool:
    """Is the figure a count of the places something happened in ("in more than 200
    towns and cities", "at 14 sites")?  It says where, not how much."""
    quote, text, i = _in_sentence(c)
    if i <= 0 or not _SPREAD_BEFORE.search(quote[max(0, i - 40) : i]):
        return False
    return bool(_PLACE_NOUNS.match(quote[i + len(text) : i + len(text) + 60]))


#: The words after a figure that make it the size of a correction: "saying four victims
#: had been registered twice", "three patients had been counted twice", "were
#: double-counted".  The corrected total is the reading; the number counted twice is not.
_TWICE_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:had|have|has)?\s*(?:been|were|was)\s+(?:(?:counted|registered"
    r"|recorded|listed|reported|included)\s+twice|double[- ]counted)\b",
    re.I,
)


def counted_twice(c: Mapping[str, Any]) -> bool:
    """Is the figure the number of entries a correction removed ("saying one victim had
    been counted twice")?"""
    quote, text, i = _in_sentence(c)
    return i >= 0 and bool(_TWICE_AFTER.match(quote[i + len(text) : i + len(text) + 80]))


def age_of_person(c: Mapping[str, Any]) -> bool:
    """Is the figure a person's age by the words just before it ("a man of about 60",
    "aged 78 and 81", "children under four")?"""
    quote, text, i = _in_sentence(c)
    lead = re.match(r"(?:under|over|below|above)\s+", text, re.I)  # "under four" is the text
    before = quote[max(0, i - 60) : i] + (lead.group(0) if lead else "")
    return i > 0 and bool(_AGE_BEFORE.search(before))


#: What befalls a story's people or things, said of a count (round 53): they died, were
#: arrested, held, suspended, charged, released, rescued or evacuated, tested positive or
#: fell ill, are in intensive care or in custody, were closed, shut or grounded.
_BEFELL = (
    r"(?:killed|died|dead|drowned|injured|hurt|missing|arrested|detained|held\b|suspended"
    r"|charged|convicted|sentenced|released|freed|rescued|evacuated|admitted|hospitali[sz]ed"
    r"|infected|tested\s+positive|f[ae]l+e?n?\s+ill|intensive\s+care|critical\s+condition"
    r"|custody|put\s+down|amputated|sickened|poisoned|laid\s+off|fired|dismissed|resigned"
    r"|quarantined|isolated|stranded|trapped|closed|shut|grounded)"
)
#: The count as the subject: a passive or a state after it ("four members of staff had
#: been suspended", "Nine of the patients are in intensive care", "Two nurses at the
#: district hospital ... have tested positive"), or an intransitive ("One pupil, a
#: seven-year-old boy, died in hospital").  Within its clause: no comma but an apposition's.
_BEFELL_AFTER = re.compile(
    r"^(?:[^.;:,]|,\s+(?:a|an|aged)\s[^.;:,]{0,50},){0,80}?\b"
    r"(?:(?:were|was|are|is|have|has|had|been|now)\b[^.;:]{0,25}?\b"
    + _BEFELL
    + r"|(?:died|drowned|fell\s+ill|perished)\b)",
    re.I,
)
#: The count as the object of such a verb: "suspended two executives", "convicted nine
#: police officers", "closed nine beaches".
_BEFELL_BEFORE = re.compile(
    r"\b(?:suspend|arrest|detain|convict|charg|sentenc|kill|rescu|evacuat|freed|free|releas"
    r"|hospitali[sz]|infect|sicken|admitt|fir|dismiss|laid\s+off|lay\w*\s+off|clos|shut|ground)"
    r"(?:ed|ing|s)?\s+(?:at\s+least\s+|about\s+|around\s+)?$",
    re.I,
)
#: What stands between a count and its verb and names no other count: a partitive's
#: whole ("Nine of the 21 crew members") and an apposition ("One pupil, aged 7,").
_BEFELL_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_BEFELL_OWN = re.compile(
    r"^\s*of\s+(?:the|its|their)\s+(?:[\d,]+|" + _BEFELL_NUMBER + r")\b"
    r"|,\s+(?:a|an|aged)\s[^.;:,]{0,50},",
    re.I,
)
#: A count that is part of a list or a group named before it ("Fifteen people, including
#: seven players", "residents of two buildings", "All nine have been released"), not the
#: subject of the verb after it.
_BEFELL_PART = re.compile(r"\b(?:including|of|among|with|all(?!\s+but\b))\s+(?:\w+\s+)?$", re.I)
#: A state that holds on ("Two remain in intensive care", "four were still in custody")
#: is the next reading of a count the story already holds; a negation ("had not been
#: found among the injured") says the count was not what the verb says.
_BEFELL_HOLDS = re.compile(r"\b(?:remain\w*|still|not|never|no)\b", re.I)


#: Round 54: the general form of what befell a count -- a past-tense event verb whose
#: subject is the count ("Seven homes fell into the sea", "nine of the thirteen cavers had
#: been brought out", "Two junior ministers resigned"), close after the counted noun.  Not
#: a verb of having or saying (had, included, numbered, comprised, said ...), not a
#: modal's ("will be sentenced": what may befall them), not the next words of a list.
_EVENT_IRREGULAR = (
    r"(?:fell|fallen|stole|stolen|went|gone|took|taken|found|held|hit|lost|left|brought"
    r"|caught|struck|sank|sunk|shot|led|fled|broke|broken|burnt|burned|seized|thrown|threw"
    r"|swept|ran|bit|bitten|quit|sent|sold|won|beaten|spent|withdrew|withdrawn|froze"
    r"|frozen|blew|blown|shut|hurt)"
)
_EVENT_NOT = (
    r"(?:said|had|included|numbered|comprised|remained|needed|used|called|named|owned"
    r"|housed|employed|contained|wanted|added|expected|estimated|reported|counted|listed"
    r"|stated|noted|believed|planned|scheduled|based|located|aged|hoped|feared|announced"
    r"|appeared|combined|agreed|asked|recorded|registered|logged|confirmed|identified)"
)
_EVENT_PAST = r"(?:(?!" + _EVENT_NOT + r"\b)[a-z]+ed|" + _EVENT_IRREGULAR + r")"
#: An intransitive verb of what befell a count, without an auxiliary ("Seven homes fell
#: into the sea", "Two junior ministers resigned").
_EVENT_BARE = (
    r"(?:fell|resigned|crashed|sank|capsized|collapsed|escaped|vanished|disappeared"
    r"|went\s+missing|quit|defected|fled)"
)
_EVENT_STOP = (
    r"(?:more|others?|further|that|who|which|and|or|but|in|on|at|with|from|to|for|by|of"
    r"|into|through|behind|over|under|after|before|near|off|up|out|about|than|as|will"
    r"|would|can|could|must|may|might|should|be|is|are)"
)
#: The count's noun phrase (a partitive's whole, up to three words, an apposition), then
#: the verb, with an auxiliary (group 2) or bare.
_EVENT_AFTER = re.compile(
    r"^((?:\s+of\s+(?:the|its|their)\s+[\w,]+)?(?:\s+(?!" + _EVENT_STOP + r"\b)[\w'-]+){0,3}?"
    r"(?:,\s+(?:a|an|aged)\s[^.;:,]{0,50},)?)\s+"
    r"(?:((?:were|was|(?:have|has|had)\s+been)(?:\s+being)?\s+)"
    + _EVENT_PAST
    + r"|(?:(?:have|has|had)\s+)?"
    + _EVENT_BARE
    + r")\b",
    re.I,
)

#: A count set against another in its sentence ("fewer than the 12 reported last week",
#: "up from six") is the next reading of a count, not the first of what befell.
_EVENT_REVISED = re.compile(
    r"\b(?:fewer|more|less|up|down|higher|lower)\s+(?:than|from)\s+(?:the\s+)?[\d]", re.I
)


def befell_event(quote: str, text: str, i: int) -> bool:
    """Is the count at ``quote[i:]`` the subject of a past-tense event verb: "Seven homes
    fell into the sea", "nine of the thirteen cavers had been brought out", "Two junior
    ministers resigned"?  Not an increment ("two more were found"), not a participle
    before or after a noun ("three parked cars", "nine maps stolen from"), not a state
    that holds on, another count's verb or part of a list (round 54)."""
    rest = quote[i + len(text) :]
    if re.match(r"\s+(?:more|others?|further|additional|new)\b", rest, re.I):
        return False
    if re.search(r"\b\w+ing\s+(?:at\s+least\s+|about\s+|some\s+)?$", quote[max(0, i - 30) : i]):
        return False  # the object of a participle: "a plane carrying nine people crashed"
    m = _EVENT_AFTER.match(rest)
    if m is None or _BEFELL_HOLDS.search(m.group(0)):
        return False
    if re.match(r"\s+to\s+(?:have|be)\b", rest[m.end() :]) or _EVENT_REVISED.search(
        rest[m.end() :]
    ):
        return False  # "were found to have been left off"; "fewer than the 12 reported"
    if _NUMBERISH.search(_BEFELL_OWN.sub("", m.group(0))):
        return False
    return not _BEFELL_PART.search(quote[max(0, i - 30) : i]) and not re.search(
        r"\bbut\s+$", quote[max(0, i - 10) : i], re.I
    )


def befell(c: Mapping[str, Any]) -> bool:
    """Does the sentence say what befell the people or things a count counts: "four
    members of staff had been suspended", "Nine of the patients are in intensive care",
    "suspended two executives", "One pupil ... has died"?  Then a small plain count is the
    story's figure, not scenery ("two sports halls", "three streets away", "the two
    governments said"): the count of the people the story is about (round 53)."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    if _BEFELL_BEFORE.search(quote[max(0, i - 40) : i]):
        return True
    m = _BEFELL_AFTER.match(quote[i + len(text) :])
    if m is None or _BEFELL_HOLDS.search(m.group(0)):
        return befell_event(quote, text, i)
    # the verb is another count's ("Eight people were pulled from the water and three
    # were missing"); a partitive's whole ("Nine of the 21 crew members") and an
    # apposition ("One pupil, aged 7, died") are no other count
    own = _BEFELL_OWN.sub("", m.group(0))
    if _NUMBERISH.search(own):
        return False
    return not _BEFELL_PART.search(quote[max(0, i - 30) : i])


def newsworthy(c: Mapping[str, Any], metric: str = "") -> bool:
    """May this figure open a metric with a ``new_figure`` alert?

    A distance (a unit in DISTANCE_UNITS) locates the event; it is recorded, never
    announced, never compared.  A single-digit plain count of things with no measured
    property ("two passenger trains", "three villages") is scenery, not a figure to
    track: recorded, never announced, never compared (nothing says which workers "two
    workers" are).  A plain count whose subject is not a plural noun (``counts_things``)
    does not say what it counts: recorded, never announced, never compared.  An age
    ("the victims were aged between 12 and 41", "brothers aged 24 and 29") describes
    the people a story is about; it is not a figure of the story either, nor is the
    number of a numbered item (``numbered_items``: "exits 781 and 787") or the size of a
    place (``size_of_place``: "a town of about 30,000 people"), a person's age by the
    words before it (``age_of_person``), how a figure was made or a chamber voted
    (``method_figure``), a count of the places something happened in (``spread_over``)
    or the entries a correction removed (``counted_twice``).
    """
    v = c.get("value")
    if _unit(c) in DISTANCE_UNITS:
        return False  # where something happened (10 km deep, 600 metres away), not what
    if c.get("property") == "age" or age_of_person(c):
        return False  # who they are ("aged 24 and 29"), not how many or how much
    if method_figure(c) or spread_over(c) or counted_twice(c):
        return False  # how a figure was made, where it happened, what a correction removed
    if numbered_items(c, metric) or size_of_place(c):
        return False
    if not counts_things(c, metric):
        return False
    return not (
        c.get("property") == "count"
        and c.get("bound") in (None, "exact")
        and _unit(c) not in MEASURE_UNITS
        and v is not None
        and abs(float(v)) < 10
        and not befell(c)  # round 53: "four members of staff had been suspended"
    )


#: Round 63: dimensions of a change read as a delta that stay one: a share or ratio moved
#: ("fell 11 percent", "by a third"), points, a span of time, a length.
_DELTA_DIMS = frozenset({"share", "ratio", "fraction", "points", "time", "length", "distance"})
#: Round 63: a verb (or "by") right before the figure, which is then what the verb did:
#: "had lost 60 million euros in sales", "recovered 2,100 tonnes", "shot down 57 drones",
#: "cut output by 40,000 cars".
_DELTA_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|lost|losing|cut|up|down|by)\s+(?:(?:about|around|some|more\s+than"
    r"|at\s+least|nearly|almost|over|a\s+total\s+of)\s+)?$",
    re.I,
)


def delta_as_figure(c: Mapping[str, Any], metric: str) -> bool:
    """Round 63: is a count or sum the extractor read as a change (``change_is_delta``:
    the verb before it, "lost", "cut", "shot down", "picked up") what the verb did, a
    figure of its own: "its members had lost 60 million euros in sales", "Crews have
    recovered 4,800 barrels of oil", "air defences shot down 57 drones"?  Such a figure
    may open its key with a ``new_figure`` like any other (:func:`alertable` refuses a
    delta); a share, points, a span of time or a length that moved ("shares fell 11
    percent", "by two weeks"), a rate, a comparison ("10 million crowns less than") and a
    vague or hypothetical figure stay a change."""
    if not c.get("change_is_delta") or c.get("value") is None:
        return False
    if c.get("hedge") == "hypothetical" or c.get("vague"):
        return False
    dims = metric.split("|")[1:]
    if _DELTA_DIMS.intersection(dims) or any(d.startswith("per ") for d in dims):
        return False
    if _unit(c) in DISTANCE_UNITS:
        return False
    quote, text, i = _in_sentence(c)
    if i <= 0:
        return False
    rest = quote[i + len(text) :]
    if re.match(r"\s+(?:[\w-]+\s+)?(?:more|less|fewer|higher|lower)\b", rest, re.I):
        return False
    return bool(_DELTA_VERB_BEFORE.search(quote[max(0, i - 40) : i]))


#: Words of the weather: a wind speed, a temperature, rain or snow in a disaster story
#: describes conditions, it is not a figure of the story an analyst tracks.
_WEATHER = re.compile(
    r"\b(?:winds?|gusts?|gusting|temperatures?|heat\s+index|degrees|rain\w*|snow\w*"
    r"|precipitation|hail)\b",
    re.I,
)


def weather_reading(c: Mapping[str, Any], metric: str) -> bool:
    """Is the figure a weather reading ("gusts of 70 km/h", "46 degrees Celsius", "70
    centimetres of fresh snow", "more than 140 mm of rain")?  Recorded and compared like
    any figure, never announced as a ``new_figure``."""
    dims = set(metric.split("|")[1:])
    if "speed" in dims or "temperature" in dims:
        return bool(_WEATHER.search(str(c.get("quote") or "")))
    if "length" in dims:
        return bool(
            re.search(r"\b(?:rain\w*|snow\w*|precipitation)\b", str(c.get("quote") or ""), re.I)
        )
    return False


# --------------------------------------------------------------------------- intervals
def rounding_unit(v: float) -> float:
    """Place value of the last non-zero digit of |v| (1000 for 11000, 0.1 for 2.5)."""
    v = abs(v)
    if v == 0 or not math.isfinite(v):
        return 1.0
    if abs(v - round(v)) < 1e-9:
        n = round(v)
        unit = 1
        while n % 10 == 0:
            n //= 10
            unit *= 10
        return float(unit)
    s = f"{v:.6f}".rstrip("0")
    decimals = len(s.split(".")[1]) if "." in s else 0
    return 10.0 ** (-decimals)


def approx_radius(v: float, lo_pct: float = 0.025, hi_pct: float = 0.10) -> float:
    """Half-width of the band of an approximate figure ("around v")."""
    r = rounding_unit(v) / 2
    return min(max(r, lo_pct * abs(v)), hi_pct * abs(v))


def interval(c: Mapping[str, Any]) -> tuple[float, float]:
    """The interval of values a claim allows (see module doc)."""
    bound = c.get("bound") or "exact"
    v = c.get("value")
    lo, hi = c.get("low"), c.get("high")
    if c.get("vague") or bound == "range" or v is None:
        a = lo if lo is not None else (v if v is not None else -INF)
        b = hi if hi is not None else (v if v is not None else INF)
        if a is None or b is None:
            return (-INF, INF)
        return (float(min(a, b)), float(max(a, b)))
    v = float(v)
    if bound == "approx":
        r = approx_radius(v)
        return (v - r, v + r)
    if bound == "min":
        return (float(lo) if lo is not None else v, INF)
    if bound == "max":
        if lo is None and _NEAR_BELOW.match(str(c.get("text") or "")):
            # "nearly 200,000 households": close below the number, not anything up to it
            return (v * (1 - NEAR_BELOW_PCT), v)
        return (float(lo) if lo is not None else min(0.0, v), v)
    return (v, v)


#: Bounds that stay close to their number: "nearly 200,000", "almost 5,000", "just under".
_NEAR_BELOW = re.compile(r"\s*(?:nearly|almost|just\s+(?:under|below|short\s+of))\b", re.I)
#: How far below its number such a bound reaches (the widest ``approx_radius``).
NEAR_BELOW_PCT = 0.10


def gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Relative gap between two intervals: 0 when they overlap."""
    if a[1] < b[0]:
        lo_end, hi_end = a[1], b[0]
    elif b[1] < a[0]:
        lo_end, hi_end = b[1], a[0]
    else:
        return 0.0
    scale = max(abs(lo_end), abs(hi_end), 1e-9)
    return (hi_end - lo_end) / scale


def representative(iv: tuple[float, float]) -> float:
    lo, hi = iv
    if math.isinf(hi) and math.isinf(lo):
        return 0.0
    if math.isinf(hi):
        return lo
    if math.isinf(lo):
        return hi
    return (lo + hi) / 2


def rel_diff(a: float, b: float) -> float:
    return abs(a - b) / max(abs(a), abs(b), 1e-9)


def jsonable_interval(iv: tuple[float, float]) -> list[float | None]:
    return [None if math.isinf(x) else x for x in iv]


def _from_json_iv(iv: list[float | None]) -> tuple[float, float]:
    lo, hi = iv
    return (-INF if lo is None else float(lo), INF if hi is None else float(hi))


# --------------------------------------------------------------------------- scope
def _norm(s: str | None) -> str | None:
    if s is None:
        return None
    s = re.sub(r"^(in|at|on|near|the)\s+", "", s.strip().lower())
    return re.sub(r"[^\w ]+", "", s).strip() or None


def hedge_class(h: str | None) -> str:
    if h in UNCOMPARABLE_HEDGES:
        return h or ""
    return "fact"


#: A figure of the whole country: "380,000 people had demonstrated nationwide", "put the
#: nationwide turnout at 1.4 million", "across the country".
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|countrywide|nationally|across\s+the\s+(?:country|nation)"
    r"|(?:all\s+)?over\s+the\s+country|in\s+the\s+whole\s+country)\b",
    re.I,
)


def nationwide(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence, near the figure, say it covers the whole country?"""
    return bool(_NATIONWIDE.search(_around(c, 60, 80)))


#: A period that runs up to the article's own moment: "this week", "this month", "so far".
_CURRENT_PERIOD = re.compile(r"^\s*(?:this\s+(?:week|month)|so\s+far)\s*$", re.I)
#: Round 30: the story's own span, named on one side of an article's two rival readings
#: ("1,300 shops ... in the past week", "4,200 students in this year's exams", "about 2.8
#: million talers since March", "30,000 fake notes since January 1"): no other occasion.
_STORY_SPAN = re.compile(
    r"^\s*(?:this\s+(?:week|month|year)|so\s+far|last\s+week(?:end)?"
    r"|(?:in|over)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?)"
    r"|since\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december|the\s+autumn|the\s+spring)(?:\s+\d{1,2})?"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december))\s*$",
    re.I,
)


def comparable_in_article(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """:func:`comparable` for two figures of one article: a figure without a time and one
    "this week" or "so far" speak of the same moment, the article's ("12,400 people had
    registered as displaced after this week's demolitions" / "at least 16,000 people had
    lost their homes"), where across articles a period against no time is kept apart."""
    if comparable(new, old):
        return True
    tn, to = new.get("time"), old.get("time")
    if bool(tn) == bool(to) or not _CURRENT_PERIOD.match(str(tn or to)):
        return False
    return comparable({**new, "time": None}, {**old, "time": None})


def rivals_comparable(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 30: :func:`comparable_in_article` for two figures the article already sets
    side by side as rival readings (:func:`decide`'s quarrel, calm-rival and rival-reading
    tests): a time on one side only that names the story's own span ("in the past
    week", "since March", "this year") does not make them two quantities ("The ministry
    said 1,300 shops had run out of sugar in the past week" / "the retailers'
    federation said its members' reports put the number at 2,700")."""
    if comparable_in_article(new, old):
        return True
    tn, to = new.get("time"), old.get("time")
    if tn and to and _YEAR_TO_DATE.match(str(tn)) and _YEAR_TO_DATE.match(str(to)):
        # round 41: "fired 900 interceptors since January" / "1,600 interceptors fired
        # this year": one span in two wordings
        return comparable({**new, "time": None}, {**old, "time": None})
    if bool(tn) == bool(to) or not _STORY_SPAN.match(str(tn or to)):
        return False
    return comparable({**new, "time": None}, {**old, "time": None})


#: Round 41: the year so far, in its wordings: "this year", "since January", "so far this
#: year", "since the start of the year".
_YEAR_TO_DATE = re.compile(
    r"^\s*(?:(?:so\s+far\s+)?this\s+year(?:\s+so\s+far)?|since\s+(?:early\s+)?jan(?:uary|\.)?"
    r"(?:\s+1(?:st)?)?|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\s*$",
    re.I,
)


#: Round 41: the story's span by an abbreviated month: "since Sept 3", "since Jan. 12".
_SINCE_MONTH = re.compile(
    r"^\s*since\s+(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2}\s*$", re.I
)


def span_of_story(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 41: are two figures one quantity but for a time on the new side only that
    names the story's own span (:func:`rivals_comparable`, or "since Sept 3")?  Asked for
    a figure whose own sentence disputes another's ("Eleven civilians have been killed
    ... since Sept 3, Border Watch said, nearly twice the official toll"): the span is
    the disputer's wording of the same toll, not another quantity."""
    if rivals_comparable(new, old):
        return True
    tn = new.get("time")
    if not tn or old.get("time") or not _SINCE_MONTH.match(str(tn)):
        return False
    return comparable({**new, "time": None}, old)


def scope_compatible(a: Mapping[str, Any], b: Mapping[str, Any], *, moments: bool = False) -> bool:
    pa, pb = _norm(a.get("place")), _norm(b.get("place"))
    if pa and pb and pa != pb and pa not in pb and pb not in pa:
        return False
    if (pa or pb) and nationwide(a) != nationwide(b):
        # the whole country against one place of it ("380,000 nationwide" after
        # "210,000 in Orlay"): two quantities
        n_place = pa if nationwide(a) else pb
        if not n_place:
            return False
    ta, tb = _norm(a.get("time")), _norm(b.get("time"))
    if moments and not any(_PERIOD.search(t) for t in (a.get("time"), b.get("time")) if t):
        return True
    if ta and tb:
        return ta == tb
    other = a.get("time") or b.get("time")
    return not (other and _PERIOD.search(other))


def of_a_period(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Round 30: is the earlier figure of a period that the new one does not name ("45
    million crowns on its fuel farm since 2020" against "cost ... about 45 million crowns
    in its first two days")?  Then an equal value is another quantity, not a copy."""
    t = old.get("time")
    return bool(t) and bool(_PERIOD.search(str(t))) and not new.get("time")


def _unit(c: Mapping[str, Any]) -> str | None:
    u = c.get("unit")
    return u.strip().lower() if isinstance(u, str) and u.strip() else None


#: Units of measure (not counted nouns): figures in different ones are never compared.
#: Every unit the extractor emits (lower-cased, as _unit() compares them), plus
#: spelled-out forms that hand-built or older claims may carry.
MEASURE_UNITS = frozenset(u.lower() for u in EXTRACTOR_MEASURE_UNITS) | frozenset(
    """
    usd eur gbp jpy cny rmb rub uah krw inr chf cad aud $ € £ ¥ % percent pct per cent km
    m cm mm mi miles kilometers kilometres meters metres ft feet kg g t tonnes tons lb mw
    gw kw kwh mwh gwh twh bbl barrels l liters litres c f celsius fahrenheit hectares ha
    acres km2 sq km square km mph km/h knots seconds minutes hours days weeks months years
    bps
    """.split()  # noqa: SIM905
)


def units_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Equal units, or counted nouns ("troops" vs "soldiers": the metric key already
    says what is counted); a unit of measure (currency, %, km...) must match exactly."""
    ua, ub = _unit(a), _unit(b)
    if ua == ub:
        return True
    return ua not in MEASURE_UNITS and ub not in MEASURE_UNITS


def alertable(c: Mapping[str, Any]) -> bool:
    """May this figure raise an alert at all (new_figure/update)?"""
    return (
        c.get("hedge") != "hypothetical"
        and not c.get("vague")
        and not c.get("change_is_delta")
        and c.get("value") is not None
    )


def comparable(
    new: Mapping[str, Any], old: Mapping[str, Any], *, moments: bool = False, scoped: bool = True
) -> bool:
    """May these two figures contradict each other (or one update the other)?

    ``moments``: readings of a state, whose time scopes ("Monday morning", "on Tuesday
    evening") are moments, not periods: two readings at different moments are still
    compared (the later one updates the earlier one).  ``scoped=False``: hedges and units
    only, not the places and times (for a figure that names the other by value).
    """
    for c in (new, old):
        if c.get("hedge") in UNCOMPARABLE_HEDGES or c.get("vague") or c.get("change_is_delta"):
            return False
    if not units_compatible(new, old):
        return False
    return not scoped or scope_compatible(new, old, moments=moments)


def running_count(c: Mapping[str, Any], metric_key: str, label: str) -> bool:
    """Does this metric normally only grow as a story develops (tolls, arrests, deliveries)?"""
    if _unit(c) in {"%", "percent", "per cent"}:
        return False
    text = " ".join(str(x) for x in (c.get("property"), metric_key, label) if x)
    return bool(_RUNNING.search(text))


# --------------------------------------------------------------------------- storage
def pack_entry(entry: Mapping[str, Any]) -> dict[str, Any]:
    """Table form of a ledger entry: each figure as one JSON string (few Python objects)."""
    return {
        "label": entry.get("label"),
        "new": bool(entry.get("new_alerted")),
        "figs": [
            json.dumps(f, separators=(",", ":"), ensure_ascii=False) for f in entry["figures"]
        ],
    }


def unpack_entry(
    stored: Mapping[str, Any] | None, *, story: str, metric: str
) -> dict[str, Any] | None:
    if stored is None:
        return None
    return {
        "story": story,
        "metric": metric,
        "label": stored.get("label"),
        "new_alerted": stored.get("new", False),
        # orjson parses what json.dumps wrote to the same objects, ~3x faster; what it
        # refuses (NaN, integers beyond 64 bits) goes through json (packed.loads)
        "figures": [_loads(f) for f in stored.get("figs", ())],
    }


# --------------------------------------------------------------------------- figures
def claim_identity(article_id: str, c: Mapping[str, Any]) -> str:
    return f"{article_id}:{c.get('start')}:{c.get('end')}:{c.get('value')}"


_CLAIM_DEFAULTS: dict[str, Any] = {
    name: (f.default if f.default is not MISSING else None)
    for name, f in Claim.__dataclass_fields__.items()
}


def trimmed_claim(c: Mapping[str, Any]) -> dict[str, Any]:
    """The claim's fields in Claim.to_dict() shape (missing ones None), quote capped."""
    d = {k: c.get(k, dflt) for k, dflt in _CLAIM_DEFAULTS.items()}
    if isinstance(d.get("quote"), str) and len(d["quote"]) > QUOTE_MAX:
        d["quote"] = d["quote"][: QUOTE_MAX - 1] + "…"
    return d


def compact_claim(c: Mapping[str, Any]) -> dict[str, Any]:
    """A claim as stored in the ledger: no metric/label (the entry has them), no empty fields."""
    return {
        k: v
        for k, v in trimmed_claim(c).items()
        if k not in ("metric", "metric_label") and v is not None and v is not False and v != ""
    }


def full_claim(c: Mapping[str, Any], metric: str, label: str) -> dict[str, Any]:
    """Undo :func:`compact_claim`: every Claim field, in the Claim.to_dict() shape."""
    defaults = {"change_is_delta": False, "vague": False}
    out = {k: c.get(k, defaults.get(k)) for k in _CLAIM_FIELDS}
    out["metric"], out["metric_label"] = metric, label
    return out


def new_figure_record(
    c: Mapping[str, Any], article: Mapping[str, Any], *, event_t: float, now_iso: str
) -> dict[str, Any]:
    ident = claim_identity(article["id"], c)
    return {
        "fid": "f-" + hashlib.sha256(ident.encode()).hexdigest()[:12],
        "iv": jsonable_interval(interval(c)),
        "claim": compact_claim(c),
        "article": {k: v for k, v in article.items() if v is not None},
        "first_seen": now_iso,
        "t": event_t,
        "outlets": [article.get("outlet") or article.get("id")],
        "sources": [c.get("source")] if c.get("source") else [],
        "support": [],
        "count": 1,
    }


_ARTICLE_KEYS = ("id", "url", "title", "outlet", "published_at")


def figure_as_side(fig: Mapping[str, Any], metric: str, label: str) -> dict[str, Any]:
    """A ledger figure in the alert's ``claim``/``against`` shape."""
    art = fig["article"]
    return {
        **full_claim(fig["claim"], metric, label),
        "interval": fig["iv"],
        "article": {k: art.get(k) for k in _ARTICLE_KEYS},
    }


def matches(c: Mapping[str, Any], fig: Mapping[str, Any], tolerance: float) -> bool:
    """Is claim c the same figure as fig (so it corroborates instead of adding)?"""
    fc = fig["claim"]
    point = {"exact", "approx"}
    if (c.get("bound") in point) != (fc.get("bound") in point):
        return False
    if c.get("bound") not in point and c.get("bound") != fc.get("bound"):
        return False
    if bool(c.get("vague")) != bool(fc.get("vague")) or bool(c.get("change_is_delta")) != bool(
        fc.get("change_is_delta")
    ):
        return False
    if hedge_class(c.get("hedge")) != hedge_class(fc.get("hedge")) or not units_compatible(c, fc):
        return False
    if _norm(c.get("place")) != _norm(fc.get("place")) and c.get("place") and fc.get("place"):
        return False
    if _norm(c.get("time")) != _norm(fc.get("time")):
        return False
    a, b = interval(c), _from_json_iv(fig["iv"])
    if c.get("bound") in point:
        va, vb = float(c["value"]), float(fc["value"])
        return rel_diff(va, vb) <= tolerance or (gap(a, b) == 0 and rel_diff(va, vb) <= 0.05)
    return all(
        (math.isinf(x) and math.isinf(y)) or rel_diff(x, y) <= tolerance
        for x, y in zip(a, b, strict=True)
    )


def restates_earlier(
    claim: Mapping[str, Any],
    figures: Collection[Mapping[str, Any]],
    aid: str,
    tolerance: float,
    *,
    bounds: bool = False,
) -> bool:
    """Does an earlier article's figure in the ledger hold the claim's point value already?
    With ``bounds`` (round 49) also an open bound given again with the same bound and value
    ("at least 260", "no more than 40 tonnes" of an earlier article, which ``matches`` did
    not take only for the place or time read around it)."""
    point = ("exact", "approx")
    bound = claim.get("bound")
    if (bound not in point and not (bounds and bound)) or claim.get("value") is None:
        return False
    v = float(claim["value"])
    return any(
        f["article"]["id"] != aid
        and (
            f["claim"].get("bound") in point
            if bound in point
            else f["claim"].get("bound") == bound
            and bool(f["claim"].get("vague")) == bool(claim.get("vague"))
        )
        and f["claim"].get("value") is not None
        and rel_diff(v, float(f["claim"]["value"])) <= tolerance
        and units_compatible(claim, f["claim"])
        for f in figures
    )


def _cross_mentioned(
    new: Mapping[str, Any],
    old: Mapping[str, Any],
    new_values: list[float],
    old_values: Collection[float],
) -> bool:
    """Does each article also state the other's figure (under whatever metric)?"""
    nv, ov = new.get("value"), old.get("value")
    if nv is None or ov is None:
        return False
    return any(abs(x - ov) <= 1e-9 * max(1.0, abs(ov)) for x in new_values) and any(
        abs(x - nv) <= 1e-9 * max(1.0, abs(nv)) for x in old_values
    )


#: Words that say a running total has moved since an earlier report.
_MOVED = re.compile(
    r"\b(?:rose|risen|rise[sn]?|rising|climb\w*|increas\w*|jump\w*|grew|grown|swell\w*"
    r"|reach\w*|rais\w*|bring\w*|brought|now|more|additional|further|another|since|latest"
    r"|updat\w*|new)\b",
    re.I,
)


def _src(c: Mapping[str, Any]) -> str:
    return re.sub(r"[^a-z ]+", "", str(c.get("source") or "").lower()).strip()


def _rival_sources(new: Mapping[str, Any], old: Mapping[str, Any], dt: float) -> bool:
    """Two named sources giving different values of one running total within
    RIVAL_WINDOW_S, when the later one does not say the total has moved ("rose to",
    "now", "more bodies"): a disagreement, not a development."""
    a, b = _src(new), _src(old)
    if not a or not b or a == b or a in b or b in a or dt > RIVAL_WINDOW_S:
        return False
    return not _MOVED.search(str(new.get("quote") or ""))


RIVAL_WINDOW_S = 3 * 3600.0

#: Words by which a report says it disputes another figure: "disputing the ministry's
#: figure", "denied", "rejected", "dismissing a figure of 40", "contrary to", "stood by
#: their figure", "inflated", "far more than the police estimate", "fewer than the
#: utility's count", "not 12 but 9", "nine, not the 11 the Highway Patrol has reported".
_DISPUTE = re.compile(
    r"\b(?:disput\w*|den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|contrar\w*|contradict\w*"
    # round 52: "his challenger" is a person, no dispute
    # round 63: "legal challenges" and an "inflatable" are things, no dispute
    r"|challeng(?!ers?\b|es\b)\w*|refut\w*|inflat(?!ables?\b)\w*|exaggerat\w*|understat\w*|overstat\w*"
    r"|st(?:ood|and|ands) by"
    r"|(?:far |much )?(?:more|fewer|less|lower|higher) than (?:the|its|their|his|her)"
    r" (?:\w+(?:'s)? ){0,3}(?:figure|estimate|count|tally|toll|number|sum|amount)s?"
    r"|(?:below|above|short of) (?:the|its|their|his|her)"
    r" (?:\w+(?:'s)? ){0,3}(?:figure|estimate|count|tally|toll|number|sum|amount"
    # round 61: "well below the police valuation"
    r"|valuation|assessment)s?"
    r"|(?:more|fewer|less|lower|higher|smaller|larger|bigger) (?:\w+ ){0,2}than (?:\S+ ){0,6}"
    # round 60: "than the National Statistics Office has so far acknowledged"
    r"(?:had |has |have )?(?:so far |yet |publicly |officially )?(?:reported|said|estimated"
    r"|claimed|given|gave|listed|stated"
    # round 39: "far more than the hospital has admitted"
    # round 42: "far more than the national food and health agency has counted"
    r"|admitted|acknowledged|counted"
    # round 60: "far more than the ministry had disclosed to parliament", "than police
    # have recorded", "than customs and police have disclosed"
    r"|disclosed|identified|recorded|registered|confirmed|declared|conceded|announced"
    r"|published|documented"
    # round 61: the other body's figure as it stands, "than the municipality admits"
    r"|admits|acknowledges|concedes|reports|claims|counts|lists)\b"
    r"|(?:below|above|short of) (?:the|its|their) (?:\S+ ){0,4}?(?:reported|given|cited|stated"
    # round 60: "well above the 1,900 identified by the state Labour Standards Office"
    r"|claimed|announced|put forward|identified|recorded|registered|confirmed|counted"
    r"|disclosed|published|estimated) by"
    # round 60: "far more than official counts", "well below official figures"
    r"|(?:more|fewer|less|lower|higher|below|above) (?:than )?official"
    r" (?:figure|estimate|count|tally|toll|number|total)s?\b"
    # round 35: "well above the 3,200 that CONRED was still reporting at the same hour"
    # round 41: a plural owner's figure, "well above the trustees' own figure"
    r"|(?:more|fewer|less|lower|higher) than the [a-z]+s['\u2019] (?:own )?(?:[a-z]+ )?"
    r"(?:figure|estimate|count|tally|toll|number|sum|amount)s?\b"
    r"|(?:below|above|short of) the [a-z]+s['\u2019] (?:own )?(?:[a-z]+ )?"
    r"(?:figure|estimate|count|tally|toll|number|sum|amount)s?\b"
    # round 50: the compared noun before "than": "a far higher count than the operator's
    # own", "a far higher sum than the research council's estimate"
    r"|(?:more|fewer|less|lower|higher|smaller|larger|bigger|greater) (?:count|figure|number"
    r"|sum|total|tally|toll|estimate|amount) than (?:the|its|their|his|her)"
    r" (?:[\w-]+(?:'s|s'|\u2019s|s\u2019)? ){0,4}?(?:own|figure|estimate|count|tally|toll|number"
    r"|sum|amount|total)s?\b"
    # round 41: "worth 310 million euros, well below what the government announced"
    r"|(?:below|above|short of) what (?:the |its |their )?(?!it |they )(?:[\w'-]+ ){1,4}?"
    r"(?:had |has |have )?(?:announced|said|reported|estimated|claimed|stated|gave|given"
    r"|promised|published)"
    r"|(?:below|above|short of) the (?:about |around |some )?\d[\d,.]*(?: \w+)? (?:that|which)"
    r" (?:[\w'-]+ ){1,4}?(?:was |were |is |are |had |has |have )?(?:still |been |then )?"
    r"(?:reporting|reported|giving|given|gave|citing|cited|stating|stated|claiming|claimed)"
    r"|not \S+ but|, not (?:the |its |their )?\S+(?= reported| given| listed| said|,)"
    r"|, not (?:the |its |their )?\S+(?: \w+)? as (?:the |its |their )?(?:[\w'-]+ ){1,4}?"
    r"(?:says|said|reported|reports|claimed|claims|stated|states|announced|had|has|have)\b"
    r"|, not (?:the |its |their )?\S+(?= (?:the |its |their )?(?:\w+ ){1,4}"
    r"(?:has |had |have )?(?:reported|given|listed|said|stated|announced)))",
    re.I,
)
#: A figure put as a multiple of another's: "more than three times the estimate given by
#: the operator", "nearly four times the figure the supplier gave", "half the amount".  A
#: cue of the figure's own sentence (:func:`disputes_figure`), not of the article's quarrel:
#: a report that sets one figure against another's does not make every other figure a side.
_MULTIPLE_OF = re.compile(
    r"\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten) times|half|a third of"
    r"|a quarter of) (?:the|its|their|his|her) (?:\w+(?:'s)? ){0,3}(?:figure|estimate|count"
    r"|tally|toll|number|amount)s?\b"
    # round 39: "more than four times what the company has admitted", "nearly twice as
    # many as the insurer has acknowledged": the multiple of another body's own figure
    r"|\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten) times"
    # round 61: "half as many again as the company has acknowledged"
    r"|half as (?:many|much) again)"
    r" (?:what|as many as|as much as|as) (?:[\w'-]+ ){1,5}?(?:had |has |have )?(?:admitted"
    r"|acknowledged|reported|said|claimed|estimated|stated|given"
    # round 60: "nearly twice as many as the local rescue network has counted"
    r"|counted|disclosed|recorded|registered|confirmed|announced"
    # round 61: "twice as many as the municipality admits"
    r"|admits|acknowledges|concedes|reports|claims|counts)\b"
    # round 61: "a fraction of what the army says it seized"
    r"|\b(?:a (?:small )?fraction|half|a third|a quarter) of what (?:[\w'-]+ ){1,5}?"
    r"(?:had |has |have )?(?:says|said|claims|claimed|reports|reported|estimated|counted"
    r"|admitted|acknowledged)\b",
    re.I,
)
#: A calendar date: "on July 9", "Sept. 18", "on January 19".
_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I
)
_NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
    r"|hundreds?|thousands?|millions?)\b",
    re.I,
)


#: A dispute cue that says what it is about: "disputed how many bags were stuck",
#: "disagree over the number of protesters".
_CUE_OBJECT = re.compile(
    r"\s+(?:over\s+|about\s+|on\s+)?(?:how\s+many|the\s+(?:number|count|size)\s+of)"
    r"\s+((?:[a-z]+\s+){0,2}[a-z]+)",
    re.I,
)


#: A comparison that names its own noun before "than": "far more in bribes than",
#: "fewer of its members than".
_COMPARED_NOUN = re.compile(
    r"(?:more|fewer|less|lower|higher|smaller|larger|bigger)\s+((?:[\w'-]+\s+){1,2}?)than\b",
    re.I,
)


#: Round 46: another number right before a dispute cue, its comma between them: "put job
#: losses at 3,400, above the grocers' figure" -- the cue speaks of the 3,400.
_NUMBER_BEFORE_CUE = re.compile(
    r"\d[\d,.]*(?:\s+(?:million|billion|bn|mln))?(?:\s+[a-z%]+)?,\s+(?:(?:far|well|much|way|just|slightly)\s+)?$",
    re.I,
)


def _number_before_cue(s: str, pos: int, endpos: int) -> re.Match[str] | None:
    """Round 46: another number closed by a comma right before a dispute cue at ``endpos``
    (:data:`_NUMBER_BEFORE_CUE`), searched from ``pos``; a date is no figure ("said on June
    15, far more than ...": the month before it, searched from the start of ``s``)."""
    b = _NUMBER_BEFORE_CUE.search(s, pos, endpos)
    if b is None or _MONTH_BEFORE.search(s, 0, b.start()):
        return None
    return b


def _cue_after_another(quote: str, m: re.Match[str], c: Mapping[str, Any]) -> bool:
    """Round 46: does the dispute cue follow another number of the sentence, one that
    comes after the figure ("needs the sale of 95 shops and put job losses at 3,400, above
    the grocers' figure")?  The cue is that number's, not the figure's."""
    text = str(c.get("text") or "")
    i = quote.find(text) if text else -1
    if i < 0 or m.start() <= i + len(text):
        return False
    b = _number_before_cue(quote, i + len(text), m.start())
    return b is not None and b.start() > i + len(text)


_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.I
)


def _cue_about_another(quote: str, m: re.Match[str], c: Mapping[str, Any]) -> bool:
    return _cue_names_another(quote, m, str(c.get("metric") or ""))


def _cue_names_another(quote: str, m: re.Match[str], metric: str) -> bool:
    """Does the dispute cue ``m`` name the quantity it is about, and is that not what the
    figure ``c`` counts?  "Airlines cancelled 310 flights ..., as the operator and the
    union disputed how many bags were stuck": the dispute is the bags', not the 310's."""
    obj = _CUE_OBJECT.match(quote, m.end())
    noun = metric.split("|", 1)[0].split()
    if not noun:
        return False
    inner = _COMPARED_NOUN.match(m.group(0))
    if obj is None and inner is not None:
        # round 37: "had taken far more in bribes than investigators have said": the
        # comparison names what it compares, and the bribes are not the candidates
        head = noun[-1].lower().rstrip("s")
        named = [w for w in inner.group(1).lower().split() if plural_noun(w)]
        return bool(named) and not any(w.rstrip("s") == head for w in named)
    if obj is None:
        return False
    # the counted noun the cue names ("how many could still be" names none)
    named = [w for w in obj.group(1).lower().split() if plural_noun(w)]
    if not named:
        return False
    head = noun[-1].lower().rstrip("s")
    return not any(w.rstrip("s") == head for w in named)


def _named(v: Any, values: Collection[float]) -> bool:
    return v is not None and any(abs(x - float(v)) <= 1e-9 * max(1.0, abs(x)) for x in values)


_EARLIER_READING = re.compile(r"\b(?:first|earlier|initial|original|previous)\b", re.I)


def earlier_reading_named(c: Mapping[str, Any]) -> bool:
    """Round 49: does the figure's dispute cue name the other figure as an earlier reading
    ("more than the hospitals' first count of 34")?"""
    m = _dispute_cue(c)
    return m is not None and bool(_EARLIER_READING.search(m.group(0)))


def time_in_cue(c: Mapping[str, Any]) -> bool:
    """Round 60: does the figure's time scope lie inside its dispute cue's compared clause
    (from the cue to the next comma: "far more than the municipality reported last
    month")?  Then it is the time the other body gave its figure, not the figure's own."""
    t = str(c.get("time") or "")
    clause = _cue_clause(c) if t else None
    if clause is None:
        return False
    at = clause.find(t.lower())
    # the other body's telling comes before the time ("reported last month", "gave a day
    # earlier"); "more than twice the number a week ago" is the count's own past
    return at >= 0 and bool(_TOLD.search(clause, 0, at))


#: Round 61: a news moment -- the day or week a story's figure was given or its event
#: happened ("on October 17", "on Friday", "Wednesday night", "last week", "this month"),
#: not a period the figure is counted over ("in February", "in 2029", "since March",
#: "over the past two years", "a month").
_NEWS_MOMENT = re.compile(
    r"^\s*(?:(?:late\s+|early\s+)?on\s+)?(?:"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"|(?:last|this)\s+(?:week(?:end)?|month)|yesterday|today|tonight)\s*$",
    re.I,
)


def moments_of_dispute(new: Mapping[str, Any], old: Mapping[str, Any], metric: str) -> bool:
    """Round 61: may a figure whose own sentence disputes another body's figure be
    compared with an earlier article's figure whose time differs only by news moments
    ("The regulator said on October 17 that ... 22 million lire, far above the sum the
    company had admitted" against the company's 9 million "on October 8"; "the seizure
    in last week's raids at 3.5 million, well below the police valuation" against the
    police's 9 million with no time)?  Each time read is the day a body spoke or the
    story's own event, so the two are one quantity told twice; a period on either side
    ("in 2029", "in February", "over the past two years") keeps them apart, and so does a
    state read at its moment ("900,000 customers were still without service early on June
    20") or a figure that is the gap itself ("well over a million more than")."""
    tn, to = new.get("time"), old.get("time")
    if not (tn or to) or _delta_before_cue(new):
        return False
    if any(t and not _NEWS_MOMENT.match(str(t)) for t in (tn, to)):
        return False
    if state_quantity(new, metric) or state_quantity(old, metric):
        return False
    return comparable({**new, "time": None}, {**old, "time": None})


def cue_names_body(c: Mapping[str, Any], fig: Mapping[str, Any]) -> bool:
    """Round 61: does the figure's dispute cue, in its compared clause, name the body the
    earlier figure came from ("far more than the port authority has acknowledged" and the
    port authority's 40 of an earlier article)?  Then that figure is the side disputed,
    before others of the key farther away."""
    return bool(_source_words(fig) & _cue_clause_words(c))


def _cue_clause(c: Mapping[str, Any]) -> str | None:
    """The figure's dispute cue and the rest of its compared clause, up to the next comma
    or clause break, lower-cased ("far more than the municipality reported last month");
    None without a cue."""
    m = _dispute_cue(c)
    if m is None:
        return None
    end = _COMPARED_END.search(m.string, m.end())
    return m.string[m.start() : end.start() if end else len(m.string)].lower()


def _cue_clause_words(c: Mapping[str, Any]) -> frozenset[str]:
    """The words of :func:`_cue_clause` (empty without a cue): the bodies it may name."""
    return frozenset(re.findall(r"[a-z]+", _cue_clause(c) or ""))


#: Round 60: a verb by which another body gave its figure.
_TOLD = re.compile(
    r"\b(?:reported|said|gave|given|announced|admitted|acknowledged|estimated|counted"
    r"|disclosed|published|stated|claimed|cited|recorded|confirmed)\b",
    re.I,
)


def disputing_toll(c: Mapping[str, Any], dispute: bool, in_lede: bool) -> bool:
    """Round 60: is the figure a toll its lede sentence gives as disputing another body's
    figure (``dispute``: :func:`disputes_figure`, no revision, no passing) with no word
    that the toll moved ("rose to 16 ..., as residents accused city hall of understating
    the number of people still missing" is the toll moving on; "Tolmar still says about
    40 soldiers died, a claim Varkesh rejects" in the body restates a side)?"""
    return dispute and in_lede and c.get("change") not in ("up", "down") and not toll_moved(c)


def disputes_figure(c: Mapping[str, Any]) -> bool:
    """Does the dispute cue of the figure's sentence follow the figure itself, with no
    other number between ("nine people had died, fewer than the 11 reported by the
    hospital", "at least 240 people had died, not the 198 reported by")?  Then the
    figure is one side of a disagreement, not a development of the earlier figure.  "96
    students had been abducted, disputing the school's figure of 121, and said 11
    students had escaped": the cue is 96's, not 11's.  A delta right before the cue
    ("four more than the 19") is part of the cue."""
    return _dispute_cue(c) is not None


#: A comparison whose sentence puts the gap down to something that happened after the
#: other figure was given: "31 injured is higher than the 23 given on Wednesday morning
#: because several people ... went to hospital on their own later in the day".
_EXPLAINED_LATER = re.compile(
    r"\bbecause\b[^.;]*?\b(?:later|since|afterwards|subsequently|overnight|meanwhile)\b",
    re.I,
)


#: A comparison cue whose "than" is followed straight by a number: "more than 5,000" is
#: that figure's bound ("about 1,800 people crossing, compared with more than 5,000 on
#: Tuesday, police said"), not a comparison with another source's figure.
_BOUND_THAN = re.compile(
    r"^.*?\bthan\s+(?:about\s+|around\s+|some\s+)?(?:\d|(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|a\s+hundred|a\s+thousand|a\s+dozen|dozens)\b)",
    re.I,
)


def _dispute_cue(c: Mapping[str, Any]) -> re.Match[str] | None:
    return _dispute_cue_in(
        str(c.get("quote") or ""), str(c.get("text") or ""), str(c.get("metric") or "")
    )


#: Round 52: a clause with a subject of its own between the figure and a dispute cue
#: (", as a city audit found that ...", "and the mill ... disputed how"): the cue is that
#: subject's, about something else, unless what it disputes is a figure (below: "the
#: figure", "it", "how many").
_OTHER_SUBJECT = re.compile(r"(?:,\s*as|\band)\s+(?:the|a|an)\s+[a-z]", re.I)
_CUE_OF_A_FIGURE = re.compile(
    r"\s+how\s+(?:many|much)\b"
    r"|\s+(?:(?:the|its|their|his|her|that|this|these|those)\s+)?(?:\w+(?:'s)?\s+){0,2}"
    r"(?:figures?|estimates?|counts?|tall(?:y|ies)|tolls?|numbers?|totals?|claims?|it|them"
    r"|this|that|these|those)\b",
    re.I,
)


def _cue_of_other_subject(between: str) -> bool:
    """Round 52: does the text between a figure and its dispute cue open a clause of
    another subject (:data:`_OTHER_SUBJECT`) that runs on to the cue with no comma?  "15
    hurt in the strike and the fire, many more than the nine": the comma closes the noun
    phrase and the comparison is the figure's again."""
    starts = list(_OTHER_SUBJECT.finditer(between))
    return bool(starts) and "," not in between[starts[-1].end() :]


@lru_cache(maxsize=_CUES)
def _dispute_cue_in(quote: str, text: str, metric: str) -> re.Match[str] | None:
    """:func:`_dispute_cue` of a figure by its sentence, text and metric key (the
    match is shared between callers: they only read it)."""
    i = quote.find(text) if text else -1
    # round 39: "on July 12 ..., said 12 people had died, more than twice the health
    # ministry's toll": a date's day is never the figure, so look past it
    dates = [m.span() for m in _DATE.finditer(quote)]
    while i >= 0 and any(a <= i < b for a, b in dates):
        i = quote.find(text, i + 1)
    if i < 0:
        return None
    end = i + len(text)
    # "more than three times the estimate given by": the multiple inside a bound's words
    cues = sorted(
        [*_DISPUTE.finditer(quote, end), *_MULTIPLE_OF.finditer(quote, end)],
        key=lambda m: (m.start(), m.re is _DISPUTE),
    )
    for m in cues:
        if _cue_names_another(quote, m, metric):
            continue
        if m.re is _DISPUTE and story_dispute_word(quote, m, metric):
            continue  # round 49: "over the dispute", "its disputed leadership ballot"
        if m.re is _DISPUTE and counted_participle(quote, m):
            continue  # round 50: "received 3,300 cases rejected by the council"
        if _BOUND_THAN.match(m.group(0)):
            continue  # "more than 5,000 on Tuesday, police said": a bound, not a comparison
        if _EXPLAINED_LATER.search(quote, m.end()):
            return None  # the sentence says the count moved on since: no rival reading
        between = quote[end : m.start()]
        if _cue_of_other_subject(between) and not _CUE_OF_A_FIGURE.match(quote, m.end()):
            continue  # round 52: "... rose to 210 and the mill disputed how far its flour went"
        # round 46: a number closed by a comma is another figure, no delta: "put job
        # losses at 3,400, above the grocers' figure" (the cue is the 3,400's)
        if _number_before_cue(between, 0, len(between)) is None and not (
            # round 52: "9,400 appeals have been upheld ... and 5,100 rejected": a number
            # right before a verb is that verb's count, a delta only before a comparison
            m.re is _DISPUTE and m.group(0).lower() in _PARTICIPLE_CUE
        ):
            between = re.sub(r"\S+\s*$", "", between)  # "four more than"
        between = _DATE.sub("", between)  # "said on Sept. 18, more than three times": no figure
        return None if _NUMBERISH.search(between) else m
    return None


#: What may follow a bare ", not M," and still name whose M it was: "as the ministry
#: said", "according to the police".
_NOT_NAMED_AFTER = re.compile(r",\s*(?:as|according\s+to|which|that|the\s+figure)\b", re.I)


def bare_not(c: Mapping[str, Any]) -> bool:
    """Round 41: is the figure's dispute cue a bare ", not M," that names nobody's M
    ("Investors asked for one deal, not two, and they will get one")?  Inside one sentence
    with nobody else's figure on record that is the speaker's rhetoric, not two sides; a
    bare cue against a figure an earlier article gave is still a dispute of it (that
    figure is in the ledger before this article's own mention of M corroborates it)."""
    m = _dispute_cue(c)
    if m is None or not m.group(0).lstrip(",").lstrip().lower().startswith("not"):
        return False
    if not m.group(0).startswith(","):
        return False
    rest = m.string[m.end() :]
    return rest.startswith(",") and not _NOT_NAMED_AFTER.match(rest)


def disputed_values(claims: list[Mapping[str, Any]]) -> dict[int, int]:
    """Which figure each disputing figure of an article disputes, when its sentence names
    it: ``{index of the figure: index of the disputed figure}``.  "27,500 production
    workers had stopped work, well below the union's figure of 41,000": 41,000 is the
    disputed figure (the first one inside the dispute cue or within a few words after)."""
    out: dict[int, int] = {}
    for i, c in enumerate(claims):
        m = _dispute_cue(c)
        if m is None or c.get("start") is None:
            continue
        quote, text = m.string, str(c.get("text") or "")
        base = int(c["start"]) - quote.find(text)  # where the sentence starts
        best: tuple[int, int] | None = None
        for j, d in enumerate(claims):
            if j == i or d.get("quote") != quote or d.get("start") is None:
                continue
            at = int(d["start"]) - base
            if m.start() <= at <= m.end() + 40 and (best is None or at < best[0]):
                best = (at, j)
        if best is not None and _same_order(c.get("value"), claims[best[1]].get("value")):
            out[i] = best[1]
    return out


def _same_order(a: Any, b: Any, ratio: float = 10.0) -> bool:
    """Are two values within ``ratio`` of each other?  Rival counts of one quantity are
    ("27,500 workers, well below the union's figure of 41,000"); "three plants" is no
    rival of 41,000 workers, only the figure standing next to the cue."""
    if a is None or b is None:
        return True
    lo, hi = sorted((abs(float(a)), abs(float(b))))
    return lo > 0 and hi <= ratio * lo


#: Words after a figure that set it in another time than the story's present: "the 12
#: boats the company had reported last year", "the 40 of a decade ago", "the 2019 record".
_OTHER_TIME = re.compile(
    r"\b(?:last|previous|prior|ago|record|average|(?:19|20)\d\d|years?|months?|decades?)\b",
    re.I,
)


def of_another_time(c: Mapping[str, Any]) -> bool:
    """Does the figure's own clause (up to the next comma or sentence end) set it in
    another time ("the 12 boats the company had reported last year")?  Then a sentence
    comparing a figure with it is no dispute of it, whatever the extracted time scope."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    clause = re.split(r"[,;.!?]\s", quote[i + len(text) :] + " ", maxsplit=1)[0]
    return bool(_OTHER_TIME.search(clause))


def disputed_value_named(c: Mapping[str, Any]) -> bool:
    """Does the figure's dispute cue name the figure it disputes ("not the 198 reported
    by", "disputing the school's figure of 121"), rather than only its source
    ("disputing the ministry's figure")?"""
    m = _dispute_cue(c)
    if m is None:
        return False
    # round 63: the multiple the cue leads with ("nearly three times the number the
    # attackers claimed", "four times the police count") says how far apart the sides
    # are; it names no disputed figure
    cue = _MULTIPLE_LEAD.sub("", m.group(0), count=1)
    return bool(_NUMBERISH.search(cue + m.string[m.end() : m.end() + 40]))


def cue_multiple(c: Mapping[str, Any]) -> float:
    """Round 63: the multiple the figure's dispute cue leads with, when it is a number
    word ("three times the police count": 3.0, "four times what": 4.0), 0.0 for none."""
    m = _dispute_cue(c)
    lead = _MULTIPLE_LEAD.match(m.group(0)) if m is not None else None
    if lead is None or not _NUMBERISH.search(lead.group(0)):
        # "twice", "half", "a third": round 39's reading of a named value never took
        # them for one, and their sides are read as before
        return 0.0
    base = _RATIO_LEAD.match(re.sub(r"\s+", " ", lead.group(0).lower()))
    return _RATIO_BASE.get(base.group(0), 0.0) if base else 0.0


def _off_multiple(new: Mapping[str, Any], old: Mapping[str, Any], times: float) -> float:
    """Round 63: how far the ratio of two figures is from ``times`` (log scale)."""
    nv, ov = float(new.get("value") or 0.0), float(old.get("value") or 0.0)
    if nv <= 0 or ov <= 0:
        return math.inf
    return abs(math.log(nv / ov / times))


def _fits_multiple(new: Mapping[str, Any], old: Mapping[str, Any], times: float) -> bool:
    """Round 63: is the new figure about ``times`` the old one ("nearly", "more than":
    within 0.7 to 1.45 of the multiple)?"""
    nv, ov = new.get("value"), old.get("value")
    if nv is None or ov is None or float(ov) <= 0:
        return False
    return times * 0.7 <= float(nv) / float(ov) <= times * 1.45


#: Round 63: the multiple a comparison cue leads with ("twice", "three times", "half as
#: many again", "a fraction of").
_MULTIPLE_LEAD = re.compile(
    r"^(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten) times"
    r"|half(?: as (?:many|much) again)?|a (?:small )?fraction|a third|a quarter)\b",
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

_SOURCE_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "for",
        "and",
        "to",
        "its",
        "his",
        "her",
        "their",
        "s",
        "official",
        "officials",
        "said",
        "says",
    ]
)


#: Head words of a body that speaks: a longer source that adds one of these to a shorter
#: one names another body ("the airline" / "the Norvanian Airline Pilots Association",
#: "the company" / "the company's workers' union"), not the same one at more length
#: ("police" / "police in the canton of Valais").
_BODY_HEADS = frozenset(
    [
        "union",
        "unions",
        "association",
        "federation",
        "council",
        "councils",
        "ministry",
        "agency",
        "service",
        "authority",
        "commission",
        "committee",
        "office",
        "department",
        "court",
        "prosecutors",
        "prosecutor",
        "police",
        "army",
        "government",
        "governor",
        "company",
        "operator",
        "airline",
        "group",
        "charity",
        "institute",
    ]
)


def sources_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sources (as sets of content words, :func:`_source_words`) name different
    speakers?  Disjoint or crossing sets differ; when one set holds the other, they
    differ only if the longer one adds a head word of a body (``_BODY_HEADS``)."""
    if not a or not b:
        return False
    a, b = _fold_demonyms(a, b), _fold_demonyms(b, a)
    if not (a <= b or b <= a):
        return True
    small, big = (a, b) if a <= b else (b, a)
    return bool((big - small) & _BODY_HEADS)


def _fold_demonyms(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Round 41: ``a`` with each word that is a word of ``b`` plus a demonym ending put as
    that word ("valdrian" beside "valdria", "korvathi" beside "korvath"): "the Valdrian
    ministry" and "Valdria's defence ministry" are one body."""
    out = set(a)
    for w in a:
        for x in b:
            if len(x) >= 4 and w != x and w.startswith(x) and w[len(x) :] in _DEMONYM_ENDS:
                out.discard(w)
                out.add(x)
    return frozenset(out)


_DEMONYM_ENDS = frozenset(["n", "an", "ian", "ese", "i", "ish"])


def _source_words(c: Mapping[str, Any]) -> frozenset[str]:
    words = re.findall(r"[a-z]+", str(c.get("source") or "").lower())
    return frozenset(w for w in words if w not in _SOURCE_STOP)


def multiple_of_another(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 41: is the new figure's own dispute cue a multiple of another body's figure
    (``_MULTIPLE_OF``: "nearly twice the official toll") and the old figure another
    source's?  :func:`disputed` reads ``_DISPUTE`` only; a stated multiple names the
    other side as plainly."""
    m = _dispute_cue(new)
    if m is None or m.re is not _MULTIPLE_OF or _OWN_MULTIPLE.search(m.group(0)):
        return False
    if not sources_differ(_source_words(new), _source_words(old)):
        return False
    # the multiple says how far apart the two sides are: "nearly twice" is no side of a
    # figure a sixth of it ("About 4,000 people a day ..., nearly twice the operator's
    # own figure" against an older "about 600" of another quantity)
    lead = _RATIO_LEAD.match(re.sub(r"\s+", " ", m.group(0).lower()))
    base = _RATIO_BASE[lead.group(0)] if lead else None
    nv, ov = new.get("value"), old.get("value")
    if not base or nv is None or ov is None or float(ov) <= 0:
        return False
    ratio = float(nv) / float(ov)
    return base * 0.6 <= ratio <= base * 1.6


#: "more than twice its first estimate": a multiple of the speaker's own figure, a
#: revision, not a rival's.
_OWN_MULTIPLE = re.compile(
    r"\b(?:its|their|his|her|our|my)\b|\b(?:first|earlier|initial|previous|original)\b", re.I
)


def disputed(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence say it disputes another figure (a dispute cue that
    names another quantity, :func:`_cue_about_another`, does not count)?"""
    quote = str(c.get("quote") or "")
    return any(
        not _cue_about_another(quote, m, c)
        and not _cue_after_another(quote, m, c)
        and not _BOUND_THAN.match(m.group(0))
        and not story_dispute_word(quote, m, str(c.get("metric") or ""))
        and not counted_participle(quote, m)
        for m in _DISPUTE.finditer(quote)
    )


#: A dispute the story is about, not a figure disputed: "the worst trade dispute between
#: the neighbours", "a border dispute with", "the pay dispute over".
_NAMED_DISPUTE = re.compile(r"\s+(?:between|over|with)\b", re.I)
_DISPUTE_KIND = re.compile(
    r"\b(?:trade|border|labou?r|pay|wage|land|territorial|legal|diplomatic|contract"
    r"|industrial)\s+$",
    re.I,
)


def _story_dispute(quote: str, m: re.Match[str]) -> bool:
    """Is the cue "dispute" the noun for what the story is about ("the worst trade dispute
    between the neighbours"), not a figure disputed?"""
    return bool(_NAMED_DISPUTE.match(quote[m.end() :]) or _DISPUTE_KIND.search(quote[: m.start()]))


#: Round 49: "dispute" / "disputed" after a determiner, naming what the story is about
#: ("1,100 staff in total over the dispute", "lost 1,400 members since its disputed
#: leadership ballot"), not a figure disputed -- unless it is a figure ("the disputed
#: count", "the dispute over the toll" is read by the cue's other words).
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+$", re.I)
_FIGURE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:figures?|estimates?|counts?|tall(?:y|ies)|tolls?|numbers?|sums?"
    r"|amounts?|totals?|results?|\d)",
    re.I,
)
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b", re.I)


#: Round 50: a comparison upward ("slightly more than", "well above", "higher than") ...
_UP_COMPARED = re.compile(
    r"^(?:(?:far|much|well|slightly|way|just|somewhat)\s+)?(?:more|higher|larger|bigger|greater"
    r"|above)\b",
    re.I,
)
#: ... whose compared clause puts the other reading earlier: "than the inspectorate
#: estimated last week", "than the council first admitted", "above the figure it gave
#: initially", "than the 40 reported on Monday", "than the union had counted".
_EARLIER_TIME = re.compile(
    r"\b(?:last\s+(?:week|month|year|weekend)|first|initially|originally"
    r"|at\s+the\s+(?:start|beginning|outset)\s+of|(?:weeks?|months?)\s+ago)\b",
    re.I,
)
_COMPARED_END = re.compile(r"[,;]|\.(?:\s|$)")


def passes_earlier_reading(quote: str, m: re.Match[str]) -> bool:
    """Round 50: is the dispute cue ``m`` a comparison upward whose compared clause (to the
    next comma) puts the other reading at an earlier time ("2,700 children were sent the
    wrong offer, slightly more than the schools inspectorate estimated last week")?  A
    count that passes an earlier reading as the story moves on is its next reading, not a
    second side of one moment."""
    if not _UP_COMPARED.match(m.group(0)):
        return False
    end = _COMPARED_END.search(quote, m.end())
    stop = end.start() if end else len(quote)
    far = _FAR_COMPARED.match(m.group(0)) or _FAR_BEFORE.search(quote[: m.start()][-8:])
    if (
        far
        and not _SUPERSEDED.search(quote, m.start(), stop)
        and not _NUMBERISH.search(quote, m.start(), stop)
    ):
        # round 60: "far more than the municipality reported last month", "well above the
        # figure the ministry gave lawmakers last week": a wide gap to another body's
        # figure of a week or a month before, not named by its number, is that body's
        # side disputed; its superseded reading ("first", "initially", "originally") and a
        # figure named by its number (round 52: "far more than the 95 million dollars
        # identified by forensic accountants last month") are passed
        return False
    return bool(_EARLIER_TIME.search(quote, m.start(), stop))


#: Round 60: a wide upward gap ("far more", "well above", "much higher").
_FAR_COMPARED = re.compile(r"^(?:far|much|well|way)\s+", re.I)
_FAR_BEFORE = re.compile(r"\b(?:far|much|well|way)\s+$", re.I)
#: Round 60: a reading the compared clause says was superseded.
_SUPERSEDED = re.compile(
    r"\b(?:first|initially|originally|at\s+the\s+(?:start|beginning|outset)\s+of)\b", re.I
)


#: Round 50: a dispute verb's participle right after a counted noun ("received 3,300
#: cases rejected by the council", "410 claims denied so far", "96 appeals dismissed"):
#: it says which of the things are counted, not that anyone disputes the figure.
_COUNTED_PARTICIPLE = re.compile(
    r"\d[\d,.]*(?:\s+(?:million|billion|bn|mln))?\s+(?:[a-z][a-z-]*\s+){1,2}$", re.I
)
_PARTICIPLE_CUE = frozenset(
    ["rejected", "denied", "dismissed", "disputed", "challenged", "refuted", "contested"]
)


#: Round 50: a passive dispute verb whose subject is a noun that is no figure: "after
#: finding that their signatures had been wrongly rejected" (not "the figure was disputed",
#: "which was rejected").
_PASSIVE_OF_NOUN = re.compile(
    r"\b(?!(?:figures?|estimates?|counts?|tall(?:y|ies)|tolls?|numbers?|totals?|sums?"
    r"|amounts?|claims?|it|this|that|which|they|these|those|what)\b)[a-z]{3,}"
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|are|being|be)\s+(?:[a-z]+ly\s+)?$",
    re.I,
)


def counted_participle(quote: str, m: re.Match[str]) -> bool:
    """Round 50: is the dispute cue ``m`` the participle of a counted noun right before it
    ("3,300 cases rejected by the council"), or a passive of a noun that is no figure
    ("their signatures had been wrongly rejected"), no dispute of a figure?"""
    if m.group(0).lower() not in _PARTICIPLE_CUE:
        return False
    if _PASSIVE_OF_NOUN.search(quote, max(0, m.start() - 60), m.start()):
        return True
    b = _COUNTED_PARTICIPLE.search(quote, max(0, m.start() - 60), m.start())
    return b is not None and not _MONTH_BEFORE.search(quote, 0, b.start())


def passes_earlier(c: Mapping[str, Any]) -> bool:
    """Round 50: is the figure's dispute cue (:func:`disputes_figure`) a comparison upward
    with a reading it puts earlier (:func:`passes_earlier_reading`)?  Round 52: or, with
    no dispute cue, does the figure's sentence compare it upward with an earlier figure it
    names by its number, in a clause that puts that figure earlier ("overstated by 180
    million dollars, far more than the 95 million dollars identified by the auditors last
    month")?"""
    m = _dispute_cue(c)
    if m is not None:
        return passes_earlier_reading(m.string, m)
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    n = _PASSES_NAMED.search(quote, i + len(text))
    if n is None or _NUMBERISH.search(quote, i + len(text), n.start()):
        return False
    end = _COMPARED_END.search(quote, n.end())
    return bool(_EARLIER_TIME.search(quote, n.end(), end.start() if end else len(quote)))


#: Round 52: an upward comparison with a figure named by its number: "far more than the 95
#: million dollars", "well above the 40".
_PASSES_NAMED = re.compile(
    r"\b(?:(?:far|much|well|slightly|way|just|somewhat)\s+)?(?:(?:more|higher|larger|bigger"
    r"|greater)\s+than|above)\s+(?:the|its|their|his|her)\s+(?:\w+(?:'s)?\s+){0,2}?\d",
    re.I,
)


def story_dispute_word(quote: str, m: re.Match[str], metric: str = "") -> bool:
    """Is the dispute cue ``m`` the noun or adjective for the story's dispute (after a
    determiner: "over the dispute", "its disputed leadership ballot"), not a figure
    disputed?  The adjective needs a noun after it that is not a figure's.  Disputes
    counted under the key ("handled 23 university disputes last year") are the figure's
    own noun."""
    word = m.group(0).lower()
    if word in ("dispute", "disputes") and "disput" in metric.split("|")[0]:
        return True
    if word in ("dispute", "disputes") and _story_dispute(quote, m):
        return True
    if word not in ("dispute", "disputes", "disputed"):
        return False
    if not _DETERMINER_BEFORE.search(quote[: m.start()]):
        return False
    after = quote[m.end() :]
    if _FIGURE_AFTER.match(after):
        return False
    return word != "disputed" or bool(_NOUN_AFTER.match(after))


def estimate(c: Mapping[str, Any]) -> bool:
    """Is the figure an estimate ("around 11,000", "up to 5,000", "estimated at") rather
    than a tally ("142 passengers have reported symptoms")?"""
    return c.get("bound") in ("approx", "max", "range") or c.get("hedge") == "estimated"


#: "the group had also received 5 million lorins": "also" before a verb of the figure
#: (not of speech) adds another quantity to what the story has told.
_ALSO_BEFORE = re.compile(
    r"\balso\s+(?:had\s+|has\s+|have\s+|been\s+)?(?!said\b|says\b|told\b|put\b|puts\b"
    r"|estimat|report|gave\b|give\b|count|tall|cited\b|claim)[a-z]+ed\b[^,;]*$",
    re.I,
)


def also_another(c: Mapping[str, Any]) -> bool:
    """Round 37: does the figure's clause add it with "also" ("the group had also received
    5 million lorins in consultancy fees")?  Such a figure is a further quantity beside
    the story's figure of the key, no rival reading of it."""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_ALSO_BEFORE.search(quote[:i]))


#: A step added to a count, in the words right before the figure: "A further 120
#: services had been cancelled", "an additional 800 people were moved".
_FURTHER_BEFORE = re.compile(
    r"\b(?:a\s+further|an\s+additional|additional)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|at\s+least)\s+)?$",
    re.I,
)


#: A move back out of a story's state, next to a figure: "Twelve beaches ... reopened",
#: "30 horses ... released from quarantine", "allowed 5,200 people to return", "14 of the
#: plants ... came back online", "Nineteen patients have been discharged".
_REVERSED = re.compile(
    r"\b(?:re-?open(?:ed|s|ing)?|released\s+from|discharg\w*|allowed\s+(?:[\w,]+\s+){0,3}?"
    r"(?:to\s+return|home|back|to\s+go\s+home|to\s+restart|to\s+reopen)|restart\w*"
    r"|back\s+online|came\s+back"
    r"|refloat\w*|freed|recaptur\w*|lifted\s+(?:its|the|a)\b)",
    re.I,
)


def reversed_out(c: Mapping[str, Any]) -> bool:
    """Round 40: does the figure count what moved back out of the story's state
    (``_REVERSED`` within 40 characters before or 80 after it -- round 43, was 64: "About
    1,200 evacuees from Fuensanta and Villalgordo del Jucar were allowed home", "allowed
    120 wind turbines stopped after the ... blade failure to restart" -- "Twelve beaches on the
    Orlamar coast reopened", "Ossery Water lifted its do-not-drink notice for 30,000
    households")?  Not what is still in it ("still", "remain": "All but 300 of the
    evacuees had been allowed to return home" counts those still out, and so does "all
    14 guards who had been held were freed")."""
    quote, _text, i = _in_sentence(c)
    if i >= 0 and re.search(r"\ball\s+(?:but\s+)?$", quote[:i], re.I):
        return False
    return bool(_REVERSED.search(_around(c, 40, 80))) and not _holds_on(c)


#: Round 43: a named period of a figure's clause: "in the first quarter", "in March",
#: "the second half".
_NAMED_PERIOD = re.compile(
    r"\b(?:(first|second|third|fourth|final|last)\s+(quarter|half)"
    r"|in\s+(january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b(?!\s+\d{1,2}\b))",
    re.I,
)


def _named_periods(c: Mapping[str, Any]) -> set[str]:
    """The named period (:data:`_NAMED_PERIOD`) the figure is set in: the first within 60
    characters after it ("6,200 homes in the province in the second quarter", not the
    "first quarter" it is then compared with), else the last one before it in its clause."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return set()
    m = _NAMED_PERIOD.search(quote[i + len(text) : i + len(text) + 60])
    if m is None:
        before = own_clause(c)
        found = list(_NAMED_PERIOD.finditer(before[: max(0, before.find(text))]))
        m = found[-1] if found else None
    return set() if m is None else {" ".join(x.lower() for x in m.groups() if x)}


def other_periods(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Round 43: does each figure's clause name its period and do they share none ("had
    repossessed 6,200 homes in the second quarter" / "had started 2,400 homes in the
    first quarter")?"""
    pa, pb = _named_periods(a), _named_periods(b)
    return bool(pa and pb and not pa & pb)


def own_revision(c: Mapping[str, Any]) -> bool:
    """Round 43: is a revision word of the figure's sentence (``_REVISION``) the figure's
    own, rather than another figure's it carries "to" ("revised the number of officers
    injured to 24, and charged 23": the 23 is no revised figure)?  A revision word is
    another figure's when the first number after it is that other figure, given "to";
    one with no number after it, or one whose number is not the value it moved to ("more
    than twice the number it gave two weeks ago", "raising its first estimate of 1.2
    billion"), is left to the figure."""
    quote, text, i = _in_sentence(c)
    found = list(_REVISION.finditer(quote))
    if i < 0 or not found:
        return True
    numbers = [m.start() for m in _NUMBERISH.finditer(_blank_dates(quote))]
    for m in found:
        at = next((n for n in numbers if n >= m.end()), -1)
        if at < 0 or i <= at < i + len(text) or not _TO_VALUE.search(quote, 0, at):
            return True
    return False


#: "... to 24", "to about 3,100": the value a revision carries the count to.
_TO_VALUE = re.compile(
    r"\bto\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$", re.I
)


#: Round 43: a figure given as the running total's reading: "55,000 shells had been
#: delivered so far", "stood at 46", "a total of 2,900".
_RUNNING_TOTAL = re.compile(
    r"\b(?:so\s+far|in\s+(?:total|all)|to\s+date|a\s+total\s+of|st(?:ood|ands?)\s+at)\b",
    re.I,
)
#: Round 43: what is left of a state, right before the figure: "leaving 14 aircraft on
#: the ground", "had been restored to all but 145,000 customers", "left 300 without".
_REMAINDER_BEFORE = re.compile(
    r"\b(?:leaving|left|all\s+but)\s+(?:(?:about|around|some|nearly|almost|only|just)\s+)?$",
    re.I,
)


def remainder(c: Mapping[str, Any]) -> bool:
    """Round 43: does the figure say what is left of a state ("leaving 14 aircraft on the
    ground", "all but 145,000 customers"): a smaller reading of it, fallen though no fall
    word is said?"""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_REMAINDER_BEFORE.search(quote[:i]))


def further_step(c: Mapping[str, Any]) -> bool:
    """Round 40: is the figure a step added to a count ("a further 120 services", "an
    additional 800 people"), not the count itself?"""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_FURTHER_BEFORE.search(quote[:i]))


def disagreement(new: Mapping[str, Any], old: Mapping[str, Any], dt: float) -> bool:
    """May two conflicting figures be reported as a contradiction?  A false
    contradiction is the worst alert (it says two sources disagree), so it needs
    either an explicit dispute cue in the later report, or all of: two different
    attributed sources ("Valais police" and "police in the canton of Valais" are one),
    reports within ``DISAGREE_WINDOW_S`` of each other when both are tallies (a tally
    taken hours later has moved on: 87 passengers ill, then 142; two sources' rival
    *estimates* of one quantity, "around 11,000" against 12,000, disagree whenever they
    were made, and so do figures of one past occasion: "the ferry was carrying 310
    people"), and a later sentence that says nothing about the quantity having moved
    ("rose", "bringing", "fell", "down from").
    "now" alone is no move cue here ("around 11,000 troops are now in Russia")."""
    if disputed(new):
        return True
    a, b = _source_words(new), _source_words(old)
    if not a or not b or a <= b or b <= a:
        return False
    if dt > DISAGREE_WINDOW_S and not (
        estimate(new) or estimate(old) or (fixed_occasion(new) and fixed_occasion(old))
    ):
        return False
    q = str(new.get("quote") or "")
    # round 44: "Final county reports put the projected number ... at 503,000" six weeks
    # after an intake count of "about 540,000": a final figure replaces earlier readings
    # (as it does for round 32's rule), it is no rival estimate of them
    return not (_CHANGED.search(q) or revision(new) or _FINAL.search(q))


DISAGREE_WINDOW_S = 3 * 3600.0

#: Words by which an article says its sources disagree, anywhere in it: "stood by its
#: count", "the official figure of two is wrong", "their count was correct", "conflicting
#: death tolls", "neither agency explained the gap", "five ..., not two as the government
#: has stated".  Looser than ``_DISPUTE`` (which must sit in the figure's own sentence):
#: it only counts together with the stricter conditions of :func:`quarrel_pair`.
_QUARREL = re.compile(
    r"\b(?:disput\w*|contradict\w*|conflicting|discrepanc\w*|st(?:ood|and|ands) by"
    r"|(?:is|was|are|were) (?:wrong|incorrect|inaccurate|correct|accurate)"
    r"|(?:explain\w*|account\w* for) the (?:gap|difference|discrepancy)"
    r"|not (?:the )?\S+ (?:as|that) (?:the )?\w+ (?:has|had|have)\b"
    r"|(?:real|true|actual) (?:figure|number|count|toll|total) (?:was|is|were|stood)"
    r"|put(?:s|ting)? (?:the|its|their) (?:figure|count|number|toll|estimate|total)"
    r" (?:\w+ )?(?:lower|higher)"
    # round 41: "The park's operator gave a far lower figure.", "gave very different
    # counts"; a reason for the other side's lower count: "the governor counts only the
    # buses", "the port authority leaves out the tugs"
    r"|(?:gave|gives|give|giving|offered|offers) (?:a |an )?(?:(?:far|much|very|slightly"
    r"|somewhat|considerably) )?(?:lower|higher|smaller|larger|bigger|different)"
    r" (?:figure|count|number|estimate|tally|toll|total|sum|amount)s?\b"
    r"|\bcounts? only (?:the )?[a-z-]+|\bleaves? out (?:the )?[a-z-]+"
    # "put the stock far higher": any noun, when a degree word says how far
    r"|put(?:s|ting)? (?:the|its|their) [a-z]+ (?:far|much|considerably|well) (?:lower|higher))",
    re.I,
)


#: Round 44: a dispute word that disputes no figure: a rejection in the passive ("2,300
#: forged signatures ..., all of which had been rejected in the count": the things counted
#: were turned down) or a challenge as a noun ("a challenge by the governor's lawyers to
#: the sampling rules": a case in court).  Read in the words right before the cue.
_PASSIVE_BEFORE = re.compile(r"\b(?:been|being|be|were|was|are|is)\s+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)


def _disputes_no_figure(text: str, m: re.Match[str]) -> bool:
    """Round 44: is the dispute cue ``m`` of ``text`` one that disputes no figure (see
    above)?"""
    cue = m.group(0).lower()
    before = text[max(0, m.start() - 12) : m.start()]
    if cue.startswith(("reject", "dismiss", "den")) and _PASSIVE_BEFORE.search(before):
        return True
    return cue == "challenge" and bool(_ARTICLE_BEFORE.search(before))


def quarrel(text: str) -> bool:
    """Does the article say that sources disagree about a figure (``_QUARREL`` or a
    sentence-level dispute cue anywhere in its text)?  Computed once per article in
    ``analyze`` (the record carries no body text)."""
    if _QUARREL.search(text):
        return True
    # a comparison put down to what happened since ("higher than the 23 given on Wednesday
    # because ... went to hospital later") reconciles two counts, it does not quarrel
    for m in _DISPUTE.finditer(text):
        if _BOUND_THAN.match(m.group(0)):
            continue
        if _disputes_no_figure(text, m):
            continue
        rest = re.split(r"[.;!?]\s", text[m.end() :], maxsplit=1)[0]
        if not _EXPLAINED_LATER.search(rest):
            return True
    return False


def grown_toll(
    claim: Mapping[str, Any],
    old: Mapping[str, Any],
    new_iv: tuple[float, float],
    rising: bool,
    event_t: float,
    aid: str,
) -> bool:
    """Is the claim a running total grown past an older article's figure, days later,
    that neither its own sentence nor its article restates as a figure of the key?  "...
    the collapse, which killed seven people on June 14, prosecutors said" three days
    after the health authority's four: the toll as it now stands, not a side of the
    article's quarrel about another figure, even when "four" turns up elsewhere in it
    ("the first four victims").  "City hall repeated that about 40 people were
    unaccounted for. But the residents' committee said at least 70" restates the 40 (it
    corroborated it): the article sets the two side by side."""
    fc = old["claim"]
    if not rising or float(old.get("t") or 0.0) + RIVAL_WINDOW_S >= event_t:
        return False
    if any(s.get("article") == aid for s in old.get("support") or ()):
        return False
    if new_iv[0] <= _from_json_iv(old["iv"])[1] or disputes_figure(claim):
        return False
    said = str(fc.get("text") or "").strip()
    quote = str(claim.get("quote") or "")
    if said and re.search(rf"(?<!\w){re.escape(said)}(?!\w)", quote, re.I):
        return False  # "five have died, not two as the government has stated"
    return not _named(fc.get("value"), sentence_values(claim))


def quarrel_pair(new: Mapping[str, Any], old: Mapping[str, Any], values: Collection[float]) -> bool:
    """In an article that says its sources disagree (:func:`quarrel`), is the new figure
    one side and the earlier figure the other?  Both figures name a source, the sources
    differ (as sets of content words), the article restates the earlier figure's value
    ("five people have died, not two as the government has stated"; "the troopers ...
    nine people in all") and the new figure's sentence does not say the quantity moved or
    was revised.  Such a pair is compared even when the counts are small or an incident
    guard, a time window or a cross-mention would keep them apart: the article itself
    puts the two side by side as a disagreement."""
    if not sources_differ(_source_words(new), _source_words(old)):
        return False
    if not _named(old.get("value"), values) or _delta_before_cue(new):
        return False  # "four more than the 19": the gap is no side
    return not (_moved_here(new) or revision(new))


def _moved_from_this(fc: Mapping[str, Any], moved_from: float | None) -> bool:
    """Round 41: is the earlier figure the value the new figure's sentence says the
    quantity moved from (:func:`previous_values`)?"""
    v = fc.get("value")
    return moved_from is not None and v is not None and rel_diff(float(v), moved_from) < 1e-3


def _moved_here(c: Mapping[str, Any]) -> bool:
    """Does the figure's own clause (:func:`_clause_at`) say a quantity moved (``_CHANGED``,
    ``_NOW_PERFECT``)?  Round 38: a move word of a clause subordinate to the figure's is
    another quantity's ("said the real number was closer to 300, because the port
    authority counted only ships ... and not those waiting further offshore": "further"
    is where the ships wait, not the 300 moving on)."""
    quote, _text, i = _in_sentence(c)
    if i < 0:
        return _moved_words(quote) or bool(_NOW_PERFECT.search(quote))
    mine = _clause_at(quote, i)
    cues = [
        *(m for m in _CHANGED.finditer(quote) if not _FROM_X_TO_X.match(quote, m.start())),
        *_NOW_PERFECT.finditer(quote),
    ]
    return any(_clause_at(quote, m.start()) == mine for m in cues)


#: Words by which a figure's own clause gives it as its source's side: a charge of
#: miscounting ("accusing health officials of undercounting"), "far more than", the
#: source's own evidence ("its drone surveys showed", "based on accounts from survivors",
#: "citing hospital records", "satellite images analysed by scientists it works with
#: showed"); not "far fewer than patients had hoped" (round 42: a hope is nobody's figure).
_OWN_EVIDENCE = re.compile(
    r"\b(?:under|over)-?count\w*|\bfar\s+(?:more|higher|greater|fewer|lower)\b"
    # round 42: "far fewer than patients had hoped" measures the figure against a hope,
    # no body's figure: the speaker's own result, not a rival side
    r"(?!\s+than\s+(?:[\w'\u2019-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?"
    r"(?:hoped|feared|expected|wanted|planned|thought|anticipated)\b)"
    r"|\b(?:analys[ie]s|analy[sz]ed|surveys?|images|imagery)\b[^.;]{0,40}?\bshow(?:s|ed|ing)?\b"
    r"|\bbased\s+on\b|\bciting\b",
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


def own_side_cue(c: Mapping[str, Any], *, quarrelling: bool = True) -> bool:
    """Does the figure's own clause (:func:`own_clause`) give it as its speaker's side
    (``_OWN_EVIDENCE``: a charge of miscounting, "far more than", the source's own
    evidence)?  In an article that says its sources disagree, rival wording
    (:func:`rival_wording`: "its own count", "the real toll was") and a first-person count
    (:func:`own_reading`) say so too; elsewhere they are as often a source moving its own
    count on ("'We counted 2,600 people this morning'" as the crowd kept growing)."""
    clause = own_clause(c)
    if _OWN_EVIDENCE.search(clause):
        return True
    return quarrelling and bool(
        own_reading(c) or _RIVAL_WORDING.search(clause) or quoted_own_count(c)
    )


#: A sentence that opens a quotation: its speaker is named in a later sentence.
_OPENS_QUOTE = re.compile(r"^\s*[\"\u201c]")


def quoted_own_count(c: Mapping[str, Any]) -> bool:
    """Round 41: is the figure a count in the first person in a sentence that opens a
    quotation whose speaker the extractor found in the next sentence ('"We have
    registered 1,700 Valdrian prisoners of war. The others we have not been allowed to
    see," said Hanne Duval')?  :func:`own_reading` wants the speaker in the figure's own
    sentence; after an article's "gave a much lower number" this is the same reading."""
    quote, text, i = _in_sentence(c)
    if i < 0 or not c.get("source") or not _OPENS_QUOTE.match(quote):
        return False
    if _DEFINITE_BEFORE.search(quote[:i]) or _part_after(c, quote, text, i):
        return False  # "our 120 drivers", "16 of the bodies"
    return bool(_FIRST_PERSON.search(quote[:i]))


def side_across(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Does the new figure's sentence give the old figure too, on the other side of a
    side break (", but", "while")?  "seven bodies had been recovered ..., while the
    District Police Office was still putting the toll at five"; "rose to 38 ..., the
    health ministry said, but doctors ... said ... more than 60 bodies"."""
    quote, text, i = _in_sentence(new)
    other = str(old.get("text") or "")
    if i < 0 or not other or other == text:
        return False
    masked = _blank_dates(quote)  # "June 14" is no figure
    for m in re.finditer(r"(?<![\w.,])" + re.escape(other) + r"(?![\w])", masked):
        lo, hi = sorted((i, m.start()))
        if (lo < m.start() < i + len(text)) or (i < m.end() and m.start() < i + len(text)):
            continue
        if _SIDE_BREAK.search(quote, lo, hi):
            return True
    return False


def rival_side(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Is the new figure another named source's reading of the quantity an earlier
    figure gave, rather than that figure moved on?  Both name a source and the sources
    differ (:func:`sources_differ`) -- or only the new one names a source and its own
    clause gives its own evidence (``_OWN_EVIDENCE``: "based on an analysis of records
    kept by its members" after an unattributed "About 3,400 patients were removed"), or
    only the old one does and the new one's own clause gives "its own" evidence ("said
    its own analysis of the same period showed 7,900"), or (round 40) only the new one
    names a source and its speaker counts on the body's own evidence in the first person
    (:func:`first_person_count`: '"Our members tell us 22 offices are still not open')
    -- and the new figure's sentence
    says nothing moved ("rose", "now stands at", "more", a revision, "more than first
    thought"): "About 150 people have been treated ..., the
    island's association of family doctors said ..., accusing health officials of
    undercounting" after the health office's 71."""
    if new.get("change") in ("up", "down"):
        return False
    a, b = _source_words(new), _source_words(old)
    clause = own_clause(new)
    if not (
        sources_differ(a, b)
        or (a and not b and (_OWN_EVIDENCE.search(clause) or first_person_count(new)))
        # round 35: the speaker unnamed by the extractor, its "own" evidence still says
        # it is another body than the named one ("ForestWatch Tirrane, said its own
        # analysis of the same period showed 7,900 square kilometres")
        or (not a and b and _OWN_EVIDENCE.search(clause) and _ITS_OWN.search(clause))
    ):
        return False
    q = _NOT_A_MOVE.sub(" ", str(new.get("quote") or ""))
    return not (
        _moved_words(q) or _NOW_PERFECT.search(q) or revision(new) or _FIRST_THOUGHT.search(q)
    )


#: "its own analysis", "their own survey": evidence of a body of its own.
_ITS_OWN = re.compile(r"\b(?:its|their)\s+own\b", re.I)


#: "more than the police had first thought": a speaker measuring its figure against an
#: earlier one of its own side, a revision rather than a rival reading.
_FIRST_THOUGHT = re.compile(
    r"\b(?:first|initially|originally|previously)\s+(?:thought|believed|estimated|feared)\b",
    re.I,
)


#: "had fallen ill", "fell sick" (what happened to the people counted), "its boats had
#: brought in 80 tonnes" (landed), "its latest drone survey showed" (the newest of the
#: source's surveys, not the count moved on): words of a move that are not a move of the
#: count.
_NOT_A_MOVE = re.compile(
    r"\b(?:fell|fallen|falling|falls?)\s+(?:ill|sick)\b|\b(?:brought|bringing|brings?)\s+in\b"
    r"|\b(?:latest|newest)\s+(?:[\w-]+\s+){0,2}?(?:surveys?|analys[ie]s|images|imagery)\b",
    re.I,
)


#: "from house to house", "from door to door": a way of going about, no move of a figure.
_FROM_X_TO_X = re.compile(r"from (\S+) to \1\b", re.I)


#: Words that make a count of people the running total of those ever taken somewhere
#: ("had been taken to hospital", "treated in hospital since", "admitted"), not how many
#: are there now.
_EVER_TAKEN = re.compile(
    r"\b(?:taken|brought|admitted|treated|hospitali[sz]ed|rescued"
    r"|(?:gone|went|come|came)\s+to\s+(?:the\s+)?hospital)\b",
    re.I,
)


def _ever_taken(c: Mapping[str, Any]) -> bool:
    """Is the figure a running total of people ever taken somewhere (``_EVER_TAKEN`` near
    it, no "still" / "remain")?  Round 40: "rescued", "came to hospital", and up to 64
    characters after the figure ("Four riders from the stalled Skyfall coaster were
    taken to ...").  Round 47: not beyond the next figure ("17 workers were missing and 6
    had been brought out alive": the 6 were brought out, not the 17)."""
    near = _around(c, 48, 64)
    _quote, text, i = _in_sentence(c)
    j = near.find(text) if i >= 0 else -1
    if j >= 0:
        cut = re.search(r"\d", near[j + len(text) :])
        if cut:
            near = near[: j + len(text) + cut.start()]
    return bool(_EVER_TAKEN.search(near)) and not _CONTINUED.search(near)


def _still_there(c: Mapping[str, Any]) -> bool:
    """Is the figure how many are still somewhere ("still" / "remain" near it, none of
    ``_EVER_TAKEN``): the converse of :func:`_ever_taken`?"""
    near = _around(c, 48, 48)
    return bool(_CONTINUED.search(near)) and not _EVER_TAKEN.search(near)


def _holds_on(c: Mapping[str, Any]) -> bool:
    """Does a state still holding stand next to the figure ("still", "remain", within 48
    characters either side)?"""
    return bool(_CONTINUED.search(_around(c, 48, 48)))


def _moved_words(quote: str) -> bool:
    """Does the sentence say a quantity moved (``_CHANGED``), a "from X to X" of going
    about excepted ("going from house to house with lists of families")?"""
    return any(not _FROM_X_TO_X.match(quote, m.start()) for m in _CHANGED.finditer(quote))


_DELTA_CUE = re.compile(r"^\s+(?:more|fewer|less|higher|lower)\s+than\b", re.I)


def _delta_before_cue(c: Mapping[str, Any]) -> bool:
    """Is the figure the gap itself ("23 plants were offline, four more than the 19 the
    grid operator listed": the four)?"""
    quote, text, i = _in_sentence(c)
    return i >= 0 and bool(_DELTA_CUE.match(quote[i + len(text) :]))


#: The speaker tag of a sentence that names its body by a common noun after its name:
#: "Calder Mutual has raised its count ..., the building society said".
_TAG_NOUN = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:said|says|added|reported)\b")


def named_by_tag(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 37: is the new figure's source a common noun ("the society") that the old
    figure's own sentence uses to tag its named speaker ("Calder Mutual has raised its
    count ..., the building society said")?  Then both figures are one body's: "the
    society" is Calder Mutual named again, no second source."""
    src = str(new.get("source") or "").strip()
    words = _source_words(new)
    if len(words) != 1 or (src[:1].isupper() and not src.lower().startswith("the ")):
        # a name ("Stefan Brugg", "Reuters") is a speaker of its own, not a tag noun
        return False
    (word,) = words
    tags = {m.group(1) for m in _TAG_NOUN.finditer(str(old.get("quote") or ""))}
    return word in tags and word not in _source_words(old)


#: Round 42: a value a speaker denies, right before it: "not more than a thousand", "not
#: the 198", "not 12 but 9".
_DENIED = re.compile(
    r"\bnot\s+(?:(?:the|its|their|more\s+than|over|nearly|almost|about|around|some)\s+)*$",
    re.I,
)


#: "not" / "no" right before a move word of :func:`rival_in_article`: "nine vehicles ...,
#: not more" bounds the nine, it does not move it.  (brain.py's ``_NOT_BEFORE`` is another
#: test: a figure after "not", denied.)
_NEGATION_BEFORE_MOVE = re.compile(r"\b(?:not|no)\s+$", re.I)


def denied(c: Mapping[str, Any]) -> bool:
    """Round 42: is the figure a value its sentence denies ("we find about 300 titles
    with irregularities, not more than a thousand": the thousand)?  The extractor gives
    the "not" in the figure's text or right before it."""
    quote, _text, i = _in_sentence(c)
    if str(c.get("text") or "").strip().lower().startswith("not "):
        return True
    return i > 0 and bool(_DENIED.search(quote[:i]))


#: Round 48: a figure of a ``missing`` key said to have been found again, right after it:
#: "37 packages had been found in the wrong boxes", "12 of them were located".
_FOUND_AGAIN = re.compile(
    r"^[^.;:]{0,60}?\b(?:ha[ds]|have|were|was)\s+(?:now\s+|since\s+)?(?:been\s+)?"
    r"(?:found|recovered|located|traced)\b",
    re.I,
)


def found_again(c: Mapping[str, Any]) -> bool:
    """Round 48: is a figure of a ``missing`` key the number found again (``_FOUND_AGAIN``
    in the words right after it)?  Those are no longer missing: no reading of the missing
    count."""
    if "|missing" not in str(c.get("metric") or ""):
        return False
    quote, text, i = _in_sentence(c)
    return i >= 0 and bool(_FOUND_AGAIN.search(quote[i + len(text) :]))


#: Round 48: a figure given as a whole, in the words right after it: "4,200 residents had
#: passed through filtration in total", "120 flights in all".
_IN_TOTAL_AFTER = re.compile(r"^[^.;:]{0,80}?\b(?:in\s+total|in\s+all|altogether)\b", re.I)

#: Round 48: a figure whose noun is narrowed by a relative clause right after it: "900
#: residents who failed verification", "40 claims that were refused".
_RELATIVE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){1,2}(?:who|that|which|whose)\b", re.I)


def part_of_a_total(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 48: is the new figure, smaller than an older one given as a total (``in
    total``, ``in all``), narrowed by a relative clause ("900 residents who failed
    verification")?  A part of the whole, not a rival reading of it."""
    nv, ov = new.get("value"), old.get("value")
    if not isinstance(nv, (int, float)) or not isinstance(ov, (int, float)) or nv >= ov:
        return False
    quote, text, i = _in_sentence(new)
    oquote, otext, oi = _in_sentence(old)
    return (
        i >= 0
        and oi >= 0
        and bool(_RELATIVE_AFTER.match(quote[i + len(text) :]))
        and bool(_IN_TOTAL_AFTER.search(oquote[oi + len(otext) :]))
    )


#: Round 49: the missing among those aboard ("45 people who had been aboard the trucks were
#: still missing", "a list of 73 people who boarded that boat and have not been found") and
#: how many were aboard ("about 130 people on board", "had been carrying around 90 people"):
#: a part and its whole under one generic key, never two readings of one quantity.
_MISSING_WORDS = re.compile(
    r"\b(?:missing|unaccounted|not\s+(?:yet\s+)?(?:been\s+)?(?:found|located|traced|accounted))\b",
    re.I,
)
_ABOARD_WORDS = re.compile(
    r"\b(?:aboard|on\s+board|onboard|boarded|carrying|set\s+(?:off|out))\b", re.I
)


def _figure_clause(c: Mapping[str, Any]) -> str:
    """The figure's clause: its sentence from the comma, semicolon or colon before it to
    the one after it."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return quote
    lo = max(quote.rfind(p, 0, i) for p in ",;:")
    his = [j for j in (quote.find(p, i + len(text)) for p in ",;:") if j >= 0]
    return quote[lo + 1 : min(his, default=len(quote))]


def missing_of_aboard(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Is one figure the count of the missing and the other how many were aboard (its
    clause says aboard and not missing)?  The missing are a part of those aboard."""

    def missing(c: Mapping[str, Any]) -> bool:
        return bool(_MISSING_WORDS.search(_figure_clause(c)))

    def aboard(c: Mapping[str, Any]) -> bool:
        clause = _figure_clause(c)
        return bool(_ABOARD_WORDS.search(clause)) and not _MISSING_WORDS.search(clause)

    return (missing(new) and aboard(old)) or (missing(old) and aboard(new))


def rival_in_article(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """In an article that says its sources disagree (:func:`quarrel`), is the new figure
    another source's rival reading of a figure given earlier in the same article?  Both
    name a source, the sources differ (as sets of content words), the values are of one
    order (:func:`_same_order`), and the new figure's sentence does not say the quantity
    moved or was revised, nor name it as a part of a group; under the generic
    ``people|count`` key the words after both figures say the same of the people
    (:func:`same_predicate`)."""
    if not sources_differ(_source_words(new), _source_words(old)) or named_by_tag(new, old):
        return False
    if not _same_order(new.get("value"), old.get("value"), RIVAL_RATIO):
        return False
    if other_occasions(new, old) or part_named_after_group(new) or set_in_a_scene(new):
        return False
    if also_another(new) or denied(new):
        # round 42: "about 300 titles with irregularities, not more than a thousand": the
        # value a speaker denies is the other side's, restated, not a reading of its own
        return False
    if _still_there(new) and not _holds_on(old) and _moved_here(old):
        # round 42: "64 workers remained in the camps" after "151 workers had now been
        # flown home, and ... the total number of stranded workers ... had risen to 230":
        # how many are still there is another quantity than a count the article says
        # moved on (the returned, the running total), not another body's reading of it
        return False
    if found_again(new) and not found_again(old):
        # round 48: "37 packages of drugs had been found in the wrong boxes" beside "the
        # number of missing drug packages had fallen to 175": the found are those no
        # longer missing, another quantity than the missing count
        return False
    if part_of_a_total(new, old):
        # round 48: "900 residents who 'failed verification' had been transferred" beside
        # "4,200 residents had now passed through filtration in total": a part named by
        # its own relative clause, no reading of the whole
        return False
    if what_it_has(new) or what_it_has(old):
        # round 41: "Nordsat, which has 28 satellites in orbit": what a body has is
        # context, no side of the quarrel about the 14 that stopped responding
        return False
    if (
        str(new.get("metric") or "") in _GENERIC_KEYS
        and not same_predicate(new, old)
        # round 30: a named speaker's own first-person count answers the article's
        # figure ("'We already have 35,000 people registered with us,' said ...")
        and not own_reading(new)
        # round 45: "Police said their count, taken from ticket records and the crew
        # list, was 78": the speaker's count, named as such, read against the figure
        and not count_named_own(new)
    ):
        # "people|count" says nothing of what is counted: two quantities, unless the
        # words after both figures say the same of the people ("15 people were inside",
        # "Twelve people were trapped deep inside")
        return False
    quote, _text, i = _in_sentence(new)
    if i > 0 and _SIDE_RESTATED.search(quote[:i]):
        return False  # "stood by its figure of 18,000", "the two people killed"
    if _RECALLED.search(quote):
        return False  # "Firefighters had said on Wednesday night that about 60 ...": recalled
    # the words of change that count are the figure's own ("rose to 2,600", "2,600, up
    # from"), not a later clause of the sentence ("... putting the area hit at 35,000
    # hectares, and said the ministry's agents had not yet reached the higher valleys")
    lo = _second_speaker_clause(quote, i)
    hi = len(quote) if i < 0 else i + len(_text) + RIVAL_CHANGE_AFTER
    own = quote[lo:hi]
    if _OWN_COUNT.search(own):
        # "said its own count had reached 4,100 cases": the speaker's own count moved,
        # and it is still the other side of the article's figure
        return not revision(new)
    # round 42: the move words are read in the whole sentence and kept when they start in
    # the figure's stretch: cut at its end, "not more than a thousand" read "more th", a
    # move ("more" but not "more than"); "not more" / "no more" bounds the figure
    moved = any(
        lo <= m.start() < hi
        and not _NEGATION_BEFORE_MOVE.search(quote, 0, m.start())
        # round 45: "48 people brought out of that trailer": people carried out of a
        # place, no count brought to a new total
        and not _BROUGHT_OUT.match(quote, m.start())
        for m in _CHANGED_HERE.finditer(quote)
    )
    return not (moved or _NOW_PERFECT.search(quote[lo:]) or revision(new))


#: Round 45: people carried out of the place the count is of ("48 people brought out of
#: that trailer"): no total brought to a figure.  Not "brought to the surface / to
#: hospital": those name the rescued, a part (h60-1-1's eleven miners against 42 trapped).
_BROUGHT_OUT = re.compile(
    r"(?:bring\w*|brought)\s+out\s+of\b",
    re.I,
)

#: Round 45: the figure named as the speaker's own count: "their count, taken from ticket
#: records and the crew list, was 78", "its figure was 1,200".
_COUNT_NAMED_OWN = re.compile(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:count|figure|tally)\b[^.;:]{0,80}?"
    r"\b(?:was|is|stood\s+at|came\s+to)\s+$",
    re.I,
)


def count_named_own(c: Mapping[str, Any]) -> bool:
    """Round 45: does the figure's sentence name it as its speaker's own count right before
    it ("Police said their count, taken from ticket records ..., was 78")?  A body's
    reading of the quantity the article already gave, whatever words follow the figure."""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_COUNT_NAMED_OWN.search(quote[max(0, i - 160) : i]))


#: A second speaker opening a clause of its own: ", while the union said", "; whereas
#: the charity reported".
_SECOND_SPEAKER = re.compile(
    r"[,;]\s+(?:while|whereas)\s+[^,;]{0,80}?\b(?:said|says|reported|estimated|counted)\b",
    re.I,
)


def _second_speaker_clause(quote: str, i: int) -> int:
    """Where the figure's own clause starts when a second speaker opens it before the
    figure ("The number of pharmacies ... has risen to 350, the ministry said, while the
    association said its members had found 1,100"): the first speaker's words of change
    are not the second's. 0 (the sentence) otherwise."""
    if i <= 0:
        return 0
    lo = 0
    for m in _SECOND_SPEAKER.finditer(quote[:i]):
        lo = m.start()
    return lo


#: Round 23: a speaker named in a figure's own sentence, before it ("the observer said 2,900
#: animals were dead") -- the clause's subject right before the reporting verb.
_SPEAKER_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\s[-\u2013\u2014]\s+|\b(?:and|but|while|whereas)\s+)"
    r"((?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,11}?[\w'-]+)"
    r"\s+(?:said|says|reported|estimated|counted|put)\b(?:(?!\b(?:said|says)\b)[^;])*$",
    re.I,
)
#: ... or after it, closing the sentence: "About 1,200 sheep have died ..., the exporter
#: that chartered the ship said".
_SPEAKER_AFTER = re.compile(
    r",\s+((?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,5}?[\w'-]+)\s+(?:said|says|reported|estimated)"
    r"(?:\s+on\s+\w+)?\s*[.!?\"']*\s*$",
    re.I,
)
#: Speakers that name nobody: the rival test falls back on the extractor's source.
_PRONOUN_SPEAKERS = frozenset(
    ["it", "they", "he", "she", "we", "i", "this", "that", "officials", "who", "which"]
)


def own_speaker(c: Mapping[str, Any]) -> str | None:
    """The speaker a figure's own sentence names: the subject of a reporting verb before
    the figure in its clause ("the observer said 2,900 animals"), else the speaker that
    closes the sentence after it ("..., the exporter that chartered the ship said.").
    None for a pronoun ("it said") or no reporting verb.  The extractor's ``source``
    can be carried over from a neighbouring sentence; two sides of one article then
    look like one speaker."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return None
    for pat, part in ((_SPEAKER_BEFORE, quote[:i]), (_SPEAKER_AFTER, quote[i + len(text) :])):
        m = pat.search(part)
        if m:
            words = m.group(1).lower().split()
            if words and words[-1] not in _PRONOUN_SPEAKERS and words[0] not in _PRONOUN_SPEAKERS:
                return m.group(1)
    return None


def rival_reading(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 23: is the new figure another named body's reading of the quantity an earlier
    figure of the same article gives, wherever in the article?  The speakers are read from
    each figure's own sentence where it names one (:func:`own_speaker`, else the
    extractor's source) and must differ as bodies (:func:`sources_differ`: not a person
    and her own office); neither figure is hedged as a forecast or other uncomparable
    reading (:func:`hedge_class`); both are said as readings, not parts of a group; and
    every guard of :func:`rival_in_article` holds (one order of size, one occasion, no
    word of change or revision)."""
    if hedge_class(new.get("hedge")) != "fact" or hedge_class(old.get("hedge")) != "fact":
        return False
    a = {**new, "source": own_speaker(new) or new.get("source")}
    b = {**old, "source": own_speaker(old) or old.get("source")}
    if not (own_speaker(new) or said_as_reading(new)):
        return False  # no speaker of its own in its sentence: background, not a side
    q_old, t_old, j = _in_sentence(old)
    if _part_after(old, q_old, t_old, j):
        return False  # "16 of the bodies": a part of a group
    if _own_body_speaks(new, b):
        return False
    return rival_in_article(a, b)


#: A body named right before its speaker's role ("CONRED spokesman Julio Ramirez", "UNHCR
#: official"): the body's word, lower-cased.
_TITLED = re.compile(
    r"\b([a-z]+)\s+(?:spokesman|spokeswoman|spokesperson|official|director|chief|head)\b"
)


def _own_body_speaks(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Does the new figure's sentence, before the figure, name the old figure's source as
    the body of its speaker ("the cooperative's chairman said", "the head of the
    cooperative said", "CONRED spokesman Julio Ramirez said")?  Then the two figures are
    one body's, not rival readings (naming the other body as the one undercounting is no
    tie)."""
    quote, _text, i = _in_sentence(new)
    lead = quote[: max(i, 0)].lower()
    owners = set(re.findall(r"([a-z]+)['\u2019]s?\b", lead))
    owners |= set(re.findall(r"\bof\s+(?:the\s+|its\s+)?(?:[a-z]+\s+){0,2}?([a-z]+)", lead))
    owners |= set(_TITLED.findall(lead))
    return bool(_source_words(old) & owners)


#: The speaker's own reading named as such: "its own count", "their own tally", "their own
#: losses", "its own inspectors": a word of change near it moves that speaker's series, and
#: the figure is still the other side (round 22 named five count words; round 26 any noun).
_OWN_COUNT = re.compile(r"\b(?:its|their|our)\s+own\s+[a-z]+", re.I)


#: Characters after a rival figure in which a word of change still speaks of it.
RIVAL_CHANGE_AFTER = 40

#: Rival readings an article gives side by side without saying they disagree stay within
#: this ratio of each other (15 against 12 people trapped, 34 against 26 boats); a wider
#: gap in a calm article is more often two quantities (a state's toll and a county's).
CALM_RIVAL_RATIO = 2.0

#: A figure its speaker states as the object of the reporting verb: "said 34 boats had
#: not come back", "told a council meeting ... that more than 60 people", "said it had
#: counted 18 deaths", "put the toll at 31".
_SAID_N = re.compile(
    r"\b(?:said|says|told\b[^.;]{0,60}?\bthat|reported"
    # "put the debt at", "putting the area hit at": the object need not be a count word
    r"|put(?:s|ting)?\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+at"
    # round 30: "said the true number of grounded aircraft was 52": the speaker's own
    # reading, set against the figure the article gave
    r"|\b(?:true|real|actual)\s+(?:number|figure|count|toll|total|tally)"
    r"(?:\s+of\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+(?:was|is|were|are|stood\s+at))"
    r"\s+(?:that\s+)?(?:(?:it|they|its\s+\w+)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:counted|recorded|found|registered|confirmed)\s+)?"
    r"(?:(?:only|about|around|some|roughly|nearly|almost|over|at\s+least|more\s+than)\s+)?$",
    re.I,
)
#: A quotation closing after the figure, its speaker named right after it: '"... 260
#: houses with cracks ...," said committee chair Dana Mirosh', '"... 130,000 households,"
#: Ingrid Moe said'.
_QUOTED_READING = re.compile(r"[\"\u201d]\s*(?:[\w.'\u2019-]+\s+){0,6}?(?:said|says|told)\b", re.I)
#: "16 of the bodies", "58 of the cases": a part of a group, not a reading of the group.
_OF_AFTER = re.compile(r"^\s+of\b", re.I)


def _part_after(c: Mapping[str, Any], quote: str, text: str, i: int) -> bool:
    """Does "of" right after the figure make it a part of a group ("16 of the bodies")?
    Not after a measure ("8,000 hectares of farmland", "22,000 tonnes of sargassum"):
    there "of" names what is measured (round 30)."""
    if i < 0 or not _OF_AFTER.match(quote[i + len(text) :]):
        return False
    return _unit(c) not in MEASURE_UNITS and _unit(c) not in DISTANCE_UNITS


def speaker_named(c: Mapping[str, Any], quote: str) -> bool:
    """Does the figure's sentence ``quote`` name its source, every word of it ("the
    union", "Miriam Oduya"; not a bare "It said")?"""
    src = _source_words(c)
    return bool(src) and src <= set(re.findall(r"[a-z]+", quote.lower()))


def said_as_reading(c: Mapping[str, Any]) -> bool:
    """Is the figure its named speaker's own reading: the object of the reporting verb
    (``_SAID_N``), the speaker's name in the same sentence (not "It said"), and no part
    of a group ("16 of the bodies")?"""
    quote, text, i = _in_sentence(c)
    if i < 0 or _part_after(c, quote, text, i):
        return False
    if not (_SAID_N.search(quote[:i]) or _QUOTED_READING.search(quote[i + len(text) :])):
        return False
    return speaker_named(c, quote)


#: The key of a crowd's size (the extractor's, for "a crowd of", "protesters", "people
#: marched"); see :func:`joined_gathering`.
CROWD = "crowd|attended"
#: Words after a count of people that say they were the crowd: "90,000 people had joined",
#: "about 6,000 people took part", "people marched / rallied / gathered".
_GATHERED = (
    r"(?:had\s+|have\s+|were\s+)?(?:joined|took\s+part|taken\s+part|marched|rallied|attended"
    r"|gathered|protested|demonstrated"
)
_JOINED = re.compile(r"^\s+(?:people|persons)\s+" + _GATHERED + r")\b", re.I)
#: Round 67: the same words right after a bare count, and a few more: "Organisers said
#: 25,000 had joined", "said 9,000 had marched", "said 60,000 had come". The extractor
#: names no noun there (a ``quantity?...|count`` key), so the organisers' side of the
#: crowd sits apart from the police's ``crowd|attended``.
_BARE_CROWD = re.compile(r"^\s+" + _GATHERED + r"|turned\s+out|come|came|walked)\b", re.I)


def joined_gathering(c: Mapping[str, Any]) -> bool:
    """Is a plain count of people the size of a crowd by the words right after it ("said
    90,000 people had joined", "about 6,000 people took part")?  The extractor reads a
    crowd from a gathering word next to "people"; "joined" and "took part" it leaves a
    plain ``people|count``, so one crowd sits under two keys."""
    quote, text, i = _in_sentence(c)
    return i >= 0 and bool(_JOINED.match(quote[i + len(text) :]))


def bare_crowd(c: Mapping[str, Any], metric: str) -> bool:
    """Round 67: is a count with no noun ("said 20,000 had taken part") the size of a
    crowd by the words right after it (:data:`_BARE_CROWD`)?  The brain asks it only
    where the story or the article has a crowd (:data:`CROWD`): the other side of
    organisers' and police counts."""
    if not (metric.startswith("quantity?") and metric.endswith("|count")):
        return False
    quote, text, i = _in_sentence(c)
    return i >= 0 and bool(_BARE_CROWD.match(quote[i + len(text) :]))


#: Round 30: a first-person word inside a figure's quotation ("Our aerial surveys ...
#: show", "We took samples ourselves", "I have my own test results").
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urselves|I|[Mm]y|us)\b")
#: A named speaker's own count in its own words stays within this ratio of the figure it
#: answers (the union's 20,000 hectares against the ministry's 8,000; the lab's 60,000
#: tonnes against the agency's 22,000): wider than :data:`CALM_RIVAL_RATIO`, since a body
#: that counts for itself is usually counting because the official figure is far off.
OWN_READING_RATIO = 3.5
#: A determiner right before a figure (one word between at most): "the last 400
#: vehicles", "our 120 drivers" -- a quantity referred to, not a count read.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|our|my|these|those)\s+(?:[\w-]+\s+)?$", re.I)


def own_reading(c: Mapping[str, Any]) -> bool:
    """Round 30: is the figure a named speaker's own count in the first person, inside a
    quotation that the speaker closes ('"Our flights show 40,000 hectares with dead or
    dying trees," said Elin Marsk'; '"We took samples ourselves ..., and 22 wells are
    polluted," said Tomas Wenn')?  The speaker's own evidence, set beside the figure an
    article opened with; see :func:`calm_rival`."""
    if not said_as_reading(c):
        return False
    quote, text, i = _in_sentence(c)
    m = _QUOTED_READING.search(quote[i + len(text) :])
    if m is None:
        return False
    if _DEFINITE_BEFORE.search(quote[:i]):
        return False  # "to get the last 400 vehicles moving": a known quantity, not a count
    inside = quote[: i + len(text) + m.start()]
    # the quotation opens at its opening mark when the sentence has one before the figure
    opening = max(inside.rfind("\u201c"), inside[:i].rfind('"'))
    return bool(_FIRST_PERSON.search(inside[opening + 1 :]))


#: A body's own evidence in its speaker's words: "Our members tell us", "Our count is",
#: "Our village committees have measured", "We have heard from".
_OUR_EVIDENCE = re.compile(
    r"\b(?:by\s+)?our\s+(?:[\w-]+\s+){0,2}?(?:members|count|counts|committees|records"
    r"|information|figures|volunteers|teams?|branches|staff)\b"
    r"|\bwe\s+have\s+(?:heard|had\s+reports)\s+from\b",
    re.I,
)


def first_person_count(c: Mapping[str, Any]) -> bool:
    """Round 40: is the figure a body's count on its own evidence, in the first person, in
    a quotation that opens its sentence ('"Our members tell us 35 sailors were winched
    ...', '"Our count is 400 houses damaged', '"We have heard from 700 patients')?  "We
    counted 2,600 people this morning" is not: as often the body's own figure moving on."""
    if not spoken(c):
        return False
    quote, _text, i = _in_sentence(c)
    return i >= 0 and bool(_OUR_EVIDENCE.search(quote[:i]))


#: Round 67: the speaker's own count, told in the third person right before the figure:
#: "said its observers had counted 410", "said it had counted 250", "said its records
#: showed only about 400", "said the group's own analysis ... showed 26 million".
_COUNTED_ITSELF = re.compile(
    r"(?:\b(?:it|they|(?:its|their|her|his)\s+(?:own\s+)?[\w'-]+)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:counted|recorded|found|identified|tallied)"
    r"|\b(?:its|their|[\w'-]+'s)\s+(?:own\s+)?(?:records|analysis|survey|count|tally|data)\b"
    r"[^.;]{0,80}?\bshow(?:ed|s)?(?:\s+that)?)"
    r"\s+(?:(?:only|about|around|some|roughly|nearly|almost|over|at\s+least|more\s+than)\s+)?$",
    re.I,
)


def counted_itself(c: Mapping[str, Any]) -> bool:
    """Round 67: does the figure's sentence say its speaker counted it itself, right before
    the figure ("The regional welfare agency said it had counted 250 dead sheep", "said its
    surveyors had counted 30 damaged homes", "said its records showed only about 400
    workers")?  A body that counts for itself is usually counting because another body's
    figure is far off: :func:`calm_rival` reads it within ``OWN_READING_RATIO``, as it
    reads a first-person count (:func:`own_reading`)."""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_COUNTED_ITSELF.search(quote[max(0, i - 160) : i]))


#: Round 67: the figure opens the second object clause of a reporting verb: "said the
#: cuts would be far deeper ..., and that 3,400 jobs would go", "said 3,000 tractors had
#: come and that 40,000 people had joined".
_SAID_AND_THAT = re.compile(
    r"\b(?:said|says)\b[^.;]{0,200}?\band\s+that\s+"
    r"(?:(?:only|about|around|some|roughly|nearly|almost|over|at\s+least|more\s+than)\s+)?$",
    re.I,
)


def said_and_that(c: Mapping[str, Any]) -> bool:
    """Round 67: is the figure its named speaker's reading in the second clause of what it
    said ("The union said the cuts would be far deeper than the bank admitted, and that
    3,400 jobs would go")?  :func:`said_as_reading` with the figure after "and that"."""
    quote, text, i = _in_sentence(c)
    if i < 0 or _part_after(c, quote, text, i):
        return False
    if not _SAID_AND_THAT.search(quote[max(0, i - 240) : i]):
        return False
    return speaker_named(c, quote)


def calm_rival(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """In an article with no quarrel words, is the new figure another named speaker's
    rival reading of a figure the article gave earlier ("The coastguard said 26 boats
    ... The cooperative ... said 34 boats had not come back")?  All the guards of
    :func:`rival_in_article`, and: the values within ``CALM_RIVAL_RATIO`` (a crowd's
    size, ``CROWD``, within ``RIVAL_RATIO``: organisers and police), the new
    figure stated as its speaker's own reading (:func:`said_as_reading`), the earlier one
    no part of a group either.  :func:`decide` asks it for lede figures only (a body
    figure is background without rival wording)."""
    # a crowd's size by organisers and by police is often four or five times apart
    ratio = RIVAL_RATIO if str(new.get("metric") or "") == CROWD else CALM_RIVAL_RATIO
    if ratio < OWN_READING_RATIO and (own_reading(new) or counted_itself(new)):
        ratio = OWN_READING_RATIO  # the speaker counted for itself, in its own words
    if not _same_order(new.get("value"), old.get("value"), ratio):
        return False
    if not (said_as_reading(new) or said_and_that(new)):
        return False
    q_old, t_old, j = _in_sentence(old)
    if _part_after(old, q_old, t_old, j):
        return False
    if _own_body_speaks(new, old):
        return False  # "CONRED said 3,200 ... CONRED spokesman Julio Ramirez said 1,870"
    return rival_in_article(new, old)


#: An update without words of change stays within this ratio of the figure it replaces.
UPDATE_RATIO = 20.0

#: Round 31: two sources' readings of one quantity in different articles stay within an
#: order of magnitude of each other (:func:`decide`); further apart is another quantity.
#: Wider than :data:`RIVAL_RATIO` (within one article): organisers' and police crowd
#: counts across articles run 120,000 against 18,000.
ACROSS_RIVAL_RATIO = 10.0


def _says_it_moved(
    c: Mapping[str, Any], moved_from: float | None = None, *, since: bool = True
) -> bool:
    """Does the figure's sentence say the quantity moved, was revised or carries on
    ("rose to", "down from", "corrected to", "remained", a value it moved from)?  With
    ``since=False`` a "since" is no such word (round 40: "Officers have seen 35 dogs since
    the weekend", "1,150 people have been vaccinated since it opened" count over a
    period, :data:`_CHANGED_HERE`)."""
    q = str(c.get("quote") or "")
    return bool(
        c.get("change") in ("up", "down")
        or moved_from is not None
        or (_CHANGED if since else _CHANGED_HERE).search(q)
        or continued(c)
        or revision(c)
    )


def _states_move(c: Mapping[str, Any], moved_from: float | None = None) -> bool:
    """Does the figure's sentence state that it moved: a change up or down, a value it
    moved from, a revision, or a move word in its own clause (:func:`toll_moved`)?"""
    return bool(
        c.get("change") in ("up", "down") or moved_from is not None or revision(c) or toll_moved(c)
    )


def moved_past_period(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 51: is a figure whose sentence states it moved ("raised its compensation fund
    to 3.5 million pounds, because households had been without supply for over a week",
    "the backlog had fallen to 6,000 tonnes ... clear within a week") comparable with an
    earlier figure that names no time, once its own time is left out?  A sentence that
    moves a quantity "to N" reads its period from the reason or the event around it, not
    from the quantity's span; the earlier figure it moves on from names none."""
    t = str(new.get("time") or "")
    if not t or old.get("time") or _NOT_A_MOMENT.search(t):
        return False
    return comparable({**new, "time": None}, old)


#: Round 51: times that are no event's moment around a moved figure: spans of years ("over
#: the past ten years", "since 2030", "last year", "a year") and a rate's "daily" /
#: "weekly" (also an outlet's name read as a time, "Southport Daily").
_NOT_A_MOMENT = re.compile(r"\byears?\b|\b(?:19|20)\d\d\b|^\s*(?:daily|weekly)\s*$", re.I)


def other_moment(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 57: two figures each read at its own moment ("on July 21", "on July 23",
    "Monday night", "Thursday night"), no period: comparable as readings of one count."""
    tn, to = str(new.get("time") or ""), str(old.get("time") or "")
    if not tn or not to or _PERIOD.search(tn) or _PERIOD.search(to):
        return False
    return comparable(new, old, moments=True)


def place_moved_on(
    new: Mapping[str, Any], old: Mapping[str, Any], *, moments: bool = False
) -> bool:
    """Round 69: is a figure whose sentence states it moved ("The number of people killed in
    Tuesday's strike on the hotel in Tolvash rose to 6", "bringing the death toll to five")
    the next reading of an earlier figure the scope test keeps apart only by the place read
    around each ("in the Askaran city of Tolvash", "at the Brannvik Defence plant")?  A move
    carries the story's count on; the place phrase either sentence names is the event's or
    an institution's, read in another wording, not another quantity's.  Both figures must
    agree on whether they cover the whole country (:func:`nationwide`), and their times
    must let them be compared (as the update loop's own move tests do)."""
    pn, po = _norm(new.get("place")), _norm(old.get("place"))
    if not pn or not po or pn == po or nationwide(new) != nationwide(old):
        return False
    vn, vo = new.get("value"), old.get("value")
    if vn is None or vo is None:
        return False
    # the move goes the way the sentence says: "rose to five" is no next reading of "as many
    # as 39 people" killed in tunnel fires elsewhere, "reduced to 540" none of 420
    if (float(vn) < float(vo)) != (new.get("change") == "down") and not revision(new):
        return False
    n0, o0 = {**new, "place": None}, {**old, "place": None}
    return (
        comparable(n0, o0, moments=moments)
        or moved_past_period(n0, o0)
        or span_left_behind(n0, o0)
        or other_moment(n0, o0)
    )


def small_count_only(c: Mapping[str, Any], metric: str) -> bool:
    """Round 57: is the figure one the first-figure guard (:func:`newsworthy`) keeps, or
    refuses only because it is a plain count below ten?"""
    v = c.get("value")
    if newsworthy(c, metric):
        return True
    return v is not None and abs(float(v)) < 10 and newsworthy({**c, "value": 10.0}, metric)


def part_moved_on(c: Mapping[str, Any], moved_from: float | None = None) -> bool:
    """Round 57: does a part taken out of a group ("31 of the bodies found ... have now
    been identified", "about 1,650 of the stolen cattle, up from 700 on Monday") say in
    its own clause that it moved on (a value it moved from, :func:`now_moved_on`)?  Then it
    is the next reading of that part's own count, not a new value of the group's."""
    return moved_from is not None or now_moved_on(c)


#: a state still holding in the part's own clause, after the figure: "Nine of the injured
#: were still in hospital", "4 remain in hospital", "leaving four of the crew still missing"
_PART_HOLDS = re.compile(r"^([^,;:.]{0,60}?)\b(?:still|remain(?:s|ed|ing)?)\b", re.I)
_RELATIVE = re.compile(r"\b(?:that|who|which|whom)\b", re.I)


def part_holds_on(c: Mapping[str, Any]) -> bool:
    """Round 58: does a part taken out of a group say in its own clause that it still holds
    ("Nine of the injured were still in hospital", "Of the survivors, 4 remain in
    hospital")?  Then it is the next reading of the part that holds on (how many are still
    there), not a new value of the group's.  A hold word of a relative clause ("Seven of the
    boxes that were still missing were found") is the group's, not the part's."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    m = _PART_HOLDS.match(quote[i + len(text) :])
    return m is not None and not _RELATIVE.search(m.group(1))


def part_still_held(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 58: is ``new`` a part that still holds (:func:`part_holds_on`) within
    ``FALL_RATIO`` of the figure ``old`` it would update?  "2,100 of the evacuees were still
    in the reception centre" is no next reading of the 160,000 the region received."""
    return part_holds_on(new) and _same_order(new.get("value"), old.get("value"), FALL_RATIO)


def span_left_behind(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 57: is an earlier figure counted over the story's own span ("212 suspected
    cases over the past ten days", "35 bakeries since mid-September") comparable with a
    figure that names no time ("cases have risen to 290") once that span is left out?
    The mirror of :func:`moved_past_period`: the later reading of a running count drops
    the span the first one was counted over; it is the same count, not another period's."""
    t = str(old.get("time") or "")
    if not t or new.get("time") or _NOT_A_MOMENT.search(t) or not _story_span(t):
        return False
    return comparable(new, {**old, "time": None})


#: Round 67: the story's span from its start: "since the start of June", "since the
#: beginning of the month".
_SINCE_START = re.compile(
    r"^\s*since\s+the\s+(?:start|beginning|outbreak|end)\s+of\s+(?:the\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|week|month)\s*$",
    re.I,
)


def _story_span(t: str) -> bool:
    """:data:`_STORY_SPAN`, or (round 67) a span from a date ("since Aug. 11",
    :data:`_SINCE_MONTH`) or from a month's start ("since the start of June")."""
    return bool(_STORY_SPAN.match(t) or _SINCE_MONTH.match(t) or _SINCE_START.match(t))


def span_named_later(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 67: is a figure counted since the story's start ("78,000 starfish since late
    January", "5,200 flights had been cancelled since September 2") the next reading of an
    earlier figure that names no time but says it is a running reading ("divers have now
    killed 31,000", "cancelled flights have risen to 3,900")?  The mirror of
    :func:`span_left_behind`: the span is the running count's own, no other period."""
    t = str(new.get("time") or "")
    if not t.lower().startswith("since") or old.get("time") or _NOT_A_MOMENT.search(t):
        return False
    if not _story_span(t) or not (_states_move(old) or now_moved_on(old)):
        return False
    return comparable({**new, "time": None}, old)


@lru_cache(maxsize=4096)
def _own_time(quote: str, text: str, time: str) -> str | None:
    """:func:`own_time`, cached: the update loop asks it of the same stored figures for
    every later figure of their key."""
    return own_time(quote, text, time)


def _figure_own_time(c: Mapping[str, Any]) -> Any:
    """The time scope of a figure that is its own (:func:`_own_time`); a figure with no
    time keeps what it has."""
    time = c.get("time")
    if not time:
        return time
    quote, text, _i = _in_sentence(c)
    return _own_time(quote, text, time)


def time_aside(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 67: are two figures that :func:`comparable` keeps apart by time one count once
    each is given only the time that is its own (:func:`~claimlogic.extract.frame.own_time`:
    not the time of a comparison after it, "520, up from the number announced in
    February"; of a relative clause about another noun, "which offers a month's pay for
    each year of service"; of an offset, "a week after the tsunami"; of a paper's name,
    "the celebrity weekly Stellar Week"; of an event's possessive, "this month's riots")?
    Asked in :func:`decide`'s update loop, whose figures so compared are only ever updated."""
    tn, to = new.get("time"), old.get("time")
    on, oo = _figure_own_time(new), _figure_own_time(old)
    if on == tn and oo == to:
        return False
    n2, o2 = {**new, "time": on}, {**old, "time": oo}
    return (
        comparable(n2, o2)
        or span_named_later(n2, o2)
        or (_states_move(new) and span_left_behind(n2, o2))
    )


def _background(fig: Mapping[str, Any]) -> bool:
    """Is the recorded figure background: context (:func:`context_figure`: what a place
    or body has) or set in a year before its own article's?"""
    fc = fig["claim"]
    return context_figure(fc) or owns(fc) or of_a_past_year(fc, float(fig.get("t") or 0.0))


def small_against_large(
    new: Mapping[str, Any],
    old: Mapping[str, Any],
    moved_from: float | None = None,
    ratio: float = UPDATE_RATIO,
) -> bool:
    """Round 54: is the new figure more than ``ratio`` (:data:`UPDATE_RATIO`) times smaller
    than the old one, with no move told in its own clause (:func:`_moved_in_own_clause`)?
    "Six goat farms were infected, as the number of cases rose to 74" after "about 310"
    goats culled: "rose" is the cases' move; six farms are no next reading of 310 of
    anything."""
    v, w = new.get("value"), old.get("value")
    if v is None or w is None or _same_order(v, w, ratio):
        return False
    if abs(float(v)) >= abs(float(w)):
        return False
    if new.get("change") in ("up", "down") or moved_from is not None or revision(new):
        return False
    clause = own_clause(new) or str(new.get("quote") or "")
    # ", as the number who had crossed rose to ...": what follows tells another figure
    text = str(new.get("text") or "")
    at = clause.find(text) if text else -1
    if at >= 0:
        m = _AS_ANOTHER.search(clause, at + len(text))
        if m:
            clause = clause[: m.start()]
    return not _moved_in_own_clause({**new, "quote": clause, "text": text}, moved_from)


#: Round 55: a count that falls this far below the figure it would replace says so.
FALL_RATIO = 8.0


def _fell_far(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 55: is the new figure more than :data:`FALL_RATIO` times smaller than the
    old one?"""
    v, w = new.get("value"), old.get("value")
    if v is None or w is None or float(v) <= 0:
        return False
    return float(w) / float(v) > FALL_RATIO


#: Round 54: a step added to a count told before the total it brought the count to:
#: "five more", "a further 20", "another 19", "19 new".
_STEP_MORE = re.compile(
    r"\b(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+dozen|dozens|hundreds)\s+(?:more|further|additional)\b"
    r"|(?:a\s+further|another)\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.I,
)


def risen_above(new_iv: tuple[float, float], old_iv: tuple[float, float], tolerance: float) -> bool:
    """Round 63: is a toll that says it rose above the earlier figure?  Above its whole
    interval, or, for an open lower bound ("killing at least 12 people"), above its number
    as the open bound sharpened upward is ("rose to 19 in Marrow Creek"): the bound says
    the toll was no lower, not that it may already have been higher than any later one."""
    if new_iv[0] > old_iv[1] * (1 + tolerance):
        return True
    return (
        math.isinf(old_iv[1])
        and not math.isinf(old_iv[0])
        and new_iv[0] >= old_iv[0]
        and representative(new_iv) > old_iv[0] * (1 + tolerance)
    )


def on_record(new: Mapping[str, Any], old: Mapping[str, Any], tolerance: float) -> bool:
    """Round 63: does an earlier figure whose interval meets the new one hold its value on
    record (so that the new figure is no news)?  Not when only the earlier figure's lower
    bound makes the two meet and their numbers differ: "more than 700 pilgrims" treated
    holds no "910", nor does "at least 412 injured" hold the 18,500 in shelters."""
    if rel_diff(float(new.get("value") or 0.0), float(old.get("value") or 0.0)) <= tolerance:
        return True
    # a new open bound ("more than 3,000 people") says too little to be news past one, and
    # an upper bound ("up to 7,000 troops") holds every figure below it
    return new.get("bound") in ("min", "max") or old.get("bound") != "min"


def named_moved_from(
    new: Mapping[str, Any], old: Mapping[str, Any], moved_from: float | None
) -> bool:
    """Round 63: does the new figure's sentence name the earlier figure as the value it moved
    from ("three people remain in hospital, down from six at the weekend")?"""
    return (
        moved_from is not None
        and _named(old.get("value"), (moved_from,))
        and comparable(new, old, scoped=False)
    )


def step_moved_on(c: Mapping[str, Any]) -> bool:
    """Round 54: is the figure the total a step its sentence added brought the count to
    ("Police said they had arrested five more people ..., bringing the number of
    arrests to eight")?  The step says the count stood lower before: in a running story
    the total is the count moved on, an update, whether or not the step itself was filed
    as a figure (its own key's first reading is then the step, not the count)."""
    carried = _carried_to(c)
    if carried is None:
        return False
    quote, m, window = carried
    before = quote[: window + m.start()]
    return bool(_STEP_MORE.search(before[-160:]))


def named_group(c: Mapping[str, Any]) -> bool:
    """Round 54: does a capitalised name stand right after the figure, before what it
    counts ("about 3,100 Norvallan airbags")?  A group named so is a quantity of its own,
    not the story's count moved on."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    return bool(re.match(r"\s+[A-Z][a-z]+\s+[a-z]", quote[i + len(text) :]))


#: Round 55: a figure and at most four words of its noun phrase, right before a "has /
#: have / had now" ("1,100 people had now", "Thirty-eight people have now").
_NOW_OF_ANOTHER = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b)"
    r"(?:-\w+)?(?:\s+(?!(?:that|and|which|who|it|they|he|she|we)\b)[A-Za-z'-]+){0,4}?\s+$",
    re.I,
)
#: Round 55: a count that remains, right after the figure ("4,500 remained abroad").
_REMAINS_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+remain(?:s|ed|ing)?\b")


def now_moved_on(c: Mapping[str, Any]) -> bool:
    """Round 54: does the figure's own clause say "has / have / had now" or "now stands /
    totals / reached" (``_NOW_PERFECT``), with no name right after the figure
    (:func:`named_group`)?  Round 55: not when that "now" stands right after another
    figure and its noun (:data:`_NOW_OF_ANOTHER`: "1,100 people had now been treated ...,
    and that 140 were in hospital" -- the 140 is a first count of its own), unless the
    figure is a count that remains ("and that 4,500 remained abroad")."""
    if named_group(c):
        return False
    quote, text, i = _in_sentence(c)
    clause = own_clause(c)
    lo = quote.find(clause) if clause else -1
    if i < 0 or lo < 0:
        return False
    # a count that remains ("and that 4,500 remained abroad") was counted before
    remains = bool(_REMAINS_AFTER.match(quote[i + len(text) :]))
    return any(
        # round 55: "3,700 operations had now been cancelled ..., and 12,600 appointments
        # had been postponed": a "now" right after another figure's noun is that figure's
        remains
        or lo + m.start() > i
        or not _NOW_OF_ANOTHER.search(_blank_dates(quote)[: lo + m.start()])
        for m in _NOW_PERFECT.finditer(clause)
    )


#: Round 65: a word of time or state in a figure's own clause: "now", "so far", "in all",
#: "still", "remain", "passed", or a perfect tense ("have been evacuated", "has risen",
#: "had received").
_NOW_OR_STATE = re.compile(
    r"\b(?:now|so\s+far|in\s+(?:all|total)|still|remain(?:s|ed|ing)?|passed)\b"
    r"|\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un|t)\b",
    re.I,
)


def same_body_now(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 65: is the new figure the same speaking body's newer count of what its earlier
    figure counted: both name one source (or the new one's source is a common noun the
    old sentence tags that source with, :func:`named_by_tag`), and the new figure's own
    clause says when or in what state it counts (:data:`_NOW_OR_STATE`: "Police say 17
    people are now in custody" after the police's 14; "the company said it had handed out
    3.4 million bottles" after its 1.2 million)?  A body that gives its count again says it
    moved; it does not count another quantity under the same words.  A count so far grows:
    one below the earlier figure counts only when its clause says a state still holds
    ("still", "remain"); a distance is no count."""
    own = _source_words(new)
    if _unit(new) in DISTANCE_UNITS or not own:
        return False
    if not (own == _source_words(old) or named_by_tag(new, old)):
        return False
    clause = own_clause(new) or ""
    if _CONTINUED.search(clause):
        return True  # "about 22,000 households ... still had no water": a state, either way
    nv, ov = new.get("value"), old.get("value")
    # a count so far ("had handed out", "now") grows: a smaller one is another quantity
    # ("12 cars had already been handed back" after the four seized)
    return (
        nv is not None
        and ov is not None
        and float(nv) > float(ov)
        and bool(_NOW_OR_STATE.search(clause))
    )


def newer_count_of_body(claim: Mapping[str, Any], fig: Mapping[str, Any], event_t: float) -> bool:
    """Round 65: is the claim, said at ``event_t``, the same body's newer count of the
    ledger figure ``fig`` (later, within the fall ratio, :func:`same_body_now`)?"""
    return (
        event_t > float(fig.get("t") or 0.0)
        and _same_order(claim.get("value"), fig["claim"].get("value"), FALL_RATIO)
        and same_body_now(claim, fig["claim"])
    )


#: Round 54: ", as ..." / ", with ..." after a figure opens what goes on beside it.
_AS_ANOTHER = re.compile(r",\s+(?:as|with)\s", re.I)


def _moved_in_own_clause(c: Mapping[str, Any], moved_from: float | None = None) -> bool:
    """Does the figure's own clause (:func:`own_clause`) say it moved, was revised or
    carries on?  :func:`_says_it_moved` on the clause instead of the sentence: "The number
    of ticket gates out of action rose to 1,100 ..., and the attackers demanded a ransom of
    4 million florins" says the gates moved, not the sum.  (Round 34: used for sums under a
    bare noun key only; on plain counts a move verb as often governs two figures, "had now
    been found on 27,000 hectares and 1,650 farms".)"""
    if c.get("change") in ("up", "down") or moved_from is not None or revision(c):
        return True
    clause = _NOT_A_MOVE.sub(" ", own_clause(c) or str(c.get("quote") or ""))
    return bool(
        _moved_words(clause)
        or _CONTINUED.search(clause)
        or _TOLL_MOVED.search(clause)
        or _NOW_PERFECT.search(clause)
    )


#: ``_CHANGED`` without "since": "12,500 people have crossed since Saturday" is a count
#: over a period, not a count said to have moved.
_CHANGED_HERE = re.compile(_CHANGED.pattern.replace("|since", "", 1), re.I)
#: Keys that do not say what is counted ("people|count"): two figures under one of them
#: are as often two quantities (returnees and camp residents) as two readings of one.
_GENERIC_KEYS = frozenset(["people|count"])
#: A figure a side restates rather than reads: "stood by its figure of about 18,000",
#: "the official figure of 17", "the two people killed near Double Springs", "all 41".
_SIDE_RESTATED = re.compile(
    r"(?:\b(?:figure|count|estimate|tally|number|toll|total)s?\s+of"
    # round 36: "said its own figure remained 4 cubic metres": the side held, not read anew
    r"|\b(?:figure|count|estimate|tally|number|total)\s+(?:remained|remains|stood|stands)"
    r"(?:\s+at)?"
    r"|\b(?:the|its|their|his|her|these|those|all)"
    # "Ostland said it maintained that at least 60 men had died": the side held, restated
    r"|\b(?:maintained|maintains|insisted|insists|reiterated|reiterates)(?:\s+that)?)"
    r"\s+(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$",
    re.I,
)
#: A reading recalled from before the article's news: "firefighters had said ...", "the
#: firm that said on Wednesday that 37 agencies had been breached".
_RECALLED = re.compile(
    r"\bhad\s+(?:earlier\s+|initially\s+|first\s+)?(?:said|reported|given|put"
    r"|estimated|announced)\b"
    r"|\b(?:that|which|who)\s+(?:said|reported|estimated|announced)\s+(?:on|last)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b"
    # the day before the verb: "Governor Bendu, who on Wednesday put the number of dead at 40"
    r"|\b(?:that|which|who)\s+(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|week)\s+(?:said|reported|estimated|announced|put|gave)\b",
    re.I,
)


#: Round 49: :data:`_RECALLED` without a bare "had said / had reported" ("its members had
#: reported 140 lorries raided ..., well above the number given by detectives" is the
#: body's new reading, told in the pluperfect).
_RECALLED_BEFORE = re.compile(
    r"\bhad\s+(?:earlier|initially|first|previously)\s+(?:said|reported|given|put"
    r"|estimated|announced)\b"
    r"|\b(?:that|which|who)\s+(?:said|reported|estimated|announced)\s+(?:on|last)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b"
    r"|\b(?:that|which|who)\s+(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|week)\s+(?:said|reported|estimated|announced|put|gave"
    # round 52: "organisers, who on Thursday spoke of a much lower number, said 19"
    r"|spoke\s+of|cited)\b",
    re.I,
)


#: A bare correction that names no body's figure: ", not the figure announced on Sunday".
_NOT_THE_FIGURE = re.compile(
    r",\s+not\s+(?:the|its)\s+(?:figure|number|count|total)\s+(?:it\s+)?"
    r"(?:announced|given|published|released|reported)\b",
    re.I,
)


def _recency(fig: Mapping[str, Any]) -> tuple[float, str]:
    """Where a recorded figure stands in time: when it was filed, then its figure id (two
    figures filed in one moment keep one order)."""
    return (float(fig.get("t") or 0.0), str(fig["fid"]))


def _newest_side(sides: Iterable[tuple[float, dict[str, Any]]]) -> tuple[float, dict[str, Any]]:
    """Of ``(gap, figure)`` sides, the one whose figure was filed last (:func:`_recency`)."""
    return max(sides, key=lambda side: _recency(side[1]))


def own_figure_corrected(
    c: Mapping[str, Any], figs: Iterable[dict[str, Any]]
) -> dict[str, Any] | None:
    """Round 49: the earlier figure (of another article) the figure's speaker corrects by
    a bare ", not the figure announced on Sunday": the newest of ``figs`` whose source is
    the speaker its sentence names (:func:`own_speaker`), or None."""
    quote, text, i = _in_sentence(c)
    if i < 0 or not _NOT_THE_FIGURE.search(quote, i + len(text)):
        return None
    speaker = own_speaker(c)
    mine = _source_words({"source": speaker}) if speaker else frozenset()
    if not mine:
        return None
    own = [
        f
        for f in figs
        if _source_words(f["claim"]) and not sources_differ(mine, _source_words(f["claim"]))
    ]
    return max(own, key=_recency, default=None)


#: "..., 'as we told the court in November'": the speaker's side told before, restated.
_AS_TOLD_AFTER = re.compile(
    r"\bas\s+(?:we|i|it|they|he|she)\s+(?:had\s+|have\s+|has\s+)?(?:told|said|stated"
    r"|argued)\b[^.;]{0,40}?\b(?:in|on|last|earlier|before)\b",
    re.I,
)


def recalled_reading(c: Mapping[str, Any]) -> bool:
    """Round 49: is the figure recalled from before the article's news by the words before
    it ("which said on Thursday that at least 40", "had earlier put the toll at 12") or
    after it ("profits of 4 million rand, 'as we told the court in November'")?"""
    quote, text, i = _in_sentence(c)
    return i > 0 and bool(
        _RECALLED_BEFORE.search(quote[:i]) or _AS_TOLD_AFTER.search(quote, i + len(text))
    )


#: Words that say nothing of what a count of people did or where they are.
_PREDICATE_STOP = frozenset(
    """people persons person were was are is had has have been be being the a an of in on at
    to and or but that this it its their they them who which with from for by as said says
    told according some about around more than least all other others""".split()  # noqa: SIM905
)


def _predicate_words(c: Mapping[str, Any], n: int = 8) -> set[str]:
    """Content words among the ``n`` words after a figure in its sentence and the four
    before it ("put the population at", "the country's true population was probably")."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return set()
    # common words only: a name ("MELLICK -", "the Dunhollow cave") or a day ("on Monday")
    # says where or when, not what is counted
    after = re.findall(r"[A-Za-z]+", quote[i + len(text) :])[:n]
    words = after + re.findall(r"[A-Za-z]+", quote[:i])[-4:]
    return {w for w in words if w.islower() and w not in _PREDICATE_STOP and len(w) > 2}


def described_alike(
    a: Mapping[str, Any], b: Mapping[str, Any], metric_key: str, *, least: int = 1
) -> bool:
    """Do the words around two figures of one key share a content word other than the
    counted noun ("cancelled 86 flights" / "cancelled another 142 flights", "the
    cancellation of 371 flights"), compared on their first six letters?  "Engineers
    declared 34 houses unsafe" and "cracked the walls of 140 homes" do not: two quantities
    of one noun.  The noun (the key's subject, the word right after each figure) is left
    out: it is what the key already shares.  ``least``: how many words they must share
    (round 43: two, for a smaller count that states no fall)."""
    noun = {w.rstrip("s") for w in metric_key.partition("|")[0].split()}

    def words(c: Mapping[str, Any]) -> set[str]:
        quote, text, i = _in_sentence(c)
        after = re.findall(r"[A-Za-z]+", quote[i + len(text) :])[:1] if i >= 0 else []
        own = noun | {w.lower().rstrip("s") for w in after}
        return {w[:6] for w in _predicate_words(c) if w.rstrip("s") not in own}

    return len(words(a) & words(b)) >= least


def same_predicate(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Do the words around two counts of people share a content word ("were inside" /
    "trapped deep inside", "had been charged" / "were charged", "put the population at" /
    "the true population was")?"""
    return bool(_predicate_words(a) & _predicate_words(b))


#: Rival readings of one quantity stay within this ratio of each other ("380" against
#: "610" flights, "2,100" against "2,900" dockworkers); a wider gap is more often two
#: quantities under one key.
RIVAL_RATIO = 5.0

#: A sentence that gives its speaker's figure as a rival reading: "its own estimate was
#: about 5,000 jobs", "the authority's own data showed", "said the number was 'about 35'",
#: "no more than 18,000 civilians remained", "But the chairwoman ... told lawmakers", "said
#: its own volunteers, using borrowed detectors, had found 60" (whatever it calls its own).
_RIVAL_WORDING = re.compile(
    r"\b(?:its|their|our|his|her|[a-z]+'s?) own\s+(?:\w+\s+)?(?:count|estimate|figure|data"
    r"|tally|number|records?|calculations?|tests?|samples?|survey)\b"
    r"|\bsaid\s+(?:that\s+)?(?:its|their)\s+own\s+\w+"
    r"|\bthe\s+(?:real\s+|actual\s+|true\s+)?(?:number|figure|count|total|toll|tally)"
    r"\s+(?:was|is|stood|stands|were)\b"
    r"|\bno\s+more\s+than\b"
    r"|^\W*but\b",
    re.I,
)


def rival_wording(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence give it as its speaker's rival reading (``_RIVAL_WORDING``:
    "its own estimate was", "said the number was", "no more than", a sentence opening with
    "But")?  Past a long report's lede such a figure still contradicts the other side's
    (:func:`decide`); without the wording a body figure is background."""
    return bool(_RIVAL_WORDING.search(str(c.get("quote") or "")))


#: "now" with a perfect tense or a standing verb: "nine people had now been arrested",
#: "the toll now stands at 14". The count has moved on since the other reading; "now"
#: alone is no such cue ("around 11,000 troops are now in Russia").
_NOW_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+now\b|\bnow\s+(?:stands?|stood|totals?|totalled|reached)\b", re.I
)


#: Words that say a toll is the same toll, moved on: "rose to 11", "climbed to", "now
#: stands at", "bringing the toll to 25", "revised the number ... to 58".
_TOLL_MOVED = re.compile(
    r"\b(?:rose|risen|rises|climb(?:s|ed|ing)?|increased|jump(?:s|ed)|reach(?:es|ed)"
    r"|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|now|revis\w*|updat\w*"
    r"|rais(?:es|ed|ing)|rising)\b",
    re.I,
)


def toll_moved(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence say a toll it continues has moved or been revised?
    Such a figure is a development of the story's count for that role even when its
    article names other officials and places than the one that gave the earlier figure
    (the incident guard of ``decide`` does not hold it back)."""
    return _toll_moved(str(c.get("quote") or ""), str(c.get("text") or ""))


@lru_cache(maxsize=_CUES)
def _toll_moved(quote: str, text: str) -> bool:
    i = quote.find(text) if text else -1
    if i < 0:
        return bool(_TOLL_MOVED.search(quote)) or _revision(quote, text)
    # round 38: a move word governs the figures of its own clause, not those of a clause
    # subordinate to it or above it ("rose to 11 on March 5, when the last two missing
    # workers were found": "rose" is the 11's, not the two's)
    mine = _clause_at(quote, i)
    moved = any(_clause_at(quote, m.start()) == mine for m in _TOLL_MOVED.finditer(quote))
    return moved or _revision(quote, text)


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


def continued(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence say it carries on an earlier reading: a toll that moved
    or was revised (:func:`toll_moved`: "raising the death toll to 3", "now says 12"), or
    a state still holding next to the figure ("15 people are still in hospital")?  A
    first report of an event says neither ("killing 12 people")."""
    return toll_moved(c) or _holds_on(c)


#: A move verb that governs the figure itself, right before it: "had reached 9,100", "has
#: fallen to five", "had grown to 110", "now stand at 97,000", "bringing the number to
#: six" (a hedge such as "about" or "more than" may come between).
_MOVED_TO_HERE = re.compile(
    r"\b(?:reach(?:ed|es)|(?:rose|risen|grown|grew|climbed|increased|jumped|fallen|fell"
    r"|dropped|eased|declined|bring(?:s|ing)?(?:\s+\S+){0,6}?)\s+to"
    r"|(?:stands?|stood)\s+at)\s+(?:(?:about|around|some|nearly|almost|roughly|just"
    r"|more|less|fewer|than|over|under|at\s+least)\s+){0,3}$",
    re.I,
)


#: the last part of a measure's key: what is read, not counted
_MEASURE_ENDS = frozenset({"temperature", "ratio", "time"})


def moved_to_here(c: Mapping[str, Any]) -> bool:
    """Round 58: does a move verb of the figure's own sentence govern the figure itself
    ("complaints had reached 9,100", "the number of missing fell to two", "now stand at
    97,000")?  The sentence then says the count moved to this figure, whatever other
    figures it names."""
    quote, _text, i = _in_sentence(c)
    if i < 0:
        return False
    return bool(_MOVED_TO_HERE.search(quote[max(0, i - 80) : i]))


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


def previous_values(claims: list[Mapping[str, Any]]) -> dict[int, int]:
    """Which claims of an article are the earlier value another claim of the same
    sentence says it moved from: ``{index of the figure: index of its earlier value}``.
    "Only 260 people stayed in evacuation centres, down from 1,300 a night earlier":
    1,300 is 260's earlier value; "the number evacuated rose from 600 to 1,500": 600 is
    1,500's.  Both claims must be in the same sentence and unit, with no figure between
    them and no more than a few words linking them (a bare "1,300" has no unit of its
    own and takes the other's)."""
    out: dict[int, int] = {}
    by_quote: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        if c.get("quote") and c.get("start") is not None and c.get("value") is not None:
            by_quote.setdefault(str(c["quote"]), []).append(i)
    for quote, idx in by_quote.items():
        idx.sort(key=lambda i: int(claims[i]["start"]))
        first = claims[idx[0]]
        at = quote.find(str(first.get("text") or ""))
        if at < 0:
            continue
        base = int(first["start"]) - at  # where the sentence starts in the article
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
    by_quote: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        if c.get("quote") and c.get("start") is not None and c.get("value") is not None:
            by_quote.setdefault(str(c["quote"]), []).append(i)
    for quote, idx in by_quote.items():
        idx.sort(key=lambda i: int(claims[i]["start"]))
        first = claims[idx[0]]
        at = quote.find(str(first.get("text") or ""))
        if at < 0:
            continue
        base = int(first["start"]) - at  # where the sentence starts in the article
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


#: Words that make the figure after them the yardstick another figure of the sentence is
#: measured against: "more than the 142 Halcyon Cruises gave", "well above the 3,200 that
#: CONRED was still reporting", "more than double the 6,500 barrels announced by", "well
#: short of the 95% experts say is needed", "seven children have died, not three".  A
#: definite determiner or an owner must come between ("more than 20 people" is a bound).
_YARDSTICK = re.compile(
    r"\b(?:than|above|below|beyond|short\s+of|double|triple|twice|times)"
    r"\s+(?:the|its|their|his|her|[A-Z][\w-]*'s)\s+$"
    r"|,\s+not\s+(?:the\s+|its\s+|their\s+)?$",
    re.I,
)


def yardstick(c: Mapping[str, Any]) -> bool:
    """Is the figure quoted only as what another figure of its sentence is compared with
    ("164 passengers ill, more than the 142 the cruise line gave")?  It is someone
    else's figure, already reported or a benchmark: recorded and compared, but it is no
    news of this article (neither a ``new_figure`` nor an ``update``)."""
    quote, _, i = _in_sentence(c)
    return i > 0 and bool(_YARDSTICK.search(quote[:i]))


#: A figure stated as a part of a larger group: "Of the dead, 19 were in Majene", "68
#: admitted, of whom 29 have since been discharged", "278,000 of its customers had no
#: running water", "two of them seriously".  ("All but 300 of the evacuees" is the rest
#: of the group, not a part named for itself.)
_PART_BEFORE = re.compile(r"(?:\bof\s+(?:whom|which|them|those)|\bof\s+the\s+\w+,)\s*$", re.I)
_PART_AFTER = re.compile(r"^\s+(?:\w+\s+)?of\s+(?:them|whom|those|the|its|their)\b", re.I)
_ALL_BUT = re.compile(r"\ball\s+but\s*$", re.I)


#: A group named before the figure, set off by a comma: "of the 28 missing, 11 were
#: believed to have been in the Riverside district", "Of the dead, 19".
_GROUP_BEFORE = re.compile(
    r"(?:\bof\s+(?:whom|which|them|those)|\bof\s+the\s+(?:[\w,.-]+\s+){0,3}[\w-]+,"
    # round 31: "said its figure included about 350,000 people who ... worked elsewhere"
    r"|\binclud(?:ed|es|ing)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than"
    r"|at\s+least)\s+)?)\s*$",
    re.I,
)


def part_named_after_group(c: Mapping[str, Any]) -> bool:
    """Is the figure a part of a group named just before it ("of the 28 missing, 11 were
    believed to have been in the Riverside district")?  Such a part is no rival reading of
    the group's count: never a ``contradiction``.  (It may still update the part's own
    count: "Of the 19 people injured, four remained in hospital".)"""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_GROUP_BEFORE.search(quote[:i]))


#: A figure inside a clause that sets the scene of the speaker's words: "lawyer Signe
#: Hallin said outside the courthouse, where about a hundred former workers and relatives
#: had gathered with banners".
_SCENE_BEFORE = re.compile(
    r",\s*where\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|at\s+least"
    r"|over|up\s+to)\s+)?$",
    re.I,
)


def set_in_a_scene(c: Mapping[str, Any]) -> bool:
    """Round 36: is the figure the size of the scene where its speaker spoke (", where
    about a hundred former workers ... had gathered")?  Such a figure is what the reporter
    saw, no source's reading of the quantity another source counted (212 plaintiffs)."""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_SCENE_BEFORE.search(quote[:i]))


def part_of_group(c: Mapping[str, Any]) -> bool:
    """Is the figure a part of a group its sentence names ("of whom 29 have since been
    discharged")?  A part is never a new value of the group's count: no ``update``."""
    quote, text, i = _in_sentence(c)
    if i < 0 or _ALL_BUT.search(quote[:i]):
        return False
    return bool(_PART_BEFORE.search(quote[:i]) or _PART_AFTER.search(quote[i + len(text) :]))


_PARTITIVE = re.compile(r"^\s+of\s+(?:them|whom|those|these|the|its|their)\b", re.I)


def partitive(c: Mapping[str, Any]) -> bool:
    """Round 37: is the figure a part taken straight out of a group ("two of the arrested
    men", "Two of the dead were children", "three of the trawlers")?  Such a part is no
    side of a disagreement about the group's count.  A noun between ("six ships of the
    Vardanian navy") makes it a count of its own, not a part."""
    quote, text, i = _in_sentence(c)
    return i >= 0 and bool(_PARTITIVE.match(quote[i + len(text) :]))


#: A part named just before a figure that makes the figure its whole: "Nine of the
#: fourteen beaches", "69 of the 240 seats", "5,800 of the port's roughly 6,500 dockworkers".
_PART_OF_WHOLE = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|most|none))"
    r"\s+of\s+(?:(?:the|its|their|his|her)\s+(?:[\w-]+['’]s\s+)?|[\w-]+['’]s\s+)"
    r"(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+)?$"
    # "1.5 tonnes had escaped ..., out of about 9 tonnes in the system", "out of a total of"
    r"|\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+|its\s+|their\s+)?"
    r"(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)


def whole_of_part(c: Mapping[str, Any]) -> bool:
    """Is the figure the whole a part of its sentence is taken from ("Nine of the fourteen
    beaches closed reopened", "won 69 of the 240 seats", "out of about 9 tonnes")?  The
    whole is background to
    the part: recorded and compared, never announced as a ``new_figure``."""
    quote, _text, i = _in_sentence(c)
    return i >= 0 and bool(_PART_OF_WHOLE.search(quote[:i]))


#: A definite or possessive determiner right before a count's number: "its 31 aircraft",
#: "the 14 public hospitals in the region", "the airline's 210 member companies", "one
#: of 11 hospitals".  Not after "all": "ordered all of its roughly 46,000 hens culled" is
#: the event's count.
_PRESUPPOSED = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|these|those|one\s+of(?:\s+the)?)|\w['’]s)"
    r"\s+(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)

#: What a place, body or firm has, not what happened: "the hospital, which has 180 beds",
#: "Halvern, which employs about 3,400 people", "a block that houses about 240 students",
#: "a former factory with room for 3,000", "is home to about 600 people".
_WHAT_IT_HAS = re.compile(
    r"\b(?:(?:which|that|who)\s+(?:has|had|have)|employ(?:s|ed|ing)|hous(?:es|ed|ing)"
    r"|accommodat(?:es|ed|ing)|home\s+to|room\s+for|(?:population|membership|staff"
    r"|workforce|fleet)\s+of|inhabitants\s+of"
    # what it can do: "can process up to 260,000 barrels", "a unit capable of supplying
    # 5,000 people", "a capacity of 40,000", "designed for 22,000"
    r"|can\s+(?:process|hold|carry|take|treat|serve|supply|produce|handle|seat|store"
    r"|weigh|grow|reach|live)"
    # the size of each of many units: "worked in teams of ten", "live in pods of 20 to 100"
    r"|\b(?:teams|groups|pods|squads|batches|shifts|units)\s+of"
    # a firm's books: "listed assets of about 640 million dollars", "reserves of 2 billion"
    r"|\b(?:assets|liabilities|reserves|turnover|revenues?|annual\s+sales)\s+of"
    r"|capable\s+of\s+\w+ing|capacity\s+(?:of|for)|designed\s+for)"
    r"\s+(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    re.I,
)


#: A rate of what something usually does, in the words just before its number: "makes
#: around 1.1 million gearboxes a year", "The beaches draw about 40,000 visitors a day",
#: "spends about 300 million euros a year", "normally handles 4,000 trucks a day",
#: "receive on average 9 litres of water per person per day".
_HABITUAL = re.compile(
    r"\b(?:(?:normally|usually|typically|generally|on\s+average)\s+(?:\w+\s+)?"
    r"|(?:makes|produces|draws|draw|attracts|spends|handles|serves|employs|exports|imports"
    r"|consumes|sells|carries|processes)\s+)"
    r"(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    re.I,
)
_PER_PERIOD = re.compile(r"\|per (?:day|week|month|year|hour|person)\b")

#: A progressive "is / was housing": what a place holds at the time, the event's figure.
_AT_THE_TIME = re.compile(r"\b(?:is|are|was|were|been|now)\s+$", re.I)

_ON_BOARD = re.compile(r"\b(?:on\s+board|aboard|onboard)\b", re.I)


def what_it_has(c: Mapping[str, Any]) -> bool:
    """Does the figure say what a place, body or firm has or can do ("the ward, which has
    12 beds", "The company, which employs 9,500 people", "can process up to 260,000
    barrels"), not what happened?  The load at the time ("which had 120 people on
    board", "the camp was housing 8,100") is the event's.  Such a figure is context
    (``context_figure``): never news and never an update of the story's figure of the
    same noun (round 20: a city's shelter beds updated by a ward's, a firm's payroll
    read as an update of the jobs at risk)."""
    return _holds_before(c, _WHAT_IT_HAS)


def _holds_before(
    c: Mapping[str, Any], holds: re.Pattern[str], *, unless_moved: bool = False
) -> bool:
    """Does ``holds`` (a verb of having, ending right before the figure) say what the
    sentence's subject has, not its load at the time ("the camp was housing 8,100",
    "which had 120 people on board") nor, with ``unless_moved``, a figure the sentence
    says moved?"""
    quote, text, i = _in_sentence(c)
    m = holds.search(quote[:i]) if i >= 0 else None
    if m is None or _AT_THE_TIME.search(quote[: m.start()]):
        return False  # "the camp was housing 8,100 people on Monday": its load that day
    if unless_moved and _moved_words(quote):
        return False  # "Sarkhan has about 17,000 troops ..., up from about 14,000": moved
    return not _ON_BOARD.search(quote[i : i + len(text) + 40])


#: A present "has" or "owns" right before the figure: "The store has 14 staff", "the
#: federation has about 14,000 members", "The group owns 14 hotels".
_OWNS = re.compile(
    r"\b(?:has|have|owns|own)\s+(?:(?:roughly|about|around|some|nearly|almost|over"
    r"|more\s+than|just\s+(?:over|under))\s+)?$",
    re.I,
)


def owns(c: Mapping[str, Any]) -> bool:
    """Does the sentence say what its subject has, in the present, as a main verb ("The
    store has 14 staff, of whom four work at night", "the Ombara federation has about
    14,000 members", "The group owns 14 hotels")?  Past the first paragraph of a long
    report that is background, like a share or a plan (see :func:`in_lede`); what it now
    holds ("the camp now has 8,100 people"), what the sentence says moved ("has about
    17,000 troops there, up from about 14,000"), a past "had" (a load at the time) and a
    perfect ("has arrested 31") are the event's."""
    return _holds_before(c, _OWNS, unless_moved=True)


def context_figure(c: Mapping[str, Any]) -> bool:
    """Is the figure context the sentence presupposes or attributes, not a figure of
    the event: a count the sentence takes as known (a definite or possessive determiner
    before its number: "its 31 aircraft were grounded", "walked out at the 14 public
    hospitals", "one of 11 hospitals placed on alert"), or what a place, body or firm
    has ("which has 180 beds", "employs about 3,400 people", "houses about 240
    students", "with room for 3,000")?  Recorded and compared, never announced as a
    ``new_figure`` and never an ``update`` (round 20: "the 17 aircraft had passed
    inspections" is no update of the 31 grounded): news states its figures, context
    refers to them."""
    quote, _text, i = _in_sentence(c)
    if i < 0:
        return False
    before = quote[:i]
    if _HABITUAL.search(before[-60:]) and _PER_PERIOD.search(str(c.get("metric") or "")):
        return True  # "Halvern makes around 1.1 million gearboxes a year": what it usually does
    if _WHAT_IT_HAS.search(before):
        # "the ferry, which had 120 people on board": the load at the time is the event's
        return what_it_has(c)
    # a small set of things the sentence takes as known is context whatever verb stands
    # near it ("the worst fighting between the two armies", "with the two governments")
    presupposable = c.get("property") == "count" or (
        scenery_count(c) and not _PEOPLE_EVENT.search(str(c.get("property") or ""))
    )
    m = _PRESUPPOSED.search(before) if presupposable else None
    return m is not None and not re.search(r"\ball\s+(?:of\s+)?$", before[: m.start()], re.I)


#: Round 55: a present-tense verb of what a place, body or firm usually does or holds,
#: right before the figure: "The fair draws about 80,000 visitors over its five days",
#: "The network carries about 1.1 million journeys on a weekday", "The city receives
#: about 11,200 applications each year", "which pays up to 2 million euros per claim",
#: "A brigade at full strength numbers about 4,500 troops".  Not what it now does
#: ("A bottle now costs 3 dinars": the story's price).
_USUAL_ACTIVITY = re.compile(
    # round 57: an apposition or a participle may stand between the subject and its verb
    # ("The fair, held every June since 1911, draws", "Dunmore, the largest, receives")
    r"\b(\w+),?\s+(?:still\s+|also\s+|normally\s+|usually\s+|typically\s+)?"
    r"(?:serves|farms|holds|expects|numbers|pays|runs|includes|carries|receives|costs"
    r"|draws|attracts|handles|employs|welcomes|sees|earns|spends|produces|makes|sells"
    r"|supplies|hosts|feeds|treats|trains|processes)\s+"
    r"(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than|up\s+to"
    r"|an\s+average\s+of|at\s+most|at\s+least)\s+)?$",
    # lower case: a capitalised "Feeds" or "Holds" is a name ("fined Halvard Feeds")
)


def usual_activity(c: Mapping[str, Any]) -> bool:
    """Round 55: does a present-tense verb of what its subject usually does or holds stand
    right before the figure ("draws about 80,000 visitors", "carries about 1.1 million
    journeys on a weekday", "which pays up to 2 million euros per claim", "holds about
    28 billion marks in cash")?  That is how things are, the setting of a story, not what
    happened: recorded and compared, never announced as a ``new_figure``.  What it does
    now ("now costs", "already holds") is the story's."""
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return False
    m = _USUAL_ACTIVITY.search(quote[max(0, i - 60) : i])
    return m is not None and m.group(1).lower() not in ("now", "already", "currently")


#: Round 57: a present-tense verb of a non-restrictive relative clause, a few words before
#: the figure: what the clause's noun is or does ("the ministry's archives, which hold about
#: 70,000 boxes", "Brightwell, which already supplies 2.1 million homes", "the Spring Cup,
#: which carries a purse of 600,000 crowns", "the eight companies, which together run 112
#: lifts", "a single agency, which pays interpreters a flat 38 euros an hour").
_RELATIVE_PRESENT = re.compile(
    r",\s+(?:which|who|that)\s+(?:also\s+|together\s+|already\s+|normally\s+|usually\s+"
    r"|still\s+)?(?P<verb>[a-z]+)\s+(?:[a-z'-]+\s+){0,3}?"
    r"(?:(?:about|around|some|roughly|up\s+to|at\s+least|more\s+than|nearly|at\s+most)\s+)?$"
)
#: Plural present verbs of holding or doing (a singular one ends in -s).
_PLURAL_PRESENT = frozenset(
    [
        "hold",
        "run",
        "carry",
        "serve",
        "employ",
        "house",
        "supply",
        "produce",
        "pay",
        "earn",
        "grow",
        "list",
        "own",
        "operate",
        "handle",
        "take",
        "feed",
        "draw",
        "make",
    ]
)
#: Singular -s words that are no verb of what the noun is or does ("covers" is a recall's or
#: an order's own reach: "whose order covers roughly 30,000 residents").
_NOT_RELATIVE_PRESENT = frozenset(["was", "has", "is", "does", "covers", "includes", "says"])
#: "which cost 2 million francs to build": what a thing cost to make, in the past.
_COST_TO = re.compile(r"^(?:\s+[a-z]+){0,2}\s+to\s+[a-z]+")


def relative_present(c: Mapping[str, Any]) -> bool:
    """Round 57: does the figure stand in a non-restrictive relative clause that says, in
    the present, what the clause's noun is or does ("the archives, which hold about 70,000
    boxes of files", "Brightwell, which already supplies 2.1 million homes", "the eight
    companies, which together run 112 lifts", "the Spring Cup, which carries a purse of
    600,000 crowns"), or what it cost to make ("The website, which cost 2 million francs to
    build")?  A relative clause describes a noun of the sentence; the sentence's own verb
    carries its news.  Recorded and compared, never announced as a ``new_figure``.  Not a
    past event of the clause ("which killed 12 people", "which hit 40 homes")."""
    quote, text, i = _in_sentence(c)
    if i <= 0:
        return False
    window = quote[max(0, i - 60) : i]
    m = _RELATIVE_PRESENT.search(window)
    if m is None or re.search(r"[,;]", window[m.end("verb") :]):
        return False
    verb = m.group("verb")
    if verb == "cost":
        return bool(_COST_TO.match(quote[i + len(text) :]))
    if verb in _NOT_RELATIVE_PRESENT:
        return False
    return verb in _PLURAL_PRESENT or (verb.endswith("s") and not verb.endswith("ss"))


#: Round 62: a relative clause that recalls what its noun said or counted before: ", which
#: has said 14 boats were lost", ", which had counted 30 injured members by May", ", who
#: has put the losses at 5 million".  Not a clause of its own after the verb ("which had
#: said it had treated 460 cases": a restatement, the brain's restated-figure check).
_RELATIVE_SAID = re.compile(
    r",\s+(?:which|who)\s+(?:has|have|had)\s+(?:\w+\s+)?"
    r"(?:said|reported|put|estimated|claimed|counted|recorded)\b"
    r"(?!\s+(?:that|it|they|he|she|we)\b)[^,;.]{0,40}$",
    re.I,
)


def relative_said(c: Mapping[str, Any]) -> bool:
    """Round 62: does the figure stand in a non-restrictive relative clause that recalls
    what the clause's noun has said or counted ("The group, which has said 14 boats were
    lost, welcomed the review", "the union, which had counted 30 injured members by May")?
    The clause names who holds the figure; the sentence's own verb carries its news.
    Recorded and compared, never announced as a ``new_figure``."""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_RELATIVE_SAID.search(quote[max(0, i - 80) : i]))


#: Round 57: a limit or cap set on the figure: "limited sales to 20 litres a car",
#: "limiting withdrawals to the equivalent of 200 euros a day", "is capped at 20,000
#: runners", "fines of up to 500,000 talers", "The maximum possible fine was about 150
#: million".
_LIMIT_BEFORE = re.compile(
    r"\b(?:limit(?:s|ed|ing)?|capp(?:ed|ing)|restrict(?:s|ed|ing)?|caps?|ration(?:s|ed|ing)?)"
    r"\s+(?:[\w'-]+\s+){0,4}?(?:to|at)\s+"
    r"(?:(?:the\s+equivalent\s+of|about|around|some|roughly|up\s+to)\s+)?$"
    r"|\b(?:fines?|penalt(?:y|ies)|prison\s+terms?|sentences?)\s+of\s+$"
    r"|\bmaximum\s+(?:possible\s+)?[a-z]+\s+(?:is|was|of|would\s+be)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_UP_TO = re.compile(r"^\s*up\s+to\b", re.I)
#: A threshold that defines a class: "missed two or more instalments", "bags of 50 or more".
_OR_MORE = re.compile(r"\bor\s+(?:more|fewer|over)\b", re.I)
#: Round 62: "at least one" / "more than one" as the figure: the threshold of a class
#: ("140,000 households had missed at least one collection"), not a count.
_AT_LEAST_ONE = re.compile(r"^(?:at\s+least|more\s+than)\s+(?:one|1|a\s+single)$", re.I)
_OR_MORE_AFTER = re.compile(
    r"^(?:\s+[a-z-]+){0,2}?\s+or\s+(?:more|fewer|less|over|above|older|younger|longer)\b", re.I
)


def limit_figure(c: Mapping[str, Any]) -> bool:
    """Round 57: is the figure a limit set on something, not an amount of it: a ration or
    cap ("stations limited sales to 20 litres a car", "limiting withdrawals to the
    equivalent of 200 euros a day", "The marathon is capped at 20,000 runners"), the most
    a law allows ("fines of up to 500,000 talers", "The maximum possible fine was about
    150 million ducats"), or the threshold of a class ("borrowers who had missed two or
    more instalments")?  A rule of the story, like a target (:func:`reference_level`):
    recorded and compared, never announced as a ``new_figure``.  A fine imposed or sought
    ("a fine of 75 million pesos") is the story's own."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    if _OR_MORE.search(text) or _OR_MORE_AFTER.match(quote[i + len(text) : i + len(text) + 40]):
        return True  # "borrowers who had missed two or more instalments": a class's threshold
    if _AT_LEAST_ONE.match(text):
        return True  # "households that missed at least one collection": a class's threshold
    m = _LIMIT_BEFORE.search(quote[max(0, i - 60) : i])
    if m is None:
        return False
    if re.match(r"(?i)fine|penalt|prison|sentence", m.group(0)):
        return bool(_UP_TO.match(text))  # "fines of up to": the law's maximum
    return True


#: Round 57: nouns of a span or repeat of time: "over two nights", "six extra days",
#: "over three harvests", "at least four times".
_TIME_NOUN = re.compile(
    r"(?:^|\s)(?:times|nights?|days?|hours?|weeks?|months?|years?|harvests|seasons?"
    r"|shifts?|minutes?|decades?|weekends?)$"
)


def time_count(metric: str) -> bool:
    """Round 57: is the figure a count of time, its key's noun a span or a repeat ("dropped
    over two nights", "a voyage of about six extra days", "underpaid over two harvests",
    "had used the port at least four times", "the first two nights of martial law")?  How
    long or how often something happened frames the story's figure; it is no quantity an
    analyst tracks: recorded and compared, never announced as a ``new_figure``."""
    parts = metric.split("|")
    return "money" not in parts and bool(_TIME_NOUN.search(parts[0]))


#: Round 57: a figure its sentence says did not move: "The death toll remained at four",
#: "the total remained 52", "stood at 21, unchanged".
_UNCHANGED_BEFORE = re.compile(
    r"\b(?:remained|remains|remain|stayed|stays|unchanged\s+at|held\s+steady\s+at"
    r"|still\s+(?:stood|stands)\s+at)\s+(?:at\s+)?(?:(?:about|around|some|roughly|nearly)\s+)?$",
    re.I,
)
_UNCHANGED_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?,?\s*unchanged\b", re.I)


def unchanged_count(c: Mapping[str, Any]) -> bool:
    """Round 57: does the sentence say a count did not move ("The ministry's official
    death toll remained at four", "the total remained 52", "the number of tanks destroyed
    stood at 21, unchanged")?  A count that stays where it was restates a known figure,
    it is no first figure.  Not a price ("Kerosene was unchanged at 156.58 shillings": a
    price board's news is that it held)."""
    if "money" in str(c.get("metric") or "").split("|"):
        return False
    quote, text, i = _in_sentence(c)
    if i <= 0:
        return False
    return bool(
        _UNCHANGED_BEFORE.search(quote[max(0, i - 40) : i])
        or _UNCHANGED_AFTER.search(quote[i + len(text) :])
    )


#: Round 57: who made a count, and where they looked: "The count, carried out by 90 staff
#: and volunteers", "a review of the petition, carried out by 150 volunteers", "Inspectors
#: visited more than 60 apiaries", "Reporters spoke to residents of 420 households", "its
#: surveyors walked the groves of all 62 member cooperatives".
_MADE_BY = re.compile(
    r"\b(?:count|review|survey|audit|census|inspection|check|study|tally)\b[^.;]{0,40}?,?\s+"
    r"(?:carried\s+out|conducted|done|compiled|made)\s+by\s+"
    r"(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least)\s+)?$"
    r"|\b(?:visited|surveyed|interviewed|polled|spoke\s+to|talked\s+to|walked)\s+"
    r"(?:[a-z'-]+\s+){0,4}?(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least"
    r"|only|all)\s+)?$",
    re.I,
)
#: "a survey in which 1,100 skippers and owners answered questions"
_ANSWERED = re.compile(
    r"^\s+(?:[a-z-]+\s+){0,3}?(?:answered|responded|replied|were\s+(?:surveyed|polled))\b", re.I
)


def method_count(c: Mapping[str, Any]) -> bool:
    """Round 57: is the figure a count of who made a count or of where they looked ("The
    count, carried out by 90 staff and volunteers", "Inspectors visited more than 60
    apiaries over the past week", "Reporters spoke to residents of 420 households", "a
    survey in which 1,100 skippers answered questions")?  How a figure was made, like a
    sample's size (:func:`method_figure`), not a figure of the story."""
    quote, text, i = _in_sentence(c)
    if i <= 0:
        return False
    if _ANSWERED.match(quote[i + len(text) :]):
        return True
    return bool(_MADE_BY.search(quote[max(0, i - 80) : i]))


#: Round 57: a measure that gives the size of a thing: "a shallow shelf of about 9,000
#: square kilometres", "carried a warhead of about 50 kilograms", "with an average weight
#: of around four kilograms", "a weld on a pipe 25 centimetres wide", "stones up to 7
#: centimetres across".
_SIZE_OF_A = re.compile(
    r"\ban?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|up\s+to|more\s+than)\s+)?$",
    re.I,
)
_SIZE_AFTER = re.compile(
    r"^\s*(?:wide|long|deep|high|tall|across|thick|in\s+(?:diameter|length|size|area))\b", re.I
)


def measured_size(c: Mapping[str, Any]) -> bool:
    """Round 57: is a measure (a unit of mass, area, length, volume, speed; not money, not
    a share) the size of a thing the sentence describes, told as an indefinite noun "of"
    it ("The Sallow Bank, a shallow shelf of about 9,000 square kilometres", "it carried a
    warhead of about 50 kilograms", "a section of about four square metres had fallen") or
    with a word of dimension after it ("a pipe 25 centimetres wide")?  What a thing
    measures describes it, like the size of a place (:func:`size_of_place`); an amount
    acted on is told with its act ("the recall of 1,200 tonnes of rice")."""
    unit = _unit(c)
    if unit not in MEASURE_UNITS and unit not in DISTANCE_UNITS:
        return False
    dims = str(c.get("metric") or "").split("|")[1:]
    if any(d in ("money", "ratio", "share", "fraction") for d in dims) or unit in ("%", "percent"):
        return False
    quote, text, i = _in_sentence(c)
    if i <= 0:
        return False
    return bool(
        _SIZE_OF_A.search(quote[max(0, i - 50) : i]) or _SIZE_AFTER.match(quote[i + len(text) :])
    )


#: Round 57: a definite determiner and a word of the rest of a known whole right before the
#: figure: "The remaining 11 boxes were intact", "the extra 35 million euros would come
#: from", "The last 300 million euros are due in December".
_THE_REST = re.compile(
    r"\b(?:the|its|their)\s+(?:extra|remaining|last|other|additional|further|same)\s+$", re.I
)


def presupposed_rest(c: Mapping[str, Any]) -> bool:
    """Round 57: does the sentence refer to the figure as the known rest or addition of
    something ("The remaining 11 boxes were intact", "Police have arrested the last three
    inmates who escaped", "The extra 6 million euros for the fund came after ...")?  Like
    a count the sentence takes as known (:func:`context_figure`), it refers to a figure,
    it does not state one."""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_THE_REST.search(quote[max(0, i - 40) : i]))


def framing_figure(c: Mapping[str, Any], metric: str) -> bool:
    """Round 57: does the figure frame the story rather than count it -- what a relative
    clause says its noun is or does (:func:`relative_present`), a limit (:func:`limit_figure`),
    a span or repeat of time (:func:`time_count`), a count the sentence says stayed
    (:func:`unchanged_count`), who made a count (:func:`method_count`), the size of a thing
    (:func:`measured_size`), a known rest (:func:`presupposed_rest`)?  Never announced as
    a ``new_figure``; a sentence that says the figure moved ("has more than doubled in four
    days to 64") is still an update."""
    return (
        relative_present(c)
        or relative_said(c)
        or limit_figure(c)
        or time_count(metric)
        or unchanged_count(c)
        or method_count(c)
        or measured_size(c)
        or presupposed_rest(c)
    )


_QUOTE_MARK = re.compile(r"[“”\"]")


def _quote_marks(quote: str, lo: int, hi: int) -> list[tuple[int, bool]]:
    """The quotation marks of ``quote[lo:hi]``: (position, opens?).  A straight quote
    opens when a word follows it at once ('"We have'), else it closes ('more," she')."""
    out = []
    for m in _QUOTE_MARK.finditer(quote, lo, hi):
        ch, nxt = m.group(0), quote[m.end() : m.end() + 1]
        opens = ch == "“" or (ch == '"' and bool(nxt) and not nxt.isspace() and nxt not in ",.;:!?")
        out.append((m.start(), opens))
    return out


def spoken(c: Mapping[str, Any]) -> bool:
    """Does the figure stand in a speaker's own words: a direct quotation that opens its
    sentence ('"We have 60 toilets for 7,000 people.', '"From now on there will be one
    figure"') or goes on from an earlier sentence and closes after the figure ('There
    are 61 vehicles in that bore," the fire chief said')?  Quotes give a report its
    colour and restate its figures; the report states its news in its own sentences.
    A quoted phrase inside the reporter's sentence ('accused the government of
    deploying "more than 4,000 officers"') is not a speaker's sentence."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    before = _quote_marks(quote, 0, i)
    if before:
        pos, opens = before[-1]
        return opens and not quote[:pos].strip()
    after = _quote_marks(quote, i + len(text), len(quote))
    return bool(after) and not after[0][1]


#: Nouns right after a figure that make it a reference level, not a measurement: "the
#: central bank's 2.5% target", "cleared the 4% threshold", "our 1 to 3 percent target band".
_REFERENCE_LEVEL = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:target|threshold|ceiling|goal|benchmark|band)s?\b", re.I
)


def reference_level(c: Mapping[str, Any]) -> bool:
    """Is the figure a target, threshold or band a measurement is held against ("the 2.5%
    target")?  Recorded and compared, never announced as a ``new_figure``."""
    quote, text, i = _in_sentence(c)
    return i >= 0 and bool(_REFERENCE_LEVEL.search(quote[i + len(text) :]))


#: A year in a figure's sentence: "the 2019 drought", "since 2013, when", "in 2024".
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_YEAR_AFTER = re.compile(r"^[^,;.]{0,40}?\bin\s+(19[5-9]\d|20\d\d)\b")


def _years_scope(c: Mapping[str, Any]) -> bool:
    """Does the figure's own time scope name a year ("since 2031", "between 2035 and
    2039")?  A tally over years, not a reading of the story's episode."""
    return bool(_YEAR.search(str(c.get("time") or "")))


def of_a_past_year(c: Mapping[str, Any], event_t: float) -> bool:
    """Is the figure set in an earlier year than the story's ("the 2019 drought, which was
    shorter, cost farmers an estimated 400 million dollars", "since 2013, when two storms
    cost insurers more than 3 billion euros", "the 60 million euros rival Brannick Axle
    set aside in 2024")?  A year before the figure in its clause, or "in <year>" just after
    it, earlier than the event's year: background for comparison, recorded but never
    announced as a ``new_figure``."""
    quote, text, i = _in_sentence(c)
    if i < 0 or event_t <= 0:
        return False
    now_year = time.gmtime(event_t).tm_year
    clause = re.split(r"[;:]|\.\s", quote[:i])[-1][-90:]
    years = [int(y) for y in _YEAR.findall(clause)]
    after = _YEAR_AFTER.search(quote[i + len(text) :])
    if after:
        years.append(int(after.group(1)))
    return any(y < now_year for y in years)


#: How far into an article its lede runs, in characters (about the first 160 words: a
#: wire report's first four or five paragraphs).  News writing puts what is new first
#: (the inverted pyramid); the body of a long report is background: earlier incidents,
#: budgets, capacities, what officials plan.
LEDE_CHARS = 1000
#: A report is long (has a body behind its lede) when its text (or, for a record without
#: its length, its figures) reaches this far (about 330 words).  A shorter report (a
#: brief, a 250-word digest) is news throughout: each paragraph may carry the day's news
#: ("Kirby also announced a new $400 million aid package" in the fifth paragraph of a
#: 260-word report).
LONG_ARTICLE_CHARS = 2000

#: A wire service's version slug before a headline: "UPDATE 2-Harnfell tunnel toll rises".
_WIRE_SLUG = re.compile(r"^\s*(?:UPDATE|REFILE|CORRECTED)\s*\d*\s*[-:]\s*", re.I)

#: A numeral or a number word of a figure's text, to find it in a headline.
_FIGURE_NUMBER = re.compile(
    r"\d[\d,.]*\d|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|dozen|hundred|thousand|million|billion|half|third|quarter)\b",
    re.I,
)


def first_paragraph_end(text: str) -> int:
    """Where an article's first paragraph (its lede sentence) ends: its first line break
    after any leading blank space; the text's length when it has none."""
    i = text.find("\n", len(text) - len(text.lstrip()))
    return i if i >= 0 else len(text)


def side_figure(c: Mapping[str, Any]) -> bool:
    """Is the figure a share or a plan (a percentage or fraction, an expected or
    hypothetical figure: "a 12 percent pay rise", "about a fifth of the region's
    traffic", "the government's forecast of 3.1 percent", "a grant of 6,000 crowns
    will be paid")?  Past the first paragraph of a long report these are the sides of
    the story (demands, forecasts, fees, budgets), not its figures (see :func:`in_lede`)."""
    dims = str(c.get("metric") or "").split("|")[1:]
    return c.get("hedge") in ("expected", "hypothetical") or bool({"ratio", "fraction"} & set(dims))


#: A rate per unit of time ("a day", "per month"): a flow, not a figure per unit.
_PER_TIME = re.compile(
    r"\|per (?:day|week|month|year|hour|minute|second|night|shift|season|weekday|term)\b"
)


def per_unit_figure(c: Mapping[str, Any]) -> bool:
    """Round 55: is the figure an amount per unit of something other than time ("an
    advance of 40,000 euros per family", "0.65 dinars a loaf", "bail of 250,000 crowns
    each", "400 parts per million", "a ceiling of 150,000 guilders per business")?  Past
    the first paragraph of a long report such a rate is a term of the story (a price, a
    scheme's payment, a limit), like a share (:func:`side_figure`), not its figure."""
    metric = str(c.get("metric") or "")
    if "|per " in metric and not _PER_TIME.search(metric):
        return True
    # round 57: a sum or amount for each of many ("compensation of 30 crowns for each
    # affected household", "would pay 50 pounds to each affected household", "paid up to
    # 150,000 talers each", "limiting customers to 20 litres each")
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    if _EACH_AFTER.match(quote[i + len(text) : i + len(text) + 60]):
        return True
    if "money" in metric.split("|") and _A_UNIT_AFTER.match(quote[i + len(text) :]):
        return True  # "selling places on the starting line for 50 euros a race"
    # "Each family receives a one-time grant of 500 dollars", "three ferries ... each carry
    # up to 250 passengers": each of many is the clause's subject
    m = _EACH_BEFORE.search(quote[:i])
    if m is None or re.search(r"[,;]", quote[m.end() - 1 : i]):
        return False
    # "Each side said 400 prisoners would be freed": a reported clause of its own
    return not re.search(r"\b(?:said|says|say|told|reported|estimated)\b", m.group(0), re.I)


_EACH_BEFORE = re.compile(
    r"(?:^|[,;]\s+(?:and\s+)?)(?:[A-Z][a-z]+\s+)?[Ee]ach\s+(?!of\b)[a-z-]+(?:\s+[a-z-]+){0,8}?"
    r"\s+(?:[a-z-]+\s+){0,3}$"
)
#: Round 57: a sum of money right before "a / an / per <noun>" other than time, or "one
#: way": "50 euros a race", "up to 6 dollars a signature", "about 900 euros one way".
_A_UNIT_AFTER = re.compile(
    r"^\s+(?:(?:a|an|per)\s+(?!(?:day|week|month|year|hour|minute|second|night|shift|season"
    r"|weekday|term|quarter|decade|time)\b)[a-z-]+|one\s+way)(?:\s|[,.;]|$)",
    re.I,
)
#: Round 57: "each" within a few words after the figure, in its own clause (not "each
#: other", not past "and" / "that": "the fund held 15 million pounds and that each family").
_EACH_AFTER = re.compile(
    r"^(?:\s+(?!and\b|that\b)[a-z'-]+){0,3}?\s+(?:(?:for|to)\s+(?:the\s+[a-z-]+\s+of\s+)?)?"
    r"each\b(?!\s+other)",
    re.I,
)


#: Round 57: a noun of a price, pay or charge right before the figure, with "of" or a
#: copula: "a daily wage of 620 rupees", "salaries of about 1,200 dollars a month", "a
#: bonus of 300 marks a month", "Weekend tickets cost 320 dollars", "whose rent is about
#: 420 pounds", "a combined reserve price of 300 billion rupees".
_PRICE_TERM = re.compile(
    r"\b(?:wages?|salary|salaries|pay|bonus(?:es)?|fares?|prices?|tickets?|rents?|fees?"
    r")\s+(?:of|is|are|was|were|cost|costs)\s+"
    r"(?:(?:about|around|some|roughly|nearly|more\s+than|up\s+to|an\s+estimated)\s+)?$",
    re.I,
)


def price_term(c: Mapping[str, Any]) -> bool:
    """Round 57: is the figure a price, pay or charge named by its noun right before it
    ("Pickers earn a daily wage of 620 rupees", "job adverts promising salaries of about
    1,200 dollars a month", "Weekend tickets cost 320 dollars this year", "Cabin crew
    starting pay is about 1,900 pounds a month")?  Past the first paragraph of a long
    report such a rate is a term of the story (what work pays, what a thing costs), like
    an amount per unit (:func:`per_unit_figure`), not its figure."""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_PRICE_TERM.search(quote[max(0, i - 40) : i]))


def scenery_count(c: Mapping[str, Any]) -> bool:
    """Is the figure a small count of things (under ten, no unit, not a toll: "two
    hangars", "the two armies", "three epidemiologists", "five supply companies")?  In
    the body of a long report past its first paragraph such counts set the scene (see
    :func:`in_lede`); a toll ("two lorry drivers were killed") is still the story's."""
    v = c.get("value")
    if v is None or abs(float(v)) >= 10 or c.get("bound") not in (None, "exact", "approx"):
        return False
    if _unit(c) in MEASURE_UNITS or _unit(c) in DISTANCE_UNITS:
        return False
    dims = str(c.get("metric") or "").split("|")
    if any(d in ("money", "ratio", "fraction") for d in dims[1:]):
        return False
    if abs(float(v)) <= 2 and not _opens_sentence(c):
        # "his two sons were rescued", "the two motorists killed in 2019": a pair inside a
        # sentence of the body is a detail of it, whatever happened to it
        return True
    return not _PEOPLE_EVENT.search(" ".join(str(x) for x in (c.get("property"), *dims[1:]) if x))


#: A past event verb right before a counted object: "Prosecutors charged seven people",
#: "had suspended three executives", "pulled six vehicles out" (not "killed in", "based at";
#: not a side's own tally of what it destroyed or struck: that is a claim of the fighting;
#: not what a body sent or deployed in response: "deployed two helicopters" sets the scene).
_DID_TO = re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?!(?:included|added|missed|destroyed|deployed|dispatched"
    r"|assigned|mobili[sz]ed|used|hired|opened)\s)"
    r"(?!\w+ed\s+(?:by|in|at|of|with)\b)(?:\w+ed|found|seized|stole|took|held|closed)"
    r"\s+(?:at\s+least\s+)?$",
    re.I,
)
#: A step added to a count the sentence then totals ("Five more people were charged,
#: bringing the number charged to 16"): the total is the development, not the step.
_STEP = re.compile(r"^\s*(?:more|other|additional|further|times)\b")
_TOTALLED = re.compile(r"\b(?:bringing|making|raising|taking)\b", re.I)


def event_told(c: Mapping[str, Any]) -> bool:
    """Round 53: does the sentence tell a small count as the object of a past event verb
    ("Prosecutors charged seven people with ...", "The council has suspended nine
    members of staff", "The county closed 9 schools")?  Past the first paragraph of a
    long report such a count is the story's news, not scenery (:func:`scenery_count`):
    not a step the sentence totals ("charged four more suspects, bringing the number
    charged to 21"), a frequency ("printed three times"), a rate ("sent two tanker
    lorries a day") nor a count taken from a tally ("the figure included seven crew")."""
    quote, text, i = _in_sentence(c)
    if i < 0 or "|per " in str(c.get("metric") or ""):
        return False
    if _STEP.match(quote[i + len(text) :]) or _TOTALLED.search(quote):
        return False
    if _DID_TO.search(quote[max(0, i - 40) : i]):
        return True
    # the count as the subject of a perfect or past passive whose verb its key reads
    # ("Five men have been charged with ..." keyed people|charged)
    m = _DONE_TO.match(quote[i + len(text) :].split(",")[0])
    return (
        m is not None
        and _opens_sentence(c)
        and m.group("verb")[:5].lower() in str(c.get("property") or "")
    )


def told_done_to(c: Mapping[str, Any]) -> bool:
    """Round 63: does a reported clause open with the count as the subject of a perfect or
    past passive ("Prosecutors said nine people had been charged with fraud", "The
    council said six beaches had been closed", "Four pilots were treated at the airport's
    medical centre, the airport said")?  What the clause tells befell them is the news
    of the sentence, not scenery (:func:`scenery_count`) wherever it stands in a long
    report; not a step ("five other suspects were released"), nor a part of a whole
    ("six of the 22 had been released"), nor one of a list ("two men who ran ..."), nor
    a count keyed for another act than the verb's."""
    quote, text, i = _in_sentence(c)
    if i < 0 or not _CLAUSE_OPENS.search(quote[max(0, i - 60) : i]):
        return False
    rest = quote[i + len(text) :]
    if _STEP.match(rest) or re.match(r"\s+of\b", rest) or _TOTALLED.search(quote):
        return False
    m = _DONE_TO.match(rest.split(",")[0])
    # the key is a plain count or reads the verb: "Seven officials have been suspended"
    # keyed officials|supplied is another role of the story's count, not this news
    dims = str(c.get("metric") or "").split("|")[1:]
    prop = (dims[0] if dims else str(c.get("property") or "count")).lower()
    return m is not None and (prop == "count" or m.group("verb")[:5].lower() in prop)


#: Round 63: where a clause opens before a figure: the sentence's start, a reporting verb
#: ("said", "told reporters that"), a semicolon or ", and (that)"; an "about" or "at
#: least" may stand between.
_CLAUSE_OPENS = re.compile(
    r"(?:^|\b(?:said|says|told\s+\w+(?:\s+\w+)?|added|announced|reported)(?:\s+that)?\s+"
    r"|[;:]\s+|,\s+and\s+(?:that\s+)?)(?:(?:at\s+least|about|some)\s+)?$",
    re.I,
)


#: A perfect or past passive after a counted subject: "Five men have been charged".
_DONE_TO = re.compile(
    r"^\s*(?:[\w'\u2019-]+\s+){0,4}?(?:(?:have|has|had)\s+(?:now\s+)?been|were|was)\s+"
    r"(?P<verb>[a-z]+ed)\b",
    re.I,
)


#: Words that say a figure of the body moved on from an earlier reading without giving
#: the earlier value: "up from its earlier count", "down from the first estimate", "15,000
#: investors had now joined", "now stood at 330", "leaving 7,300 still evacuated" (not
#: what a body "had now taken" or "have now reported": a tally of its own, round 34).
_MOVES_ON_BEFORE = re.compile(
    r"\b(?:now\s+(?:stood|stands)\s+at|leaving(?:\s+only|\s+about|\s+some)?)\s+$",
    re.I,
)
_MOVES_ON_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:up|down)\s+from\s+(?:its|their|the|an?)\s+(?:\w+\s+)?"
    r"(?:count|estimate|figure|total|tally|number|report)s?\b"
    r"|^\s+(?:[a-z]+\s+){0,3}?(?:had|has|have)\s+now\s+[a-z]+ed\b",
    re.I,
)


def moves_on(c: Mapping[str, Any]) -> bool:
    """Round 53: does the figure's sentence say the count moved on from an earlier
    reading without giving that reading's value ("said 340 people had registered ...,
    up from its earlier count", "15,000 investors had now joined the claim", "its count
    of sheep killed now stood at 330", "leaving 7,300 still evacuated")?  In the body of
    a long report such a figure is the story's next reading (:func:`decide` keeps its
    update), as one that names the value it moved from is."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    before, after = quote[max(0, i - 40) : i], quote[i + len(text) :]
    return bool(_MOVES_ON_BEFORE.search(before) or _MOVES_ON_AFTER.search(after))


#: What the authorities did to people, right before the count: "charged six managers",
#: "had arrested two men", "suspended eight kitchen staff".
_ACTED_ON = re.compile(
    r"(?<!been\s)(?<!were\s)(?<!was\s)\b"
    r"(?:charged|arrested|detained|suspended|rescued|dismissed|sacked|convicted|indicted)"
    r"\s+(?:at\s+least\s+)?$",
    re.I,
)
#: Words of another time or incident in a sentence: "in 2016", "the last outbreak",
#: "a previous strike", "a similar case".
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:19[5-9]\d|20\d\d)\b|\b(?:last|previous|earlier|worst|similar|former)\b", re.I
)


def acted_on(c: Mapping[str, Any]) -> bool:
    """Round 53: is the figure a count of people the authorities acted on, told as the
    object of the act ("Prosecutors said they had charged six managers with fraud",
    "Police said they had arrested two men in the port"), in a sentence without another
    time or incident ("in 2016", "the last outbreak")?  Far into a long report such a
    count is still the story's news, not background (:func:`in_lede`); not a price
    ("had charged up to 180 pounds", "had been charged more than 1,000 lire"), and only
    when the figure's key reads the act."""
    quote, _text, i = _in_sentence(c)
    if i < 0 or not event_told(c) or _ANOTHER_INCIDENT.search(quote):
        return False
    dims = str(c.get("metric") or "").split("|")[1:]
    if "money" in dims or _unit(c) in MEASURE_UNITS or _unit(c) in DISTANCE_UNITS:
        return False
    m = _ACTED_ON.search(quote[max(0, i - 40) : i])
    # the key reads the act ("people|charged"): a count keyed otherwise ("officers|count"
    # for "suspended 16 officers ... and dismissed two") would be set against the story's
    # other counts of the same people as one quantity
    return m is not None and m.group(0).strip()[:5].lower() in str(c.get("property") or "")


def _opens_sentence(c: Mapping[str, Any]) -> bool:
    """Does the figure open its sentence (or is its place unknown)?"""
    quote, _text, i = _in_sentence(c)
    return i < 0 or not re.search(r"[A-Za-z0-9]", quote[:i].replace("At least", ""))


#: What happened to people, beyond tolls: a small such count is the story's own ("two
#: port workers arrested", "five hunger strikers taken to hospital").
_PEOPLE_EVENT = re.compile(
    _EVENT_COUNT.pattern + r"|arrest|detain|hospitali|rescu|evacuat|displac|infect|captur",
    re.I,
)


#: Round 55: a preposition or verb that makes a count part of the setting, right before
#: it: "a firm with 120 employees", "set up with 12 nurses", "training for 150 crew
#: members", "employs 14,500 nurses across 11 hospitals", "sold goods through at least
#: 40 online accounts", "The raid involved 60 inspectors".
_SETTING_BEFORE = re.compile(
    r"\b(?:with|for|across|through|involved|involving|staffed\s+by)\s+"
    r"(?:(?:more\s+than|at\s+least|about|around|some|nearly|almost|up\s+to|over"
    r"|roughly)\s+)?$",
    re.I,
)


#: Round 55: another count of the same list right before the figure: "seized 14
#: skimming devices, 600 blank cards", "70 firefighters and 18 vehicles", "14,000
#: employees and 2.1 million retail customers" (not a partitive's whole, "Of the 17
#: survivors, 6 were ...").
_LISTED_AFTER = re.compile(
    r"\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:[\w'-]+\s+){0,2}[\w'-]+"
    r"(?:,\s+|\s+and\s+)(?:(?:about|some|more\s+than|at\s+least|around|nearly)\s+)?$",
    re.I,
)


def _unitless_count(c: Mapping[str, Any]) -> bool:
    """Is the figure a plain count: key exactly ``<noun>|count``, no unit of measure (not
    "crops|count|area", not "tonnes")?"""
    return str(c.get("metric") or "").split("|")[1:] == ["count"] and _unit(c) not in MEASURE_UNITS


def listed_after(c: Mapping[str, Any]) -> bool:
    """Round 55: is a plain count (key ``<noun>|count``, no unit of measure) a later item of
    a list of counts ("seized 14 skimming devices, 600 blank cards and 90,000 talers",
    "He said 70 firefighters and 18 vehicles were at the scene", "has about 410 branches
    and 16,000 staff")?  Past the first paragraph of a long report the list is an
    inventory; its first item carries what the sentence tells."""
    if not _unitless_count(c):
        return False
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return False
    m = _LISTED_AFTER.search(quote[max(0, i - 60) : i])
    return m is not None and not re.search(
        r"\bof\s+(?:the\s+)?$", quote[: i - len(m.group(0))][-8:], re.I
    )


def setting_count(c: Mapping[str, Any]) -> bool:
    """Round 55: is a plain count (key ``<noun>|count``, no unit of measure) the object
    of a preposition or verb that makes it part of the setting ("a Velmar firm with 120
    employees", "a testing station set up with 12 nurses", "across 11 hospitals",
    "through at least 40 online accounts", "The raid involved 60 inspectors")?  Past the
    first paragraph of a long report such a count is scenery, like a small count
    (:func:`scenery_count`); a load at the time ("with 211 passengers on board") is the
    event's."""
    if not _unitless_count(c):
        return False
    quote, text, i = _in_sentence(c)
    if i <= 0 or not _SETTING_BEFORE.search(quote[max(0, i - 50) : i]):
        return False
    return not _ON_BOARD.search(quote[i : i + len(text) + 60])


def in_lede(
    c: Mapping[str, Any],
    title: str | None = None,
    *,
    reach: int = 0,
    first_par_end: int | None = None,
    lede_chars: int = LEDE_CHARS,
    long_chars: int = LONG_ARTICLE_CHARS,
) -> bool:
    """Does the article lead with this figure?  ``reach``: how long the article is (its
    text's length, at least the end of its last figure).  In a long report (``reach`` at
    least ``long_chars``) a figure that starts ``lede_chars`` or more into the text is in
    its body, and so is a share or a plan (:func:`side_figure`), a small count of scenery
    or what a place or body has (:func:`owns`) past its first paragraph
    (``first_par_end``), unless its number is in the headline ("Fake antimalarials: 38
    patients treated"); the body of a long report is background (an earlier incident, a
    budget, a capacity, a forecast): recorded and compared, never announced as a
    ``new_figure`` (see :func:`decide`).  A claim without a position counts as in the lede.
    """
    start = c.get("start")
    if not isinstance(start, int) or reach < long_chars:
        return True
    side = (
        first_par_end is not None
        and start >= first_par_end
        and (
            side_figure(c)
            or (scenery_count(c) and not event_told(c) and not told_done_to(c))
            or owns(c)
            or setting_count(c)
            or per_unit_figure(c)
            or price_term(c)  # round 57
            or listed_after(c)
        )
    )
    if start < lede_chars and not side:
        return True
    if start >= lede_chars and acted_on(c):
        return True
    if not title:
        return False
    title = _WIRE_SLUG.sub("", title)  # "UPDATE 1-Caravel ...": the 1 is no figure
    head = {m.group(0).lower().rstrip(".,") for m in _FIGURE_NUMBER.finditer(title)}
    text = str(c.get("text") or "")
    nums = [m.group(0).lower().rstrip(".,") for m in _FIGURE_NUMBER.finditer(text)]
    return bool(nums) and nums[0] in head


def same_incident(fp_a: str, fp_b: str, min_share: float = 0.65) -> bool:
    """Do two articles name the same incident (at least 65% of the smaller one's
    named entities shared)?  Fingerprints are 4-hex-digit entity hashes; with
    fewer than 3 entities on a side there is nothing to judge and it is True."""
    a = {fp_a[i : i + 4] for i in range(0, len(fp_a), 4)}
    b = {fp_b[i : i + 4] for i in range(0, len(fp_b), 4)}
    if len(a) < 3 or len(b) < 3:
        return True
    return len(a & b) / min(len(a), len(b)) >= min_share


def severity_contradiction(d: float) -> str:
    return "high" if d >= 0.30 else "medium" if d >= 0.08 else "low"


def severity_update(d: float) -> str:
    return "high" if d >= 0.50 else "medium" if d >= 0.10 else "low"


def fmt_num(v: float | None) -> str:
    if v is None:
        return "?"
    if abs(v - round(v)) < 1e-9:
        return f"{round(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _outlet(fig: Mapping[str, Any]) -> str:
    return str(fig["article"].get("outlet") or fig["article"]["id"])


def describe(c: Mapping[str, Any]) -> str:
    t = c.get("text") or fmt_num(c.get("value"))
    return f'"{t}"'


def _own_earlier(
    claim: Mapping[str, Any],
    figures: Iterable[Mapping[str, Any]],
    aid: str,
    tolerance: float,
    *,
    here: str | None = None,
) -> bool:
    """Round 46: does the ledger hold a figure of an earlier article by the claim's own
    source (the source words name one speaker) that the claim moves away from?  With
    ``here`` (the article's version): a figure of this article, given before the claim."""
    own = _source_words(claim)
    if not own:
        return False
    if here is not None and not own <= set(
        re.findall(r"[a-z]+", str(claim.get("quote") or "").lower())
    ):
        return False  # the speaker is not named in the figure's own sentence: not sure it speaks
    v = float(claim.get("value") or 0.0)
    for fig in figures:
        fc = fig["claim"]
        this = fig["article"]["id"] == aid and (here is None or fig.get("h", "") == here)
        if this != (here is not None):
            continue
        theirs = _source_words(fc)
        if (
            theirs
            and not sources_differ(own, theirs)
            and rel_diff(v, float(fc.get("value") or 0)) > tolerance
        ):
            return True
    return False


#: Round 66: the verb that opens a count's own predicate ("5,000 workers had stayed away",
#: "2,300 shells were rejected", "would be placed on leave"): an auxiliary or modal, or a
#: past form right after the counted noun.
_PREDICATE_VERB = re.compile(
    r"\b(?:had|has|have|were|was|are|is|would|will|could|may|might|remain(?:ed)?)\b", re.I
)
_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but|while|after|before|when|because)\s|\s-\s", re.I)
_SECOND_STOP = _PREDICATE_STOP | frozenset(
    """had has have were was are is would will could may might been being not also still now
    then there here since until into over under after before when while""".split()  # noqa: SIM905
)


#: (Round 67: no "so far" -- a running count with a predicate of its own, "600 homes had
#: been tested so far", "4,200 farmers had been paid so far", is another quantity of the
#: noun, not the key's figure carried on.)
_STILL_OR_ONLY = re.compile(
    r"\b(?:now|still|remain(?:s|ed|ing)?|left|only|just|no more than|at most|"
    r"disputed?|instead|not)\b",
    re.I,
)


#: Round 67: the counted noun of a bare count told with a noun other than its key's, right
#: after the figure and right before an auxiliary or modal ("residents had", "men were").
_OTHER_NOUN = re.compile(
    r"\s+(?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*(?=\s+(?:had|has|have|were|are|would|will)\b)"
)
_PEOPLE_WORDS = frozenset({"people", "persons", "person"})
#: Words that cannot be the counted noun of :data:`_OTHER_NOUN` ("stood at 4,700 after
#: duplicates had been removed"); "people" can.
_NOT_A_NOUN = _SECOND_STOP - _PEOPLE_WORDS
#: Round 67: verbs that tally or report a count or bring it to a level ("its observers had
#: counted 410 stations", "the toll had reached 39"): the key's own quantity, no verb of
#: another one.
_TALLY_VERB = re.compile(
    r"(?:count|reach|report|pass|record|estimat|tall|confirm|topp|exceed)(?:ed|ied)", re.I
)
_PERFECT_BEFORE = re.compile(
    r"\b(?:had|has|have)\s+(?:(?:so\s+far|also|since)\s+)?([a-z]+ed)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|at\s+least|over)\s+)?$"
)
#: Round 68: a count that is the object of a simple past verb ("police seized 40 rifles",
#: "the court convicted 14 drivers", "volunteers refloated 41 whales"): the verb right
#: before the count, after a word that is no determiner, possessive or auxiliary ("an
#: estimated 40", "were reported 30" are no such verb).
_PAST_BEFORE = re.compile(
    r"(?:^|[^\w\s']\s*|\b(?!(?:a|an|the|its|their|his|her|our|was|were|is|are|be|been|being"
    r"|had|has|have)\b)[A-Za-z'-]+\s+)([a-z]+ed)\s+"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|at\s+least|over)\s+)?$"
)
#: Round 68: past verbs that hold, make up, show or need a count ("its figure included
#: 350,000 people", "the fault affected 1,900 buses", "footage showed 12,000 people",
#: "patients needed three doses"): the key's quantity again or none, not another one.
_HOLD_VERB = re.compile(r"(?:includ|involv|total|number|contain|hous|affect|show|need)l?ed", re.I)
#: Round 68: a place or origin phrase after a count's noun, then its auxiliary ("at the
#: site would", "from the three islands had"); ``group(1)`` is the noun (none here).
_POST_PLACE = re.compile(
    r"()\s+(?:at|from|in|within|near|aboard|inside|on)\s+(?:[A-Za-z'-]+\s+){0,5}?"
    r"(?=(?:had|has|have|were|are|would|will)\b)"
)
_OTHER_NOUN_PLACE = re.compile(
    r"\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+(?:at|from|in|within|near|aboard|inside|on)"
    r"\s+(?:[A-Za-z'-]+\s+){0,5}?(?=(?:had|has|have|were|are|would|will)\b)"
)

#: Round 69: a part taken out of a group with a predicate of its own ("12 of the seized
#: cars would be crushed", "8,100 of the recalled packs had been returned"): "of the", up to
#: three lower-case words, then its auxiliary or modal.  No possessive ("of the chain's
#: pharmacies had closed": the owner's stock, told again) and no pronoun or relative word
#: ("of the entries it had flagged had turned out": the verb is the relative clause's).
_PART_OWN = re.compile(
    r"\s+of\s+the\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)"
    r"(?=\s+(?:had|has|have|were|are|would|will)\b)"
)
_NOT_IN_PART = frozenset(
    "it they we he she who whom whose that which its their".split()  # noqa: SIM905
)

#: Round 69: a relative clause or an aside after a count's noun, then its auxiliary ("150
#: doctors who had worked abroad had returned", "150 animals, most of them dogs, have been
#: rehomed"); ``group(1)`` is the noun (none after the key's own noun).
_ASIDE = (
    r"(?:\s+(?:who|that)\s+(?:[A-Za-z][A-Za-z'-]*\s+){0,6}?[A-Za-z][A-Za-z'-]*"
    r"|,\s+(?:including|most\s+of\s+them|many\s+of\s+them|some\s+of\s+them|mostly)\s"
    r"[^,;]{1,80}?,)(?=\s+(?:had|has|have|were|are|would|will)\b)"
)
_POST_ASIDE = re.compile(r"()" + _ASIDE)
_OTHER_NOUN_ASIDE = re.compile(r"\s+((?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)" + _ASIDE)


def _part_own(c: Mapping[str, Any]) -> re.Match[str] | None:
    """Round 69: the group words of a part with a predicate of its own
    (:data:`_PART_OWN`), right after the figure; ``None`` when it is no such part."""
    quote, text, i = _in_sentence(c)
    m = _PART_OWN.match(quote[i + len(text) :]) if i >= 0 else None
    if m and set(m.group(1).split()) & (_NOT_A_NOUN | _NOT_IN_PART):
        return None
    return m


def _own_predicate(c: Mapping[str, Any], metric: str) -> frozenset[str] | None:
    """Round 66: the content words (first six letters) of a bare count's own predicate:
    from the verb right after the counted noun ("5,000 workers had stayed away") to the
    clause end; ``None`` when the noun is not followed by such a verb.  Round 67: or,
    for a count that is the object of a perfect verb ("had recovered 150 rifles"), that
    verb and the clause after the count; ``None`` for a verb that tallies it.  Round 68:
    the same for the object of a simple past verb ("the court convicted 14 drivers"), not
    for one that holds the key's quantity ("included", "housed"); and a place phrase may
    stand between the counted noun and its verb ("150 workers at the site would be
    placed on leave")."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return None
    rest = quote[i + len(text) :]
    noun = metric.partition("|")[0].split()
    m = re.match(
        r"\s+(?:[A-Za-z'-]+\s+){0,2}?" + r"\s+".join(map(re.escape, noun)) + r"\b", rest, re.I
    )
    if not noun:
        return None
    if not m:
        # round 69: a part with a predicate of its own ("12 of the seized cars would be
        # crushed"): the predicate after the group's words
        m = _part_own(c)
    if not m:
        # round 67: a count told with a noun of its own ("410 residents had been placed in
        # emergency accommodation" under ``people|count``, "three care homes had been
        # fined" under ``homes|count``): up to three lower-case words, then its verb
        m = _OTHER_NOUN.match(rest)
        if m and set(m.group().split()) & _NOT_A_NOUN:
            m = None  # "stood at 4,700 after duplicates had been removed": no noun
    after = rest[m.end() :] if m else rest
    end = _CLAUSE_END.search(after)
    clause = after[: end.start()] if end else after
    verb = re.match(r"\s+(?:" + _PREDICATE_VERB.pattern + r"|[a-z]+ed\b)", clause, re.I)
    if m and verb:
        return _content_stems(clause) or None
    # round 68: a place or origin phrase between the noun and its verb ("150 workers at
    # the site would be placed on leave", "1,400 agency workers at the hub had been laid
    # off"): the predicate is the verb's clause, the phrase left out
    post = (_POST_PLACE.match(after) if m else None) or _OTHER_NOUN_PLACE.match(rest)
    if post and not (set(post.group(1).split()) & _NOT_A_NOUN):
        after = post.string[post.end() :]
        end = _CLAUSE_END.search(after)
        return _content_stems(after[: end.start()] if end else after) or None
    # round 69: a relative clause or an aside there ("150 doctors who had worked abroad
    # had returned", "21 people, including children, had been near the shed"): the
    # predicate is the main verb's clause, the relative clause or aside left out
    post = (_POST_ASIDE.match(after) if m else None) or _OTHER_NOUN_ASIDE.match(rest)
    if post and not (set(post.group(1).split()) & (_NOT_A_NOUN | _NOT_IN_PART)):
        after = post.string[post.end() :]
        end = _CLAUSE_END.search(after)
        return _content_stems(after[: end.start()] if end else after) or None
    # round 67: the count is the object of a perfect verb right before it ("had recalled
    # 46,000 packs of the drops", "have so far returned 22,000 toys"): that verb and the
    # clause after the count, the key's noun left out
    before = _PERFECT_BEFORE.search(quote[:i])
    if not before:
        # round 68: the object of a simple past verb ("the court convicted 14 drivers")
        before = _PAST_BEFORE.search(quote[:i])
        if before and _HOLD_VERB.fullmatch(before.group(1)):
            return None  # "its figure included 350,000 people": the key's quantity
        if before and re.match(r"(?:fewer|less)\s+than|under|below|up\s+to", text, re.I):
            return None  # "stations served fewer than 100 voters": a bound, no count
    if not before or _TALLY_VERB.fullmatch(before.group(1)):
        return None  # "had counted 410 stations", "had reached 61,000": the key's tally
    own = _content_stems(before.group(1) + " " + clause) - _content_stems(" ".join(noun))
    return own or None


def _content_stems(text: str) -> frozenset[str]:
    """Round 66: the content words of ``text`` on their first six letters (common words of
    three letters or more, :data:`_SECOND_STOP` left out)."""
    return frozenset(
        w[:6]
        for w in re.findall(r"[A-Za-z]+", text)
        if w.islower() and w not in _SECOND_STOP and len(w) > 2
    )


def second_quantity(
    claim: Mapping[str, Any],
    figures: Collection[Mapping[str, Any]],
    metric: str,
    *,
    quarrelling: bool = False,
) -> bool:
    """Round 66: a first figure under a bare ``count`` key already alerted on that is a
    second quantity of the noun, not a restatement: its own predicate ("5,000 workers had
    stayed away") shares no content word with the clause of any earlier figure of the key
    given in another sentence ("2,300 workers had been underground"), and it neither says
    it moved nor disputes or revises one.

    Round 67, ``quarrelling`` (the article says its sources disagree): then no earlier
    figure of the key within 2.5x of it, whoever gave either -- in a quarrel a close count
    told with another verb is the other side's reading as often as not ("more than 90
    people had fallen ill" after "at least 37 people have been taken ill"), a far one is a
    quantity of its own ("4,100 overseas ballots had been rejected" after 96,000 counted)."""
    if metric.split("|")[1:] != ["count"] or not figures:
        return False
    own = _own_predicate(claim, metric)
    if own is None:
        return False
    quote = str(claim.get("quote") or "")
    for fig in figures:
        fc = fig["claim"]
        if str(fc.get("quote") or "") == quote or own & _content_stems(_figure_clause(fc)):
            return False
        # another body's count close to the key's figure ("the union said 90 people had
        # fallen ill" after the board's 54) is more often its rival reading of the same
        # quantity than a second one (round 67: in a quarrel, any close count of the key)
        rival_body = quarrelling or sources_differ(_source_words(claim), _source_words(fc))
        if rival_body and _same_order(claim.get("value"), fc.get("value"), 2.5):
            return False
    # a count still held or carried on ("were now on board", "remained at home"), or a
    # speaker's rival reading ("only 60 divers", "no more than 800") is the key's quantity
    # again, not another one
    if _STILL_OR_ONLY.search(_around(claim, 40, 0)) or _STILL_OR_ONLY.search(_figure_clause(claim)):
        return False
    return not (
        claim.get("change") in ("up", "down")
        or rival_wording(claim)
        or disputes_figure(claim)
        or revision(claim)
        or passes_earlier(claim)
        or (partitive(claim) and not _part_own(claim))
    )


def decide(
    entry: dict[str, Any] | None,
    claim: Mapping[str, Any],
    article: Mapping[str, Any],
    *,
    version: str = "",
    story: str,
    metric: str,
    label: str,
    event_t: float,
    now_iso: str,
    tolerance: float = 0.02,
    event_count_window_s: float = 3 * 24 * 3600.0,
    state_same_time_s: float = 3 * 3600.0,
    article_values: Collection[float] = (),
    alert_corroboration: bool = False,
    article_entities: str = "",
    max_figures: int = 24,
    max_against: int = 3,
    moved_from: float | None = None,
    continuing: bool = False,
    quarrelling: bool = False,
    rival_of: bool = False,
    disputed: float | None = None,
    in_lede: bool = True,
    carried_to: bool = False,
    answered: Collection[float] = (),
) -> tuple[dict[str, Any], list[tuple[str, str, list[dict[str, Any]], str, dict[str, Any]]], int]:
    """Fold one claim into a story-metric ledger entry.

    ``moved_from``: the value the claim's sentence says it moved from ("to 8,600 pounds
    from 4,100 pounds", see :func:`previous_values`); an earlier figure of that value is
    revised by the claim, in either direction.  ``continuing``: the story had articles
    before this one; a first figure of the key whose sentence says it moved ("rose to
    17", "fell to 12", "raised its offer to 5.1%") is then an ``update`` of a figure this
    ledger does not hold (under another key or never reported), with nothing ``against``.
    ``quarrelling``: the article says its sources disagree (:func:`quarrel`); an earlier
    figure it restates from another source (:func:`quarrel_pair`) is then contradicted,
    and so is an earlier figure of this article that the claim is another source's rival
    reading of (:func:`rival_in_article`); the claim's own rival wording
    (:func:`rival_wording`: "But the association said its members counted 95,000") says
    so for the article when it has no quarrel words, and so does, in the lede, a named
    speaker's own reading of the quantity close to the earlier one (:func:`calm_rival`:
    "The coastguard said 26 boats ... The cooperative said 34 boats had not come back").
    ``disputed``: the value of a figure of this same article that the claim's own sentence
    disputes (:func:`disputed_values`: "3,100 people ..., a figure the emergency service
    disputed, saying its own count of 2,300"); when that figure is under this key, the
    claim contradicts it (the brain decides the disputed figure first).
    ``in_lede``: the figure is news the article leads with (:func:`in_lede`); a figure
    in the body of a long report is background: recorded and compared, never a
    ``new_figure``, an ``update`` only when its sentence says it carries the figure on
    (:func:`continued`, a revision, a value it moved from) and it has an earlier figure to
    update, a ``contradiction`` only when it disputes one or, as the other side of an
    article's quarrel (:func:`rival_in_article`, :func:`quarrel_pair`), gives its figure in
    rival wording (:func:`rival_wording`: "its own estimate was about 5,000 jobs").
    ``answered``: values of figures that another sentence of the article disputes by name
    (:func:`disputed_values`: "2.3 billion florins ..., not the 1.6 billion cited by the
    trade ministry"); such a figure has its other side already, so the article's quarrel
    does not make the claim a side of it (the 740 million of farm goods the same article
    gives is another quantity).
    ``carried_to``: the sentence says the count was carried to the figure ("bringing the
    number of people rescued alive to 13", :func:`brought_to`) and names no step of it
    as a figure of its own; in a running story a first figure of the key is then an
    ``update`` like one that "rose to" it.

    Returns ``(entry, decisions, net figures added)`` where each decision is
    ``(kind, severity, against_figures, reason, extra)`` for the brain to turn
    into an alert (the brain applies dedup of alert ids).
    """
    if entry is None:
        entry = {
            "story": story,
            "metric": metric,
            "label": label,
            "figures": [],
            "new_alerted": False,
        }
    entry = dict(entry)
    figures: list[dict[str, Any]] = list(entry["figures"])
    aid = article["id"]
    outlet = article.get("outlet") or aid
    decisions: list[tuple[str, str, list[dict[str, Any]], str, dict[str, Any]]] = []

    # 1. corroboration of an existing figure (no alert unless alert_corroboration)
    for i, fig in enumerate(figures):
        if matches(claim, fig, tolerance) and not (
            # round 47: "One wire, not seven" after the article's own "one": the sentence
            # restates this article's figure to dispute another one by name
            disputed is not None and fig["article"]["id"] == aid and fig.get("h", "") == version
        ):
            fig = dict(fig)
            if fig["article"]["id"] != aid and all(s.get("article") != aid for s in fig["support"]):
                fig["count"] = fig.get("count", 1) + 1
                if outlet not in fig["outlets"] and len(fig["outlets"]) < 50:
                    fig["outlets"] = [*fig["outlets"], outlet]
                    if alert_corroboration and alertable(claim):
                        reason = (
                            f"{outlet} confirms {describe(fig['claim'])} for {label}, first "
                            f"reported by {_outlet(fig)} ({len(fig['outlets'])} outlets now)."
                        )
                        decisions.append(
                            (
                                "corroboration",
                                "low",
                                [fig],
                                reason,
                                {"outlets": len(fig["outlets"])},
                            )
                        )
                src = claim.get("source")
                if src and src not in fig["sources"] and len(fig["sources"]) < 20:
                    fig["sources"] = [*fig["sources"], src]
                if len(fig["support"]) < 5:
                    q = str(claim.get("quote") or "")[:QUOTE_MAX]
                    fig["support"] = [
                        *fig["support"],
                        {"article": aid, "outlet": outlet, "url": article.get("url"), "quote": q},
                    ]
            figures[i] = fig
            entry["figures"] = figures
            return entry, decisions, 0

    new_fig = new_figure_record(claim, article, event_t=event_t, now_iso=now_iso)
    new_fig["h"] = version
    values = sorted({float(v) for v in article_values if v is not None})
    if values:
        new_fig["av"] = values[:40]
    if article_entities:
        new_fig["ef"] = article_entities
    new_iv = interval(claim)
    quote_text = str(claim.get("quote") or "")

    # 2. conflicts with comparable earlier figures
    contra: list[tuple[float, dict[str, Any]]] = []
    upd: list[tuple[float, dict[str, Any]]] = []
    rising = claim.get("change") == "up" or (
        claim.get("change") != "down" and running_count(claim, metric, label)
    )
    event_count = bool(
        _EVENT_COUNT.search(" ".join(str(x) for x in (claim.get("property"), metric) if x))
    )
    state = state_quantity(claim, metric)
    # A level (firefighters on the ground, turnout, an area burned, customers affected):
    # neither a state nor a running total, but it too moves as the story develops.
    level = not (state or rising or event_count or _TOTAL.search(metric) or fixed_occasion(claim))
    overlapping: list[dict[str, Any]] = []
    # Earlier figures of another place, when the new figure says the toll moved ("rose to
    # 11 in Kangema" after "six in Murang'a County"): places inside one story nest (a town
    # in its county) more often than not, and nothing here knows which contains which.
    elsewhere: list[dict[str, Any]] = []
    moved = rising and toll_moved(claim)
    # "fewer than first reported"; round 50: "more than the inspectorate estimated last week"
    passes = passes_earlier(claim)
    passing = passes and not revision(claim)
    dispute = disputes_figure(claim) and not revision(claim) and not passing
    # round 60: a toll the lede gives as disputing another body's figure ("17 people had
    # been killed, a higher figure than the one given by police"), with no word that it
    # moved, is that toll's other side whatever places or people the two articles name:
    # the incident guard below does not take it for another incident's toll
    disputed_toll = disputing_toll(claim, dispute, in_lede)
    # round 60: "far more than the municipality reported last month": the time read in the
    # dispute cue's own clause is when the other body spoke, not the figure's own time
    compared_claim = {**claim, "time": None} if dispute and time_in_cue(claim) else claim
    # round 37: a part taken out of a group ("two of the arrested men") and a sum added
    # with "also" are never a side of a disagreement, whichever earlier figure it meets
    part = partitive(claim)
    another_sum = also_another(claim)
    # other sources' tallies older than the event-count window, for a figure whose own
    # sentence disputes one ("15 people had died ..., a figure well above the official
    # toll" four days after the ministry's nine): the newest of them is the one disputed
    stale: list[tuple[float, dict[str, Any]]] = []
    rival = False
    # round 46: "Press Freedom Watch said its own tally had reached 31" after its own 26 of
    # an earlier article: the speaker's count moved on, an update of its own figure, not
    # a new side against the other body's figure of this article (the dispute between
    # the two bodies was raised when it began)
    states_move = _states_move(claim, moved_from)
    moved_in: list[dict[str, Any]] = []
    own_moved_on = states_move and _own_earlier(claim, figures, aid, tolerance)
    # "The National Demobilisation Commission said 3,900 fighters had registered ... The
    # commission also said that 300 registered fighters had left the camps": a speaker
    # that already gave another figure of the key in this article names a second quantity
    # of its own, no rival reading of another body's figure
    own_other_here = _own_earlier(claim, figures, aid, tolerance, here=version)
    corrected = False  # the claim's source corrects its own earlier figure by name
    # round 47: figures of this article the brain named as the ones the claim disputes
    named_here: list[dict[str, Any]] = []
    for fig in figures:
        fc = fig["claim"]
        same_version = fig["article"]["id"] == aid and fig.get("h", "") == version
        if same_version:
            if (
                disputed is not None
                and _named(fc.get("value"), (disputed,))
                # round 47: in the lede the brain names this figure as the one the claim
                # answers; the places and times the extractor read around either figure
                # ("since Sept 19", "in Kelmarsh") are how each side counted, not two
                # quantities -- unless the claim is counted over years ("since 2031")
                and comparable(claim, fc, scoped=not in_lede or _years_scope(claim))
                and gap(new_iv, _from_json_iv(fig["iv"])) > tolerance
                and not revision(claim)
                # round 41: "one deal, not two": a bare "not M" between two plain counts
                # too small to track is the speaker's rhetoric, not two sides
                and not (
                    bare_not(claim) and not newsworthy(claim, metric) and not newsworthy(fc, metric)
                )
            ):
                if _moved_from_this(fc, moved_from) and earlier_reading_named(claim):
                    # round 49: "36 people who were hurt ..., more than the hospitals' first
                    # count of 34, after tracing students": the count moved on from the
                    # first reading the sentence names, no second side
                    upd.append((gap(new_iv, _from_json_iv(fig["iv"])), fig))
                    corrected = True
                    continue
                # One sentence, two sides: the claim disputes that figure by name.
                contra.append((gap(new_iv, _from_json_iv(fig["iv"])), fig))
                named_here.append(fig)
            elif (
                (
                    ((quarrelling or rival_wording(claim)) and rival_in_article(claim, fc))
                    # no quarrel words: a named speaker's own reading in the lede, within 2x
                    or (in_lede and calm_rival(claim, fc))
                    # round 23: the brain filed it here as another body's rival reading
                    or (rival_of and rival_reading(claim, fc))
                )
                # round 37: "a lawyer for two of the arrested men", "the owner of three
                # of the trawlers" name a part of the group the other source counted.
                # Tested here, not in rival_in_article: the brain's side-key test uses
                # that, and must still file the part beside the group's count.
                and not part
                and not own_moved_on
                and not own_other_here
                and rivals_comparable(claim, fc)
                and gap(new_iv, _from_json_iv(fig["iv"])) > tolerance
            ):
                # An article that says its sources disagree gives both sides: the later
                # side contradicts the earlier one ("the airline said 380 ..., the
                # pilots' union said it had counted 610").
                contra.append((gap(new_iv, _from_json_iv(fig["iv"])), fig))
                rival = True
            continue
        # round 46: a source's own revision spans the story as a dispute does ("2,650 people
        # had been detained since the decree took effect, a figure far higher than it had
        # previously given"): the same count, not another period's
        spans = dispute or revision(claim)
        # round 47: an earlier article's figure the brain names as the one the claim
        # disputes, in the lede, is compared whatever places and times were read around it
        named_fig = (
            disputed is not None
            and in_lede
            and _named(fc.get("value"), (disputed,))
            and comparable(claim, fc, scoped=_years_scope(claim))
        )
        if (
            not comparable(compared_claim, fc, moments=state)
            and not (spans and span_of_story(claim, fc))
            and not named_fig
            # round 61: a disputing figure and the other body's, each read at a news moment
            and not (dispute and moments_of_dispute(claim, fc, metric))
        ):
            if (
                (
                    states_move
                    and (
                        moved_past_period(claim, fc)
                        # round 57: the earlier figure's span ("since mid-September") left out,
                        # or two moments of one count ("on July 21", "on July 23")
                        or span_left_behind(claim, fc)
                        or other_moment(claim, fc)
                        or place_moved_on(claim, fc, moments=state)  # round 69
                    )
                )
                or span_named_later(claim, fc)
                or time_aside(claim, fc)
            ):  # round 67
                moved_in.append(fig)  # round 51: compared, but only ever as an update
                if moved and comparable({**claim, "place": None}, {**fc, "place": None}):
                    elsewhere.append(fig)  # round 69: a place refusal still counts here
            else:
                if moved and comparable({**claim, "place": None}, {**fc, "place": None}):
                    elsewhere.append(fig)
                continue
        if (
            quarrelling
            and not other_occasions(claim, fc)
            and gap(new_iv, _from_json_iv(fig["iv"])) > tolerance
            and abs(event_t - float(fig.get("t") or 0.0)) <= event_count_window_s
            and not _named(fc.get("value"), answered)
            and quarrel_pair(claim, fc, values)
            # round 41: "had slowed to about 300 million dinars ... from more than a
            # billion": the value the sentence says it moved from is its past, no side
            and not _moved_from_this(fc, moved_from)
            # round 37: "Two of the dead were children" is a part of the toll, no side
            # of a disagreement about it (nor is a part the new figure names)
            and not partitive(fc)
            and not part
            and not another_sum
            and not grown_toll(claim, fig, new_iv, rising, event_t, aid)
        ):
            # The article sets this figure against the other source's ("not two as the
            # government has stated", "stood by its count"): a disagreement it reports.
            contra.append((gap(new_iv, _from_json_iv(fig["iv"])), fig))
            rival = True
            continue
        if (
            disputed is not None
            and _named(fc.get("value"), (disputed,))
            and gap(new_iv, _from_json_iv(fig["iv"])) > tolerance
            and not revision(claim)
            and not other_occasions(claim, fc)
            and not _delta_before_cue(claim)
            and str(claim.get("text") or "\0") not in str(fc.get("quote") or "")
        ):
            # The sentence disputes this figure by name ("31 people were unaccounted for,
            # a figure well below the 47 missing given by the civil protection service")
            # and the figure is on record from an earlier article (this article's own
            # mention of it corroborated that one): the article's two sides, not a
            # labelling difference, whatever the other guards say.
            own = _source_words(claim)
            if own and own == _source_words(fc) and event_t > float(fig.get("t") or 0.0):
                # Round 31: "Norvane also said the number of households disconnected had
                # been 310, not 230" after Norvane's own 230: a source that names its own
                # earlier figure corrects it, it does not disagree with anyone
                upd.append((gap(new_iv, _from_json_iv(fig["iv"])), fig))
                corrected = True
                continue
            contra.append((gap(new_iv, _from_json_iv(fig["iv"])), fig))
            continue
        if (
            not (newsworthy(claim, metric) and newsworthy(fc, metric))
            and not recount(claim)
            # within the fall ratio, the next reading of the count: round 59, a figure whose
            # own clause says "has / had now" ("Cracks have now been found at 45 bridges"),
            # whatever its size; round 57, a plain count below ten that says it moved
            # ("rose to seven" after four coaches suspended), and round 59, one that says it
            # still holds ("Four beaches remain closed" after eight, "two were still missing")
            and not (
                _same_order(claim.get("value"), fc.get("value"), FALL_RATIO)
                and (
                    now_moved_on(claim)
                    or (
                        (_states_move(claim, moved_from) or _holds_on(claim))
                        and small_count_only(claim, metric)
                        and small_count_only(fc, metric)
                    )
                )
            )
            # round 65: the same body's newer count, its clause saying when or in what
            # state it counts ("Police say 17 people are now in custody" after its 14)
            and not newer_count_of_body(claim, fig, event_t)
        ):
            continue  # "two workers" vs "31 workers": a plain small count says too little
        if other_occasions(claim, fc):
            continue  # "Wednesday's strike cost 8,900 vehicles" vs "lost since Wednesday"
        guarded = (
            event_count
            and not disputed_toll
            and not same_incident(article_entities, fig.get("ef") or "")
        )
        # round 46: a state still holding ("eight are still missing") carries the count on
        # as a moved toll does ("rose to 11"), whatever else the two articles name
        # round 47: and so does a sentence that names this figure as the one it moved
        # from ("Eleven people were injured, police said, up from six on Sunday")
        moved_from_this = moved_from is not None and _named(fc.get("value"), (moved_from,))
        if guarded and not (
            toll_moved(claim)
            or (state and _holds_on(claim))
            or moved_from_this
            # round 57: "the number of missing fell to two": a fall is a move as a rise is
            or claim.get("change") in ("up", "down")
        ):
            continue  # tolls of two articles naming different places/people: two incidents
        old_iv = _from_json_iv(fig["iv"])
        g = gap(new_iv, old_iv)
        if g <= tolerance:
            overlapping.append(fig)
            continue
        higher = new_iv[0] > old_iv[1]
        t_old = float(fig.get("t") or 0.0)
        later = event_t > t_old
        if event_t < t_old and rising and not higher:
            continue  # an older, lower report of a growing count arriving late: consistent
        apart = abs(event_t - t_old) > state_same_time_s
        if (state or (level and not fixed_occasion(fc))) and apart and not dispute:
            # A state or level read at another time: a later reading replaces it (either
            # way), an older one arriving late says nothing new.
            if later and (
                # round 63: "three people remain in hospital, down from six at the weekend":
                # the sentence names this figure as the one it moved from; both articles
                # stating both numbers is the move told, not a labelling difference
                named_moved_from(claim, fc, moved_from)
                or not _cross_mentioned(claim, fc, values, fig.get("av") or ())
            ):
                upd.append((g, fig))
            continue
        same_source = fc.get("source") and fc.get("source") == claim.get("source")
        if state and later and same_source and not dispute:
            upd.append((g, fig))  # the same source's newer reading
            continue
        # "to 8,600 pounds from 4,100 pounds": the sentence names this figure as replaced
        stated = moved_from is not None and rel_diff(float(fc.get("value") or 0), moved_from) < 1e-3
        # round 44: a final figure replaces the earlier reading, whichever way it moved
        revised = later and (revision(claim) or stated or bool(_FINAL.search(quote_text)))
        direction_ok = (
            (higher and rising)
            or (not higher and claim.get("change") == "down")
            or revised
            # round 52: "far more than the 95 million dollars identified last month"
            or (higher and passing and _named(fc.get("value"), sentence_values(claim)))
        )
        if (
            _cross_mentioned(claim, fc, values, fig.get("av") or ())
            and not (moved and higher)
            # round 47: "up from six on Sunday" names this figure as the one it moved from
            and not (stated and guarded)
        ):
            continue  # both articles state both numbers: a labelling difference, not news
        if guarded:
            # Another incident's toll or this one's, moved on ("rose to 11"): only ever
            # the development the sentence announces, never a disagreement.
            if later and direction_ok:
                upd.append((g, fig))
            continue
        if (
            later
            and direction_ok
            and not dispute
            and not (rising and not revised and _rival_sources(claim, fc, abs(event_t - t_old)))
        ):
            upd.append((g, fig))
        elif set(fig.get("outlets") or ()) <= {outlet} and not dispute:
            # an outlet revising its own figure is not "another outlet" disagreeing; but a
            # speaker it quotes who disputes the figure ("far more than the coastguard has
            # acknowledged", round 39) is another body's side, whoever carried the first
            continue
        elif not _same_order(claim.get("value"), fc.get("value"), ACROSS_RIVAL_RATIO):
            # "340 civil servants found with fake degrees" against "the country's 185,000
            # civil servants", "230 households disconnected" against "75,000 households"
            # overbilled: two sources' readings of one quantity lie within an order of
            # magnitude; a figure ten times apart is a part against its whole or another
            # quantity under one key, never a disagreement (nor a disputed stale tally)
            continue
        elif (
            (not event_count or abs(event_t - float(fig.get("t") or 0.0)) <= event_count_window_s)
            and disagreement(claim, fc, abs(event_t - t_old))
            and not another_sum
        ):
            contra.append((g, fig))
        elif (
            dispute
            and later
            and (disagreement(claim, fc, abs(event_t - t_old)) or multiple_of_another(claim, fc))
            and not another_sum
        ):
            stale.append((g, fig))

    # "bringing the toll to 25" after the police's 21: a higher figure older than that 21
    # (a tally since withdrawn or superseded) was answered by the 21 and is no disagreement
    # with the toll as it now moves on; only figures since the newest lower one count.
    since = 0.0
    if moved:
        lower = [f for _, f in upd] + [
            f for f in elsewhere if new_iv[0] > _from_json_iv(f["iv"])[1] * (1 + tolerance)
        ]
        since = max((float(f.get("t") or 0.0) for f in lower), default=0.0)
        contra = [(g, f) for g, f in contra if float(f.get("t") or 0.0) >= since]

    if dispute and not contra and not upd and stale:
        contra = [_newest_side(stale)]

    if dispute and disputed_value_named(claim):
        # A report that names the figure it disputes ("not the 198 reported by", "more
        # than the 142 the cruise line gave") disputes that figure only, not the older
        # tallies of the key (87 ill hours earlier), and nothing when it is not on record.
        contra = [(g, f) for g, f in contra if _named(f["claim"].get("value"), values)]
    times = cue_multiple(claim) if dispute else 0.0
    if times:
        # Round 63: "nearly three times the number the ministry gave": the multiple names
        # no figure (:func:`disputed_value_named`), it says how far apart the sides are:
        # the figures it fits are the sides, the closest first (below)
        contra = [(g, f) for g, f in contra if _fits_multiple(claim, f["claim"], times)]

    if (
        upd
        and any(on_record(claim, f["claim"], tolerance) for f in overlapping)
        and not revision(claim)
    ):
        # The value is already on record (an earlier article reported it): not news.
        upd = []

    if upd and not _says_it_moved(claim, moved_from):
        # "About 2,300 civilians were evacuated" after "about 1.2 million displaced", "40
        # million marks" after "2.9 billion marks": a figure twenty times smaller or larger
        # than the one it would replace, whose sentence says nothing moved, is another
        # quantity under one key
        upd = [
            (g, f)
            for g, f in upd
            if _same_order(claim.get("value"), f["claim"].get("value"), UPDATE_RATIO)
        ]
    elif upd:
        # Round 54: a small count more than twenty times below the figure it would
        # replace, whose own clause says nothing moved ("Six people drowned trying to
        # cross ..., as the number who had crossed rose to 26,000" after 22,000 people
        # counted at the bridge): the move the sentence tells is another figure's, and
        # the small count is another quantity under one key
        upd = [(g, f) for g, f in upd if not small_against_large(claim, f["claim"], moved_from)]

    if upd and not _states_move(claim, moved_from):
        # Round 40: background -- what a place or body has ("is home to about 600
        # people", "The old quarter ... has about 30,000 residents") or a figure of an
        # earlier year ("In 2029 ... the farm was fined 40,000 ryals") -- is no earlier
        # reading of the story's figure: "About 650 residents were still unable to
        # return" says nothing moved from it.  A stated move ("rose to 96" after the
        # anchorage's room for 70) still updates it: the story holds no other reading.
        upd = [(g, f) for g, f in upd if not _background(f)]

    # Round 32: a figure whose sentence says nothing moved (no "raised its estimate to",
    # "up from", "final") and names none of the figures it would replace is, under a key
    # that says in what it is counted but not what it is, as often another quantity:
    # * a sum under a bare noun key ("The agency put the cost of the clean-up at 22
    #   million florins" after "9 million florins" of damage, ``florins|cost``): a story's
    #   costs, funds, fines and deposits meet there; such a sum is another sum, its own
    #   first figure (24 of the 84 false updates the tuning pool wanted as new figures);
    # * a plain count (``homes|count``: "Engineers declared 34 houses unsafe" after "140
    #   homes" cracked): it updates only an earlier figure of the key its words describe
    #   alike (:func:`described_alike`); with none it says nothing (pool: 45 false
    #   alerts fewer, 12 right updates lost, e.g. "affected" after "stranded").
    another_sum = False
    sums = bare_sum(claim, metric)
    if (
        upd
        and not contra
        and (sums or plain_count(metric))
        # round 34: a sum's move is told in its own clause
        and not (
            _moved_in_own_clause(claim, moved_from)
            if sums
            # round 40: "have seen 35 dogs since the weekend" says over what period the
            # count runs, not that an earlier count moved
            else _says_it_moved(claim, moved_from, since=False)
        )
        and not _FINAL.search(str(claim.get("quote") or ""))
    ):
        named = sentence_values(claim)
        upd = [
            (g, f)
            for g, f in upd
            if _named(f["claim"].get("value"), named)
            # round 65: the same body's newer count of it, said when or in what state
            or newer_count_of_body(claim, f, event_t)
            or (
                not sums
                # round 43: a smaller count of the noun, with no fall stated, is another
                # quantity when its words meet in one word only ("Officers found 54
                # puppies in a barn" after 86 found in a van; "So far 640 patients have
                # given blood samples" after 1,850 recalled for blood tests) -- unless it
                # says what is left ("leaving 14 aircraft on the ground", "all but")
                and described_alike(
                    claim,
                    f["claim"],
                    metric,
                    least=2
                    if new_iv[1] < _from_json_iv(f["iv"])[0] and not remainder(claim)
                    else 1,
                )
            )
        ]
        another_sum = not upd and sums
    if upd:
        # Round 55: a figure more than eight times below the one it would replace, whose
        # sentence (or, when the sentence tells a move, its own clause) says nothing moved,
        # is another quantity ("62 children have been returned through mediation" after
        # 4,800 children taken; "9,000 cookers have come back, as complaints rose" after
        # 180,000 recalled)
        said = _says_it_moved(claim, moved_from)
        kept = [
            (g, f)
            for g, f in upd
            if not (
                small_against_large(claim, f["claim"], moved_from, FALL_RATIO)
                if said
                else _fell_far(claim, f["claim"])
            )
        ]
        another_sum = another_sum or (not kept and bare_sum(claim, metric))
        upd = kept

    # A toll that says it rose, higher than every figure the story holds for it in any
    # place, and later than them: the same toll, moved on. Otherwise silent.
    if (
        not contra
        and not upd
        and not overlapping
        and elsewhere
        and newsworthy(claim, metric)
        and all(
            float(f.get("t") or 0.0) < event_t
            and risen_above(new_iv, _from_json_iv(f["iv"]), tolerance)
            and newsworthy(f["claim"], metric)
            for f in figures
            if float(f.get("t") or 0.0) >= since
        )
    ):
        upd = [
            (gap(new_iv, _from_json_iv(f["iv"])), f)
            for f in elsewhere
            if risen_above(new_iv, _from_json_iv(f["iv"]), tolerance)
        ]

    if not contra and not upd and overlapping and rising and not dispute:
        # An open bound sharpened upward: "at least 100 dead", later "1,300 dead".
        # Only when the new figure is the new maximum of every comparable one.
        rep_new = representative(new_iv)
        if all(
            float(f.get("t") or 0.0) < event_t
            and new_iv[0] >= _from_json_iv(f["iv"])[0]
            and rep_new > representative(_from_json_iv(f["iv"])) * (1 + tolerance)
            and not _cross_mentioned(claim, f["claim"], values, f.get("av") or ())
            for f in overlapping
        ):
            upd = [(0.0, f) for f in overlapping]

    if (
        upd
        and _still_there(claim)
        and moved_from is None
        and claim.get("change") not in ("up", "down")
    ):
        # Round 34: "21 guests were still in hospital" after "74 people had been taken to
        # hospital": how many are still there is another quantity than how many were ever
        # taken there (a running total), no next reading of it -- unless the sentence says
        # how it moved ("Six people remain in hospital, down from fourteen")
        upd = [(g, f) for g, f in upd if not _ever_taken(f["claim"])]

    if (
        upd
        and moved_from is None
        and claim.get("change") not in ("up", "down")
        and reversed_out(claim)
    ):
        # Round 40: how many moved back out of the state (beaches reopened, horses
        # released from quarantine, households whose notice was lifted) is another
        # quantity than how many were in it (31 beaches closed, 210 horses quarantined):
        # it updates only an earlier count of the same reversal
        upd = [(g, f) for g, f in upd if reversed_out(f["claim"])]

    if upd and further_step(claim) and not carried_to and moved_from is None:
        # Round 40: "A further 120 services had been cancelled by 07:00" after the 380
        # cancelled by midday is a step added to the count, not its next reading (that
        # would be 500); the sentence that gives the new total ("bringing ... to") is
        # the update.  "another" is left out: "Another 19 workers remain trapped" is as
        # often another group's count
        upd = []

    if upd and of_a_past_year(claim, event_t):
        # Round 34: "The 2018 eruption of Fuego left at least 215 people dead", "In the
        # 2019 heat wave the first official count of 85 deaths rose to 210": a figure set
        # in an earlier year than the story's is background for comparison, never the next
        # reading of this story's figure (as it is never a new figure of its own)
        upd = []

    if (
        contra
        and not rival
        and metric == DISPLACED_KEY
        and any(f["article"]["id"] == aid and f.get("h", "") == version for f in figures)
    ):
        # "... has risen to 3,200, CONRED said" then "1,870 people were being housed in 14
        # shelters": people|displaced joins evacuated, sheltering and moved-out counts
        # under one key; the article has already given its own reading of it, and a second
        # figure no rival of that one is another of those quantities, not a disagreement
        # with older articles' figures.  Round 47: unless the brain named this article's
        # figure as the one the claim disputes ("The fire brigade gave a higher number:
        # ... 240 people" after the council's 180): that one stays the other side
        contra = [(g, f) for g, f in contra if any(f is x for x in named_here)]
    own_series = _source_words(claim)
    if (
        contra
        and not rival
        and own_series
        and not dispute
        and disputed is None
        and any(_source_words(f["claim"]) == own_series for _, f in upd)
    ):
        # Round 31: "Stem rust has now been confirmed on 14,500 hectares, the ministry
        # said" after the ministry's 8,000 and the union's "about 20,000": a source that
        # moves its own earlier figure on updates it; unless its sentence disputes the
        # other source's figure, the other figure is no side of a disagreement
        contra = []
    if upd and not contra and in_lede and moved_from is None and not passing:
        # Round 35: the side is the newest figure of the quantity's order from another
        # source: a farm's "140 hectares" filed under the infested area's key, or the
        # same body's own earlier survey, is no side of its "52,000 hectares"
        own_words = _source_words(claim)
        rival_sides = [
            x
            for x in upd
            if _same_order(claim.get("value"), x[1]["claim"].get("value"), ACROSS_RIVAL_RATIO)
            and not any(
                own_words and own_words == _source_words({"source": s})
                for s in x[1].get("sources") or ()
            )
        ] or upd
        newest = _newest_side(rival_sides)
        if rival_side(claim, newest[1]["claim"]) and (
            own_side_cue(claim, quarrelling=quarrelling)
            # round 40: a body's count on its own evidence, in its speaker's first person
            # ('"Our members tell us 35 sailors were winched ...'), in a calm article too;
            # within the ratio a body's own reading keeps of the figure it answers
            or (
                first_person_count(claim)
                and _same_order(
                    claim.get("value"), newest[1]["claim"].get("value"), OWN_READING_RATIO
                )
            )
        ):
            # Round 33: another named source's figure of the quantity, whose sentence
            # says nothing moved and gives it as that source's own side ("citing hospital
            # records", "far more than the hospital has acknowledged"; in an article that
            # says its sources disagree also "its own count", "I have a list of 40"), is
            # a rival reading, not the next reading of the other's figure
            contra, upd = [newest], []
            rival = True
    if upd and not contra and in_lede and moved_from is None:
        # Round 33: the sentence sets another source's figure of the key against this one
        # across a side break ("..., while the police were still putting the toll at
        # five"): that figure is the other side, whatever older figure this would update
        across = [
            f
            for f in figures
            if sources_differ(own_series, _source_words(f["claim"]))
            and gap(new_iv, _from_json_iv(f["iv"])) > tolerance
            and _same_order(claim.get("value"), f["claim"].get("value"), ACROSS_RIVAL_RATIO)
            and side_across(claim, f["claim"])
        ]
        if across and claim.get("change") not in ("up", "down") and not revision(claim):
            clause = _NOT_A_MOVE.sub(" ", own_clause(claim))
            if not (_CHANGED_HERE.search(clause) or _NOW_PERFECT.search(clause)):
                contra = [(gap(new_iv, _from_json_iv(f["iv"])), f) for f in across]
                upd = []
                rival = True
    if (
        upd
        and not contra
        and not (sums or plain_count(metric))
        and metric.split("|")[1:2] != ["count"]
        and not event_count
        and not _says_it_moved(claim, moved_from, since=False)
        and not _FINAL.search(str(claim.get("quote") or ""))
        and not _RUNNING_TOTAL.search(str(claim.get("quote") or ""))
    ):
        # Round 43: round 32's rule beyond plain counts, for another body's figure under
        # a key with a verb: a figure whose sentence says nothing moved, from a body other
        # than the one that gave the earlier figure, described unlike it and not naming
        # it, is that body's own quantity or reading ("about 2,100 people were sleeping
        # in shelters, the Red Cross said" after a group's 9,000 left homeless; "80 boats
        # had been destroyed or damaged beyond repair" after the police's 57 destroyed),
        # no next reading of it.  Tolls of events are left out: another body's toll a
        # day later is as often the toll moved on ("seven bodies had been recovered"
        # after "three people have died"), and so are measures under a count key
        named = sentence_values(claim)
        upd = [
            (g, f)
            for g, f in upd
            if _named(f["claim"].get("value"), named)
            or described_alike(claim, f["claim"], metric)
            or not sources_differ(own_series, _source_words(f["claim"]))
            # described at all: a bare "officials said 7" says nothing of what it counts
            or not (_predicate_words(claim) and _predicate_words(f["claim"]))
        ]
    # round 51: a figure compared only once its own time is left out is never a side
    contra = [(g, f) for g, f in contra if not any(f is m for m in moved_in)]
    if contra:
        # Round 43: two figures each set in its own named period ("in the second quarter
        # so far" against "in the first quarter") are two periods' quantities, no two
        # readings of one
        contra = [(g, f) for g, f in contra if not other_periods(claim, f["claim"])]
        # round 49: the missing against how many were aboard: a part and its whole
        contra = [(g, f) for g, f in contra if not missing_of_aboard(claim, f["claim"])]
        upd = [(g, f) for g, f in upd if contra or not missing_of_aboard(claim, f["claim"])]
        # round 49: a figure set in an earlier year than its report ("a 2033 study
        # recommended extending it at a cost of 7 million euros") is background, no side
        contra = [
            (g, f) for g, f in contra if not of_a_past_year(f["claim"], float(f.get("t") or 0.0))
        ]
    if contra and restates_earlier(claim, figures, aid, tolerance, bounds=True):
        # Round 33: "About 520 people were inside", police said, in a shortened copy of
        # the report that first gave it; "its own figure remained 4 cubic metres": a value
        # an earlier article already put in this ledger is that side restated, and the
        # disagreement was told when the value first came (corroboration missed it only on
        # wording of place or time)
        contra = []
    if contra and not named_here:
        # Round 49: "the committee said a second check ... showed 1,250 ballots had been
        # rejected, not the figure announced on Sunday" after the committee's own 900: the
        # speaker of the sentence corrects its own earlier figure (the extractor's source
        # may be wrong; the speaker is read from the sentence), an update of that figure
        corrects = own_figure_corrected(claim, [f for _, f in contra])
        if corrects is not None:
            contra, upd = [], [(gap(new_iv, _from_json_iv(corrects["iv"])), corrects)]
            corrected = True
    if contra and recalled_reading(claim):
        # Round 49: "The Kidney Patients' Alliance, which said on Thursday that at least 40
        # patients had fallen ill, said it stood by its figure": a reading recalled from
        # before the article's news is a side restated; the disagreement was told when it
        # was first given
        contra = []
    if contra and passes:
        # Round 50: "2,700 children ..., slightly more than the inspectorate estimated
        # last week": a count its sentence says passed an earlier reading is that count
        # moved on; the disagreement of the earlier readings was told when they were given
        contra = []
    if contra and part_named_after_group(claim):
        # "of the 28 missing, 11 were believed to have been in the Riverside district": a
        # part named after its group is no rival reading of the group's count
        contra = []
    # the update an update alert would name: the newest figure it moves on from
    newest_upd = _newest_side(upd)[1] if upd else {}
    if contra and alertable(claim):
        contra.sort(key=lambda x: (-x[0], x[1]["fid"]))
        if dispute and len(contra) > 1:
            # round 61: the figure of the body the cue names leads the sides
            cue_words = _cue_clause_words(claim)
            contra.sort(key=lambda x: not (_source_words(x[1]["claim"]) & cue_words))
        if times:
            # round 63: the side the cue's multiple fits best leads
            contra.sort(key=lambda x: _off_multiple(claim, x[1]["claim"], times))
        against = [f for _, f in contra[:max_against]]
        d = max(
            rel_diff(representative(new_iv), representative(_from_json_iv(f["iv"])))
            for f in against
        )
        first = against[0]
        reason = (
            f"{outlet} reports {describe(claim)} for {label}, which cannot be true together with "
            f"{describe(first['claim'])} reported by {_outlet(first)}"
            f" ({round(100 * d)}% apart)."
        )
        decisions.append(
            ("contradiction", severity_contradiction(d), against, reason, {"gap": round(d, 4)})
        )
    elif (
        upd
        and alertable(claim)
        and not yardstick(claim)
        # round 57: unless the part says it moved on ("31 of the bodies ... have now been
        # identified", "1,650 of the stolen cattle, up from 700"): that part's next reading
        and not (
            part_of_group(claim)
            and not part_moved_on(claim, moved_from)
            # round 58: nor one that says in its own clause it still holds ("Nine of the
            # injured were still in hospital"): the next reading of the part held on,
            # within the fall ratio ("2,100 of the evacuees were still in the reception
            # centre" is no reading of the 160,000 the region received)
            and not part_still_held(claim, newest_upd["claim"])
        )
        # Round 34: a part named after its group ("Of the 47 dead, 39 have been
        # identified", "rose to 22, including seven guards") is no next reading of the
        # group's count; a part that holds on ("Of the 19 people injured, four remained in
        # hospital") is the next reading of that part
        and not (part_named_after_group(claim) and not _holds_on(claim))
        # nor is the whole a part is taken from ("Fourteen of the 17 people taken to
        # hospital ... have been released": the 17 is told for the 14, not as news)
        and not whole_of_part(claim)
        # context refers to a known count or says what a place has: no development
        and not context_figure(claim)
    ):
        d = rel_diff(representative(new_iv), representative(_from_json_iv(newest_upd["iv"])))
        reason = (
            f"{label} updated from {describe(newest_upd['claim'])} "
            f"({_outlet(newest_upd)}) to {describe(claim)} ({outlet})."
        )
        decisions.append(
            ("update", severity_update(d), [newest_upd], reason, {"change": round(d, 4)})
        )
    elif (
        # another sum under a key already alerted on is a first figure of its own
        (
            not entry.get("new_alerted")
            or another_sum
            or second_quantity(claim, figures, metric, quarrelling=quarrelling)
        )
        and (alertable(claim) or delta_as_figure(claim, metric))
        and newsworthy(claim, metric)
        and not weather_reading(claim, metric)
        and not yardstick(claim)
        and not reference_level(claim)
        and not whole_of_part(claim)
        and not context_figure(claim)
        and not spoken(claim)
        and not usual_activity(claim)
        and not of_a_past_year(claim, event_t)
        # a running story's figure set against another's ("will cost about 80 million
        # marks, more than three times the estimate given by the operator") is the other
        # side of a figure the story holds under another key (no cost|expected there),
        # not a first figure -- unless it is a size per unit ("two brigades of 6,000
        # soldiers each ..., a smaller formation than ... reported"): the disagreement
        # is about the total or the count of units, the unit's size is news of its own
        # (round 50: or passes an earlier reading, "more than the 2,900 first reported")
        and not (continuing and (dispute or passing) and "|per " not in metric)
    ):
        # round 43: the revision is this figure's, not another figure's of the sentence
        # ("revised its estimate of losses to 6 million crowns ..., and announced
        # compensation of 4 million crowns": the 4 million is a first figure)
        revised = (
            revised_from_earlier(claim)
            and claim.get("change") not in ("up", "down")
            and own_revision(claim)
        )
        if continuing and (
            # round 63: not a delta that is what its verb did ("had lost 60 million euros
            # in sales"): a figure of its own, no move of the key's figure
            (claim.get("change") in ("up", "down") and not delta_as_figure(claim, metric))
            or carried_to
            or revised
            or step_moved_on(claim)
            or now_moved_on(claim)
        ):
            # The story is running and the sentence says the figure moved: a development
            # whose earlier value sits under another key (or was never reported here).
            # Round 42: so does a revision ("more than three times its first estimate",
            # "corrected the figure to 47"): the body's earlier figure moved, wherever the
            # ledger filed it, and the revised figure is no first figure of the quantity.
            down = claim.get("change") == "down" or re.search(
                r"\bdown\s+to\s+\S*$", _around(claim, 20, 0), re.I
            )
            word = "fell" if down else "was revised" if revised and not carried_to else "rose"
            reason = (
                f"{label} {word} to {describe(claim)} ({outlet}); earlier figure not on record."
            )
            rel = None if moved_from is None else rel_diff(representative(new_iv), moved_from)
            extra = {"change": None if rel is None else round(rel, 4)}
            decisions.append(("update", severity_update(rel or 0.0), [], reason, extra))
        elif in_lede and not framing_figure(claim, metric):
            opening = "Another sum" if another_sum else "First figure"
            reason = f"{opening} for {label}: {describe(claim)} ({outlet})."
            decisions.append(("new_figure", "low", [], reason, {}))
    if not in_lede:
        # The body of a long report: background (an earlier incident's toll in a sidebar,
        # the plant's 610 employees, "a vigil last Saturday drew about 800") is no
        # development of the story's figure unless its sentence says it carries one on
        # (moved, revised, still, remains) or disputes one.
        carries_on = (
            continued(claim) or revision(claim) or moved_from is not None or corrected or passing
        )
        # Round 58: a move verb that governs the figure itself ("complaints had reached
        # 9,100", "the number of missing fell to two", "bringing the number to six") says
        # the count moved to it; not for a measure (temperatures, shares, waiting times
        # "dropped to" another reading as often as they move on)
        body_moved = moved_to_here(claim) and metric.rsplit("|", 1)[-1] not in _MEASURE_ENDS
        # the other side of the article's quarrel, in rival wording ("its own estimate was
        # about 5,000 jobs"), is no background; without the wording it is (round 18: +6
        # false contradictions for +1 right when every body rival counted)
        sides = dispute or disputed is not None or (rival and rival_wording(claim))
        # Round 34: and it carries on the figure it updates only when it says how it moved
        # (a value it moved from, "rose", "fell", a revision, its own figure corrected) or
        # is described alike (:func:`described_alike`): "The Brod site ... now houses 1,400
        # people" is no next reading of the 8,100 the transit camp was housing, "its hotline
        # had now taken more than 9,000 calls" none of the 2,000 received in six hours
        stated = (
            claim.get("change") in ("up", "down")
            or moved_from is not None
            or corrected
            or revision(claim)
            or passing  # round 50: it passed an earlier reading
        )
        decisions = [
            d
            for d in decisions
            if (
                d[0] == "update"
                and d[2]
                and (
                    (carries_on and (stated or described_alike(claim, d[2][0]["claim"], metric)))
                    or moves_on(claim)
                    # and within the fall ratio of the figure it updates: "1.2 million
                    # displaced" is no next reading of 2,800 evacuated
                    or (
                        body_moved
                        and _same_order(
                            claim.get("value"), d[2][0]["claim"].get("value"), FALL_RATIO
                        )
                    )
                )
            )
            or (d[0] == "contradiction" and sides)
        ]
    if alertable(claim):
        entry["new_alerted"] = True

    figures.append(new_fig)
    added = 1
    if len(figures) > max_figures:
        # keep the first figure (the metric's origin); drop the oldest of the rest
        figures = [figures[0], *figures[2:]]
        added = 0
    entry["figures"] = figures
    return entry, decisions, added


# --------------------------------------------------------------------------- stated ratios
#: A figure whose own sentence states how it
#: compares with another body's figure -- "about 61 million ducats, more than twice the
#: estimate given by the insurer", "40 million crowns, less than half the figure given
#: by the assessor" -- names its other side by the ratio, not by a key.
_RATIO_BASE = {
    "twice": 2.0,
    "double": 2.0,
    "two times": 2.0,
    "three times": 3.0,
    "four times": 4.0,
    "five times": 5.0,
    "six times": 6.0,
    "seven times": 7.0,
    "eight times": 8.0,
    # round 66: "nine times the number the board gave" was read as no multiple
    "nine times": 9.0,
    "ten times": 10.0,
    "several times": 0.0,  # special: a wide band
    "half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "a quarter": 0.25,
    "two thirds": 2 / 3,
    "three quarters": 0.75,
}
#: The words of a stated multiple opening a lower-case cue ("twice", "three times", "a
#: third"), longer alternatives first so that the longest one that fits is read.
_RATIO_LEAD = re.compile("(?:" + "|".join(sorted(_RATIO_BASE, key=len, reverse=True)) + r")\b")
#: Nouns by which a sentence refers to another body's figure ("the estimate given by ...").
_REFERENCE_NOUNS = (
    "figure|estimate|number|amount|sum|total|count|tally|toll|area|cost|bill|loss|damage"
)
_STATED_RATIO = re.compile(
    r"\b(?P<q>more\s+than|over|at\s+least|nearly|almost|close\s+to|about|around|some"
    r"|roughly|less\s+than|under|barely|only)?\s*"
    r"(?P<n>" + "|".join(k.replace(" ", r"\s+") for k in _RATIO_BASE) + r")\s+(?:of\s+)?"
    # the other figure referred to, not "three times a day" or "twice the size of"
    r"(?:(?:the|its|their|that)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:" + _REFERENCE_NOUNS + r"|level)(?:s|es)?\b"
    r"|what\s+(?:the\s+)?[\w'\u2019 -]{2,60}?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:said|says|reported|gave|given|estimated|acknowledged|announced|published|disclosed|counted))",
    re.I,
)


#: a date between a figure and its stated ratio ("said on March 8, more than three times"):
#: a calendar date (:data:`_DATE`) with its year, or a year
_DATES = re.compile(_DATE.pattern + r"(?:,?\s+\d{4})?|\b\d{4}\b", re.I)


def stated_ratio(c: Mapping[str, Any]) -> tuple[float, float] | None:
    """The band of (this figure / the other figure) that the figure's own
    clause states ("more than twice the estimate given by X": [2, 3)), or None.  Only
    after the figure and within its sentence; the first such phrase."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return None
    tail = quote[i + len(text) : i + len(text) + 220]
    m = _STATED_RATIO.search(tail)
    if m is None or re.search(r"\d", _DATES.sub(" ", tail[: m.start()])):
        return None  # "41 municipalities, and in 12 of them more than half": another figure's
    ref = re.split(r"[,;:.]\s", tail[m.end("n") :] + " ", maxsplit=1)[0]
    if not _names_another(ref):
        return None
    n = _RATIO_BASE[re.sub(r"\s+", " ", m.group("n").lower())]
    q = re.sub(r"\s+", " ", (m.group("q") or "").lower())
    if n == 0.0:
        return (2.5, 10.0)
    if q in ("more than", "over", "at least"):
        return (n, n * 1.5) if n >= 1 else (n, min(1.0, n * 1.5))
    if q in ("nearly", "almost", "close to"):
        return (n * 0.8, n * 1.001)
    if q in ("less than", "under", "barely", "only"):
        return (n * 0.5, n * 1.001) if n < 1 else (1.0, n * 1.001)
    return (n * 0.85, n * 1.15)


_TIME_WORD = (
    r"(?:morning|evening|night|noon|yesterday|today|day|week|weekend|month|year|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|last|previous|earlier|initial|first|original)"
)
#: the figure referred to is the speaker's own or an earlier reading, not another body's:
#: "its initial estimate", "the number it reported on Tuesday", "the morning's count",
#: "the area it had reached by Tuesday evening"; or a yardstick ("allowed by its licence")
_OWN_REFERENCE = re.compile(
    r"^\s*(?:its|their)\b|^\s*(?:the\s+)?[a-z]+\s+(?:that\s+)?(?:it|they)\b"
    r"|\b"
    + _TIME_WORD
    + r"['\u2019]s\b|\b(?:allowed|permitted|licen[cs]e|capacity|limit|permit)\b",
    re.I,
)
#: another body named as the figure's giver: "given by the insurer", "the council's
#: estimate", "the figure the grid operator gave", "what the mayor's office had said"
_ANOTHER_BODY = re.compile(
    r"\bby\s+(?:the\s+)?(?!" + _TIME_WORD + r"\b)[a-z]"
    r"|\b(?!" + _TIME_WORD + r"\b)[a-z]+['\u2019]s?\s+(?:own\s+)?(?:[a-z]+\s+)?"
    r"(?:" + _REFERENCE_NOUNS + r")"
    r"|\b(?:" + _REFERENCE_NOUNS + r")(?:s|es)?\s+(?:that\s+)?"
    r"(?:the\s+)?(?!it\b|they\b)[a-z][\w'\u2019 -]{1,50}?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:gave|given|published|announced|reported|disclosed|said|says|estimated|acknowledged|put)"
    r"|\bwhat\s+(?:the\s+)?(?!it\b|they\b)[a-z]",
    re.I,
)


def _names_another(ref: str) -> bool:
    """Does the reference after a stated ratio name another body's figure
    (not the speaker's own, an earlier time's, or a yardstick)?"""
    return not _OWN_REFERENCE.search(ref) and bool(_ANOTHER_BODY.search(ref))
