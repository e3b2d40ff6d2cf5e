"""Story key joins: the story's own key for a figure filed under another name
(_story_alias: toll, role, nationality, head noun, core noun, ill count, area;
_story_kin, _story_remainder, _story_running, named and compared sums, _story_verb,
_story_head_near, _story_head_nearest, in hospital, expected figures) and the key-noun
helpers they share (_head, _singular, _subject_core, _prop_dims).

Part of :mod:`claimlogic.brain`, split from the old ``brain.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimlogic import ledger
from claimlogic.extract.lexicon import DEMONYMS, RIVAL_NOUN_CLASSES
from claimlogic.ledger.words import _COUNT_MOVE_STEMS, _COUNT_NOUNS

from .state import (
    T_LEDGER,
    _ledger_entry,
    _newest,
    _Scene,
)

_TOLLS = ("killed", "injured", "missing")
#: One event quantity for people out of their homes (see ledger.displaced_people).
DISPLACED = "people|displaced"


def _toll_adjective(c: Mapping[str, Any]) -> bool:
    """Is the claim's figure followed by a toll adjective ("6,450 dead animals")?"""
    text = str(c.get("text") or "")
    pat = re.escape(text) + r"\s+(?:dead|injured|wounded|missing)\s"
    return bool(text) and re.search(pat, str(c.get("quote") or "")) is not None


def _subject_head(metric: str) -> str:
    """The last word of a key's subject: "sheep" for "merino sheep|killed"."""
    words = metric.partition("|")[0].split()
    return words[-1] if words else ""


def _story_toll(story_metrics: list[str], c: Mapping[str, Any], metric: str) -> str | None:
    """The story's own toll metric for a toll that names nobody ("the death toll rose to
    17", "the number of injured stood at 52"), when the story has exactly one such metric
    ("14 miners were killed" opened ``miners|killed``); else None (keep the claim's key)."""
    subject, _, prop = metric.partition("|")
    if subject == "animals" and prop in _TOLLS and _toll_adjective(c):
        # Round 24: "6,450 dead animals" (once filed "people|killed") names no kind of
        # its own: the story's one toll of an animal noun ("sheep|killed").
        same = [
            m
            for m in story_metrics
            if m.endswith("|" + prop) and RIVAL_NOUN_CLASSES.get(_subject_head(m)) == "animals"
        ]
        return same[0] if len(same) == 1 and same[0].count("|") == 1 else None
    if subject != "people" or prop not in _TOLLS or metric in story_metrics:
        return None
    if (c.get("unit") or "dead") not in ("dead", "wounded", "missing"):
        return None  # "17 people were killed": a noun of its own
    same = [m for m in story_metrics if m.endswith("|" + prop) and "?" not in m]
    return same[0] if len(same) == 1 and same[0].count("|") == 1 else None


#: Event roles of people a story keeps one running figure of, whatever noun a report uses.
_ROLES = frozenset({"killed", "injured", "missing", "hospitalized", "rescued", "arrested"})
#: Nouns that name people in a role without naming a group of their own.
_GENERIC_PEOPLE = frozenset(
    {"people", "persons", "others", "victims", "patients", "individuals", "residents"}
    | {"survivors", "passengers", "casualties"}
)


def _story_role(story_metrics: list[str], metric: str) -> str | None:
    """The story's one key for a people role (killed, injured, missing, hospitalized,
    rescued, arrested) when a figure for that role names no group of its own: the counted
    noun is generic ("23 people were injured", "victims", "patients") or not a noun at all
    ("seven [construction] killed", "eight|killed", "confirmed|killed").  "People injured"
    joins the story's only "workers|injured"; never when the story keeps two groups for
    that role ("children|killed" and "adults|killed"), never for a named group ("sheriff
    deputies|injured" keeps its key)."""
    if metric in story_metrics or "?" in metric or metric.count("|") != 1:
        return None
    subject, _, prop = metric.partition("|")
    if prop not in _ROLES:
        return None
    head = subject.rsplit(" ", 1)[-1]
    if head not in _GENERIC_PEOPLE and ledger.plural_noun(head):
        return None  # a group of its own: "workers", "children", "sheriff deputies"
    same = [m for m in story_metrics if m.endswith("|" + prop) and m.count("|") == 1]
    same = [m for m in same if "?" not in m]
    return same[0] if len(same) == 1 else None


def _story_nationality(story_metrics: list[str], metric: str) -> str | None:
    """The story's one key for the same group with or without its nationality: "troops|killed"
    joins the story's only "nigerian troops|killed" and the other way round; None when the
    story has no such key or several ("russian troops" and "north korean troops")."""
    if metric in story_metrics or "?" in metric:
        return None
    subject, _, rest = metric.partition("|")
    same: list[str] = []
    for m in story_metrics:
        s2, _, r2 = m.partition("|")
        if r2 != rest or s2 == subject:
            continue
        long, short = (s2, subject) if len(s2) > len(subject) else (subject, s2)
        qual = long.removesuffix(" " + short)
        if qual != long and qual in DEMONYMS:
            same.append(m)
    return same[0] if len(same) == 1 else None


#: Qualifiers that make a group a different quantity, not another name for it: "23 new
#: cases" is a day's increment of "cases", "other passengers" are not "passengers".
_SUBSET_QUALIFIERS = frozenset(
    {"new", "additional", "more", "further", "other", "daily", "weekly", "fresh", "extra"}
    | {"remaining", "last", "first"}
    # another set of the same things, brought in for the counted ones ("180 replacement
    # buses" beside the 260 that failed inspection)
    | {"replacement", "spare", "substitute", "backup"}
)


def _story_head(story_metrics: list[str], metric: str) -> str | None:
    """The story's one key for the same counted head noun under another qualifier: "voter
    turnout|share|ratio" joins the story's only "turnout|share|ratio", "production
    workers|count" its only "workers|count" (and the other way round).  Never for a
    qualifier that names a subset or increment ("new cases", "other passengers"), and
    never when the story has two such keys."""
    if metric in story_metrics or "?" in metric:
        return None
    same = _same_head_keys(story_metrics, metric)
    return same[0] if len(same) == 1 else None


def _same_head_keys(story_metrics: Iterable[str], metric: str) -> list[str]:
    """The story keys of ``metric``'s head noun, property and dimensions whose subject is
    ``metric``'s with a qualifier left out or added, no subset qualifier ("production
    workers|count" and "workers|count"; not "new cases" and "cases"): the candidates of
    :func:`_story_head` and :func:`_story_head_nearest`."""
    subject, _, rest = metric.partition("|")
    head = subject.rsplit(" ", 1)[-1]
    same: list[str] = []
    for m in story_metrics:
        s2, _, r2 = m.partition("|")
        if r2 != rest or s2 == subject or "?" in s2 or s2.rsplit(" ", 1)[-1] != head:
            continue
        long, short = (s2, subject) if len(s2) > len(subject) else (subject, s2)
        qual = _extra_words(long.split(), short.split())
        if qual and not set(qual) & _SUBSET_QUALIFIERS:
            same.append(m)
    return same


def _names_a_subset(subject: str, other: str) -> bool:
    """Does one of two subjects of one head noun add a qualifier that names a subset or
    another set (``_SUBSET_QUALIFIERS``: "replacement buses" / "buses")?"""
    long, short = (other, subject) if len(other) > len(subject) else (subject, other)
    return bool(set(_extra_words(long.split(), short.split())) & _SUBSET_QUALIFIERS)


