"""In-article rival finders: do two keys name one quantity (_rival_nouns, _narrower,
_one_gap, bare sums), the verbs and words around a figure, compares and the compared
rivals, two named bodies' readings side by side (people, bare, same-key, clause and
money rivals), own voice, tallies and led figures.

Part of :mod:`claimlogic.brain`, split from the old ``brain.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from claimlogic import ledger
from claimlogic.extract.lexicon import GIVEN_READINGS, RIVAL_COMPARATIVES, RIVAL_NOUN_CLASSES
from claimlogic.ledger.disputes import _BODY_HEADS
from claimlogic.ledger.rivals import explains_gap
from claimlogic.ledger.scope import UNCOMPARABLE_HEDGES

from .aliases import (
    _KIN_PROPS,
    _ROLES,
    _head,
    _named_apart,
    _prop_dims,
    _singular,
)
from .state import (
    T_LEDGER,
    BrainConfig,
    _ledger_entry,
    _newest,
    _Scene,
)

#: Properties that name what happened to a counted thing; two different ones ("killed",
#: "injured") are two quantities even when one article's sources quarrel.
_QUARREL_EVENTS = _ROLES | {"casualties", "infected", "evacuated", "displaced"}


#: Round 23: two event words one source and another use of one loss ("lost 3,400 hives" is
#: filed ``killed``, "7,500 hives lost" ``casualties``).  Any other two different events
#: ("killed", "injured") stay two quantities.
_RIVAL_ROLE_PAIRS = frozenset({frozenset({"killed", "casualties"})})
#: Round 49: other things done to a group than ``_QUARREL_EVENTS``: a figure of one of
#: them is never the other side of a toll ("1,100 soldiers killed" / "340 taken prisoner").
_DONE_TO = frozenset(
    {"captured", "charged", "seized", "deployed", "supplied", "arrived", "destroyed"}
    | {"damaged", "stranded", "launched", "recruited"}
)
#: Properties of sums of money, never round 23 rivals of a count.
_MONEY_PROPS = frozenset({"cost", "funding", "price", "revenue", "budget", "spending"})


def _rival_nouns(head: str, prop: str, head2: str, prop2: str, *, strict: bool = False) -> bool:
    """Do two keys (by head noun and property) name one quantity, so that two named
    sources' figures of them in one article are rival readings?  The quarrel key's test
    (``strict`` False): the same head noun, unless the other key names another thing that
    happened ("soldiers wounded" is what happened to them, not another reading of
    "soldiers killed").  Round 23's (``strict``): (a) the same head noun with the same
    property, a plain count on either side ("pupils|missing" / "pupils|count"), or a pair
    of event words in ``_RIVAL_ROLE_PAIRS``; (b) head nouns of one small class of
    ``RIVAL_NOUN_CLASSES`` ("sheep" / "animals", "houses" / "homes") with the same
    property.  Never two different events, never two different verbs ("tanks destroyed"
    and "storage tanks launched" are no rivals)."""
    if not strict:
        return (
            head == head2
            and (prop2 == prop or prop2 not in _QUARREL_EVENTS)
            # round 49: nor the other way round ("soldiers killed" is not another reading
            # of "soldiers captured"): an event against another thing done to them
            and not (prop in _QUARREL_EVENTS and prop2 in _DONE_TO and prop2 != prop)
        )
    if {prop, prop2} & _MONEY_PROPS:
        return False  # sums of money: a fund, a cost and a bill are three quantities
    if head == head2:
        return (
            prop == prop2
            or "count" in (prop, prop2)
            or frozenset({prop, prop2}) in _RIVAL_ROLE_PAIRS
        )
    return prop == prop2 and _one_noun_class(head, head2)


def _one_noun_class(head: str, head2: str) -> bool:
    """Are two head nouns of one small class of ``RIVAL_NOUN_CLASSES`` ("sheep" /
    "animals", "vessels" / "ships")?"""
    cls = RIVAL_NOUN_CLASSES.get(head)
    return cls is not None and cls == RIVAL_NOUN_CLASSES.get(head2)


def _narrower(subject: str, other: str) -> bool:
    """Round 37: does a key subject name a narrower group than another key's, by a word
    before its head noun that the other lacks ("fishing boats" against "ships",
    "replacement buses" against "buses")?  A figure of such a group counts another set of
    things than the other key's figure, never a rival reading of it."""
    words = subject.split()[:-1]
    return any(w not in other.split() for w in words)


#: Round 42: nouns for the sum a body is short of ("the shortfall is £210 million" /
#: "a pension deficit of £480 million" / "the true gap was £700 million"): one quantity
#: under another head noun, for sums of money only.
_GAP_NOUNS = frozenset({"deficit", "shortfall", "gap"})
#: Words before a gap noun that judge the figure, not name another sum.
_JUDGING_WORDS = frozenset({"true", "real", "actual", "total", "overall", "full", "own"})


def _one_gap(subject: str, other: str) -> bool:
    """Round 42: do two money key subjects name one shortfall under two gap nouns
    ("shortfall" / "deficit", "true gap" / "deficit")?  Both heads are gap nouns of
    ``_GAP_NOUNS`` and neither names a qualifier the other lacks ("trade deficit" and
    "budget shortfall" are two sums), words that judge the figure aside."""
    if subject == other or _head(subject) not in _GAP_NOUNS or _head(other) not in _GAP_NOUNS:
        return False
    a = set(subject.split()[:-1]) - _JUDGING_WORDS
    b = set(other.split()[:-1]) - _JUDGING_WORDS
    return a <= b or b <= a


#: Round 67: nouns that name a sum of money by what it is to the speaker, not by what it is
#: a sum of ("the true cost would be 150 million", "put the loss at 30 million", "said the
#: bill had reached 60 million"): the story's sum that another body gave under the noun of
#: the thing it is the sum of ("repairing all affected homes would cost 55 million").
_BARE_SUM_NOUNS = frozenset(
    {"cost", "loss", "damage", "bill", "debt", "overspend", "sum", "amount"}
)
#: ... and the words that may stand before one and keep it bare (they judge the figure).
_BARE_SUM_WORDS = _JUDGING_WORDS | {"final", "eventual", "estimated"}


def _bare_sum(subject: str) -> bool:
    """Round 67: is a money key subject a bare sum noun (:data:`_BARE_SUM_NOUNS`), with at
    most words that judge the figure before it ("cost", "real bill", "true amount"; not
    "repair bill", "insured loss", "import duties")?"""
    words = subject.split()
    return bool(words) and words[-1] in _BARE_SUM_NOUNS and set(words[:-1]) <= _BARE_SUM_WORDS


#: Round 67: words before a sum that give it as a rival reading of the sum another body
#: gave: "the real loss was far smaller", "the true figure was far higher", "its own survey
#: of members put the debt at", "put the damage higher still", "a shortfall of only".
_RIVAL_SUM_CUE = re.compile(
    r"\b(?:real|true|actual)\s+(?:[\w-]+\s+)?(?:figure|amount|bill|cost|total|sum|loss(?:es)?"
    r"|overspend|shortfall|damage|value|debt)\b"
    r"|\b(?:its|their|his|her|our)\s+own\s+(?:[\w-]+\s+)?(?:analysis|survey|review|count"
    r"|estimate|figures?|calculations?|audit|study|tally|investigation|team|inquiry|assessment"
    r"|data)\b"
    r"|\b(?:far|much|even|considerably|significantly)\s+(?:higher|lower|smaller|larger|bigger"
    r"|greater)\b|\b(?:higher|lower)\s+still\b|\bonly\s+(?:about\s+|around\s+)?$",
    re.I,
)


def _judged_sum(c: Mapping[str, Any]) -> bool:
    """Round 67: does a sum's own sentence, before it, give it as a rival reading
    (:data:`_RIVAL_SUM_CUE`)?"""
    quote, _text, i = ledger._in_sentence(c)
    return i > 0 and bool(_RIVAL_SUM_CUE.search(quote[:i]))


#: Round 69: the properties under which the extractor files the people a mishap hurt: the
#: injured and those taken to hospital -- one outcome that bodies count in their own words
#: ("90 people had been injured" / "62 people had been taken to hospital" / "its
#: emergency departments had treated 84 people").  Never the dead, the missing, the
#: arrested: those are other quantities.
_HURT_PROPS = frozenset({"injured", "hospitalized"})
#: ... a figure under another property (a plain count) that its own words give as people
#: treated: "had treated 84 people", "had admitted 40 people" right before the count,
#: "sent 12 people to hospital", "23 people were hurt / treated / taken to hospital" after it.
_HURT_BEFORE = re.compile(
    r"\b(?:treated|treating|admitted|admitting)\s+"
    r"(?:(?:only|about|around|some|roughly|nearly|almost|over|at\s+least|more\s+than)\s+)?$",
    re.I,
)
_HURT_AFTER = re.compile(
    r"^\s+(?:[\w'-]+\s+){0,2}?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+)?"
    r"(?:injured|hurt|wounded|treated|admitted|hospitali[sz]ed|taken\s+to\s+hospital)\b",
    re.I,
)
_SENT_TO_HOSPITAL = re.compile(r"^\s+(?:[\w'-]+\s+){0,2}?to\s+(?:the\s+)?hospitals?\b", re.I)


def _hurt_figure(c: Mapping[str, Any], metric: str) -> bool:
    """Round 69: does a figure count the people a mishap hurt (:data:`_HURT_PROPS`), by its
    key or by the words right around it (:data:`_HURT_BEFORE`, :data:`_HURT_AFTER`, "sent
    N people to hospital")?"""
    prop, _dims = _prop_dims(metric)
    if prop in _HURT_PROPS:
        return True
    if prop not in ("count", "deployed", "displaced"):
        return False  # the dead, the arrested, the missing: never the hurt
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return False
    before, after = quote[max(0, i - 40) : i], quote[i + len(text) :]
    return bool(
        _HURT_BEFORE.search(before)
        or _HURT_AFTER.match(after)
        or (re.search(r"\bsent\s+$", before) and _SENT_TO_HOSPITAL.match(after))
    )


#: Round 69: people treated where they were hurt, not in hospital.
_AT_THE_SCENE = re.compile(r"^[^.;]{0,60}?\b(?:at|on)\s+the\s+(?:scene|spot|roadside|site)\b", re.I)


def _at_the_scene(c: Mapping[str, Any]) -> bool:
    """Round 69: does a count of the hurt say, right after it, that they were treated at
    the scene ("treated more than 40 people at the scene")?  Not a count of those taken
    to hospital, which it leaves out."""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_AT_THE_SCENE.match(quote[i + len(text) :]))


def _own_wider_hurt(scene: _Scene, c: Mapping[str, Any]) -> bool:
    """Round 69: did the figure's own speaker give a larger count of the hurt in this
    article ("its medics had treated 23 people ... Five people were taken to hospital, the
    fire service said")?  Then the figure is a part of its own count (those of them taken
    to hospital), not its reading of another body's."""
    v = c.get("value")
    own = ledger._source_words({"source": ledger.own_speaker(c) or c.get("source")})
    if v is None or not own:
        return False
    for c2 in scene.claims:
        v2, m2 = c2.get("value"), str(c2.get("metric") or "")
        if v2 is None or float(v2) <= float(v) or not m2:
            continue
        if not (_hurt_figure(c2, m2) or _prop_dims(m2)[0] == "casualties"):
            continue
        other = ledger._source_words({"source": ledger.own_speaker(c2) or c2.get("source")})
        if other and not ledger.sources_differ(own, other):
            return True
    return False


