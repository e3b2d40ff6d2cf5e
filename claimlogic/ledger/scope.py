"""May two figures be compared at all: hedge class, place, time scope, units (comparable,
comparable_in_article, scope_compatible, units_compatible, MEASURE_UNITS, alertable,
running_count).

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from claimlogic.extract import MEASURE_UNITS as EXTRACTOR_MEASURE_UNITS

from .words import (
    _COUNT_NOUNS,
    _PERIOD,
    _around,
    _in_sentence,
)

#: Hedges that are never compared: projections and hypotheticals.
UNCOMPARABLE_HEDGES = frozenset({"hypothetical", "expected"})


_RUNNING = re.compile(
    r"kill|dead|death|died|die\b|injur|wound|casualt|hurt|missing|arrest|detain|displac|evacuat"
    r"|infect|case|hospitali|victim|toll|affected|rescued|destroy|damag|shipp|deliver|arriv"
    r"|deploy|sent|dispatch|supplied|supply|lost|loss|fled|refugee|sign|donat|raised|pledg",
    re.I,
)


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

#: The month names as one regex alternation, for the spans below.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"

#: Round 30: the story's own span, named on one side of an article's two rival readings
#: ("1,300 shops ... in the past week", "4,200 students in this year's exams", "about 2.8
#: million talers since March", "30,000 fake notes since January 1"): no other occasion.
_STORY_SPAN = re.compile(
    r"^\s*(?:this\s+(?:week|month|year)|so\s+far|last\s+week(?:end)?"
    r"|(?:in|over)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?)"
    r"|since\s+(?:early\s+|late\s+|mid-?)?(?:" + _MONTHS + r"|the\s+autumn|the\s+spring)"
    r"(?:\s+\d{1,2})?"
    r"|in\s+(?:" + _MONTHS + r"))\s*$",
    re.I,
)


def comparable_in_article(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """:func:`comparable` for two figures of one article: a figure without a time and one
    "this week" or "so far" speak of the same moment, the article's ("12,400 people had
    registered as displaced after this week's demolitions" / "at least 16,000 people had
    lost their homes"), where across articles a period against no time is kept apart."""
    if comparable(new, old, in_article=True):
        return True
    tn, to = new.get("time"), old.get("time")
    if bool(tn) == bool(to) or not _CURRENT_PERIOD.match(str(tn or to)):
        return False
    return comparable({**new, "time": None}, {**old, "time": None}, in_article=True)


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
        return comparable({**new, "time": None}, {**old, "time": None}, in_article=True)
    if bool(tn) == bool(to) or not _STORY_SPAN.match(str(tn or to)):
        return False
    return comparable({**new, "time": None}, {**old, "time": None}, in_article=True)


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


#: Round 83 (r83): where a time read beside a figure belongs to another part of its
#: sentence.  After the figure and a comma, a part that opens on a relative word, a share
#: of the counted group or another figure's comparison: "56,000 homes were
#: still connected ..., most of them in districts built before 1960"; "... 1,380
#: households, up from 900 last year".  Before the figure, an aside between commas that
#: opens a relative clause: "Greystane, the landlord that bought the estate last year, has
#: served notices on 1,380 households".
_ASIDE_AFTER = re.compile(
    r",\s+(?:(?:most|many|some|all|half|several|none|each|one|two|three)\s+of\s+(?:them|which|whom)"
    r"|which|who|whom|whose|where|when|including|up\s+from|down\s+from|compared\s+with"
    r"|against|from\s+\S+\s+(?:a|the)\s+year|the\s+(?:first|highest|worst|most|largest"
    r"|biggest|lowest|fewest)\b)",
    re.I,
)
_ASIDE_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b", re.I)
_DIGIT_BETWEEN = re.compile(r"\d")