def _named_apart(
    subject: str, c: Mapping[str, Any], other: str, other_claim: Mapping[str, Any]
) -> bool:
    """Are two subjects of one head noun two groups named apart: each has a qualifier the
    other lacks, and on both sides one of them is a name -- a demonym or a word its own
    quote capitalises ("140 Ostrian soldiers had surrendered" / "the number of Sarvan
    soldiers taken prisoner had risen to 110": two armies' prisoners, not two readings)?"""
    mine, theirs = set(subject.split()[:-1]), set(other.split()[:-1])
    only_mine, only_theirs = mine - theirs, theirs - mine

    def named(words: set[str], claim: Mapping[str, Any]) -> bool:
        return any(w in DEMONYMS for w in words) or _capitalised(
            words, str(claim.get("quote") or "")
        )

    return (
        bool(only_mine and only_theirs) and named(only_mine, c) and named(only_theirs, other_claim)
    )


def _extra_words(long: list[str], short: list[str]) -> list[str]:
    """The words of ``long`` that are not in ``short`` when ``short`` is ``long`` with
    words left out, in order ("unaccompanied migrant minors" -> "unaccompanied minors":
    ["migrant"]); [] when it is not."""
    extra: list[str] = []
    k = 0
    for w in long:
        if k < len(short) and w == short[k]:
            k += 1
        else:
            extra.append(w)
    return extra if k == len(short) else []


#: Words a report puts before or after a counted noun without changing what is counted:
#: "missing crew|missing" and "crew members|missing" are "crew|missing".
_ROLE_WORDS = frozenset(
    {"missing", "injured", "wounded", "dead", "killed", "hospitalized", "rescued", "arrested"}
    | {"sick", "ill", "infected", "displaced", "evacuated", "stranded"}
)


#: Round 43: plurals that are not the singular with an "s" ("two men" / "one man").
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child"}


