"""Rival finders for a report that turns against the figure just given: _quarrel_key (its
sources disagree), judged sums, contrary_leads and _elliptic_rival, _sum_reading,
_turn_answers.

Part of :mod:`claimlogic.brain`, split from the old ``brain.py`` with every
body unchanged (see the package docstring for the module map).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from claimlogic import ledger

from .aliases import (
    _GENERIC_PEOPLE,
    _head,
    _named_apart,
    _names_a_subset,
    _prop_dims,
)
from .rivals import (
    _CLOSER_TO,
    _CLOSER_TO_BEFORE,
    _COMPARATIVES,
    _CONTRARY_OPENING,
    _MONEY_PROPS,
    _ONLY_BEFORE,
    _SUM_PROPS,
    _apart_within,
    _bare_sum,
    _changed_before,
    _done_alike,
    _given_here,
    _judged_sum,
    _led,
    _moved_or_held,
    _narrower,
    _one_gap,
    _one_noun_class,
    _one_rival_key,
    _own_earlier_count,
    _own_voice,
    _place_after,
    _rival_nouns,
    _said_noun,
    _tally,
    _verb_of,
    _wider_after,
)
from .state import (
    T_LEDGER,
    BrainConfig,
    _ledger_entry,
    _newest,
    _Scene,
)

#: "not to 12", "not the 1.6 billion": a figure after "not" is the one being denied.
_NOT_BEFORE = re.compile(r"\bnot\s+(?:to\s+|the\s+|as\s+many\s+as\s+)?$", re.I)


def _judged_sum_key(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
) -> str | None:
    """Round 67: round 23's "another named body's reading" for a sum of money, which its
    noun test leaves out (a fund, a cost and a bill are three quantities): a sum under a
    bare sum noun (:func:`_bare_sum`) that its sentence gives as a rival reading
    (:func:`_judged_sum`: "the true cost would be 150 million dollars") joins the story's
    one key of a sum property and the same dimensions that holds a figure of this article
    another named body gave, which :func:`ledger.rival_reading` takes as its rival and
    which lies apart by more than the tolerance ("repairing all affected homes would cost
    55 million dollars", ``homes|cost|money``).  Never for a key the story already holds."""
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    if (
        metric in scene.story_metrics
        or "money" not in dims
        or prop not in _SUM_PROPS
        or not c.get("source")
        or not _bare_sum(subject)
        or not _judged_sum(c)
    ):
        return None
    keys = []
    for m in scene.story_metrics:
        p2, d2 = _prop_dims(m)
        if "?" not in m and d2 == dims and p2 in _SUM_PROPS:
            keys.append(m)  # a named sum of the same dimensions
    return _one_rival_key(scene, c, keys, ledger.rival_reading)


def _quarrel_key(
    scene: _Scene,
    c: Mapping[str, Any],
    metric: str,
    judge: Callable[[Mapping[str, Any], Mapping[str, Any]], bool] = ledger.rival_in_article,
    *,
    strict: bool = False,
) -> str | None:
    """The key of the other side, for a figure of an article that says its sources disagree:
    "the exchange said the trades had a value of 1.2 billion marks" (``marks|count``), "the
    authority's own data showed trades worth 2.9 billion marks" (``marks|cost``); "customs
    seized 540 elephant ivory tusks" (``elephant ivory tusks|supplied``), "the ministry said
    600 tusks had been found" (``tusks|count``).  The extractor files the two sides under
    the words each source uses, so nothing compared them.  The figure joins the story's one
    other key of the same head noun and dimensions when that key holds a figure of another
    named source *in this article* that the ledger would set against it as a rival reading
    (:func:`ledger.rival_in_article`): two sources, one article, one moment.  Never for a
    figure whose own key the story already holds, a key that does not say what is counted
    (``people``, ``quantity?``; round 42: a sum under a bare currency key may join the
    one sum of its kind, see below), or two different things that happened ("killed" and
    "injured" stay two quantities).  Round 19's form also joined an earlier article's
    figure this article names (:func:`ledger.quarrel_pair`); that made a must-not-contradict
    violation on fresh text (a rescue's cost against the service's annual budget of two
    days before) and is not used.  ``judge``: the test of "rival reading"; in an article
    without quarrel words the brain passes :func:`ledger.calm_rival` for a lede figure
    (round 22: "demolished 1,100 homes" / "said 1,800 homes had been destroyed")."""
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    # round 42: a sum under a bare currency key ("we estimate it at 30 million crowns",
    # ``KR?..|amount|money``) says what it is a sum of by the sentence only; in an article
    # whose sources disagree it may join the story's one sum of the same kind that
    # another named body gave in this article ("The council put the damage at 85 million
    # crowns", ``damage|amount|money``)
    unnamed_sum = "?" in subject and "money" in dims
    if metric in scene.story_metrics or ("?" in metric and not unnamed_sum) or not c.get("source"):
        return None
    if unnamed_sum and _given_here(scene, c):
        # "Fifteen million crowns for the whole region is nothing": a sum the article
        # gave already (the fund's 15 million), quoted back, is no reading of another
        return None
    if strict and (ledger._unit(c) is None or ledger._unit(c) in ledger.MEASURE_UNITS):
        return None  # round 23's rivals are counts of named things, not prices or sums
    head = _head(subject)
    if head in _GENERIC_PEOPLE or head in ("person", "people"):
        return None
    quote, _text, i = ledger._in_sentence(c)
    if i > 0 and _NOT_BEFORE.search(quote[:i]):
        return None  # "I can count to seven, not to 12": the other side's figure, restated
    # round 67: a sum under a bare sum noun that its sentence gives as a rival reading
    sum_rival = (
        not strict
        and "money" in dims
        and prop in _SUM_PROPS
        and _bare_sum(subject)
        and _judged_sum(c)
    )
    found: list[str] = []
    for m in scene.story_metrics:
        s2 = m.partition("|")[0]
        p2, d2 = _prop_dims(m)
        if "?" in m or d2 != dims:
            continue
        if unnamed_sum:
            if p2 != prop:
                continue  # a cost is no reading of a fine or a fund
        elif not (
            _rival_nouns(head, prop, _head(s2), p2, strict=strict)
            # round 42: "the shortfall is £210 million" against the trustees' "deficit"
            or (not strict and "money" in dims and p2 == prop and _one_gap(subject, s2))
            # round 67: "the true cost would be 150 million dollars" (``cost|cost``) against
            # another body's "repairing all affected homes would cost 55 million dollars"
            # (``homes|cost``): a sum named by a bare sum noun reads the sum of the thing
            or (sum_rival and p2 in _SUM_PROPS)
            # round 42: two words of one noun class ("vessels" / "cargo ships"), as in
            # round 23's strict form, for a figure whose own sentence names no speaker
            or (
                not strict
                and p2 == prop
                and _one_noun_class(head, _head(s2))
                and not _narrower(subject, s2)
            )
        ):
            continue
        if "money" not in dims and _names_a_subset(subject, s2):
            continue  # "replacement buses" are no reading of the buses counted
        if strict and _narrower(subject, s2):
            # round 23's noun-class join is for two words of one group ("sheep" /
            # "animals"), not for a narrower group ("fishing boats" / "ships")
            continue
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        cm = {**c, "metric": m}
        for fig in (entry or {}).get("figures", ()):
            fc = fig["claim"]
            if not ledger.units_compatible(c, fc):
                continue
            if _named_apart(subject, c, s2, fc):
                # "140 Ostrian soldiers" are no reading of "110 Sarvan soldiers", nor of
                # another reading filed with them that does not repeat the name
                # ("Two hundred and thirty men walked across", h55-1-4)
                break
            # the other side given in this article only: two readings of one moment
            ok = fig["article"]["id"] == scene.aid and judge(cm, fc)
            if ok and ledger.gap(ledger.interval(c), ledger.interval(fc)) > scene.config.tolerance:
                found.append(m)
                break
    return found[0] if len(found) == 1 else None


#: Round 44: a sentence that says another body's figure differs from the one just given,
#: before giving it: "The city administration gave a much higher figure.", "The student
#: council put the number far higher.", "Its party said the figure was absurd.", "The
#: whip dismissed the claim within the hour."  Read on the article's text by
#: :func:`contrary_leads` (the figure usually follows in the next sentence, a quote).
_CONTRARY_LEAD = re.compile(
    r"\b(?:figure|number|count|estimate|toll|total|claim)s?\s+(?:was|were|is|are|as)\s+"
    r"(?:\w+\s+)?(?:absurd|wrong|false|untrue|inflated|exaggerated|too\s+(?:low|high|small)"
    r"|a\s+lie|nonsense|ridiculous|fantasy|fiction|(?:far\s+|much\s+)?(?:higher|lower))\b"
    r"|\b(?:put|puts|putting|gave|gives|giving)\s+(?:the|its|their|a|an)\s+(?:\w+\s+)?"
    r"(?:number|figure|count|toll|total|estimate)s?\s+(?:\w+\s+)?(?:higher|lower)\b"
    r"|\b(?:gave|gives|giving|offered|offers)\s+(?:a|an)\s+(?:\w+\s+)?"
    rf"(?:{_COMPARATIVES})\s+(?:figure|number|count|estimate|toll|total)\b"
    r"|\b(?:dismissed|disputed|rejected|denied|contested|challenged|disputes|rejects|denies)\s+"
    r"(?:the|that|this|those|these)\s+(?:\w+\s+)?"
    r"(?:claims?|figures?|numbers?|counts?|estimates?|tolls?|totals?|accounts?)\b"
    r"|\b(?:dismissed|disputed|rejected|denied|contested|challenged)\s+(?:that|this|it)\s*[.;]",
    re.I,
)


def contrary_leads(text: str) -> list[int]:
    """Where the article says a body's figure differs from the one just given (offsets of
    :data:`_CONTRARY_LEAD` matches), at analysis time: the brain sees claims, not text."""
    return [m.start() for m in _CONTRARY_LEAD.finditer(text)]


def _elliptic_rival(
    scene: _Scene,
    ci: int,
    metric: str,
    leads: Sequence[int] = (),
) -> tuple[str, float] | None:
    """Round 44: the key and value of the figure just before, for a figure that names nothing it
    counts ("2,700 had got out", ``quantity?..|count``; "7,500 people at least",
    ``people|count``) in a sentence that turns against what was just said ("But the
    military administration said ...", "disputed that", "said only"): another named body's
    reading of the quantity the previous figure of this article gave (the ICRC's "1,900
    people had been evacuated", ``people|displaced``).  Only when that figure is the one
    right before it in the article, filed under a key that says what it counts, of the same
    dimensions and units, from another source, and apart from it by more than the
    tolerance.  Round 44 (k44): the turn may also be a sentence of its own between the two
    (``leads``, from :func:`contrary_leads`: "Rathore's party said the figure was absurd.
    'We had 400,000 people on this road today'"); a turn that says the figures differ lets
    them lie further apart (a crowd of 35,000 against 400,000), and a figure whose subject
    is only its unit ("Three thousand five hundred tonnes were taken", ``t?..|count``) may
    join a key of that measure ("about 1,200 tonnes of food", ``food|count|mass``)."""
    c = scene.claims[ci]
    subject = metric.partition("|")[0]
    prop, dims = _prop_dims(metric)
    if dims or not prop or not c.get("source"):
        return None
    # round 45: a figure of an event ("but the governor said more than 2,000 cases had been
    # infected", ``cases|infected``) answers only a figure of the same event, whatever noun
    # the first side gave it ("1,240 people", ``people|infected``; "six gunmen" against
    # "Fifteen attackers"): the two sides name one group two ways
    event = prop != "count"
    named = "?" not in subject and _head(subject) not in ("people", "persons")
    quote, _text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    opening = bool(_CONTRARY_OPENING.search(quote[:i]))
    if not leads and (not opening or (named and not event)):
        # no turn sentence in the article (nearly every one): only the figure's own
        # sentence can turn, and it must -- decided before looking for the figure before
        return None
    # the first figure of the sentence with figures right before this one
    before = [k for k in range(ci) if scene.claims[k].get("quote") != c.get("quote")]
    if not before:
        return None
    prev_quote = scene.claims[before[-1]].get("quote")
    prev = next(scene.claims[k] for k in before if scene.claims[k].get("quote") == prev_quote)
    if event:
        # "spread to nine towns, and ... said 900 people had been infected": an event answers
        # that sentence's figure of the same event, not its first
        prev = next(
            (
                scene.claims[k]
                for k in before
                if scene.claims[k].get("quote") == prev_quote
                and _prop_dims(str(scene.claims[k].get("metric") or ""))[0] == prop
            ),
            prev,
        )
    if int(c.get("start") or 0) - int(prev.get("start") or 0) > 600:
        return None
    # a turn of its own: after the previous figure's sentence, before this one's
    p_quote, _p, p_i = ledger._in_sentence(prev)
    p_end = int(prev.get("start") or 0) - max(p_i, 0) + len(p_quote)
    here = int(c.get("start") or 0) - i
    # only a sentence of its own: "said the governor's figure was wrong and that two people
    # were still inside" answers the "only one remained" of a pair (12 out, one in), and
    # its nearest figure is not the one disputed (h19-1-4)
    said_apart = (
        (
            any(p_end <= x < here for x in leads)
            # round 46: or the figure's own sentence, the turn introducing it after a colon:
            # "The fire brigade gave a higher number: 'Our crews brought out 240 people'"
            or any(
                quote[m.end() :].lstrip().startswith(":")
                for m in _CONTRARY_LEAD.finditer(quote[:i])
            )
        )
        # the turn the only sentence between them: "Rights groups disputed that." after a
        # minister's paragraph with no figure answers that paragraph (h16-3-1)
        and here - p_end <= 240
        # the sentence's own first figure: "... 23 trams burned ... in the two main halls"
        # answers the trams, not the lines with the halls (h48-2-1, h50-2-1)
        and not any(scene.claims[k].get("quote") == quote for k in range(ci))
    )
    if not opening and not said_apart:
        return None
    if named and not said_apart and not event:
        return None
    ratio = 20.0 if said_apart else ledger.RIVAL_RATIO
    if said_apart and c.get("value"):
        # "killing four miners and trapping 42 underground. The union said the company's
        # figure was too low. '... 57 of our members ...'": the figure it answers is the
        # one of that sentence nearest its own value, not the sentence's first
        near = [
            scene.claims[k]
            for k in before
            if scene.claims[k].get("quote") == prev_quote
            and scene.claims[k].get("value")
            and ledger.units_compatible(c, scene.claims[k])
        ]
        if near:
            v = abs(float(c["value"]))
            prev = min(near, key=lambda x: abs(math.log(v / abs(float(x["value"])))))
    unit = ledger._unit(c)
    measured = "?" in subject and unit in ledger.MEASURE_UNITS
    own = _ledger_entry(scene.tables[T_LEDGER], scene.sid, metric)
    if any(f["article"]["id"] == scene.aid for f in (own or {}).get("figures", ())):
        return None  # its own key holds this article's other reading already
    mine = ledger._source_words(c)
    for m in scene.story_metrics:
        if "?" in m or m == metric:
            continue
        if _prop_dims(m)[1] != dims and not (measured and len(_prop_dims(m)[1]) == 1):
            continue
        if event and _prop_dims(m)[0] != prop:
            continue  # an event answers only the same event ("killed" is no reading of "injured")
        entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, m)
        for fig in (entry or {}).get("figures", ()):
            fc = fig["claim"]
            if fig["article"]["id"] != scene.aid or fc.get("start") != prev.get("start"):
                continue
            if _named_apart(subject, c, m.partition("|")[0], fc):
                return None  # "190 Marovian soldiers" are no reading of "230 Valdrian men"
            s2 = m.partition("|")[0]
            apart = _narrower(subject, s2) and _narrower(s2, subject)
            if named and apart and _head(s2) != _head(subject):
                return None  # "21 fishing boats" count another set than "38 cargo ships"
            if _prop_dims(m)[1] != dims and ledger._unit(fc) != unit:
                return None  # only the same unit says what a bare "tonnes" counts
            if not ledger.sources_differ(mine, ledger._source_words(fc)):
                return None
            if not _apart_within(c, fc, scene.config, ratio):
                return None
            return m, float(fc["value"])
    return None


