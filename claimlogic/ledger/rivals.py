"""Rival readings of one quantity: quarrel, quarrel_pair, rival_side, rival_in_article,
rival_reading, own speakers and own counts, crowds, calm_rival.

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from .disputes import (
    _BOUND_THAN,
    _DISPUTE,
    _EXPLAINED_LATER,
    RIVAL_WINDOW_S,
    _delta_before_cue,
    _named,
    _same_order,
    _source_words,
    also_another,
    disputes_figure,
    remainder,
    sources_differ,
)
from .framing import (
    part_named_after_group,
    set_in_a_scene,
    spoken,
    what_it_has,
)
from .intervals import (
    _from_json_iv,
    rel_diff,
)
from .kinds import (
    DISTANCE_UNITS,
    other_occasions,
    revision,
    sentence_values,
)
from .scope import (
    MEASURE_UNITS,
    _unit,
    comparable,
    hedge_class,
    other_outcomes,
)
from .words import (
    _CHANGED,
    _CONTINUED,
    _FROM_X_TO_X,
    _SIDE_BREAK,
    _around,
    _blank_dates,
    _clause_at,
    _figure_clause,
    _holds_on,
    _in_sentence,
    _moved_words,
    own_clause,
)

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


def missing_of_aboard(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Is one figure the count of the missing and the other how many were aboard (its
    clause says aboard and not missing)?  The missing are a part of those aboard."""

    def missing(c: Mapping[str, Any]) -> bool:
        return bool(_MISSING_WORDS.search(_figure_clause(c)))

    def aboard(c: Mapping[str, Any]) -> bool:
        clause = _figure_clause(c)
        return bool(_ABOARD_WORDS.search(clause)) and not _MISSING_WORDS.search(clause)

    return (missing(new) and aboard(old)) or (missing(old) and aboard(new))


#: Round 82: where the clause that holds a figure opens, read back from the figure: the
#: sentence's start, a dateline's dash ("KAVRIN, June 16 (OPS) - Police ..."), a
#: semicolon or colon, or a contrasting "but" / "while" / "whereas" / "though" ("Police
#: put the crowd at 3,000; organisers said 8,000"; "..., but the ministry said only 7,400").
_CLAUSE_OPENERS = re.compile(
    r"(?:\s+-{1,2}\s+|\s*\u2014\s*|;\s+|:\s+|,?\s+(?:but|while|whereas|though|although)\s+)",
    re.I,
)

#: Round 82: the clause's subject and its reporting verb, the figure the verb's object:
#: "the state health ministry put the number of dengue deaths ... at", "the education
#: ministry, which pays for the resit, said only", "The transport ministry, at a briefing
#: an hour later, said".  An aside between commas may part subject and verb; the rest of
#: the clause after the verb holds no further clause mark.  Not a pronoun ("It said",
#: "Her office counted", "its cleaning staff"): it names no body to compare.
_CLAUSE_SPEAKER = re.compile(
    r"^(?!(?:it|its|he|she|his|her|they|their|we|our|this|that|these|those|which|who|there"
    r"|in|on|at|after|before|when|as|since|under|for|by|from|with|during|if|and|yet|however"
    r"|meanwhile|last|earlier|later|according)\b)"
    r"(?P<who>(?:[\w'\u2019-]+\s+){0,7}?[\w'\u2019-]+)"
    r"(?:,\s+[^,;:\"\u201c\u201d]{3,120},)?"
    r"\s+(?:(?:also|later|then|now)\s+)?"
    r"(?:said|says|told|put|puts|estimated|estimates|counted|counts|reported|reports|found"
    r"|finds|lists|listed|recorded|records|revised|gave|gives)\b"
    r"[^;:,\"\u201c\u201d]*$",
    re.I,
)


#: A figure's digits; not a year ("in the first half of 2047").
_DIGIT = re.compile(r"\b(?!(?:19|20)\d\d\b)\d")

#: Where the figure's own clause ends, read on from the figure.
_CLAUSE_END = re.compile(_CLAUSE_OPENERS.pattern + r"|[,;:.]\s", re.I)

#: Round 82: the figure's sentence says it moved on from the body's own earlier one.
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\b", re.I)

#: Round 82: a document, not a body, as a clause's whole subject ("The report said").
_DOCUMENTS = frozenset(
    {
        "report",
        "reports",
        "study",
        "survey",
        "statement",
        "bulletin",
        "document",
        "letter",
        "figures",
        "data",
        "records",
        "analysis",
        "review",
        "register",
        "list",
        "final",
        "new",
        "latest",
    }
)