def _singular(word: str) -> str:
    """Round 43: a head noun in the singular, so that "One sailor is still missing" and
    "two sailors were missing" name one noun ("sailors" -> "sailor", "men" -> "man",
    "casualties" -> "casualty"); a word that is no plural comes back as it is."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _subject_core(subject: str, *, singular: bool = False) -> str:
    """A counted noun without a leading role word or a trailing "members": "missing crew"
    -> "crew", "crew members" -> "crew", "staff members" -> "staff"; with ``singular``
    (round 43) its head in the singular too: "sailors" -> "sailor", "men" -> "man"."""
    words = subject.split()
    while len(words) > 1 and words[0] in _ROLE_WORDS:
        words = words[1:]
    if len(words) > 1 and words[-1] in ("members", "member"):
        words = words[:-1]
    if singular and words:
        words = [*words[:-1], _singular(words[-1])]
    return " ".join(words)


def _story_core(story_metrics: list[str], metric: str) -> str | None:
    """The story's one key for the same noun written another way: "crew members|missing"
    joins the story's only "missing crew|missing" (see :func:`_subject_core`); None when
    the story has no such key or several.  Round 43: for a thing that happened to the
    counted noun (not a bare count) the noun in the singular and in the plural is one
    noun: "One sailor is still missing" (``sailor|missing``) carries on the story's
    "sailors|missing", "one man is still missing" its "men|missing".  Not for a bare count:
    "one of the volunteers" (``volunteer|count``) is one of them, not their number."""
    if metric in story_metrics or "?" in metric:
        return None
    subject, _, rest = metric.partition("|")
    singular = rest.partition("|")[0] != "count"
    core = _subject_core(subject, singular=singular)
    same = [
        m
        for m in story_metrics
        if "?" not in m
        and m.partition("|")[2] == rest
        and m.partition("|")[0] != subject
        and _subject_core(m.partition("|")[0], singular=singular) == core
    ]
    return same[0] if len(same) == 1 else None


def _story_ill(story_metrics: list[str], metric: str) -> str | None:
    """The story's plain count of a named group for the number of that group taken ill:
    an outbreak story reports "21 crew members" sick in one article, "25 crew members
    were sickened" in the next, and only the second says the role; the first filed a
    plain ``crew members|count``.  Only for a group of its own (not "people"), only
    when the story has no ill count for that group yet."""
    if metric in story_metrics or "?" in metric or metric.count("|") != 1:
        return None
    subject, _, prop = metric.partition("|")
    if prop != "infected" or subject.rsplit(" ", 1)[-1] in _GENERIC_PEOPLE:
        return None
    plain = subject + "|count"
    return plain if plain in story_metrics else None


def _story_area(story_metrics: list[str], metric: str) -> str | None:
    """The story's one area key for another area figure: in an event story an area is the
    area the event covers ("the blaze had burned 1,200 hectares", "the fire has burned
    2,800 hectares", "the wildfire grew to 7,100 hectares"), whatever noun leads it."""
    if metric in story_metrics or "?" in metric or not metric.endswith("|area"):
        return None
    same = [m for m in story_metrics if m.endswith("|area") and "?" not in m]
    return same[0] if len(same) == 1 else None


def _story_alias(story_metrics: list[str], c: Mapping[str, Any], metric: str) -> str | None:
    """The story's own key for a claim filed under another name (the toll, role,
    nationality, head-noun, core-noun, ill-count and area rules above, first match wins);
    None: the claim keeps its key."""
    return (
        _story_toll(story_metrics, c, metric)
        or _story_role(story_metrics, metric)
        or _story_nationality(story_metrics, metric)
        or _story_head(story_metrics, metric)
        or _story_core(story_metrics, metric)
        or _story_ill(story_metrics, metric)
        or _story_area(story_metrics, metric)
    )


#: Event properties a story keeps one running figure of, whatever noun a report puts on it:
#: "maize|destroyed" and "crops|destroyed", "patients|hospitalized" and "children|
#: hospitalized" in one outbreak story (see :func:`_story_kin`).  Not "count": a bare count
#: says nothing about which quantity it is.
_KIN_PROPS = _ROLES | {"infected", "evacuated", "displaced", "stranded", "destroyed", "damaged"}


def _story_kin(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """The story's one key of the same event property for a figure filed under a noun of
    its own, when the figure carries on that key's value: an earlier article of the story
    gave "64 people injured", this one "87 children injured" with no other injured figure
    -- one quantity, two nouns.  Only when the story has exactly one key of that property
    and dimensions, that key holds figures from other articles only, this article files
    nothing under it itself (then the two nouns are two groups: "12 workers and three
    firefighters killed"), and the value lies within ``kin_min_ratio`` .. ``kin_max_ratio``
    of the key's latest figure (a brigade of 1,500 is no successor to 12,000 troops)."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    prop, dims = _prop_dims(metric)
    if prop not in _KIN_PROPS or c.get("value") is None:
        return None
    same = [m for m in scene.story_metrics if "?" not in m and _prop_dims(m) == (prop, dims)]
    if len(same) != 1 or same[0] in scene.own_metrics:
        return None
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, same[0])
    figs = (entry or {}).get("figures", ())
    if not figs or any(f["article"]["id"] == scene.aid for f in figs):
        return None
    last = _newest(figs)
    lv = last["claim"].get("value")
    if lv is None or float(lv) <= 0 or not ledger.units_compatible(c, last["claim"]):
        return None
    ratio = abs(float(c["value"])) / float(lv)
    return same[0] if scene.config.kin_min_ratio <= ratio <= scene.config.kin_max_ratio else None


#: Round 71: words after a figure that read it as those still missing ("Two men are still
#: missing", "three remain unaccounted for"): what is left of the story's missing count.
_STILL_MISSING = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:(?:are|were|is|was)\s+still|remain(?:s|ed)?|still)\s+"
    r"(?:missing|unaccounted)",
    re.I,
)


def _story_remainder(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 71: the story's one missing count for those still missing under a noun of
    their own: "One worker is still missing" (``workers|missing``) after "four miners
    were missing" (``miners|missing``).  Those still missing are what is left of the
    story's missing, so the figure carries that key on however far it fell (a remainder
    is not near its whole, as :func:`_story_kin` asks), up to ``kin_max_ratio`` above it.
    Only when the claim's key is new to the story, its sentence reads it as still missing
    (:data:`_STILL_MISSING` just after it), and the story holds exactly one missing key of
    the same dimensions (two: two groups, no guess)."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    prop, dims = _prop_dims(metric)
    v = c.get("value")
    if prop != "missing" or v is None or float(v) <= 0:
        return None
    quote, text, i = ledger._in_sentence(c)
    if i < 0 or not _STILL_MISSING.match(quote[i + len(text) :]):
        return None
    same = [m for m in scene.story_metrics if _prop_dims(m) == (prop, dims)]
    if len(same) != 1 or "?" in same[0]:
        return None
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, same[0])
    figs = [f for f in (entry or {}).get("figures", ()) if f["claim"].get("value") is not None]
    if not figs:
        return None
    top = max(float(f["claim"]["value"]) for f in figs)
    return same[0] if 0 < float(v) <= scene.config.kin_max_ratio * top else None


#: Words just before a figure that say it is the story's running count carried on, not a
#: quantity of its own: "are now holding 96 crew members", "bringing the total seized to
#: 1.46 million", "has risen to", "the final number".
_RUNNING = re.compile(
    r"\b(?:now|(?:rose|risen|rising|climbed|increased|fallen|fell|dropped)\s+to|reached"
    r"|bringing|brought|final|so\s+far)\b",
    re.I,
)
#: ... or just after it: "closed 19 wells, up from the first 12", "260 homes in
#: Mississippi were now known to have been damaged".
_RUNNING_AFTER = re.compile(r"^\W*(?:\S+\s+){0,4}?(?:(?:up|down)\s+from|now)\b", re.I)


def _capitalised(words: Iterable[str], quote: str) -> bool:
    """Does ``quote`` write one of ``words`` (a key's lower-case qualifiers) with a capital
    inside a sentence -- a name ("Ulmeni workers", "Ostrian soldiers")?"""
    return any(
        re.search(r"(?<=\s)" + re.escape(w[:1].upper() + w[1:]) + r"\b", quote) for w in words
    )


def _latest_near(
    scene: _Scene,
    key: str,
    c: Mapping[str, Any],
    *,
    whole_report: bool = True,
) -> bool:
    """May a figure of article ``scene.aid`` carry on the story key ``key`` (rounds 29 and 40's
    joins)?  The key holds figures from other articles only, and every figure of its
    latest report lies within ``kin_min_ratio`` .. ``kin_max_ratio`` of the claim's value:
    a key that filed two values in one report ("12,000 shells reached its depots",
    "stocks had fallen to about 60,000") holds two quantities, and a guess would meet the
    wrong one.  ``whole_report=False`` (round 29's running counts, whose own words say
    they carry the count on) reads the latest figure only."""
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, key)
    figs = [
        f
        for f in (entry or {}).get("figures", ())
        if f["claim"].get("value") is not None and ledger.units_compatible(c, f["claim"])
    ]
    if not figs or any(f["article"]["id"] == scene.aid for f in figs):
        return False
    last_t = max(float(f.get("t") or 0.0) for f in figs)
    latest = [float(f["claim"]["value"]) for f in figs if float(f.get("t") or 0.0) == last_t]
    if not whole_report:
        latest = latest[:1]  # the first figure filed at that time, as max() picks it
    v = float(c["value"])
    lo, hi = scene.config.kin_min_ratio, scene.config.kin_max_ratio
    return all(lv > 0 and lo <= v / lv <= hi for lv in latest)


def _story_running(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 29: the story's one key of the same counted noun for a plain count that says
    it carries that count on: "Dorvassan authorities are now holding 96 crew members"
    (``crew members|count``) after "detained 84 crew members" (``crew members|arrested``);
    "have now seized about 3,100 fake airbags" after "2,300 counterfeit airbags".  The
    figure's own words say it is a running count (:data:`_RUNNING` just before it,
    :data:`_RUNNING_AFTER` just after), its key is new to the story and names a counted
    noun (not "people"), it is no measure (tonnes, hectares) nor a share; and exactly one
    story key with the same head noun and dimensions, a plain count or a thing that
    happened to it (:data:`_KIN_PROPS`), not filed by this article, holds a latest figure
    from other articles within ``kin_min_ratio`` .. ``kin_max_ratio`` of it.  A qualifier
    that is a name ("Ulmeni workers" against "seasonal workers") is a group of its own;
    another head noun is another quantity however near its value; two such keys: no
    guess."""
    if scene.config.kin_max_ratio <= 0:
        return None
    held = _story_held(scene, c, metric)
    if held is not None or metric in scene.story_metrics:
        return held
    revised = _story_revised(scene, c, metric)
    if revised is not None:
        return revised
    if "?" in metric or not _counted_noun(metric):
        return _story_running_named(scene, c, metric)
    dims = _plain_count_dims(c, metric)
    if dims is None:
        return None  # a role's figure under another noun is _story_kin's
    quote, text, i = ledger._in_sentence(c)
    if i < 0 or not (
        _RUNNING.search(quote[max(0, i - 60) : i])
        or _RUNNING_AFTER.search(quote[i + len(text) : i + len(text) + 40])
    ):
        return None
    subject = metric.partition("|")[0]
    head = _head(subject)
    if head in _GENERIC_PEOPLE or head in ("person", "people"):
        return None  # "people" names no quantity of its own
    found: list[str] = []
    for m in _story_counts(scene, dims):
        if _head(m.partition("|")[0]) != head:
            continue  # another noun is another quantity, however near its value
        if _capitalised(set(subject.split()) - set(m.partition("|")[0].split()), quote):
            continue  # a named group of its own ("Ulmeni workers" vs "seasonal workers")
        if _latest_near(scene, m, c, whole_report=False):
            found.append(m)
    return found[0] if len(found) == 1 else None


#: Round 81: words right after a count of people that read it as those held by the
#: authorities now: "22 people were now under arrest", "17 people are now in custody",
#: "nine suspects remain in detention", "bringing to nine the number held".  A bare
#: "held" after the figure is left out: "97 people were still being held on the ferry"
#: counts hostages.
_HELD_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:(?:are|were|is|was|remain(?:s|ed)?)\s+(?:now\s+|still\s+)*"
    r"(?:under\s+arrest|in\s+(?:police\s+)?(?:custody|detention)|behind\s+bars)"
    r"|the\s+number\s+(?:of\s+(?:people|suspects)\s+)?(?:held|arrested|detained"
    r"|in\s+custody|under\s+arrest))\b",
    re.I,
)
#: ... or before it, as the count the sentence carries on: "bringing the number of people
#: held to nine", "The number arrested over the attack has risen to four".
_HELD_BEFORE = re.compile(
    r"\bnumber\s+(?:of\s+(?:people|suspects)\s+)?(?:held|arrested|detained|in\s+custody"
    r"|under\s+arrest)\b[^.;,]{0,60}$",
    re.I,
)


def _story_held(scene: _Scene, c: Mapping[str, Any], metric: str) -> str | None:
    """Round 81: the story's one arrest count for a count of people its sentence reads as
    those held now: "Police say 22 people are now under arrest" (``people|count``) after
    "14 people were arrested" (``people|arrested``); "bringing to nine the number held"
    (``bringing|count``).  The extractor reads "arrested" and "detained" as the arrest
    role, not "under arrest", "in custody" or "the number held", so the wire's usual next
    reading of an arrest count is filed as a plain count of people and kept silent.  Only
    for a plain count (no measure, no share) whose key's subject is a generic people noun
    (a story's ``people|count`` counts anyone, so the key may be on record), a stray word
    or unnamed (a group of its own, "inmates are
    back in custody", is a recapture count, not the arrests); the held wording right after
    the figure (:data:`_HELD_AFTER`) or as the count carried on before it
    (:data:`_HELD_BEFORE`); exactly one story key ``<noun>|arrested`` (no ``?``; of
    several, the one of ``people``) holding figures of earlier reports only, that this
    report files no count of its own under (a step, "three more were detained", or a
    figure on record may stand there), whose figures the sentence does not write across a
    side break (:func:`~claimlogic.ledger.side_across`), and whose latest report's largest
    figure lies within ``kin_min_ratio`` .. ``kin_max_ratio`` of the figure."""
    dims = _plain_count_dims(c, metric)
    if dims is None or dims:
        return None
    subject = metric.partition("|")[0]
    head = subject.rsplit(" ", 1)[-1]
    if not ("?" in metric or head in _GENERIC_PEOPLE or not _counted_noun(metric)):
        return None  # a group of its own: "inmates", "crew members"
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    if not (
        _HELD_AFTER.match(quote[i + len(text) :]) or _HELD_BEFORE.search(quote[max(0, i - 120) : i])
    ):
        return None
    found = [m for m in scene.story_metrics if "?" not in m and _prop_dims(m) == ("arrested", ())]
    if len(found) > 1:
        # of several arrest counts ("lorry drivers" beside "people"), the people count:
        # the sentence counts people, not a group of its own
        found = [m for m in found if m.partition("|")[0] in ("people", "persons")]
    if len(found) != 1:
        return None
    key = found[0]
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, key)
    figs = [f for f in (entry or {}).get("figures", ()) if f["claim"].get("value") is not None]
    if not figs or any(f["article"]["id"] == scene.aid for f in figs):
        return None
    on_record = {float(f["claim"]["value"]) for f in figs}
    if any(
        o.get("metric") == key
        and not _a_step(o)
        and (o.get("value") is None or float(o["value"]) not in on_record)
        for o in scene.claims
        if o is not c
    ):
        # this report counts the arrests itself (not a step, "three more were detained",
        # nor a figure on record, "the 14 people arrested on Tuesday"): two quantities
        return None
    if any(ledger.side_across(c, f["claim"]) for f in figs):
        # the sentence writes a figure of the key across a side break ("raiding four more
        # clubs ..., while police said seven people were now under arrest" after four
        # agents arrested): the ledger would read the two as the two sides of a dispute
        return None
    last_t = max(float(f.get("t") or 0.0) for f in figs)
    # the latest report's count is its largest arrest figure ("arrested eight more people,
    # bringing the number held to 19")
    top = max(float(f["claim"]["value"]) for f in figs if float(f.get("t") or 0.0) == last_t)
    ratio = float(c["value"]) / top if top > 0 else 0.0
    lo, hi = scene.config.kin_min_ratio, scene.config.kin_max_ratio
    return key if lo <= ratio <= hi else None


#: Round 81: "three more were detained", "a further two arrests": a step of a count.
_MORE_AFTER = re.compile(r"^\s+(?:more|further|additional)\b", re.I)
_FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional)\s+$", re.I)


