"""Observe (fold one analyzed article into the state and say what to alert) and its first-
figure tests: moved-from keys, stated ratios, restatements (_restated), unresolved
moves, parts of a toll, money roles.

Part of :mod:`claimlogic.brain`, split from the old ``brain.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from claimlogic import ledger
from claimlogic.extract.lexicon import MULTIWORD_UNITS, UNITS
from claimlogic.ledger.decision import headline_over_past_years

from .aliases import (
    _GENERIC_PEOPLE,
    DISPLACED,
    _head,
    _keyed_twice,
    _prop_dims,
    _story_alias,
    _story_expected,
    _story_head_near,
    _story_head_nearest,
    _story_in_hospital,
    _story_kin,
    _story_named_sum,
    _story_remainder,
    _story_running,
    _story_sum_compared,
    _story_verb,
)
from .intake import (
    _article_meta,
    _dedup,
    _index_original,
)
from .joins import (
    _assign_story,
)
from .quarrels import (
    _elliptic_rival,
    _judged_sum_key,
    _quarrel_key,
    _sum_reading,
    _turn_answers,
)
from .rivals import (
    _bare_rival,
    _clause_rival,
    _compared_adjacent,
    _compared_earlier,
    _compared_named,
    _compared_rival,
    _hurt_key,
    _led,
    _money_rival,
    _other_noun_rival,
    _people_rival,
    _same_key_rival,
    _says_compared,
    _subset_of,
    _turned,
    compares,
)
from .state import (
    META,
    T_ALERTS,
    T_EXPIRY,
    T_LEDGER,
    T_SEEN,
    T_STORIES,
    BrainConfig,
    Observation,
    Tables,
    _enqueue,
    _get_rec,
    _ledger_entry,
    _meta,
    _newest,
    _put_rec,
    _Scene,
    _sha,
    iso,
    parse_time,
)


def _story_from_value(
    scene: _Scene,
    c: Mapping[str, Any],
    earlier: float,
) -> str | None:
    """The story's key holding the value a figure says it moved from, when the figure's
    own key holds nothing from an earlier article: "raised its estimate of the sulfur
    dioxide released by the refinery fire to 8,600 pounds from 4,100 pounds" joins the key
    where another article filed the 4,100 pounds (under whatever garbled subject), so it
    updates it instead of opening a key of its own.  Only a key of the same property and
    dimensions (a plain count may join any role's key), never for a percentage ("from
    3.0%" matches too many things).  The latest such figure's key wins; None when the
    story has none."""
    best: tuple[float, str] | None = None
    if c.get("unit") == "%":
        return None  # "from 3.0%": small shares of different things collide too often
    prop, dims = _prop_dims(str(c.get("metric") or ""))
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if "?" in m or d2 != dims or (p2 != prop and prop != "count"):
            continue  # another kind of quantity; a plain count may be any role's
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        for fig in (entry or {}).get("figures", ()):
            fc = fig["claim"]
            v = fc.get("value")
            if fig["article"]["id"] == scene.aid or v is None or not ledger.units_compatible(c, fc):
                continue
            if ledger.rel_diff(float(v), earlier) <= 1e-3:
                t = float(fig.get("t") or 0.0)
                if best is None or t > best[0]:
                    best = (t, m)
    return best[1] if best else None


def _ratio_rival(
    scene: _Scene,
    c: Mapping[str, Any],
    event_t: float,
) -> dict[str, Any] | None:
    """The story's figure that a claim's sentence sets itself against by a stated ratio
    (:func:`ledger.stated_ratio`): from an earlier article and another source, in a
    unit the two can share (:func:`_ratio_units`), with this value / that value inside
    the stated band; the newest such figure, with its key as ``"metric"``. None when
    there is none, or when this value is on record already (a copy restating the
    dispute). Keys do not have to match: the sentence names its other side by the ratio,
    and two bodies' counts are often filed under two nouns ("flats", "apartments")."""
    band = ledger.stated_ratio(c)
    v = c.get("value")
    if band is None or v is None or not float(v) or c.get("change") in ("up", "down"):
        return None
    figures = [
        (m, fig)
        for m in scene.story_metrics
        if (e := _ledger_entry(scene.tables[T_LEDGER], scene.sid, m))
        for fig in e["figures"]
        if fig["article"]["id"] != scene.aid
    ]
    if any(
        ledger.rel_diff(float(f["claim"].get("value") or 0.0), float(v)) < 1e-3
        # round 30: the same value as another quantity ("4 million overnight stays a
        # year", "45 million crowns on its fuel farm since 2020") is no copy of this one
        and ledger.units_compatible(c, f["claim"])
        and not ledger.of_a_period(f["claim"], c)
        for _, f in figures
    ):
        return None
    best: dict[str, Any] | None = None
    for m, fig in figures:
        fc = fig["claim"]
        w = fc.get("value")
        if w is None or not float(w) or float(fig.get("t") or 0.0) > event_t:
            continue
        if c.get("source") and fc.get("source") == c.get("source"):
            continue  # a body's own earlier figure: a revision, not a rival
        if not _ratio_units(c, str(c.get("metric") or ""), fc, m):
            continue
        if not band[0] <= float(v) / float(w) < band[1]:
            continue
        if best is None or float(fig.get("t") or 0.0) > float(best.get("t") or 0.0):
            best = {**fig, "metric": m}
    return best


#: Key parts that make a figure a sum of money: cost and casualty keys, and the roles
#: :func:`ledger.money_role` gives sums under a bare currency key.
_MONEY_WORDS = re.compile(
    r"\|(?:"
    + "|".join(("cost", "casualties", "money", *(role for role, _ in ledger._MONEY_ROLES)))
    + r")\b"
)


def _ratio_units(a: Mapping[str, Any], ma: str, b: Mapping[str, Any], mb: str) -> bool:
    """Can two figures be the two sides of a stated ratio?  The same unit;
    or two counts of things (any nouns: "flats" / "apartments"), neither a sum of money
    (a sum pairs only with a sum in the same currency)."""
    ua, ub = ledger._unit(a), ledger._unit(b)
    if ua == ub:
        return True
    if ua in ledger.MEASURE_UNITS or ub in ledger.MEASURE_UNITS:
        return False
    return not (_MONEY_WORDS.search(ma) or _MONEY_WORDS.search(mb))


def _held_elsewhere(
    scene: _Scene,
    metric: str,
) -> bool:
    """Does the story's key already hold a figure from another article?"""
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, metric)
    return any(f["article"]["id"] != scene.aid for f in (entry or {}).get("figures", ()))