#: A sentence's opening "But" / "And" before its subject ("But the indictment filed by
#: prosecutors lists 7.2 million pills").
_BUT_FIRST = re.compile(r"^(?:but|and)\s+", re.I)


def clause_speaker(c: Mapping[str, Any]) -> frozenset[str]:
    """Round 82: the content words of the body that says the figure in the figure's own
    clause -- the subject of the reporting verb (said, put ... at, estimated, counted,
    found, lists) whose object the figure is (``_CLAUSE_SPEAKER``), the clause read back
    from the figure to its opener (``_CLAUSE_OPENERS``); empty when the clause is not so
    shaped.  For a figure whose source the extractor left unread ("The state health
    ministry put the number of deaths at 17"), and for two figures of one sentence that
    the extractor gave one source ("Police put the crowd at 3,000; organisers said
    8,000")."""
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return frozenset()
    lead = quote[:i]
    start = 0
    for op in _CLAUSE_OPENERS.finditer(lead):
        start = op.end()
    m = _CLAUSE_SPEAKER.match(_BUT_FIRST.sub("", lead[start:].lstrip(), count=1))
    if m is None or _DIGIT.search(m.group(0), m.end("who")):
        return frozenset()
    # one figure to its clause: "counted 34,800 appeals pending at the end of June and
    # 35,900 at the end of August" is one body's series, the first its past, no reading
    rest = quote[i + len(_text) :]
    end = _CLAUSE_END.search(rest)
    if _DIGIT.search(rest[: end.start() if end else len(rest)]) or _UP_FROM.search(rest):
        # "at 7,200, up from 4,900 it gave": the body's own running series, moved on
        return frozenset()
    words = _source_words({"source": m.group("who")})
    # "The report said": a document with no owner named is no body
    return frozenset() if words <= _DOCUMENTS else words


def _stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower())}


def _anaphor(
    read_c: Mapping[str, Any], other: frozenset[str], other_c: Mapping[str, Any]
) -> frozenset[str]:
    """Round 82: the clause speaker of the figure ``read_c`` whose source the extractor
    left unread, against the other figure's source ``other``: the other body itself when
    one of the two is a description the other's sentence gives its speaker before the
    figure ("The publisher said ..." and "Kalvern Academic Press, one of the largest
    scientific publishers, said ..."): one body named two ways, no rival."""
    read = clause_speaker(read_c)
    if not read:
        return read
    for words, c in ((read, other_c), (other, read_c)):
        quote, _text, i = _in_sentence(c)
        if {w.rstrip("s") for w in words} <= _stems(quote[: max(i, 0)]):
            return other
    return read


def rival_speakers(
    new: Mapping[str, Any], old: Mapping[str, Any]
) -> tuple[frozenset[str], frozenset[str]]:
    """Round 82: the words of the two figures' speakers for the rival tests: the
    extractor's source (or round 73's disputing speaker), else, for the earlier figure
    only, its clause speaker (:func:`clause_speaker`).  Two figures of one sentence that
    the extractor gave one source each take their own clause's speaker when both clauses
    name one and the two differ: the extractor gives a sentence's first speaker to both
    of its figures."""
    new_words = _source_words(new) or disputing_speaker(new)
    old_words = _source_words(old)
    # the earlier side only: a new figure with no source of its own stays no side (round
    # 17's guard), whatever its clause says
    if new_words and not old_words:
        old_words = _anaphor(old, new_words, new)
    if (
        new_words
        and new_words == old_words
        and str(new.get("quote") or "") == str(old.get("quote") or "")
    ):
        a, b = clause_speaker(new), clause_speaker(old)
        if a and b and sources_differ(a, b):
            return a, b
    return new_words, old_words


