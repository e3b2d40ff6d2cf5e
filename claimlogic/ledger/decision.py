"""Decide (fold one claim into a story-metric entry and say what to alert), its first-
figure tests (second_quantity, _own_earlier), severities and describe.

Part of :mod:`claimlogic.ledger`, split from the old ``ledger.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
import time
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from .disputes import (
    _cue_clause_words,
    _delta_before_cue,
    _fits_multiple,
    _named,
    _off_multiple,
    _rival_sources,
    _same_order,
    _source_words,
    also_another,
    bare_not,
    cue_multiple,
    disagreement,
    disputed_value_named,
    disputes_figure,
    disputing_toll,
    earlier_reading_named,
    further_step,
    moments_of_dispute,
    multiple_of_another,
    other_periods,
    own_revision,
    passes_earlier,
    remainder,
    reversed_out,
    revised_by_other_side,
    sources_differ,
    time_in_cue,
)
from .framing import (
    _FIGURE_NUMBER,
    _WIRE_SLUG,
    _YEAR_NUMBER,
    _years_scope,
    ceiling_figure,
    context_figure,
    framing_figure,
    moves_on,
    of_a_past_year,
    part_named_after_group,
    part_of_group,
    part_of_named_whole,
    partitive,
    reference_level,
    same_incident,
    spoken,
    usual_activity,
    whole_of_part,
    yardstick,
)
from .intervals import (
    _from_json_iv,
    gap,
    interval,
    rel_diff,
    representative,
)
from .kinds import (
    _FINAL,
    bare_sum,
    delta_as_figure,
    fixed_occasion,
    newsworthy,
    other_occasions,
    plain_count,
    recount,
    revised_from_earlier,
    revision,
    sentence_values,
    state_quantity,
    toll_moved,
    weather_reading,
)
from .records import (
    _cross_mentioned,
    matches,
    new_figure_record,
    restates_earlier,
)
from .rivals import (
    _CHANGED_HERE,
    _NOT_A_MOVE,
    _NOW_PERFECT,
    _PREDICATE_STOP,
    OWN_READING_RATIO,
    _ever_taken,
    _moved_from_this,
    _predicate_words,
    _still_there,
    calm_rival,
    first_person_count,
    grown_toll,
    missing_of_aboard,
    own_part_explained,
    own_side_cue,
    own_speaker,
    quarrel_pair,
    rival_in_article,
    rival_reading,
    rival_side,
    side_across,
    time_left_unsaid,
)
from .scope import (
    alertable,
    comparable,
    rivals_comparable,
    running_count,
    span_of_story,
)
from .updates import (
    FALL_RATIO,
    UPDATE_RATIO,
    _background,
    _fell_far,
    _moved_in_own_clause,
    _newest_side,
    _says_it_moved,
    _states_move,
    continued,
    described_alike,
    moved_past_period,
    moved_to_here,
    named_moved_from,
    newer_count_of_body,
    now_moved_on,
    on_record,
    other_moment,
    own_figure_corrected,
    part_moved_on,
    part_still_held,
    place_moved_on,
    plan_revised,
    recalled_reading,
    risen_above,
    rival_wording,
    small_against_large,
    small_count_only,
    span_left_behind,
    span_named_later,
    span_to_date,
    step_moved_on,
    time_aside,
    time_of_step,
    toll_grown_by_body,
)
from .words import (
    _DATE,
    _EVENT_COUNT,
    _TOTAL,
    QUOTE_MAX,
    _around,
    _figure_clause,
    _holds_on,
    _in_sentence,
    own_clause,
)

#: The one key of people out of their homes (:func:`displaced_people`; the brain files it).
DISPLACED_KEY = "people|displaced"


#: Round 43: a figure given as the running total's reading: "55,000 shells had been
#: delivered so far", "stood at 46", "a total of 2,900".
_RUNNING_TOTAL = re.compile(
    r"\b(?:so\s+far|in\s+(?:total|all)|to\s+date|a\s+total\s+of|st(?:ood|ands?)\s+at)\b",
    re.I,
)

#: Round 80: a sum's sentence setting it against an earlier reading it does not give:
#: "its debts were larger than first thought", "higher than the company had declared",
#: "up from its earlier estimate".  Such a figure is the next reading of the story's sum,
#: whoever gives it, not another body's quantity.
_ABOVE_EARLIER = re.compile(
    r"\b(?:more|less|higher|lower|larger|smaller|bigger|greater)\s+than\s+(?:[\w'\u2019-]+\s+)"
    r"{0,6}?(?:(?:had|has|have|was|were)\s+)?(?:first\s+|initially\s+|originally\s+)?"
    r"(?:thought|feared|expected|estimated|declared|reported|admitted)\b"
    r"|\b(?:up|down)\s+from\s+(?:its|their|his|her|the)\s+(?:earlier|first|previous)\b",
    re.I,
)


#: Round 31: two sources' readings of one quantity in different articles stay within an
#: order of magnitude of each other (:func:`decide`); further apart is another quantity.
#: Wider than :data:`RIVAL_RATIO` (within one article): organisers' and police crowd
#: counts across articles run 120,000 against 18,000.
ACROSS_RIVAL_RATIO = 10.0


#: the last part of a measure's key: what is read, not counted
_MEASURE_ENDS = frozenset({"temperature", "ratio", "time"})


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

#: Round 69: words a part's group, or the noun before an aside, cannot be.
_NOT_A_PART_NOUN = _NOT_A_NOUN | _NOT_IN_PART

#: Rounds 68-69: phrases that may stand between a count's noun and its verb, tried in
#: this order -- a place or origin phrase, then a relative clause or an aside -- each as
#: (after the key's own noun, after another noun, words that other noun cannot be).
_BETWEEN_NOUN_AND_VERB = (
    (_POST_PLACE, _OTHER_NOUN_PLACE, _NOT_A_NOUN),
    (_POST_ASIDE, _OTHER_NOUN_ASIDE, _NOT_A_PART_NOUN),
)


#: Round 74: the figure's own clause says its speaker counted again ("now says", "said
#: its own count had grown", "now puts the figure at", "after checking the cases again",
#: "once late bookings were added"): the speaker's count, moved on.
_RECOUNTED = re.compile(
    r"\bnow\b|\bagain\b|\bafter\s+(?:re-?)?(?:check|review|remov|includ|count|measur|analys"
    r"|trac|match|verif|audit|exclud|add)\w*|\bonce\b[^,.;]{0,40}?\b(?:added|counted|included)\b"
    # the reason told after the thing counted: "after duplicate entries ... were removed"
    r"|\bafter\b[^.;]{0,80}?\b(?:were|was|had\s+been)\s+(?:removed|excluded|added|included"
    r"|counted|checked)\b",
    re.I,
)


#: Adverbs :func:`own_speaker` keeps with the speaker ("The ministry also said", "Vigil now
#: says"): no words of its name.
_SPEAKER_ADVERBS = frozenset({"also", "now", "still", "again", "later", "further", "then"})


#: A reporting verb: where the speaker of a sentence that opens with it ends.
_FIRST_REPORT = re.compile(r"\b(?:said|says|told|reported|announced|estimated|stated)\b", re.I)


def _words_of(text: str) -> set[str]:
    """The lower-case words of a text (for finding a speaker's words in a sentence)."""
    return set(re.findall(r"[a-z]+", text.lower()))


def _same_body(
    names: Iterable[frozenset[str]], named: frozenset[str], fig: Mapping[str, Any]
) -> bool:
    """Round 74: is an earlier figure the speaker's own?  ``names``: the speaker's words as
    its sentence and the extractor give them; ``named``: the words of the speaker the
    sentence names before a reporting verb (:func:`own_speaker`).  Its source names the
    same body (:func:`sources_differ`), or -- for a speaker named in an apposition the
    source misses -- its sentence names ``named`` before the figure ("The district health
    officer, Dr Meena Iyer, said most of the 310 people ...") without setting its figure
    against another's (then the speaker is the other side)."""
    fc = fig["claim"]
    speaker = own_speaker(fc)
    for theirs in (_source_words(fc), _source_words({"source": speaker}) - _SPEAKER_ADVERBS):
        if theirs and any(not sources_differ(mine, theirs) for mine in names):
            return True
    quote, _text, i = _in_sentence(fc)
    # the speaker named before the sentence's first reporting verb: "Morhaven Vand" in "River
    # Watch said ... that Morhaven Vand had made 3,400 unreported discharges" is what the
    # other body counted, not who counted
    head = _FIRST_REPORT.split(quote[:i], maxsplit=1)[0] if i > 0 else ""
    return bool(named) and bool(head) and named <= _words_of(head) and not disputes_figure(fc)


def own_count_moved_on(
    claim: Mapping[str, Any],
    sides: Iterable[dict[str, Any]],
    moved_from: float | None,
    event_t: float,
) -> dict[str, Any] | None:
    """Round 74: the side of an earlier article that the claim's own speaker gave, when the
    claim's sentence says the speaker's count moved or was taken again ("The agency now
    says 1,750", "its own count had grown to 1,350 homes", "95, not the 120 it had reported
    on Monday, after checking the cases again"): the newest such side, or None.  A body
    that moves its own count on updates it; the bodies it disagreed with were answered
    when the disagreement was first told (:func:`decide` then updates that side).  A
    body its dispute cue names ("far more than the gallery had admitted") is the other
    side, whatever the extractor read as the claim's source."""
    quote = _in_sentence(claim)[0]
    if not (_states_move(claim, moved_from) or _RECOUNTED.search(quote)):
        return None
    cue = _cue_clause_words(claim)
    named = _source_words({"source": own_speaker(claim)}) - _SPEAKER_ADVERBS - cue
    # the speaker as the sentence names it and as the extractor read it ("The rights group
    # Vigil now", "Vigil"): either may hold a word the other lacks
    names = [w for w in (named, _source_words(claim) - cue) if w]
    own = [
        f
        for f in sides
        if float(f.get("t") or 0.0) < event_t
        # a count ten times apart is another quantity of the speaker's, not its count again
        and _same_order(claim.get("value"), f["claim"].get("value"), ACROSS_RIVAL_RATIO)
        and not (_source_words(f["claim"]) & cue)
        and _same_body(names, named, f)
    ]
    return max(own, key=lambda f: float(f.get("t") or 0.0), default=None)


#: Round 75: a body that rules on a quantity in dispute (a court, judge, jury, tribunal,
#: arbitrator or regulator) and the verb of its ruling ("the court found", "the jury
#: awarded", "the regulator fined", "the appeal court cut the award").
_RULING_BODY = re.compile(
    r"\b(?:courts?|judges?|jury|juries|tribunals?|regulators?|magistrates?|arbitrat\w*)\b",
    re.I,
)
_RULING_VERB = re.compile(
    r"\b(?:found|finds|award(?:ed|s)?|order(?:ed|s)?|fined|sentenced|ruled|rules|upheld"
    r"|upholds|cut(?!\s+(?:off|out))|reduced|settled|imposed)\b",
    re.I,
)
#: Round 75: a party's figure put before a ruling: a charge, a claim, a demand, a proposal
#: ("alleging that the state lost 126 million", "sought 40 million in damages", "the 126
#: million alleged by prosecutors").  A count a party admitted or reported is not one.
_DEMANDED = re.compile(
    r"\b(?:alleg\w*|sought|seek(?:s|ing)?|demand(?:ed|s|ing)?|claim(?:ed|ing|s)?"
    r"|ask(?:ed|s|ing)?\s+for|propos(?:ed|es|ing|al)|recommend(?:ed|s|ing)?)\b",
    re.I,
)


def _is_ruling(c: Mapping[str, Any]) -> bool:
    """Round 75: is a figure a ruling's?  Its sentence names a ruling body and a ruling
    verb, and no demand stands before the figure ("the regulator proposed a fine of 60
    million" is a proposal, not the ruling)."""
    quote, _text, i = _in_sentence(c)
    head = quote[:i] if i >= 0 else quote
    ruled = bool(_RULING_BODY.search(quote) and _RULING_VERB.search(quote))
    return ruled and not _DEMANDED.search(head)


def _named_as_demand(tail: str, value: str) -> bool:
    """Round 75: does the ruling's sentence, after its own figure, name ``value`` as a
    party's charge, claim or demand in the same phrase ("less than the 126 million alleged
    by prosecutors")?  A demand of the ruling body later in the sentence ("..., and
    demanded that the company explain the difference") is not the side's."""
    i = tail.find(value) if value else -1
    if i < 0:
        return False
    phrase = re.split(r"[,;.]", tail[i + len(value) :], maxsplit=1)[0]
    return bool(_DEMANDED.search(phrase))


def ruling_on_demand(
    claim: Mapping[str, Any], sides: Iterable[dict[str, Any]], event_t: float
) -> dict[str, Any] | None:
    """Round 75: the side of an earlier article that a ruling decides, when the claim is a
    ruling's figure (:func:`_is_ruling`) and the side is a party's charge, claim, demand
    or proposal: its own sentence says so (``_DEMANDED``) and it is no ruling itself, or
    the ruling's sentence names its figure with such a word after the claim's ("88
    million, less than the 126 million alleged by prosecutors").  The newest such side,
    or None.  A ruling on the quantity in dispute moves it on: the court does not dispute
    the prosecution's figure, it decides on it (an award cut on appeal, a final fine after
    a proposed one, a settlement between two claims)."""
    if not _is_ruling(claim):
        return None
    quote, text, i = _in_sentence(claim)
    tail = quote[i + len(text) :] if i >= 0 else ""
    picked = []
    for f in sides:
        if float(f.get("t") or 0.0) >= event_t or _is_ruling(f["claim"]):
            continue
        own = _DEMANDED.search(_in_sentence(f["claim"])[0])
        if own or _named_as_demand(tail, str(f["claim"].get("text") or "")):
            picked.append(f)
    return max(picked, key=lambda f: float(f.get("t") or 0.0), default=None)


def _part_own(c: Mapping[str, Any]) -> re.Match[str] | None:
    """Round 69: the group words of a part with a predicate of its own
    (:data:`_PART_OWN`), right after the figure; ``None`` when it is no such part."""
    quote, text, i = _in_sentence(c)
    m = _PART_OWN.match(quote[i + len(text) :]) if i >= 0 else None
    if m and set(m.group(1).split()) & _NOT_A_PART_NOUN:
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
    # off"); round 69: a relative clause or an aside there ("150 doctors who had worked
    # abroad had returned", "21 people, including children, had been near the shed"): the
    # predicate is the main verb's clause, the phrase left out
    for post_noun, other_noun, not_noun in _BETWEEN_NOUN_AND_VERB:
        post = (post_noun.match(after) if m else None) or other_noun.match(rest)
        if post and not (set(post.group(1).split()) & not_noun):
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
    if _held_on(claim):
        return False
    return not (_moves_or_answers(claim) or (partitive(claim) and not _part_own(claim)))


def _held_on(claim: Mapping[str, Any]) -> bool:
    """Rounds 66 and 83: does the claim's figure hold on or stand alone as a speaker's
    rival reading (:data:`_STILL_OR_ONLY` near it or in its clause: "still", "now",
    "remained", "only 60 divers")?  Then it is the key's quantity again, not another."""
    return bool(
        _STILL_OR_ONLY.search(_around(claim, 40, 0)) or _STILL_OR_ONLY.search(_figure_clause(claim))
    )


def _moves_or_answers(claim: Mapping[str, Any]) -> bool:
    """Rounds 66 and 83: does the claim's sentence say its figure moved, or set it against
    another (a rival's wording, a dispute, a revision, passing an earlier figure)?  Then
    it is a reading of the key's quantity, never a second quantity of the noun."""
    return bool(
        claim.get("change") in ("up", "down")
        or rival_wording(claim)
        or disputes_figure(claim)
        or revision(claim)
        or passes_earlier(claim)
    )


#: Round 83: how far (a ratio) below every figure its key holds a named body's count lies
#: when it is a smaller quantity of its own (:func:`named_share`).
_SHARE_RATIO = 1.5
#: Round 83: the least count :func:`named_share` takes for a quantity of its own.
_SHARE_MIN = 10.0


def named_share(
    claim: Mapping[str, Any],
    figures: Collection[Mapping[str, Any]],
) -> bool:
    """Round 83 (a83): under a key already alerted on, is the claim a smaller quantity of
    its own that a named body reports: a count the claim's sentence gives by its speaker
    (:func:`_source_words`: "Brightsky said it had also flown home 95 customers", "the
    council said it had made emergency cash payments to 2,600 households") lying at least
    :data:`_SHARE_RATIO` below every figure of the key told in another sentence ("610 of
    its own customers", "8,400 households")?  No rule of the ledger found the figure a
    next reading (a running count does not fall), a restatement (no figure of the key
    near it) or the other side's rival reading (that lies close to the figure it
    answers), so it is what the counted things did or had done to them, a part or a
    subset acted on: a first figure of its own.  Not a figure told with no speaker (a
    town's size, a reading from the body of the report: as often scenery), nor a figure
    its sentence ends on ("said the figure was 260."), nor a count
    under :data:`_SHARE_MIN` (a toll's part told as its detail: "two of the dead were
    children"), nor one that holds on (:data:`_STILL_OR_ONLY`: "still", "now",
    "remained"), nor one whose sentence says it moved, disputes, revises or passes a
    figure."""
    v = claim.get("value")
    if v is None or float(v) < _SHARE_MIN or not _source_words(claim):
        # a few ("two of the dead were children", "four porters") are a toll's part told
        # as its detail, or scenery, as often as news
        return False
    if _held_on(claim):
        # "140 residents were still living in hotels", "12 fishermen are now confirmed
        # dead": a count held on is the next reading of the key, not a quantity of its own
        return False
    quote, text, at = _in_sentence(claim)
    if at < 0 or not re.search(r"[A-Za-z]", quote[at + len(text) :]):
        # "Officials said 340.", "said the figure was 260.": a bare figure names nothing
        # it counts or what befell it, as often a restated reading or a rival's
        return False
    quote = str(claim.get("quote") or "")
    others = [
        float(f["claim"]["value"])
        for f in figures
        if f["claim"].get("value") is not None and str(f["claim"].get("quote") or "") != quote
    ]
    if not others or any(w < _SHARE_RATIO * float(v) for w in others):
        return False
    return not _moves_or_answers(claim)


#: Round 84: how a second count is joined to the first of its sentence: "and", "and
#: that", or "and" with the verb it is the object of ("and banned 47 of them").
_AND_JOIN = re.compile(
    r"(?:,\s*|\s)and\s+(?:that\s+)?(?:[a-z]+ed\s+)?"
    r"(?:(?:about|some|around|nearly|almost|more\s+than|at\s+least|over|another)\s+)?$"
)

#: Round 84: words between the two counts that make the second the other side, a move or
#: a bound of the first ("the union said 3,000", "up from", "between 40 and 60", "but").
_NOT_A_SECOND = re.compile(
    r"[;:()\"]|\b(?:said|says|say|told|according|put|puts|estimat\w*|counted|counts|but|while"
    r"|whereas|between|than|against|compared|versus|rose|fell|risen|fallen)\b"
    r"|\b(?:up|down)\s+from\b|\bfrom\s+(?:the\s+|a\s+|about\s+)?\d",
    re.I,
)

#: Round 84: a second count's own predicate right after it: up to three words of its noun
#: ("cases of chikungunya") or a part ("of them", "of the patients"), then its auxiliary.
_SECOND_PREDICATE = re.compile(
    r"\s+(?:of\s+(?:them|the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+|(?:[a-z][a-z'-]*\s+){0,3}?)"
    r"(?:had|has|have|were|was|are|is)\b(?!\s+(?:not|no)\b)",
    re.I,
)


def second_in_sentence(
    claim: Mapping[str, Any],
    figures: Collection[Mapping[str, Any]],
    aid: str,
) -> bool:
    """Round 84 (a84): under a key already alerted on, is the claim the second count of
    one sentence that gives the key's first figure and then, joined by "and", another
    count of the same things with a predicate of its own ("The health service said 860
    children had been given blood tests, and 58 had raised blood-lead levels", "140
    flights had departed without luggage, and that 37 flights had been cancelled",
    "found 118 tractors with no roll bar and banned 47 of them")?  The sentence tells
    two quantities, each news: the first raised the key's alert, the second is a first
    figure of its own.  Not when the words between the two counts make it the other
    side, a move or a bound of the first (:data:`_NOT_A_SECOND`: a speaker, "up from",
    "between 40 and 60", "but"), nor a count under :data:`_SHARE_MIN`, nor one whose
    sentence counts again (:data:`_RECOUNTED`: "4,100 children have now been tested,
    and 262 of them have raised levels" carries both running counts on), nor one that
    holds on, moves or answers a figure."""
    v = claim.get("value")
    if v is None or float(v) < _SHARE_MIN:
        # "Nine warders were injured, three of them seriously": a few are the first
        # count's detail
        return False
    quote, text, at = _in_sentence(claim)
    if at < 0 or _RECOUNTED.search(quote):
        return False
    firsts = [
        f
        for f in figures
        if f["article"]["id"] == aid and str(f["claim"].get("quote") or "") == quote
    ]
    for fig in firsts:
        ftext = str(fig["claim"].get("text") or "")
        j = quote.find(ftext) if ftext else -1
        if j < 0 or j + len(ftext) > at:
            continue
        between = quote[j + len(ftext) : at]
        join = _AND_JOIN.search(between)
        if (
            not join
            or _NOT_A_SECOND.search(between)
            # "between 40 and 60 people": one bound, then the other; a second count
            # follows words of the first count's own ("children had been tested, and")
            or not between[: join.start()].strip()
            # "fallen to 120 as tenants of the blocks at numbers 20 and 24": another
            # number stands between, the count is no second one of the first's
            or re.search(r"\d", between)
            or re.search(r"\bbetween\s+$", quote[:j], re.I)
        ):
            continue
        # a verb right before the count ("and banned 47 of them") is its predicate;
        # otherwise its own auxiliary must follow ("and 58 had raised levels")
        if join.group().strip().split()[-1].endswith("ed") or _SECOND_PREDICATE.match(
            quote[at + len(text) :]
        ):
            break
    else:
        return False
    return not (_held_on(claim) or _moves_or_answers(claim))


def headline_over_past_years(
    claim: Mapping[str, Any],
    figures: Collection[Mapping[str, Any]],
    title: str | None,
) -> bool:
    """Round 86 (a86): under a key whose every figure so far is of a past year (the
    ledger marks a key opened by any figure it may alert on, and a past year's figure --
    "In 2043 the department revoked nine certificates", "Vashtar issued 376 permits in
    the spring of 2045" -- is one, though no alert goes out on it), is the claim the
    figure the article's headline names ("Khetar review widens: 23 certificates
    revoked", "Cyclone Iravel kills six")?  A past year's figure is the comparison a
    report sets beside the story, never a reading of the story's own quantity, so the
    key holds none yet; and the figure a headline gives is the day's news.  It is the
    key's first figure.  Not one that holds on (:func:`_held_on`: "150,000 still without
    power" is the next reading of a quantity the story filed under another key), nor a
    headline number that is another figure of the claim's text (only the claim's first
    numeral or number word is looked for, as :func:`in_lede` does)."""
    if not title or not figures:
        return False
    if not all(of_a_past_year(f["claim"], float(f.get("t") or 0.0)) for f in figures):
        return False
    head = {
        m.group(0).lower().rstrip(".,") for m in _FIGURE_NUMBER.finditer(_WIRE_SLUG.sub("", title))
    }
    nums = [
        m.group(0).lower().rstrip(".,")
        for m in _FIGURE_NUMBER.finditer(str(claim.get("text") or ""))
    ]
    if not nums or nums[0] not in head:
        return False
    return not _held_on(claim)


#: Round 86 (k86): a number before the figure in its sentence, as a digit or a word.  Not
#: ``words._NUMBERISH`` (no teens or tens, but "millions"), ``scope._NUMBER`` (any
#: "-teen", "twenty-one", no hundreds) nor ``updates._NOW_OF_ANOTHER`` (any "-teen",
#: "million", no "dozens"): other word sets, so other matches; kept apart.
_NUMBER_BEFORE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen"  # no "canteen", "Halloween"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?)\b",
    re.I,
)