def _measured(c: Mapping[str, Any]) -> bool:
    """Round 64: is the figure a measure (a sum, a weight, a length ...), not a count?"""
    return ledger._unit(c) in ledger.MEASURE_UNITS


#: alert kinds a value another article gave under another key does not raise (_restated)
MOVES = ("update", "contradiction")
#: every alert kind observe raises
ALERT_KINDS = ("new_figure", *MOVES)


def _restated(
    scene: _Scene,
    metric: str,
    value: Any,
    said: Iterable[float],
    said_kin: Iterable[float] = (),
    same_noun: bool = False,
    claim: Mapping[str, Any] | None = None,
    first: Mapping[str, Any] | None = None,
) -> bool:
    """Is a would-be first figure of ``metric`` a value the story already has under another
    key: one this article raised an alert on in another sentence (``said``; at least
    ``restated_min_same``: "it had treated 460 people ... 'Our clinic has seen 460
    patients'"), or one another article of the story reported (at least
    ``restated_min_other``: "which had said last week that it had treated 460 suspected
    cases")?  The extractor gives one quantity several keys; a new key carrying a known
    value is a restatement, not a new figure.  Small values are left alone: two quantities
    of a story share them by chance, and so do two quantities of one sentence ("killing 12
    and injuring 12") -- except a value this article alerted on in another sentence under
    a key of the same property (``said_kin``: "four people still missing" ... "four
    workers were unaccounted for"), which is the same quantity named again at any size.
    ``same_noun`` (first figures only): a value another article gave under a key counting
    the same noun is a restatement from ``restated_min_same`` on ("stood by its count of
    14 warships" after "sent 14 warships"; "Doruzia says about 4,000 troops and 60 tanks"
    after "moved 4,000 troops and 60 tanks").  ``claim`` (given for updates and
    contradictions): another article's figure in a unit the claim's cannot be compared
    with ("300 metres from the school" against "at least 300 children") restates nothing.
    ``first`` (round 64, the first figure itself): another article's count of things
    restates no measure of the same value, nor a measure a count ("a fund of 3 million
    euros" after "3 million passengers a year", "120 volunteers killed" after "120 km")."""
    if value is None:
        return False
    v = abs(float(value))
    if any(abs(v - abs(x)) <= 1e-3 * max(v, 1.0) for x in said_kin):
        return True
    if v >= scene.config.restated_min_same and any(abs(v - abs(x)) <= 1e-3 * v for x in said):
        return True
    if first is not None and _alerted_kin(scene, metric, v, first):
        return True
    noun = metric.split("|", 1)[0] if same_noun else None
    if v < (scene.config.restated_min_same if same_noun else scene.config.restated_min_other):
        return False
    for m in scene.story_metrics:
        if m == metric or (v < scene.config.restated_min_other and m.split("|", 1)[0] != noun):
            continue
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        for f in (entry or {}).get("figures", ()):
            fv = f["claim"].get("value")
            if claim is not None and not ledger.units_compatible(claim, f["claim"]):
                continue  # "300 metres from the school" restates no count of 300 children
            if first is not None and _measured(first) != _measured(f["claim"]):
                continue  # a count of things and a measure are two quantities
            if (
                f["article"]["id"] != scene.aid
                and fv is not None
                and abs(abs(float(fv)) - v) <= 1e-3 * v
            ):
                return True
    return False


#: Round 71 (d71): head nouns (as :func:`_head` gives them) that name people without
#: naming a body of their own
_ANYONE = frozenset(_head(w) for w in _GENERIC_PEOPLE | {"people", "persons", "suspects"})


