"""Figures that frame a story rather than count it (yardsticks, parts of groups, what a
place has, context_figure, relative clauses, limits, quotes, past years) and where a
figure stands in its article (in_lede, side and per-unit figures, prices, scenery
counts, events told, same_incident).

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any

from .kinds import (
    DISTANCE_UNITS,
    _compound_plural,
    plural_noun,
)
from .scope import (
    MEASURE_UNITS,
    _unit,
)
from .words import (
    _CONTINUED,
    _EVENT_COUNT,
    _in_sentence,
    _moved_words,
    own_clause,
)


def _cue_before(c: Mapping[str, Any], cue: re.Pattern[str], reach: int) -> bool:
    """Does ``cue`` match the ``reach`` characters of the figure's sentence that end where
    the figure begins (the words that tell what kind of figure follows)?"""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(cue.search(quote[max(0, i - reach) : i]))


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


#: Round 74: the base a figure of the sentence is compared with, named right before the
#: figure: "compared with 4 million dollars for the old system", "compared with the figure of
#: 2.7 billion it published", "The loss compares with the 3.5 billion pesos", ", against a
#: usual monthly load of about 700", ", against about 8,000 now" (a bare "against" is a
#: verb's: "fines against 23 landlords").
_COMPARED_WITH = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bcompares?\s+with|,\s+(?:against|versus|vs\.?))\s+"
    r"(?:(?:the|an?|its|their)\s+)?(?:(?:[\w-]+\s+){0,3}of\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|just|only)\s+)?$",
    re.I,
)


def comparison_base(c: Mapping[str, Any]) -> bool:
    """Round 74: is the figure the base its sentence compares another figure with ("would
    cost another 12 million dollars a year, compared with 4 million dollars for the old
    system", "The loss compares with the 3.5 billion pesos the government budgeted", "2,300
    cases had been filed, against a usual monthly load of about 700")?  Like a yardstick
    (:func:`yardstick`), it is what the news is measured against -- a past, usual or other
    body's figure -- not news of its own: recorded and compared, never announced as a
    ``new_figure``."""
    return _cue_before(c, _COMPARED_WITH, 80)


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


#: Round 70: a part counted out of a whole its sentence names, with the whole's plural noun
#: closing the phrase: "1,350 of the company's staff", "22 of its regional turboprop
#: aircraft", "14 of the city's 31 electoral districts", "410 of the roughly 1,200 public
#: schools".
_OF_NAMED_WHOLE = re.compile(
    r"^\s+of\s+(?:its|their|his|her|our|[A-Z][\w-]*['’]s"
    r"|the(?:\s+[\w-]+){0,3}?\s+[\w-]+['’]s|the)\s+"
    r"(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+)?"
    r"(?:\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+)?"
)

#: Round 70: words that end the whole's noun phrase before its plural noun.
_WHOLE_STOP = re.compile(
    r"(?:of|the|an?|its|their|this|that|these|those|were|was|had|have|has|are|is|be|been"
    r"|in|at|on|to|for|from|by|with|as|than|and|or|who|which|that)"
)


def part_of_named_whole(c: Mapping[str, Any]) -> bool:
    """Round 70: is the figure a part counted out of a whole its sentence names by its
    plural noun ("1,350 of the company's staff had been made redundant", "recalled 84,000
    of its e-scooters", "14 of the city's 31 electoral districts")?  The part names what it
    counts through the whole (the key's subject is often the whole's owner, "company"),
    so it may open a story's key (``decide``: in a story's first article, no quarrel).
    The whole's noun closes the phrase within four words after "of its / of the X's / of
    the", a number and "roughly" allowed before it; no verb, preposition or conjunction
    between ("of the Pakistan Penal Code", "of the 21 accused" name no plural)."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    after = quote[i + len(text) :]
    m = _OF_NAMED_WHOLE.match(after)
    if m is None:
        return False
    for w in re.findall(r"[\w’'-]+|[^\w\s]", after[m.end() : m.end() + 60])[:4]:
        lw = w.lower()
        if not re.fullmatch(r"[a-z][\w-]*", lw) or _WHOLE_STOP.fullmatch(lw):
            return False
        if w[0].islower() and (plural_noun(lw) or _compound_plural(lw)):
            return True
    return False


#: A part named just before a figure that makes the figure its whole: "Nine of the
#: fourteen beaches", "69 of the 240 seats", "5,800 of the port's roughly 6,500 dockworkers".
_PART_OF_WHOLE = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|most|none))"
    r"\s+of\s+(?:(?:the|its|their|his|her)\s+(?:[\w-]+['’]s\s+)?|[\w-]+['’]s\s+)"
    r"(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+)?$"
    # round 76: a sum as the part: "applied for 64 million marks of the 80 million marks in
    # aid", "sold only 9 billion pesos of the 20 billion pesos", "20 pence of the 50 pence"
    r"|\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?!of\b)[a-z]+\s+of\s+"
    r"(?:the|its|their|his|her)\s+(?:(?:roughly|about|around|some|nearly|almost|over"
    r"|more\s+than)\s+)?$"
    # "1.5 tonnes had escaped ..., out of about 9 tonnes in the system", "out of a total of"
    r"|\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+|its\s+|their\s+)?"
    r"(?:(?:roughly|about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)