def time_of_another_part(c: Mapping[str, Any]) -> bool:
    """Round 83 (r83): does the time the extractor read beside the figure stand in another
    part of its sentence -- after the figure, in a part opened by a comma and a relative
    word, a share of the group ("most of them"), or another figure's comparison ("up
    from 900 last year"); or before it, in an aside between commas that opens a relative
    clause ("the landlord that bought the estate last year,")?  Then the time is not the
    figure's own span."""
    t = str(c.get("time") or "").strip()
    quote, text, i = _in_sentence(c)
    if not t or i < 0:
        return False
    j = quote.find(t)
    if j < 0 or quote.find(t, j + 1) >= 0:
        return False  # not found, or said twice: cannot tell which
    end = i + len(text)
    if j >= end:
        m = _ASIDE_AFTER.search(quote, end, j)
        return m is not None and not _DIGIT_BETWEEN.search(quote, end, m.start())
    if j + len(t) <= i:
        before = quote[:i]
        close = before.rfind(",")
        opened = before.rfind(",", 0, close) if close >= 0 else -1
        return (
            opened >= 0
            and opened < j
            and j + len(t) <= close
            and bool(_ASIDE_RELATIVE.search(quote, opened, j))
            and not _DIGIT_BETWEEN.search(quote, close, i)
        )
    return False


