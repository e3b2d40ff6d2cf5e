"""Claim extraction: quantities in news text, each with the frame that says what it measures.

Public API::

    from claimlogic.extract import extract_claims, split_sentences

``extract_claims(text)`` returns one :class:`~claimlogic.model.Claim` per quantity
mention, in document order. It is pure (no I/O), deterministic and rule based: a
1,000-word article takes a few milliseconds. See ``docs/extraction.md`` for the rules.
"""

from __future__ import annotations

from claimlogic.model import Claim

from . import lexicon as lx
from .frame import (
    Attribution,
    DocContext,
    canonical_about,
    country_at,
    find_attribution,
    find_hedge,
    find_place,
    find_property,
    find_rate,
    find_time,
    last_country,
    left_noun,
    right_np,
)
from .quantities import Mention, find_mentions, masked_spans
from .sentences import Token, sentence_spans, split_sentences, tokenize

__all__ = ["extract_claims", "sentence_spans", "split_sentences"]

_BREAKS = frozenset({";", "—", "–", "(", ")", ":"})
_DASHES = frozenset({"-", "—", "–"})


def extract_claims(text: str) -> list[Claim]:
    """Extract every quantity claim of a document (plain text, any length).

    Call once per document: sources and nationalities mentioned in earlier sentences
    resolve "the agency said" or "the troops" in later ones.
    """
    ctx = DocContext()
    claims: list[Claim] = []
    for s_start, s_end in sentence_spans(text):
        toks = tokenize(text, s_start, s_end)
        if not toks:
            continue
        body = _after_dateline(toks)
        att = find_attribution(toks[body:], ctx)
        mentions = find_mentions(toks, masked_spans(text, s_start, s_end))
        if not mentions:
            continue
        att_start, att_end = att.start + body, att.end + body
        content = att.content_start + body if att.source else body
        lows = [t.low for t in toks]
        has_if = "if" in lows or "unless" in lows
        quote = text[s_start:s_end]
        prev: tuple[str | None, str | None, str | None] | None = None
        kept = [m for m in mentions if not m.scope_duration]
        for n, m in enumerate(kept):
            lo = kept[n - 1].last if n else body
            hi = kept[n + 1].first if n + 1 < len(kept) else len(toks)
            if att.source and att_start > m.last:
                hi = min(hi, att_start)
            # Country of the actor: after "X said (that)", before the figure.
            c_lo = content if (att.source and att_end <= m.first) else body
            claim, about_info = _claim(
                text, toks, m, quote, lo, hi, c_lo, att, ctx, has_if, prev
            )
            prev = about_info
            claims.append(claim)
    return claims