def _alerted_kin(scene: _Scene, metric: str, v: float, first: Mapping[str, Any]) -> bool:
    """Round 71 (d71): is a would-be first figure a value an earlier article of the story
    alerted on (its first figure or a move) under another key of the same property, other
    than a bare ``count``, one of the two keys counting plain people or both the same noun
    ("Nine people have been charged" after "charged nine suspects"; "the death toll stood
    at seven" after "seven soldiers were killed")?  The same role told of the same people
    again, at any size.  Two named bodies ("three drivers" after "three peacekeepers were
    killed"), a bare count, a measure, and a figure no alert went out on are left to the
    value thresholds of :func:`_restated`."""
    prop = _prop_dims(metric)
    if prop[0] in ("", "count") or "?" in metric or _measured(first):
        return False
    noun = _head(metric.split("|", 1)[0])
    for m in scene.story_metrics:
        if m == metric or "?" in m or _prop_dims(m) != prop:
            continue
        other = _head(m.split("|", 1)[0])
        if other != noun and noun not in _ANYONE and other not in _ANYONE:
            continue  # two bodies the story counts side by side
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        figures = (entry or {}).get("figures", ())
        for f in figures:
            fv = f["claim"].get("value")
            if (
                f["article"]["id"] == scene.aid
                or fv is None
                or abs(abs(float(fv)) - v) > 1e-3 * max(v, 1.0)
                or _measured(f["claim"])
                or not ledger.units_compatible(first, f["claim"])
            ):
                continue
            if _figure_alerted(scene, m, f, figures):
                return True
    return False


def _figure_alerted(
    scene: _Scene,
    metric: str,
    fig: Mapping[str, Any],
    figures: Iterable[Mapping[str, Any]],
) -> bool:
    """Did an alert go out on one ledger figure of the story's key ``metric``: its
    ``new_figure``, or an update or contradiction that carried it (against nothing or
    against one other figure of the key, ``figures``)?  Read from the emitted alert ids,
    as :func:`observe` makes them."""
    emitted = scene.tables[T_ALERTS]
    ident = ledger.claim_identity(fig["article"]["id"], fig["claim"])
    if any(_alert_id(kind, scene.sid, metric, ident, []) in emitted for kind in ALERT_KINDS):
        return True
    return any(
        _alert_id(
            kind,
            scene.sid,
            metric,
            ident,
            [ledger.claim_identity(g["article"]["id"], g["claim"])],
        )
        in emitted
        for g in figures
        if g is not fig
        for kind in MOVES
    )


def _role_alerted_elsewhere(scene: _Scene, metric: str) -> bool:
    """Round 86 (a86): has the story alerted on a figure of another key that tells the same
    role of its people or things ("people|killed" for "walkers|killed", "residents|displaced"
    for "people|displaced")?  Then a first figure of this key that the headline names
    ("Pilgrimage ends with eight dead" after "seven people have died") is the next reading
    of the toll the story holds under that key, not a quantity of its own.  Not for a bare
    count nor a sum of money (a story's sums and counts are many quantities), nor for keys
    that name nothing they count."""
    prop = _prop_dims(metric)
    if prop[0] in ("", "count", "amount") or "?" in metric:
        return False
    for m in scene.story_metrics:
        if m == metric or "?" in m or _prop_dims(m) != prop:
            continue
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        figures = (entry or {}).get("figures", ())
        if any(_figure_alerted(scene, m, f, figures) for f in figures):
            return True
    return False


def _silent_key(scene: _Scene, metric: str, entry: Mapping[str, Any] | None) -> bool:
    """Round 74 (n74): is the story's key marked as opened (``new_alerted``: the ledger sets
    it for every figure it may alert on, raised or not) while no alert went out on any of
    its figures?  Then every figure filed there so far was background the guards kept
    quiet: a past year's count ("Mumps cases nationally fell to 212 in 2028"), a town's
    population, a figure in a report's body."""
    if entry is None or not entry.get("new_alerted"):
        return False
    figures = entry.get("figures") or ()
    return not any(_figure_alerted(scene, metric, f, figures) for f in figures)


def _moved_past_background(
    entry: Mapping[str, Any],
    c: Mapping[str, Any],
    art: Mapping[str, Any],
    terms: Mapping[str, Any],
) -> list[tuple[str, str, list[dict[str, Any]], str, dict[str, Any]]]:
    """Round 74 (n74): asked when ``decide`` raised nothing for a running story's figure
    under a key that holds only background no alert went out on (:func:`_silent_key`):
    the update of a figure not on record that a sentence saying it moved is ("Confirmed
    mumps cases ... have risen to 52", "bringing the number disqualified to 58").  The
    ledger tells that move only for a key not yet opened, and a silent figure opened
    this one; ``decide`` is asked again as if it were not, and only such an update
    (nothing against it) is kept.  A first figure it would let through is not: under such
    a key it is as often the next reading or the other side of a quantity the story holds
    under another key (pool: 185 right / 192 false)."""
    _, decisions, _ = ledger.decide({**entry, "new_alerted": False}, c, art, **terms)
    return [d for d in decisions if d[0] == "update" and not d[2]]


#: Round 64: the dimension of each unit the extractor gives ("day" -> "time", "x" -> "ratio").
_UNIT_DIMS = {unit: dim for unit, dim in (*UNITS.values(), *MULTIWORD_UNITS.values())}


def _unresolved_move(
    kind: str, c: Mapping[str, Any], config: BrainConfig, said: Collection[float] = ()
) -> bool:
    """Round 64: is an alert on a key that names nothing it counts ("acre?1a2b|count")
    still due?  Only an update: the story's earlier article filed its figure under this
    very key (the brain joined the two readings: "5,800 acres had now burned" after
    "2,400 acres"; "raised its count to 23,000" after 18,000), so the two are one quantity
    that moved, whatever it is.  Not a span of time or a ratio ("a 14-day shutdown",
    "three times its first count"), nor a small or negative value (two such keys meet by
    chance; "minus 27" is a reading), nor a value this article has alerted on already
    under a key that names it (``said``: "searched 31 pharmacies" after "raids to 31
    pharmacies")."""
    if kind != "update" or _UNIT_DIMS.get(str(c.get("unit") or "")) in ("time", "ratio"):
        return False
    v = c.get("value")
    if v is None or float(v) < config.restated_min_same:
        return False
    return not ledger._named(v, said)