def _a_step(c: Mapping[str, Any]) -> bool:
    """Round 81: is a figure a step added to a count ("three more were detained", "a
    further 120 services"), not the count itself?"""
    quote, text, i = ledger._in_sentence(c)
    return i >= 0 and bool(
        _FURTHER_BEFORE.search(quote[:i]) or _MORE_AFTER.match(quote[i + len(text) :])
    )


def _plain_count_dims(c: Mapping[str, Any], metric: str) -> tuple[str, ...] | None:
    """The dimensions of ``metric`` when ``c`` is a positive plain count under it (no
    share, no measure such as tonnes or hectares), else None."""
    v = c.get("value")
    if v is None or float(v) <= 0 or c.get("unit") == "%":
        return None
    prop, dims = _prop_dims(metric)
    if prop != "count" or ledger._unit(c) in ledger.MEASURE_UNITS:
        return None
    return dims


def _story_counts(scene: _Scene, dims: tuple[str, ...]) -> Iterator[str]:
    """The story's named keys of these dimensions that this article did not file: a plain
    count or a thing that happened to the counted noun (the keys a running count may
    carry on)."""
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if "?" in m or d2 != dims or m in scene.own_metrics:
            continue
        if p2 == "count" or p2 in _KIN_PROPS:
            yield m


def _counted_noun(metric: str) -> bool:
    """Does a key's subject end in a plural or collective noun ("crew members", "farms"),
    not a stray word of the sentence ("fictitious", "hospital", "bringing")?"""
    subject = metric.partition("|")[0]
    return "|" in metric and bool(subject) and ledger.plural_noun(subject.rsplit(" ", 1)[-1])