#: Round 86 (k86): a dateline that opens an article's first sentence, up to its dash
#: ("KESH VORUN - ", "SAFRAN, Ardhara, June 17 (Meridian Wire) - "); a dateline only in
#: the shape :func:`_dateline_end` reads.
_DATELINE_DASH = re.compile(r"^[^.;:]{0,120}?\s(?:-{1,2}|\u2013|\u2014)\s")


def _dateline_end(head: str) -> int:
    """Round 86 (k86, review fix): where the dateline that opens ``head`` ends, else 0.  The
    words up to the first dash are a dateline when its place, before the first comma or
    bracket, is in capitals ("KESH VORUN -", "GENEVA/VOSTREL, Feb 14 (MNA) -", "SÃO BENTO DO
    TAPIRANA, Veridia, June 3 (...) -"), is empty ("(Wire Two) -"), or a date stands right
    before the dash and its bracket ("Kestmoor Radio, April 13 -", "Aug 24 (ESA) -").  Not
    a parenthetical dash of the sentence ("Police said 12 people \u2013 among them 3
    children \u2013 ...": the 3 is no opening figure)."""
    m = _DATELINE_DASH.match(head)
    if m is None:
        return 0
    place = re.split(r"[,(]", m.group(0), maxsplit=1)[0].strip()
    last = re.sub(r"\([^)]*\)", "", m.group(0).rpartition(",")[2]).strip(" -\u2013\u2014")
    if not place or place.isupper() or _DATE.fullmatch(last):
        return m.end()
    return 0


