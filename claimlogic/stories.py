"""Story grouping: which earlier story (if any) an article is about.

Features (computed statelessly in ``analyze``):

* entity terms: capitalised words that also occur capitalised *inside* a
  sentence (so sentence-initial common words are not taken), all-caps
  acronyms, and adjacent capitalised pairs ("north kore"); a short list of
  calendar words, titles and news boilerplate is excluded;
* key terms: the most frequent content words (stop words dropped), the
  headline's words counted twice.

Both are normalised by :func:`norm_term`, which folds demonyms onto their
country ("Russian" and "Russia" -> "russ", "Korean"/"Korea" -> "kore").

Matching (in the brain, against the ``story-terms`` inverted index):

* ``score = sum(w_a(t) * idf(t) for shared t) / sum(w_a(t) * idf(t) for all t)``
  where ``idf(t) = log(1 + N / (1 + df(t)))`` is learned from the stream
  itself (N articles, df(t) stories whose profile holds t);
* a story is joined only if the article shares at least ``min_shared_entities``
  *distinct* entity terms with it (generic words never suffice) and
  ``score >= story_threshold`` when the article's event time lies within
  ``story_window_s`` of the story's articles; beyond the window the score
  needed rises linearly to ``story_strong_threshold`` at ``story_max_gap_s``
  (long-running stories need a stronger overlap), and never past it;
* a short follow-up sharing only one entity may still join (a *brief join*, see
  ``BrainConfig.brief_max_df``): :func:`follow_up`, :func:`anchor_terms`,
  :func:`metric_families` and :func:`exclusive_weight` give its evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

_CAP = re.compile(r"\b(?:[A-Z][a-z’'\-]+|[A-Z]{2,}(?:\.[A-Z])*\.?|[A-Z]\.(?:[A-Z]\.)+)")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-]*|[.!?;:]|\n")
_SENT_END = {".", "!", "?", ";", ":", "\n"}

STOP_CAPS = frozenset(
    """
    the a an in on at of for to by from with as and but or if so yet not no it its he she
    they we i you his her their our this that these those there here who what when where
    why how which while after before since during until about over under into than then
    also just more most monday tuesday wednesday thursday friday saturday sunday today
    yesterday tomorrow january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr sir
    president minister prime secretary spokesman spokeswoman spokesperson official
    officials police chief department agency ministry government state city county reuters
    ap afp associated press bloomberg cnn bbc upi update updated breaking live editor
    editing reporting writing additional photo video image file ltd inc corp according
    said says told added however meanwhile earlier later last next first second one two
    three four five six seven eight nine ten dozens hundreds thousands millions north
    south east west northern southern eastern western central new old great upper lower
    saint st san los las el la de del mount lake river fort port
    """.split()  # noqa: SIM905
)

_DIRECTIONAL = frozenset(
    """
    north south east west northern southern eastern western central new united saint st
    """.split()  # noqa: SIM905
)

#: Place-type and institution words: entities only as the second word of a pair.
_GENERIC = frozenset(
    """
    street st avenue ave road rd boulevard blvd lane drive highway freeway interstate route
    bridge square plaza park side area district region province county borough township
    village town city center centre station airport port harbor harbour hospital clinic
    university college school academy church mosque temple cathedral mall market building
    tower hall house court office base camp island islands river lake valley mountain
    mountains hills beach coast bay gulf sea ocean desert forest border corps army navy
    force forces brigade brigades division regiment battalion ministry service services
    council committee party union company group bank fund news times post daily wire
    """.split()  # noqa: SIM905
)

STOP_WORDS = frozenset(
    """
    a about above after again against all also although am among an and any are around as
    at be because been before being below between both but by can could did do does doing
    down during each either else even ever every few for from further had has have having
    he her here hers him his how however i if in into is it its itself just last least
    less like made make many may me might more most much must my near nearly neither no
    nor not now of off often on once only or other others our ours out over own per
    perhaps put rather same several she should since so some still such than that the
    their theirs them then there these they this those though through thus to too toward
    towards under until up upon us very was we were what whatever when where whether which
    while who whom whose why will with within without would yet you your said says say
    saying told tell according added adding reported report reports statement news week
    weeks month months year years day days today yesterday tomorrow time times people
    person including include included another first second third one two three four five
    six seven eight nine ten hundred thousand million billion percent number numbers
    official officials monday tuesday wednesday thursday friday saturday sunday morning
    evening night afternoon late early new old also told
    """.split()  # noqa: SIM905
)


def _base(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def norm_term(word: str) -> str:
    """Lower-case, drop possessives, fold common inflections and demonyms onto one stem."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-.").replace(".", "")
    for suf in ("ians", "ian", "ans", "an", "ese", "ia", "a", "e", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


@lru_cache(maxsize=8192)
def _kw_norm(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf in ("ings", "ing", "ies", "ied", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return w


_END, _PLACE_WORD, _NAME, _OTHER = range(4)


@lru_cache(maxsize=8192)
def _token_class(tok: str) -> tuple[int, str, bool]:
    """(kind, normalised term, all-caps acronym) of one token for :func:`features`.

    Kinds: ``_END`` a sentence end; ``_PLACE_WORD`` a capitalised place-type or
    institution word ("Street"); ``_NAME`` a capitalised word or acronym, with its
    :func:`norm_term`; ``_OTHER`` anything else, with its term only when it is a
    capitalised directional word ("North", "New"), else "".
    """
    # cached: a token's class depends on the token alone, and news repeats its tokens
    if tok in _SENT_END:
        return _END, "", False
    is_cap = tok[0].isupper() and _base(tok) not in STOP_CAPS
    is_acr = len(tok) >= 2 and tok.replace(".", "").isupper()
    if is_cap and _base(tok) in _GENERIC:
        return _PLACE_WORD, norm_term(tok), is_acr
    if is_cap or is_acr:
        return _NAME, norm_term(tok), is_acr
    if tok[0].isupper() and tok.lower() in _DIRECTIONAL:
        return _OTHER, norm_term(tok), is_acr
    return _OTHER, "", is_acr


_KW_WORD = re.compile(r"\b[a-z][a-z\-]{3,}\b")
_TITLE_KW_WORD = re.compile(r"\b[A-Za-z][a-z\-]{3,}\b")


def features(
    text: str, title: str | None = None, *, max_terms: int = 40
) -> dict[str, dict[str, float]]:
    """Entity and key-term weights of an article: ``{"ents": {...}, "kw": {...}}``."""
    tokens = _TOKEN.findall(text)
    inner_caps: Counter[str] = Counter()
    all_caps: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    prev_cap: str | None = None
    at_start = True
    for tok in tokens:
        kind, n, is_acr = _token_class(tok)
        if kind == _END:
            at_start = True
            prev_cap = None
            continue
        if kind == _PLACE_WORD:
            # "Street", "Park", "Side": part of a name ("Halsted Street"), never one alone
            if prev_cap is not None and not at_start:
                pairs[f"{prev_cap} {n}"] += 1
                inner_caps[n] += 1
            prev_cap = None
            at_start = False
            continue
        if kind == _NAME:
            if len(n) >= 2:
                all_caps[n] += 1
                if not at_start or is_acr:
                    inner_caps[n] += 1
                if prev_cap is not None:
                    pairs[f"{prev_cap} {n}"] += 1
                prev_cap = n
        else:
            # directional words ("North", "New") only count inside a pair
            prev_cap = n or None
        at_start = False
    ents: dict[str, float] = {}
    for n, c in all_caps.items():
        if inner_caps[n] and n not in _DIRECTIONAL:
            ents[n] = 1.0 + math.log(c)
    for p, c in pairs.items():
        second = p.split(" ", 1)[1]
        if (inner_caps[second] or c >= 2) and second not in _DIRECTIONAL:
            ents[p] = 1.0 + math.log(c)
    kw: Counter[str] = Counter(_kw_norm(w) for w in _KW_WORD.findall(text) if w not in STOP_WORDS)
    if title:
        for m in _TITLE_KW_WORD.finditer(title):
            w = m.group(0).lower()
            if w not in STOP_WORDS and w not in STOP_CAPS:
                kw[_kw_norm(w)] += 2
    top_ents = dict(sorted(ents.items(), key=lambda kv: (-kv[1], kv[0]))[: max_terms // 2 + 5])
    n_kw = max_terms - len(top_ents)
    top_kw = {
        k: round(0.5 * (1.0 + math.log(c)), 3)
        for k, c in sorted(kw.items(), key=lambda kv: (-kv[1], kv[0]))[:n_kw]
        if k not in top_ents
    }
    return {"ents": {k: round(v, 3) for k, v in top_ents.items()}, "kw": top_kw}


def term_weights(feats: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """One flat vector; entity terms carry the prefix ``e:`` and twice the weight."""
    out = {f"e:{k}": 2.0 * v for k, v in feats.get("ents", {}).items()}
    out.update({f"k:{k}": float(v) for k, v in feats.get("kw", {}).items()})
    return out


def idf(n_docs: int, df: int) -> float:
    return math.log(1.0 + max(n_docs, 1) / (1.0 + df))


#: One article term, weighed once per article: (term, w * idf(df), w * idf(df - 1), is an
#: entity). The second weight is the term's when the candidate story holds it.
Weighed = tuple[str, float, float, bool]


def weigh_terms(
    article: Mapping[str, float], dfs: Mapping[str, int], n_stories: int
) -> list[Weighed]:
    """The article's terms with their weights for :func:`score_weighed`, in its order.

    The weights depend on the article and the index only, not on the candidate story,
    so the brain computes them once per article rather than once per candidate.
    """
    out: list[Weighed] = []
    for t, w in article.items():
        df = dfs.get(t, 0)
        out.append(
            (t, w * idf(n_stories, df), w * idf(n_stories, max(df - 1, 0)), t.startswith("e:"))
        )
    return out


def score_weighed(weighed: Iterable[Weighed], profile: Mapping[str, float]) -> tuple[float, int]:
    """:func:`match_score` of terms already weighed by :func:`weigh_terms`."""
    # the same sums in the same order as weighing per candidate: equal to the last bit
    total = shared = 0.0
    ents = 0
    for t, x_other, x_held, is_ent in weighed:
        if t in profile:
            total += x_held
            shared += x_held
            if is_ent:
                ents += 1
        else:
            total += x_other
    return (shared / total if total else 0.0), ents


def match_score(
    article: Mapping[str, float],
    profile: Mapping[str, float],
    dfs: Mapping[str, int],
    n_stories: int,
) -> tuple[float, int]:
    """(score in [0, 1], number of distinct shared entity terms).

    A shared term's document frequency counts the candidate story itself, so
    ``df - 1`` (the *other* stories holding it) gives its idf.
    """
    return score_weighed(weigh_terms(article, dfs, n_stories), profile)


def time_gap(t: float, first: float, last: float) -> float:
    """Distance from event time t to the story's [first, last] span (0 inside it)."""
    if t < first:
        return first - t
    if t > last:
        return t - last
    return 0.0


def required_score(
    gap: float, *, window: float, max_gap: float, base: float, strong: float
) -> float | None:
    """Score an article needs to join a story whose articles are ``gap`` seconds away.

    ``base`` within the window, rising linearly to ``strong`` at ``max_gap``;
    None (never) beyond ``max_gap``.
    """
    if gap <= window:
        return base
    if gap > max_gap:
        return None
    return base + (strong - base) * (gap - window) / max(max_gap - window, 1.0)


def pack_profile(profile: Mapping[str, float]) -> str:
    """A profile as one string ``"term\tweight\n..."`` (one object in the table, not 2n)."""
    return "\n".join(f"{t}\t{w:g}" for t, w in profile.items())


def unpack_profile(packed: str | Mapping[str, float]) -> dict[str, float]:
    """A profile packed by :func:`pack_profile` (or already a mapping) as a new dict."""
    if not isinstance(packed, str):
        return dict(packed)
    out: dict[str, float] = {}
    for line in packed.split("\n"):
        if line:
            t, _, w = line.rpartition("\t")
            out[t] = float(w)
    return out


#: Decoded profiles kept by :func:`read_profile`. The brain reads each candidate story's
#: profile once per article that finds it; a story's profile string changes only when an
#: article joins it, so recent strings are read again and again.
PROFILE_CACHE_SIZE = 1024


@lru_cache(maxsize=PROFILE_CACHE_SIZE)
def _read_packed(packed: str) -> dict[str, float]:
    return unpack_profile(packed)


def read_profile(packed: str | Mapping[str, float]) -> Mapping[str, float]:
    """:func:`unpack_profile` for reading only: the same (shared, cached) mapping for
    equal packed strings. Never modify it; :func:`unpack_profile` gives a copy."""
    if isinstance(packed, str):
        return _read_packed(packed)
    return packed


def merge_profile(
    profile: Mapping[str, float], article: Mapping[str, float], cap: int
) -> dict[str, float]:
    """Add an article's term weights to a story profile, keeping the ``cap`` heaviest terms."""
    out = dict(profile)
    for t, w in article.items():
        out[t] = round(out.get(t, 0.0) + w, 3)
    if len(out) > cap:
        out = dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:cap])
    return out


# --------------------------------------------------------------------------- brief joins
#: Properties specific enough that sharing one is evidence of the same event's figures.
_EVENT_PROPS = frozenset(
    """
    killed injured casualties missing hospitalized rescued infected displaced arrested
    captured destroyed
    """.split()  # noqa: SIM905
)
#: Counted nouns too generic to tie two metrics to one event.
_GENERIC_HEADS = frozenset("people persons person others residents".split())  # noqa: SIM905


def metric_families(keys: Iterable[str]) -> set[str]:
    """What a set of metric keys measures, coarsely: the keys themselves, their event
    property ("|killed", "|missing") and their counted noun ("homes|", "cases|"), so
    that "suspected cholera cases|infected" and "cholera cases|count" share "cases|"."""
    out: set[str] = set()
    for key in keys:
        if not key:
            continue
        parts = key.split("|")
        subject, prop = parts[0], (parts[1] if len(parts) > 1 else "")
        if "?" in subject:
            continue  # nothing says what is counted
        out.add("k:" + key)
        if prop in _EVENT_PROPS:
            out.add("|" + prop)
        words = subject.split()
        if words and words[-1] not in _GENERIC_HEADS:
            out.add(_kw_norm(words[-1]) + "|")
    return out


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]+")


#: Round 82: a wire's revision tag at the head of a headline ("UPDATE 2-Ferry toll rises").
_WIRE_UPDATE = re.compile(r"^\s*UPDATE\s*\d*\s*-\s*")


def anchor_terms(
    ents: Mapping[str, float],
    title: str | None,
    places: Iterable[str | None],
    dateline: str | None = None,
) -> set[str]:
    """The article's single-word entity terms that it is *about*: those named in its
    headline or as the place of one of its figures ("Pelvo strike: 19 killed"); failing
    those, its dateline's place ("HALMOR (Radio Halmor) - The number of nurses ...").

    Only body entities count, so a Title Case headline's common words are not anchors.
    """
    named: set[str] = set()
    if title:
        # round 82: a wire's "UPDATE 1-" before the headline is no name the report is about
        title = _WIRE_UPDATE.sub("", title)
    for s in (title, *places):
        if s:
            named.update(norm_term(w) for w in _TITLE_WORD.findall(s))
    out = {e for e in ents if " " not in e and e in named}
    if not out and dateline and dateline in ents:
        # a brief's headline names the count, not the place; its dateline says where it
        # is from. Only as a last resort: a wire report's dateline may be another town
        # ("MIRANDELA - A third person died ... after Thursday's crash near Castrelo")
        out = {dateline}
    return out


def headline_words(title: str | None, names: Iterable[str] = ()) -> set[str]:
    """The content words of a headline (folded as key terms are), the ``names`` it is
    about left out: what the headline says happened or is counted ("Corvel queue grows":
    ``{"queue", "grow"}``).  Round 33: a report joining a story on one rare name must
    share one of these with the story's headline, so a second incident in the same
    town ("Fire sweeps through Halvik covered market" after "Bus plunges into ravine
    near Halvik") does not join the first on the town alone."""
    if not title:
        return set()
    skip = set(names)
    out: set[str] = set()
    for m in _TITLE_KW_WORD.finditer(title):
        w = m.group(0).lower()
        if w in STOP_WORDS or w in STOP_CAPS or norm_term(w) in skip:
            continue
        out.add(_fold_final_e(_kw_norm(w)))
    return out


def _fold_final_e(stem: str) -> str:
    """A headline stem without its final "e", so a verb's and a noun's forms meet:
    ``_kw_norm`` gives "collaps" for "collapses" but "collapse" for "collapse", "strik" for
    "strikes" but "strike" for "strike" (a story's "Overpass collapses ..." and its
    follow-up's "Periferico collapse: ..." share the event).  Short words keep theirs
    ("fire", "fires" -> "fire")."""
    return stem[:-1] if len(stem) >= 5 and stem.endswith("e") else stem


_DATELINE = re.compile(
    r"([A-Z][A-Z'’-]{2,})(?:\s*,[^\n]{0,40}?)?\s*(?:\([^)\n]{1,60}\)\s*)?[-–—]\s"
)


def dateline_place(text: str) -> str | None:
    """The normalised one-word place of an article's dateline ("HALMOR (Radio Halmor) -",
    "KOLVANE, March 9 (MNA) -"), None when the text does not open with one."""
    m = _DATELINE.match(text.lstrip())
    return norm_term(m.group(1)) if m else None


def exclusive_weight(
    article: Mapping[str, float],
    profile: Mapping[str, float],
    other: Mapping[str, float],
    dfs: Mapping[str, int],
    n_stories: int,
) -> float:
    """Weight (w * idf) of the article's terms shared with ``profile`` but not ``other``:
    the evidence for one story over the other."""
    return sum(
        w * idf(n_stories, max(dfs.get(t, 0) - 1, 0))
        for t, w in article.items()
        if t in profile and t not in other
    )


#: Nouns for an event (or the people and vehicles at its centre) that a follow-up refers
#: back to with "the": "the strike", "the Halvik market fire", "the ferry that sank".
_EVENT_NOUNS = (
    r"attacks?|strikes?|bombings?|blast|explosions?|fire|blaze|crash|collision|derailment"
    r"|earthquake|quake|tremor|floods?|flooding|storm|cyclone|hurricane|typhoon|tornado"
    r"|landslide|mudslide|avalanche|eruption|outbreak|epidemic|shooting|stabbing|sinking"
    r"|disaster|accident|collapse|siege|kidnapping|hijacking|riots?|clashes|raid|spill"
    r"|leak|heatwave|wildfire|outages?|blackout|ferry|bus|train|plane|aircraft|ship"
    r"|vessel|boat|kidnappers|gunmen|attackers|hostage[- ]takers"
)
_FOLLOW_UP = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night)"
    r"['’]s\b"
    r"|\b(?:the|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:" + _EVENT_NOUNS + r")\b(?:['’]s)?"
    r"(?!\s+(?:brigade|service|services|department|crews?|chief|officials|station"
    r"|fighters|safety|alarm|exit|company|operator|driver|line|route)\b)"
    r"|\b(?:death\s+)?toll\b|\b\w+\s+more\s+(?:deaths|bodies|people\s+(?:died|have\s+died))\b|\b(?:rose|risen|rises|climbed|climbs|jumped|fell|dropped)\s+to\b"
    r"|\bremain(?:s|ed)?\b|\bstill\b|\bmore bodies\b"
    # a running count carried on: "bringing the number of arrests to 19", "raided seven
    # more garages", "26 athletes have now tested positive", "has fallen to 1,900"
    r"|\b(?:bringing|brings|taking|takes)\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:number|total|tally|count)\b"
    r"|\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+more\s+(?!than\b)[a-z]"
    r"|\b(?:has|have|had|are|is)\s+now\b|\b(?:fallen|falls|reached)\s+(?:to\b|\d)"
    # round 83: a correction of a figure already given ("has corrected its count of
    # absent pupils to 64,500", "revised its suspected case count down to 188", "more
    # than first reported"): a figure is only corrected once it has been reported
    r"|\b(?:revised|revises|revising|corrected|corrects|correcting)\s+"
    r"(?:its|their|the|his|her|an?)\s+(?:[\w'’-]+\s+){0,4}?(?:count|figures?|estimates?"
    r"|number|total|tally|toll|forecast|rate|data|statistics)\b"
    r"|\b(?:revised|corrected)\s+(?:up|down)(?:wards?)?\b"
    r"|\b(?:than|as)\s+(?:first|initially|originally|previously|earlier)\s+"
    r"(?:reported|stated|thought|feared|announced|estimated|said|published)\b"
    # "45 percent were allowed, not 47 percent as stated in its annual report"
    r"|\bnot\s+(?:the\s+)?\d[\d.,]*\s*(?:percent|per\s+cent|%)?(?:\s+[a-z]+){0,2}?\s+as\s+"
    r"(?:stated|reported|published|announced|given|said)\b",
    re.I,
)
_LEAD_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def follow_up(text: str) -> bool:
    """Is the article's lead written as a follow-up of an event already reported?

    A first report introduces its event ("A fire swept through the covered market...");
    a follow-up refers back to it ("the death toll from Friday's bus crash rose to 12",
    "the number injured in the Halvik market fire", "the ferry that sank off Lorca").
    Only the first sentence is read: later sentences of any report refer to its own event.
    """
    lead = _LEAD_END.split(text.strip(), maxsplit=1)[0][:400]
    return bool(_FOLLOW_UP.search(lead))