def _story_running_named(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 80 (a80): :func:`_story_running` for a running count whose key the extractor
    took from a stray word of the sentence, not the counted noun: "The number of farms ...
    believe to be fictitious ... has risen to 310" (``fictitious|count``), "bringing to 19
    the number of ... services" (``bringing|count``), "Complaints to her office had
    reached 31,000" (``office|count``).  The key names no counted noun (its
    subject's last word is no plural, or the subject is unnamed), the figure's own words
    say it carries a count on (:data:`_RUNNING` / :data:`_RUNNING_AFTER`), and exactly one
    story key of the same dimensions, a plain count or a thing that happened to its noun,
    not filed by this article, has its counted noun written before the figure in this
    sentence (a generic people noun only as "the number of people") and a latest figure
    from other articles within ``kin_min_ratio`` .. ``kin_max_ratio`` of it.  The
    sentence's own noun decides: the key's stray word names nothing the story counts, so
    the one story noun the sentence writes is the quantity."""
    dims = _plain_count_dims(c, metric)
    if dims is None:
        return None
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    cues = list(_RUNNING.finditer(quote[max(0, i - 60) : i]))
    if not (
        (cues and "," not in quote[max(0, i - 60) + cues[-1].end() : i])
        or _RUNNING_AFTER.search(quote[i + len(text) : i + len(text) + 40])
    ):
        return None  # the cue must carry this figure on, not one a clause before it
    before = quote[:i].lower()
    found: list[str] = []
    for m in _story_counts(scene, dims):
        if not _counted_noun(m):
            continue
        noun = m.partition("|")[0].rsplit(" ", 1)[-1]
        written = r"\b" + re.escape(noun) + r"\b"
        if noun in _GENERIC_PEOPLE or noun in ("person", "people"):
            # "people" names no quantity of its own unless the sentence counts them
            written = r"\bnumber\s+of\s+" + re.escape(noun) + r"\b"
        if re.search(written, before) is None:
            continue  # the sentence does not write the story's noun before the figure
        if _latest_near(scene, m, c, whole_report=False):
            found.append(m)
    return found[0] if len(found) == 1 else None


#: Round 86: a body moving its own count to the figure, with what it counts between the
#: cue and "to": "raised their count of cows reported stolen since November to 520",
#: "has lowered its estimate of goats stolen since May to 6,200", "revised its count of
#: callers told no appointment was available to 16,100", "corrected the number of towers
#: covered by its order to 21".  Group ``what`` holds the counted thing's words.  Its verb
#: stems and count nouns are those of ``ledger.kinds._BODY_COUNT_MOVED`` (round 57), with
#: "correct" and "adjust" added here.
_REVISED_TO = re.compile(
    rf"\b(?:{_COUNT_MOVE_STEMS}|updat|correct|adjust)\w*\s+"
    r"(?:its|their|the|his|her|our)\s+(?:own\s+)?(?:(?:official|first|earlier|initial"
    rf"|previous|provisional|latest)\s+)?(?:{_COUNT_NOUNS})s?"
    r"\s+of\s+(?P<what>[^.;:!?]{1,140}?)\s+(?:(?:up|down)\s+)?to\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over)\s+)?$",
    re.I,
)
#: A year ("in 2047") names the period counted, not another figure between cue and value.
_A_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")


def _revised_cue(c: Mapping[str, Any]) -> re.Match[str] | None:
    """Round 86: the :data:`_REVISED_TO` cue that ends right before the figure, matched in
    the figure's sentence (None when there is none)."""
    quote, _text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    return _REVISED_TO.search(quote, max(0, i - 220), i)


def _revised_to(c: Mapping[str, Any]) -> str | None:
    """Round 86: the words naming what is counted when the figure's sentence says a body
    moved its own count of it to the figure ("raised their count of sheep stolen since
    August to 1,140" -> "sheep stolen since august"), else None.  The cue must carry
    this figure: it ends right before it with "to", and no other number stands between
    the counted words and the figure (a year names the period counted)."""
    m = _revised_cue(c)
    if m is None:
        return None
    what = m.group("what")
    if re.search(r"\d", _A_YEAR.sub(" ", what)) or "," in what:
        return None  # another figure, or a clause, between the cue and this figure
    return what.lower()


def _story_revised(scene: _Scene, c: Mapping[str, Any], metric: str) -> str | None:
    """Round 86 (u86): the story's one key for a count a body says it moved to the figure:
    "Regional police have raised their count of cows reported stolen since November to
    520" (``stolen since|count``) after "410 cows had been reported stolen"
    (``dairy cows|count``); "revised its estimate of tourist beds lost ... to 7,200"
    (``summer|count``) after "9,000 tourist beds have been lost" (``tourist beds|count``).
    "Raising its count of X to N" says in so many words that N is the next reading of the
    body's running count of X, whatever word the extractor took for the key.  Only for a
    key new to the story, a plain count (no measure, no share), the counted words read by
    :func:`_revised_to`; the story key's counted noun (its subject's last word, a plural
    or collective noun, singular or plural) must be written among those words, its
    property a plain count or the claim's own, its dimensions the claim's, not filed by
    this article; exactly one such key whose latest figure from other articles lies
    within ``kin_min_ratio`` .. ``kin_max_ratio`` of the figure (of several, the one
    whose every subject word the sentence writes)."""
    v = c.get("value")
    prop, dims = _prop_dims(metric)
    if (
        v is None
        or float(v) <= 0
        or c.get("unit") == "%"
        or ledger._unit(c) in ledger.MEASURE_UNITS
        or (prop != "count" and prop not in _KIN_PROPS)
    ):
        return None  # a plain count, or a thing that befell its noun
    what = _revised_to(c)
    if what is None:
        return None
    words = {_singular(w) for w in re.findall(r"[a-z][a-z-]*", what)}
    found: list[str] = []
    for m in scene.story_metrics:
        if "?" in m or m in scene.own_metrics or not _counted_noun(m):
            continue
        p2, d2 = _prop_dims(m)
        if p2 not in ("count", prop) or d2 != dims:
            continue  # an estimate or a rate is a quantity of its own
        if _singular(m.partition("|")[0].rsplit(" ", 1)[-1]) not in words:
            continue  # the sentence does not name what the story key counts
        if _latest_near(scene, m, c, whole_report=False) and not _another_body(scene, m, c):
            found.append(m)
    if len(found) > 1:
        # "raised their count of cows reported stolen" between "dairy cows" and "stolen
        # cows": the key whose every word the sentence writes
        found = [m for m in found if {_singular(w) for w in m.partition("|")[0].split()} <= words]
    return found[0] if len(found) == 1 else None


def _another_body(scene: _Scene, key: str, c: Mapping[str, Any]) -> bool:
    """Round 86: is every figure under ``key`` another body's than the one that says it
    moved its own count ("Kestrel Agri Cover raised its count of farmers who had received
    nothing to 26,000", where the key holds only the growers' union's 48,000 insured
    farmers)?  Then the body's own earlier count is not there to move on: the two are two
    bodies' readings, which the ledger must be free to set against each other.  A key
    figure whose source is unread, or a revised figure whose own source is unread ("It
    revised its count ..."), keeps the key."""
    reviser = ledger._source_words(c)
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, key)
    figs = [f for f in (entry or {}).get("figures", ()) if f["claim"].get("value") is not None]
    return bool(reviser and figs) and all(
        ledger.sources_differ(reviser, ledger._source_words(f["claim"])) for f in figs
    )


#: Round 43: a sum's own sentence moving a figure on to it: "raised its estimate of the
#: shortfall ... to 1.1 billion dollars", "now stand at 4.6 billion dinars".
_SUM_MOVED = re.compile(
    r"\b(?:rais\w*|revis\w*|lift\w*|cut|lower\w*|increas\w*|push\w*)\b.{0,120}\bto\s+(?:\S+\s+)?$"
    r"|\bnow\s+(?:stands?|stood|totals?|amounts?\s+to)\s+(?:at\s+)?(?:\S+\s+)?$"
    # round 80: "trimmed his estimate of the debts to", "had come down to", "now put total
    # debts at", "were now estimated at", "latest estimate ... was".  Not a tally's bare
    # "had risen / fallen to": the pool's two such joins of another sum's reading turned a
    # rival's figure or a same-source move into a false contradiction
    r"|\b(?:trimm\w*|(?:come|came|gone|went)\s+(?:down|up))\b.{0,120}\bto\s+(?:\S+\s+)?$"
    r"|\bnow\s+(?:put|puts|estimated|valued)\b.{0,120}\bat\s+(?:\S+\s+)?$"
    r"|\b(?:latest|new|revised|updated)\s+estimate\b.{0,120}\b(?:was|is|at|to)\s+(?:\S+\s+)?$",
    re.I,
)


def _names_subject(subject: str, words: set[str]) -> bool:
    """Round 80: does a sentence whose lower-case words are ``words`` write every word of a
    key's ``subject``, a plural and its singular taken as one word ("its debts were
    larger" names ``debt|amount|money``)?"""
    said = {_singular(w) for w in words}
    return all(_singular(w) in said for w in subject.split())


def _new_sum_key(
    scene: _Scene, c: Mapping[str, Any], metric: str
) -> tuple[str, tuple[str, ...]] | None:
    """The property and dimensions of ``metric`` when ``c`` is a positive sum of money
    under a key new to the story whose subject is named or which the extractor left
    unnamed ("EUR?..."), else None: the claims :func:`_story_named_sum` and
    :func:`_story_sum_compared` may file under a story's sum."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics:
        return None
    if "?" in metric.partition("|")[2]:
        return None  # round 80: only a subject the extractor left unnamed ("EUR?...") is taken
    v = c.get("value")
    prop, dims = _prop_dims(metric)
    if v is None or float(v) <= 0 or "money" not in dims:
        return None
    return prop, dims


def _story_sums(scene: _Scene, props: frozenset[str], dims: tuple[str, ...]) -> list[str]:
    """The story's named keys (no "?" subject) of one of the properties ``props`` and the
    dimensions ``dims``, not filed by this article."""
    return [
        m
        for m in scene.story_metrics
        if "?" not in m
        and m not in scene.own_metrics
        and _prop_dims(m)[0] in props
        and _prop_dims(m)[1] == dims
    ]


def _story_sums_named(
    scene: _Scene, key: tuple[str, tuple[str, ...]], words: set[str]
) -> list[str]:
    """The story's named keys of property and dimensions ``key``, not filed by this
    article, whose subject the sentence's lower-case ``words`` write (:func:`_names_subject`)."""
    prop, dims = key
    return [
        m
        for m in _story_sums(scene, frozenset({prop}), dims)
        if _names_subject(m.partition("|")[0], words)
    ]