#: Round 86 (k86): how far above a body's last reading its next one, led with by a later
#: report, may lie and still be that reading moved on.
OWN_LEDE_RATIO = 3.0


#: Round 86 (k86): time words that set a count in one calendar year ("in 2038", "during
#: 2040"), not a span running to the day ("since 2038").
_IN_YEAR = re.compile(
    r"\b(?:in|during|throughout|for)\s+(?:all\s+of\s+)?" + _YEAR_NUMBER + r"\b", re.I
)


def _in_a_past_year(fig: Mapping[str, Any]) -> bool:
    """Round 86 (k86): do the time words the extractor read for a ledger figure set it in a
    year before its own report's ("Tenants filed 210 complaints about mould in the towers
    in 2038" in a 2041 report)?  Such a count is that year's, no reading a later count
    moves on (:func:`of_a_past_year` reads a year only right after the figure)."""
    m = _IN_YEAR.search(str(fig["claim"].get("time") or ""))
    t = float(fig.get("t") or 0.0)
    return m is not None and t > 0 and int(m.group(1)) < time.gmtime(t).tm_year


def own_reading_in_lede(
    claim: Mapping[str, Any],
    figures: Collection[dict[str, Any]],
    aid: str,
    event_t: float,
    tolerance: float,
) -> dict[str, Any] | None:
    """Round 86 (k86): the earlier figure a later report's opening figure moves on, when the
    ledger compared none.  The figure is the first number of the article's first sentence
    (after its dateline), said by a named body; that body gave the key's newest figure of
    another, earlier article (not of a past year), and the claim lies above it by more than
    the tolerance and within :data:`OWN_LEDE_RATIO`, with no figure of the key at its value
    ("MALINDE - Mines ... killed or injured 139 civilians in Nkalo province in 2044, the
    National Mine Action Authority said on Tuesday" after the authority's 74 "since
    January").  A follow-up report that leads with a body's higher count of the quantity it
    counted before gives that count's next reading; the time or place words the extractor
    read around each ("so far this year" / "since the start of the year") are how each
    report dated one count, not two quantities.  Returns that earlier figure, else None."""
    start = claim.get("start")
    quote, _text, i = _in_sentence(claim)
    if not isinstance(start, int) or i < 0 or start - i > 0:
        return None  # not the article's first sentence
    head = quote[:i]
    if _NUMBER_BEFORE.search(head[_dateline_end(head) :]):
        return None  # a figure after another of its sentence ("nine ... and 61 cars")
    own = _source_words(claim)
    value = claim.get("value")
    if not own or not isinstance(value, (int, float)):
        return None
    if any(
        rel_diff(float(value), float(f["claim"].get("value") or 0)) <= tolerance for f in figures
    ):
        return None  # its value is on record
    mine = [
        f
        for f in figures
        if f["article"]["id"] != aid
        and float(f.get("t") or 0.0) < event_t
        and _source_words(f["claim"])
        and not sources_differ(own, _source_words(f["claim"]))
        and not of_a_past_year(f["claim"], float(f.get("t") or 0.0))
        and not _in_a_past_year(f)
    ]
    if not mine:
        return None
    newest = max(mine, key=lambda f: float(f.get("t") or 0.0))
    old = float(newest["claim"].get("value") or 0.0)
    if not (value > old * (1 + tolerance) and _same_order(value, old, OWN_LEDE_RATIO)):
        return None
    return newest