def _alert_id(kind: str, story: str, metric: str, claim_ident: str, against: list[str]) -> str:
    return "al-" + _sha(kind, story, metric, claim_ident, *sorted(against), n=24)


def observe(
    tables: Tables, analyzed: Mapping[str, Any], *, now: float, config: BrainConfig
) -> Observation:
    """Fold one analyzed article into the state; return what happened and the alerts to emit.

    ``analyzed`` is a record from :func:`analyze` (article metadata under
    ``"article"``; a flat record with the metadata at the top level is accepted too).
    """
    if isinstance(analyzed.get("article"), Mapping):
        analyzed = {**analyzed, **analyzed["article"]}
    if not analyzed.get("id"):
        raise ValueError("analyzed record has no article id")
    meta = _meta(tables)
    obs = Observation(claims=len(analyzed.get("claims") or ()))
    dup_of, kind, sim, prev = _dedup(tables, analyzed, now, config, meta)
    if dup_of is not None:
        obs.duplicate_of, obs.duplicate_kind, obs.similarity = dup_of, kind, sim
        meta["dups"] = {**meta["dups"], kind: meta["dups"].get(kind, 0) + 1}
        orig_rec = _get_rec(tables[T_SEEN], dup_of) or {}
        obs.story = orig_rec.get("story")
        tables[T_EXPIRY][META] = meta
        return obs

    aid = analyzed["id"]
    event_t = (
        parse_time(analyzed.get("published_at")) or parse_time(analyzed.get("fetched_at")) or now
    )
    if prev is not None:  # a revision happens when it is fetched, not when first published
        event_t = max(event_t, parse_time(analyzed.get("fetched_at")) or now)
    prev_story = prev.get("story") if prev else None
    sid, created = _assign_story(tables, analyzed, event_t, now, config, meta, prev_story)
    obs.story, obs.new_story = sid, created
    if prev is not None:
        obs.revision = True
        meta["revisions"] = meta.get("revisions", 0) + 1
        rec = dict(prev)
        # keeps the first version's signature (its band keys point here)
        rec.update({"h": analyzed.get("content_hash") or "", "story": sid, "t": now})
        _put_rec(tables[T_SEEN], aid, rec)
        if analyzed.get("content_hash"):
            tables[T_SEEN]["h:" + analyzed["content_hash"]] = aid
        _enqueue(tables, meta, now, "a", aid, analyzed.get("content_hash") or "")
    else:
        _index_original(tables, analyzed, now, meta, sid)

    st = dict(tables[T_STORIES][sid])
    art = _article_meta(analyzed)
    now_iso = iso(now)
    emitted = tables[T_ALERTS]
    new_alert_ids: list[str] = []
    claims = list(analyzed.get("claims") or ())
    if analyzed.get("copy") and not created:
        # Round 52: a syndicated copy ("(Coastline Daily, from Meridian Press Agency)")
        # joining a running story restates the report it credits, which the story holds:
        # no figure of its own (in the labelled pool no alert is due on any of 244 such
        # copies). A copy that opens its story is the only report of its figures.
        claims = []
    values = [c.get("value") for c in claims if c.get("value") is not None]
    # "260 people, down from 1,300": the 1,300 is a past reading, the 260 its successor.
    moved_from = ledger.previous_values(claims)
    # "27,500 workers, well below the union's figure of 41,000": the figure it disputes.
    disputes = ledger.disputed_values(claims)
    # round 49: "36 people who were hurt, more than the hospitals' first count of 34"
    # names an earlier reading it has passed (an update), not a rival it disputes; "23
    # disputes last year, of which 17 were settled" names a part of its own figure
    disputes = {
        i: j
        for i, j in disputes.items()
        if moved_from.get(i) != j and not _part_named(claims, i, j)
    }
    past = set(moved_from.values())
    disputed = set(disputes.values())
    # "three other people, bringing arrests to 4": the step is no figure of its own (not
    # recorded, so that the total it was brought to is the key's first figure)
    pairs = ledger.step_pairs(claims)
    steps = {i for i, _ in pairs}
    totals = {j for _, j in pairs}
    # "31 people injured, six of them in critical condition": a part, not a reading
    steps |= ledger.parts(claims)
    # How long the report is (its text; how far its figures run for a record without
    # it): a long report has a body behind its lede. Not the figures' reach alone: a
    # report whose last figures close its eighth paragraph is as long as one whose
    # figures run to its end ("The province has about 2.3 million inhabitants.")
    reach = max((int(c.get("end") or 0) for c in claims), default=0)
    reach = max(reach, int(analyzed.get("chars") or 0))
    # A figure a sentence disputes by name, named after its disputer ("96 students had
    # been abducted, disputing the school's figure of 121"), is decided just before it,
    # so that the disputing figure finds it in the ledger and contradicts it.
    named_later = {j: i for i, j in disputes.items() if j > i}
    order = sorted(range(len(claims)), key=lambda k: (named_later.get(k, k), k not in named_later))
    roles = _money_roles(claims)
    said: list[tuple[float, str, str]] = []  # (value, sentence, key) it raised alerts on
    own_metrics = frozenset(str(c.get("metric")) for c in claims if c.get("metric"))
    scene = _Scene(tables, sid, st, claims, aid, config, own_metrics)
    for ci in order:
        c = claims[ci]
        metric = c.get("metric")
        if ci in steps:
            continue
        if metric and _part_counted(scene, c, metric):
            continue  # round 56: a part of a whole the story already counted
        if not metric or (
            c.get("value") is None and c.get("low") is None and c.get("high") is None
        ):
            continue
        if metric != DISPLACED and ledger.displaced_people(c, metric):
            c = {**c, "metric": DISPLACED, "metric_label": "people displaced"}
            c["property"] = "displaced"  # a state: readings move both ways
            metric = DISPLACED
        role = roles.get(ci)
        if role is not None:
            # a fine, a fund and a damage estimate in one currency are three sums
            metric = f"{metric}|{role}"
            c = {**c, "metric": metric, "metric_label": f"{c.get('metric_label') or ''} ({role})"}
        alias = _story_alias(st["metrics"], c, metric)
        named = moved_from.get(ci, disputes.get(ci))  # the earlier figure it names
        if alias is None and named is not None and not _held_elsewhere(scene, metric):
            earlier = float(claims[named]["value"])
            alias = _story_from_value(scene, c, earlier)
        if alias is None:
            alias = _story_kin(scene, c, metric)
        if alias is None:  # round 71: those still missing, under a noun of their own
            alias = _story_remainder(scene, c, metric)
        if alias is None and ci not in past:
            alias = _story_named_sum(scene, c, metric)
        if alias is None and ci not in past:
            alias = _story_sum_compared(scene, c, metric)
        if alias is None and ci not in past:  # not the value another figure moved from
            alias = _story_running(scene, c, metric)
        if (
            alias is None
            and ci not in past
            and ci not in moved_from
            and not _keyed_twice(claims, ci)
        ):
            # a reading that names the one it moved from is the ledger's to place
            alias = _story_in_hospital(scene, c, metric)
        if alias is None and ci not in past and ci not in moved_from:
            alias = _story_expected(scene, c, metric)
        if (
            alias is None
            and ci not in past
            and ci not in disputes
            and ci not in disputed
            and not _keyed_twice(claims, ci)
        ):
            # a figure set against another by name, or beside another of its own key in
            # this article, is that comparison's, not a verb's
            alias = _story_verb(scene, c, metric) or _story_head_near(scene, c, metric)
            if alias is None:  # round 71: several keys of the head noun, one near
                alias = _story_head_nearest(scene, c, metric)
        if (
            alias is None
            and (
                (metric == "people|count" and ledger.joined_gathering(c))
                or ledger.bare_crowd(c, metric)  # round 67: "Organisers said 25,000 had joined"
            )
            and (ledger.CROWD in st["metrics"] or ledger.CROWD in own_metrics)
        ):
            # "90,000 people had joined" is the story's crowd, not a plain count of people;
            # round 43: also when the crowd is first named further down this article
            # ("Police said about 9,000 people had taken part" before the organisers'
            # "40,000 people had joined the march", read ``crowd|attended``)
            alias = ledger.CROWD
        if alias is None and analyzed.get("dq"):
            alias = _quarrel_key(scene, c, metric)
            if alias is None:  # round 69: the hurt, counted under another property
                alias = _hurt_key(scene, c, metric, ledger.rival_in_article)
        elif alias is None and ledger.in_lede(
            c,
            analyzed.get("title"),
            reach=reach,
            first_par_end=analyzed.get("p1"),
            lede_chars=config.lede_chars,
            long_chars=config.long_article_chars,
        ):
            # no quarrel words: the other side's key when the figure is, in the lede, a
            # named speaker's calm rival reading of it (the ledger's own test for the
            # same key): "demolished 1,100 homes" (homes|count) / "said 1,800 homes had
            # been destroyed" (homes|destroyed)
            alias = _quarrel_key(scene, c, metric, judge=ledger.calm_rival)
            if alias is None:  # round 69
                alias = _hurt_key(scene, c, metric, ledger.calm_rival)
        rival_of = False
        contrary: float | None = None  # the value a contrary sentence answers
        if alias is None:
            # round 44: "But the military administration said 2,700 had got out"
            answered = _elliptic_rival(scene, ci, metric, analyzed.get("cl") or ())
            if answered is not None:
                alias, contrary = answered
        if alias is None:
            # round 46: "The administrator put the wage arrears at 6 million dollars"
            answered = _sum_reading(scene, ci, metric)
            if answered is not None:
                alias, contrary = answered
        compared = None
        comparing = ci not in disputes and compares(claims, ci)
        if comparing:
            # round 47: "The sheriff's office gave a smaller figure, saying 8 people ..."
            compared = _compared_rival(scene, ci, metric)
            if compared is None and alias is None:  # round 74: its other side in other words
                compared = _other_noun_rival(
                    scene,
                    ci,
                    metric,
                    compared=_says_compared(c),
                    quarrelling=bool(analyzed.get("dq")),
                )
        elif alias is None and ci not in disputes and _turned(claims, ci):
            # round 50: "The navy said only 90 sailors were involved" after the families'
            # "400 crew members": the turn's other side in other words, right before it
            compared = _compared_adjacent(scene, ci, metric)
            if compared is None:
                compared = _other_noun_rival(scene, ci, metric, compared=True)
        elif alias is None and ci not in disputes and _led(claims, ci, analyzed.get("cl") or ()):
            # round 52: "Environmental activists said the true number was much higher.
            # \"We have ... 140 illegal pits\"" after "35 illegal sand mining sites"
            compared = _compared_adjacent(scene, ci, metric)
            if compared is not None and _subset_of(metric, compared[0]):
                compared = None
            if compared is None:
                compared = _other_noun_rival(scene, ci, metric, compared=True)
        elif alias is None and ci not in disputes:
            compared = (
                _people_rival(scene, ci, metric)
                or _money_rival(scene, ci, metric)
                or _bare_rival(scene, ci, metric)
                or _same_key_rival(
                    scene,
                    ci,
                    metric,
                    lede=ledger.in_lede(
                        c,
                        analyzed.get("title"),
                        reach=reach,
                        first_par_end=analyzed.get("p1"),
                        lede_chars=config.lede_chars,
                        long_chars=config.long_article_chars,
                    ),
                )
                or _clause_rival(scene, ci, metric)
                or _other_noun_rival(
                    scene, ci, metric, compared=False, quarrelling=bool(analyzed.get("dq"))
                )
            )
        if alias is None and compared is not None:
            alias, contrary = compared
        if alias is None and config.rival_readings:
            # round 23: anywhere in the article, another named body's reading of a quantity
            # the article gave under a key of the same head noun or noun class
            alias = _quarrel_key(scene, c, metric, judge=ledger.rival_reading, strict=True)
            if alias is None:
                alias = _judged_sum_key(scene, c, metric)  # round 67, no quarrel words
            if alias is None:  # round 69: the hurt, counted under another property
                alias = _hurt_key(scene, c, metric, ledger.rival_reading)
            rival_of = alias is not None
        if alias is not None:
            metric = alias
            c = {**c, "metric": alias, "metric_label": alias.replace("|", " ")}
        label = c.get("metric_label") or metric
        lkey = f"{sid}|{metric}"
        entry = ledger.unpack_entry(tables[T_LEDGER].get(lkey), story=sid, metric=metric)
        if entry is None and len(st["metrics"]) >= config.max_metrics_per_story:
            continue
        if contrary is None and ci not in disputes:
            # round 46: "The ministry said only 7 people had been detained" after the
            # union's 18, under one key: the turn names its other side
            contrary = _turn_answers(claims, ci, c, entry, aid, config, analyzed.get("cl") or ())
        if contrary is None and compared is not None and compared[0] == metric:
            contrary = compared[1]
        elif contrary is None and comparing and compared is None:
            contrary = _compared_earlier(c, entry, aid, config)
            giver = (
                _compared_named(scene, ci, metric)
                if contrary is None
                and not any(f["article"]["id"] != aid for f in (entry or {}).get("figures", ()))
                else None
            )
            if giver is not None:
                # round 81: "..., well above the figure the developer gave last week": its
                # own key new to the story, the reading its clause names by its giver,
                # under the key that reading was filed under
                metric, contrary = giver
                c = {**c, "metric": metric, "metric_label": metric.replace("|", " ")}
                label = c["metric_label"]
                lkey = f"{sid}|{metric}"
                entry = ledger.unpack_entry(tables[T_LEDGER].get(lkey), story=sid, metric=metric)
        held = entry
        # round 74: only background was filed under the key (asked once: decide leaves
        # ``held`` as it was)
        silent = _silent_key(scene, metric, held)
        terms: dict[str, Any] = dict(
            version=analyzed.get("content_hash") or "",
            story=sid,
            metric=metric,
            label=label,
            event_t=event_t,
            now_iso=now_iso,
            tolerance=config.tolerance,
            event_count_window_s=config.event_count_window_s,
            state_same_time_s=config.state_same_time_s,
            alert_corroboration=config.alert_corroboration,
            article_entities=analyzed.get("efp") or "",
            article_values=values,
            max_figures=config.max_figures_per_metric,
            moved_from=claims[moved_from[ci]].get("value") if ci in moved_from else None,
            continuing=not created,
            quarrelling=bool(analyzed.get("dq")),
            rival_of=rival_of,
            disputed=(
                claims[disputes[ci]].get("value")
                if ci in disputes and not ledger.of_another_time(claims[disputes[ci]])
                else contrary
            ),
            in_lede=ledger.in_lede(
                c,
                analyzed.get("title"),
                reach=reach,
                first_par_end=analyzed.get("p1"),
                lede_chars=config.lede_chars,
                long_chars=config.long_article_chars,
            ),
            # "found two more survivors ..., bringing the number pulled out alive to 8"
            # moves a count on; "arrested the owner and three other people, bringing
            # arrests to 4" gives its step as a figure: the total is the first count
            carried_to=ci not in totals and ledger.brought_to(c) and not ledger.names_a_year(c),
            answered=[
                float(claims[j]["value"])
                for i, j in disputes.items()
                if i != ci and claims[j].get("value") is not None
            ],
            # round 83: a named body's smaller count is a quantity of its own only under a
            # key an alert went out on, not one only background opened (round 74)
            shares=not silent,
        )
        entry, decisions, added = ledger.decide(held, c, art, **terms)
        if held is not None and not decisions and not created and silent:
            # round 74: a move told of a key only background was filed under
            decisions = _moved_past_background(held, c, art, terms)
        if (
            held is not None
            and any(d[0] == "new_figure" for d in decisions)
            and headline_over_past_years(c, held.get("figures") or (), art.get("title"))
            and _role_alerted_elsewhere(scene, metric)
        ):
            # round 86: the headline's figure under a key only past years opened is the
            # next reading of the toll the story alerted on under another key of its role
            decisions = [d for d in decisions if d[0] != "new_figure"]
        tables[T_LEDGER][lkey] = ledger.pack_entry(entry)
        if "?" in metric.split("|", 1)[0] and not config.alert_unresolved_metrics:
            # nothing says what is counted ("quantity?1a2b|count"): record only -- except a
            # move of a figure the story joined to its own earlier one (round 64)
            decisions = [
                d for d in decisions if _unresolved_move(d[0], c, config, [x for x, _, _ in said])
            ]
        if ci in past:  # a value the sentence says was left behind is no news of its own
            decisions = [d for d in decisions if d[0] not in ("new_figure", "update")]
        v, quote = c.get("value"), str(c.get("quote") or "")
        pd = _prop_dims(metric)
        # "killing 12 and injuring 12": one sentence, two quantities; only a value said in
        # another sentence of the article is restated
        before = [x for x, q, _ in said if q != quote]
        kin = [x for x, q, m in said if q != quote and m != metric and _prop_dims(m) == pd]
        if any(d[0] == "new_figure" for d in decisions) and _restated(
            scene, metric, v, before, kin, same_noun=True, first=c
        ):
            decisions = [d for d in decisions if d[0] != "new_figure"]
        # an update or contradiction carrying a value another article of the story gave
        # under another key restates it; this article's own earlier sentences do not count
        # here ("fewer than 12,000" said first under a garbled key, then disputed)
        if any(d[0] in MOVES for d in decisions) and _restated(scene, metric, v, (), claim=c):
            decisions = [d for d in decisions if d[0] not in MOVES]
        if (
            config.stated_ratio
            and v is not None
            and not any(d[0] == "contradiction" for d in decisions)
            # the article has alerted on this value already (its lede's "no more than 900")
            and not ledger._named(v, [x for x, _, _ in said])
            # another sentence of the article gives this value disputing a figure by name
            # ("There were 900, not 2,600"): that sentence's contradiction is the one
            and not any(
                j != ci and ledger._named(claims[j].get("value"), [float(v)]) for j in disputes
            )
        ):
            # "more than twice the estimate given by the insurer": the sentence names
            # its other side by the ratio; find it under any key
            hit = _ratio_rival(scene, c, event_t)
            if hit is not None and ledger.restates_earlier(
                c, (entry or {}).get("figures", ()), aid, config.tolerance
            ):
                # round 37: a shortened copy of the report that first set this value
                # against the other side by its ratio ("about three times the wildlife
                # service's count"): that side restated, its disagreement told already
                hit = None
            if hit is not None:
                d_rel = ledger.rel_diff(float(v), float(hit["claim"]["value"]))
                reason = (
                    f"{art.get('outlet') or aid} reports {ledger.describe(c)} for {label}, "
                    f"which its own sentence sets against {ledger.describe(hit['claim'])}."
                )
                decisions = [
                    (
                        "contradiction",
                        ledger.severity_contradiction(d_rel),
                        [hit],
                        reason,
                        {"gap": round(d_rel, 4)},
                    )
                ]
        if (
            decisions
            and v is not None
            and any(
                m == metric and abs(x - float(v)) <= 1e-9 * max(1.0, abs(x)) for x, _, m in said
            )
        ):
            # "about 26,000 bags were stranded ..." then the union's quote "There are 26,000
            # bags down there": the article repeats a value it has already alerted on under
            # this key; one alert per value is enough
            decisions = []
        if decisions and v is not None:
            said.append((float(v), quote, metric))
        if metric not in st["metrics"]:
            st["metrics"] = [*st["metrics"], metric]
        obs.figures_added += added
        for akind, severity, against, reason, extra in decisions:
            ident = ledger.claim_identity(aid, c)
            against_ids = [ledger.claim_identity(f["article"]["id"], f["claim"]) for f in against]
            alert_id = _alert_id(akind, sid, metric, ident, against_ids)
            if alert_id in emitted:
                continue
            emitted[alert_id] = now
            new_alert_ids.append(alert_id)
            meta["alerts"] = {**meta["alerts"], akind: meta["alerts"].get(akind, 0) + 1}
            obs.alerts.append(
                {
                    "id": alert_id,
                    "kind": akind,
                    "severity": severity,
                    "story": sid,
                    "story_title": st.get("title"),
                    "metric": {"key": metric, "label": label},
                    "claim": {
                        **ledger.trimmed_claim(c),
                        "interval": ledger.jsonable_interval(ledger.interval(c)),
                        "article": art,
                    },
                    "against": [ledger.figure_as_side(f, metric, label) for f in against],
                    "created_at": now_iso,
                    "reason": reason,
                    **extra,
                }
            )
    meta["figures"] += obs.figures_added
    tables[T_STORIES][sid] = st
    if new_alert_ids:
        _enqueue(tables, meta, now, "al", *new_alert_ids)
    tables[T_EXPIRY][META] = meta
    return obs