def rival_in_article(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """In an article that says its sources disagree (:func:`quarrel`), is the new figure
    another source's rival reading of a figure given earlier in the same article?  Both
    name a source, the sources differ (as sets of content words), the values are of one
    order (:func:`_same_order`), and the new figure's sentence does not say the quantity
    moved or was revised, nor name it as a part of a group; under the generic
    ``people|count`` key the words after both figures say the same of the people
    (:func:`same_predicate`)."""
    # round 73: a figure the extractor gave no source is its sentence's disputing body's
    # ("The anglers' club disputed that, saying its members had counted 40 ...")
    # round 82: else the speaker its own clause names (:func:`rival_speakers`)
    new_words, old_words = rival_speakers(new, old)
    if not sources_differ(new_words, old_words) or named_by_tag(new, old):
        return False
    if not _same_order(new.get("value"), old.get("value"), RIVAL_RATIO):
        return False
    if other_outcomes(new, old):
        # round 77: "3,100 claims had been paid" / "2,600 claims were rejected": two
        # outcomes of one set of requests (or of jobs, doses: kept / cut), two quantities
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
    named = figure_named(new)
    if (
        str(new.get("metric") or "") in _GENERIC_KEYS
        and not same_predicate(new, old)
        # round 74: "said the figure was 18,000": the article's quantity, by its name
        and named is None
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
    if named is not None:
        # round 74: "rose to 710,000 ..., but a rival survey put the figure far higher, at
        # 1.1 million": the figure's own stretch starts where it names the quantity
        lo = max(lo, named)
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


#: Round 73: a sentence that opens with a named body disputing the other side's figure
#: and gives its own after "saying": "The Corran Surf Lifesaving Club disputed that,
#: saying its spotters had counted ...", "A landowners' association disputed the fire
#: service's survey, saying ...", "The bus company, Dravenport Transit, disputed the
#: scale, saying ...".  Read in the sentence before the figure; ``who`` is the body.
_DISPUTING_SPEAKER = re.compile(
    r"^(?P<who>[^,;:\"\u201c\u201d]{3,80}?)(?:,\s+[^,;:\"\u201c\u201d]{1,100},)?\s+"
    r"(?:disputed|disputes|rejected|rejects|contested|contests|challenged|challenges"
    r"|questioned|questions)\s+(?!by\b)[^.;:\"\u201c\u201d]{0,80}?,\s+(?:saying|and\s+said)\b"
    r"[^;\"\u201c\u201d]*$",
    re.I,
)


#: Round 73: a sentence that opens with a named body saying its own count showed the
#: figure: "The Metro, responding in the same report, said its own sampling showed about
#: 25,000 ...", "The researcher ..., Tova Reinholt, said her own count of the files showed
#: 3.4 million ...", "Kestrel Logistics said that according to its inventory system ...".
_OWN_COUNT_SPEAKER = re.compile(
    r"^(?P<who>[^,;:\"\u201c\u201d]{3,80}?)(?:,\s+[^,;:\"\u201c\u201d]{1,100},)?\s+"
    r"(?:said|says)\s+(?:that\s+)?(?:(?:its|their|her|his)\s+own\s+[a-z]+"
    r"(?:\s+of\s+[^,.;:\"\u201c\u201d]{1,40})?\s+(?:showed|shows|found|finds)"
    r"|according\s+to\s+(?:its|their|her|his)\s+(?:own\s+)?[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:that\s+)?(?:(?:only|about|around|some|roughly|nearly|almost|at\s+least"
    r"|more\s+than|no\s+more\s+than)\s+)?$",
    re.I,
)


def disputing_speaker(c: Mapping[str, Any]) -> frozenset[str]:
    """Round 73: the content words of the body that opens the figure's sentence by
    disputing the other side's figure and gives this one "saying" it (``_DISPUTING_SPEAKER``)
    or by saying its own count showed it (``_OWN_COUNT_SPEAKER``), for a figure the
    extractor gave no source; empty when the sentence is not so shaped.  The dispute or
    the own count says the speaker sets its figure against another body's."""
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return frozenset()
    m = _DISPUTING_SPEAKER.match(quote[:i]) or _OWN_COUNT_SPEAKER.match(quote[:i])
    return _source_words({"source": m.group("who")}) if m else frozenset()


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
    # round 81: when or where it spoke between the verb and its object clause: "said in a
    # separate notice that 24 crew", "said on Saturday morning that 13 people", "said in
    # a statement that"; a preposition opens it, "that" closes it, no clause mark between
    r"|(?:said|says)\s+(?:on|in|at)\s+[^.;,:\"\u201c\u201d]{1,50}?\s+that"
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


#: Round 71: the speaker says what the other count left out or put in: "the ministry's
#: figure covered only land registered ...", "because it also counted branches ...",
#: "including staff ... whom the company had not counted", "the airline was counting only
#: those on formal sick leave", "that had not been reported to the department".
_GAP_EXPLAINED = re.compile(
    r"\b(?:left|leaves|leave|leaving)\s+out\b"
    r"|\b(?:counting|counted|counts|covered|covers|covering)\s+only\b"
    r"|\balso\s+(?:counted|counts|included|includes)\b"
    r"|\bdouble[- ]count"
    r"|\b(?:had|has|have|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:counted|recorded|reported|included)\b"
    r"|\b(?:figure|count|tally|list|total|estimate)\s+(?:included|includes|covered|covers"
    r"|counted|counts|missed|ignored|ignores)\b",
    re.I,
)

#: Round 71: the other body's count named by its owner ("the agency's figure", "many of
#: the agency's cases", "the dairy's list"): the group word is the owner.
_OWNERS_COUNT = re.compile(
    r"\b([a-z]+)(?:'s|s'|\u2019s)\s+(?:own\s+)?(?:figure|count|tally|list|estimate|numbers?"
    r"|total|cases|records)\b",
    re.I,
)


#: Round 71: a body that says what the other count left out stays within this ratio of it
#: (the union's 780 branches against the post office's 340; 6,000 packs against 18,000):
#: wider than ``CALM_RIVAL_RATIO``; a count more than three times the other, in a calm
#: article, stays apart as round 17 had it (6,900 dockworkers against 2,100).
EXPLAINED_RATIO = 3.0


#: Round 71: a figure the speaker stands by, in a relative clause of its name ("The
#: federation, which says more than 4,000 of its members are out, said ..."): its figure
#: restated as background, not a count read against the other now.
_STANDING_CLAIM = re.compile(
    r"\b(?:which|who)\s+(?:says|maintains|insists|claims)\s+(?:that\s+)?"
    r"(?:(?:only|about|around|some|roughly|nearly|almost|over|at\s+least|more\s+than)\s+)?$",
    re.I,
)


def explains_gap(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 71: does the new figure's sentence say why its count differs from the other
    body's -- what that count left out or put in (``_GAP_EXPLAINED``), or that body's count
    named by its owner ("the inspectorate's figure included genuine stock")?  A body that
    says so sets its figure against the other on purpose: a rival reading however far
    apart the two are (:func:`calm_rival` reads it within ``EXPLAINED_RATIO``)."""
    quote, _text, i = _in_sentence(new)
    if i < 0 or _STANDING_CLAIM.search(quote[max(0, i - 80) : i]):
        return False
    if _GAP_EXPLAINED.search(quote):
        return True
    owners = {m.group(1).lower() for m in _OWNERS_COUNT.finditer(quote)}
    return bool(owners & _source_words(old))


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
    explained = explains_gap(new, old)
    if ratio < OWN_READING_RATIO and (own_reading(new) or counted_itself(new)):
        ratio = OWN_READING_RATIO  # the speaker counted for itself, in its own words
    elif ratio < EXPLAINED_RATIO and explained:
        ratio = EXPLAINED_RATIO  # round 71: the speaker says what the other count left out
    if not _same_order(new.get("value"), old.get("value"), ratio):
        return False
    if not (
        said_as_reading(new)
        or said_and_that(new)
        # round 71: "said 17 of its masts had been attacked, including several ... which
        # police had not yet recorded": the speaker says what the other count left out
        or (explained and speaker_named(new, _in_sentence(new)[0]))
        # "said its analysis of court archives showed about 130,000": counted by the speaker
        or (counted_itself(new) and speaker_named(new, _in_sentence(new)[0]))
    ):
        return False
    q_old, t_old, j = _in_sentence(old)
    if _part_after(old, q_old, t_old, j):
        return False
    if _own_body_speaks(new, old) and not (explained and _owners_count_only(new, old)):
        # round 71: "said the ministry's figure covered only land registered ...": the
        # other body named as the owner of its count is no tie to it
        return False  # "CONRED said 3,200 ... CONRED spokesman Julio Ramirez said 1,870"
    return rival_in_article(new, old)


def _owners_count_only(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 71: is the old figure's body named before the new figure only as the owner of
    a count ("the ministry's figure", ``_OWNERS_COUNT``)?  :func:`_own_body_speaks` with
    those phrases taken out of the sentence then finds no tie."""
    quote, _text, i = _in_sentence(new)
    if i <= 0:
        return False
    lead = _OWNERS_COUNT.sub(" ", quote[:i])
    return not _own_body_speaks({**new, "quote": lead + quote[i:]}, old)


#: Round 71: a part out of the speaker's own ("17 of its masts", "6,800 of its members"):
#: a body's count of what it has, not a part of another body's group.
_OF_ITS = re.compile(r"^\s+of\s+(?:its|their|our)\b", re.I)


def own_part_explained(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 71: is the new figure a count of the speaker's own ("said 17 of its masts had
    been attacked") whose sentence says what the other body's count left out
    (:func:`explains_gap`: "including several ... which police had not yet recorded")?
    Then the partitive is the body counting its own, set against the other count on
    purpose: :func:`decide` does not take it for a part of the other side's group."""
    quote, text, i = _in_sentence(new)
    return i >= 0 and bool(_OF_ITS.match(quote[i + len(text) :])) and explains_gap(new, old)


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


#: "now" with a perfect tense or a standing verb: "nine people had now been arrested",
#: "the toll now stands at 14". The count has moved on since the other reading; "now"
#: alone is no such cue ("around 11,000 troops are now in Russia").
_NOW_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+now\b|\bnow\s+(?:stands?|stood|totals?|totalled|reached)\b", re.I
)


#: Round 74: a year as a time scope names it ("in 2041", "for 2041", "since 2035").
_YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b")

#: Round 74: a rate, no time scope: "each day", "per week".
_RATE_TIME = re.compile(r"^\s*(?:each|per|every)\s+(?:hour|day|week|month|year)\b", re.I)

#: Round 74: a relative clause of the speaker open right before a point of its sentence
#: ("The residents' association, which has mapped complaints since 2040, said ...").
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\b[^,;]*$", re.I)


def _speakers_time(c: Mapping[str, Any]) -> bool:
    """Round 74: is the time the extractor read for the figure inside a relative clause
    before the figure ("which has collected reports from relatives since 2039, put the
    number at 4,500")?  It dates what the speaker did, not the figure."""
    quote, _text, i = _in_sentence(c)
    at = quote.find(str(c.get("time") or "\0"))
    return 0 <= at < i and bool(_RELATIVE_OPEN.search(quote[:at]))


def time_left_unsaid(new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Round 74: are two figures the article already sets side by side as rival readings
    (:func:`decide`'s quarrel, calm-rival and rival-reading tests) one quantity but for a
    time read on one side only, or one year in two wordings ("for 2041" / "in 2041")?
    Asked when :func:`rivals_comparable` refuses them.  A body answering another's figure
    seldom repeats its period ("cost the city 21 million crowns last month ... the
    opposition said the true cost was 34 million"): the time left unsaid is the other
    side's.  Not a year (it names an occasion, "In 2016 we had 11 patients", or a span of
    years, "since 2035", that the other count need not share) unless the speaker's relative
    clause holds it, nor a rate ("each day"); nor what is left of a state ("all but four
    of the villagers seized in last month's raid"), another quantity than a count."""
    tn, to = new.get("time"), old.get("time")
    if remainder(new) or remainder(old):
        return False
    if tn and to:
        years = set(_YEAR_NAMED.findall(str(tn)))
        if not years or years != set(_YEAR_NAMED.findall(str(to))):
            return False
    elif not (tn or to):
        return False
    else:
        one = new if tn else old
        said = str(one.get("time"))
        if _RATE_TIME.match(said) or (_YEAR_NAMED.search(said) and not _speakers_time(one)):
            return False
    return comparable({**new, "time": None}, {**old, "time": None})


#: Round 74: a figure given as the value of the quantity the article already named, right
#: before it: "said the figure was 18,000", "said the true figure was at least 1,600",
#: "put the number at 71,000", "put the figure far higher, at 1.1 million", "put the
#: number of homes affected at 41,000".
_FIGURE_NAMED = re.compile(
    r"\b(?:the|its|their)\s+(?:(?:real|true|actual|correct)\s+)?(?:figure|number|count"
    r"|total|toll|tally)(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,3})?\s+(?:was|is|were|stood|stands"
    r"|would\s+be|(?:(?:far|much|considerably|well)\s+(?:higher|lower),?\s+)?at)\b"
    r"[^,.;:\"\u201c\u201d]{0,25}$",
    re.I,
)


def figure_named(c: Mapping[str, Any]) -> int | None:
    """Round 74: where, in the figure's sentence, the words that give it as the value of
    the quantity the article already named begin ("said the figure was 18,000", "put the
    number at 71,000", ``_FIGURE_NAMED``); None when it is not so given.  The figure then
    answers the article's quantity by its name: the words around it need not say again
    what is counted, and words of change before that name are another clause's."""
    quote, _text, i = _in_sentence(c)
    if i <= 0:
        return None
    m = _FIGURE_NAMED.search(quote, max(0, i - 120), i)
    return None if m is None else m.start()
