"""The update tests: moves, periods and moments, parts moved on, small against large, now
moved on, the same body's newer count, described alike, continued.

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from claimlogic.extract.frame import own_time

from .disputes import (
    _named,
    _same_order,
    _source_words,
    sources_differ,
)
from .framing import (
    context_figure,
    of_a_past_year,
    owns,
    partitive,
)
from .intervals import (
    rel_diff,
    representative,
)
from .kinds import (
    _TOLL_MOVED,
    DISTANCE_UNITS,
    newsworthy,
    revision,
    toll_moved,
)
from .rivals import (
    _CHANGED_HERE,
    _NOT_A_MOVE,
    _NOW_PERFECT,
    _RIVAL_WORDING,
    _predicate_words,
    named_by_tag,
    own_speaker,
)
from .scope import (
    _SINCE_MONTH,
    _STORY_SPAN,
    _norm,
    _unit,
    comparable,
    nationwide,
    one_running_span,
)
from .steps import (
    _carried_to,
)
from .words import (
    _CHANGED,
    _CONTINUED,
    _PERIOD,
    _blank_dates,
    _holds_on,
    _in_sentence,
    _moved_words,
    own_clause,
)

#: An update without words of change stays within this ratio of the figure it replaces.
UPDATE_RATIO = 20.0


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
#: Round 78: or a state told as now ("35 of its nurseries are now open again", "230 of its
#: offices were now closed", "96 of its 180 stations had now set records").
_PART_HOLDS = re.compile(
    r"^([^,;:.]{0,60}?)\b(?:still|remain(?:s|ed|ing)?|(?:is|are|was|were|has|have|had)\s+now)\b",
    re.I,
)

_RELATIVE = re.compile(r"\b(?:that|who|which|whom)\b", re.I)


def part_holds_on(c: Mapping[str, Any]) -> bool:
    """Round 58: does a part taken out of a group say in its own clause that it still holds
    ("Nine of the injured were still in hospital", "Of the survivors, 4 remain in
    hospital"), or (round 78) is now in a state ("35 of its nurseries are now open
    again")?  Then it is the next reading of the part that holds on (how many are still
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
    Asked in :func:`decide`'s update loop, whose figures so compared are only ever updated.
    Round 81 (s81): also one running span told two ways
    (:func:`~claimlogic.ledger.scope.one_running_span`: "so far this year" / "since
    January 1", "this season" / "since the season opened")."""
    if one_running_span(new, old):
        # both spans start at one moment and run to the day each is told: one count
        return True
    if closing_count(new, old):
        # round 85: the count the span closed on, after a reading while it ran
        return True
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


#: Round 85: a sentence that says the span its count ran over has closed: the season,
#: drive, inspection or operation "ended" ("A month-long clean-up ... ended with 19
#: tonnes", "as picking ended", "in the season that ended on Wednesday", "brought the
#: season to a close", "closing its checks for the season"), a "final tally", an
#: "end-of-season" or "season report", the count "over the summer" or "over the three
#: months".  Not "by the end of the year", which is as often a target ("to clear about
#: 1,200 operations by the end of the year").
_CLOSING = re.compile(
    r"\b(?:ended|ends|closed|closing|completed|finished|wound\s+up)\s+(?:(?:its|their|the|his"
    r"|her|a|with|on|for)\b|\w+\s+(?:checks?|inspections?|count|cull|drive|campaign|survey"
    r"|operation|sweep|search))"
    r"|\b(?:season|harvest|picking|drive|campaign|operation|inspection|survey|cull|clean-?up"
    r"|sweep|crackdown|blitz|count(?:ing)?\s+period)\s+(?:that\s+|had\s+|has\s+)?(?:ended"
    r"|closed|finished|came\s+to\s+an\s+end|drew\s+to\s+a\s+close)\b"
    r"|\bto\s+a\s+close\b|\bfinal\s+(?:tally|count|figures?|total|report|toll|bulletin)\b"
    r"|\bend-of-(?:the-)?(?:season|year|campaign|operation|drive|summer|winter)\b"
    r"|\bseason\s+report\b"
    r"|\bover\s+the\s+(?:whole\s+|entire\s+|full\s+)?(?:(?:two|three|four|five|six|seven"
    r"|eight|nine|ten|\d+)\s+(?:days|weeks|months)|summer|season|winter|campaign)\b",
    re.I,
)

#: A time of a count still running when it was told: the story's span from its start
#: ("since June 1", "so far this year", "this season", "in the past ten days").
_STILL_RUNNING = re.compile(
    r"^\s*(?:since\b|so\s+far\b|this\s+(?:year|season|month|week)\b"
    r"|(?:in|over)\s+the\s+(?:past|last)\b)",
    re.I,
)

#: A time that sets the closing count in a period of its own, before the story's: last
#: year, a year by number, a day gone ("yesterday", "two weeks ago").
_PAST_PERIOD = re.compile(
    r"\blast\b|\bago\b|\byesterday\b|\bprevious\b|\bearlier\b|\b(?:19|20)\d\d\b", re.I
)


def _closing_cue(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence say its span closed (:data:`_CLOSING`), with no other
    number between the cue and the figure?  "its final count of pupils absent ... was
    4,350, and that 1,200 of them had still not returned" closes the 4,350, not the
    1,200."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    for m in _CLOSING.finditer(quote):
        between = quote[m.end() : i] if m.end() <= i else quote[i + len(text) : m.start()]
        if not re.search(r"\d", between):
            return True
    return False


def closing_count(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 85: is a figure whose sentence says the span it counts over has closed
    (:data:`_CLOSING`: "A month-long inspection ... ended with 197 children found
    working", "3,700 nests had been destroyed in Corvalle this year, as the first frosts
    brought the season to a close", "Lifeguards carried out 3,650 rescues over the
    summer") the closing reading of an earlier figure of its key read while the count
    still ran ("has risen to 143", "1,980 rescues since the start of June")?  The closing
    sentence dates the count by the whole span ("this year", "a month-long", "between
    June 1 and August 31") where the running one named its start or nothing: one count
    told at its end, compared with the times left out.  Asked by :func:`time_aside`, so
    the pair is only ever an update.  Not when the closing figure sets itself in a past
    period ("last year", "in 2044") or the earlier one names a closed period of its own
    ("last week", "in March")."""
    if not _closing_cue(new) or partitive(new):
        return False
    tn, to = str(new.get("time") or ""), str(old.get("time") or "")
    if tn and _PAST_PERIOD.search(tn):
        return False
    if to and not _STILL_RUNNING.match(to):
        return False
    return comparable({**new, "time": None}, {**old, "time": None})


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


#: Round 78: a count said, in the perfect, to have reached the figure right after the verb:
#: "losses had reached 65 million crowns", "Compensation payments have reached 9.7 million
#: marks", "the petition has passed 20,000 signatures" (at most one hedge word between).
_REACHED_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:reached|passed|topped)"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$",
    re.I,
)


def reached_moved_on(c: Mapping[str, Any]) -> bool:
    """Round 78: does the figure's sentence say, right before it, that a count has reached
    it ("Appeals against the grades had reached 1,420", "Confirmed cases have reached
    121", "The petition has passed 20,000 signatures")?  "Has reached" tells a running
    count carried on to the figure as "rose to" does: in a running story it is the count
    moved on, even when no earlier figure of it is on record under this key.  Only the
    perfect: a bare "reached 45 degrees" is as often a peak of its own."""
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return False
    return bool(_REACHED_BEFORE.search(quote[max(0, i - 60) : i]))


#: Round 78: after the figure, with no other number between, a clause that says it moved
#: from an earlier reading or that its body raised or cut its estimate to it: ", up from
#: the day before", ", down from the figure it gave last week", ", up from its earlier
#: count", ", raising its estimate after ...", ", cutting their forecast".
_MOVED_AFTER = re.compile(
    r"^[^.;:!?\d]{0,120}?,\s+(?:(?:up|down)\s+from\b"
    r"|(?:raising|lifting|lowering|cutting|revising)\s+(?:its|their|his|her)\s+(?:own\s+)?"
    r"(?:(?:earlier|previous|first|initial)\s+)?(?:estimate|count|figure|forecast|tally)\b)",
    re.I,
)


def moved_after(c: Mapping[str, Any]) -> bool:
    """Round 78: does a clause right after the figure say it moved from an earlier reading
    or that its speaker raised or cut its estimate to it (:data:`_MOVED_AFTER`: "40 soldiers
    are now in hospital, the army said, up from the day before"; "the ring had stolen 6.8
    million euros, raising their estimate after tracing payments")?  The earlier reading
    need not be given as a figure: the sentence says the count stood elsewhere before."""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    m = _MOVED_AFTER.match(quote[i + len(text) :])
    # "640,000 bags ..., down from 1.02 million bags in August last year": a year-on-year
    # comparison sets the figure against another period's, no earlier reading of it
    return m is not None and not _ANOTHER_YEAR.search(quote[i + len(text) + m.end() :])


#: Round 78: another year's or period's figure named after the move (:func:`moved_after`).
_ANOTHER_YEAR = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+same\s+(?:period|month|quarter"
    r"|week|time)|(?:19|20)\d\d)\b",
    re.I,
)


def step_moved_on(c: Mapping[str, Any]) -> bool:
    """Round 54: is the figure the total a step its sentence added brought the count to
    ("Police said they had arrested five more people ..., bringing the number of
    arrests to eight")?  The step says the count stood lower before: in a running story
    the total is the count moved on, an update, whether or not the step itself was filed
    as a figure (its own key's first reading is then the step, not the count).

    Round 78: so does a count said to have reached the figure (:func:`reached_moved_on`:
    "losses had reached 65 million crowns"): the count stood lower before it reached it;
    and one a clause right after says moved from an earlier reading (:func:`moved_after`:
    "..., up from the day before", "..., raising their estimate after ...").
    Asked only for a first figure of its key in a running story (:func:`decide`)."""
    if reached_moved_on(c) or moved_after(c):
        return True
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


#: Round 76: a number as the object of the "now" perfect's verb, right after it: " killed 47",
#: " received 104", " 5.3 billion" (after "now total"); "been" makes it a passive.
_NOW_OBJECT = re.compile(
    r"(?:\s+(?!been\b)[a-z]+)?\s+(?:(?:about|around|some|nearly|almost|roughly|more|than"
    r"|over)\s+){0,2}(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?"
    r"|hundreds?|thousands?)\b)",
    re.I,
)


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
    masked = _blank_dates(quote)
    return any(
        # round 55: "3,700 operations had now been cancelled ..., and 12,600 appointments
        # had been postponed": a "now" right after another figure's noun is that figure's
        remains or lo + m.start() > i or not _NOW_OF_ANOTHER.search(masked[: lo + m.start()])
        for m in _NOW_PERFECT.finditer(clause)
        # round 76: nor a "now" after the figure whose verb takes a later number
        if lo + m.start() < i or not now_of_later(masked, lo + m.end())
    )


def now_of_later(masked: str, at: int) -> bool:
    """Round 76: does the "has now" / "now totals" ending at ``at`` of a (date-blanked)
    sentence, after the figure, govern a later number instead: its verb takes that number
    as its object ("fined the company 1.5 million marks over its dog food, which has now
    killed 47 dogs", "as it said it had now fined 31 households", "assets ... now total
    5.3 billion euros")?  The figure before it is then told as a fact of its own, not
    moved on.  A passive ("14 people had now been charged after two nights") takes none."""
    return bool(_NOW_OBJECT.match(masked, at))


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


#: Round 71: how far a body's own next toll of one event lies above its last, when its
#: sentence says nothing of a move ("26 wounded" after 19; "90 bodies taken to a second
#: morgue" after 41 handed over is another count).
BODY_TOLL_RATIO = 2.0


def toll_grown_by_body(claim: Mapping[str, Any], fig: Mapping[str, Any], event_t: float) -> bool:
    """Round 71: is the claim, said at ``event_t``, a higher count than the ledger figure
    ``fig`` from the same named body, later and within :data:`BODY_TOLL_RATIO` ("Police
    said 26 people had been wounded" after the police's 19)?  A body that gives a higher
    toll of the story's event again has counted on; it does not start another incident's
    toll.

    Round 84 (u84): the same body named short ("the fishermen's cooperative" after "the
    Nsama Fishermen's Cooperative", :func:`_same_body_named`); and a body's final count
    ("in its final report", "a final count of") may lie up to :data:`FINAL_TOLL_RATIO`
    above its last."""
    own = _source_words(claim)
    theirs = _source_words(fig["claim"])
    nv, ov = claim.get("value"), fig["claim"].get("value")
    ratio = BODY_TOLL_RATIO
    if _FINAL_COUNT.search(str(claim.get("quote") or "")):
        ratio = FINAL_TOLL_RATIO
    return (
        _same_body_named(own, theirs)
        and event_t > float(fig.get("t") or 0.0)
        and nv is not None
        and ov is not None
        and float(nv) > float(ov)
        and _same_order(nv, ov, ratio)
    )


#: Round 84 (u84): how far a body's final count of the event's toll may lie above its
#: last reading: a holiday's road toll or an outbreak's count closes at two to three times
#: its first days' ("1,480 injured ... in its final report" after 590 in the first 48
#: hours).
FINAL_TOLL_RATIO = 3.0

#: Round 84 (u84): a sentence that gives the body's closing count: "in its final report",
#: "presenting the final figures", "a final count of", "its final tally".
_FINAL_COUNT = re.compile(
    r"\bfinal\s+(?:report|figures?|count|tally|toll|bulletin|numbers?)\b", re.I
)


def _same_body_named(own: frozenset[str], theirs: frozenset[str]) -> bool:
    """Round 84 (u84): do two speakers' words (:func:`_source_words`) name one body: the
    same words, or every word of one (two or more) among the other's, the place or owner
    left out ("the office of emergency management" and "the state's office of
    emergency management", "the Lifesaving Society" and "the Aldmark Lifesaving
    Society")?  A single word ("police" and "state police") names too little."""
    if not own or not theirs:
        return False
    if own == theirs:
        return True
    short, long_ = (own, theirs) if len(own) < len(theirs) else (theirs, own)
    return len(short - {"s"}) >= 2 and short < long_


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


def rival_wording(c: Mapping[str, Any]) -> bool:
    """Does the figure's sentence give it as its speaker's rival reading (``_RIVAL_WORDING``:
    "its own estimate was", "said the number was", "no more than", a sentence opening with
    "But")?  Past a long report's lede such a figure still contradicts the other side's
    (:func:`decide`); without the wording a body figure is background."""
    return bool(_RIVAL_WORDING.search(str(c.get("quote") or "")))


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


def moved_to_here(c: Mapping[str, Any]) -> bool:
    """Round 58: does a move verb of the figure's own sentence govern the figure itself
    ("complaints had reached 9,100", "the number of missing fell to two", "now stand at
    97,000")?  The sentence then says the count moved to this figure, whatever other
    figures it names."""
    quote, _text, i = _in_sentence(c)
    if i < 0:
        return False
    return bool(_MOVED_TO_HERE.search(quote[max(0, i - 80) : i]))


#: Round 74: what a forecast says the quantity will do ("temperatures are expected to fall to
#: about 26 degrees", "profit is forecast to rise to"): the quantity's predicted move, not
#: the speaker moving its own forecast.
_MOVE_FORECAST = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|project\w*|likely|due|set|would|will)\s+"
    r"(?:\S+\s+){0,4}?to\s+(?:rise|fall|climb|drop|grow|increase|decrease|decline|reach|ease"
    r"|stay|remain|peak|hit|top|double|halve|slow|recover)\b",
    re.I,
)

#: Round 74: the speaker's own plan or forecast moved, before the figure: "now expects", "now
#: says 820 jobs will go", "raised the number of jobs it plans to cut to 900", "reduced the
#: number of jobs it plans to cut to 1,150", "reducing the number of funded projects to 12".
_PLAN_NOW = re.compile(
    r"\bnow\s+(?:expects?|says?|forecasts?|plans?|estimates?|predicts?|projects?|believes?)\b",
    re.I,
)
_PLAN_MOVED_TO = re.compile(
    r"\b(?:rais|lift|increas|cut|reduc|lower|trimm?|revis|upgrad|downgrad)\w*\s+(?:\S+\s+){0,10}?"
    r"to\s+(?:(?:about|around|some|nearly|almost|roughly|just|more|less|fewer|than|over|under"
    r"|at\s+least)\s+){0,3}$",
    re.I,
)

#: Round 74: ... or after it, set against what was announced: "would cut 30 posts rather than
#: 45", "3,400 jobs will go ..., more than announced last month", "fewer than it had first
#: feared", "up from the number announced in September".
_PLAN_AGAINST = re.compile(
    r"\b(?:rather\s+than|instead\s+of|(?:up|down)\s+from"
    r"|(?:more|fewer|less|higher|lower)\s+than\s+(?:it\s+|they\s+|the\s+\w+\s+)?(?:had\s+)?"
    r"(?:first\s+|previously\s+|initially\s+|originally\s+|earlier\s+)?(?:announced|planned"
    r"|feared|forecast|expected|promised|estimated))\b",
    re.I,
)


def plan_moved(c: Mapping[str, Any]) -> bool:
    """Round 74: does the figure's sentence say its speaker moved a plan or forecast to the
    figure ("now expects 1,350 jobs to be lost", "raised the number of jobs it plans to cut
    to 900", "would cut 30 posts rather than 45"), not that the quantity is forecast to move
    ("temperatures are expected to fall to about 26 degrees")?"""
    quote, text, i = _in_sentence(c)
    if i < 0:
        return False
    before, after = quote[:i], quote[i + len(text) :]
    if _MOVE_FORECAST.search(before):
        return False
    return bool(
        _PLAN_NOW.search(before) or _PLAN_MOVED_TO.search(before) or _PLAN_AGAINST.search(after)
    )


def plan_revised(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 74: is a figure whose sentence moves a plan or forecast (:func:`plan_moved`) the
    next reading of an earlier figure that :func:`comparable` keeps apart as a projection
    (hedge "expected": "the company has said it will cut 1,400 jobs")?  A projection is never
    compared with a fact or another projection, but a speaker revising its own plan names
    the plan's new figure: compared once the hedge is left out (the update loop's figures
    so compared are only ever updated).  Not a hypothetical on either side."""
    if "expected" not in (new.get("hedge"), old.get("hedge")):
        return False
    if "hypothetical" in (new.get("hedge"), old.get("hedge")) or not plan_moved(new):
        return False
    n0, o0 = {**new, "hedge": None}, {**old, "hedge": None}
    return comparable(n0, o0) or moved_past_period(n0, o0) or time_aside(n0, o0)


#: Round 74: a count's span that runs up to the day it is read: "since 2038", "since it
#: opened", "this year", "so far this year", "over the past three years", "to date".
_SPAN_TO_DATE = re.compile(
    r"^\s*(?:since\s+\S.*|(?:so\s+far\s+)?this\s+year(?:\s+so\s+far)?"
    r"|(?:over|in)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?)"
    r"|to\s+date|so\s+far)\s*$",
    re.I,
)


def span_to_date(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 74: is a figure whose sentence says the count moved on ("has risen to 340",
    "now believe the network laundered 6.8 billion pesos") and names no time the next
    reading of an earlier figure counted over a span that runs to its own day ("210
    artists ... since 2035", "4,200 seasonal workers this year", "nine complaints in the
    past two years")?  The running count's later reading drops the span; unlike
    :func:`span_left_behind` the span may be counted in years, since it runs to date.
    Not an earlier figure of the same value: the sentence says the count moved, so a
    figure it would only restate ("11 workers had died ... in the past year" before "the
    toll rose to 11") is another quantity, not the count's earlier reading."""
    t = str(old.get("time") or "")
    if new.get("time") or not _SPAN_TO_DATE.match(t):
        return False
    v = new.get("value")
    if v is None or _named(old.get("value"), (float(v),)):
        return False
    if not (_states_move(new) or now_moved_on(new)):
        return False
    return comparable(new, {**old, "time": None})


#: Round 74: the participle that gives what a step left or brought the count to, right
#: before the figure: ", leaving 19", ", leaving only five", ", bringing the total to 26".
_STEP_RESULT = re.compile(
    r",\s+(?:leaving|(?:bringing|raising|pushing|taking|lifting)\b(?:\s+\S+){0,8}?\s+to)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?$",
    re.I,
)


def time_of_step(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 74: is the new figure's time the time of the step its sentence tells ("Two
    more defendants changed their pleas last week, leaving 19 on trial", "three more
    reactors restarted this week ..., leaving five offline"), and the two figures one
    count once that time is left out?  The step ("two more", :data:`_STEP_MORE`) happened
    then; the count it left or brought the figure to is the count's next reading."""
    tn = str(new.get("time") or "")
    quote, _text, i = _in_sentence(new)
    if not tn or i < 0:
        return False
    m = _STEP_RESULT.search(quote[:i])
    if m is None:
        return False
    step = quote[: m.start()]
    at = step.lower().rfind(tn.lower())
    if at < 0 or not _STEP_MORE.search(step):
        return False
    return comparable({**new, "time": None}, old)
