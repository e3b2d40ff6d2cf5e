"""What one figure is, from its sentence: state readings, occasions, displaced people,
money roles and bare sums, plain counts, revisions and recounts, ages, sizes, methods,
befell, delta and weather readings, toll_moved -- and newsworthy, the first-figure gate.

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import Any

from .scope import (
    MEASURE_UNITS,
    _unit,
)
from .words import (
    _COUNT_MOVE_STEMS,
    _COUNT_NOUNS,
    _CUES,
    _EARLIER_WORDS,
    _NUMBERISH,
    _REVISION,
    _TOTAL,
    _around,
    _clause_at,
    _in_sentence,
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
    rf"\b(?:{_COUNT_MOVE_STEMS}|updat)\w*\s+"
    r"(?:its|their|his|her|the\s+[\w-]+(?:'s|\u2019s)|the)\s+(?:own\s+)?(?:\w+\s+)?"
    rf"(?:{_COUNT_NOUNS})s?\s+of\b"
    r"[^.;]{0,100}?\bto\s+"
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
    r"\b(?:up|down)\s+from\s+(?:its|their)\s+(?:own\s+)?"
    rf"(?:{_EARLIER_WORDS})\s+(?:{_COUNT_NOUNS})s?\b",
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


def newsworthy(c: Mapping[str, Any], metric: str = "", *, names_things: bool = False) -> bool:
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

    Round 70, ``names_things``: the caller knows the count names what it counts (a part of
    a whole its sentence names, ``part_of_named_whole``): ``counts_things`` is not asked.
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
    if not names_things and not counts_things(c, metric):
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