#: Round 46: the words right before a sum that give it as a body's reading of a sum just
#: named: "put the wage arrears at", "put the loss higher, at", "said the true amount was",
#: "said the saving would be".
_SUM_READING = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimating|assessed)\s+"
    r"(?:the|its|their|his|her)\s+(?:\w+\s+){1,3}?(?:(?:much|far|even|still)\s+)?"
    r"(?:(?:higher|lower|closer)\s+(?:\w+\s+)?)?,?\s*at\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$"
    r"|\bsaid\s+(?:the|its|their)\s+(?:\w+\s+){1,3}?(?:was|were|is|are|would\s+be|will\s+be"
    r"|came\s+to|totalled|amounted\s+to|stood\s+at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+"
    r"|around\s+|closer\s+to\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)


#: Round 46: a body's count given as the real one: "said the real number of boxes caught
#: in the collapse was", "put the true figure at", "said the actual count stood at".
_JUDGED_COUNT = re.compile(
    r"\b(?:said|says|put|puts|putting|estimated|estimates)\s+(?:that\s+)?(?:the|its|their)\s+"
    r"(?:true|real|actual|correct)\s+(?:number|figure|count|total|toll|tally)\b[^.;:\d]{0,80}?"
    r"\b(?:was|were|is|are|stood\s+at|came\s+to|at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+"
    r"|around\s+|closer\s+to\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)


def _sum_reading(
    scene: _Scene,
    ci: int,
    metric: str,
) -> tuple[str, float] | None:
    """Round 46: the key and value of the sum just given, for a sum a named body gives as
    its own reading of it in the next sentence with figures ("Customers are owed 85 million
    pounds in credit balances, the authority said." / "The consumer group said the true
    amount was 140 million pounds"; "The union said crews were owed 14 million dollars." /
    "The administrator put the wage arrears at 6 million dollars"): the extractor files
    each side under the words around it (``true amount``, ``wage arrears``), so the two
    readings never met.  Only when the sentence gives the figure as a reading of a named
    sum (:data:`_SUM_READING`) as its only figure, not as the body's own sum ("its own
    losses") nor as a reading moved on ("now estimates"), and the sum before (a cost or an
    amount, not a fund or a pledge) is the first of its sentence, of another named source,
    in the same currency, of the same order and apart by more than the tolerance.  A plain
    count joins the count before it the same way only when the body calls its figure the
    real one (:data:`_JUDGED_COUNT`: "The shippers' council said the real number of boxes
    caught in the collapse was 310,000" after the carrier's "180,000 containers")."""
    c = scene.claims[ci]
    prop, dims = _prop_dims(metric)
    if not c.get("source") or c.get("value") is None:
        return None
    count = dims == () and prop == "count"
    if not count and (dims != ("money",) or prop in _MONEY_PROPS - {"cost"}):
        return None  # a fund, a budget or a price is no reading of a loss
    quote, _text, i = ledger._in_sentence(c)
    if count:
        # a count only when the body says its figure is the real one ("said the real
        # number of boxes caught in the collapse was 310,000")
        m_read = _JUDGED_COUNT.search(quote[:i]) if i >= 0 else None
        closer = False
    else:
        m_read = _SUM_READING.search(quote[:i]) if i >= 0 else None
        # round 48: "Our members report subscriptions closer to 800 million dinars": a sum
        # given as nearer the truth reads the sum just named as a reading words would
        closer = i >= 0 and bool(_CLOSER_TO.match(_text) or _CLOSER_TO_BEFORE.search(quote[:i]))
    if m_read is None and not closer:
        return None
    if m_read is not None and re.search(r"\bown\b", m_read.group(0), re.I):
        return None  # "estimated its own losses at": another sum, the body's own
    if re.search(r"\b(?:now|again|since|revised|raised|lowered|cut)\b", quote[:i], re.I):
        return None  # "now estimates the damage at": its own reading moved on
    if any(k != ci and scene.claims[k].get("quote") == quote for k in range(len(scene.claims))):
        return None  # a sentence of several figures sets them beside each other
    before = [k for k in range(ci) if scene.claims[k].get("quote") != quote]
    if not before:
        return None
    prev_quote = scene.claims[before[-1]].get("quote")
    prev = next(scene.claims[k] for k in before if scene.claims[k].get("quote") == prev_quote)
    pm = str(prev.get("metric") or "")
    if pm == metric or "?" in pm or pm not in scene.story_metrics or _prop_dims(pm)[1] != dims:
        return None
    if _prop_dims(pm)[0] not in (("count",) if dims == () else ("cost", "amount")):
        return None  # "pledged 5 million pounds in support" is no loss the next body reads
    if int(c.get("start") or 0) - int(prev.get("start") or 0) > 600:
        return None
    own = _ledger_entry(scene.tables[T_LEDGER], scene.sid, metric)
    if any(f["article"]["id"] == scene.aid for f in (own or {}).get("figures", ())):
        return None
    if not ledger.sources_differ(ledger._source_words(c), ledger._source_words(prev)):
        return None
    if not _apart_within(c, prev, scene.config):
        return None
    entry = _ledger_entry(scene.tables[T_LEDGER], scene.sid, pm)
    if not any(
        f["article"]["id"] == scene.aid and f["claim"].get("start") == prev.get("start")
        for f in (entry or {}).get("figures", ())
    ):
        return None
    return pm, float(prev["value"])


#: Round 79: "now" with a perfect or standing verb right after a figure's noun ("2,900
#: people had now been revaccinated", "4,100 cases now stand"): the count moved on.
_NOW_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){1,3}?(?:(?:has|have|had)\s+now\b|now\s+(?:stands?|totals?))", re.I
)