#: Round 49: "..., of which 17 were settled", "..., of whom nine": the figure after it is
#: a part of one before it in the sentence.
_PART_BEFORE = re.compile(r",\s*(?:of\s+(?:which|whom|those|them)|among\s+them)\s+$", re.I)


def _part_named(claims: list[Mapping[str, Any]], i: int, j: int) -> bool:
    """Round 49: is figure ``j`` given as a part of figure ``i`` of its sentence ("handled
    23 disputes last year, of which 17 were settled"): after it, smaller, right after
    "of which / of whom / among them"?  A part is no reading ``i`` disputes."""
    c, d = claims[i], claims[j]
    if c.get("value") is None or d.get("value") is None:
        return False
    if int(d.get("start") or 0) <= int(c.get("start") or 0) or float(d["value"]) >= float(
        c["value"]
    ):
        return False
    quote, _text, at = ledger._in_sentence(d)
    return at > 0 and bool(_PART_BEFORE.search(quote[:at]))


#: Round 56: a count given as a part of a group -- "Two of the injured were ...", "three
#: of them", "of whom four", "among them five prison officers".
_PART_AFTER_FIGURE = re.compile(r"^\s+of\s+(?:(?P<pron>them|whom|those|these)\b|the\s+)", re.I)
_PART_BEFORE_FIGURE = re.compile(
    r"\b(?:of\s+(?:whom|them|those)|among\s+them(?:\s+(?:were|are))?)\s*$", re.I
)
#: Tolls a part breaks down (not a state: "in critical condition", "in hospital").
_PART_TOLLS = frozenset({"killed", "injured", "missing", "arrested"})
#: The words that name a toll's whole after "N of the": "Two of the injured", "of the dead".
_PART_WHOLE_WORDS = frozenset(
    {"injured", "wounded", "hurt", "dead", "killed", "victims", "casualties", "missing"}
    | {"arrested", "detained", "detainees", "suspects"}
)
#: ... and a part that befell something new: "Two of the injured died in hospital", "Two
#: of the missing drivers have been found alive".
_PART_NEWS = re.compile(
    r"\b(?:died|dies|have\s+died|succumbed|passed\s+away|found\s+alive|rescued|freed"
    r"|released)\b",
    re.I,
)


