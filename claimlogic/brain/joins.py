"""Story joins: which story an article joins (_assign_story, _best_story: score, brief,
recent, one-name, anchor, headline and named joins; _outlet_join; _figure_join and
_continues_figures).

Part of :mod:`claimlogic.brain`, split from the old ``brain.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from typing import Any

from claimlogic import ledger, stories

from .aliases import (
    DISPLACED,
    _story_alias,
)
from .state import (
    T_LEDGER,
    T_STORIES,
    T_TERMS,
    BrainConfig,
    Tables,
    _enqueue,
    _ledger_entry,
    _newest,
    _sha,
    _unindex,
)


def _assign_story(
    tables: Tables,
    a: Mapping[str, Any],
    event_t: float,
    now: float,
    config: BrainConfig,
    meta: dict[str, Any],
    prev_story: str | None,
) -> tuple[str, bool]:
    st_table, terms_table = tables[T_STORIES], tables[T_TERMS]
    vec = stories.term_weights(a.get("terms") or {})
    vec = dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: config.terms_per_article])
    n = max(meta["n_stories"], 1)
    dfs: dict[str, int] = {}
    hits: dict[str, list[float]] = {}
    term_entries: dict[str, list[Any] | None] = {}
    for t in vec:
        e = terms_table.get(t)
        term_entries[t] = e
        df = dfs[t] = e[0] if e else 0
        if e:
            w = vec[t] * stories.idf(n, df - 1)
            ent = 1 if t.startswith("e:") else 0
            # ~200 (story, term) pairs an article: no new list per pair, one lookup
            for sid in e[1:]:
                h = hits.get(sid)
                if h is None:
                    hits[sid] = [w, ent]
                else:
                    h[0] += w
                    h[1] += ent
    chosen: str | None = None
    if prev_story and prev_story in st_table:
        chosen = prev_story
    else:
        chosen = _best_story(a, vec, hits, dfs, n, event_t, st_table, config, tables[T_LEDGER])
        if chosen is None:
            chosen = _outlet_join(a, vec, terms_table, st_table, event_t, config)
    created = chosen is None
    if chosen is None:
        chosen = "st-" + _sha("story", a["id"], n=12)
        st = {
            "id": chosen,
            "title": a.get("title"),
            "first_article": a["id"],
            "t0": event_t,
            "t1": event_t,
            "created": now,
            "seen": now,
            "n": 0,
            "dups": 0,
            "outlets": [],
            "profile": "",
            "metrics": [],
        }
        meta["n_stories"] += 1
        _enqueue(tables, meta, now, "s", chosen)
    else:
        st = dict(st_table[chosen])
    st["t0"], st["t1"] = min(st["t0"], event_t), max(st["t1"], event_t)
    st["seen"] = now
    st["n"] = st.get("n", 0) + 1
    outlet = a.get("outlet")
    if outlet and outlet not in st["outlets"] and len(st["outlets"]) < 50:
        st["outlets"] = [*st["outlets"], outlet]
    old_profile = stories.read_profile(st["profile"])
    profile = stories.merge_profile(old_profile, vec, config.story_profile_terms)
    st["profile"] = stories.pack_profile(profile)
    st_table[chosen] = st
    # the index lists a story under exactly the terms of its profile
    for t in old_profile:
        if t not in profile:
            _unindex(terms_table, t, chosen)
    for t in vec:
        if t not in profile:
            continue
        e = term_entries[t] or [0]
        lst = e[1:]
        if chosen in lst:  # listed once at most: the list is rebuilt here each time
            lst.remove(chosen)
            df = e[0]
        else:
            df = e[0] + 1
        terms_table[t] = [df, chosen, *lst[: config.stories_per_term - 1]]
    return chosen, created


#: Words of an outlet's name that say what kind of outlet it is, not where it is from.
_OUTLET_WORDS = frozenset(
    [
        "radio",
        "news",
        "daily",
        "press",
        "herald",
        "times",
        "post",
        "tribune",
        "journal",
        "gazette",
        "chronicle",
        "star",
        "courier",
        "mail",
        "morning",
        "evening",
        "weekly",
        "network",
        "wire",
        "service",
        "agency",
        "online",
        "tv",
        "fm",
        "television",
        "channel",
        "station",
        "bulletin",
        "report",
        "review",
        "observer",
        "record",
    ]
)


def _outlet_places(outlet: str | None) -> set[str]:
    """Round 64: the place words of an outlet's name, folded as entity terms ("Radio
    Orvaney", "The Kelmarsh Herald" -> ``{"orvaney"}``-like stems): a local outlet's name
    says where its reports are from."""
    if not outlet:
        return set()
    return {
        stories.norm_term(w)
        for w in re.findall(r"[A-Z][A-Za-z'’-]+", outlet)
        if w.lower() not in _OUTLET_WORDS and w.lower() not in stories.STOP_CAPS
    }


def _outlet_join(
    a: Mapping[str, Any],
    vec: Mapping[str, float],
    terms_table: Mapping[str, Any],
    st_table: Mapping[str, Any],
    event_t: float,
    config: BrainConfig,
) -> str | None:
    """Round 64: a report that joined no story joins the one story whose headline names
    the place its outlet is named after ("Amnesty count rises" from Radio Orvaney after
    "Thousands come forward as Orvaney offshore tax amnesty nears deadline"): a local
    station's brief often names no place at all, and shares few terms with the story.
    The place is an entity term of the story's and of at most ``brief_max_df`` stories,
    named in the headline of only one of them within ``brief_max_gap_s`` (event time) --
    or, for a report written as a follow-up, held by that one story alone (its dateline
    or text names it: "Radio Kelsby" after a story datelined KELSBY); every place the report is
    about is one the story knows; a figure of the report is of a kind the story tracks;
    and the report is written as a follow-up or its headline shares a content word with
    the story's -- or (round 78) it is at least ``one_entity_min_gap_s`` from the story and
    one of its figures is under a key the story holds itself, not an incident's count
    (``_INCIDENT_PROPS``).  Two stories of that place: no guess."""
    if config.brief_max_df <= 0 or config.one_entity_score <= 0:
        return None
    places = _outlet_places(a.get("outlet"))
    if not places:
        return None
    found: set[str] = set()
    for t in places:
        e = terms_table.get("e:" + t)
        if not e or e[0] > config.brief_max_df:
            continue
        for sid in e[1:]:
            st = st_table.get(sid)
            if st is None:
                continue
            gap = stories.time_gap(event_t, st["t0"], st["t1"])
            if gap > config.brief_max_gap_s or _required_score(gap, config) is None:
                continue
            title_terms = {
                stories.norm_term(w) for w in re.findall(r"[A-Za-z'’-]+", st.get("title") or "")
            }
            # named in its headline; or no other story's place, for a follow-up
            if t in title_terms or (e[0] == 1 and a.get("fu")):
                found.add(sid)
    if len(found) != 1:
        return None
    sid = found.pop()
    st = st_table[sid]
    profile = stories.read_profile(st["profile"])
    claims = a.get("claims") or ()
    anchors = stories.anchor_terms(
        (a.get("terms") or {}).get("ents") or {},
        a.get("title"),
        [c.get("place") for c in claims],
        a.get("dl"),
    )
    if any("e:" + t not in profile for t in anchors):
        return None  # about a place the story does not know
    families = stories.metric_families(c.get("metric") or "" for c in claims)
    shared = families & stories.metric_families(st.get("metrics") or ())
    if not shared:
        return None
    if not a.get("fu") and not (
        stories.headline_words(a.get("title"), places)
        & stories.headline_words(st.get("title"), places)
    ):
        # round 78: a station's brief on a running count the story keeps under the very
        # same key ("Vellmark has put 11,500 workers on short-time work" on the town's
        # radio after "... carmakers put 10,000 workers on short time"), a day or more on
        # (one_entity_min_gap_s): its headline is its own ("More workers on short time").
        # Never an incident's count: a second shooting in the town has its own dead.
        gap = stories.time_gap(event_t, st["t0"], st["t1"])
        same_keys = {
            f for f in shared if f.startswith("k:") and not set(f.split("|")[1:2]) & _INCIDENT_PROPS
        }
        if gap < config.one_entity_min_gap_s or not same_keys:
            return None
    return sid


def _required_score(gap: float, config: BrainConfig) -> float | None:
    """Score an article needs to join a story ``gap`` seconds away (None: too far)."""
    return stories.required_score(
        gap,
        window=config.story_window_s,
        max_gap=config.story_max_gap_s,
        base=config.story_threshold,
        strong=config.story_strong_threshold,
    )


#: Round 57: beyond ``story_max_gap_s`` a story still takes a report that shares this
#: many names with it and reaches ``story_strong_threshold`` on its terms: a trial, a
#: fine or a settlement months on names the same prosecutors, firms and outlets.
_LONG_JOIN_ENTITIES = 8
#: ... but never farther apart than this (event time).
_LONG_JOIN_GAP_S = 120 * 24 * 3600.0


#: Round 73: farther than ``_LONG_JOIN_GAP_S``, within half a year, the long join also
#: takes a report naming this many distinct rare names of the story's: a verdict, a
#: regulator's payout or an inquiry's report months on names the defendants, judges,
#: firms and officials of the charge, not only its place and its body.  Round 75: five
#: (round 73 took six): a verdict sharing five was kept out only because the ledger read
#: the court's figure as a dispute of the prosecution's (``ledger.decision.
#: ruling_on_demand`` now reads it as an update).
_LATE_JOIN_NAMES = 5
#: ... but never farther apart than this (event time).
_LATE_JOIN_GAP_S = 183 * 24 * 3600.0


#: Round 79: past ``story_max_gap_s``, within ``_LONG_JOIN_GAP_S``, a report naming this
#: many distinct rare names of the story's (``_distinct_rare_names``) needs only
#: ``_MANY_NAMES_JOIN_FACTOR`` of the strong threshold: an inquiry's, a prosecutor's or a
#: claims scheme's report two to four months on names the victims' group, the firm, the
#: officials and the places of the first reports, but its own findings' words weigh its
#: terms down (0.46 - 0.49 where 0.50 is asked).
_MANY_NAMES_JOIN = 6
_MANY_NAMES_JOIN_FACTOR = 0.9


#: Round 82: past ``story_max_gap_s``, within ``_LONG_JOIN_GAP_S``, a report sharing this
#: many names with the story, this many of them distinct rare names of the story's
#: (``_distinct_rare_names``), joins it at the strong threshold itself: a regulator's
#: fine, an agency's count or an inquiry's hearing two to four months on names the firm,
#: the place and the officials of the first reports (five to seven names) and its terms
#: reach the strong threshold, where the round-57 join asks eight names.
_NAMED_LONG_JOIN_ENTITIES = 5
_NAMED_LONG_JOIN_RARE = 3


def _named_long_need(gap: float, ents: int, distinct: int, config: BrainConfig) -> float | None:
    """Round 82: the strong threshold for a report past ``story_max_gap_s`` and within
    ``_LONG_JOIN_GAP_S`` that shares ``_NAMED_LONG_JOIN_ENTITIES`` names with the story,
    ``_NAMED_LONG_JOIN_RARE`` of them distinct rare names (None otherwise). Asked only
    when the round 57/73/79 needs (``_long_gap_need``) give none."""
    if (
        config.story_max_gap_s < gap <= _LONG_JOIN_GAP_S
        and ents >= _NAMED_LONG_JOIN_ENTITIES
        and distinct >= _NAMED_LONG_JOIN_RARE
    ):
        return config.story_strong_threshold
    return None


#: Round 84 (j83's candidate, taken on new evidence): past ``_LONG_JOIN_GAP_S``, within
#: ``_LATE_JOIN_GAP_S``, a report sharing this many names with the story, this many of them
#: distinct rare names of the story's, joins it at the strong threshold: a trial's opening,
#: an appeal's ruling, a claims fund's or a regulator's count four to six months on name
#: the firm, the prosecutor and the places of the first reports (six to nine names, four or
#: five of them rare) and their terms reach the strong threshold, where the round-73 late
#: join asks eight names and five rare ones.  A second incident at the same place months
#: on shares the place and a body or two, not six names and half the story's terms.
#: The rare names it asks are the round-73 late join's one short (``_LATE_JOIN_NAMES`` - 1,
#: read at call time: with the round-73 join off this one is off too).
_NAMED_LATE_JOIN_ENTITIES = 6


def _named_late_need(gap: float, ents: int, distinct: int, config: BrainConfig) -> float | None:
    """Round 84: the strong threshold for a report past ``_LONG_JOIN_GAP_S`` and within
    ``_LATE_JOIN_GAP_S`` (four to six months on) that shares ``_NAMED_LATE_JOIN_ENTITIES``
    names with the story, ``_LATE_JOIN_NAMES`` - 1 of them distinct rare names (None
    otherwise).  Round 82's ``_named_long_need`` one step further out in time, asking one
    name and one rare name more; asked only when the round 57/73/79/82 needs give none."""
    if (
        _LONG_JOIN_GAP_S < gap <= _LATE_JOIN_GAP_S
        and ents >= _NAMED_LATE_JOIN_ENTITIES
        and distinct >= _LATE_JOIN_NAMES - 1
    ):
        return config.story_strong_threshold
    return None


def _long_gap_need(gap: float, ents: int, config: BrainConfig, distinct: int = 0) -> float | None:
    """Round 57: the score a report sharing ``ents`` names needs to join a story ``gap``
    seconds away when that is beyond ``story_max_gap_s`` (None: no join): the strong
    threshold, for ``_LONG_JOIN_ENTITIES`` names or more, within ``_LONG_JOIN_GAP_S``;
    round 73: within ``_LATE_JOIN_GAP_S`` too when ``distinct`` (the report's distinct
    rare names of the story's, ``_distinct_rare_names``) reaches ``_LATE_JOIN_NAMES``;
    round 79: ``_MANY_NAMES_JOIN_FACTOR`` of it within ``_LONG_JOIN_GAP_S`` for
    ``_MANY_NAMES_JOIN`` distinct rare names (the lower need of the two)."""
    if gap <= config.story_max_gap_s:
        return None
    needs: list[float] = []
    if ents >= _LONG_JOIN_ENTITIES and (
        gap <= _LONG_JOIN_GAP_S or (gap <= _LATE_JOIN_GAP_S and distinct >= _LATE_JOIN_NAMES)
    ):
        needs.append(config.story_strong_threshold)
    # round 79: many distinct rare names of the story's are evidence of one story that a
    # few words of new findings should not outweigh
    if gap <= _LONG_JOIN_GAP_S and distinct >= _MANY_NAMES_JOIN:
        needs.append(config.story_strong_threshold * _MANY_NAMES_JOIN_FACTOR)
    return min(needs) if needs else None


def _distinct_rare_names(
    vec: Mapping[str, float],
    profile: Mapping[str, float],
    dfs: Mapping[str, int],
    config: BrainConfig,
) -> set[str]:
    """Rounds 72-73: the distinct names of the story's, held by at most ``brief_max_df``
    stories, that the report names (a name that is a word of another such name does not
    count twice: "dancu" and "aurel dancu" are one)."""
    rare = {
        t
        for t in _own_names(vec)
        if "e:" + t in profile and dfs.get("e:" + t, 0) <= config.brief_max_df
    }
    return {t for t in rare if not any(t != u and t in u.split() for u in rare)}


def _late_one_name(
    anchors: set[str], shared_families: set[str], dfs: Mapping[str, int], config: BrainConfig
) -> bool:
    """Round 85: may a report sharing one name with a story, whose terms alone reach both
    ``one_entity_score`` and the need at that gap, join it past ``brief_max_gap_s`` (and
    within ``story_max_gap_s``, where the need rises to the strong threshold)?  The name
    it is about is one few stories hold (``brief_max_df``) and one of its figures is under
    a key the story holds itself that is no incident's count (``_INCIDENT_PROPS``): a
    station's "Scooter fines reach 1,900" five weeks after the town's scooter story keeps
    its running count.  A second shooting or crash in the same town weeks on counts its
    own dead and injured, so an incident's toll is never this evidence."""
    if not any(dfs.get("e:" + t, 0) <= config.brief_max_df for t in anchors):
        return False  # a common name ("Texas") says little on its own
    return any(
        f.startswith("k:") and not set(f.split("|")[1:2]) & _INCIDENT_PROPS for f in shared_families
    )


def _named_long_follow_up(
    gap: float,
    score: float,
    vec: Mapping[str, float],
    profile: Mapping[str, float],
    dfs: Mapping[str, int],
    config: BrainConfig,
) -> bool:
    """Round 86: may a report two to four months on (past ``story_max_gap_s``, within
    ``_LONG_JOIN_GAP_S``) be weighed as a named follow-up (``_named_follow_up``, asked by
    the caller) on the same share of the strong threshold (``_NAMED_JOIN_FACTOR``) that
    it met just inside ``story_max_gap_s``?  Only when it names
    ``_NAMED_LONG_JOIN_RARE`` distinct rare names of the story's
    (``_distinct_rare_names``): round 82's count, for the same window and the same
    question (are these the story's own rare names?).  Why: a trial's opening, a
    court's sentence or an ombudsman's finding two or three months on names the firm,
    the place and the agency of the first reports and shares the event noun of their
    headline, but its own findings' words weigh its terms down (0.25 - 0.30); round 73
    asked four shared names and 0.35 there, so the need jumped at 60 days from 0.225 to
    0.35 and the follow-up's figures became false first figures.  Two incidents in one
    town share the town and perhaps a police chief, not three rare names and a non-toll
    headline event word.
    Round 73's many-names share past 60 days, one name fewer: off with it
    (``story_many_entities`` = 0)."""
    if config.story_many_entities <= 0 or not config.story_max_gap_s < gap <= _LONG_JOIN_GAP_S:
        return False
    if score < config.story_strong_threshold * _NAMED_JOIN_FACTOR:
        return False
    return len(_distinct_rare_names(vec, profile, dfs, config)) >= _NAMED_LONG_JOIN_RARE


def _best_story(
    a: Mapping[str, Any],
    vec: Mapping[str, float],
    hits: Mapping[str, list[float]],
    dfs: Mapping[str, int],
    n: int,
    event_t: float,
    st_table: MutableMapping[str, Any],
    config: BrainConfig,
    ledger_table: Mapping[str, Any] | None = None,
) -> str | None:
    """The story an article joins: the best-scoring one sharing ``min_shared_entities``
    entities; failing that, a join on one strong shared name, a same-day join, a brief
    join on one rare shared place (a follow-up, or a report whose headline ties it to the
    story: ``headline_join``), or a join on figures the story's ledger continues
    (``ledger_table`` given; see BrainConfig)."""
    brief = config.brief_max_df > 0
    need_ents = 1 if brief else config.min_shared_entities
    # A brief that names nothing at all ("Sixty-four schools are now closed over asbestos,
    # the education ministry said"): radio copy without a dateline. Its terms and its
    # running count are the only evidence, so it may join a recent story sharing none.
    # Round 57: a report that names nothing and is not written as a follow-up ("Market
    # fire: injured rises") is a candidate too, but joins only on its figures (the figure
    # join): on its terms alone it may be a first report of its own (round 29).
    no_names = brief and not _own_names(vec)
    nameless = no_names and bool(a.get("fu"))
    if no_names:
        need_ents = 0
    cands = [s for s, h in hits.items() if h[1] >= need_ents]
    cands.sort(key=lambda s: (hits[s][1] < config.min_shared_entities, -hits[s][0], s))
    best: tuple[float, str] | None = None
    briefs: list[tuple[float, str, Mapping[str, float]]] = []
    recent: list[tuple[float, str, Mapping[str, float]]] = []
    scores: list[tuple[float, str]] = []
    strong: list[tuple[float, str]] = []
    near: list[tuple[float, float, str]] = []
    anchored: list[tuple[float, str]] = []
    named: list[tuple[float, str]] = []
    about: tuple[set[str], set[str]] | None = None

    def anchors_and_families() -> tuple[set[str], set[str]]:
        """The places or names the article is about and its figures' kinds, computed
        once and only when a weak-evidence join needs them."""
        nonlocal about
        if about is None:
            claims = a.get("claims") or ()
            about = (
                stories.anchor_terms(
                    (a.get("terms") or {}).get("ents") or {},
                    a.get("title"),
                    [c.get("place") for c in claims],
                    a.get("dl"),
                ),
                stories.metric_families(c.get("metric") or "" for c in claims),
            )
        return about

    weighed = stories.weigh_terms(vec, dfs, n) if cands else []
    for sid in cands[: config.max_candidates]:
        st = st_table.get(sid)
        if st is None:
            continue
        profile = stories.read_profile(st["profile"])
        score, ents = stories.score_weighed(weighed, profile)
        gap = stories.time_gap(event_t, st["t0"], st["t1"])
        scores.append((score, sid))
        gap_need = _required_score(gap, config)  # None: too far apart in time
        if (
            ledger_table is not None
            and config.figure_join_gap_s > 0
            and gap <= config.figure_join_gap_s
        ):
            near.append((gap, score, sid))
        if no_names and not nameless:
            continue  # round 57: the figure join's only
        if ents >= config.min_shared_entities:
            need = gap_need
            if need is not None and 0 < config.story_many_entities <= ents:
                need *= config.story_many_entities_factor
            if need is None:
                late = gap <= _LATE_JOIN_GAP_S and ents >= min(_MANY_NAMES_JOIN, _LATE_JOIN_NAMES)
                distinct = len(_distinct_rare_names(vec, profile, dfs, config)) if late else 0
                need = _long_gap_need(gap, ents, config, distinct)
                if need is None:
                    # round 82: five names, three of them the story's rare ones, and
                    # terms at the strong threshold are one story's months on
                    need = _named_long_need(gap, ents, distinct, config)
                if need is None:
                    # round 84: four to six months on, six names, four of them the
                    # story's rare ones, and terms at the strong threshold: a trial, an
                    # appeal or a claims fund of the same firm and place
                    need = _named_late_need(gap, ents, distinct, config)
            if need is not None and score >= need and (best is None or (score, sid) > best):
                best = (score, sid)
            elif (
                need is not None
                and config.recent_join_gap_s > 0
                and gap <= config.recent_join_gap_s
                and score >= need * config.recent_join_factor
            ):
                anchors, families = anchors_and_families()
                # the place or name the article is about (headline, a figure's place) is
                # one the story knows and few stories share; and a figure of a known kind
                rare = [
                    t
                    for t in anchors
                    if "e:" + t in profile and dfs.get("e:" + t, 0) <= config.brief_max_df
                ]
                if rare and families & stories.metric_families(st.get("metrics") or ()):
                    recent.append((score, sid, profile))
                    continue
            if need is not None and score >= need:
                continue
            # round 73: past story_max_gap_s, within the long join's gap, a named
            # follow-up sharing story_many_entities names needs that many names' share
            # (story_many_entities_factor) of the long join's strong threshold
            if (
                (gap_need is not None and score >= gap_need * _NAMED_JOIN_FACTOR)
                or (
                    gap_need is None
                    and gap <= _LONG_JOIN_GAP_S
                    and 0 < config.story_many_entities <= ents
                    and score >= config.story_strong_threshold * config.story_many_entities_factor
                )
                or _named_long_follow_up(gap, score, vec, profile, dfs, config)
            ) and _named_follow_up(a, vec, st, profile, dfs, config):
                named.append((score, sid))
            # Short of the need and of the recent join: a follow-up sharing two or more
            # names is no weaker evidence than a brief sharing one, so the brief join's
            # tests below apply to it too (a court date's report 40 hours on that names
            # the defendants and new officials). The one-name joins in between need a
            # score of at least the need and so cannot take it.
        if (
            config.one_entity_score > 0
            and gap_need is not None
            and config.one_entity_min_gap_s <= gap
            and score >= max(gap_need, config.one_entity_score)
        ):
            anchors, families = anchors_and_families()
            shared_ents = {t[2:] for t in vec if t.startswith("e:") and t in profile}
            shared_families = families & stories.metric_families(st.get("metrics") or ())
            # the place the article is about (headline, a figure's place) must be one the
            # story knows: "Sawmill blast in Millbrook, Vermont" shares only the state
            if (
                anchors <= shared_ents
                and shared_families
                and (
                    gap <= config.brief_max_gap_s
                    or _late_one_name(anchors, shared_families, dfs, config)
                )
            ):
                strong.append((score, sid))
        if (
            config.anchor_join
            and config.one_entity_score > 0
            and gap_need is not None
            and gap <= config.brief_max_gap_s
            and score >= gap_need
        ):
            anchors, families = anchors_and_families()
            shared_ents = {t[2:] for t in vec if t.startswith("e:") and t in profile}
            # the headline's name is the story's and no other story holds it; within
            # hours, a toll of a kind the story holds may be a second incident there
            if (
                anchors <= shared_ents
                and _headline_anchor(a, st, dfs, anchors)
                and (
                    gap >= config.one_entity_min_gap_s
                    or not families & stories.metric_families(st.get("metrics") or ())
                    or _repeats_figure(a, sid, st, ledger_table, config)
                )
            ):
                anchored.append((score, sid))
        if best is not None or not brief or gap > config.brief_max_gap_s:
            continue
        if not a.get("fu") and not _headline_tie(
            a,
            sid,
            st,
            gap,
            dfs,
            anchors_and_families()[0] or _own_names(vec),
            ledger_table,
            config,
        ):
            continue  # only a follow-up ("Friday's crash", "the toll rose") joins on one name
        if gap_need is None or score < gap_need * config.brief_join_factor:
            continue
        anchors, families = anchors_and_families()
        if nameless:
            # no name to share: the same day or the next, a figure of a kind the story holds;
            # later, as far as a brief joins on one name, only when its terms alone reach
            # the need at that gap (a station's "Bridges: 21 closed" 37 hours after "...
            # reports on 48 bridges faked, nine closed": 0.37 where 0.30 is needed)
            if (gap <= config.recent_join_gap_s or score >= gap_need) and (
                families & stories.metric_families(st.get("metrics") or ())
                or _story_follow_up_noun(a, st, set())
            ):
                briefs.append((score, sid, profile))
            continue
        shared = {t[2:] for t in vec if t.startswith("e:") and t in profile}
        if not anchors:
            # Round 57: a report whose headline and figures name no place ("Racing raid
            # arrests rise"): the names it gives at all stand in for what it is about
            anchors = _own_names(vec)
        if not anchors or not anchors <= shared:
            continue  # not about a place the story knows, or also about another one
        if not any(dfs.get("e:" + t, 0) <= config.brief_max_df for t in anchors):
            continue  # a common name ("Texas", "Paris") says little on its own
        if not (families and families & stories.metric_families(st.get("metrics") or ())):
            # no figure of a kind the story already tracks (round 67): a follow-up still
            # joins on the story's event noun in its headline; a report not written as a
            # follow-up came through _headline_tie, a headline word and a name no other
            # story holds, the anchor join's evidence (off with it)
            if a.get("fu"):
                if not _story_follow_up_noun(a, st, anchors):
                    continue
            elif not config.anchor_join:
                continue
        briefs.append((score, sid, profile))
    if best is not None:
        return best[1]
    if strong:
        # one shared name, but most of the article's weight is the story's own terms;
        # another named story near it means the terms do not tell them apart
        s_top = max(strong)
        rivals = [sc for sc, sid in scores if sid != s_top[1]]
        if not rivals or max(rivals) < config.one_entity_margin * s_top[0]:
            return s_top[1]
    if recent:
        # A same-day report on two or more shared names wins over a brief, unless another
        # story scores near it (a round-up of "three separate gas explosions"): then the
        # article is about several events and joins none of them on this weak evidence.
        top = max(recent)
        rivals = [sc for sc, sid in scores if sid != top[1]]
        if not rivals or max(rivals) < config.recent_join_margin * top[0]:
            briefs = recent
    if not briefs and anchored:
        a_top = max(anchored)
        rivals = [sc for sc, sid in scores if sid != a_top[1]]
        if not rivals or max(rivals) < config.one_entity_margin * a_top[0]:
            return a_top[1]
    if not briefs and named:
        n_top = max(named)
        # Round 85 (s85): a rival that the report is itself a named follow-up of is no
        # other event but a second story of this one (an earlier report of the event that
        # missed the first story and opened its own): the report ties to both, so the
        # near tie does not stop it; it joins the higher of them.
        also_named = {sid for _, sid in named}
        rivals = [sc for sc, sid in scores if sid != n_top[1] and sid not in also_named]
        if not rivals or max(rivals) < config.one_entity_margin * n_top[0]:
            return n_top[1]
    if not briefs:
        if ledger_table is None or not near:
            return None
        return _figure_join(a, vec, dfs, near, st_table, ledger_table, config)
    briefs.sort(key=lambda b: (-b[0], b[1]))
    if len(briefs) > 1:
        # Two stories about the same place (a bus crash and a market fire in one town):
        # only the terms the brief shares with one story and not the other tell them
        # apart; the winner must hold clearly more of that weight, else do not guess.
        (_, _, p1), (_, _, p2) = briefs[0], briefs[1]
        own1 = stories.exclusive_weight(vec, p1, p2, dfs, n)
        own2 = stories.exclusive_weight(vec, p2, p1, dfs, n)
        if own1 <= 0 or own1 < config.brief_margin * own2:
            return None
    return briefs[0][1]


#: Round 72: the share of the score needed at that gap that a report naming two of the
#: story's rare names, its event noun and a kind of figure it tracks needs to join it.
_NAMED_JOIN_FACTOR = 0.45


#: Headline stems (``stories.headline_words``) of a toll, not of an event: "killed",
#: "dead", "injured" ... are in every incident's headline, so sharing one says nothing of
#: sharing the incident (the named follow-up join asks for an event word; "shooting",
#: "collapse", "fire" are events and still count, so two shootings in one town that both
#: say "shooting" are kept apart only by the other tests).
_TOLL_HEADLINE_WORDS = frozenset(
    {"kill", "dead", "death", "died", "dies", "injur", "wound", "hurt", "toll", "victim"}
    | {"casualt", "bodi", "body", "miss"}
)


def _named_follow_up(
    a: Mapping[str, Any],
    vec: Mapping[str, float],
    st: Mapping[str, Any],
    profile: Mapping[str, float],
    dfs: Mapping[str, int],
    config: BrainConfig,
) -> bool:
    """Round 72: may a report that shares two or more names with a story, but whose terms
    fall short of the score needed (a follow-up days on brings new actors: bailiffs, an
    insurer, a trustee, and their words), join it?  It names at least two distinct names
    of the story's that few stories hold ("mardal" and "tenant union", not "kessholt" and
    "kessholt steel"), its headline shares a content word, names left out, with the
    story's headline (the event noun: "First bailiff evictions as court cases climb"
    after "Eviction notices surge in Mardale"), and one of its figures is of a kind the
    story tracks; and not two events in two places (the story's headline about a name
    the report does not give, the report's about one the story does not know).
    The caller asks for ``_NAMED_JOIN_FACTOR`` of the need at that gap (so within
    ``story_max_gap_s``, where the need rises; a follow-up weeks on names the same
    bodies), and no other story scoring within ``one_entity_margin``."""
    if len(_distinct_rare_names(vec, profile, dfs, config)) < 2:
        return False
    # Two events in two places: the story's headline is about a name the report does not
    # give and the report's headline about one the story does not know (two shootings in
    # two towns share a governor's name and "shooting", not the town).  A local paper's
    # follow-up that leaves out the country but names no new place in its headline joins.
    own = {t[2:] for t in vec if t.startswith("e:")}
    ents = {t[2:]: w for t, w in profile.items() if t[:2] == "e:"}
    if not stories.anchor_terms(ents, st.get("title"), ()) <= own and not (
        stories.anchor_terms(dict.fromkeys(own, 1.0), a.get("title"), ()) <= ents.keys()
    ):
        return False
    names = {w for t in _own_names(vec) for w in t.split()}
    shared = stories.headline_words(a.get("title"), names) & stories.headline_words(
        st.get("title"), names
    )
    # a toll's words are no shared event: every incident's headline says "killed", so a
    # second shooting in the town months on that names the same police chief and hospital
    # must not join the first and update its killed count
    if not shared - _TOLL_HEADLINE_WORDS:
        return False
    claims = a.get("claims") or ()
    families = stories.metric_families(c.get("metric") or "" for c in claims)
    return bool(families & stories.metric_families(st.get("metrics") or ()))


def _repeats_figure(
    a: Mapping[str, Any],
    sid: str,
    st: Mapping[str, Any],
    ledger_table: Mapping[str, Any] | None,
    config: BrainConfig,
) -> bool:
    """Does the article give a figure the story's ledger already holds under the same
    key, of at least ``restated_min_same`` (a shortened copy of the story's report
    restates its 3,350 tainted cases; a second incident in the same town hours later
    has tolls of its own, and small counts coincide by chance)?"""
    if ledger_table is None:
        return False
    metrics = set(st.get("metrics") or ())
    for c in a.get("claims") or ():
        metric, v = c.get("metric"), c.get("value")
        if metric not in metrics or v is None or float(v) < config.restated_min_same:
            continue
        entry = _ledger_entry(ledger_table, sid, metric)
        for f in (entry or {}).get("figures", ()):
            w = f["claim"].get("value")
            if w is not None and ledger.rel_diff(float(v), float(w)) <= config.tolerance:
                return True
    return False


def _headline_tie(
    a: Mapping[str, Any],
    sid: str,
    st: Mapping[str, Any],
    gap: float,
    dfs: Mapping[str, int],
    anchors: set[str],
    ledger_table: Mapping[str, Any] | None,
    config: BrainConfig,
) -> bool:
    """May a report not written as a follow-up take the brief join's tests for story
    ``sid`` (``BrainConfig.headline_join``)?  Its headline shares a content word with the
    story's, one name it is about is held by no other story, and it is at least
    ``one_entity_min_gap_s`` from the story or repeats one of its figures."""
    if not (config.headline_join and config.one_entity_score > 0):
        return False
    if not _headline_anchor(a, st, dfs, anchors):
        return False
    return gap >= config.one_entity_min_gap_s or _repeats_figure(a, sid, st, ledger_table, config)


def _headline_anchor(
    a: Mapping[str, Any], st: Mapping[str, Any], dfs: Mapping[str, int], anchors: set[str]
) -> bool:
    """Is the article tied to the story by its headline: one name it is about
    (``anchors``) is held by no other story, and its headline shares a content word with
    the story's (:func:`stories.headline_words`)?  The evidence of the anchor join and the
    headline join alike."""
    return (
        bool(anchors)
        and any(dfs.get("e:" + t, 0) <= 1 for t in anchors)
        and bool(
            stories.headline_words(a.get("title"), anchors)
            & stories.headline_words(st.get("title"), anchors)
        )
    )


def _story_follow_up_noun(a: Mapping[str, Any], st: Mapping[str, Any], names: set[str]) -> bool:
    """Round 67: may a follow-up brief join on its one rare name though no figure of it
    is of a kind the story tracks?  It is written as a follow-up ("arrests rise", "a
    seventh horse dies") and its headline shares a content word, names left out, with the
    story's ("Racing raid arrests rise" after "Police raid street race meeting, seize 46
    cars"): the same event noun.  A follow-up counts what the first report did not (the
    arrests after the seized cars), so the figure-kind test misses it.  A brief that
    names nothing at all (``names`` empty) takes the same test in place of the figure
    kind ("Lead toys: 71,000 returned" after "Toymaker recalls painted wooden toys")."""
    return bool(a.get("fu")) and bool(
        stories.headline_words(a.get("title"), names)
        & stories.headline_words(st.get("title"), names)
    )


def _own_names(vec: Mapping[str, float]) -> set[str]:
    """Round 57: the names an article's terms give, radio stations left out."""
    return {t[2:] for t in vec if t.startswith("e:") and not _station_name(t[2:])}


def _station_name(ent: str) -> bool:
    """Is an entity term a radio station's name ("orrenby radio", "radio")?  A radio
    brief's only name is often its station ("Orrenby Radio, September 12 -"): it
    says where the copy comes from, not what it is about."""
    return "radio" in ent.split()


def _figure_join(
    a: Mapping[str, Any],
    vec: Mapping[str, float],
    dfs: Mapping[str, int],
    near: list[tuple[float, float, str]],
    st_table: Mapping[str, Any],
    ledger_table: Mapping[str, Any],
    config: BrainConfig,
) -> str | None:
    """The most recent of the ``near`` stories (gap, score, id) whose figures the article
    carries on (:func:`_continues_figures`) and that shares a rare name with it; None
    when there is none, or when another candidate scores within recent_join_margin of it."""
    claims = list(a.get("claims") or ())
    if not claims:
        return None
    moved = ledger.previous_values(claims)
    rare = [t for t in vec if t.startswith("e:") and dfs.get(t, 0) <= config.brief_max_df]
    # Round 57: a radio brief that names nothing ("Skyvane cancellations rise") has no
    # name to share; the headline's words the story's headline also has stand in for it
    nameless = not _own_names(vec)
    words = stories.headline_words(a.get("title")) if nameless else set()
    for _gap, score, sid in sorted(near, key=lambda x: (x[0], -x[1], x[2])):
        st = st_table.get(sid)
        if st is None:
            continue
        profile = stories.read_profile(st["profile"])
        if not any(t in profile for t in rare) and not (
            words and words & stories.headline_words(st.get("title"))
        ):
            continue  # only common names shared ("Texas"): no evidence of one event
        if _continues_figures(sid, st, claims, moved, ledger_table, config):
            # another story sharing a name that scores near it: a round-up of several
            # events ("Monsoon toll reaches 128 as landslides hit Myagdi and ..."), no guess
            rivals = [sc for _g, sc, s2 in near if s2 != sid]
            if rivals and max(rivals) >= config.recent_join_margin * score:
                return None
            return sid
    return None


#: Round 78: a running count that crosses a mark, the verb right before the figure ("the
#: petition has passed 20,000 signatures", "group action passes 9,000", "arrests have
#: topped 40"; a hedge such as "more than" may come between).  A bare past tense is left
#: out: "parliament passed 12 amendments" passes a thing, not a mark.
_PASSED_MARK = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|already\s+)?(?:passed|topped|surpassed|exceeded)"
    r"|passes|tops|surpasses|exceeds)\s+"
    r"(?:(?:the|about|around|some|nearly|almost|more|than|over|at\s+least)\s+){0,3}$",
    re.I,
)
#: Round 78: a figure compared with the same count a day earlier ("260 trains have been
#: cancelled today, fewer than yesterday"): the sentence says the count is one the story
#: has been giving.  A weekday or "last week" is left out: "more than on Monday" may set
#: one incident's count beside another's.
_THAN_BEFORE = re.compile(
    r"\b(?:more|fewer|less|higher|lower|up|down)\s+(?:than|from)\s+(?:on\s+)?"
    r"(?:yesterday|the\s+(?:day|week)\s+before|the\s+previous\s+(?:day|week)"
    r"|a\s+day\s+(?:earlier|before))\b",
    re.I,
)
#: Round 78: the counts of one incident (a shooting's dead and injured, a raid's
#: arrests): a second incident in the same town days later counts them afresh, so the
#: cues above are no evidence of one story for them ("four killed, more than on Monday").
_INCIDENT_PROPS = frozenset(
    {"killed", "injured", "missing", "casualties", "hospitalized", "destroyed", "dead"}
    | {"arrested", "rescued", "wounded", "died"}
)