def span_of_story(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 41: are two figures one quantity but for a time on the new side only that
    names the story's own span (:func:`rivals_comparable`, or "since Sept 3")?  Asked for
    a figure whose own sentence disputes another's ("Eleven civilians have been killed
    ... since Sept 3, Border Watch said, nearly twice the official toll"): the span is
    the disputer's wording of the same toll, not another quantity."""
    if rivals_comparable(new, old):
        return True
    tn = new.get("time")
    # round 83: a time read in another part of either sentence (a relative aside, "most of
    # them in districts built before 1960") is not that figure's span; asked only for a
    # figure that disputes or revises (decide's ``spans``), so the pair is compared as a
    # dispute, never as a plain move
    aside_new = bool(tn) and time_of_another_part(new)
    aside_old = bool(old.get("time")) and time_of_another_part(old)
    if aside_new or aside_old:
        return span_of_story(
            {**new, "time": None} if aside_new else new,
            {**old, "time": None} if aside_old else old,
        )
    if not tn or old.get("time") or not _SINCE_MONTH.match(str(tn)):
        return False
    return comparable({**new, "time": None}, old)


#: What a sentence may open on before its marker (:data:`_ELSEWHERE`, :data:`_IN_PLACE`,
#: :data:`_WIDER`): "But in ...", "Meanwhile, across ...".
_OPENING_LINK = r"(?:(?:but|and|meanwhile|still),?\s+)?"


#: Round 83 (r83): a sentence that opens by moving to a place beside the story's own: "In
#: neighbouring Lisk, ...", "In the neighbouring province of Corvel, ...", "Across the
#: border, ...", "A neighbouring province, Manel Coast, said ...", "The neighbouring
#: district of Hollin issued ...", "Elsewhere in the region, ...".  The name after the
#: marker (group ``place``) is what the sentence moves to.
_ELSEWHERE = re.compile(
    rf"^{_OPENING_LINK}(?:"
    r"(?:in|at|on)\s+(?:the\s+)?(?:neighbou?ring|nearby|adjacent|adjoining)\b"
    r"|(?:a|the)\s+neighbou?ring\s+(?:province|district|state|country|region|county|town"
    r"|city|village|municipality|prefecture|island|valley|range|camp|port)\b"
    r"|across\s+the\s+(?:border|river|strait|lake|bay)\b"
    r"|elsewhere\b)(?P<place>[^,;:]{0,60})",
    re.I,
)


def told_elsewhere(c: Mapping[str, Any]) -> str | None:
    """Round 83 (r83): does the figure's sentence open by moving to a place beside the
    story's own ("In neighbouring Lisk, 12 children tested in February had raised
    levels", "Across the border, Kestria's tourism ministry said it had issued 420
    permits")?  Then the words after the marker (maybe empty), else None.  Only a
    sentence that opens so, and only for a figure after the marker: "refugees who fled
    to neighbouring Chad" in the story's own count is no move."""
    m = _opener(c, _ELSEWHERE, after="place")
    return None if m is None else m.group("place").strip()


def _opener(c: Mapping[str, Any], marker: re.Pattern[str], after: str = "") -> re.Match[str] | None:
    """The match of ``marker`` at the start of the figure's sentence (past an opening
    quote mark), when the figure stands after it -- after the match's end, or after the
    start of its group ``after`` -- else None (rounds 83, 84 and 85)."""
    quote, text, i = _in_sentence(c)
    lead = len(quote) - len(quote.lstrip(" \"\u201c'"))
    m = marker.match(quote[lead:])
    if m is None or i < 0:
        return None
    return m if quote.find(text, lead + (m.start(after) if after else m.end())) >= 0 else None


def _names_place(words: str, other: Mapping[str, Any], *, loose: bool = False) -> bool:
    """Does the other figure's sentence name a capitalised word of ``words`` (the place a
    sentence moved to), or read it as its place?  ``loose`` (round 85): read without case
    (a dateline writes "KORVALE, May 2") and as a word's start ("Dovania" is named by
    "Dovanian" and "Dovania's" too)."""
    names = {w for w in re.findall(r"\b[A-Z][\w'-]+", words) if w.lower() not in _NOT_PLACE}
    hay = f"{other.get('quote') or ''} {other.get('place') or ''}"
    end, flags = ("", re.I) if loose else (r"\b", 0)
    return any(re.search(r"\b" + re.escape(w) + end, hay, flags) for w in names)


_NOT_PLACE = frozenset(["the", "a", "in", "of", "province", "district", "state", "region"])


#: Round 85 (r85): a sentence that opens on a named place of its own: "In Corvale, the
#: ministry said ...", "In Wrenfield it found 2,300 ...", "But in Ostermark, 40 ...".  The
#: name (group ``place``, capitalised words) is what the sentence is about; a month, a
#: weekday, a feast or a year opener ("In March, ...", "In 2041, ...") is a time, no place.
_IN_PLACE = re.compile(
    rf"^(?i:{_OPENING_LINK}in\s+)(?P<place>[A-Z][\w'\u2019-]+"
    r"(?:\s+(?:[A-Z][\w'\u2019-]+|de|del|la|le|of))*?)(?:,|\s+(?=[a-z]))"
)

_TIME_NAME = frozenset(
    [
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday", "easter", "christmas", "ramadan"),
        *("lent", "advent", "the", "this", "that", "its", "their", "his", "her", "our"),
        *("total", "all"),
    ]
)


def told_in_place(c: Mapping[str, Any]) -> str | None:
    """Round 85 (r85): does the figure's sentence open on a named place ("In Corvale, the
    ministry said 780 children were reached", "In Wrenfield it found 2,300 children")?
    Then the place's words, else None.  Only a sentence that opens so, the figure after
    the name; "In March, ..." and "In 2041, ..." name a time, not a place."""
    m = _opener(c, _IN_PLACE, after="place")
    if m is None:
        return None
    place = m.group("place")
    if place.split()[0].lower() in _TIME_NAME:
        return None
    return place


def _in_place_apart(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Round 85 (r85): one sentence opened on a named place (:func:`told_in_place`), the
    other did not and names that place nowhere -- not in its sentence, nor as its read
    place: the first counts that place, the second the story's own (which a story names
    in its lede, so a figure there that is the story's own names it too)."""
    pa, pb = told_in_place(a), told_in_place(b)
    if (pa is None) == (pb is None):
        return False
    words, other = (pa, b) if pa is not None else (pb, a)
    return not _names_place(words or "", other, loose=True)


#: Round 84 (r84): a sentence that opens by widening to the whole country or province:
#: "Across the country, more than 300 beaches ...", "Nationally, the ministry has
#: recorded ...", "Throughout the province, 58 people have drowned ...", "Nationwide,
#: ...".  The figure after it counts the wider area, not the story's town or district.
_WIDER = re.compile(
    rf"^{_OPENING_LINK}(?:"
    r"(?:across|throughout)\s+(?:the\s+(?:whole\s+|entire\s+)?)?(?:country|nation|province"
    r"|state|region|county|island|kingdom|republic|territory)\b"
    r"|(?:nationally|nationwide|countrywide|province-?wide|statewide)\b"
    r"|in\s+the\s+(?:country|nation|province|state|region)\s+as\s+a\s+whole\b"
    r")",
    re.I,
)

#: The other figure's sentence speaks of the wider area too: then both are compared.
_WIDE_WORDS = re.compile(
    r"\b(?:national(?:ly)?|nationwide|countrywide|province-?wide|statewide"
    r"|across\s+the\s+(?:country|nation|province|state|region)"
    r"|(?:whole|entire)\s+(?:country|nation|province|state|region))\b",
    re.I,
)


def told_wider(c: Mapping[str, Any]) -> bool:
    """Round 84 (r84): does the figure's sentence open by widening to the whole country,
    province or state ("Across the country, more than 300 beaches are now guarded by
    private firms", "Nationally, the ministry has recorded about 22,000 cases")?  Only a
    sentence that opens so, and only for a figure after the marker: "cases across the
    country" in the middle of the story's own sentence is :func:`nationwide`'s business."""
    return _opener(c, _WIDER) is not None


def _wider_apart(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Round 84 (r84): one sentence widened to the whole country or province
    (:func:`told_wider`), the other neither did nor speaks of the wider area at all:
    the first counts the wider area, the second the story's own place."""
    wa, wb = told_wider(a), told_wider(b)
    if wa == wb:
        return False
    other = b if wa else a
    return not _WIDE_WORDS.search(str(other.get("quote") or ""))


#: Round 84 (r84): a time read beside a figure that names a past occasion of its own --
#: a season or feast gone by ("Last summer three people drowned on the lake", "Last Easter
#: 26 people died", "a similar group was broken up last autumn with nine arrests", "a
#: year earlier"): on one side only, the figure is of that occasion, not the story's.
_PAST_OCCASION = re.compile(
    r"^\s*(?:(?:last|the\s+previous|the\s+past)\s+(?:summer|winter|spring|autumn|fall"
    r"|season|easter|christmas|ramadan|holiday\s+season)"
    r"|(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year\s+before)\s*$",
    re.I,
)


def past_occasion(c: Mapping[str, Any]) -> bool:
    """Round 84 (r84): is the time read beside the figure a past season or feast of its
    own ("Last summer three people drowned", "nine arrests last autumn")?  Not when the
    sentence counts from it ("since last summer": a span to date, the extractor drops the
    "since") or names the story's event by it ("after last autumn's floods")."""
    t = str(c.get("time") or "")
    if not _PAST_OCCASION.match(t):
        return False
    quote = str(c.get("quote") or "")
    for m in re.finditer(re.escape(t.strip()), quote, re.I):
        if re.search(r"\b(?:since|from|after|until|through|over)\s+$", quote[: m.start()], re.I):
            return False
        if re.match(r"[\'\u2019]s\b", quote[m.end() :]):
            return False
    return True


def scope_compatible(
    a: Mapping[str, Any], b: Mapping[str, Any], *, moments: bool = False, in_article: bool = False
) -> bool:
    """Can two figures of one key be of the same scope, asked before any update or rival
    test: not one sentence moved to a neighbouring place the other does not name (round
    83), not two places neither inside the other, not the whole country against one place
    of it, not a sentence opened on a named place the other never names (round 85), and
    the same time or none that names a period.  ``moments``: two readings at instants of
    a running count ("on Friday", "by Tuesday") are one scope unless either names a
    period.  ``in_article``: two figures of one article, where a sentence opened on a
    named place sets the paragraph's place and the sentences after it carry it on ("In
    Drava, police said 22,000 people marched. The organisers said 90,000."): round 85's
    test is not asked."""
    if _wider_apart(a, b):
        # round 84: the whole country or province against the story's own count
        return False
    if not in_article and _in_place_apart(a, b):
        # round 85: a sentence opened on a named place the other figure never names
        return False
    ea, eb = told_elsewhere(a), told_elsewhere(b)
    if (ea is None) != (eb is None):
        # round 83: one sentence moved to a neighbouring place, the other did not: the
        # figure there is that place's count, not the story's -- unless the other
        # sentence names that place too (the story is about it)
        words = ea if ea is not None else eb
        if not _names_place(words or "", b if ea is not None else a):
            return False
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
    if other and _PERIOD.search(other):
        return False
    # round 84: a past season or feast on one side only is its own occasion
    return not past_occasion(a if a.get("time") else b)


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


#: Round 86 (r86): a count revised to a new figure, then the clause that explains the
#: revision by the things added or taken out: "revised the number of deaths down to two,
#: saying one death first attributed to the virus ...", "lowered its count to 2,290,
#: saying 20 operations had been recorded twice", "raised its count to 61, after three
#: more deaths came to light", "revised its count of ponds to 410 from 455, saying 45 of
#: the ponds ..."; or a count told with the reading it moved from ("17 guards injured,
#: up from 14, after three officers who had gone home reported").  A verb of revising and
#: the new figure after "to" (digits or a number word), or "down / up from" a figure;
#: then, in the same sentence, "saying / after / because / adding", which the explaining
#: figure follows at once (past "that", "the", "some", "about", "a further", "another",
#: "only").
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)"
)
#: The count a verb of revising moves (review fix, session 36): "the toll", "its count of
#: ponds", "their own tally", "the number of deaths" -- not any level or limit ("cut the
#: speed limit to 30 after two children were killed", "raised the alert level to three
#: after 5,000 people fled", "cut its daily flights to 12 after 300 pilots walked out").
#: The count is the verb's object ("lowered its count of cases to 30") or, told in the
#: passive, its subject ("the number of injured has been revised to 27").
_REVISED_COUNT = rf"(?:{_COUNT_NOUNS})s?\b"
_REVISING = r"\b(?:revised|revising|lowered|raised|corrected|cut|reduced|adjusted|brought)\b"
_EXPLAINS_REVISION = re.compile(
    r"(?:(?:"
    + _REVISING
    + r"\s+(?:[\w'-]+\s+){0,3}?"
    + _REVISED_COUNT
    + r"|\b"
    + _REVISED_COUNT
    + r"[^.;]{0,100}?\b(?:been|was|were|is|are)\s+(?:\w+\s+)?"
    + _REVISING
    + r")[^.;]{0,100}?\b(?:(?:down|up)\s+)?to\s+(?:(?:about|around|some|nearly|almost)\s+)?"
    # or the count told with the reading it moved from: "13 students are suspects, down
    # from 17, after four were found not to have been there"
    r"|\b(?:down|up)\s+from\s+(?:the\s+|its\s+|their\s+)?(?:(?:about|around|some)\s+)?)"
    + _NUMBER
    + r"\b[^.;]{0,80}?\s(?:"
    # "adding" only with what was added ("adding the two porters", "after adding eight
    # people", "adding that a further 11 ..."), not another count's news ("raised the
    # death toll to 40, adding that 300 people were injured")
    r"(?:after\s+)?adding\s+(?:the\s+)?"
    r"|adding\s+(?:that\s+)?(?:a\s+further|another)\s+"
    r"|(?:saying|after|because)\s+"
    # past a finding's short subject: "after coroners found that four people ...", "after
    # laboratory checks showed two patients ..." (not "said": a body's reading)
    r"(?:(?:[\w'-]+\s+){1,3}?(?:found|showed)\s+)?(?:that\s+)?"
    r"(?:(?:the|some|about|a\s+further|another|only)\s+)?)$",
    re.I,
)


#: What every reading of :data:`_EXPLAINS_REVISION` contains: a verb of revising or "down /
#: up from".  A sentence without one is answered before the figure's own places are
#: searched (:func:`alertable` asks for every figure, several times in one decision).
_REVISION_HINT = re.compile(_REVISING + r"|\b(?:down|up)\s+from\b", re.I)


def explains_revision(c: Mapping[str, Any]) -> bool:
    """Round 86 (r86): is the figure the one that explains a revision told just before
    it in its sentence ("revised the toll down to 21, saying three deaths first recorded
    as dengue had been confirmed as malaria", "corrected its tally to 54, from 58, after
    four vehicles turned out to belong to another firm")?  Then it counts what was added
    to or taken out of the count -- the gap between two readings -- not a reading of the
    count nor a first figure of its own.  The revised figure itself (after "to") and the
    one it came "from" stand before the connective and are not asked."""
    quote, text, i = _in_sentence(c)
    if i < 0 or not text or not _REVISION_HINT.search(quote):
        return False
    # the figure's own place: its text as a whole number ("45" is not the start of "455")
    own = re.compile(r"(?<![\w,.])" + re.escape(text) + r"(?![\w]|[,.]\d)")
    # the claim does not say which of two like texts in its sentence it is ("saying two
    # deaths had been counted twice, and two of the dead were children"): every one of
    # them must explain the revision (review fix, session 36)
    places = [m.start() for m in own.finditer(quote)]
    return bool(places) and all(_EXPLAINS_REVISION.search(quote, 0, j) for j in places)


def alertable(c: Mapping[str, Any]) -> bool:
    """May this figure raise an alert at all (new_figure/update)?  Not a hypothetical,
    vague or change figure, and (round 86) not the figure that explains a revision
    (:func:`explains_revision`)."""
    return (
        c.get("hedge") != "hypothetical"
        and not c.get("vague")
        and not c.get("change_is_delta")
        and c.get("value") is not None
        and not explains_revision(c)
    )


def comparable(
    new: Mapping[str, Any],
    old: Mapping[str, Any],
    *,
    moments: bool = False,
    scoped: bool = True,
    in_article: bool = False,
) -> bool:
    """May these two figures contradict each other (or one update the other)?

    ``moments``: readings of a state, whose time scopes ("Monday morning", "on Tuesday
    evening") are moments, not periods: two readings at different moments are still
    compared (the later one updates the earlier one).  ``scoped=False``: hedges and units
    only, not the places and times (for a figure that names the other by value).
    ``in_article``: the two figures stand in one article (:func:`scope_compatible`).
    """
    for c in (new, old):
        if c.get("hedge") in UNCOMPARABLE_HEDGES or c.get("vague") or c.get("change_is_delta"):
            return False
    if not units_compatible(new, old):
        return False
    return not scoped or scope_compatible(new, old, moments=moments, in_article=in_article)


def running_count(c: Mapping[str, Any], metric_key: str, label: str) -> bool:
    """Does this metric normally only grow as a story develops (tolls, arrests, deliveries)?"""
    if _unit(c) in {"%", "percent", "per cent"}:
        return False
    text = " ".join(str(x) for x in (c.get("property"), metric_key, label) if x)
    return bool(_RUNNING.search(text))


# --------------------------------------------------------------------------- outcomes
#: Round 77 (e77): mutually exclusive outcomes of one set of counted things.  Each set
#: names what can happen to each thing, and a thing has exactly one of its members:
#: a request (claim, application) is granted, refused or still undecided; a job, dose or
#: animal is kept or done away with.  Two figures whose own outcome words are different
#: members of one set count different things ("3,100 claims had been paid" / "2,600
#: claims were rejected"), never two readings of one quantity.
_OUTCOMES: dict[str, dict[str, str]] = {
    "decision": {
        "granted": r"paid(?:\s+out)?|approved|granted|accepted|settled|honou?red",
        "refused": r"rejected|refused|denied|declined|turned\s+down|thrown\s+out",
        "open": r"pending|under\s+review|awaiting\s+\w+|outstanding|still\s+being\s+processed"
        r"|unresolved|undecided",
    },
    "fate": {
        "kept": r"kept|retained|saved|preserved|recovered|salvaged|reused|spared",
        "gone": r"cut|shed|axed|eliminated|laid\s+off|destroyed|discarded|scrapped|wasted"
        r"|thrown\s+away|culled",
    },
}

_OUTCOME_ALT = "|".join(
    f"(?P<{s}_{m}>{words})" for s, members in _OUTCOMES.items() for m, words in members.items()
)

#: The outcome word after the figure, in its own clause: the counted noun and at most a
#: few words (an auxiliary, "still", "now") between ("3,100 claims had been paid",
#: "1,200 jobs would be kept", "900 doses to be destroyed", "400 applications still
#: pending").
_OUTCOME_AFTER = re.compile(
    r"^(?:\s+[\w'-]+){0,6}?\s+(?:(?:have|has|had|were|was|are|is|been|be|being|to|would|will"
    r"|could|still|now|already|remain|remained|remaining)\s+)*(?:" + _OUTCOME_ALT + r")\b",
    re.I,
)

#: The outcome word right before the figure, as its verb or attribute ("had rejected
#: 2,600 claims", "the ministry paid 3,100", "rejected claims numbered").
_OUTCOME_BEFORE = re.compile(
    r"\b(?:" + _OUTCOME_ALT + r")\s+(?:(?:about|some|nearly|almost"
    r"|around|roughly|over|more\s+than|just)\s+)?$",
    re.I,
)

_NEGATED = re.compile(r"\b(?:not|never|no|yet\s+to\s+be|n't)\s+(?:\w+\s+){0,2}$", re.I)


def outcome(c: Mapping[str, Any]) -> tuple[str, str] | None:
    """Round 77: the figure's own outcome word, as (set, member) of :data:`_OUTCOMES`,
    read in its own clause right after the figure (the predicate of the counted noun) or
    as the verb right before it; None when there is none or it is negated ("were not
    paid")."""
    quote, text, i = _in_sentence(c)
    if i < 0 or not text:
        return None
    end = i + len(text)
    stops = [j for j in (quote.find(p, end) for p in ",;:.") if j >= 0]
    after = quote[end : min(stops, default=len(quote))]
    m = _OUTCOME_AFTER.match(after)
    if m is None or _NEGATED.search(after, 0, m.start(m.lastgroup or 0)):
        m = _OUTCOME_BEFORE.search(quote, 0, i)
        if m is None or _NEGATED.search(quote, 0, m.start()):
            return None
    name = m.lastgroup or ""
    s, _, member = name.partition("_")
    if s == "fate" and "money" in str(c.get("metric") or "").split("|"):
        # a sum of money (the extractor's dimension, any currency): what is cut from a
        # budget is what is saved -- "cut $2m" and "saved $2m" may be one sum
        return None
    return (s, member) if member else None


def other_outcomes(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Round 77: are two figures' own outcomes different members of one set (paid /
    rejected, kept / cut)?  Then they count different things.  A figure with no outcome
    word says nothing either way."""
    oa, ob = outcome(a), outcome(b)
    return oa is not None and ob is not None and oa[0] == ob[0] and oa[1] != ob[1]


# --------------------------------------------------------------------------- one span
_MONTH_ABBR = {m[:3]: m for m in _MONTHS.split("|")}

#: Round 81 (s81): the start of a span that runs to the day it is told, in its wordings.
#: The year so far: "this year", "so far this year", "this year so far", "since January",
#: "since January 1", "since the start of the year".
_SINCE_YEAR = re.compile(
    r"^(?:(?:so\s+far\s+)?this\s+year(?:\s+so\s+far)?|since\s+jan(?:uary|\.)?(?:\s+1(?:st)?)?"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)$",
    re.I,
)
#: A month from its first day: "since March", "since March 1", "since the start of March",
#: "since the beginning of March" (not "since mid-March", "since March 12").
_SINCE_MONTH_START = re.compile(
    r"^since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<m>" + _MONTHS + r"|(?:jan|feb|mar|apr"
    r"|jun|jul|aug|sept?|oct|nov|dec)\.?)(?:\s+1(?:st)?)?$",
    re.I,
)
#: The season so far: "this season", "so far this season", "since the season opened /
#: began / started", "since the start of the season".
_SINCE_SEASON = re.compile(
    r"^(?:(?:so\s+far\s+)?this\s+season(?:\s+so\s+far)?"
    r"|since\s+the\s+(?:\w+\s+)?season\s+(?:opened|began|started|got\s+under\s*way)"
    r"|since\s+the\s+(?:start|beginning|opening)\s+of\s+the\s+(?:\w+\s+)?season)$",
    re.I,
)


def span_start(t: str | None) -> str | None:
    """Round 81 (s81): the start of a span that runs to the moment it is told, as one
    name whatever the wording: "year" ("so far this year", "since January 1", "since the
    start of the year"), "season" ("this season", "since the season opened"), a month
    from its first day ("march": "since March", "since March 1", "since the start of
    March"); None for any other time (a closed period, "in March", "last year"; a span
    from another day, "since mid-March", "since March 12")."""
    s = re.sub(r"\s+", " ", str(t or "").strip().rstrip(",.")).lower()
    if not s:
        return None
    if _SINCE_YEAR.match(s):
        return "year"
    if _SINCE_SEASON.match(s):
        return "season"
    m = _SINCE_MONTH_START.match(s)
    if m:
        month = _MONTH_ABBR.get(m.group("m")[:3], m.group("m"))
        return "year" if month == "january" else month
    return None


def one_running_span(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 81 (s81): are two figures whose times differ in words one running count,
    counted over one span that starts at the same moment and runs to the day each is told
    ("29 attacks so far this year" after "17 attacks since January 1", "57 smugglers since
    the start of December" after "42 since December", "four boats lost this season" after
    "three since the season opened")?  Then they are compared with the times left out.
    Periods that really differ stay apart: a month against the year ("in March" / "this
    year"), last year against this, a span from another day ("since mid-March")."""
    tn, to = new.get("time"), old.get("time")
    if not tn or not to or _norm(str(tn)) == _norm(str(to)):
        return False
    a, b = span_start(str(tn)), span_start(str(to))
    if a is None or a != b:
        return False
    return comparable({**new, "time": None}, {**old, "time": None})