def _turn_answers(
    claims: list[Mapping[str, Any]],
    ci: int,
    c: Mapping[str, Any],
    entry: Mapping[str, Any] | None,
    aid: str,
    config: BrainConfig,
    leads: Iterable[int] = (),
) -> float | None:
    """Round 46: the value of the figure just before, for a figure whose own sentence turns
    against it (:data:`_CONTRARY_OPENING`: "The interior ministry said only 7 people had
    been detained" after the press union's "18 journalists had been detained") and whose
    key, however it got there (the story's role, kin, the same words), holds that figure
    from this article: the sentence names its other side as plainly as "a figure well below
    the union's 18" would.  Only for the first figure of its sentence, when the figure before
    is of the previous sentence with figures, of another named source, of the same order and
    apart by more than the tolerance."""
    if not entry or not c.get("source") or c.get("value") is None:
        return None
    quote, _text, i = ledger._in_sentence(c)
    if i < 0:
        return None
    # round 49: no turn, but the same verb before both figures ("Police said the clinic
    # had treated about 1,200 patients." / "Its lawyer said it had treated no more than
    # 300."): two bodies' counts of one thing side by side, said as plainly
    bare = not _CONTRARY_OPENING.search(quote[:i])
    # round 52: or a body's count in its own voice ("By our count, 130 farms ...", "Our
    # members tell us 85 plants are idle"): it answers as a turn does, not by the same verb
    own = bare and (_own_voice(claims, ci) or _led(claims, ci, leads))
    if own:
        if (
            _changed_before(c)
            or _moved_or_held(c)
            # the body's own count of an earlier report: its reading moved on
            or _own_earlier_count(entry.get("figures", ()), ledger._source_words(c), aid)
        ):
            return None
        bare = False
    # round 49b: or "said" right before both figures and the same noun right after them
    # ("Police said 1,200 tractors ..." / "The farmers' union said 3,000 tractors had come")
    said = bare and _verb_of(c) is None
    if said and _said_noun(c) is None:
        return None
    if bare and _changed_before(c):
        return None
    if bare and _NOW_AFTER.match(quote[i + len(_text) :]):
        # round 79: "The agency said 2,900 people had now been revaccinated" after the
        # patients' group's "7,000 people had been treated": a count told as moved on to
        # now is the body's own running count, no answer to the other body's figure (as
        # ``ledger.rival_in_article`` reads "had now" for a rival reading)
        return None
    if any(claims[k].get("quote") == quote for k in range(ci)):
        return None  # "Only 19 of the 38 patients": the turn is the first figure's
    before = [k for k in range(ci) if claims[k].get("quote") != quote]
    if not before:
        # the article's first figure is its news ("only 6,500 flats were still without
        # heating" moves the story on), not an answer to another body
        return None
    prev_quote = claims[before[-1]].get("quote")
    starts = {
        f["claim"].get("start"): f["claim"]
        for f in entry.get("figures", ())
        if f["article"]["id"] == aid
    }
    for k in before:
        prev = claims[k]
        if prev.get("quote") != prev_quote or prev.get("start") not in starts:
            continue
        fc = starts[prev.get("start")]
        if int(c.get("start") or 0) - int(fc.get("start") or 0) > 600:
            return None
        if (
            fc.get("value") is None
            or not ledger.sources_differ(ledger._source_words(c), ledger._source_words(fc))
            or not _apart_within(c, fc, config)
            # round 52: a count told as a running tally ("had now seized a total of
            # 4,800") is not a reading the body's own voice answers
            or (own and _tally(fc))
        ):
            return None
        if bare and (
            (
                _said_noun(fc) != _said_noun(c)
                if said
                else _verb_of(fc) != _verb_of(c) and not _done_alike(c, fc)
            )
            # round 49b: a count over the whole country or many towns is not the one
            # place's count ("had demonstrated in more than 200 towns" / "had marched in X")
            or _wider_after(c)
            or _wider_after(fc)
            # two bodies: no word of one speaker in the other ("Police in Orvenna" and
            # "police spokesman Niklas Berg" are one body)
            or ledger._source_words(c) & ledger._source_words(fc)
            or _place_after(c)
            or _place_after(fc)
            or _changed_before(fc)
            or ledger.of_another_time(c)
        ):
            return None
        return float(fc["value"])
    if bare:
        return None
    # the previous sentence's figure is not under this key: with "only" right before the
    # figure ("The operator said only nine welds had cracks") or a sentence opening on "But"
    # ("But a prisoners' group said at least nine prisoners had died"), it answers the
    # key's nearest figure of another body earlier in this article (the authority's 23),
    # or else the newest of another body from an earlier report
    if not own and not _ONLY_BEFORE.search(quote[:i]) and not _BUT_OPENING.match(quote):
        return None
    mine = ledger._source_words(c)
    here = int(c.get("start") or 0)
    others = [
        f
        for f in entry.get("figures", ())
        if ledger.sources_differ(mine, ledger._source_words(f["claim"]))
        and (f["article"]["id"] != aid or int(f["claim"].get("start") or 0) < here)
    ]
    mine_here = [f for f in others if f["article"]["id"] == aid]
    if mine_here:  # this article's own other side, the nearest before
        fc = max(mine_here, key=lambda f: int(f["claim"].get("start") or 0))["claim"]
    elif others and not own:  # else the newest other body's figure of an earlier report
        fc = _newest(others)["claim"]
    else:
        return None
    if fc.get("value") is None or not _apart_within(c, fc, config) or (own and _tally(fc)):
        return None
    return float(fc["value"])


#: "But ..." opening a sentence: the figure turns against the one just given.
_BUT_OPENING = re.compile(r"\W*(?:but|however|yet)\b", re.I)