def _story_named_sum(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 43: the story's sum a figure's own sentence names and moves on: "The
    commission raised its estimate of the shortfall at the collapsed exchange to 1.1
    billion dollars" (the extractor read ``crypto exchange coinharbour|amount|money``)
    after "a shortfall of 800 million dollars" (``shortfall|amount|money``).  Only for a
    sum of money under a key new to the story, whose words just before it move a figure
    on to it (:data:`_SUM_MOVED`), when exactly one story key of the same property and
    dimensions, not filed by this article, has a subject whose every word the sentence
    writes before the figure ("the shortfall"; not "extra virgin oil price" for "the
    price of its own-brand oil"), and that key's latest figure, from other articles only,
    lies within ``kin_min_ratio`` .. ``kin_max_ratio`` of the claim's value.  Round 80:
    :func:`_names_subject` takes a plural for its singular ("now put total debts at"
    names ``debt``)."""
    key = _new_sum_key(scene, c, metric)
    if key is None:
        return None
    quote, _text, i = ledger._in_sentence(c)
    if i < 0 or not _SUM_MOVED.search(quote[max(0, i - 200) : i]):
        return None
    before = {w.lower() for w in re.findall(r"[A-Za-z]+", quote[:i])}
    found = _story_sums_named(scene, key, before)
    if len(found) != 1:
        return None
    return found[0] if _latest_near(scene, found[0], c, whole_report=False) else None


#: Round 60: a sum's own sentence setting it against a reading given before, its own or
#: another body's, without giving that figure: "owed 260 million pounds, more than they
#: first thought", "larger than the regulator found", "more than it had planned", "up from
#: the police estimate", "the real overspend was".  Not "raised its estimate of the
#: shortfall to": that names the sum it moves on (:func:`_story_named_sum`'s cue).
_SUM_COMPARED = re.compile(
    r"\b(?:more|less|higher|lower|larger|smaller|bigger|greater)\s+than\s+(?:[\w'\u2019-]+\s+)"
    r"{0,6}?(?:(?:had|has|have|was|were)\s+)?(?:first\s+|initially\s+|originally\s+)?"
    r"(?:thought|feared|expected|planned|estimated|found|alleged|said|told|reported|admitted"
    r"|announced|given|gave|put)\b"
    r"|\b(?:up|down)\s+from\s+(?:the|its|their|his|her)\b"
    r"|\b(?:real|true|actual)\s+(?:figure|amount|bill|cost|total|sum|loss(?:es)?|overspend"
    r"|shortfall|damage)\b",
    re.I,
)


def _story_sum_compared(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 60: the story's sum a figure's own sentence names and sets against a reading
    given before: "The commission said the re-run had cost 5.5 million dinars, more than
    it had planned" (``run|cost|money``) after "about 4 million dinars" under
    ``cost|cost|money``; "31 million euros left the accounts during the invoice fraud, more
    than the firm has told investors" after the firm's 25 million under ``invoice
    fraud|amount|money``.  Only for a sum of money under a key new to the story whose
    sentence compares it with an earlier reading (:data:`_SUM_COMPARED`), when exactly one
    story key of the same property and dimensions, not filed by this article, has a
    subject every word of which the sentence writes and a latest figure, from other
    articles only, within ``kin_min_ratio`` .. ``kin_max_ratio`` of the claim's value:
    :func:`_story_named_sum`'s test of the subject's words, without its "raised to" cue
    (the comparison says a reading was there).  Round 80: as there, a plural is taken for
    its singular ("the hidden debts ... far more than" names ``hidden debt``).  Round 82:
    with no comparison, or no one such key, a sum told as the story's final total
    (:func:`_story_final_sum`)."""
    key = _new_sum_key(scene, c, metric)
    if key is None:
        return None
    quote = str(c.get("quote") or "")
    if not _SUM_COMPARED.search(quote):
        return _story_final_sum(scene, c, key)
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", quote)}
    found = [
        m
        for m in _story_sums_named(scene, key, words)
        if _latest_near(scene, m, c, whole_report=False)
    ]
    return found[0] if len(found) == 1 else _story_final_sum(scene, c, key)


#: Round 82: words just before a sum that give it as the story's closing total, the noun
#: of the total governing the figure with no comma between: "put the final cost of the
#: operation at", "its final bill for repairs came to", "final claims against the estate
#: came to".  Not "so far" or "in total": a fund's or an insurer's payout "so far" is a
#: quantity of its own beside the story's bill (seen on the pool).
_SUM_FINAL = re.compile(
    r"\bfinal\s+(?:[\w'\u2019-]+\s+){0,2}?(?:cost|costs|bill|total|tally|sum|claims?|amount"
    r"|figure|damages?|loss(?:es)?)\b[^.;:,]{0,60}$",
    re.I,
)
#: The properties of a story's bill: the extractor files one bill as a ``cost`` ("repairs
#: have cost") or an ``amount`` ("the final repair bill at") by the verb it met.
_BILL_PROPS = frozenset({"cost", "amount"})


def _story_final_sum(
    scene: _Scene, c: Mapping[str, Any], key: tuple[str, tuple[str, ...]]
) -> str | None:
    """Round 82: the story's one bill that a sum told as its final total carries on,
    whatever noun the extractor filed it under: "Greyline put the final repair bill at
    172,000 pounds" (``final repair bill|amount|money``) after "Repairs to buses ... have
    cost 140,000 pounds" (``kellmoor ashgrove estate|cost|money``); "the final cost of the
    operation at 11.2 million francs" after the airlift's 7.5 million.  ``key`` is the
    claim's property and dimensions (:func:`_new_sum_key`: a positive sum under a key new
    to the story).  The words just before the figure must give it as the final total
    (:data:`_SUM_FINAL`: "final cost / bill / claims"; not "so far" or "in total"), its
    property a bill's (:data:`_BILL_PROPS`), and the story must hold exactly one named key
    of a bill's property and the same dimensions, not filed by this article, whose latest
    figure from other articles lies within ``kin_min_ratio`` .. ``kin_max_ratio`` of the
    claim's value.  Two bills in the story (a cost and a fund, damages and a fine): no
    guess -- the sum could be either."""
    prop, dims = key
    if prop not in _BILL_PROPS:
        return None
    quote, _text, i = ledger._in_sentence(c)
    if i < 0 or not _SUM_FINAL.search(quote[max(0, i - 120) : i]):
        return None
    bills = [
        m
        for m in _story_sums(scene, _BILL_PROPS, dims)
        if _latest_near(scene, m, c, whole_report=False)
    ]
    return bills[0] if len(bills) == 1 else None  # two near bills: the total could be either's


#: Round 40: what a report says happened to counted things, that another report of the
#: story gives as a bare count of the same things ("52 cars and trucks had been involved"
#: after "about 40 vehicles" were read ``injured``; "210 water tankers were delivering
#: water" after "deployed 120 water tankers").  Not a sum, a measure or a share.
#: Not "arrested" or "charged": those are done to some of a group, and a bare count of
#: the group ("holding 96 crew members" after "detained 84 crew members") is the round 29
#: running count's to join, on its own cue.
_VERB_PROPS = (_KIN_PROPS - {"arrested"}) | {"deployed", "supplied", "arrived", "casualties"}
#: Round 60: properties the extractor gives a count of things when a verb of money stands
#: by it ("would cost 1,100 jobs", "taxpayers having declared", "councils would be asked
#: to repay grants"): with no money dimension, what befell the counted things.
_VERB_MONEYLESS = frozenset({"cost", "funding"})
#: Below this a figure is too common a number to say which quantity it carries on.
_VERB_MIN_VALUE = 10.0


def _keyed_twice(claims: list[Mapping[str, Any]], ci: int) -> bool:
    """Does another figure of the article, of another value, carry claim ``ci``'s key?
    ("52 cars and trucks had been involved ..., more than the traffic authority's first
    estimate of about 40 vehicles": the article sets its two readings side by side)."""
    c = claims[ci]
    return any(
        j != ci and o.get("metric") == c.get("metric") and o.get("value") != c.get("value")
        for j, o in enumerate(claims)
    )


def _story_verb(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 40: the story's one key of the same counted noun when one report read an event
    word on it and another none: a bare count "210 water tankers were delivering water"
    (``water tankers|count``) after "the army has deployed 120 water tankers"
    (``water tankers|deployed``), and the other way round, "140 houses had been destroyed"
    (``homes|destroyed``) after "buried 85 houses" (``homes|count``).  The extractor reads
    the verb in one report and not in the next, so the ledger saw a first figure.  Only
    when the claim's key is new to the story, has no unit of measure or money, is
    :data:`_VERB_MIN_VALUE` or more, is set in no other year or time ("the 2022 fire that
    killed 12,000 cattle"), and names a counted noun -- "people" or another generic word
    only for a bare count ("3,000 people from five villages" after "2,300 people were
    evacuated"), never under an event word (a story's ``people|count`` counts anything) --
    the story holds no key of the claim's own event for that noun, and exactly one story key
    has the same head noun and dimensions with the other reading (a bare count against an
    event of :data:`_VERB_PROPS`); that key is not filed by this article, and its latest
    figure, from other articles only, lies within ``kin_min_ratio`` .. ``kin_max_ratio`` of
    the claim's value.  A qualifier that is a name ("Ulmeni workers"), a subset ("new
    cases") or says what happened to the things ("destroyed objects", "recalled tins")
    keeps its group apart; two such keys: no guess."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    v = c.get("value")
    if v is None or c.get("unit") == "%" or ledger._unit(c) in ledger.MEASURE_UNITS:
        return None
    if float(v) < _VERB_MIN_VALUE:
        return None  # "two managers", "the three men": a handful says nothing of itself
    if ledger.names_a_year(c) or ledger.of_another_time(c):
        return None  # "the 2022 fire that killed 12,000 cattle": another time's figure
    prop, dims = _prop_dims(metric)
    # round 60: "would cost 1,100 jobs", "19 councils would repay grants": a count read
    # as a cost or funding of no money is what befell the counted things (the figure's
    # own key only: a story key so read, "22 shell companies|cost", is no event to join)
    events = _VERB_PROPS | (_VERB_MONEYLESS if not dims else frozenset())
    if prop != "count" and prop not in events:
        return None
    subject = metric.partition("|")[0]
    head = _head(subject)
    if (head in _GENERIC_PEOPLE or head in ("person", "people")) and prop != "count":
        return None  # the story's "people|count" may count anyone
    quote = str(c.get("quote") or "")
    found: list[str] = []
    for m in scene.story_metrics:
        s2 = m.partition("|")[0]
        p2, d2 = _prop_dims(m)
        if "?" in m or d2 != dims or _head(s2) != head:
            continue
        if p2 == prop and prop != "count":
            return None  # the story has this event for the noun already, under another name
        if (p2 == "count") == (prop == "count") or (p2 != "count" and p2 not in _VERB_PROPS):
            continue  # one side a bare count, the other an event
        if s2 != subject:
            long, short = (s2, subject) if len(s2) > len(subject) else (subject, s2)
            extra = _extra_words(long.split(), short.split())
            if not extra or set(extra) & (_SUBSET_QUALIFIERS | _ROLE_WORDS):
                continue  # another group, or a subset of the counted ones
            if any(w.endswith("ed") for w in extra):
                continue  # "destroyed objects", "recalled tins": what happened to them
            if _capitalised(set(subject.split()) - set(s2.split()), quote):
                continue  # a named group of its own
        found.append(m)
    if len(found) > 1:
        # round 60: of two such keys, the one whose latest reading lies near the figure
        # ("only 30 bakeries had received flour" beside "52 bakeries supplied" and "three
        # bakeries deployed" their own staff)
        found = [m for m in found if m not in scene.own_metrics and _latest_near(scene, m, c)]
    if len(found) != 1 or found[0] in scene.own_metrics:
        return None
    return found[0] if _latest_near(scene, found[0], c) else None


def _named_word(words: Iterable[str], quote: str) -> bool:
    """Round 60: :func:`_capitalised` without the capital a sentence or a dateline's dash
    opens with ("TARNMOUTH, Feb 10 (Wire) - Food banks ..." names no group "Food")."""
    return any(
        re.search(
            r"(?<=\s)(?<!-\s)(?<!\u2014\s)(?<!\.\s)" + re.escape(w[:1].upper() + w[1:]) + r"\b",
            quote,
        )
        for w in words
    )


def _head_join_candidate(scene: _Scene, c: Mapping[str, Any], metric: str) -> bool:
    """The gate the value-picked head-noun joins (:func:`_story_head_near`,
    :func:`_story_head_nearest`) share: the story's kin ratio is on, the claim's key is new
    to the story and no ``?`` key, the figure is ``_VERB_MIN_VALUE`` or more and no
    percentage, and it names no year and no other time."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return False
    v = c.get("value")
    if v is None or float(v) < _VERB_MIN_VALUE or c.get("unit") == "%":
        return False
    return not (ledger.names_a_year(c) or ledger.of_another_time(c))


def _story_head_near(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 60: the story's one key of the same counted head noun, property and dimensions
    under another qualifier, when neither qualifier leaves the other out (which
    :func:`_story_head` joins) and only that key's latest report lies near the figure:
    "the number of frozen accounts had turned out to be 71,000" after "62,000 client
    accounts", "9,000 ration packs handed out" after "8,000 food packs" (and "40 medical
    packs", far from it).  Only for a figure of 10 or more, no
    share, price or measure, in no other year or time; its key new to the story; each side
    has a qualifier the other lacks; never for a qualifier that names a subset or another
    set (:data:`_SUBSET_QUALIFIERS`) or a name (capitalised in the figure's sentence:
    "Sarnitsa hostages"); every story key of that head noun, property and
    dimensions other than the one is far from the figure (``kin_min_ratio`` ..
    ``kin_max_ratio`` of its latest report, from other articles only)."""
    if not _head_join_candidate(scene, c, metric):
        return None
    prop, dims = _prop_dims(metric)
    if prop in ("price", "share") or ledger._unit(c) in ledger.MEASURE_UNITS:
        return None
    subject = metric.partition("|")[0]
    head = _singular(subject.rsplit(" ", 1)[-1])
    if head in _GENERIC_PEOPLE or head in ("person", "people"):
        return None
    quote = str(c.get("quote") or "")
    found: list[str] = []
    for m in scene.story_metrics:
        s2 = m.partition("|")[0]
        if "?" in m or m in scene.own_metrics or _prop_dims(m) != (prop, dims):
            continue
        if _singular(s2.rsplit(" ", 1)[-1]) != head or s2 == subject:
            continue
        mine, theirs = set(subject.split()[:-1]), set(s2.split()[:-1])
        if not (mine - theirs) or not (theirs - mine):
            continue  # one leaves the other's qualifier out: _story_head's to join or not
        if (mine | theirs) & _SUBSET_QUALIFIERS or _named_word(mine ^ theirs, quote):
            continue  # "replacement buses", "Sarnitsa hostages": another set, a name
        if _latest_near(scene, m, c):
            found.append(m)
    return found[0] if len(found) == 1 else None


def _story_head_nearest(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 71: of several story keys of the same head noun, property and dimensions that
    :func:`_story_head` would each join (one subject is the other with a qualifier left
    out, no subset qualifier), the one whose latest report lies near the figure: "31 ships
    were still at anchor" after "52 merchant ships" beside "4 grain ships"; "recaptured
    9,400 of the salmon" after "6,200 escaped salmon" beside "1.2 million farmed salmon".
    :func:`_story_head` makes no guess between two; the value picks one.  Only for a figure
    of 10 or more, no share, in no other year or time; its key new to the story; not for a
    generic people noun (a story's ``people|count`` counts anyone) nor a qualifier the
    figure's sentence capitalises (a name); none of the keys filed by this article, and
    exactly one whose latest report, from other articles only, lies within
    ``kin_min_ratio`` .. ``kin_max_ratio`` of the figure."""
    if not _head_join_candidate(scene, c, metric):
        return None
    subject = metric.partition("|")[0]
    head = subject.rsplit(" ", 1)[-1]
    if head in _GENERIC_PEOPLE or head in ("person", "people"):
        return None
    quote = str(c.get("quote") or "")
    same = _same_head_keys(scene.story_metrics, metric)
    if len(same) < 2 or any(m in scene.own_metrics for m in same):
        return None  # one: _story_head's; one filed here: two groups in this report
    if _named_word(set(subject.split()[:-1]), quote):
        return None  # "Sarvan prisoners": a named group of its own
    near = [m for m in same if _latest_near(scene, m, c)]
    return near[0] if len(near) == 1 else None


def _story_in_hospital(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 63: the story's one key of people taken to hospital for a later reading of
    those in hospital now that is larger than it: "34 patients are now in hospital" after
    an earlier article's "29 patients were hospitalised" (``patients|hospitalized|current``
    against ``patients|hospitalized``).  Round 53 keeps the two apart because those still
    in hospital are a remainder of those taken there ("Twelve patients remain" after "46
    admitted"); a remainder is never larger than its whole, so a reading above the
    largest figure of the key's latest report (and within ``kin_max_ratio`` of it)
    carries the count on; once the key's latest reading is itself one of those in
    hospital now (:func:`_in_hospital_now`), any later one carries it on, up or down.
    Only when the claim's key is new to the story, the story holds no other key in
    hospital now, and exactly one ``<noun>|hospitalized`` key (filed by other articles
    only) of the same noun or a generic one (:data:`_GENERIC_PEOPLE`, "the injured") on
    either side."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    prop, dims = _prop_dims(metric)
    if prop != "hospitalized" or dims != ("current",) or c.get("value") is None:
        return None
    subject = metric.partition("|")[0]
    if any(_prop_dims(m) == (prop, dims) for m in scene.story_metrics):
        return None  # the story reads another group in hospital now: two groups
    found = [m for m in scene.story_metrics if "?" not in m and _prop_dims(m) == (prop, ())]
    if len(found) != 1 or found[0] in scene.own_metrics:
        return None
    other = found[0].partition("|")[0]
    generic = _GENERIC_PEOPLE | _ROLE_WORDS | {"people", "person"}  # "the injured" too
    if other != subject and not {other.rsplit(" ", 1)[-1], subject.rsplit(" ", 1)[-1]} & generic:
        return None  # "children" in hospital now against "adults" taken there
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, found[0])
    figs = [f for f in (entry or {}).get("figures", ()) if f["claim"].get("value") is not None]
    if not figs or any(f["article"]["id"] == scene.aid for f in figs):
        return None
    last_t = max(float(f.get("t") or 0.0) for f in figs)
    latest = [float(f["claim"]["value"]) for f in figs if float(f.get("t") or 0.0) == last_t]
    v = float(c["value"])
    if all(_in_hospital_now(f["claim"]) for f in figs if float(f.get("t") or 0.0) == last_t):
        # the key's latest reading is itself one of those in hospital now (joined here
        # before): the state carries on both ways, as patients go home
        return found[0] if v > 0 else None
    top = max(latest)  # a report may give a part beside it ("nine, one of them critical")
    return found[0] if 0 < top < v <= scene.config.kin_max_ratio * top else None


def _story_expected(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 63: an expected figure of a quantity the story holds ("8,000 pigs on the farms
    will be culled" after an earlier article's "4,500 pigs were culled", ``pigs|count|
    expected`` against ``pigs|count``) carries that key on: the key of the same subject,
    property and dimensions without ``|expected``, when the claim's key is new to the
    story, the plain key is not filed by this article, and its latest report lies near the
    figure (:func:`_latest_near`).  Not for a reading whose sentence names the figure it
    moved from (the ledger's to place)."""
    if scene.config.kin_max_ratio <= 0 or metric in scene.story_metrics or "?" in metric:
        return None
    parts = metric.split("|")
    if len(parts) < 3 or parts[-1] != "expected" or c.get("value") is None:
        return None
    plain = "|".join(parts[:-1])
    if plain not in scene.story_metrics or plain in scene.own_metrics:
        return None
    return plain if _latest_near(scene, plain, c) else None


#: Round 63: words after a figure that read those in hospital now ("34 patients are now in
#: hospital", "Four remain in hospital", "were still being treated"), as the extractor's
#: ``|current`` state does (a cheap reading of a ledger figure's stored sentence).
_IN_HOSPITAL_AFTER = re.compile(
    r"\W*(?:[\w-]+\s+){0,6}?(?:(?:are|were|is|was|remain(?:s|ed)?)\s+(?:now\s+|still\s+)*"
    r"(?:in\s+(?:[\w-]+\s+){0,3}?hospitals?\b|being\s+treated)|remain(?:s|ed)?\s+in\s+)",
    re.I,
)


#: ... or before it: "The number of people in hospital with burns rose to 76".
_IN_HOSPITAL_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:in\s+hospitals?|being\s+treated)\b[^.;]{0,90}$",
    re.I,
)


def _in_hospital_now(fc: Mapping[str, Any]) -> bool:
    """Round 63: does a stored figure's sentence read it as those in hospital now?"""
    quote, text, at = ledger._in_sentence(fc)
    return at >= 0 and (
        _IN_HOSPITAL_AFTER.match(quote, at + len(text)) is not None
        or _IN_HOSPITAL_BEFORE.search(quote[:at]) is not None
    )


def _head(subject: str) -> str:
    """A key subject's head noun, without a plural "s" ("medium range launchers" -> "launcher")."""
    head = subject.rsplit(" ", 1)[-1]
    return head[:-1] if len(head) > 3 and head.endswith("s") else head


def _prop_dims(metric: str) -> tuple[str, tuple[str, ...]]:
    """A key's property and dimensions: "people|killed" -> ("killed", ())."""
    parts = metric.split("|")
    return (parts[1] if len(parts) > 1 else ""), tuple(parts[2:])