def _part_counted(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> bool:
    """Round 56: is the figure a part of a toll another report of the story already gave
    ("Four of the injured were in a critical condition" after the story's 17 injured,
    "among them four prison officers" after its 11 arrested)?  Such a part is a breakdown
    of that whole, no first figure of a quantity of its own.  Only for a first figure of
    its key in the story, a plain toll (killed, injured, missing, arrested: not a state
    such as "in a serious condition", no unit of measure), said as a part ("N of them",
    "of whom N", "among them N", or "N of the" with a word that names the toll: "of the
    injured", "of the dead"), not a running "first N", when a story key of the same toll
    and no other dimension holds a latest figure, told in another sentence, larger than it.
    A part that befell something new ("Two of the injured died", "were found alive") is
    news; a whole its own sentence gives ("injuring 19, among them 7 journalists") is that
    sentence's own breakdown, told as news."""
    if metric in scene.story_metrics or "?" in metric or c.get("value") is None:
        return False
    if c.get("unit") == "%" or ledger._unit(c) in ledger.MEASURE_UNITS:
        return False
    prop, dims = _prop_dims(metric)
    if prop not in _PART_TOLLS or dims:
        return False
    quote, text, i = ledger._in_sentence(c)
    if i < 0:
        return False
    after = quote[i + len(text) :]
    m_after = _PART_AFTER_FIGURE.match(after)
    if m_after is not None and not m_after.group("pron"):
        words = re.findall(r"[a-z]+", after[m_after.end() : m_after.end() + 30].lower())[:2]
        if not set(words) & _PART_WHOLE_WORDS:
            return False  # "120 of the volunteers": a group of its own, not a toll's part
    elif m_after is None and not _PART_BEFORE_FIGURE.search(quote[max(0, i - 40) : i]):
        return False
    if re.search(r"\bfirst\s+$", quote[max(0, i - 12) : i], re.I):
        return False  # "The first 45 of the identified dead": a running count
    if _PART_NEWS.search(after[:100]):
        return False
    v = float(c["value"])
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if "?" in m or p2 != prop or d2:
            continue
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        figs = [f for f in (entry or {}).get("figures", ()) if f["claim"].get("value") is not None]
        if not figs:
            continue
        last = _newest(figs)
        if last["claim"].get("quote") == c.get("quote"):
            continue  # "injuring 19, among them 7 journalists": the sentence's own breakdown
        if float(last["claim"]["value"]) > v:
            return True
    return False


def _money_roles(claims: list[Mapping[str, Any]]) -> dict[int, str]:
    """What each sum of an article counted under a bare currency key is (index -> role,
    see :func:`ledger.money_role`).  A sum restated without its money word ("the 400
    million lirets would be lent" after "a fund of 400 million lirets") is the same sum:
    it takes the role the article gave that value in that currency."""
    money = ledger.sum_nouns(str(c.get("quote") or "") for c in claims)
    roles: dict[int, str] = {}
    given: dict[tuple[str, float], str] = {}
    for i, c in enumerate(claims):
        metric, value = str(c.get("metric") or ""), c.get("value")
        role = ledger.money_role(c, metric, money) if metric else None
        if role is not None and value is not None:
            roles[i] = role
            given.setdefault((metric, float(value)), role)
    for i, c in enumerate(claims):
        metric, value = str(c.get("metric") or ""), c.get("value")
        if i not in roles and value is not None and (metric, float(value)) in given:
            roles[i] = given[(metric, float(value))]
    return roles