def _claim(
    text: str,
    toks: list[Token],
    m: Mention,
    quote: str,
    lo: int,
    hi: int,
    c_lo: int,
    att: Attribution,
    ctx: DocContext,
    has_if: bool,
    prev: tuple[str | None, str | None, str | None] | None,
) -> tuple[Claim, tuple[str | None, str | None, str | None]]:
    np = right_np(toks, m.last) if m.dim in (None, "money") else []
    if m.dim == "money" and not np and _tok_low(toks, m.last) in ("in", "of", "for"):
        np = right_np(toks, m.last + 1)  # "$60 billion in military assistance"
    if m.vague and not np and _tok_low(toks, m.last) == "of":
        np = right_np(toks, m.last + 1)  # "dozens of North Korean soldiers"
    if m.fraction and np:
        np = []
    if not np and m.dim in (None, "money") and not m.fraction:
        np_left = left_noun(toks, m.first, lo)
    else:
        np_left = []
    actor = last_country(toks, c_lo, m.first)
    about, head_class, explicit = canonical_about(toks, np or np_left, None)
    if head_class in lx.PERSON_CLASSES or (head_class is None and about is None):
        pass
    if about is not None and explicit is None:
        dem = actor
        if dem is None and head_class in lx.PERSON_CLASSES and head_class != "people":
            dem = ctx.last_demonym
        if dem is not None:
            about, head_class, explicit2 = canonical_about(toks, np or np_left, dem)
    # "100 soldiers have been killed and about 1,000 wounded": borrow the earlier noun.
    if head_class in ("wounded", "dead", "casualties") and prev and prev[1] in lx.PERSON_CLASSES:
        if np and len(np) == 1:
            about = prev[0]
    if head_class in lx.PERSON_CLASSES and about:
        dem_now = explicit or actor
        if dem_now:
            ctx.last_demonym = dem_now
    prop = find_property(toks, m, np, lo, hi, head_class, c_lo)
    if head_class is None and not np and not np_left and prev and prev[0] and m.dim is None:
        about = prev[0]  # "killed 100 and wounded 1,000"
    if m.fraction and about is None:
        of_np = right_np(toks, m.last + 1) if toks[m.last - 1].low != "of" else right_np(
            toks, m.last
        )
        if _tok_low(toks, m.last) == "of" and of_np:
            about, _, _ = canonical_about(toks, of_np, actor)
    after = (np[-1] + 1) if np else m.last
    place = find_place(toks, after, hi) or find_place(toks, lo, m.first)
    start_char = toks[m.first].start
    end_char = toks[m.last - 1].end
    time = find_time(text, toks[lo].start, toks[hi - 1].end, start_char)
    if time:
        time = time.rstrip(".")
    rate = find_rate(toks, m, np)
    hedge = find_hedge(toks, m, lo, hi, att.verb, has_if)
    unit = m.unit
    if unit is None and head_class:
        unit = head_class
    elif unit is None and np:
        unit = toks[np[-1]].low
    metric, label = _metric(about, prop, rate, m, hedge)
    claim = Claim(
        start=start_char,
        end=end_char,
        text=text[start_char:end_char],
        value=m.value,
        low=m.low,
        high=m.high,
        bound=m.bound,
        unit=unit,
        quote=quote,
        metric=metric,
        metric_label=label,
        change=m.change,
        change_is_delta=m.change_is_delta,
        about=about,
        property=prop,
        place=place,
        time=time,
        source=att.source,
        hedge=hedge,
        vague=m.vague,
    )
    return claim, (about, head_class, explicit)


def _tok_low(toks: list[Token], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def _metric(
    about: str | None, prop: str, rate: str | None, m: Mention, hedge: str | None
) -> tuple[str, str]:
    """Readable, deterministic key: ``about|property[|rate][|dimension][|change][|hedge]``.

    Scope (place, time) is not part of the key: the ledger compares scopes itself.
    Expected and hypothetical figures get their own key so they are never compared with
    facts; a change's size (delta) is a different quantity from a level.
    """
    parts = [about or (m.unit or "quantity"), prop]
    label = f"{about or (m.unit or 'quantity')} {prop}"
    if rate:
        parts.append(rate)
        label += f" {rate}"
    if m.dim and m.dim != "money" and about:
        parts.append(m.dim)
    elif m.dim == "money":
        parts.append("money")
    if m.change and m.change_is_delta:
        parts.append("change")
        label += " (change)"
    if hedge in ("expected", "hypothetical"):
        parts.append(hedge)
        label += f" ({hedge})"
    return "|".join(parts), label


def _after_dateline(toks: list[Token]) -> int:
    """Index after a dateline such as "SEOUL, Oct 18 -" or "WASHINGTON -", else 0."""
    if not toks or not toks[0].text.isupper() or len(toks[0].text) < 3:
        return 0
    for k in range(1, min(len(toks), 9)):
        t = toks[k].text
        if t in _DASHES:
            return k + 1
        if not (t.isupper() or t in (",", ".", "(", ")") or t[:1].isdigit() or t.istitle()):
            return 0
    return 0


__all__ += ["country_at"]