#: Round 80: how far (a ratio) a side's restated count may lie from its earlier one.
_RESTATED_RATIO = 2.0

#: Round 82: words by which a side renews its dispute rather than restating its count:
#: its figure called the true one ("said the true number was", "the real toll"), the other
#: side accused of a miscount ("accused the ministry of leaving out", "undercounting").
_DISPUTE_RENEWED = re.compile(
    r"\b(?:true|real|actual|correct)\s+(?:number|figure|count|total|toll|tally)\b"
    r"|\baccus(?:ed|es|ing)\b|\bunder-?count(?:ed|ing|s)?\b|\bleaving\s+out\b"
    r"|\bleft\s+out\b",
    re.I,
)


def dispute_on_record(
    claim: Mapping[str, Any],
    fc: Mapping[str, Any],
    figures: Iterable[Mapping[str, Any]],
    aid: str,
    tolerance: float,
) -> bool:
    """Round 80: are this article's two sides -- the claim's body and the body of ``fc``,
    a figure of this article -- already on record against each other from an earlier
    article, on the same sides?  An earlier figure of the claim's body and one of the
    other body, apart by more than ``tolerance``, the claim's body's the higher (lower)
    there as here.  Then the disagreement was raised when it began; the article
    restates both sides' counts ("The ministry now says 2,400 ...; the union says 3,100")
    and the pair is no new contradiction.  Each side's new count lies within twice its
    earlier one (a side further off is a new reading).  Round 82 (x82, re-applying d80's
    rule): not when the claim's sentence renews the dispute in its own words
    (:data:`_DISPUTE_RENEWED`: "said the true number was", "accused the ministry of
    leaving out"): writers raise that pair again."""
    mine = _source_words(claim)
    theirs = _source_words(fc)
    if not mine or not theirs or not sources_differ(mine, theirs):
        return False
    if _DISPUTE_RENEWED.search(str(claim.get("quote") or "")):
        # round 82: "said the true number of deaths was 68, and accused the ministry of
        # leaving out ...": the side renews the dispute in its own words, a contradiction
        # writers raise again
        return False
    v = float(claim.get("value") or 0.0)
    w = float(fc.get("value") or 0.0)
    if v == w:
        return False
    own: list[float] = []
    other: list[float] = []
    for fig in figures:
        if fig["article"]["id"] == aid:
            continue
        words = _source_words(fig["claim"])
        if not words:
            continue
        val = float(fig["claim"].get("value") or 0.0)
        if not sources_differ(mine, words) and sources_differ(theirs, words):
            own.append(val)
        elif not sources_differ(theirs, words) and sources_differ(mine, words):
            other.append(val)
    return any(
        rel_diff(a, b) > tolerance
        and (a > b) == (v > w)
        # each side's count moved on within twice its earlier one: a side's figure
        # further off is a new reading that may newly contradict the other's
        and _same_order(a, v, _RESTATED_RATIO)
        and _same_order(b, w, _RESTATED_RATIO)
        for a in own
        for b in other
    )