def _running_mark(c: Mapping[str, Any], key: str) -> bool:
    """Round 78: does a figure's sentence say the count is a running one the story has been
    giving, in words ``ledger.continued`` does not read: it has passed a mark ("has passed
    20,000 signatures") or it is compared with the count a day before ("fewer than
    yesterday")?  Only the figure join asks (a story sharing a rare name, the figure under
    the story's key ``key`` within ``figure_join_ratio`` of its latest): a radio brief
    that names only its station's town and gives the running count with no "rose to".
    Never for an incident's toll or arrests (``_INCIDENT_PROPS``): two shootings in one
    town must not join on a comparison."""
    if set(key.split("|")[1:2]) & _INCIDENT_PROPS:
        return False
    quote, _text, i = ledger._in_sentence(c)
    if i < 0:
        return False
    if _PASSED_MARK.search(quote[max(0, i - 60) : i]):
        return True
    return bool(_THAN_BEFORE.search(quote[i:]))


def _continues_figures(
    sid: str,
    st: Mapping[str, Any],
    claims: list[Mapping[str, Any]],
    moved: Mapping[int, int],
    ledger_table: Mapping[str, Any],
    config: BrainConfig,
) -> bool:
    """Does an article carry on the story's figures?  At least one of its figures lands
    under a key the story's ledger holds (its own key or the story's alias for it), is
    within ``figure_join_ratio`` of the latest figure there, and its sentence says it
    carries on (``ledger.continued``, it names the value it moved from, or it disputes
    another figure: "far larger than the official figure"), or the article restates the
    story's latest figure beside a new one; and no figure under such a key is a count
    that fell without the sentence calling it a revision, a dispute or a state
    ("injuring 14" against the story's 23 injured: another incident's toll)."""
    support = False
    metrics = list(st.get("metrics") or ())
    seen: dict[str, list[tuple[float, float]]] = {}  # key -> (value, story's latest)
    for ci, c in enumerate(claims):
        metric, v = c.get("metric"), c.get("value")
        if not metric or v is None or "?" in metric.split("|", 1)[0] or c.get("unit") == "%":
            continue  # nothing says what is counted; small shares of many things collide
        if metric != DISPLACED and ledger.displaced_people(c, metric):
            metric = DISPLACED
        key = metric if metric in metrics else _story_alias(metrics, c, metric)
        if key is None or key not in metrics:
            continue
        entry = _ledger_entry(ledger_table, sid, key)
        figs = [
            f
            for f in (entry or {}).get("figures", ())
            if f["claim"].get("value") is not None and ledger.units_compatible(c, f["claim"])
        ]
        if not figs:
            continue
        last = float(_newest(figs)["claim"]["value"])
        v = float(v)
        if v <= 0 or last <= 0 or max(v / last, last / v) > config.figure_join_ratio:
            continue
        disputes = ledger.disputes_figure(c)
        running = _running_mark(c, key)
        # round 78: "fewer than yesterday" says the count fell, as a revision does
        if v < last * (1 - config.tolerance) and not (
            disputes or ledger.state_quantity(c, key) or ledger.revision(c) or running
        ):
            return False
        if ci in moved or disputes or ledger.continued(c) or running:
            support = True
        seen.setdefault(key, []).append((v, last))
    # "27 ships were waiting ..., up from 18 at midday" where the story's latest is 18:
    # the article restates the story's figure beside a new one under the same key
    for pairs in seen.values():
        restated = any(ledger.rel_diff(v, last) <= 1e-3 for v, last in pairs)
        if restated and any(ledger.rel_diff(v, last) > config.tolerance for v, last in pairs):
            support = True
    return support