def _held_before(scene: _Scene, c: Mapping[str, Any], metric: str) -> bool:
    """Round 69: does the story hold the figure's value under its own key from an earlier
    article ("The hospital trust, which says it treated 21 people, ...": its count, told
    again)?"""
    v = c.get("value")
    if v is None:
        return False
    for fig in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, metric) or {}).get("figures", ()):
        fv = fig["claim"].get("value")
        if (
            fig["article"]["id"] != scene.aid
            and fv is not None
            and ledger.rel_diff(float(fv), float(v)) < 1e-3
        ):
            return True
    return False


def _hurt_key(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
    judge: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
) -> str | None:
    """Round 69: the other side's key for one named body's count of the people a mishap hurt
    against another body's count of them under another property of the same subject:
    "The county sheriff's office gave a higher figure, saying 90 people had been injured"
    (``people|injured``) against the fire chief's "62 people had been taken to hospital"
    (``people|hospitalized``); a hospital's "had treated 84 people" (``people|count``)
    against "60 people had been taken to hospital".  Both figures count the hurt
    (:func:`_hurt_figure`); the claim joins the story's one key of the same subject and
    dimensions, another property, that holds a figure of this article another named body
    gave which ``judge`` (the article's rival test) takes as its rival, apart by more than
    the tolerance.  Never for a key of the hurt the story already holds; a plain count the
    words call the hurt ("had treated 34 people") may leave its key for theirs even when
    the story holds that count (``people|count`` holds any count of people)."""
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    if "?" in metric or not c.get("source"):
        return None
    if metric in scene.story_metrics and (prop in _HURT_PROPS or _held_before(scene, c, metric)):
        return None
    if not _hurt_figure(c, metric) or _own_wider_hurt(scene, c):
        return None

    def also_hurt(m: str, fc: Mapping[str, Any]) -> bool:
        p2 = _prop_dims(m)[0]
        return (
            _hurt_figure(fc, m)
            # "treated more than 40 people at the scene ... and sent them home" are
            # no reading of the 26 taken to hospital: those the medics let go
            and not (p2 == "hospitalized" and _at_the_scene(c))
            and not (prop == "hospitalized" and _at_the_scene(fc))
        )

    keys = []
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if m.partition("|")[0] == subject and p2 != prop and d2 == dims:
            keys.append(m)  # the same subject under another property
    return _one_rival_key(scene, c, keys, judge, also_hurt)


def _one_rival_key(
    scene: _Scene,
    c: Mapping[str, Any],
    keys: Iterable[str],
    judge: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
    fits: Callable[[str, Mapping[str, Any]], bool] | None = None,
) -> str | None:
    """The one key among the story's ``keys`` holding a figure of this article that
    ``fits`` (given the key and the figure's claim), has the claim's units, is the rival
    ``judge`` sees for the claim filed under that key, and lies apart from it by more than
    the tolerance; ``None`` when no key or several do.  The search the brain's judged key
    joins share (:func:`_hurt_key`, ``quarrels._judged_sum_key``)."""
    found: list[str] = []
    for m in keys:
        cm = {**c, "metric": m}
        for fig in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ()):
            fc = fig["claim"]
            if (
                fig["article"]["id"] == scene.aid
                and (fits is None or fits(m, fc))
                and ledger.units_compatible(c, fc)
                and judge(cm, fc)
                and ledger.gap(ledger.interval(c), ledger.interval(fc)) > scene.config.tolerance
            ):
                found.append(m)
                break
    return found[0] if len(found) == 1 else None


def _given_here(
    scene: _Scene,
    c: Mapping[str, Any],
) -> bool:
    """Round 42: has this article filed a figure of the claim's value (in a unit the two
    share) under any key of the story already?"""
    v = c.get("value")
    if v is None:
        return False
    for m in scene.story_metrics:
        for fig in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ()):
            fv = fig["claim"].get("value")
            if (
                fig["article"]["id"] == scene.aid
                and fv is not None
                and ledger.rel_diff(float(fv), float(v)) < 1e-3
                and ledger.units_compatible(c, fig["claim"])
            ):
                return True
    return False


#: A sentence that sets itself against what was just said: "But the town's military
#: administration said 2,700 had got out", "The commission disputed that, saying only 23
#: stations had closed early", "It is 7,500 people at least".
_CONTRARY_OPENING = re.compile(
    r"^\W*(?:but|however|yet)\b"
    r"|\b(?:disputed|disputes|rejected|rejects|denied|denies)\s+(?:that|this|it|those|these)\b"
    r"|\bsaid\s+only\b|\bonly\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine)\b)",
    re.I,
)


#: Comparatives by which a body announces its rival reading ("gave a smaller figure"):
#: the extractor's word list, one list for both.
_COMPARATIVES = "|".join(sorted(RIVAL_COMPARATIVES))
_READINGS = "|".join(sorted(GIVEN_READINGS))


def _apart_within(
    c: Mapping[str, Any],
    fc: Mapping[str, Any],
    config: BrainConfig,
    ratio: float = ledger.RIVAL_RATIO,
) -> bool:
    """Can ``fc`` be the other side of a dispute ``c`` answers: units that compare, values
    within ``ratio`` of each other ("214 villages" is no reading of 24.9 million people)
    and apart by more than the tolerance (an agreeing reading disputes nothing)?"""
    return (
        ledger.units_compatible(c, fc)
        and ledger._same_order(c.get("value"), fc.get("value"), ratio)
        and ledger.gap(ledger.interval(c), ledger.interval(fc)) > config.tolerance
    )


#: Round 49: words between a verb and its figure that bound or round the figure ("had sold
#: about 12,000", "had treated \"no more than 300\"").
_BOUND_BEFORE = re.compile(
    r"(?:\b(?:about|around|some|roughly|nearly|almost|approximately|only|just|over|under"
    r"|(?:at\s+(?:least|most))|(?:no|not)\s+(?:more|fewer|less)\s+than|(?:more|fewer|less)\s+than"
    r"|up\s+to)\b|[\s\"\u201c\u2018'])*$",
    re.I,
)
_LAST_WORD = re.compile(r"\b([a-z]+)$", re.I)
#: Irregular past forms of verbs that give a count ("sold", "lost", "found").
_IRREGULAR_DONE = frozenset(
    {"sold", "lost", "found", "paid", "held", "kept", "spent", "seen", "taken", "given"}
    | {"made", "sent", "built", "bought", "caught", "brought", "hit", "shot", "left"}
)


#: Round 49: a place or a whole right after a figure ("54 puppies in a barn at the farm",
#: "140 puppies in total"): a count of one part or of the whole, not a bare reading.
_PLACE_AFTER = re.compile(
    r"^\S*(?:\s+[\w'-]+){0,2}?\s+(?:in|at|inside|near|across|on|from|in\s+total|overall)\b",
    re.I,
)