def whole_of_part(c: Mapping[str, Any]) -> bool:
    """Is the figure the whole a part of its sentence is taken from ("Nine of the fourteen
    beaches closed reopened", "won 69 of the 240 seats", "out of about 9 tonnes", round
    76: "sold only 9 billion pesos of the 20 billion pesos")?  The
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
    return _cue_before(c, _RELATIVE_SAID, 80)


#: Round 74: a non-restrictive relative clause that runs on to the figure: ", which had sold
#: 600 tonnes", ", who led about 300 passengers", "(which covers 4,600 square kilometres".
_RELATIVE_ASIDE = re.compile(
    r"(?:,|\(|\u2014|--)\s+(?:which|who|whose)\s+(?P<clause>[^,;()\u2014]{0,120})$"
)

#: Round 74: words of a relative clause that carry a source's reading ("which it put at",
#: "who said"): the clause then states a figure of its own, not a description.
_ASIDE_SAYS = re.compile(
    r"\b(?:said|says|say|told|reported|reports|according|estimated?|estimates|put|puts"
    r"|believes?|believed|claims?|claimed|valued|calculated|counted|recorded|showed|shows)\b",
    re.I,
)

#: Round 74: a load or state at the time ("which was carrying 1,240 containers", "which
#: held about 900 tonnes of flour", "which had 120 people on board") or what befell
#: people or things ("which killed 12 people", "which destroyed 40 homes"): the event's.
_ASIDE_EVENT = re.compile(
    r"\b(?:was|were|is|are)\s+\w+ing\b|\b(?:held|had)\s+$|\baboard\b|\bon\s+board\b"
    r"|destroy|damag",
    re.I,
)


def relative_aside(c: Mapping[str, Any]) -> bool:
    """Round 74: does the figure stand in a non-restrictive relative clause, whatever its
    tense, that describes a noun of its sentence ("a grain trader ..., which had sold 600
    tonnes of the same harvest to two other mills", "train driver Imre Vashko, who led
    about 300 passengers through", "the farmers' union, which sent its officers to more
    than forty villages", "The airfield, which covers about 300 hectares")?  The clause
    says who or what the noun is; the sentence's own verb carries its news: recorded and
    compared, never announced as a ``new_figure`` (like :func:`relative_present`).  Not
    a source's reading ("which it put at 47 million", "which said 60,000 animals"), a
    load at the time ("which was carrying 1,240 containers", "which held 900 tonnes") nor
    what befell people or things ("which killed 12 people", "which destroyed 40 homes")."""
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return False
    m = _RELATIVE_ASIDE.search(quote[max(0, i - 140) : i])
    if m is None:
        return False
    clause = m.group("clause")
    return not (
        _ASIDE_SAYS.search(clause) or _ASIDE_EVENT.search(clause) or _PEOPLE_EVENT.search(clause)
    )


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


#: Round 71: the words of a ceiling, before the figure ("no more than 30,000", "at most 300",
#: "fewer than 20", "less than 100 dollars", "under 30 million", "a maximum of 12") or after
#: it ("45 million crowns at most").  Not "up to" (the top of a forecast or an estimate:
#: "up to 5,000 troops are expected"), "as many as", "nearly", "almost" (a figure stated
#: emphatically).
_CEILING_BEFORE = re.compile(
    r"^(?:(?:no|not)\s+more\s+than|at\s+most|(?:fewer|less|lower)\s+than"
    r"|(?:just\s+)?(?:under|below)|a\s+maximum\s+of|just\s+shy\s+of)\s",
    re.I,
)
_CEILING_AFTER = re.compile(r"\s(?:at\s+most|or\s+(?:fewer|less))$", re.I)

#: Round 74: "up to" opening the figure's text: a cap ("vouchers worth up to 200 euros",
#: "covers damage up to 3 million crowns") unless its sentence forecasts or estimates.
_UP_TO_CAP = re.compile(r"^up\s+to\s", re.I)

#: Round 74: words of a forecast or an estimate in a sentence: "up to" is then the top of a
#: range someone expects or reckons ("up to 5,000 troops are expected", "Police estimated
#: that up to 75,000 people had come", "would offer loans of up to 40 million francs").
_FORECAST_WORDS = re.compile(
    r"\b(?:expect\w*|estimat\w*|forecast\w*|predict\w*|believ\w*|reckon\w*|project\w*"
    r"|feared|fear|fears|could|would|may|might|likely|possibly|perhaps)\b",
    re.I,
)


def ceiling_figure(c: Mapping[str, Any]) -> bool:
    """Round 71: is the figure given only as a ceiling ("no more than 30,000 members", "at
    most 300 posts", "fewer than 20 shells", "less than 100 dollars", "45 million crowns
    at most"; round 74: a cap "up to", :func:`up_to_cap`)?  It says what the quantity does
    not exceed -- mostly a side's denial of a larger figure ("the site had fewer than
    60,000 accounts") -- not how much there is: recorded and compared (it may still
    contradict or update), never announced as a ``new_figure``.  "Up to", "as many as",
    "nearly", "almost" state a figure (a forecast's top, an emphatic estimate) and stay
    news; "up to" a cap does not."""
    if c.get("bound") != "max":
        return False
    text = str(c.get("text") or "").strip()
    return bool(_CEILING_BEFORE.match(text) or _CEILING_AFTER.search(text) or up_to_cap(c, text))


def up_to_cap(c: Mapping[str, Any], text: str) -> bool:
    """Round 74: is an "up to" figure a cap -- the most a policy, a scheme or a rule pays or
    allows ("vouchers worth up to 200 euros", "The policy covers damage up to 3 million
    crowns a year", "businesses can claim up to 250,000 marks", "interest of up to 300
    percent")?  Only when its sentence neither forecasts nor estimates (no "expected",
    "estimated", "believed", "could", "would", "may": the top of a range someone reckons,
    "up to 5,000 troops are expected", is news) and its key counts no harm done to people
    ("up to 40 people were killed" is the top of a toll's estimate)."""
    if c.get("hedge") in ("expected", "estimated", "hypothetical") or not _UP_TO_CAP.match(text):
        return False
    quote, _text, _i = _in_sentence(c)
    key = " ".join(str(x) for x in (c.get("property"), c.get("metric")) if x)
    return not (_FORECAST_WORDS.search(quote) or _PEOPLE_EVENT.search(key))


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
    return _cue_before(c, _THE_REST, 40)


#: Round 74: the word a hyphen joins to a figure's number ("a 60-bed centre", "a 31-storey
#: tower", "a nine-point lead"): right after the figure's text, or ending it.
_HYPHEN_AFTER = re.compile(r"^-([a-z]+)\b")
_HYPHEN_END = re.compile(r"[\da-z]-([a-z]+)$", re.I)

#: Round 74: words a hyphen may join to a number that leave it a figure: number words
#: ("twenty-three", "2-million"), a share ("a 12-percent rise"), a quake's magnitude, a
#: body's headcount ("North Korea's 1.28 million-strong army", "a 5,000-strong crowd").
_HYPHEN_KEEPS = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion"
    r"|trillion|and|a|percent|per|magnitude|strong)",
    re.I,
)


def compound_modifier(c: Mapping[str, Any]) -> bool:
    """Round 74: is the figure's number joined by a hyphen to the noun after it, a compound
    modifier that describes a thing ("would open a 60-bed treatment centre", "the 31-storey
    office building", "reopened to four-wheel-drive vehicles", "a nine-point lead", "a
    loan for a 14,000-pound hatchback")?  It says what kind of thing the sentence names,
    not how many of anything there are: recorded and compared, never announced as a
    ``new_figure``.  A number word ("Twenty-three people"), a share ("a 12-percent rise"),
    a quake's magnitude ("a 6.1-magnitude quake") and a headcount ("a 5,000-strong
    force") stay figures."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    m = _HYPHEN_AFTER.match(quote[i + len(text) :]) or _HYPHEN_END.search(text)
    return m is not None and not _HYPHEN_KEEPS.fullmatch(m.group(1))


#: Round 76: a deadline year: "by 2045", "by the end of 2042", "by the summer of 2051",
#: "until 2045".
_BY_YEAR = re.compile(
    r"\b(?:by|until|till)\s+(?:(?:the\s+)?(?:end|middle|start|beginning|close|summer|autumn"
    r"|spring|winter|turn)\s+of\s+)?(?:19[5-9]\d|20\d\d)\b",
    re.I,
)

#: Round 76: what ends the stretch of a sentence a figure belongs to: a comma, a colon or
#: semicolon, a dash, or a word that opens another clause or a coordinated verb phrase
#: ("and", "but", "while", "as", "after", "when", "which").
_STRETCH_END = re.compile(
    r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|as|after|when|which|who|that)\b",
    re.I,
)


def by_a_year(c: Mapping[str, Any]) -> bool:
    """Round 76: does the figure's own stretch of its sentence set it a deadline year
    ("has promised 6,000 new places by 2045", "a target of bringing Valdeira down to 3,000
    inmates by 2045", "expects the figure to pass 1,300 euros by 2043", "aims to lift
    output to 250,000 ounces a year by 2048")?  Such a figure is a plan's, a target's or a
    forecast's -- what a government or firm means to reach years on -- or, for an earlier
    year ("had reached 5,000 by 2019"), a past tally: the background of a story, not a
    figure of its event.  The stretch runs from the last comma, dash or clause word before
    the figure to the first after it: the deadline of a coordinated verb phrase is not the
    figure's ("has promised to halve crossings by 2046 and has set aside 75 million
    crowns", "would keep 3,800 jobs and restart both furnaces by the middle of 2043")."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    before = quote[:i]
    starts = [m.end() for m in _STRETCH_END.finditer(before)]
    lo = starts[-1] if starts else 0
    end = _STRETCH_END.search(quote, i + len(text))
    hi = end.start() if end else len(quote)
    return bool(_BY_YEAR.search(quote[lo:hi]))


#: Round 76: a present-tense copula right before the figure: "The standard fine is 40
#: dollars", "the region's installed generating capacity is about 11,500 megawatts",
#: "Average household tariffs in the state are 7.5 rupees per unit", "prisons are at
#: about 150 percent of capacity".
_STANDS_AT = re.compile(
    r"\b(?:is|are)\s+(?:at\s+)?(?:(?:roughly|about|around|some|nearly|almost|over"
    r"|more\s+than|less\s+than|just\s+(?:over|under)|under|below|above)\s+)?$",
    re.I,
)

#: Round 76: words that tie a present "is" to the news: a time of the news ("now", "so
#: far", "since", "still", "today", a weekday), an estimate ("is estimated at", "is
#: thought to be") or the count of an event ("the number of ... is", "the toll is").
_NEWS_TIME = re.compile(
    r"\b(?:now|so\s+far|since|still|currently|today|tonight|yesterday"
    r"|this\s+(?:morning|week|month|year)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|number|toll|total|tally|count|figure|estimated|thought|believed|expected)\b",
    re.I,
)


def standing_value(c: Mapping[str, Any]) -> bool:
    """Round 76: does the sentence state, with a present-tense "is" or "are" right before
    the figure and nothing that ties it to the news, how things stand in general -- a
    rate, a capacity, a size ("The standard fine is 40 dollars", "The region's installed
    generating capacity is about 11,500 megawatts", "Its nursing pay bill is about 62
    million guilders a month", "Many of its buildings are three or four storeys high")?
    That is the setting of a story, not what happened.  A count told with "there are"
    or after "Among ..." ("There are 19 seafarers aboard"), a present tied to the news
    ("now", "so far", "since", a weekday), an estimate ("is estimated at") and the count
    of an event ("the number of recruits who have dropped out ... is 900") are news."""
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return False
    m = _STANDS_AT.search(quote[:i])
    if m is None or _NEWS_TIME.search(quote):
        return False
    subject = re.split(r"[,;:]|\b(?:and|but|while|as|which|who|that)\b", quote[: m.start()])[-1]
    return not (re.search(r"\bthere\s*$", subject, re.I) or re.match(r"\s*among\b", subject, re.I))


#: Round 76: a sentence that opens on another place, the whole country or a comparison:
#: "Nationally, ...", "In the neighbouring state of Vanthal, ...", "Across the border in
#: Lusatia, ...", "Elsewhere, ...", "By comparison, ...".
_OTHER_PLACE_OPENING = re.compile(
    r"^\W*(?:(?:in|across)\s+(?:the\s+)?(?:neighbou?ring|rest\s+of|border|other)"
    r"|nationally|elsewhere|by\s+comparison|in\s+comparison|for\s+comparison"
    r"|across\s+the\s+country|countrywide|nationwide)\b",
    re.I,
)

#: Round 76: "when" right before the figure: "nine people had been killed and 23 injured
#: when at least four shells hit the compound", "a gala on June 21, when about 30 clubs
#: took part".
_WHEN_BEFORE = re.compile(
    r"\bwhen\s+(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)


def elsewhere_or_when(c: Mapping[str, Any]) -> bool:
    """Round 76: is the figure told for another place or as a circumstance -- in a
    sentence that opens on another place, the whole country or a comparison
    ("Nationally, Valmorra's prisons hold about 61,000 people", "In the neighbouring state
    of Vanthal, demand peaked at 11,200 megawatts"), or the first words of a "when" clause
    that says how the event's figure came about ("killed nine people when at least four
    shells hit the compound")?  A yardstick or a circumstance of the story, not its
    figure."""
    quote, _text, i = _in_sentence(c)
    if i < 0:
        return False
    return bool(_OTHER_PLACE_OPENING.search(quote) or _WHEN_BEFORE.search(quote[:i]))


def framing_figure(c: Mapping[str, Any], metric: str) -> bool:
    """Round 57: does the figure frame the story rather than count it -- what a relative
    clause says its noun is or does (:func:`relative_present`; round 74, in any tense:
    :func:`relative_aside`), a compound modifier ("a 60-bed centre", round 74:
    :func:`compound_modifier`), the base a figure is compared with (round 74:
    :func:`comparison_base`), a limit (:func:`limit_figure`),
    a span or repeat of time (:func:`time_count`), a count the sentence says stayed
    (:func:`unchanged_count`), who made a count (:func:`method_count`), the size of a thing
    (:func:`measured_size`), a known rest (:func:`presupposed_rest`)?  Never announced as
    a ``new_figure``; a sentence that says the figure moved ("has more than doubled in four
    days to 64") is still an update."""
    return (
        relative_present(c)
        or relative_said(c)
        or relative_aside(c)  # round 74
        or compound_modifier(c)  # round 74
        or comparison_base(c)  # round 74
        or limit_figure(c)
        or time_count(metric)
        or unchanged_count(c)
        or method_count(c)
        or measured_size(c)
        or presupposed_rest(c)
        or by_a_year(c)  # round 76
        or standing_value(c)  # round 76
        or elsewhere_or_when(c)  # round 76
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


#: A year, 1950 to 2099, as group 1: the one piece of :data:`_YEAR`, :data:`_YEAR_AFTER`
#: and ``decision._IN_YEAR``.  Not ``brain.aliases._A_YEAR`` (1800 to 2199, no group) nor
#: ``ledger.rivals._YEAR_NAMED`` (1900 to 2099, no group): other spans, other patterns.
_YEAR_NUMBER = r"(19[5-9]\d|20\d\d)"

#: A year in a figure's sentence: "the 2019 drought", "since 2013, when", "in 2024".
_YEAR = re.compile(r"\b" + _YEAR_NUMBER + r"\b")

_YEAR_AFTER = re.compile(r"^[^,;.]{0,40}?\bin\s+" + _YEAR_NUMBER + r"\b")


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
#: brief, a 250-word digest) has no body: each paragraph may carry the day's news ("Kirby
#: also announced a new $400 million aid package" in the fifth paragraph of a 260-word
#: report); only its side figures past the first paragraph are background, from
#: :data:`MEDIUM_ARTICLE_CHARS` on (round 78).
LONG_ARTICLE_CHARS = 2000

#: Round 78: a report of this length or more (about 130 words: three or four paragraphs)
#: but short of :data:`LONG_ARTICLE_CHARS` is no brief either: its first paragraph is its
#: news, and a side figure further down it (a share, a plan, a rate per unit, what a body
#: has) is background as in a long report's body; its other figures stay news throughout.
MEDIUM_ARTICLE_CHARS = 800


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
    return _cue_before(c, _PRICE_TERM, 40)


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
    medium_chars: int = MEDIUM_ARTICLE_CHARS,
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

    Round 78: a report of middle length (``reach`` at least ``medium_chars``, short of
    ``long_chars``) has no body by position -- every figure of it may be the day's news
    -- but the same side figures past its first paragraph are its background, as in a
    long report ("Union members want 11 percent", "a grant of 80,000 pesos each", "The
    province has about 5,600 dairy farms" in the third paragraph of a 200-word story:
    on the tuning pool about four false first figures to one right one).  Round 79: so
    is any figure of its closing lines (:func:`closing_lines`) once it reaches
    ``lede_chars`` ("The ministry has set aside 150 million crowns for retraining in the
    region this year." as the last line of a 1,300-character report).
    """
    start = c.get("start")
    if not isinstance(start, int) or reach < min(medium_chars, long_chars):
        return True
    past_first = first_par_end is not None and start >= first_par_end
    # round 85 (n85): an explainer or an analysis restates the story's figures and adds
    # its background; only what its sentence tells as the day's news stays a first figure
    explained = explained_figure(c, title)
    if reach < long_chars:
        # round 78: a report of middle length: only the terms of a story past its first
        # paragraph, and only while its sentence says nothing moved ("raised its pay
        # offer to 3.5 percent, from 2 percent" is the news of the day), and its small
        # counts of scenery unless they hold on ("nine ships were still waiting to berth")
        # round 79: and, from ``lede_chars`` on, any figure of its closing lines
        if not explained and not (
            past_first
            and (
                middle_side(c)
                or middle_scenery(c)
                or (reach >= lede_chars and closing_lines(c, reach))
                # round 82 (n82): and the stretch of it past its first 1,200 characters
                or middle_body(c)
            )
        ):
            return True
    else:
        side = past_first and (
            side_figure(c)
            or (
                scenery_count(c)
                and not event_told(c)
                and not told_done_to(c)
                # round 81 (n81): nor a count a named source gives as its news
                and not said_count(c)
            )
            or owns(c)
            or setting_count(c)
            or per_unit_figure(c)
            or price_term(c)  # round 57
            or listed_after(c)
        )
        if start < lede_chars and not side and not explained:
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


#: Round 85 (n85): a headline that sets a report out as an explainer or an analysis
#: ("Explainer: why the minefields are running out of money", "Analysis: how an airline
#: app learned to say no", "ANALYSIS - Who is counting the dead?", "Q&A: ...", "Factbox: ...").
_EXPLAINER_HEAD = re.compile(
    r"^\s*(?:explainer|analysis|factbox|fact\s*box|q\s*&\s*a)\s*[:\-\u2013\u2014|]", re.I
)

#: Round 85 (n85): a sentence that tells its figure as the day's news: a day of the week
#: ("said on Monday", "on Thursday fined the club"), "this week", "so far", a figure "it
#: had not given before", a count that stands alone ("in January alone"), or one a body
#: "said" (round 85's second step).
_TOLD_AS_NEWS = re.compile(
    r"\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bthis\s+week\b|\bso\s+far\b"
    r"|\b(?:had|has|have)\s+not\s+(?:given|published|released|disclosed)\b|\balone\b"
    # a body that said it, in the past: what the explainer reports as said since the
    # last report ("Police said 41 carjackings had been reported in the first three weeks
    # of the month"); its restatements are set down as standing facts ("The tribunal
    # counted 34,800 asylum appeals pending at the end of June")
    r"|\bsaid\b",
    re.I,
)

#: Round 85 (n85): a reading a body gives now, in the present ("Keelguard now says 5 dhows
#: were taken", "the insurers' committee puts the figure at 24", "the ministry's return
#: says 980 families"): how an explainer sets two sides' counts against each other, and
#: how it tells a count that moved -- compared as the story's readings, not background.
_READ_NOW = re.compile(r"\b(?:says|say|puts|put|now)\b", re.I)


def explained_figure(c: Mapping[str, Any], title: str | None) -> bool:
    """Round 85 (n85): is the figure one of an explainer's or an analysis's (its headline
    opens on "Explainer:", "Analysis:", "Factbox:" or "Q&A:", past a wire slug) that its
    sentence does not tell as the day's news (:data:`_TOLD_AS_NEWS`: a day of the week,
    "this week", "so far", "a figure it had not given before", "in January alone")?

    Such a report goes back over a story its readers have followed: it restates the
    figures already given (often under other words than the first report's, so no key
    catches them: "The tribunal counted 34,800 asylum appeals pending at the end of June",
    "the airport says 19 aircraft ... went past that limit") and adds background (a
    population, a price per unit, another year, a plan).  What it adds as news it dates
    ("The gaming regulator has frozen 160 betting accounts ..., it said this week", "said
    on Monday that its inspectors ... had checked 180 travelling rides").  On the 48
    most recent splits of the tuning pool its figures raised as first figures without
    such a marker were 48 the writers left silent (3 of another kind) to 17 they wanted;
    with the marker 5 to 16.  Nor a body's present reading (:data:`_READ_NOW`: "the
    insurers' committee puts the figure at 24", "Keelguard now says 5 dhows were
    taken"): an explainer sets two sides against each other and tells a count that moved
    that way, and ``decide`` compares a rival only while :func:`in_lede` holds (without
    this guard 4 right contradictions and 2 right updates were lost).  Background, not
    dropped: recorded and compared as a long report's body is (:func:`in_lede`)."""
    if not title or not _EXPLAINER_HEAD.match(_WIRE_SLUG.sub("", title)):
        return False
    quote, _text, i = _in_sentence(c)
    return i >= 0 and not _TOLD_AS_NEWS.search(quote) and not _READ_NOW.search(quote)


#: Round 81 (n81): a speaker's verb right before the count, which opens the reported
#: clause: "Police said two drivers ...", "told parliament that 3 officers ...".
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|reported|confirmed)\s+(?:that\s+)?"
    r"(?:(?:about|some|at\s+least|more\s+than|nearly|around)\s+)?$",
    re.I,
)

#: Round 81: a part of a group the story already counted ("six of the 22", "two of
#: them", "4 of its employees"): the next reading of that group's part, not a first count.
_PART_OF_COUNTED = re.compile(
    r"^\s+(?:[\w-]+\s+)?of\s+(?:(?:the|its|their)\s+(?:[\d,]+|two|three|four|five|six"
    r"|seven|eight|nine|ten)\b|those\b|them\b|whom\b|these\b)",
    re.I,
)

#: Round 81: a count that holds on, moved or is set against another ("were now in
#: custody", "remained in hospital", "in intensive care", "up from four", ", not five"): a
#: later reading or a rival.
_SAID_HOLDS = re.compile(
    r"\b(?:now|still|remain\w*|in\s+intensive\s+care|in\s+(?:a\s+)?critical)\b"
    r"|,\s+not\s+\w+\b|\b(?:up|down)\s+from\b",
    re.I,
)


#: Round 81: the sentence goes on to the total its count is a step of ("bringing the
#: number of positive dogs to nine", "taking the toll to 12"; not "admitted taking money").
_STEP_OF_TOTAL = re.compile(
    r"\bbringing\b|\b(?:making|raising|taking)\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:total|number|toll|tally|count)\b",
    re.I,
)


def said_count(c: Mapping[str, Any]) -> bool:
    """Round 81 (n81): is a small count the subject of a clause a named source reports,
    right after its verb ("Police said two drivers ... had been detained", "The company
    said two passengers had been slightly hurt", "told parliament that 3 officers ... had
    been suspended")?  Past the first paragraph of a long report, within its first
    :data:`LEDE_CHARS`, such a count is the source's news of the story, not a count of
    the scene (:func:`scenery_count`): on the tuning pool 29 wanted first figures to 5
    false.  Not a part of a group already counted ("said six of the 22 had been
    released"), and not a count that holds on or answers another ("said five patients
    were in intensive care", "seven people were now in custody", "nine ..., not five")."""
    v = c.get("value")
    if v is None or abs(float(v)) < 2 or c.get("change") in ("up", "down"):
        # a single one ("Kethra said one radar station had been slightly damaged") is a
        # side's detail as often as news; a count that says it moved ("seven children had
        # developed the syndrome, up from four") is the next reading of a count
        return False
    quote, text, i = _in_sentence(c)
    if i < 0 or not _SAID_BEFORE.search(quote[max(0, i - 40) : i]):
        return False
    rest = quote[i + len(text) :]
    if _STEP_OF_TOTAL.search(rest):
        # a step of a total the sentence goes on to give ("said two dogs ... had been
        # cleared on a second test, bringing the number of positive dogs to nine")
        return False
    return not _PART_OF_COUNTED.match(rest) and not _SAID_HOLDS.search(rest[:80])


#: Round 79: how near the end of its text a sentence of a report's closing lines ends
#: (about 25 words: a wire report's last paragraph, or its last two short sentences).
CLOSING_CHARS = 150


def closing_lines(c: Mapping[str, Any], reach: int) -> bool:
    """Round 79: does the figure's sentence close its report (it ends within
    :data:`CLOSING_CHARS` characters of ``reach``, the text's length)?

    A wire report of middle length (see :func:`in_lede`) closes on its background: the
    money a government has set aside or promised, a bill before parliament, how many the
    country has in all, last year's count ("The ministry has set aside 150 million crowns
    for retraining in the region this year.", "Last year's official count, 44, was the
    lowest on record.").  On the tuning pool the closing sentences of reports of 1,000 to
    1,999 characters held 43 first figures the writers left silent to 2 they wanted, the
    sentences ending within 150 characters of the end 86 to 12; the day's news stands
    in the first paragraphs.  A toll (a property of harm: killed, wounded, missing)
    stays news.  A claim without a position or a sentence closes nothing."""
    start = c.get("start")
    quote, _text, i = _in_sentence(c)
    if not isinstance(start, int) or i < 0 or not quote:
        return False
    if _is_toll(c):
        # a toll closing a report is the day's news ("Russia had lost 1,420 troops
        # killed or wounded over the past 24 hours", the seed story's last line,
        # ``tests/unit/test_brain.py``); on the pool 1 silent toll among the closings
        return False
    return start - i + len(quote.rstrip()) >= reach - CLOSING_CHARS


#: Round 82 (n82): where the body of a report of middle length starts, in characters
#: (about 200 words: past a wire report's first four to six paragraphs).  A shorter
#: report than :data:`LONG_ARTICLE_CHARS` still puts the day's news first; what it tells
#: this far down is its background.
MIDDLE_BODY_CHARS = 1200


def middle_body(c: Mapping[str, Any]) -> bool:
    """Round 82 (n82): does the figure stand in the body of a report of middle length
    (see :func:`in_lede`): it starts :data:`MIDDLE_BODY_CHARS` or more into the text,
    and is no toll?

    The newer writers' reports of 1,200 to 1,999 characters lead with the day's news
    and close on its background: a survey's coverage, another place's or year's count, a
    price or cost per unit, what a site handles ("Kallaby handles up to 95,000 passengers
    on a peak summer day through 28 security lanes"), a bill before parliament, a
    population ("Velani's elephant population is estimated at about 31,000").  On the
    48 most recent splits of the tuning pool the first figures raised from there were 117
    the writers left silent to 27 they wanted (39 optional); from 1,000 characters 192 to
    87.  A toll (a property of harm) stays news, as in :func:`closing_lines` (the seed
    story's "Russia had lost 1,420 troops killed or wounded" at 1,511 characters of a
    1,608-character report).  A claim without a position is in no body."""
    start = c.get("start")
    if not isinstance(start, int) or start < MIDDLE_BODY_CHARS:
        return False
    return not _is_toll(c)


#: Round 79: a property of harm done to people (a toll): killed, dead, wounded, injured.
_HARM_PROPERTY = re.compile(r"kill|dead|died|death|wound|injur|casualt|missing", re.I)


def _is_toll(c: Mapping[str, Any]) -> bool:
    """Is the claim a toll: its property one of harm done to people
    (:data:`_HARM_PROPERTY`)?  A toll, or a toll's rate, stays news wherever a report
    tells it (:func:`closing_lines`, :func:`middle_body`, :func:`rate_per_period`)."""
    return bool(_HARM_PROPERTY.search(str(c.get("property") or "")))


#: Round 78: a move verb whose "to" lands on the figure ("rose again to 12,300 rian a
#: tonne", "raised its pay offer for public employees to 3.5 percent").  Narrower than
#: ``_moved_words`` (any move word of the sentence: "since", "reached", "stands at").
_MOVED_TO_FIGURE = re.compile(
    r"\b(?:ros|rais|increas|improv|cut|lower|fell|fall|dropp|climb|jump|grew|grow|revis"
    r"|push|lift|boost|doubl|halv)\w*\b[^.;]{0,60}?\bto\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|just\s+over|over)\s+)?$",
    re.I,
)

#: Round 78: a value it moved from, right after the figure ("to 3.5 percent, from 2").
_FROM_AFTER = re.compile(r"^[^.;]{0,25}?\bfrom\s+(?:about\s+|around\s+|nearly\s+)?\d", re.I)


def middle_side(c: Mapping[str, Any]) -> bool:
    """Round 78: is the figure a term of the story that a report of middle length (see
    :func:`in_lede`) tells as background past its first paragraph: a share ("The union
    wants 11 percent", "reservoirs were at 44 percent"; a plan, unlike in
    :func:`side_figure`, stays news), an amount per unit ("a grant of 80,000
    pesos each", :func:`per_unit_figure`), a price named by its noun (:func:`price_term`),
    what a body has (:func:`owns`) or an item of a list (:func:`listed_after`) -- and its
    sentence does not say it moved (a change, "from 2 percent", "rose", "cut")?  A
    moved figure is the report's news wherever it stands."""
    if c.get("change") in ("up", "down"):
        return False
    quote, text, i = _in_sentence(c)
    if i >= 0 and (
        _MOVED_TO_FIGURE.search(quote[max(0, i - 90) : i])
        or _FROM_AFTER.match(quote[i + len(text) : i + len(text) + 40])
    ):
        return False  # "raised its offer to 3.5 percent, from 2 percent": the day's news
    # a share, not a plan: a forecast past a middle report's first paragraph is as often
    # the day's news ("up to 5,000 troops were expected to be assembled by October", the
    # seed story's, ``tests/unit/test_brain.py``); on the pool 5 right to 23 false;
    # round 80 (f80): only a forecast told in the present or the pluperfect is background
    shares = {"ratio", "fraction"} & set(str(c.get("metric") or "").split("|")[1:])
    return (
        bool(shares)
        or per_unit_figure(c)
        or price_term(c)
        or owns(c)
        or listed_after(c)
        or pledged_money(c)  # round 80
        or earlier_period(c)  # round 80
        or standing_stock(c)  # round 80
        or forecast_told(c)  # round 80 (f80)
        or going_rate(c)  # round 80 (f80)
        or rate_per_period(c)  # round 83 (n83)
        or aimed_figure(c)  # round 83 (n83)
        or year_before(c)  # round 83 (n83)
        or unit_value(c)  # round 84 (n84)
        or habitual_rate(c)  # round 84 (n84)
        or survey_base(c)  # round 86 (n86)
        or set_term(c)  # round 86 (n86)
        or place_size(c)  # round 86 (n86)
        or others_figure(c)  # round 86 (n86)
        or owns_apart(c)  # round 86 (n86b)
        or living_there(c)  # round 86 (n86b)
    )


#: Round 84 (n84): an average or a typical value named in the figure's clause before it:
#: "the average theft claim in the city was about", "a typical house in the town was
#: insured for around", "Magistrates have fined those convicted an average of", "A charter
#: flight costs on average about".
_AVERAGE_BEFORE = re.compile(r"\b(?:average|typical|median)\b[^.;,]{0,50}$", re.I)

#: Round 84 (n84): the penalty a rule threatens, right before the figure: "will face a fine
#: of", "face fines of up to", "risks a penalty of".
_FINE_THREATENED = re.compile(
    r"\b(?:face|faces|facing|risk|risks)\s+(?:a\s+)?(?:maximum\s+)?(?:fines?|penalt(?:y|ies))"
    r"\s+of\s+(?:up\s+to\s+)?$",
    re.I,
)

#: Round 84 (n84): a sum for one unit right after it, the unit one noun that ends its
#: phrase: "400 ariary for a kilo of sorted mica", "200,000 shillings for a death and",
#: "150 rupees for a day of breaking stone", "4,200 dollars for a typical household" (not
#: "40 million crowns for a river restoration fund", "for a small group of punters": what
#: the sum is for, not its unit).
_FOR_ONE_UNIT = re.compile(
    r"^\s+for\s+(?:a|an|each|every|one)\s+(?:typical\s+|single\s+)?[a-z]+"
    r"(?:\s+(?:of|and|or)\b|\s*[,.;]|\s*$)",
    re.I,
)


def unit_value(c: Mapping[str, Any]) -> bool:
    """Round 84 (n84): is the figure what one unit costs, or an average -- an average or
    typical value named before it in its clause ("the average theft claim in the city was
    about 450,000 rupees", "a typical house in the town was insured for around 280,000
    euros"), the fine a rule threatens ("will face a fine of 1,500 kronor"), or a sum for
    one unit ("Collectors pay around 400 ariary for a kilo of sorted mica")?  Past the
    first paragraph of a report of middle length (:func:`middle_side`) such a figure is
    the story's setting, which the writers list among the figures to stay silent ("per
    unit"); on the tuning pool 16 silent to 0 wanted there.  A toll ("an average of 1,271
    casualties a day", the seed story's, as in :func:`rate_per_period`) stays news.  What
    one thing "is worth" ("A milking cow is worth about 1,900 euros") is not asked here:
    the extractor gives it a key of its own (round 84's f84), which never alerts; n84's
    own test of it changed nothing once f84 merged (pool and fresh batch scored both
    ways) and was taken out."""
    if _is_toll(c):
        return False
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    if _cue_before(c, _AVERAGE_BEFORE, 60) or _cue_before(c, _FINE_THREATENED, 60):
        return True
    money = "money" in str(c.get("metric") or "").split("|")[1:]
    return money and bool(_FOR_ONE_UNIT.match(quote[i + len(text) :]))


#: Round 84 (n84): "every / each" and a period after the figure: what happens year in,
#: year out ("About 4.5 million people visit the castle every year", "about 20 people die
#: of rabies every year", "12,000 tonnes of chemicals move through Oderholm by river each
#: week").
_EVERY_PERIOD = re.compile(
    r"\b(?:every|each)\s+(?:year|day|week|month|summer|winter|spring|autumn|season)\b", re.I
)


def habitual_rate(c: Mapping[str, Any]) -> bool:
    """Round 84 (n84): does the figure's sentence tell, after it, that it comes every
    year, day, week, month or season ("About 4.5 million people visit the castle every
    year", "about 20 people die of rabies every year, according to the health ministry"),
    with no "since" (a running count from a point is the story's own tally)?  Past the
    first paragraph of a report of middle length (:func:`middle_side`) a habitual rate is
    the story's setting, like a rate per period in its key (:func:`rate_per_period`); on
    the tuning pool 4 silent to 0 wanted there.  A toll counts too: a country's yearly
    deaths are the background of the day's."""
    quote, text, i = _in_sentence(c)
    if i < 0 or _SINCE.search(quote):
        return False
    return bool(_EVERY_PERIOD.search(quote[i + len(text) :]))


#: Round 83 (n83): a sum the event is draining or has lost, in the sentence of a rate per
#: period ("the outages were costing businesses about 2.1 billion pesos a day", "hotels
#: were costing it about 4.2 million pounds a month", "2.5 million eggs a week had been
#: lost"): the running harm of the story, news wherever it stands.
_DRAINING = re.compile(r"\b(?:costing|losing|lost)\b", re.I)


def rate_per_period(c: Mapping[str, Any]) -> bool:
    """Round 83 (n83): is the figure a rate per unit of time -- its key says "per day /
    week / month / year" (:data:`_PER_TIME`) -- that its sentence does not tell as a running
    loss ("costing", "losing", "lost")?  Past the first paragraph of a report of middle
    length (:func:`middle_side`) such a rate is the setting of the story: what a line
    carries or a firm mills a year, a permit's yearly charge, a room's monthly rent, what
    a demand or a crew would cost a year ("Before the war the line carried 2.3 million
    passengers a year", "The city charges 3,000 crowns a year for a permit", "The eight
    crews will cost 610,000 dollars a year"); the writers list them as "per unit",
    "capacity" or "budget".  On the tuning pool 25 silent first figures to 3 wanted there
    (22 to 2 on the 48 most recent splits), the 3 each a running loss.  A toll's rate (a
    property of harm, as in :func:`middle_body`) stays news: the seed story's "Russia
    suffered an average of 1,271 casualties a day in October, its highest monthly average
    of the war" (session 33's review)."""
    if not _PER_TIME.search(str(c.get("metric") or "")):
        return False
    if _is_toll(c):
        return False
    return not _DRAINING.search(str(c.get("quote") or ""))


#: Round 83 (n83): an aim right before the figure, in its clause: "has set a target of",
#: "a goal of", "hopes to give", "aims to recover", "plans to move another", "planned to
#: replace", "intends to".  Not "expected" (the seed story's "up to 5,000 troops were
#: expected to be assembled" is news, ``tests/unit/test_brain.py``) and not a plan told as
#: a decision ("would hire", "will close").
_AIM_BEFORE = re.compile(
    r"\b(?:target\s+of|goal\s+of|aims?\s+to|hopes?\s+to|hoped\s+to|plans?\s+to"
    r"|planned\s+to|intends?\s+to)\b[^.;,]{0,40}$",
    re.I,
)


def aimed_figure(c: Mapping[str, Any]) -> bool:
    """Round 83 (n83): is the figure what a body aims at -- a target, a goal, what it
    hopes, aims, plans or intends to reach ("The executive has said it hopes to reach
    1,500 farms by the end of October", "has set a goal of 6,000 enforced removals this
    year", "It plans to move another 400 people out by the end of March")?  Past the
    first paragraph of a report of middle length (:func:`middle_side`) such an aim is
    the story's outlook, which the writers list among the figures to stay silent
    ("target", "plan"); on the tuning pool 15 silent to 0 wanted there.  A plan told as
    what will happen ("would hire 250 rangers", "were expected to be assembled") is not
    matched."""
    return _cue_before(c, _AIM_BEFORE, 90)


def year_before(c: Mapping[str, Any]) -> bool:
    """Round 83 (n83): does a year's number stand before the figure in its sentence
    ("In 2044, police blocked a shaft ...; 87 men eventually came out and 19 bodies were
    found", "After its 2043 leak, ... about 40,000 postponed operations", "In the
    2039-2040 season, ... producers lost about 350 million euros"), with no "since" (a
    running count from a year is the story's own tally)?  Past the first paragraph of a
    report of middle length (:func:`middle_side`) a figure set in a named year is the
    story's history or a date's plan, like :func:`earlier_period`'s "last year"; on the
    tuning pool 9 silent to 0 wanted there."""
    quote, _text, i = _in_sentence(c)
    return i > 0 and bool(_YEAR.search(quote[:i])) and not _SINCE.search(quote)


#: Round 80: a sum a body has committed or asks for, right before the figure: "has set
#: aside", "have promised", "has budgeted", "has asked parliament for", "plans to spend",
#: "its appeal for", "called for".  The perfect ("has set aside") is a standing pledge; a
#: simple past or a "would" ("approved 250 million pesos in compensation", "said it would
#: spend 18 million euros") is as often the day's decision and is not matched.
_PLEDGED_BEFORE = re.compile(
    r"(?:\b(?:has|have)\s+(?:\w+\s+)?(?:set\s+aside|promised|pledged|budgeted|sanctioned"
    r"|earmarked|approved|asked\s+(?:\w+\s+){0,2}for)|\bplans?\s+to\s+spend|\bappeal\s+for"
    r"|\bcalled\s+for)\s+(?:\w+\s+){0,3}?(?:(?:about|around|some|roughly|nearly|more\s+than"
    r"|up\s+to|an\s+extra|a\s+further|another)\s+)?$",
    re.I,
)


def pledged_money(c: Mapping[str, Any]) -> bool:
    """Round 80: is the figure a sum of money a body has pledged, budgeted or asked for
    ("The government has set aside 48 million euros for a bonus", "The state government
    has sanctioned 120 million rupees for new walls", "The agency has asked parliament
    for 6 million dollars", "plans to spend 30 million euros on sensor aircraft")?  Past
    the first paragraph of a report of middle length (:func:`middle_side`) such a sum is
    the background of the story -- a programme, a budget line -- which the writers list
    among the figures to stay silent ("budget", "95 million ... (budget)"); the money the
    event cost, was paid out or was lost is not matched.  On the tuning pool such sums
    past the first paragraph of a 800-1,999 character report were 20 silent to 0 wanted
    (a long report's, where writers of older batches wanted them, 0 to 8)."""
    if "money" not in str(c.get("metric") or "").split("|")[1:]:
        return False
    return _cue_before(c, _PLEDGED_BEFORE, 90)


#: Round 80 (f80): a forecast told in the present tense or the pluperfect right before the
#: figure: "now expect peak demand of", "The agency expects the sale to raise about",
#: "organisers expect about", "is expected to cost about", "had forecast peak demand of",
#: "the forecast 39 degrees", "a profit forecast of".  Not the simple past ("said it
#: expected the harvest to reach 3.6 million tonnes" is the day's statement) and not "were
#: expected to be assembled" (the seed story's plan, ``tests/unit/test_brain.py``).
_FORECAST_BEFORE = re.compile(
    r"(?:\b(?:expects|expect|forecasts|predicts|predict)\b"
    r"|\b(?:had|have|has)\s+(?:\w+\s+)?(?:expected|forecast|predicted|projected)\b"
    r"|\b(?:is|are)\s+(?:now\s+|also\s+)?(?:expected|forecast|projected|predicted)\s+to\b"
    r"|\bthe\s+forecast\b|\bforecast\s+of\b)[^.;]{0,70}$",
    re.I,
)


def forecast_told(c: Mapping[str, Any]) -> bool:
    """Round 80 (f80): is the figure what someone now expects, forecasts or predicts, or
    had forecast ("Grid planners now expect peak demand of up to 20,500 megawatts", "The
    forestry agency expects the sale to raise about 1.8 million euros", "The bill is
    expected to cost about 60 million pesos a year")?  Past the first paragraph of a
    report of middle length (:func:`middle_side`) such a forecast is the story's outlook,
    which the writers list among the figures to stay silent ("forecast"); on the tuning
    pool 8 silent to 0 wanted there (4 optional).  The simple past of a statement ("the
    ministry said it expected the harvest to reach 3.6 million tonnes") and a plan told
    in the past ("were expected to be assembled", the seed story's) stay news."""
    return _cue_before(c, _FORECAST_BEFORE, 90)


#: Round 80 (f80): what a thing usually fetches or a worker earns, told right before the
#: sum: "a tonne of diesel fetches about", "A gram fetched about", "Miners earn about",
#: "a crewman earns perhaps", "where a litre now costs more than", "are paid from".  Not
#: "cost" (the bill of the event: "the strike had cost it 38 million euros"), not "costs
#: at" (an estimate's noun), not "sold for" (the day's market price, "a sack of millet
#: sold for 28,000 francs on Tuesday").
_GOING_RATE_BEFORE = re.compile(
    r"\b(?:earns?|earning|fetch(?:es|ed)?|costs(?!\s+at\b)|sells\s+for|(?:is|are)\s+paid)"
    r"\s+(?:(?!at\b)\w+\s+)?(?:(?:about|around|some|roughly|nearly|up\s+to|more\s+than"
    r"|as\s+little\s+as|as\s+much\s+as|from|between|perhaps|only|just)\s+)?$",
    re.I,
)


def going_rate(c: Mapping[str, Any]) -> bool:
    """Round 80 (f80): is the figure a sum of money a thing fetches or costs in the
    present, or a worker earns ("where a tonne of diesel fetches about 700 dollars",
    "Miners earn about 600 pesos a day", "where a litre now costs more than 11 marks")?
    Past the first paragraph of a report of middle length (:func:`middle_side`) such a
    going rate is the story's setting, like a price named by its noun
    (:func:`price_term`); on the tuning pool 7 silent to 0 wanted there.  What the event
    cost ("had cost it 38 million euros") and the day's market price told in the past
    ("sold for 28,000 francs on Tuesday") stay news."""
    if "money" not in str(c.get("metric") or "").split("|")[1:]:
        return False
    return _cue_before(c, _GOING_RATE_BEFORE, 90)


#: Round 80: what a body keeps, employs or has room for, right before the figure: "The
#: district keeps around 410,000 pigs", "keeps a reserve of about 260,000", "employs
#: about 900", "has capacity to cast 2.5 million", "with room for about 4,000".  Not
#: "keep" ("its offer would keep 480 jobs" is the day's news of a takeover).
_STOCK_BEFORE = re.compile(
    r"\b(?:keeps|employs|(?:has|have|with)\s+(?:the\s+)?capacity\s+(?:to\s+[a-z]+|for)"
    r"|(?:room|space)\s+for)\s+(?:a\s+(?:reserve|herd|flock|staff|workforce)\s+of\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.I,
)


def standing_stock(c: Mapping[str, Any]) -> bool:
    """Round 80: is the figure what a body keeps, employs or has room for (a herd, a
    workforce, a plant's capacity, a hall's room: "The region keeps about 260,000 pigs",
    "The plant has capacity to cast 2.5 million housings a year")?  Past the first
    paragraph of a report of middle length (:func:`middle_side`) that is a standing
    holding like :func:`owns`'s "has", which the writers list among the figures to stay
    silent ("capacity", "population"); on the tuning pool 5 silent to 0 wanted there."""
    return _cue_before(c, _STOCK_BEFORE, 80)


#: Round 80: an earlier year, season or month named in the sentence ("Last year a record
#: 520,000 people crossed", "Last August, nine miners died", "in the whole region last
#: season", "five years ago").  Not "last week" / "last month" (the running story's own
#: days: "told councillors last week that it had paid 18 million shillings") and not "a
#: year earlier" (a comparison base beside the day's figure: "9.80 marks in September,
#: against 6.90 marks a year earlier").
_EARLIER_PERIOD = re.compile(
    r"\blast\s+(?:year|season|winter|summer|spring|autumn)\b"
    # round 83 (n83): a date's day after a month ("last May 12") is no count, but "Last
    # year 11 people were killed" is last year's count
    r"|\blast\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b(?!\s+\d)"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago\b",
    re.I,
)

#: Round 80: a running count since a point ("since January, more than in the whole of
#: last year"): the story's own figure, whatever earlier period it is set against.
_SINCE = re.compile(r"\bsince\b", re.I)


def earlier_period(c: Mapping[str, Any]) -> bool:
    """Round 80: does the figure's sentence tell an earlier period -- last year, last
    season, a month of last year, years ago -- and not a running count since a point,
    nor a figure the sentence says moved?  Past the first paragraph of a report of middle
    length (:func:`middle_side`) such a sentence is the story's history ("Last year a
    record 520,000 people crossed the jungle", "Last August, nine miners died when a pit
    collapsed", "its members had shot about 9,000 boar in the whole region last
    season"), which the writers list among the figures to stay silent ("other
    periods", "history"); on the tuning pool 18 silent to 0 wanted there (in a long
    report's first 1,000 characters, where it is not applied, 5 to 6)."""
    quote = str(c.get("quote") or "")
    return bool(_EARLIER_PERIOD.search(quote)) and not _SINCE.search(quote)


#: Round 78: a count the sentence says holds on or stands at the time ("nine ships were
#: still waiting to berth", "14 people had now been arrested, of whom five").
_HOLDS_NOW = re.compile(r"\b(?:still|now|remain(?:s|ed)?)\b", re.I)


def middle_scenery(c: Mapping[str, Any]) -> bool:
    """Round 78: is the figure a small count of the scene (:func:`scenery_count`: "two
    pumping stations were shut down", "the army had sent two companies of soldiers",
    "Hospitals and two private clinics said") that a report of middle length tells past
    its first paragraph (see :func:`in_lede`) -- not the event told of it
    (:func:`event_told`, :func:`told_done_to`) and not a count the sentence says holds on
    now ("nine ships were still waiting", "had now been arrested")?  A running story's
    state is its news wherever it stands; a scene's furniture is not."""
    if not scenery_count(c) or event_told(c) or told_done_to(c):
        return False
    quote, _text, _i = _in_sentence(c)
    if c.get("hedge") in ("expected", "hypothetical") or _FORECAST_WORDS.search(quote):
        return False  # a plan stays news, as in middle_side ("would dispatch four brigades")
    return not _HOLDS_NOW.search(quote)


#: Round 86 (n86): the words that name what a count or a survey was gathered from, right
#: before the figure: "gathered data from the registers of 1,140 schools", "examined
#: records from 40 schools", "its count from theatre lists at 48 hospitals", "reports from
#: specialist nurses at 14 hospitals", "betting data from 40 bookmakers", "a survey of all 22
#: teams", "its review covered all 47 county referral hospitals".  Not samples ("samples
#: from 412 homes had exceeded the limit" counts the homes found over it), not reports
#: "from" the things counted ("damp or mould reports from 211 flats") and not a bare
#: "covered" ("the operation covered 36 pit sites", "searchers covered 48 square
#: kilometres": what was done).
_GATHERED_FROM = re.compile(
    # at most one word between, and no verb ("Heat records were broken at 40 weather
    # stations", "records broken at": what happened there, not where a count was read)
    r"(?:\b(?:data|records|registers?|lists|calls|responses|returns)\s+"
    r"(?:(?!(?:were|was|are|is|be|been|being|had|have|has|broken|set|beaten|shattered|fell"
    r"|tumbled|smashed)\b)(?:of\s+)?[\w'’-]+\s+)?(?:from|at)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:registers\s+of\s+)?"
    # reports made at places ("reports from specialist nurses at 14 hospitals"), not
    # reports "from" the things counted ("damp reports from 211 flats": a finding)
    r"|\breports\s+(?:[\w'’-]+\s+){0,3}?at\s+(?:all\s+)?(?:the\s+)?"
    r"|\bregisters\s+of\s+"
    r"|\b(?:survey|review|study|audit|poll|census)\s+(?:of|(?:[\w'’-]+\s+){0,2}covered)\s+"
    r"(?:all\s+)?(?:the\s+)?)"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)


def survey_base(c: Mapping[str, Any]) -> bool:
    """Round 86 (n86): is the figure what a count or a survey was gathered from -- the
    schools, hospitals, firms or teams whose registers, records, lists or reports it read
    ("The association gathered data from the registers of 1,140 schools", "The society
    examined records from 40 schools", "said it had collected its count from theatre
    lists at 48 hospitals", "a survey of all 22 teams found only 640 members", "its
    review covered all 47 county referral hospitals")?  Past the first paragraph of a
    report of middle length (:func:`middle_side`) that is how a body's figure was made,
    its method, which the writers leave silent (the figure it found is the news); on the
    48 most recent splits of the tuning pool 7 silent to 0 wanted there."""
    return _cue_before(c, _GATHERED_FROM, 90)


#: Round 86 (n86): a term a rule or an offer sets, right before the figure: "a minimum
#: investment of", "below the legal minimum of", "above a threshold of", "a deposit of",
#: "the maximum allowed under law being", "an annual fee of", "a ceiling of".  Not a bare
#: "a minimum / maximum of" ("Gusts reached a maximum of", "a minimum of 12 people": a
#: measure or a bound of the event's count) unless a rule word names it ("the legal minimum
#: of"), and not a bare "fee" ("paid a club-record fee of 12 million pounds": a transfer,
#: news) unless a rule word comes before it ("entry fee", "licence fee", "annual fee").
_SET_TERM_BEFORE = re.compile(
    r"(?:\b(?:minimum|maximum)\s+(?:[\w-]+\s+){1,3}?"
    r"|\b(?:legal|statutory|mandatory|required|permitted|allowed|official|national|emergency"
    r"|recommended|current|agreed|guaranteed|safe|set|sets|setting)\s+(?:a\s+)?(?:minimum|maximum)\s+"
    r"|\b(?:threshold|deposit|ceiling)\s+(?:[\w-]+\s+){0,3}?"
    r"|\bfee\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:of|at|being)\s+(?:(?:about|around|some|roughly|up\s+to|more\s+than)\s+)?$",
    re.I,
)

#: Round 86 (n86): a rate per head of population right after the figure: "about 70 cars
#: per 100,000 people", "12 beds per thousand residents", "3.1 doctors per capita".  Not
#: cases, infections or deaths ("250 cases per 100,000 people": an outbreak's incidence,
#: news; :data:`_TOLL_NOUNS_BEFORE` reads them named before the figure).
_PER_HEADS_AFTER = re.compile(
    r"^\s+(?!(?:[\w-]+\s+){0,1}?(?:cases?|infections?|deaths?|fatalities|admissions"
    r"|hospitali[sz]ations|patients|victims|casualties|killings|murders|homicides)\b)"
    r"(?:[\w-]+\s+){0,2}per\s+(?:\d|hundred\b|thousand\b|capita\b|head\b|person\b"
    r"|inhabitant\b|resident\b)",
    re.I,
)


#: Review fix (fn86): a toll or an outbreak's count named in the figure's clause before it
#: ("Infections stood at 250 per 100,000 people", "the death rate reached").
_TOLL_NOUNS_BEFORE = re.compile(
    r"\b(?:cases?|infections?|deaths?|death\s+rate|fatalities|admissions|hospitali[sz]ations"
    r"|incidence|casualties|killings|murders|homicides)\b[^.;,]*$",
    re.I,
)


#: Review fix (fn86): a fee paid in a deal, not set by a rule: "Rovers paid a club-record fee
#: of", "for a transfer fee of", "an undisclosed fee of" (a rule word -- entry, licence,
#: annual, admission -- keeps it a term: "Visitors pay an entry fee of").
_PAID_FEE = re.compile(
    r"(?:\b(?:paid|pay|pays|paying|transfer|record|club-record|signing|undisclosed|agreed)\b"
    r"(?![^.;]*\b(?:entry|entrance|licen[cs]e|annual|admission|registration|membership"
    r"|tuition|tourist|visa|application)\b))[^.;]*\bfee\b[^.;]*$",
    re.I,
)


def set_term(c: Mapping[str, Any]) -> bool:
    """Round 86 (n86): is the figure a term a rule or an offer sets -- a minimum, a
    maximum, a threshold, a deposit, a fee, a ceiling ("with a minimum investment of
    250,000 crowns", "below the legal minimum of 7.10 euros", "above a threshold of 1
    million euros", "will pay a deposit of 2 crowns on every plastic bottle") -- or a rate
    per head of population ("about 70 cars per 100,000 people")?  Past the first
    paragraph of a report of middle length (:func:`middle_side`) such a figure is the
    story's setting, like a sum for one unit (:func:`unit_value`), which the writers list
    as "per unit" and leave silent; on the 48 most recent splits of the tuning pool 5
    silent to 0 wanted there."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    before = quote[max(0, i - 80) : i]
    if _cue_before(c, _SET_TERM_BEFORE, 80) and not _PAID_FEE.search(before):
        return True
    return bool(_PER_HEADS_AFTER.match(quote[i + len(text) :])) and not (
        _TOLL_NOUNS_BEFORE.search(quote[max(0, i - 60) : i])
    )


#: Round 86 (n86): a present verb of extent right before an area: "Kasonde Valley covers
#: about 9,000 square kilometres", "The reef spans", "the park stretches over".
_EXTENT_BEFORE = re.compile(
    r"\b(?:covers|spans|stretches\s+over|extends\s+over)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)


#: Review fix (fn86): an ongoing event or "now" in the figure's clause before an extent: "The
#: wildfire now covers about 9,000 hectares", "The oil slick spans roughly 40 square
#: kilometres" -- the event's area, its headline quantity, not the lie of the land.
_EVENT_EXTENT = re.compile(
    r"\b(?:now|fires?|wildfires?|bushfires?|forest\s+fires?|blazes?|burn\s+scar|slicks?"
    r"|spills?|leaks?|flood(?:s|ing|waters?)?|inundation|outbreaks?|epidemic|swarms?"
    r"|locusts?|blooms?|algae|plumes?|smoke|haze|ash|clouds?|storms?|cyclones?|hurricanes?"
    r"|typhoons?|drought|quarantine|cordon|exclusion\s+zone|evacuation\s+zone"
    r"|contamination|pollution|damage|destruction|ice\s+jam|landslides?|mudslides?|lava"
    r"|infestation|hyacinth)\b[^.;,]*$",
    re.I,
)


def place_size(c: Mapping[str, Any]) -> bool:
    """Round 86 (n86): is the figure the area a place covers, told in the present ("The
    valley covers about 9,000 square kilometres", "The reef spans about 380 square
    kilometres")?  That is the lie of the land, a standing property like a population
    (:func:`standing_stock`); past the first paragraph of a report of middle length
    (:func:`middle_side`) the writers leave it silent.  The area an event covered
    ("hyacinth now covered 6,800 hectares", "searchers covered 48 square kilometres")
    is in the past tense and not matched, and neither is a count ("The order covers 23
    towers": what the day's order takes in)."""
    if "area" not in str(c.get("metric") or "").split("|")[1:]:
        return False
    quote, _text, i = _in_sentence(c)
    if i > 0 and _EVENT_EXTENT.search(quote[max(0, i - 90) : i]):
        return False  # "The wildfire now covers about 9,000 hectares": the event's size
    return _cue_before(c, _EXTENT_BEFORE, 40)


#: Round 86 (n86): another body's figure named as its own right before the number: "disputed
#: the union's figure of", "roughly half the council's figure of", "the coast guard's figure
#: of" (not "its count of": the sentence's own body).  Not a day's, a time's or a place's
#: own count ("Tuesday's tally of", "last year's total of", "The country's total of 4,200
#: cases", "the city's count of": the story's own figure, as often news).
_OTHERS_FIGURE_OF = re.compile(
    r"\b(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|today"
    r"|yesterday|tomorrow|tonight|year|week|month|day|night|season|quarter|country|nation"
    r"|region|province|city|town|village|county|world|continent|island|area|capital)"
    r"['’])[\w-]+"
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:figure|count|tally|total|estimate)\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)


def others_figure(c: Mapping[str, Any]) -> bool:
    """Round 86 (n86): is the figure another body's named as its own ("disputed the
    union's figure of 26", "roughly half the council's figure of 18,400")?  A figure set
    against the sentence's own by its owner's name is the other side of a comparison,
    already given or the story's yardstick (like :func:`yardstick`); past the first
    paragraph of a report of middle length (:func:`middle_side`) the writers leave it
    silent; on the 48 most recent splits of the tuning pool 2 silent to 0 wanted there."""
    return _cue_before(c, _OTHERS_FIGURE_OF, 80)


def same_incident(fp_a: str, fp_b: str, min_share: float = 0.65) -> bool:
    """Do two articles name the same incident (at least 65% of the smaller one's
    named entities shared)?  Fingerprints are 4-hex-digit entity hashes; with
    fewer than 3 entities on a side there is nothing to judge and it is True."""
    a = {fp_a[i : i + 4] for i in range(0, len(fp_a), 4)}
    b = {fp_b[i : i + 4] for i in range(0, len(fp_b), 4)}
    if len(a) < 3 or len(b) < 3:
        return True
    return len(a & b) / min(len(a), len(b)) >= min_share


def owns_apart(c: Mapping[str, Any]) -> bool:
    """Round 86 (n86b): is the figure what its subject has in the present ("Sankt Orlen
    has about 9,800 permanent residents, but its population rises several times over in
    summer", "The unit has 640 officers and asked for 150 more"), a move word of the
    sentence standing apart from it?  :func:`owns` gives way to any move word of the
    sentence; past the first paragraph of a report of middle length (:func:`middle_side`)
    only a move in the figure's own clause (:func:`own_clause`: up to the next side
    break or other number) makes it news, as does a holding that goes on ("still has
    38,000 beds")."""
    if not _holds_before(c, _OWNS):
        return False
    quote, _text, i = _in_sentence(c)
    if i < 0 or _CONTINUED.search(quote[max(0, i - 30) : i]):
        return False  # "the city still has 38,000 beds in tourist lets": what holds on
    return not _moved_words(own_clause(c))


#: Round 86 (n86b): a present verb of living, relying or being registered whose subject
#: the figure heads, a few words on: "About 148,000 children under five live in the
#: city", "About 9,200 tractors are registered in", "1,500 families depend on charcoal".
#: A noun first ("rescued 54 live pangolins": an adjective), and no relative, auxiliary or
#: "to" between ("patients who are registered at the clinics would have to").
_LIVES_AFTER = re.compile(
    r"^(?:\s+(?!(?:who|that|which|to|had|have|has|for|were|was|will|would)\b)[\w'-]+){1,5}?"
    r"\s+(?:live|reside|depend\s+on|rely\s+on|are\s+(?:registered|owned)\s+(?:in|by|with))\b",
    re.I,
)


_NOW = re.compile(r"\bnow\b", re.I)


def living_there(c: Mapping[str, Any]) -> bool:
    """Round 86 (n86b): is the figure how many live, rely on something or are registered
    somewhere, told in the present with the figure as its subject ("About 148,000
    children under five live in the city", "About 17,000 people in the country live with
    the disease", "About 9,200 tractors are registered in the highlands")?  That is a
    standing population or stock, like :func:`owns`'s "has" and :func:`standing_stock`'s
    "keeps"; past the first paragraph of a report of middle length (:func:`middle_side`)
    the writers leave it silent ("population").  What the sentence says moved, a count
    that did something ("had applied ... to use") or one a relative clause describes
    ("patients who are registered at the clinics would have to") is not matched, nor a
    state the sentence tells as holding now or still ("now live in tents")."""
    quote, text, i = _in_sentence(c)
    if i < 0 or _moved_words(quote) or _CONTINUED.search(quote) or _NOW.search(quote):
        return False  # "62,000 people now live on tankers' water": the day's state
    return bool(_LIVES_AFTER.match(quote[i + len(text) :]))