def _update_of(
    label: str,
    earlier: dict[str, Any],
    claim: Mapping[str, Any],
    new_iv: tuple[float, float],
    outlet: str,
) -> tuple[str, str, list[dict[str, Any]], str, dict[str, Any]]:
    """The ``update`` decision that moves ``earlier`` (a ledger figure) on to ``claim``:
    its severity by how far the two figures' representative values lie apart, and the
    reason line an analyst reads."""
    d = rel_diff(representative(new_iv), representative(_from_json_iv(earlier["iv"])))
    reason = (
        f"{label} updated from {describe(earlier['claim'])} "
        f"({_outlet(earlier)}) to {describe(claim)} ({outlet})."
    )
    return ("update", severity_update(d), [earlier], reason, {"change": round(d, 4)})


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
    shares: bool = True,
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
    ``shares``: an alert went out on the key (the brain knows; round 83): a named body's
    count far below all the key holds is then a quantity of its own (:func:`named_share`).
    Under a key only background was filed under it is not (round 74: such a key's first
    figures are the next reading of a quantity held elsewhere as often as news).
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
    # round 81: a revision word of the other side's figure ("higher than the statistics
    # office's revised figure") or the speaker's first reading ("in its first count of the
    # damage") leaves the figure that side's reading, still a dispute
    dispute = (
        disputes_figure(claim)
        and (not revision(claim) or revised_by_other_side(claim))
        and not passing
    )
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
                # Round 71: not a body's count of its own that says what the other count
                # left out ("17 of its masts ..., which police had not yet recorded").
                and (not part or own_part_explained(claim, fc))
                and not own_moved_on
                and not own_other_here
                and (rivals_comparable(claim, fc) or time_left_unsaid(claim, fc))
                and gap(new_iv, _from_json_iv(fig["iv"])) > tolerance
            ):
                if dispute_on_record(claim, fc, figures, aid, tolerance):
                    # Round 80 (d80), kept in round 82 (x82): both sides restated after
                    # their dispute was raised: each side's count moved on, no new
                    # contradiction
                    continue
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
            if moved and comparable({**claim, "place": None}, {**fc, "place": None}):
                # kept apart by its place only: still an earlier figure a moved toll must
                # pass (round 69: also when the pair is compared as a move just below)
                elsewhere.append(fig)
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
                or plan_revised(claim, fc)  # round 74
                or span_to_date(claim, fc)  # round 74
                or time_of_step(claim, fc)  # round 74
            ):  # round 67
                moved_in.append(fig)  # round 51: compared, but only ever as an update
            else:
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
            if not (states_move and event_t > float(fig.get("t") or 0.0)):
                continue  # "Wednesday's strike cost 8,900 vehicles" vs "lost since Wednesday"
            # round 71: a later figure whose sentence states it moved ("The death toll from
            # Monday's shelling of the market has risen to 31" after "Shells struck the
            # market on Monday, killing 23"): the occasion each sentence names is how it
            # dates one event, not two occasions; compared, but only ever as an update
            moved_in.append(fig)
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
            # round 71: the same body's later, higher toll ("Police said 26 people had been
            # wounded" after the police's 19): counted on, not another incident's
            or toll_grown_by_body(claim, fig, event_t)
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
            # round 80: a sum set against the earlier reading, "larger than first thought"
            or (
                "money" in metric.split("|")[1:]
                and _ABOVE_EARLIER.search(str(claim.get("quote") or ""))
            )
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
        # The speaker's own earlier figure among the sides moved on, an update of that
        # figure, no new side of the disagreement.  Round 49: "the committee said a second
        # check ... showed 1,250 ballots had been rejected, not the figure announced on
        # Sunday" after the committee's own 900 (the extractor's source may be wrong; the
        # speaker is read from the sentence).  Round 74: its count taken again ("Vigil now
        # says 1,750 people have been detained" after Vigil's 1,300 and the ministry's
        # 610).  Round 75: "the court had found that the state lost 88 million crowns, less
        # than the 126 million alleged by prosecutors": a ruling on a party's charge, claim
        # or demand moves that figure on; the court decides the dispute, it is no side of it
        side_figures = [f for _, f in contra]
        moved_on = (
            own_figure_corrected(claim, side_figures)
            or own_count_moved_on(claim, side_figures, moved_from, event_t)
            or ruling_on_demand(claim, side_figures, event_t)
        )
        if moved_on is not None:
            contra, upd = [], [(gap(new_iv, _from_json_iv(moved_on["iv"])), moved_on)]
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
        decisions.append(_update_of(label, newest_upd, claim, new_iv, outlet))
    elif (
        # another sum under a key already alerted on is a first figure of its own
        (
            not entry.get("new_alerted")
            or another_sum
            or second_quantity(claim, figures, metric, quarrelling=quarrelling)
            # round 83: a named body's count well below all the key holds, a quantity of
            # its own ("said it had also flown home 95 customers" after 610 moved)
            or (shares and named_share(claim, figures))
            # round 84: the second count of the sentence that gave the key's first
            # figure ("860 children had been tested, and 58 had raised levels")
            or second_in_sentence(claim, figures, aid)
            # round 86: the headline's figure under a key only past years' figures opened
            # ("Khetar review widens: 23 certificates revoked" after "In 2043 the
            # department revoked nine certificates")
            or headline_over_past_years(claim, figures, article.get("title"))
        )
        and (alertable(claim) or delta_as_figure(claim, metric))
        and newsworthy(
            claim,
            metric,
            # round 70: a part of a whole its sentence names ("1,350 of the company's
            # staff") names what it counts -- in a story's first article with no quarrel
            # or dispute; later on, or between sides, it is as often the next reading or
            # a rival's of a figure the story holds under another key
            names_things=not (continuing or quarrelling or dispute) and part_of_named_whole(claim),
        )
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
        elif in_lede and not framing_figure(claim, metric) and not ceiling_figure(claim):
            # round 71: nor a ceiling ("no more than 30,000", "at most 300", "fewer than 20")
            opening = "Another sum" if another_sum else "First figure"
            reason = f"{opening} for {label}: {describe(claim)} ({outlet})."
            decisions.append(("new_figure", "low", [], reason, {}))
    if (
        not decisions
        and entry.get("new_alerted")
        and continuing
        and alertable(claim)
        and not dispute
        and moved_from is None
        and not yardstick(claim)
        and not context_figure(claim)
        and not of_a_past_year(claim, event_t)
        # round 40: how many moved back out of a state is another quantity than how many
        # were in it, as on the update path above
        and not reversed_out(claim)
    ):
        # Round 86 (k86): a later report that leads with a named body's higher count of a
        # quantity the story holds from that body gives that count's next reading, though
        # the ledger compared no earlier figure (the time or place words read around each
        # differ): an update of the body's newest figure (:func:`own_reading_in_lede`)
        own_last = own_reading_in_lede(claim, figures, aid, event_t, tolerance)
        if (
            own_last is not None
            and not _background(own_last)
            # tolls of two articles naming different places or people: two incidents (the
            # same guard as the ledger's comparison above)
            and not (
                event_count
                and not disputed_toll
                and not same_incident(article_entities, own_last.get("ef") or "")
            )
        ):
            decisions.append(_update_of(label, own_last, claim, new_iv, outlet))
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