def _place_after(c: Mapping[str, Any]) -> bool:
    """Round 49: does a place or "in total" follow the figure within three words?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_PLACE_AFTER.match(quote[i + len(text) :]))


#: Round 49: a passive verb right after a figure and its noun ("1,800 homes had been
#: destroyed", "40 people were hurt").
_VERB_AFTER = re.compile(
    r"^((?:\s+[a-z][\w-]*){0,3}?)\s+(?:(?:had|have|has)\s+been|were|was)\s+([a-z]+)\b", re.I
)


def _verb_of(c: Mapping[str, Any]) -> tuple[str, str] | None:
    """Round 49: the past-form verb that gives the figure: right before it
    (:func:`_verb_before`) or, passive, right after it and its noun ("1,800 homes had
    been destroyed"), then with the noun's words ("21 journalists had been detained" and
    "8 people had been detained" count two groups)."""
    v = _verb_before(c)
    if v is not None:
        return ("", v)
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    m = _VERB_AFTER.match(quote[i + len(text) :])
    if m is None:
        return None
    w = m.group(2).lower()
    if not (w.endswith("ed") or w in _IRREGULAR_DONE) or ledger._CHANGED.search(w):
        return None
    return (" ".join(m.group(1).lower().split()) or "-", w)


#: Round 49b: "said" right before a figure, bounds and quotes aside, and the noun right
#: after it, its clause going on ("said about 1,200 tractors had come"; not "said 900
#: dockworkers, because ...").
_SAID_BEFORE = re.compile(r"\bsaid$", re.I)
_NOUN_AFTER = re.compile(r"^\s+([a-z][a-z-]+)\s+[a-z]", re.I)
#: Round 49b: a figure counted over a whole country or many places ("in more than 200
#: towns", "across the country", "nationwide").
_WIDER = re.compile(
    r"\b(?:across|throughout|around)\s+the\s+(?:country|nation|region|state|province)\b"
    r"|\b(?:nationwide|countrywide|nationally)\b"
    r"|\b(?:in|across)\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?"
    r"(?:\d[\d,]*|dozens|hundreds|scores)\s+(?:of\s+)?(?:towns|cities|places|locations|sites"
    r"|regions|countries|provinces|states|districts|municipalities|villages)\b",
    re.I,
)


def _said_noun(c: Mapping[str, Any]) -> str | None:
    """Round 49b: the noun after a figure said plainly ("The union said 3,000 tractors
    had come" -> "tractors"), None when "said" does not stand right before the figure or
    no word follows the noun in its clause."""
    quote, text, i = ledger._in_sentence(c)
    if i <= 0:
        return None
    head = quote[:i]
    b = _BOUND_BEFORE.search(head)
    if not _SAID_BEFORE.search((head[: b.start()] if b else head).rstrip()):
        return None
    m = _NOUN_AFTER.match(quote[i + len(text) :])
    return m.group(1).lower() if m else None


#: Round 49b: the noun right after a figure and a past verb after it ("6,500 children had
#: left", "40 people were hurt").
_DONE_AFTER = re.compile(
    r"^\s+([a-z][a-z-]+)(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:had|have|has)\s+been|were|was|had)"
    r"\s+([a-z]+)\b",
    re.I,
)


def _done_noun(c: Mapping[str, Any]) -> str | None:
    """Round 49b: the noun right after a figure that a past verb gives, before it ("had
    carried about 4,000 children") or after it ("6,500 children had left")."""
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    rest = quote[i + len(text) :]
    if _verb_before(c) is not None:
        m = _NOUN_AFTER.match(rest) or re.match(r"^\s+([a-z][a-z-]+)\b", rest, re.I)
        return m.group(1).lower() if m else None
    m = _DONE_AFTER.match(rest)
    if m is None:
        return None
    w = m.group(2).lower()
    if not (w.endswith("ed") or w in _IRREGULAR_DONE) or ledger._CHANGED.search(w):
        return None
    return m.group(1).lower()


def _done_alike(c: Mapping[str, Any], fc: Mapping[str, Any]) -> bool:
    """Round 49b: two figures given by different past verbs of the same noun, one done by
    the noun after it, one done to it before ("City hall said 6,500 children had left" /
    "The railway said it had carried about 4,000 children"): one event from both sides.
    Two verbs before ("had made at least 5 million talers" / "had refunded 1.4 million
    talers") are two acts."""
    if (_verb_before(c) is None) == (_verb_before(fc) is None):
        return False
    n = _done_noun(c)
    return n is not None and n == _done_noun(fc)


def _wider_after(c: Mapping[str, Any]) -> bool:
    """Round 49b: is the figure counted, after it in its sentence, over a whole country or
    many places (:data:`_WIDER`)?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_WIDER.search(quote[i + len(text) :]))


def _changed_before(c: Mapping[str, Any]) -> bool:
    """Round 49: does a word of change (``ledger._CHANGED``: "now", "rose", "more") stand
    in the figure's sentence before it?"""
    quote, _text, i = ledger._in_sentence(c)
    return bool(ledger._CHANGED.search(quote[: max(i, 0)]))


def _verb_before(c: Mapping[str, Any]) -> str | None:
    """Round 49: the verb right before a figure, bounds and quotes aside ("had treated
    about 1,200" -> "treated"), when it is a past form ("-ed" or ``_IRREGULAR_DONE``) and
    no word of change (``ledger._CHANGED``: "rose to", "reached")."""
    quote, _text, i = ledger._in_sentence(c)
    if i <= 0:
        return None
    head = quote[:i]
    b = _BOUND_BEFORE.search(head)
    m = _LAST_WORD.search(head[: b.start()] if b else head)
    if m is None:
        return None
    w = m.group(1).lower()
    if not (w.endswith("ed") or w in _IRREGULAR_DONE) or ledger._CHANGED.search(w):
        return None
    return w


#: Round 47: a figure's own sentence says it is another body's figure set against one
#: already given: a comparative reading ("gave a smaller figure, saying 8", "put the death
#: toll higher, at 16", "Police gave a different number"), a dispute of another's count
#: ("disputed the council's count, saying", "The department's figure was disputed by"),
#: the body's own or the real reading ("its own calculation ... was", "its own booking
#: records showed", "said the real number of victims was") or a measure against another's
#: ("more than four times the police figure", "well above the number", "more than the
#: number of injured given by").
_COMPARISON_CUE = re.compile(
    rf"\b(?:{_COMPARATIVES}|greater)\s+(?:\w+\s+)?(?:{_READINGS})s?\b"
    r"|\b(?:put|puts|putting|gave|gives|giving|placed)\s+(?:the|its|their)\s+(?:\w+\s+){1,2}?"
    r"(?:far\s+|much\s+|even\s+|still\s+)?(?:higher|lower)\b"
    r"|\b(?:disputed|disputes|disputing|contested|contesting|challenged|challenging"
    r"|questioned|questioning)\s+(?:the|that|this|those|these)\s+(?:\w+(?:'s?)?\s+){0,3}?"
    rf"(?:{_READINGS})s?\b"
    rf"|\b(?:{_READINGS})s?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+\s+)?disputed\b"
    # round 49: also a named body's own ("The health department's own estimate ... was")
    # and its own inspection or audit ("said its own inspection had found only 70");
    # round 80: its own checks, monitoring, or the inspectors, engineers, experts,
    # consultants or valuer it sent ("its own engineers put the loss at"), not its "own
    # review" (as often a finding about another quantity: who "had actually taken" it)
    r"|\b(?:its|their)\s+own\s+(?:\w+\s+){0,2}?(?:figures?|numbers?|counts?|estimates?"
    r"|tally|tallies|calculations?|records|interviews|data|list|assessment|analysis|survey"
    r"|inspections?|audit|checks?|monitoring|inspectors|engineers|experts"
    r"|consultants|valuers?)\b"
    r"|\b\w+['\u2019]s\s+own\s+(?:figure|count|estimate|tally)(?:,[^,.;]{0,80},)?"
    r"\s+(?:was|is|put|showed)\b"
    r"|\b(?:real|true|actual|correct)\s+(?:number|figure|count|total|toll|tally)\b"
    r"|(?<!\bhad\s)(?<!previously\s)(?<!earlier\s)(?<!initially\s)(?<!first\s)"
    r"\b(?:put|puts|putting|placed)\s+(?:the|its|their)\s+(?:number|figure|count|total|toll"
    r"|tally)\s+at\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)

#: Round 47: right after the figure, its measure against another's: "140 lorries ..., well
#: above the number", "19 workers injured in the accident, more than the number of injured
#: the company had given", "far more than the park service's count".  A stated multiple
#: ("double the figure the ministry had given") is :func:`_ratio_rival`'s, which checks it.
_COMPARED_AFTER = re.compile(
    r"^[^.;:]{0,120}?\b(?:more|fewer|less|higher|lower|greater|smaller|larger|above|below)"
    r"\s+(?:than\s+)?(?:the|that)\s+"
    rf"(?:\w+(?:'s?)?\s+){{0,2}}?(?:{_READINGS})s?\b",
    re.I,
)

#: A figure given as a reading that moved ("rose to 7", "reached 58", "raising the death
#: toll to eight") or that the body keeps ("said its own figure remained 4 cubic metres",
#: "repeated that more than 5,200 jobs were at risk"): the body's own count moving on or
#: restated, not a side newly set against another's.
_MOVED_TO = re.compile(
    r"\b(?:rose|risen|reached|climbed|fell|fallen|increased|grew|grown|raising|raised"
    r"|bringing|brought|remained|remains|still|repeated|repeats|reiterated|stood|stands)\b",
    re.I,
)


#: Round 48: a figure given as nearer the truth than one already given: "said the loss
#: would be closer to 30 million bottles", "subscriptions nearer to 800 million dinars".
_CLOSER_TO = re.compile(r"(?:closer|nearer)\s+to\b", re.I)
_CLOSER_TO_BEFORE = re.compile(
    r"\b(?:closer|nearer)\s+to\s+(?:about\s+|some\s+|around\s+|roughly\s+)?$", re.I
)


#: Round 50: a body's reading of a quantity in words of its own, right before the figure:
#: "put the crowd at about 25,000", "put the cost at", "valued the stolen maps at".
_PUT_AT = re.compile(
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!previously\s)(?<!earlier\s)(?<!initially\s)"
    r"(?<!first\s)\b(?:put|puts|putting|placed|valued|values)\s+"
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?at\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|at\s+least\s+|only\s+)?$",
    re.I,
)


#: A span's key ("year?98fe|count": "over four years"): no figure of the story's own.
_PERIOD_KEY = re.compile(r"(?:year|month|week|day|hour|minute)s?\?")


def _value_given_before(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Did a figure of the article before claim ``ci`` already give its value ("23 power
    plants ..., four more than the 19 the grid operator listed" / "said its own count was
    19")?  A dispute is told where a value was first given, not where it is repeated."""
    v = claims[ci].get("value")
    return any(claims[k].get("value") == v for k in range(ci))


def compares(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Round 47: is this figure the first of a sentence that sets it against another
    body's figure (:data:`_COMPARISON_CUE`)?"""
    c = claims[ci]
    if c.get("value") is None:
        return False
    quote, text, i = ledger._in_sentence(c)
    if i < 0 or _MOVED_TO.search(quote[:i]):
        return False
    after = quote[i + len(text) :]
    nxt = next(
        (
            claims[k]
            for k in range(ci + 1, min(ci + 4, len(claims)))
            if claims[k].get("quote") == quote
            and not _PERIOD_KEY.match(str(claims[k].get("metric") or ""))
        ),
        None,
    )
    if nxt is not None:
        # only up to the sentence's next figure: "raising the toll to eight, as residents
        # said the blast had damaged 160 homes, well above the number" is the homes' cue
        # (a span, "over four years", is no figure of its own)
        j = quote.find(str(nxt.get("text") or "\0"), i + len(text))
        after = quote[i + len(text) : j] if j >= 0 else after
    cues = list(_COMPARISON_CUE.finditer(quote[:i]))
    cue = cues[-1] if cues else None  # the cue nearest the figure
    if (
        cue is None
        and not (
            (m := _PUT_AT.search(quote[:i])) is not None
            and not re.search(r"\bown\b", m.group(0), re.I)
            and not _moved_or_held(c)
        )
        and not _COMPARED_AFTER.search(after)
        and not _NAMED_CLAIMED.match(after)
        and not _CLOSER_TO.match(text)
        and not _CLOSER_TO_BEFORE.search(quote[:i])
    ):
        return False
    # round 83: figures of another quantity before the sentence's cue are the scene it
    # is set in ("The navy, which tracked the tanker for three hours, said its own
    # manifest check showed 23 seafarers"): the cue is about the first figure after it.
    # One of the figure's own key is the body's earlier reading ("which put the figure
    # at 3,400 in February, says the true total is now above 4,000")
    here = int(c.get("start") or 0) - i
    if any(
        claims[k].get("quote") == quote
        and (
            cue is None
            or claims[k].get("metric") == c.get("metric")
            or int(claims[k].get("start") or 0) - here >= cue.start()
        )
        for k in range(ci)
    ):
        return False
    # a value the article gave before: its dispute was told where first given
    return not _value_given_before(claims, ci)


def _compared_earlier(
    c: Mapping[str, Any], entry: Mapping[str, Any] | None, aid: str, config: BrainConfig
) -> float | None:
    """Round 47: for a figure that sets itself against another body's (:func:`compares`)
    and finds no such figure before it in its article, the value of its key's newest
    figure from another named body of an earlier report ("19 workers injured in the
    accident, more than the number of injured the company had given" after the company's
    12 of the day before): within five times of it and apart by more than the tolerance."""
    mine = ledger._source_words(c)
    if not entry or not mine:
        return None
    if _own_earlier_count(entry.get("figures", ()), mine, aid):
        return None  # the body's own earlier count under this key: its reading moved on
    others = [
        f
        for f in entry.get("figures", ())
        if f["article"]["id"] != aid
        and f["claim"].get("value") is not None
        and ledger.sources_differ(mine, ledger._source_words(f["claim"]))
    ]
    if not others:
        return None
    fc = _newest(others)["claim"]
    if not _apart_within(c, fc, config):
        return None
    return float(fc["value"])


#: Round 47: how far back (in characters) a figure set against another's looks for it.
_ANSWER_REACH = 1500


def _compared_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 47: the key and value of the earlier figure a figure answers when its own
    sentence sets it against another body's (:data:`_COMPARISON_CUE`: "The sheriff's office
    gave a smaller figure, saying 8 people were unaccounted for" after the park service's
    "14 hikers were missing"): the nearest figure before it in this article, in another
    sentence, of the same property and dimensions, not of a subject named apart, not of the
    same source, within five times of it and apart by more than the tolerance.  Only the
    first figure of its sentence (the cue is about it, not the sentence's later parts)."""
    c = scene.claims[ci]
    quote = str(c.get("quote") or "")
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    if not prop:
        return None
    generic = "?" in subject or _head(subject) in ("people", "persons")
    mine = ledger._source_words(c)
    here = int(c.get("start") or 0)
    for k in range(ci - 1, -1, -1):
        fc = scene.claims[k]
        if fc.get("quote") == quote or fc.get("value") is None:
            continue
        if here - int(fc.get("start") or 0) > _ANSWER_REACH:
            break
        fm = str(fc.get("metric") or "")
        fprop, fdims = _prop_dims(fm)
        if fdims != dims or not ledger.units_compatible(c, fc):
            continue
        s2 = fm.partition("|")[0]
        fgeneric = "?" in s2 or _head(s2) in ("people", "persons")
        if fprop != prop and not (
            # round 48: a plain count of the same named noun under another role
            # ("would cost the valley about 14 million bottles" / "closer to 30 million
            # bottles")
            dims == ()
            and "count" in (prop, fprop)
            and not generic
            and not fgeneric
            and _head(s2) == _head(subject)
        ):
            continue
        if not (generic or fgeneric or _head(s2) == _head(subject)):
            continue
        if not generic and not fgeneric and _named_apart(subject, c, s2, fc):
            continue
        theirs = ledger._source_words(fc)
        if mine and theirs and not ledger.sources_differ(mine, theirs):
            continue
        if not ledger._same_order(c.get("value"), fc.get("value"), ledger.RIVAL_RATIO):
            continue
        if ledger.gap(ledger.interval(c), ledger.interval(fc)) <= scene.config.tolerance:
            return None  # the nearest reading agrees: no dispute with an older one
        # "The trade ministry gave a lower figure of 1,900 shops" after its own 2,300 of an
        # earlier report: the body's own count moved on, no new side
        return _answered_key(scene, fc, mine)
    # round 50: no figure of its key's noun before it: the one of the sentence right before
    return _compared_adjacent(scene, ci, metric)


def _compared_adjacent(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 50: for a figure whose sentence sets it against another body's
    (:func:`compares`: "said its own figure ... was 11,000 households", "put the crowd at
    about 25,000") and whose key's noun finds no figure before it (:func:`_compared_rival`:
    "homes" / "households", "people" / "crowd"), the one figure of the previous sentence with
    figures that is of the same dimensions, credited to another named body, within
    ``RIVAL_RATIO`` and apart by more than the tolerance: the reading it answers, said
    right before it."""
    c = scene.claims[ci]
    quote = str(c.get("quote") or "")
    _prop, dims = _prop_dims(metric)
    if not _prop or _prop not in _PLAIN_PROPS:
        return None
    before = [k for k in range(ci) if scene.claims[k].get("quote") != quote]
    if not before:
        return None
    prev_quote = scene.claims[before[-1]].get("quote")
    mine = ledger._source_words(c)
    found = [
        scene.claims[k]
        for k in before
        if scene.claims[k].get("quote") == prev_quote
        and scene.claims[k].get("value") is not None
        and _prop_dims(str(scene.claims[k].get("metric") or ""))[1] == dims
        and _prop_dims(str(scene.claims[k].get("metric") or ""))[0] in _PLAIN_PROPS
        and ledger.units_compatible(c, scene.claims[k])
    ]
    if len(found) != 1:
        return None
    fc = found[0]
    fprop = _prop_dims(str(fc.get("metric") or ""))[0]
    if fprop != _prop and ("money" in dims or not {fprop, _prop} & _PLAIN_COUNTS):
        # a pledge of 5 million is no reading of a 4 million cost, nor 15 attackers
        # arrested of six gunmen killed
        return None
    if _moved_near(c) or _moved_near(fc) or _part_of(c) or _part_of(fc):
        return None
    theirs = ledger._source_words(fc)
    if (
        not theirs
        or (mine and not ledger.sources_differ(mine, theirs))
        or _one_name(c, fc, mine, theirs)
    ):
        return None
    if not _apart_within(c, fc, scene.config):
        return None
    return _answered_key(scene, fc, mine)


#: Round 81: right after a figure, its measure against a reading another body gave,
#: named by who gave it: "310 million dollars ..., well above the figure the developer
#: Halcyte Labs gave earlier this week", "far higher than the estimate prosecutors gave
#: last month", "well above the agriculture ministry's count".  ``more`` / ``less`` say
#: which way the figure stands from the reading; ``who`` holds the words that name its
#: giver (before and after the reading noun, up to the clause's end).
_NAMED_COMPARED = re.compile(
    r"^[^.;:]{0,120}?\b(?:(?P<more>more|higher|greater|larger|bigger|above)"
    r"|(?P<less>fewer|less|lower|smaller|below))\s+(?:than\s+)?(?:the|that)\s+"
    r"(?P<pre>(?:[\w-]+(?:['\u2019]s?)?\s+){0,4}?)"
    r"(?:figures?|estimates?|counts?|numbers?|totals?|tally|tallies|sums?)\b"
    r"(?P<post>[^,.;:()\"\u201c\u201d]{0,80})",
    re.I,
)
#: Round 83: the same measure with no reading noun, the giver's verb instead: "5,200 new
#: cars ..., far more than the local motor traders had reported", "far fewer than the
#: cooperative has claimed", "a far higher number than the test company itself has
#: withdrawn".  ``pre`` holds the words naming the giver; a multiple ("more than twice
#: what ...") is :func:`_ratio_rival`'s, which checks it.  Not "had estimated": a count
#: that passes an estimate moves it on ("its completed inventory showed 134 maps had
#: been stolen, more than police had estimated").
_NAMED_CLAIMED = re.compile(
    r"^[^.;:]{0,120}?\b(?:(?P<more>more|higher|greater|larger|bigger)"
    r"|(?P<less>fewer|less|lower|smaller))\s+(?:number\s+|figure\s+|total\s+)?than\s+"
    r"(?:what\s+)?(?:the\s+)?(?P<pre>(?:[\w-]+(?:['\u2019]s?)?\s+){1,5}?)"
    r"(?:itself\s+|themselves\s+)?(?:has|have|had)\s+(?:\w+ly\s+)?"
    r"(?:acknowledged|admitted|claimed|reported|counted|given|announced|recorded"
    r"|registered|listed|confirmed|withdrawn|published)\b",
    re.I,
)
_MULTIPLE = frozenset({"twice", "double", "triple", "half", "times", "thrice"})
#: ... where a word opening another clause ends the giver's words ("..., as it charged
#: ten people", "because the fuel had to be replaced").
_NAMED_CLAUSE_END = re.compile(
    r"\b(?:as|because|when|while|and|but|which|who|after|since|saying|although|though)\b",
    re.I,
)
#: Words of that stretch that name no giver: how and when it gave the reading, and words
#: any body may be called by.
_NAMED_STOP = frozenset(
    """the a an its their his her that this these those which what by of in on at to for
    from with it itself own has had have was were is are been be gave given give gives
    giving announced put forward published reported released issued said says stated
    disclosed provided cited offered first earlier initial previous previously official
    officially last this week weeks month months day days weekend morning evening night
    year ago before yesterday today monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december company government authorities state national local one figure estimate
    count number total tally sum affected""".split()  # noqa: SIM905
)


def _words_singular(text: str) -> set[str]:
    """The lower-case words of ``text`` in the singular ("prosecutors" -> "prosecutor")."""
    out = set()
    for w in re.findall(r"[a-z]+", text.lower()):
        out.add(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def _subject_words(subject: str) -> set[str]:
    """The words of a key's subject in the singular; none for a key that names nothing
    ("quantity?1a2b") or plain people, which any named group may be."""
    if "?" in subject:
        return set()
    words = _words_singular(subject) - {"people", "person"}
    return words


def _named_giver(c: Mapping[str, Any]) -> tuple[frozenset[str], bool] | None:
    """Round 81: for a figure whose own clause goes on to measure it against a reading
    another body gave (:data:`_NAMED_COMPARED`), the words that name that body and
    whether the figure stands above it (True) or below it (False); None when the clause
    names no such reading or no giver."""
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    m = _NAMED_COMPARED.match(quote[i + len(text) :])
    if m is None:
        m = _NAMED_CLAIMED.match(quote[i + len(text) :])
        if m is not None and _MULTIPLE & set(m.group("pre").lower().split()):
            return None  # "more than twice what the agency has said": a ratio's
    if m is None or _NAMED_CLAUSE_END.search(m.group(0)[: m.start("pre")]):
        # "has passed the 90 cases the guild reported, though it remains below the
        # figure given by ...": the measure belongs to another clause's subject
        return None
    post = m.groupdict().get("post") or ""
    end = _NAMED_CLAUSE_END.search(post)
    if end is not None:
        post = post[: end.start()]
    who = frozenset(w for w in _words_singular(f"{m.group('pre')} {post}") if w not in _NAMED_STOP)
    if not who:
        return None
    return who, m.group("more") is not None


def _compared_named(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 81: the key and value of the reading a figure is measured against when its
    own clause names who gave it ("the cyber agency said 310 million dollars had been
    stolen, well above the figure the developer Halcyte Labs gave earlier this week";
    "26,000 farming families ..., well above the agriculture ministry's count"), filed
    under another key or in an earlier report of the story, where the finders of one key
    and one article (:func:`_compared_rival`, :func:`_compared_earlier`) do not look.

    The newest figure of the story (or of this article before it, in another sentence)
    whose giver carries a word the clause names it by (its source, or the words its
    sentence says before it: "The conduct board's chair, Halvard Rennick, ..."), of the
    same dimensions and a property of the same kind (both sums of money, both plain
    counts, or one property), from another body than the figure's own, standing on the
    side the clause says ("above" / "below"), within ``RIVAL_RATIO`` and apart by more
    than the tolerance.  The clause says which reading it answers, so neither noun nor
    key need agree; who gave it and which way it lies must."""
    c = scene.claims[ci]
    v = c.get("value")
    named = _named_giver(c)
    if v is None or named is None:
        return None
    who, above = named
    prop, dims = _prop_dims(metric)
    if not prop:
        return None
    mine = ledger._source_words(c)
    if who & _words_singular(" ".join(mine)):
        return None  # "well above its own first estimate": the body's own reading moved on
    quote = str(c.get("quote") or "")

    def given_by(fc: Mapping[str, Any]) -> bool:
        fquote, _ftext, at = ledger._in_sentence(fc)
        said = fquote[:at] if at >= 0 else ""
        theirs = ledger._source_words(fc)
        if not theirs or (mine and not ledger.sources_differ(mine, theirs)):
            return False  # a figure no one is said to give is no body's reading
        return bool(who & _words_singular(" ".join(theirs) + " " + said))

    subject = metric.partition("|")[0]
    nouns = _subject_words(subject)

    def kin(fm: str) -> bool:
        fprop, fdims = _prop_dims(fm)
        if fdims != dims or not fprop:
            return False
        if "money" in dims:
            # a sum's key names little ("USD?1a2b", "holders"); its role must agree: a
            # budget is no reading of a cost
            return fprop == prop or {fprop, prop} <= _SUM_PROPS
        if fprop != prop and not {fprop, prop} <= _PLAIN_PROPS:
            return False
        # a count's noun must: "12 high-speed trains" is no reading of 19 axles, whoever
        # gave it
        s2 = fm.partition("|")[0]
        fnouns = _subject_words(s2)
        return (
            not nouns
            or not fnouns
            or bool(nouns & fnouns)
            or _kin_heads(_singular(_head(subject)), _singular(_head(s2)))
        )

    found: list[tuple[tuple[float, int], str, Mapping[str, Any]]] = []
    for m in scene.story_metrics:
        if not kin(m):
            continue
        for f in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ()):
            fc = f["claim"]
            if fc.get("value") is None or fc.get("quote") == quote:
                continue
            if f["article"]["id"] == scene.aid and int(fc.get("start") or 0) >= int(
                c.get("start") or 0
            ):
                continue
            if (
                given_by(fc)
                and (float(v) > float(fc["value"])) == above
                and _apart_within(c, fc, scene.config)
            ):
                found.append(((float(f.get("t") or 0.0), int(fc.get("start") or 0)), m, fc))
    if not found:
        return None
    # the giver's newest reading on the side the clause says
    _t, key, fc = max(found, key=lambda x: x[0])
    return key, float(fc["value"])


#: Round 55: head nouns (as :func:`_head` gives them) of a named group of people, which a
#: second body may count as plain "people" ("Police said 52 people were on board." / "The
#: operator said 41 passengers had boarded").
_PERSON_HEADS = frozenset(
    """passenger worker employee civilian defendant customer villager resident tourist
    visitor guest patient pupil student children child migrant refugee prisoner detainee
    journalist soldier troop fan spectator protester demonstrator striker voter miner
    sailor crew hiker climber farmer driver nurse doctor teacher labourer stowaway
    foreigner investor survivor victim men women inmate pilgrim evacuee shopper commuter""".split()  # noqa: SIM905
)
_PLAIN_PEOPLE = frozenset({"people", "person"})
#: Round 80 (k80): small classes of head nouns (as :func:`_head` gives them) that wire
#: copy uses for one counted group when two bodies give rival figures of it ("The
#: coastguard said 14 crew were rescued." / "The union said 19 sailors had been on
#: board"; "44,000 customers" / "61,000 households" without power): used only by
#: :func:`_people_rival`, for two named bodies' readings said side by side, never to
#: build keys.
_KIN_CLASSES: dict[str, str] = {
    w: canon
    for canon, ws in {
        "crew": "crew crewmen crewmember sailor seafarer mariner",
        "household": "household customer home house dwelling",
        "passenger": "passenger traveller traveler commuter",
        "inmate": "inmate prisoner detainee",
        "worker": "worker employee staff labourer",
        "journalist": "journalist reporter",
        "protester": "protester demonstrator marcher",
        "fan": "fan spectator supporter",
    }.items()
    for w in ws.split()
}


def _kin_heads(head: str, head2: str) -> bool:
    """Round 80 (k80): two different head nouns of one class of :data:`_KIN_CLASSES`
    ("crew" / "sailor", "customer" / "household")?"""
    cls = _KIN_CLASSES.get(head)
    return head != head2 and cls is not None and cls == _KIN_CLASSES.get(head2)


_PEOPLE_AFTER = re.compile(r"^\s+(?:people|persons)\b", re.I)


def _says_people(c: Mapping[str, Any]) -> bool:
    """Round 55: does the word "people" (or "persons") follow the figure right after it?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_PEOPLE_AFTER.match(quote[i + len(text) :]))


#: Round 55: the figure in the clause a reporting verb opens, a few words on ("said the bus
#: had carried 41", "said its records showed 4,800"): no comma, quotation mark or sentence
#: stop between.
_SAID_CLAUSE = re.compile(
    r"\b(?:said|says|told\b[^.;,]{0,60}?\bthat)\s+[^.;:,\"\u201c\u201d]{0,60}$", re.I
)


def _reading_of(c: Mapping[str, Any]) -> bool:
    """Round 55: is the figure its named speaker's reading: said as one (:func:`ledger.
    said_as_reading`), or in the clause the speaker's reporting verb opens
    (:data:`_SAID_CLAUSE`), the speaker named in the sentence?"""
    if ledger.said_as_reading(c):
        return True
    quote, _text, i = ledger._in_sentence(c)
    return i > 0 and ledger.speaker_named(c, quote) and bool(_SAID_CLAUSE.search(quote[:i]))


def _people_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 55: for the first figure of a sentence that names its own speaker, the one
    figure of the previous sentence with figures that counts the same people in other
    words: one key's head plain "people", the other's a named group of people
    (:data:`_PERSON_HEADS`), the same property and dimensions, credited to another named
    body with no word in common, within ``RIVAL_RATIO`` and apart by more than the
    tolerance ("Police said 52 people were on board." / "The operator said 41 passengers
    had boarded"): two bodies' readings of one quantity, said side by side."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    head = _head(metric.partition("|")[0])
    if (
        not prop
        or "money" in dims
        or head not in _PLAIN_PEOPLE | _PERSON_HEADS | _KIN_CLASSES.keys()
    ):
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    fc = _one_figure_before(scene.claims, ci, lambda pd: pd == (prop, dims))
    if mine is None or fc is None:
        return None
    fhead = _head(str(fc.get("metric") or "").partition("|")[0])
    # round 80 (k80): two nouns of one kin class ("crew" / "sailors"), each its own
    # body's reading: no plain "people" to check
    kin = _kin_heads(head, fhead)
    if not (
        kin
        or (head in _PLAIN_PEOPLE and fhead in _PERSON_HEADS)
        or (fhead in _PLAIN_PEOPLE and head in _PERSON_HEADS)
    ):
        return None
    if not _reading_of(fc) or not (kin or _says_people(c if head in _PLAIN_PEOPLE else fc)):
        # both the speakers' own readings ("said 52 people were on board"), not a town's
        # size told in passing ("this town of about 30,000 people"); the plain key says
        # "people" in its own words, not a noun the extractor widened ("21 militants")
        return None
    return _side_by_side(scene, c, fc, mine)


def _bare_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 60: for the first figure of a sentence that names what it counts in no word of
    its own (a key the extractor could not resolve, ``quantity?...|count``: "The Employment
    Agency says 300 did", "The guild said 35,000 had come") and that its named speaker gives
    as a reading, the one figure of the previous sentence with figures of the same property
    and dimensions, under a named key, given as the reading of another named body with no
    word in common, within ``RIVAL_RATIO`` and apart by more than the tolerance ("The union
    says 900 staff took part."): the bare figure is the second body's reading of the
    quantity the sentence before named."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    if "?" not in metric.partition("|")[0] or prop not in _PLAIN_COUNTS or "money" in dims:
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    fc = _one_figure_before(scene.claims, ci, lambda pd: pd == (prop, dims))
    if mine is None or fc is None or not _reading_of(fc):
        return None
    if "?" in str(fc.get("metric") or "").partition("|")[0]:
        return None
    if _value_given_before(scene.claims, ci):
        return None  # "The authority said the 1.3 million were ...": a value given before
    quote, text, i = ledger._in_sentence(c)
    if i < 0 or not _BARE_AFTER.match(quote[i + len(text) :]):
        return None  # "640 laid-off workers were ...": a noun of its own, not a bare figure
    fq, ft, fi = ledger._in_sentence(fc)
    if fi < 0 or _OWN_AFTER.search(fq[fi + len(ft) :]):
        return None  # "nine patients ... are at its campus": a body's own part of a whole
    return _side_by_side(scene, c, fc, mine)


def _same_key_rival(
    scene: _Scene,
    ci: int,
    metric: str,
    *,
    lede: bool = False,
) -> tuple[str, float] | None:
    """Round 60: for the first figure of a sentence that its named speaker gives as a
    reading, the one figure of the previous sentence with figures under the same key, given
    as the reading of another named body with no word in common, within ``RIVAL_RATIO`` and
    apart by more than the tolerance, neither moved, held, changed or a part ("The harbour
    master said 23 boats had been destroyed." / "The fire brigade said 31 boats had been
    destroyed."): two bodies' readings of one quantity said side by side, which the ledger
    alone keeps silent (one article, no word of dispute); the second disputes the first.
    In the lede (``lede``) the ledger's calm test holds (:func:`ledger.calm_rival`): the two
    within ``CALM_RIVAL_RATIO``."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    if "?" in metric.partition("|")[0] or prop not in _PLAIN_PROPS:
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    fc = _one_figure_before(scene.claims, ci, lambda pd: pd == (prop, dims))
    if mine is None or fc is None or fc.get("metric") != metric or not _reading_of(fc):
        return None
    if _value_given_before(scene.claims, ci):
        return None  # a value the article gave before: its dispute was told there
    v = c.get("value")
    if (
        lede
        and not ledger._same_order(v, fc.get("value"), ledger.CALM_RIVAL_RATIO)
        and not ((_counted_reading(c) or _counted_reading(fc)) and not _two_acts(c, fc))
    ):
        # a lede's calm rival stays within the ledger's calm ratio, unless one side says
        # how it got its figure or bounds it (round 61, :func:`_counted_reading`)
        return None
    quote, _text, i = ledger._in_sentence(c)
    fq, _ft, fi = ledger._in_sentence(fc)
    if i < 0 or fi < 0 or _STILL.search(quote[:i]):
        return None  # "said it still believed nine had died": a reading held, told before
    if _HAS_BEFORE.search(quote[:i]):
        return None  # "The association has 150 houses": what a body holds, not a reading
    if any(x.get("quote") == fq and _part_of(x) for x in scene.claims):
        return None  # "86 of the 140 people on board": the sentence's reading is the part
    gap = (int(c.get("start") or 0) - i) - (int(fc.get("start") or 0) - fi + len(fq))
    if not 0 <= gap <= _SIDE_GAP:
        # side by side: the next sentence, not one after a sentence between ("The same
        # gap appeared in the national figures."), which may move to another scope
        return None
    return _side_by_side(scene, c, fc, mine)


def _counted_reading(c: Mapping[str, Any]) -> bool:
    """Round 61: does the figure's sentence give it as the body's own count, or bound it,
    before the figure: the body's own verb of counting ("said it had counted 27", "said
    they had treated 19", "said it had received reports of 400"), its evidence ("said its
    measurements pointed to 25,000 tonnes", "its volunteers had reported 1,300") or a
    bound ("at least 3,000", "fewer than 90")?  A reading so stated is a claim against
    the other body's figure, not a soft estimate beside it: :func:`_same_key_rival` lets
    such a pair in the lede stand up to ``RIVAL_RATIO`` apart, not only the calm 2x."""
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return False
    before = quote[:i]
    if ledger._SIDE_RESTATED.search(before):
        return False  # "said it maintained that at least 70 men had died": held, restated
    bound = _COUNT_BOUND.search(before) or _COUNT_BOUND.match(text)
    return bool(_COUNTED_BEFORE.search(before) or bound)


def _two_acts(c: Mapping[str, Any], fc: Mapping[str, Any]) -> bool:
    """Round 61: two figures each given by a past verb of its own right before it, the two
    verbs not the same ("had sold at least 9,000 tickets" / "had refunded 3,000 tickets"):
    two acts, not two readings of one (round 49's :func:`_verb_before`)."""
    v, fv = _verb_before(c), _verb_before(fc)
    return v is not None and fv is not None and v != fv


#: Round 61: the body's own count or evidence before its figure (:func:`_counted_reading`).
_COUNTED_BEFORE = re.compile(
    r"\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:counted|treated|seen|recorded"
    r"|registered|received|logged|found|measured|verified|documented|tallied)\b"
    r"|\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:measurements?|volunteers|counts?"
    r"|records|surveys?|monitors|observers|inspectors|teams?)\b",
    re.I,
)
#: Round 61: a bound right before the figure ("at least 3,000", "fewer than 90").
_COUNT_BOUND = re.compile(
    r"\b(?:at\s+least|fewer\s+than|less\s+than|no\s+more\s+than|as\s+many\s+as|only)\s+$"
    r"|^(?:at\s+least|fewer\s+than|less\s+than|no\s+more\s+than|as\s+many\s+as|only)\s",
    re.I,
)


#: Round 60: a reading the body holds to ("still believed", "still put"), told before.
_STILL = re.compile(r"\bstill\b", re.I)
#: Round 60: a verb of having right before the figure ("The association has 150 houses").
_HAS_BEFORE = re.compile(
    r"\b(?:has|have|owns?|holds?)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+"
    r"|more\s+than\s+|at\s+least\s+|over\s+)?$",
    re.I,
)
#: Round 60: at most this many characters between two sentences said side by side (a
#: space, a paragraph break).
_SIDE_GAP = 3


def _clause_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 60: for a figure in a second clause of its sentence that a second body opens
    with its own reporting verb (:data:`_OTHER_CLAUSE`: "The council said 60 kitchen jobs
    had gone; the union said 110", "The farmers' union said 6,000 sheep ..., while the
    ministry put the figure at 2,500"), the figure right before it in the sentence, of the
    same key (or of any named key when this one names nothing) and the same property and
    dimensions, said as a reading too: the two bodies' readings side by side in one
    sentence (the extractor credits both to the sentence's first speaker).  Neither moved,
    held, changed or a part, within ``RIVAL_RATIO`` and apart by more than the tolerance."""
    c = scene.claims[ci]
    quote, _text, i = ledger._in_sentence(c)
    if ci == 0 or i <= 0 or scene.claims[ci - 1].get("quote") != quote:
        return None
    fc = scene.claims[ci - 1]
    prop, dims = _prop_dims(metric)
    fm = str(fc.get("metric") or "")
    if prop not in _PLAIN_PROPS or _prop_dims(fm) != (prop, dims) or fc.get("value") is None:
        return None
    if fm != metric and ("?" not in metric.partition("|")[0] or "?" in fm.partition("|")[0]):
        return None
    _fq, ft, fi = ledger._in_sentence(fc)
    if fi < 0 or fi >= i or not _SAY_BEFORE.search(quote[:fi]):
        return None
    if not _OTHER_CLAUSE.search(quote[fi + len(ft) : i]):
        return None
    if _moved_or_held(c) or _moved_or_held(fc) or _part_of(c) or _part_of(fc):
        return None
    if _changed_before(c) or not _apart_within(c, fc, scene.config):
        return None
    return _answered_key(scene, fc, frozenset())


#: Round 60: a reporting verb before the first figure of the sentence.
_SAY_BEFORE = re.compile(r"\b(?:said|says|put|puts|told|estimated|counted|reported)\b", re.I)
#: Round 60: a second clause opened by another body's reporting verb, between two figures
#: ("; the union said", ", while the agriculture ministry put the figure at", ", but the
#: coastguard said it was searching for").
_OTHER_CLAUSE = re.compile(
    r"(?:;|,\s+(?:while|but|whereas)|\s+but)\s+(?:the\s+)?[\w'\u2019 -]{2,60}?\b"
    r"(?:said|says|put|puts|told|estimated|counted|reported)\b[^;,]*$",
    re.I,
)


#: Round 60: what follows a bare figure: the sentence's end, a comma, or the verb of its
#: clause ("said 300 had", "said 35,000 had come", "had verified only 950.").
_BARE_AFTER = re.compile(
    r"^(?:\s*[.,;:!?\"\u201d]|\s*$|\s+(?:had|have|has|were|was|are|is|would|will|could"
    r"|might|may|did|do|does|remain\w*|still)\b)",
    re.I,
)
#: Round 60: a body's possessive after a figure ("nine patients are at its campus"): what
#: the speaker counts is its own share, not a reading of the whole.
_OWN_AFTER = re.compile(r"\b(?:its|our)\b", re.I)


def _first_reading_of_sentence(claims: list[Mapping[str, Any]], ci: int) -> frozenset[str] | None:
    """The source words of claim ``ci`` when it is the first figure of its sentence and
    its named speaker gives it as a reading (:func:`_reading_of`); None otherwise."""
    c = claims[ci]
    quote, _text, i = ledger._in_sentence(c)
    if i < 0 or any(claims[k].get("quote") == quote for k in range(ci)):
        return None
    mine = ledger._source_words(c)
    return mine if mine and _reading_of(c) else None


def _one_figure_before(
    claims: list[Mapping[str, Any]],
    ci: int,
    fits: Callable[[tuple[str, tuple[str, ...]]], bool],
) -> Mapping[str, Any] | None:
    """The one figure of the previous sentence with figures whose property and dimensions
    (:func:`_prop_dims`) fit; None when there is none or more than one."""
    quote = claims[ci].get("quote")
    before = [k for k in range(ci) if claims[k].get("quote") != quote]
    if not before:
        return None
    prev_quote = claims[before[-1]].get("quote")
    found = [
        claims[k]
        for k in before
        if claims[k].get("quote") == prev_quote
        and claims[k].get("value") is not None
        and fits(_prop_dims(str(claims[k].get("metric") or "")))
    ]
    return found[0] if len(found) == 1 else None


def _one_name(
    c: Mapping[str, Any], fc: Mapping[str, Any], mine: frozenset[str], theirs: frozenset[str]
) -> bool:
    """Round 80: do two named sources share a word that makes them one body?  A shared
    body head ("ministry", "federation") does, and so does any other shared word unless
    one of the two sources spells it in lower case: "Norvane Energy" and "the national
    energy ombudsman" share "energy" only as a word of the ombudsman's description, not a
    name, so they are two bodies; "Norvane Energy" and "Norvane chief executive Ann Lee"
    share the name "Norvane".  Two or more shared words are always one body's name.  A
    source the extractor did not spell out (round 78's aside speaker) leaves every shared
    word a name, as before."""
    shared = mine & theirs
    if not shared:
        return False
    if shared & _BODY_HEADS or len(shared) > 1:
        # two shared words are a name, though one side spells it as a role ("the
        # emergency management director" of the Emergency Management Agency)
        return True
    raw = (str(c.get("source") or ""), str(fc.get("source") or ""))
    # a shared word is a name unless one raw source holds it in lower case
    return any(not any(re.search(rf"\b{w}\b", r) for r in raw) for w in shared)


def _side_by_side(
    scene: _Scene,
    c: Mapping[str, Any],
    fc: Mapping[str, Any],
    mine: frozenset[str],
) -> tuple[str, float] | None:
    """Rounds 55-56: the rival key for two readings said side by side by two named bodies
    (:func:`_people_rival`, :func:`_money_rival`): neither moved, held, changed or a part,
    the other body named with no word in common, within ``RIVAL_RATIO`` and apart by more
    than the tolerance."""
    if _moved_or_held(c) or _moved_or_held(fc) or _part_of(c) or _part_of(fc):
        return None
    if _changed_before(c) or _changed_before(fc):
        return None
    theirs = ledger._source_words(fc)
    if not theirs or not ledger.sources_differ(mine, theirs) or _one_name(c, fc, mine, theirs):
        return None
    if not _apart_within(c, fc, scene.config):
        return None
    return _answered_key(scene, fc, mine)


#: Round 56: properties of a sum of money one body and another read in other words (a
#: loss, a cost, a sum missing); not a fund, a budget, a price or a pledge.
_SUM_PROPS = frozenset({"amount", "cost", "missing"})
#: Round 56: whose sum it is -- the words a money verb takes before the figure ("cost the
#: railway about", "had cost the region's businesses", "paid the gang").
_SUM_OBJECT = re.compile(
    r"\b(?:cost|costs|costing|owed|owes|paid|pays|lost|loses|robbed|swindled|defrauded)"
    r"\s+((?:(?!about|some|nearly|almost|around|at|more|less|over|under|up|only)[\w'\u2019-]+\s+){1,4}?)"
    r"(?:(?:about|some|nearly|almost|around|at\s+least|more\s+than|up\s+to|only|over)\s+)*$",
    re.I,
)
_SUM_OBJECT_SKIP = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "in", "s"})
#: Round 56: a sum asked, offered or capped, not a reading of what was lost or spent
#: ("would seek damages of about 12 million", "its liability cover was 5 million").
_SUM_ASKED = re.compile(
    r"\b(?:seek|seeks|sought|seeking|demand\w*|claim(?:s|ed|ing)?|sue\w*|damages|compensation"
    r"|cover|insur\w*|offer\w*|pledge\w*|fine[sd]?|bail|reward|bid)\b",
    re.I,
)


def _sum_object(c: Mapping[str, Any]) -> frozenset[str] | None:
    """Round 56: the words of whom a money verb right before the figure names ("had cost
    the railway about 3 million" -> {"railway"}), or None when no such verb stands there."""
    quote, _text, i = ledger._in_sentence(c)
    m = _SUM_OBJECT.search(quote[: max(i, 0)])
    if m is None:
        return None
    words = re.findall(r"[a-z]+", m.group(1).lower())
    return frozenset(w for w in words if w not in _SUM_OBJECT_SKIP)


#: Round 56: a body putting a sum at a figure ("The admiral put the wages owed to the
#: squadron at 18 million"): its reading, as much as a sum it said.
_SUM_PUT_AT = re.compile(
    r"\bput(?:s|ting)?\s+(?:the|its|their|his|her)\b[^.;:\"\u201c\u201d]{0,80}?\bat\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|at\s+least\s+)?$",
    re.I,
)


def _sum_read(c: Mapping[str, Any]) -> bool:
    """Round 56: is a sum its named speaker's reading: said as one (:func:`_reading_of`) or
    put at the figure (:data:`_SUM_PUT_AT`)?"""
    if _reading_of(c):
        return True
    quote, _text, i = ledger._in_sentence(c)
    return i > 0 and bool(ledger._source_words(c)) and bool(_SUM_PUT_AT.search(quote[:i]))


def _money_rival(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 56: for the first figure of a sentence, a sum of money (a loss, a cost, a sum
    missing) its named speaker gives as a reading (:func:`_reading_of`), the one sum of the
    previous sentence with figures of such a property and the same dimensions, given as the
    reading of another named body with no word in common, within ``RIVAL_RATIO`` and apart
    by more than the tolerance ("The audit office said the fraud had cost the fund 47 million
    euros." / "Prosecutors said the scheme had drained 126 million euros"): two bodies'
    readings of one sum under two nouns.  Not when either sum is the body's own ("its own
    losses") or moved, nor when both name whose sum it is and name two ("cost the railway"
    / "cost the region's businesses")."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    if prop not in _SUM_PROPS or "money" not in dims:
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    fc = _one_figure_before(scene.claims, ci, lambda pd: pd[1] == dims and pd[0] in _SUM_PROPS)
    if mine is None or fc is None or not _sum_read(fc):
        return None
    for x in (c, fc):
        xq, _xt, xi = ledger._in_sentence(x)
        if re.search(r"\bown\b", xq[: max(xi, 0)], re.I):
            return None  # "estimated its own losses at": the body's own sum
        if _SUM_ASKED.search(xq[: max(xi, 0)]):
            return None  # "would seek damages of", "its cover was": no reading of a loss
    o1, o2 = _sum_object(c), _sum_object(fc)
    if o1 is not None and o2 is not None and not (o1 & o2):
        return None  # "cost the railway" / "cost the region's businesses": two sums
    return _side_by_side(scene, c, fc, mine)


def _answered_key(
    scene: _Scene,
    fc: Mapping[str, Any],
    mine: frozenset[str],
) -> tuple[str, float] | None:
    """For the rival finders of rounds 47 and 50 (:func:`_compared_rival`,
    :func:`_compared_adjacent`): the key under which this article's figure ``fc`` was filed
    and its value -- or None when it was not filed, or when the body answering it (source
    words ``mine``) has its own earlier count under that key (its count moved on)."""
    for m in scene.story_metrics:
        figs = (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ())
        if not any(
            f["article"]["id"] == scene.aid and f["claim"].get("start") == fc.get("start")
            for f in figs
        ):
            continue
        if _own_earlier_count(figs, mine, scene.aid):
            return None
        return m, float(fc["value"])
    return None


def _own_earlier_count(
    figures: Iterable[Mapping[str, Any]], mine: frozenset[str], aid: str
) -> bool:
    """Has the body with source words ``mine`` a figure of its own among ``figures`` from a
    report other than ``aid``?"""
    return bool(mine) and any(
        f["article"]["id"] != aid
        and ledger._source_words(f["claim"])
        and not ledger.sources_differ(mine, ledger._source_words(f["claim"]))
        for f in figures
    )


def _part_of(c: Mapping[str, Any]) -> bool:
    """Round 50: is the figure named as a part right after it ("Two of them", "nine of the
    14 workers")?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(_PART_OF.match(quote[i + len(text) :]))


_PART_OF = re.compile(r"^\s+of\s+(?:the|them|those|these|its|their|whom|which|\d)", re.I)


#: Round 52: a body speaking of its own count in the first person before the figure
#: ("By our count, 130 farms", "Our members tell us 85 plants", "We have 47 yachts").
#: The word is at most seven words before the figure, with no quotation mark between
#: (not "\"We saw people in the water,\" said X, who pulled 4 survivors").
_OWN_VOICE = re.compile(r"\b(?:we|our|us)\b[^\"\u201c\u201d]*$", re.I)


def _own_voice(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Round 52: does a named body give the figure in its own voice, a first-person word
    (:data:`_OWN_VOICE`) right before it in its sentence, and the figure no value the
    article gave before ("It said two people had died." / "\"at present we count two\""):
    the body's own count, said against another's?"""
    c = claims[ci]
    quote, _text, i = ledger._in_sentence(c)
    if i <= 0 or not ledger._source_words(c):
        return False
    m = _OWN_VOICE.search(quote[:i])
    if m is None or len(m.group(0).split()) > 8:
        return False
    return not _value_given_before(claims, ci)


#: Round 52: a running tally's words before a figure ("had now seized", "a total of",
#: "so far").
_TALLY = re.compile(r"\b(?:now|so\s+far|to\s+date|a\s+total\s+of|in\s+all)\b", re.I)


#: Round 52: at most this many characters between the sentence of the figure before and
#: the figure's own: room for one lead sentence.
_LED_GAP = 200


def _led(claims: list[Mapping[str, Any]], ci: int, leads: Iterable[int]) -> bool:
    """Round 52: does a sentence saying another body's figure differs (round 44's
    :data:`_CONTRARY_LEAD`: "The island council gave a higher count.") stand between the
    previous sentence with figures and this figure, the first of its sentence?"""
    c = claims[ci]
    quote = c.get("quote")
    before = [k for k in range(ci) if claims[k].get("quote") != quote]
    if not before or any(claims[k].get("quote") == quote for k in range(ci)):
        return False
    lo = int(claims[before[-1]].get("start") or 0)
    hi = int(c.get("start") or 0)
    if not any(lo < int(x) < hi for x in leads):
        return False
    # the lead is the one short sentence between the two (round 44's guard): not a lead
    # that answers a paragraph without figures in between
    pq, _pt, pi = ledger._in_sentence(claims[before[-1]])
    _q, _t, i = ledger._in_sentence(c)
    if pi < 0 or i < 0:
        return False
    return (hi - i) - (lo - pi + len(pq)) <= _LED_GAP


def _subset_of(metric: str, other: str) -> bool:
    """Round 52: does key ``metric`` count a narrower group of the same noun or noun class
    as key ``other`` ("fishing boats" against "cargo ships": another set, not a reading)?"""
    s1, s2 = metric.partition("|")[0], other.partition("|")[0]
    h1, h2 = _head(s1), _head(s2)
    return (h1 == h2 or _one_noun_class(h1, h2)) and _narrower(s1, s2)


def _tally(c: Mapping[str, Any]) -> bool:
    """Round 52: is the figure told as a running tally (:data:`_TALLY` before it in its
    sentence)?"""
    quote, _text, i = ledger._in_sentence(c)
    return bool(_TALLY.search(quote[: max(i, 0)]))


def _turned(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Round 50: is the figure the first of its sentence and does the sentence turn against
    another's (:data:`_CONTRARY_OPENING`: "But", "said only 40")?"""
    c = claims[ci]
    quote, _text, i = ledger._in_sentence(c)
    if i < 0 or any(claims[k].get("quote") == quote for k in range(ci)):
        return False
    return bool(ledger._source_words(c)) and bool(_CONTRARY_OPENING.search(quote[:i]))


#: Round 50: words that make a figure a count moved on or held rather than a side's
#: reading ("now", "so far", "stood by", "remained", "the figure it gave last week").
_HELD_WORDS = re.compile(
    r"\b(?:now|so\s+far|to\s+date|stood\s+by|stands?\s+by|remain\w*|previous\w*|earlier"
    r"|first|initial\w*|raised|revised|added|last\s+(?:week|month|year|night))\b",
    re.I,
)


def _moved_or_held(c: Mapping[str, Any]) -> bool:
    """Round 50: does the figure's sentence say it moved or is held (:data:`_HELD_WORDS`,
    ``ledger._CHANGED_HERE``)?"""
    quote = str(c.get("quote") or "")
    if _HELD_WORDS.search(quote):
        return True
    # round 51: a word of change after an article and before no "in"/"of"/"to" names a
    # thing, not a move ("lined the final kilometres of the climb")
    return any(
        not (
            _CHANGE_NOUN.fullmatch(m.group(0))
            and _ARTICLE_BEFORE.search(quote[max(0, m.start() - 8) : m.start()])
            and not _CHANGE_OBJECT.match(quote, m.end())
        )
        for m in ledger._CHANGED_HERE.finditer(quote)
    )


#: Round 80 (k80): where the figure's own clause ends after it: a comma, semicolon,
#: colon or dash, or a word that opens another clause ("after an update installed ...",
#: "because it also counted ...", "when the meters were reset").
_CLAUSE_END = re.compile(
    r"[,;:\u2013\u2014]|\s-\s|\b(?:after|because|when|while|since|before|but|although|though"
    r"|as|until|once|whose|which|who)\b",
    re.I,
)

#: ... unless what follows the comma is the figure's own move (", up from 14", ", down
#: from", ", compared with").
_MOVE_APPOSED = re.compile(
    r"[,;:\u2013\u2014\s-]*\s*(?:up|down|from|compared|against|rising|falling|revised|raised"
    r"|a\s+(?:rise|fall|drop|jump)|an\s+increase)\b",
    re.I,
)


def _moved_near(c: Mapping[str, Any]) -> bool:
    """Round 80 (k80): :func:`_moved_or_held` read on the figure's own stretch of its
    sentence only: the words before the figure and the clause right after it, up to
    :data:`_CLAUSE_END`.  A word of change in another clause ("after a software update
    installed in August", "because it also counted customers whose bills had been
    estimated") says nothing of the figure.  Used by :func:`_compared_adjacent` only, whose
    sentence sets its figure against another's in words; :func:`_side_by_side` keeps the
    whole sentence (there a word of change in a name, "Fell Ultra Events", was all that
    kept a letter count from answering a group claim's)."""
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return _moved_or_held(c)
    after = quote[i + len(text) :]
    m = _CLAUSE_END.search(after)
    if m is not None and _MOVE_APPOSED.match(after, m.start()):
        return _moved_or_held(c)  # ", up from 14": the figure's own move, said after it
    return _moved_or_held({"quote": quote[: i + len(text)] + (after[: m.start()] if m else after)})


#: Round 51: words of change that are nouns of things too ("the climb", "the falls").
_CHANGE_NOUN = re.compile(r"(?:rise|climb|jump|fall|drop|increase|decrease|decline|push)s?", re.I)
#: Round 51: "the", "a", "this" right before a word: the word is a noun.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.I)
#: Round 51: what a noun of change takes ("the climb in prices", "a rise of 40", "the fall
#: to 12", "an increase from 9").
_CHANGE_OBJECT = re.compile(r"\s+(?:in|of|to|from|by|on|since)\b", re.I)


#: Round 50: properties of a plain count, which any count of one thing may come under.
_PLAIN_COUNTS = frozenset({"count", "attended"})
#: Round 50: properties of a plain reading (a count, a toll, an amount of money), the
#: ones two bodies' figures of one thing come under in different words.
_PLAIN_PROPS = frozenset(
    {"count", "cost", "amount", "attended", "funding", "price", "revenue", "spending"}
    | _KIN_PROPS
    | {"casualties", "arrested", "deployed", "supplied", "arrived"}
)


#: Round 86: the span of the figure before, named again as this figure's own: "said it had
#: recorded 700 postponed operations over the same period", "had been put off over the same
#: two weeks", "in the same month".  Not a year-ago comparison ("in the same period last
#: year", "the same month of 2045", "a year earlier"), which is another span.
_SAME_SPAN = re.compile(
    r"\b(?:in|over|during|for|across|within)\s+the\s+same\s+"
    r"(?:(?!(?:last|previous|prior|earlier)\b)[\w-]+\s+){0,2}?"
    r"(?:period|months?|weeks?|fortnight|days?|years?|quarter|season|time|stretch|span)\b"
    r"(?![^.;]{0,40}?\b(?:last|previous|prior|earlier|before|ago|\d{4})\b)",
    re.I,
)


def _names_after(head: str, c: Mapping[str, Any]) -> bool:
    """Round 86: does a word of the first three after the figure start with the first five
    letters of ``head`` (the head noun's stem: "tomb" in "1,140 freshly looted tombs",
    "bike" in "9,700 e-bike thefts")?  Only the noun the figure counts, not a word further
    on ("4,900 households ... received eviction notices" counts no evictions).  A head of
    three letters or fewer is its whole word, plural or not ("car" in "61 cars", not in
    "care home claims")."""
    quote, text, i = ledger._in_sentence(c)
    if i < 0 or not head:
        return False
    after = quote[i + len(text) :].split()[:3]
    stem = re.escape(head[:5]) if len(head) > 3 else rf"{re.escape(head)}s?\b"
    return any(re.match(rf"\W*(?:\w+-)?{stem}", w, re.I) for w in after)


def _same_span_rival(scene: _Scene, ci: int, metric: str) -> tuple[str, float] | None:
    """Round 86: the key and value of the figure a named body's reading answers when its
    sentence counts over the span the sentence before named ("The ministry said 380 tombs
    had been looted since January." / "A university team said it had counted 1,140 freshly
    looted tombs over the same period."): the one figure of the previous sentence of the
    same property and dimensions (its spans aside), another named body's reading,
    counting the same things (one head noun, one noun class, or the one's head stem among
    the first words after the other's figure), neither moved, held, changed nor a part,
    within ``RIVAL_RATIO`` and apart by more than the tolerance.  "The same period" says
    the two bodies counted one thing over one span; their figures differing is the
    dispute, said in no word of comparison (round 85 found most missed contradictions
    carry none)."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    subject = metric.partition("|")[0]
    if prop not in _PLAIN_PROPS or _PERIOD_KEY.match(metric):
        return None
    mine = _first_reading_of_sentence(scene.claims, ci)
    quote, _text, i = ledger._in_sentence(c)
    if mine is None or i < 0 or not _SAME_SPAN.search(quote):
        return None
    # the previous sentence's spans ("in the first six months") are no figure of its own
    claims = [x for x in scene.claims[:ci] if not _PERIOD_KEY.match(str(x.get("metric") or ""))]
    fc = _one_figure_before([*claims, c], len(claims), lambda pd: pd == (prop, dims))
    if fc is None or fc.get("hedge") in UNCOMPARABLE_HEDGES:
        return None
    s2 = str(fc.get("metric") or "").partition("|")[0]
    h1, h2 = _head(subject), _head(s2)
    if not (
        h1 == h2
        or _one_noun_class(h1, h2)
        or _kin_heads(h1, h2)
        or ("?" not in s2 and _names_after(h2, c))
        or ("?" not in subject and _names_after(h1, fc))
    ):
        return None  # another thing counted over the same span ("14 people arrested")
    if _value_given_before(scene.claims, ci):
        return None
    return _side_by_side(scene, c, fc, mine)


def _other_noun_rival(
    scene: _Scene,
    ci: int,
    metric: str,
    *,
    compared: bool,
    quarrelling: bool = False,
) -> tuple[str, float] | None:
    """Round 74: the key and value of the figure a named speaker's reading answers when
    the two bodies count one quantity in words of their own ("Halvane said 14 of its
    dockers had been taken ill." / "The union gave a much higher figure, saying 31
    workers had fallen ill"; "The federation said it had been notified of 11 positive
    tests and did not recognise the agency's figure" after the agency's 17 doping cases):
    the one figure this article filed before it under another key of the same property
    and dimensions that another named body gave, within ``RIVAL_RATIO`` and apart by more
    than the tolerance, neither moved nor held.  ``compared``: the sentence already sets
    the figure against another's (:func:`compares`, :func:`_turned`, :func:`_led`, whose
    nearer searches found nothing); otherwise only in an article whose sources disagree
    (``quarrelling``), for the speaker's own reading (:func:`_reading_of`) that says so
    itself (:func:`_set_against`).  A key the story already holds is that key's reading:
    round 76 looks there for another body's figure of this article
    (:func:`_same_key_answered`)."""
    if not compared and (spanned := _same_span_rival(scene, ci, metric)) is not None:
        return spanned  # round 86: "over the same period", another body's reading
    c = scene.claims[ci]
    prop, _dims = _prop_dims(metric)
    subject = metric.partition("|")[0]
    if "?" in subject or prop not in _PLAIN_PROPS:
        return None
    if metric in scene.story_metrics:  # round 76: the key's reading by another, farther up
        return _same_key_answered(scene, ci, metric, compared=compared, quarrelling=quarrelling)
    if _head(subject) in _PLAIN_PEOPLE:
        return None  # plain "people" against a named group is _people_rival's
    if not compared and not (quarrelling and _reading_of(c)):
        return None
    mine = ledger._source_words(c)
    if not mine or _moved_before(c) or _changed_before(c):
        return None
    found = _other_body_figures(scene, metric, mine)
    if len(found) != 1:
        return None  # none, or several quantities another body counted: no guess
    fc = found[0]
    if int(c.get("start") or 0) - int(fc.get("start") or 0) > _ANSWER_REACH:
        return None  # far down the article: another stretch, maybe another quantity
    if _moved_or_held(fc) or _changed_before(fc) or not _apart_within(c, fc, scene.config):
        return None
    if not compared and not _set_against(c, fc):
        return None
    answered = _answered_key(scene, fc, mine)
    if answered is None or _answered_here(scene, answered[0], mine):
        # the body already gave its reading of that quantity here ("only 40 guns"): a
        # second figure of its own ("its own forces had pulled back 90 guns") is another
        return None
    s2 = answered[0].partition("|")[0]
    kin = _head(subject) == _head(s2) or _one_noun_class(_head(subject), _head(s2))
    if kin and _narrower(subject, s2):
        # round 42's: "fishing boats" against "cargo ships" of one noun class name
        # another set by the word the other lacks
        return None
    return answered


def _answered_here(scene: _Scene, metric: str, mine: frozenset[str]) -> bool:
    """Round 74: has this article filed, under the story's key ``metric``, a figure of
    the body with source words ``mine``?"""
    figs = (_ledger_entry(scene.tables[T_LEDGER], scene.sid, metric) or {}).get("figures", ())
    return any(
        f["article"]["id"] == scene.aid
        and not ledger.sources_differ(mine, ledger._source_words(f["claim"]))
        and bool(ledger._source_words(f["claim"]))
        for f in figs
    )


def _other_body_figures(
    scene: _Scene,
    metric: str,
    mine: frozenset[str],
) -> list[Mapping[str, Any]]:
    """Round 74: the figures this article filed under the story's other named keys of the
    property and dimensions of ``metric`` (plain "people" aside) that a named body other
    than the one with source words ``mine`` gave."""
    prop_dims = _prop_dims(metric)
    found: list[Mapping[str, Any]] = []
    for m in scene.story_metrics:
        if m == metric or "?" in m or _prop_dims(m) != prop_dims:
            continue
        if _head(m.partition("|")[0]) in _PLAIN_PEOPLE:
            continue
        for fig in (_ledger_entry(scene.tables[T_LEDGER], scene.sid, m) or {}).get("figures", ()):
            theirs = ledger._source_words(fig["claim"])
            if (
                fig["article"]["id"] == scene.aid
                and theirs
                and ledger.sources_differ(mine, theirs)
                and not mine & theirs
            ):
                found.append(fig["claim"])
    return found


def _moved_before(c: Mapping[str, Any]) -> bool:
    """Round 74: does the figure's sentence, before the figure, say it moved or is held
    (:data:`_HELD_WORDS`, ``ledger._CHANGED_HERE``)?  What follows the figure is its own
    clause ("31 workers had fallen ill"), no move of the count."""
    quote, _text, i = ledger._in_sentence(c)
    before = quote[: max(i, 0)]
    return bool(_HELD_WORDS.search(before) or ledger._CHANGED_HERE.search(before))


#: "said only 3,100", "found only about 90": the figure is given as less than another's.
_ONLY_BEFORE = re.compile(r"\bonly\s+(?:about\s+|some\s+|around\s+)?$", re.I)


def _says_compared(c: Mapping[str, Any]) -> bool:
    """Round 74: does the figure's sentence measure it against another's in words
    (:data:`_COMPARISON_CUE` before it: "gave a much higher figure, saying 31", "its own
    count"; :data:`_COMPARED_AFTER` after it: "well below the association's figure"), not
    only "puts the cost at" (:func:`compares` takes that too, but an estimate put at a sum
    answers no other body's by itself)?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(
        _COMPARISON_CUE.search(quote[:i]) or _COMPARED_AFTER.search(quote[i + len(text) :])
    )


def _set_against(c: Mapping[str, Any], fc: Mapping[str, Any]) -> bool:
    """Round 74: does the figure's own sentence set it against another body's count: it
    says what the other count left out or put in (:func:`explains_gap`: "and did not
    recognise the agency's figure", "prosecutors' estimate included money ..."), gives
    the speaker's own count or the real number (``ledger.rival_wording``: "its own
    inspectors estimated", "no more than 800,000 litres"), or "only" right before the
    figure ("had been notified of only 150 dismissals")?"""
    quote, _text, i = ledger._in_sentence(c)
    return (
        explains_gap(c, fc)
        or ledger.rival_wording(c)
        or (i > 0 and bool(_ONLY_BEFORE.search(quote[:i])))
    )


def _same_key_answered(
    scene: _Scene,
    ci: int,
    metric: str,
    *,
    compared: bool,
    quarrelling: bool,
) -> tuple[str, float] | None:
    """Round 76 (k27): the key and value of the figure a named speaker's reading answers
    when both bodies' figures sit under one key of the story but not side by side (a
    sentence or more between them, so :func:`_same_key_rival` never saw the pair; "The
    ministry said 1.2 million birds had died ..." ... "The union said its members had
    reported 3 million dead birds"): the one figure this article filed under the key that
    another named body gave (no source word shared), when the speaker filed none of its
    own under it here, no more than ``_ANSWER_REACH`` before it, neither moved, held,
    changed nor a part, within ``RIVAL_RATIO`` and apart by more than the tolerance.
    Only when the sentence sets the figure against another's: ``compared`` (a comparing
    sentence, a turn or a led figure whose nearer searches found nothing) or its own words
    (:func:`_set_against`: "only", "its own count", what the other count left out) for
    the speaker's own reading (:func:`_reading_of`) or in an article whose sources
    disagree (``quarrelling``).  A plain second reading with no such words is as often
    another quantity of the key as the same one."""
    c = scene.claims[ci]
    mine = ledger._source_words(c)
    if not mine or _moved_before(c) or _changed_before(c) or _part_of(c):
        return None
    if _answered_here(scene, metric, mine):
        return None  # the speaker's own reading of the key is here: this is another count
    figs = (_ledger_entry(scene.tables[T_LEDGER], scene.sid, metric) or {}).get("figures", ())
    here = [f["claim"] for f in figs if f["article"]["id"] == scene.aid]
    found = [
        fc
        for fc in here
        if (theirs := ledger._source_words(fc))
        and ledger.sources_differ(mine, theirs)
        and not _one_name(c, fc, mine, theirs)
    ]
    if len(found) != 1:
        return None  # none, or several readings of the key by others: no guess
    fc = found[0]
    if fc.get("quote") == c.get("quote"):
        return None  # one sentence: the clause rival's
    _quote, _text, i = ledger._in_sentence(c)
    fq, _ft, fi = ledger._in_sentence(fc)
    if i < 0 or fi < 0:
        return None
    gap = (int(c.get("start") or 0) - i) - (int(fc.get("start") or 0) - fi + len(fq))
    if (
        0 <= gap <= _SIDE_GAP
        and not ledger._same_order(c.get("value"), fc.get("value"), ledger.CALM_RIVAL_RATIO)
        and not ((_counted_reading(c) or _counted_reading(fc)) and not _two_acts(c, fc))
    ):
        # side by side, as :func:`_same_key_rival` pairs them: its calm ratio, unless one
        # side says how it got its figure or bounds it (round 77, :func:`_counted_reading`)
        return None
    if int(c.get("start") or 0) - int(fc.get("start") or 0) > _ANSWER_REACH:
        return None
    if _moved_or_held(fc) or _changed_before(fc) or _part_of(fc):
        return None
    if not _apart_within(c, fc, scene.config):
        return None
    if not compared and not (_set_against(c, fc) and (quarrelling or _reading_of(c))):
        return None
    return _answered_key(scene, fc, mine)
