"""Claim extraction: quantities in news text, each with the frame that says what it measures.

Public API::

    from claimlogic.extract import extract_claims, split_sentences

``extract_claims(text)`` returns one :class:`~claimlogic.model.Claim` per quantity
mention, in document order. It is pure (no I/O), deterministic and rule based: a
1,000-word article takes a few milliseconds. See ``docs/extraction.md`` for the rules.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from claimlogic.model import Claim

from . import lexicon as lx
from .frame import (
    Attribution,
    DocContext,
    canonical_about,
    clause_end,
    country_at,
    find_attribution,
    find_hedge,
    find_place,
    find_property,
    find_rate,
    find_time,
    last_country,
    left_noun,
    number_of_event,
    number_of_np,
    of_np,
    owned_of_np,
    right_np,
    subject_np,
)
from .quantities import Mention, apply_right_bound, find_mentions, masked_spans
from .sentences import Token, sentence_spans, split_sentences, tokenize

MEASURE_UNITS = lx.MEASURE_UNITS

__all__ = ["MEASURE_UNITS", "extract_claims", "sentence_spans", "split_sentences"]

#: Words that make a sentence worth tokenising (it may hold a figure or name a source).
_WORTH_WORDS = frozenset(
    w.lower()
    for w in set(lx.SMALL_NUMBERS)
    | set(lx.TENS)
    | set(lx.VAGUE_WORDS)
    | set(lx.VAGUE_QUANTIFIERS)
    | set(lx.SAY_VERBS)
    | set(lx.FOLD_WORDS)
    | {"half", "dozen", "thirds", "quarters", "according", "gave", "gives"}
)
_A_FRACTION = r"a\s+(?:third|quarter|fifth|tenth|few|couple|hundred|thousand|million|billion)"
#: A sentence is tokenised only if it may hold a figure or name a source. The
#: definition; :func:`_worth_reading` gives the same answer faster.
_WORTH_READING = re.compile(
    r"\d|\b(?:"
    + "|".join(sorted(_WORTH_WORDS, key=len, reverse=True))
    + "|"
    + _A_FRACTION
    + r")\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_WORD_RUN = re.compile(r"\w+")
_WORTH_WORD = re.compile("|".join(sorted(_WORTH_WORDS, key=len, reverse=True)), re.IGNORECASE)
_A_FRACTION_RX = re.compile(r"\b" + _A_FRACTION + r"\b", re.IGNORECASE)
#: How far back (tokens) the actor of a clause is looked for; keeps long lists linear.
_ACTOR_WINDOW = 30
_TIME_NOUNS = lx.words(
    """trading session morning afternoon evening day week month quarter year half period
    deals trade early late"""
)
#: A figure "reported" by the press is hedged; one a company "reported" is its own statement.
_MEDIA_WORDS = lx.words(
    """media newspaper newspapers daily outlet outlets tv television radio press news
    channel broadcaster website tabloid magazine agency agencies"""
)
_SUFFER_VERBS = frozenset({"suffered", "suffer", "suffers", "lost", "lose", "loses", "sustained"})
_DASHES = frozenset({"-", "—", "–"})


def extract_claims(text: str) -> list[Claim]:
    """Extract every quantity claim of a document (plain text, any length).

    Call once per document: sources and nationalities mentioned in earlier sentences
    resolve "the agency said" or "the troops" in later ones.
    """
    ctx = DocContext()
    claims: list[Claim] = []
    spans = sentence_spans(text)
    #: (sentence index, speaker) of the last sentence that holds a quote mark and names
    #: its speaker: "'A,' X said. 'B.'" -- B is X's too.
    quoted_by: tuple[int, str] | None = None
    #: verb right before an earlier count -> that count's claim ("had treated 1,200 patients")
    counted_by: dict[str, Claim] = {}
    for i, (s_start, s_end) in enumerate(spans):
        if not _worth_reading(text, s_start, s_end):
            continue  # no figure and no attribution: nothing to extract or remember
        toks = tokenize(text, s_start, s_end)
        if not toks:
            continue
        body = _after_dateline(toks)
        att = find_attribution(toks[body:], ctx)
        quoting = any(t.text in _QUOTES for t in toks)
        if att.source is None and toks[0].text in _QUOTES:
            speaker = _speaker_of_quotation(text, spans, i, toks, ctx)
            if speaker is None and quoted_by is not None and quoted_by[0] == i - 1:
                speaker = quoted_by[1]
            if speaker is not None:
                att = Attribution(speaker, "said", 0, 0, 0)
        if quoting and att.source is not None:
            quoted_by = (i, att.source)
        mentions = find_mentions(toks, masked_spans(text, s_start, s_end))
        if not mentions:
            continue
        att_start, att_end = att.start + body, att.end + body
        content = att.content_start + body if att.source else body
        lows = [t.low for t in toks]
        has_if = "if" in lows or "unless" in lows
        quote = text[s_start:s_end]
        kept = [m for m in mentions if not m.scope_duration]
        made: list[Claim] = []
        prev: tuple[str | None, str | None] | None = None
        for n, m in enumerate(kept):
            lo = kept[n - 1].last if n else body
            hi = kept[n + 1].first if n + 1 < len(kept) else len(toks)
            if att.source and att_start > m.last:
                hi = min(hi, att_start)
            # The actor and the hedge are read after "X said (that)", before the figure.
            c_lo = content if (att.source and att_end <= m.first) else body
            m_att = att
            then = att.then if att.source else None
            if then is not None and then.end + body <= m.first:
                # "..., while the union said 58 percent": the second speaker's own figure
                m_att, c_lo = then, then.content_start + body
            elif (att.verb in _MOVES_ITS or att.own_clause) and m.last < att_start:
                # "The office revised X to 49 percent, and the ministry raised its estimate
                # of Y to 8,000": a source moving its own figure gives what follows only.
                m_att = Attribution(None, None, 0, 0, 0)
            frame = _Frame(toks, m, lo, hi, c_lo, m_att, has_if, kept[n - 1] if n else None)
            ref = None
            if m.about_from is not None:
                k = _index_of(kept, mentions, m.about_from)
                ref = made[k] if 0 <= k < len(made) else None
            claim, prev = _claim(text, frame, quote, ctx, prev, ref)
            claim = _noun_of_same_verb(toks, m, claim, counted_by)
            made.append(claim)
        # "fell to 2.4% from 2.9%": an earlier level of the same quantity.
        for n, m in enumerate(kept):
            k = _index_of(kept, mentions, m.same_as)
            if k >= 0:
                src, dst = made[k], n
                if src.about is None and made[n].about is not None:
                    src, dst = made[n], k  # "decreased from 5.1% to 4.9%": share either way
                made[dst] = replace(
                    made[dst],
                    about=src.about,
                    property=src.property,
                    metric=_rehedge(src.metric, made[dst].hedge),
                    metric_label=_rehedge(src.metric_label, made[dst].hedge, sep=" "),
                )
        claims.extend(made)
    return claims


#: Round 52: a dateline that credits another outlet's report, a syndicated copy:
#: "KESSRIDGE, June 23 (Trondvik Posten, from Nordmark News Agency) -", "DARROWGATE
#: (Balkan Daily Courier, from Meridian Wire Service) -" (not "(Agencies)" or "(CW)").
_CREDITED_COPY = re.compile(
    r"^\s*[A-Z][A-Z .,'’-]{1,40}(?:,\s+[\w .,'’-]{1,40})?\s*"
    r"\([^()]{1,80}?,?\s+(?:from|via)\s+[^()]{1,80}\)\s*[-—–]"
)


def credited_copy(text: str) -> bool:
    """Round 52: does the text open with a dateline that credits another outlet's report
    ("KESSRIDGE, June 23 (Trondvik Posten, from Nordmark News Agency) -")?  Such a
    syndicated copy restates the report it credits; the brain reads no figures from it
    when it joins a story that already holds that report (see ``brain.observe``).  Its
    claims are still extracted: a copy whose original was never seen is the only report
    of its figures."""
    return bool(_CREDITED_COPY.match(text))


_QUOTES = frozenset({'"', "“", "”"})

#: Words between a verb and its object count: cues, quote marks ("had treated 'no more
#: than 300'").
_VERB_TO_FIGURE = (
    _QUOTES
    | {"'", "‘", "’"}
    | lx.words(
        """about around some nearly almost roughly approximately more fewer less than no at
    least most just over under only"""
    )
)
#: Irregular past participles of verbs that take a counted object ("had sold 48,000").
_IRREGULAR_DONE = lx.words(
    """sold built made paid held caught found sent brought taken seen given kept bought
    shot hit fed met drawn grown won"""
)


def _verb_of_count(toks: list[Token], m: Mention) -> str | None:
    """The past participle right before the figure (cues and quote marks skipped), else None."""
    k = m.first - 1
    while k >= 0 and toks[k].low in _VERB_TO_FIGURE:
        k -= 1
    if k < 1 or toks[k - 1].low not in ("had", "has", "have"):
        return None
    low = toks[k].low
    if (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_DONE:
        return low
    return None


def _noun_of_same_verb(
    toks: list[Token], m: Mention, claim: Claim, counted_by: dict[str, Claim]
) -> Claim:
    """A noun-less count takes the counted noun of the article's earlier count of the
    same verb: "Police said the clinic had treated about 1,200 patients. ... Its lawyer
    said it had treated 'no more than 300'" -- both count patients treated.  Counts with
    a plain ``noun|property`` key are remembered under their verb."""
    parts = claim.metric.split("|")
    if len(parts) != 2 or claim.change is not None:
        return claim
    verb = _verb_of_count(toks, m)
    if verb is None:
        return claim
    if claim.about is not None:
        if "?" not in parts[0]:
            counted_by[verb] = claim
        return claim
    earlier = counted_by.get(verb)
    if earlier is None or parts[1] != "count" or not parts[0].startswith("quantity?"):
        return claim
    return replace(
        claim,
        about=earlier.about,
        property=earlier.property,
        metric=earlier.metric,
        metric_label=earlier.metric_label,
    )


def _could_be_age(m: Mention) -> bool:
    """Is ``m`` a bare number up to 120 with no unit or dimension, as a
    person's age is written?"""
    return m.dim is None and m.unit is None and 0 < (m.value or 0) <= 120


def _age_aside(toks: list[Token], m: Mention) -> bool:
    """Is ``m`` a person's age set off after the name ("Terrell Mason, 58, and Dale
    Whitfield, 61", "Erik Moberg, 45, who was rescued")? A bare whole number up to 120
    between commas right after a capitalised name: no count of the sentence's noun."""
    k = m.first
    if not _could_be_age(m) or m.last != k + 1 or k < 2 or not toks[k].text.isdecimal():
        return False
    name = toks[k - 2]
    return (
        toks[k - 1].text == ","
        and _tok_low(toks, m.last) in (",", ";", ")")
        and name.text[:1].isupper()
        and name.text.isalpha()
        and name.low not in lx.MONTHS
        and name.low not in lx.WEEKDAYS
    )


def _function_word_subject(about: str) -> bool:
    """Does the subject taken for a figure begin or end with a function word or a bare
    superlative (``lexicon.NOT_A_SUBJECT``: "while", "any", "little", "what police",
    "largest") rather than name the things counted?"""
    words = about.split()
    return bool(words) and (words[0] in lx.NOT_A_SUBJECT or words[-1] in lx.NOT_A_SUBJECT)


#: Words that make a range of figures a spread over many units, one figure each: "paying
#: between 800 and 2,500 ducats each", "individual payments of between 150,000 and 900,000
#: florins depending on the illness", "Fines range from 50,000 to 200,000 pesos".
_SPREAD_CUES = lx.words(
    "each every per apiece depending individual individually range ranges ranged"
)


def _spread_of_sums(toks: list[Token], m: Mention, rate: str | None, lo: int, hi: int) -> bool:
    """Round 40: is ``m`` a range of figures that the sentence gives per unit ("paid
    between 90 and 350 talers a ticket", "were paid between 2,500 and 4,000 riks a month,
    depending on their rank", "each claimant would seek between 2,000 and 15,000
    florins")?  Such a range is the spread of many sums, one per ticket, player or month:
    no one quantity of the story that a later report could update or contradict.  The
    word is looked for between the neighbouring figures (``lo``, ``hi``).  A range with no
    such word ("between 20 and 30 people were killed") is one uncertain figure."""
    if m.bound != "range":
        return False
    per_unit = rate is not None and rate != "subset" and " on " not in rate  # not "year on year"
    # the words between the neighbouring figures: "each" of another figure is not this one's
    return per_unit or any(t.low in _SPREAD_CUES for t in toks[lo:hi])


#: Words that name a part of a group just counted: "arrested nine people, including two
#: surgeons", "The ten dead include six guests".
_INCLUDING = lx.words("including include includes included")


def _named_in_its_group(toks: list[Token], m: Mention, prior: Mention | None) -> bool:
    """Round 40: is the count ``m`` a part of a larger count named just before it in its
    sentence, after "including" / "include(d)" ("Police arrested nine people, including
    two surgeons", "the 17 injured included three firefighters", "rose to 22, including
    seven guards and three police officers")?  The part says who is in the group, it is no
    count of its own that the story tracks: a key of its own.  Only plain counts, the
    larger one first, with no clause break between them.  ("70 people, among them 50
    children" stays a count of its own: ``test_brain_story_kin`` files it as the
    children's first figure.)"""
    if prior is None or m.dim is not None or prior.dim is not None or m.fraction:
        return False
    if m.value is None or prior.value is None or not prior.value > m.value:
        return False
    between = [t.low for t in toks[prior.last : m.first]]
    if any(w in (";", ".", ":") for w in between):
        return False
    return any(w in _INCLUDING for w in between)


#: What a body has, stated as a standing figure: "The agency's budget this year is 620
#: million marks", "has a budget of about 800,000 marks a year", "Castellan has a balance
#: sheet of about 180 billion marks", "Sorrel Telecom's turnover last year was 480 million
#: dollars", "Ivask Petroleum's insurance cover for the terminal is 250 million dollars".
_STANDING_BEFORE = re.compile(
    r"(?:['’]s|\b(?:its|their|has\s+an?|have\s+an?|had\s+an?))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:budget|turnover|balance\s+sheet|insurance\s+cover)\b[^,;:]{0,50}?"
    r"\b(?:is|was|are|were|of|stands\s+at|stood\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
#: Words one of which ``_STANDING_BEFORE`` needs (a cheap test before the search).
_STANDING_WORDS = ("budget", "turnover", "balance", "insurance")
#: A vessel's or unit's size: "Each tanker carries about 36,000 litres", "Each bag holds
#: 60 kilograms", "sent 18 water tankers, each carrying 20,000 litres".
_EACH_HOLDS_BEFORE = re.compile(
    r"\beach\s+(?:[\w-]+\s+){0,2}?(?:carries|carrying|holds|holding|can\s+hold|weighs|weighing)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _standing_figure(before: str) -> bool:
    """Round 40: is the figure whose sentence runs ``before`` it a standing figure of a
    body or a thing rather than news of the story: a budget, turnover, balance sheet or
    insurance cover the body has (``_STANDING_BEFORE``), or what each vessel or unit holds
    (``_EACH_HOLDS_BEFORE``)?  Background the writer gives for scale: a key of its own.
    ("approved an emergency budget of 3.5 million" is news: no possessive or "has a".)"""
    low = before.lower()
    # a plain substring test first: the two searches try every position of the text
    return bool(
        (any(w in low for w in _STANDING_WORDS) and _STANDING_BEFORE.search(before))
        or ("each" in low and _EACH_HOLDS_BEFORE.search(before))
    )


#: A record the news is measured against: "The previous record, 600,000 marks, was given
#: to a meat company in 2018", "the previous largest was 400,000 crowns".
_PREVIOUS_RECORD = re.compile(
    r"\b(?:previous|former|earlier|old)\s+(?:record|high|largest|biggest|highest|peak)\b"
    r"[^.;]{0,20}$",
    re.IGNORECASE,
)
#: A body's result of last year: "reported a profit of 38 million florins last year",
#: "The company's profit last year was 85 million crowns".
_RESULT_NOUN = r"(?:profits?|loss|losses|turnover|revenues?|sales|earnings)"
_LAST_YEAR = r"(?:last|the\s+previous|the\s+past)\s+(?:financial\s+|fiscal\s+)?year"
#: Words one of which ``_PREVIOUS_RECORD`` / ``_RESULT_NOUN`` needs (cheap tests first).
_RECORD_WORDS = ("previous", "former", "earlier", "old")
_RESULT_WORDS = ("profit", "loss", "turnover", "revenue", "sales", "earnings")
_RESULT_BEFORE = re.compile(rf"\b{_RESULT_NOUN}\b[^,;.]{{0,30}}$", re.IGNORECASE)
_LAST_YEAR_AFTER = re.compile(rf"^[^,;.]{{0,25}}\b{_LAST_YEAR}\b", re.IGNORECASE)
_RESULT_OF_LAST_YEAR_BEFORE = re.compile(
    rf"\b{_RESULT_NOUN}\s+(?:for\s+|in\s+)?{_LAST_YEAR}\s+"
    r"(?:was|were|is|of|stood\s+at|came\s+to|totalled|reached)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def _past_yardstick(before: str, after: str) -> bool:
    """Round 40: is the figure, between ``before`` and ``after`` in its sentence, a past
    yardstick rather than news: the previous record (``_PREVIOUS_RECORD``) or a body's
    profit, turnover or sales of last year (``_RESULT_BEFORE`` + ``_LAST_YEAR_AFTER``,
    ``_RESULT_OF_LAST_YEAR_BEFORE``)?  Background for scale: a key of its own.  ("the
    ring made a profit of 8 million florins from the sales" is the story's own figure.)"""
    low = before.lower()
    # plain substring tests first: the searches try every position of the text
    if any(w in low for w in _RECORD_WORDS) and _PREVIOUS_RECORD.search(before):
        return True
    if not any(w in low for w in _RESULT_WORDS):
        return False
    if _RESULT_OF_LAST_YEAR_BEFORE.search(before):
        return True
    return bool(_RESULT_BEFORE.search(before) and _LAST_YEAR_AFTER.search(after))


#: Round 52: a total of the past year, "last year" after the figure in its clause ("rabies
#: killed 12 people last year", "handled 4 million tonnes of grain last year", "its debt
#: stood at 6.4 billion crowns at the end of last year"), not a span that runs to now
#: ("since March last year").
_LAST_YEAR_TOTAL_AFTER = re.compile(
    r"^(?:(?!\bsince\b)[^,;.:]){0,50}?\blast\s+year\b(?!['’]s)", re.IGNORECASE
)
#: ... or "Last year" opening the sentence or its clause after "and", with no break before
#: the figure: "Last year the country imported about 90,000 tonnes", "and last year
#: produced 410,000 tonnes".
_LAST_YEAR_TOTAL_BEFORE = re.compile(r"(?:^\W*|\band\s+)last\s+year\b[^,;.:]{0,60}$", re.IGNORECASE)


def _total_of_last_year(m: Mention, before: str, after: str) -> bool:
    """Round 52: is the figure, between ``before`` and ``after`` in its sentence, a total
    of the past year ("rabies killed 12 people last year", "The race earned 31 million
    euros in sponsorship last year", "Last year the country imported about 90,000
    tonnes")?  Background the writer gives for scale, no reading of the story's
    quantities: a key of its own.  Not a rate or share ("coverage was 68% last year" is a
    level the story may track), nor a change."""
    if m.dim == "ratio" or m.fraction or m.change:
        return False
    if "last" not in before.lower() and "last" not in after[:70].lower():
        return False
    return bool(_LAST_YEAR_TOTAL_AFTER.search(after) or _LAST_YEAR_TOTAL_BEFORE.search(before))


def _proportion(m: Mention) -> bool:
    """Round 43: is ``m`` a proportion in words -- a fraction ("less than half of the real
    damage", "about two-thirds are airworthy", "barely a third of the regulator's figure")
    or a multiple ("three times as many", "four times higher")?  The writer sizes one
    figure against another or a part against its whole; no report updates or contradicts
    it as a count or a sum of the story: a key of its own.  (A percentage is no word
    proportion: rates, shares of a vote, inflation keep their keys.)"""
    return m.fraction or (m.unit == "x" and m.dim == "ratio")


#: Possessives after "N of": "the owner and two of his managers".
_POSSESSIVES = lx.words("his her its their")


def _companions(toks: list[Token], m: Mention) -> bool:
    """Round 43: is the count ``m`` the people named with one person ("arrested the owner
    and two of his managers", "charged a former minister and nine other people", "founder
    Daniel Okafor and two other executives")?  "and N other Y" / "and N of his Y" counts
    the company of someone named just before, a part of the group the story counts (the
    whole is one more): a key of its own."""
    if m.dim is not None or m.fraction or _tok_low(toks, m.first - 1) != "and":
        return False
    nxt = _tok_low(toks, m.last)
    return nxt == "other" or (nxt == "of" and _tok_low(toks, m.last + 1) in _POSSESSIVES)


#: What a hyphened sum names the denomination of: "the 50-lira note".
_DENOMINATIONS = lx.words("note banknote bill coin")


def _unit_adjective(toks: list[Token], m: Mention) -> bool:
    """Round 43: is the measure ``m`` a hyphened adjective of a plural noun ("in 500-rupee
    and 2,000-rupee notes", "shipped in 25-kilogram bags", "18,000 fake 50-lira
    banknotes")?  It gives the kind of each thing (a denomination, a size), no total of the
    story: a key of its own; so is a denomination ("the 50-lira note").  Before another
    singular noun ("a 200-million-euro loan") it is the value of the one thing named and
    keeps its key."""
    if m.dim is None or m.last - m.num_first < 3 or toks[m.last - 2].text != "-":
        return False
    k = m.last
    if _tok_low(toks, k) in ("and", "or") and _tok_low(toks, k + 2) == "-":
        k += 4  # "500-rupee and 2,000-rupee notes": the noun after the second adjective
    nxt = toks[k] if k < len(toks) else None
    if nxt is None or nxt.text != nxt.low or not nxt.low.isalpha():
        return False
    # a plural, or a denomination ("the 50-lira note")
    return (nxt.low.endswith("s") and not nxt.low.endswith("ss")) or nxt.low in _DENOMINATIONS


#: The parts a whole is delivered or spread in: "in three tranches", "over three waves".
_INSTALMENTS = lx.words("tranches instalments installments stages phases waves batches")


def _instalments(toks: list[Token], m: Mention) -> bool:
    """Round 43: is the count ``m`` the number of parts a whole is delivered or spread in
    ("a package worth 1.2 billion euros, delivered in three tranches", "220,000 to be
    called up, spread over three waves", "paid in two instalments")?  It says how the
    story's figure is divided, it is no quantity of its own: a key of its own."""
    if m.dim is not None or m.fraction or _tok_low(toks, m.last) not in _INSTALMENTS:
        return False
    # "over three waves" reads "over" as a bound: the preposition is then the cue itself
    return (
        _tok_low(toks, m.first - 1) in ("in", "into", "over") or _tok_low(toks, m.first) == "over"
    )


#: Verbs that give what a body speaks for or pays: "which represents 22 carriers", "a
#: lawyer who represents 60 families", "Its warehouses employ about 2,500 people".
_REPRESENTS = lx.words("represents represent representing employs employ employing")
#: Verbs and a preposition of holding before a roll of members: "The fund has about 1.1
#: million policyholders", "had about 3,100 members" (not "with 95,000 pupils kept home").
_HOLDS = lx.words("has have had")
#: The people a body's roll counts.
_ROLL_NOUNS = lx.words(
    """members employees staff workers policyholders pupils students subscribers
    shareholders savers clients depositors"""
)


def _roll_of_a_body(toks: list[Token], m: Mention) -> bool:
    """Round 46: is the count ``m`` the standing roll of a body -- whom it represents or
    employs ("the union, which represents about 95,000 drivers", "Its plants employ 2,500
    people"), or the members, staff or pupils it has ("The association has 27,000
    members", "The fund has 1.1 million policyholders")?  Background for scale, no
    quantity the story tracks: a key of its own.  Only a plain count right after the verb;
    "had 41 accounts frozen", "has 6,000 soldiers deployed" name no roll and keep their
    keys; nor does "with" ("with 95,000 pupils kept at home" is the story's count)."""
    if m.dim is not None or m.fraction or m.change:
        return False
    before = _tok_low(toks, m.first - 1)
    if before in _REPRESENTS:
        return True
    if before not in _HOLDS:
        return False
    return any(_tok_low(toks, k) in _ROLL_NOUNS for k in range(m.last, m.last + 3))


#: Round 52: present-tense verbs of a standing roll after its noun: "About 210,000 pupils
#: attend the city's schools", "the factory, where 420 people work".
_WORK_OR_ATTEND = lx.words("work attend")


def _standing_roll_after(toks: list[Token], m: Mention) -> bool:
    """Round 52: is the count ``m`` the people who work at or attend a place, said in the
    present tense after its noun ("About 520,000 Pelarians work in the country", "About
    210,000 pupils attend the city's schools", "the Korsa factory, where 420 people
    work")?  A standing roll, background for scale like round 46's "employs N": a key of
    its own.  Not "still / now work" (a count as it stands after the event), nor a verb in
    another tense ("worked", "attended" tell what happened)."""
    if m.dim is not None or m.fraction or m.change:
        return False
    for k in range(m.last, min(len(toks), m.last + 3)):
        low = toks[k].low
        if low in _WORK_OR_ATTEND:
            return k > m.last and _tok_low(toks, k - 1) not in ("still", "now", "no", "not")
        if not low.isalpha():
            return False
    return False


#: The machines a fire service sends: "about 60 firefighters and 14 engines fought the
#: blaze", "180 firefighters and 40 fire engines were at the site".
_FIRE_MACHINES = lx.words("engines appliances firetrucks")
#: Words that make a plural a fire service's machine: "fire engines", "firefighting units".
_FIRE_WORDS = lx.words("fire firefighting fire-fighting")
_FIRE_UNITS = lx.words("engines appliances trucks units tenders vehicles")


def _means_against_a_fire(toks: list[Token], m: Mention) -> bool:
    """Round 46: is the count ``m`` the means a fire was fought with -- the engines or
    firefighting units sent ("60 firefighters and 14 engines fought the blaze", "40 fire
    engines were at the site"), or the crews it took ("It took 80 firefighters four hours
    to bring the blaze under control")?  How hard the work was, no quantity the story
    tracks: a key of its own (only for a plain count or presence: "destroyed 12 fire
    trucks" is news)."""
    if m.dim is not None or m.fraction or m.change:
        return False
    nxt = _tok_low(toks, m.last)
    if nxt in _FIRE_MACHINES and _tok_low(toks, m.last + 1) != "of":
        return True
    if nxt in _FIRE_WORDS and _tok_low(toks, m.last + 1) in _FIRE_UNITS:
        return True
    return _tok_low(toks, m.first - 1) == "took" and _tok_low(toks, m.first - 2) == "it"


#: What one unit costs, opening the sentence: "Each meal at the canteen costs 15 cedis",
#: "A day pass in the valley costs 74 euros", "Each cartridge had been sold for about 15
#: florins" (not "A bottle of water now costs 3 dinars": "now" makes it the news).
#: Round 81: also a writer's aside between the unit and its verb ("Each holiday death,
#: the commission estimates, costs the economy about 310 million pesos"), a gerund of one
#: unit ("Replacing a card costs a bank about 15 dollars"), what one unit "fetches", and
#: who pays after a present "costs" ("costs a bank", "costs the economy"); not after a
#: past "cost" ("A fire at the plant cost the firm 3 million": the event's bill).
_PRICE_OF_ONE = re.compile(
    r"^\W*(?:a|an|each|every|[a-z]+ing\s+(?:a|an|one|each))\s+"
    r"(?:(?!\bnow\b)[^,;.:]){0,60}?(?:,[^,;.:]{1,60},\s*)?\b"
    r"(?:(?:can|could|would|will|may|might)\s+cost|"  # round 84: "A mine can cost"
    r"costs?|fetch(?:es)?|sells?\s+for|(?:had\s+been\s+|was\s+|were\s+|is\s+|are\s+)?sold\s+for|"
    r"is\s+priced\s+at|costs\s+(?:the|a|an|its|their|his|her)\s+[a-z]+|"
    r"(?:is|was)\s+worth)\s+"  # round 84: "A milking cow is worth about 1,900 euros"
    r"(?:(?:on\s+average|as\s+little\s+as|as\s+much\s+as)\s+)?"  # round 84
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)


#: A move of a figure to a new level explained by a count after "after": "The death toll
#: rose to 19 after three injured people died in hospital", "corrected the number to 21,
#: down from 23, after two prisoners ... were found", "raised its count ... to 5,300, after
#: three smaller lenders sent in late returns".  The count is the step, not a quantity
#: the story tracks.
_STEP_NUMERAL = r"(?:\d[\d,.]*|" + "|".join(sorted({*lx.SMALL_NUMBERS, *lx.TENS})) + r")"
_STEP_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|raised|raising|fell|fallen|falls|falling|increased|"
    r"climbed|revised|corrected|lowered|brought|bringing)\b[^;:]{0,80}?"
    r"\bto\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?" + _STEP_NUMERAL + r"\b"
    r"(?!\s*(?:percent|per\b|%))[^;:]{0,90}?"
    r"\bafter\s+(?:the\s+bodies\s+of\s+|a\s+further\s+|another\s+)?$",
    re.IGNORECASE,
)


def _step_of_a_move(m: Mention, before: str) -> bool:
    """Round 49: is the count ``m`` the step that explains a figure's move to a new level
    named just before it in its sentence ("The number of injured rose to 23 after four
    people came forward", "has risen to nine, the administration said, after three of the
    wounded died")?  The new level is the story's figure; the step is no quantity of its
    own: a key of its own.  Plain counts only."""
    if m.dim is not None or m.fraction or m.change or "after" not in before[-40:].lower():
        return False
    return bool(_STEP_BEFORE.search(before))


#: Participles that say which group the rest were counted in: "Six others arrested in the
#: case were released" (not "two others injured": the verb of its own clause).
_OTHERS_OF_A_GROUP = lx.words("arrested detained held charged questioned")


def _the_others(toks: list[Token], m: Mention) -> bool:
    """Round 49: is the count ``m`` the rest of a group already counted: "the other three
    people arrested have been released", "Charges against the other five arrested were
    withdrawn", "Seven others arrested in the case were released"?  A part of the story's
    count, not a count of its own: a key of its own."""
    if m.dim is not None or m.fraction or m.change:
        return False
    if _tok_low(toks, m.first - 1) == "other" and _tok_low(toks, m.first - 2) in (
        "the",
        "its",
        "their",
    ):
        return True
    return _tok_low(toks, m.last) == "others" and _tok_low(toks, m.last + 1) in _OTHERS_OF_A_GROUP


#: Where an inquiry looked or a product is sold, counted: "in raids on 14 addresses",
#: "Officers searched 22 addresses", "Searches at 20 addresses", "footage from 120
#: cameras", "sold through 26 websites", "sold in 2,300 pharmacies"; and the people an
#: inquiry heard: "had interviewed 31 survivors", "accounts from 31 people", "We spoke to
#: more than 50 survivors", "the testimony of 30 families".
_WHERE_LOOKED_BEFORE = re.compile(
    r"\b(?:raids?\s+on|searches\s+(?:at|of|on)|searched|raided|"
    r"(?:footage|video|videos|images|recordings)\s+from|sold\s+(?:in|through|at|via)|"
    r"spoke\s+to|spoken\s+to|talked\s+to|interviewed|interviews\s+with|accounts\s+from|"
    r"testimony\s+(?:of|from))\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def _where_they_looked(m: Mention, before: str) -> bool:
    """Round 49: is the count ``m`` the places an inquiry searched or the outlets a product
    is sold in ("in raids on 14 addresses", "footage from 120 cameras", "sold in 2,300
    pharmacies")?  The means of the story, not its quantity: a key of its own."""
    return m.dim is None and not m.change and bool(_WHERE_LOOKED_BEFORE.search(before))


#: Round 82: the count of the sources or figures that disagree, not a figure of their
#: own: "two agencies gave different counts of the arrests", "Two ministries gave
#: conflicting death tolls", "the two sides disagreed over how many", "still has two death
#: tolls", "the two totals keep drifting apart".  After the count: at most four words of
#: the bodies' noun phrase and a verb of giving with a word of difference, or a verb of
#: disagreeing; or the figure-words themselves ("tolls", "counts", "totals", not "counts
#: of fraud": charges).
_RIVAL_SOURCES_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:gave|give|gives|have|has|had|issued|issue|published|released|reported|put\s+out"
    r"|offered|are\s+giving|were\s+giving|kept|keep)\s+(?:[a-z]+\s+)?"
    r"(?:different|conflicting|differing|rival|competing|contradictory|diverging|divergent)\b"
    r"|(?:disagree|disagreed|disagrees|differ|differed|contradict|contradicted)\b)"
    r"|^\s*(?:death\s+|casualty\s+|official\s+)?(?:tolls|totals|tallies)\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _rival_sources(m: Mention, after: str) -> bool:
    """Round 82: is the small count ``m`` the number of bodies, or of figures, that
    disagree ("Two agencies gave different counts of the arrests", "the two sides
    disagreed over how many soldiers", "Numaria still has two death tolls")?  It counts
    the sources of the story's rival readings, no quantity the story tracks: a key of its
    own (a plain count of at most twelve)."""
    if m.dim is not None or m.fraction or m.change or m.value is None or m.value > 12:
        return False
    return bool(_RIVAL_SOURCES_AFTER.match(after))


#: Round 82: one person's own sum, named by a personal pronoun: "said she had saved
#: 300,000 shillings", "said Hallvik owed him 4.1 million crowns", "he had been billed
#: 4,200 francs".  A witness's case, told to show what the story means for one household.
_ONE_PERSON = frozenset({"he", "she", "him", "her"})


def _one_persons_sum(m: Mention, about: str | None) -> bool:
    """Round 82: is the sum ``m`` filed under a lone personal pronoun ("she", "him") --
    what one person paid, owes, saved or was billed?  An example of the story's harm, no
    quantity it tracks: a key of its own, never compared (two people's sums are no rival
    readings of one figure).  Not "they / them": a plural pronoun stands for the story's
    bodies ("CoreCat put them at 4.1 billion dollars")."""
    return m.dim == "money" and about in _ONE_PERSON


def _part_of_which(
    toks: list[Token],
    m: Mention,
    key: tuple[str | None, str | None],
    last: tuple[str | None, str | None],
) -> bool:
    """Round 49: is ``m`` a part of the whole named just before, after "of which / of
    whom" ("The budget is 190 billion shillings, of which pensions take about 160 billion",
    "handled 23 disputes last year, of which 17 were settled"), either a sum or a count
    under the whole's own plain-count key?  A part is no reading of the whole: a key of
    its own.  A part under a key of its own ("3,480 damaged houses, of which 640 were
    destroyed") keeps it, and so does a part of a toll ("19 injured, of whom nine were
    still in hospital"; "515 suspected cases, of which 96 have been confirmed": round 14
    files them under the toll's noun)."""
    for k in range(max(0, m.first - 4), m.first - 1):
        if toks[k].low == "of" and toks[k + 1].low in ("which", "whom"):
            return m.dim == "money" or (key[0] is not None and key[1] == "count" and key == last)
    return False


#: Round 84: a figure told as the average or typical one of many, read as a level:
#: "the average fine was 1,600 pounds", "Plenti's average customer balance was about 650
#: euros", "the average claim settled so far was about 3,100 crowns".
_AVERAGE_READING = re.compile(
    r"(?:^|\b(?:the|its|their|an?)\s+|[a-z]['\u2019]s\s+)(?:average|typical|median|mean)\s+"
    r"(?:[a-z-]+\s+){1,5}?(?:was|is|were|are|stood\s+at|came\s+to)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|over|under|less\s+than)\s+)?$",
    re.IGNORECASE,
)


#: Round 84: a figure set as an aim or a limit, not reached: "aims to inspect 10,000
#: properties", "the government aims for 6,000", "fell short of its aim of 1,500 visits",
#: "short of its goal of 10 bodies", "licensed to carry 15 passengers".  Not "target
#: of", "capacity of", "cap of", "limit of": tried, they re-key 139 pool splits (a
#: plant's capacity knocked out, a target cut are the story's own figures).
_AIM_OR_LIMIT = re.compile(
    r"(?:\b(?:aims?|aimed|aiming)\s+(?:to\s+[a-z]+(?:\s+(?:out|up|in|back|off))?|for|at)"
    r"|\b(?:aim|goal)\s+of(?:\s+[a-z]+ing)?"
    r"|\blicensed\s+to\s+(?:carry|hold|take|seat))\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def _aim_or_limit(near_before: str) -> bool:
    """Round 84: is the figure an aim or a limit set, not a count reached ("aimed to carry
    out 4,000 inspections in 2045", "its aim of 1,500 visits", "a van licensed to carry
    15 passengers")?  A yardstick the story's count is measured against, no reading of
    it: a key of its own.  Not "targeted 60 lorries" (an act done), not "plans to cut 3,000
    jobs" (a plan told as news), not "cut its target to" (a move of the aim itself)."""
    return bool(_AIM_OR_LIMIT.search(near_before))


def _average_reading(near_before: str) -> bool:
    """Round 84: is the figure the average or typical one of many, read as a level ("the
    average fine was 1,600 pounds", "the average theft claim in the city was about
    450,000 rupees", "its median wait is 14 weeks")?  A yardstick of the story's many
    sums or counts, none of them one quantity a later report updates or disputes: a key
    of its own.  Only "was / is / stood at / came to" right before the figure: "the
    average price rose to ..." is a move of a level the story tracks."""
    return bool(_AVERAGE_READING.search(near_before))


def _price_of_one(opening: str) -> bool:
    """Round 46: is the sum whose sentence runs ``opening`` before it the price of one
    unit, named by "a / an / each / every X costs / sells for / was sold for" at the start
    of the sentence?  A yardstick for the story's sums, not one of them: a key of its
    own."""
    return len(opening) < 90 and bool(_PRICE_OF_ONE.match(opening))


#: Round 51: a sum for one recipient, named by "each" or "every" before it in its clause
#: ("charged each person about 6,000 dollars", "Each family receives a grant of 500
#: dollars") or after it ("30 crowns for each household", "for the family of each
#: victim"); "each year" is a time, not a recipient.
_SHARE_BEFORE = re.compile(
    r"\b(?:each|every)\s+(?!(?:year|month|week|day|quarter|time|other)\b)[a-z]+\b"
    r"(?:(?!\band\b)[^,;.:]){0,45}$",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(
    r"^\s*(?:for|to)\s+(?:(?:the|a)\s+[a-z]+\s+of\s+)?(?:each|every)\b"
    r"(?!\s+(?:year|month|week|day|quarter)\b)",
    re.IGNORECASE,
)


#: What a victim or claimant is owed is a figure of the story even per head
#: ("compensation of 400,000 rupees per family", "relief of 50,000 rupees for each
#: injured", "families will receive 50 million rupiah each to rebuild"): the sentence
#: that names such a payment or promises it keeps its keys.
_AWARD = re.compile(
    r"\b(?:compensat\w*|relief|aid|grants?|payments?|payouts?|entitled|pensions?|benefits?|"
    r"will\s+(?:receive|pay|get))\b",
    re.IGNORECASE,
)


def _share_of_one(rate: str | None, before: str, after: str, sentence: str) -> bool:
    """Round 51: is the sum what one recipient gets or pays ("about 6,000 dollars" for
    "each person", "40,000 euros per family", "15 dollars each") rather than a sum of the
    story?  A per-head yardstick: a key of its own.  Unit prices ("a litre", "a share")
    and time rates ("a year") are not recipients and keep their keys, and so does a
    payment owed to victims (``_AWARD``)."""
    if _AWARD.search(sentence):
        return False
    if rate == "each":
        return True
    if rate is not None and rate.startswith("per ") and " on " not in rate:
        unit = rate.removeprefix("per ")
        if unit not in lx.PER_UNITS.values() and unit not in (
            "day",
            "week",
            "month",
            "year",
            "hour",
            "quarter",
        ):
            return True
    return bool(_SHARE_BEFORE.search(before) or _SHARE_AFTER.match(after))


#: A habit, not an event: "The centre normally treats about 60 seals", "normally takes in
#: 80 dogs", "which normally seats 500 spectators", "A battalion normally numbers about 600
#: soldiers".
_HABIT_BEFORE = re.compile(
    r"\b(?:normally|usually|typically|ordinarily)\s+(?:[a-z]+\s+){1,2}"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
#: "draws about 5,000 shoppers on a busy autumn weekend", "on a normal night shift".
_HABIT_AFTER = re.compile(
    r"^[^,;.]{0,25}?\bon\s+an?\s+(?:normal|typical|busy|average|ordinary|usual)\b",
    re.IGNORECASE,
)


def _habitual(before: str, after: str) -> bool:
    """Round 46: is the figure a habit of a place or body ("normally treats about 60 seals
    a year", "draws about 5,000 shoppers on a busy weekend") rather than a figure of the
    story's event?  A yardstick: a key of its own."""
    low = before[-40:].lower()
    return bool(
        (
            ("normally" in low or "usually" in low or "typically" in low or "ordinarily" in low)
            and _HABIT_BEFORE.search(before)
        )
        or (" on a" in after.lower() and _HABIT_AFTER.match(after))
    )


#: Round 81: a body's or place's standing rate told in the present simple -- what it
#: builds, exports, handles, serves or counts in a year, day or week: "Auric builds about
#: 1,200 cars a day", "the centre records about 150 cases a year", "Its volunteers serve
#: about 300 meals a day", "Tenants say they pay around 1,390 dollars a month".  The verb
#: (third person or plural present, or an apposition's "-ing": "..., handling about 180,000
#: tonnes a year"), at most two words of its object, a hedge, then the figure.  Verbs of
#: loss and cost ("lose", "costs it") are left out: what an event costs a year is the
#: story's figure ("fare evasion costs it 45 million crowns a year").
_RATE_VERB_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?P<prev>[\w'’-]+\s+)?"
    r"(?P<verb>builds?|collects?|exports?|imports?|extracts?|mills?|produces?|producing"
    r"|counts|records|handles|handling|carries|carry|serves|serve|provides|needs"
    r"|pays|pay|averages?|process|processes|receives|sends|sending|sells|uses|mines"
    r"|harvests?|catches|consumes|generates|draws|treats|ships|employs|grows)"
    r"\s+(?:(?!(?:of|at|to|by|from|for|in|on|with|and|or|worth)\b)[\w'’-]+\s+){0,2}?"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated"
    r"|more\s+than|over|up\s+to|as\s+much\s+as|as\s+many\s+as|at\s+least)\s+)?$",
    re.IGNORECASE,
)
#: A word before the verb that makes it no present habit: a modal or "to" ("would pay",
#: "plans to process"), "now" (today's pace, the story's own: "now carries"), a form of
#: "be" (the progressive: "is producing about 9,000 shells a month"), or an article or
#: possessive that makes it a noun ("an average of", "the records").
_NO_HABIT_BEFORE_VERB = lx.words(
    """would will could can may might should must shall to did does do now then a an the
    its their his her our my your this that these those no is are was were be been being"""
)
#: The rate after the figure: "a year", "a day", "each week", "per month".
_RATE_AFTER = re.compile(
    r"^[^,;.:]{0,40}?\b(?:a|an|per|each|every)\s+(?:year|day|week|month|night|season|hour)\b",
    re.IGNORECASE,
)


def _standing_rate(m: Mention, before: str, after: str) -> bool:
    """Round 81: is the figure a standing rate of a body or place told in the present
    simple (``_RATE_VERB_BEFORE`` + ``_RATE_AFTER``: "Auric builds about 1,200 cars a
    day", "the centre records about 150 cases a year", "Rents in the block average 480
    francs a month") rather than a figure of the story's event?  Background for scale,
    as round 46's "normally treats": a key of its own.  Not after a modal, "to" or "now"
    ("would pay", "plans to process", "now carries"), not a change or share, not a past
    or progressive verb ("carried", "was making": the story's days)."""
    if m.change or m.fraction or m.dim == "ratio":
        return False
    if not _RATE_AFTER.match(after):
        return False
    hit = _RATE_VERB_BEFORE.search(before)
    if hit is None:
        return False
    prev = (hit.group("prev") or "").strip().lower()
    return prev not in _NO_HABIT_BEFORE_VERB


#: Round 81: what a body or place holds in the present tense, its standing capacity or
#: stock: "The hospital has 250 beds", "The city's hotels offer about 14,500 rooms", "The
#: company has 1.2 billion ringgit in cash".  The verb right before the figure (a hedge
#: between), the thing held right after it.  Not the past "had": "the resort had 16,400
#: beds in holiday lets during the February holiday" is a reading of the story's days.
_HOLDS_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?P<prev>[\w'’-]+)\s+(?:has|have|holds|hold|offers|offer)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more\s+than|over|just\s+over"
    r"|up\s+to)\s+)?$",
    re.IGNORECASE,
)
#: What is held: places to stay or sit, branches, lanes, or money "in cash / deposits /
#: reserves / assets" -- not what is in use, free or waiting now ("has 40 beds free").
#: Not the people who live there: a town's population is restated in later reports in
#: other words ("a town of 3,100 people"), which its own key would then announce.
_HELD_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:beds|cots|rooms|places|seats|branches|lanes)\b"
    r"(?!\s+(?:now\s+|still\s+)?(?:in\s+use|occupied|empty|free|available|waiting|left|damaged|destroyed|flooded|closed|evacuated|lost|cut))"
    r"|^\s+in\s+(?:cash|deposits|reserves|assets|savings)\b",
    re.IGNORECASE,
)
#: A word before the verb that makes the holding the story's own: today's level ("now
#: has 29 seals", "still has 38,000 beds"), a plan or a modal ("would keep", "to have").
#: Nor a relative clause ("the island hospital, which has 300 beds"): the hospital the
#: story names keeps its beds on the story's key (round 35), where later reports of the
#: same hospital find them.
_NOT_A_HOLDING = lx.words(
    """now still already so would will could can may might should must shall to only
    also currently which that"""
)


def _holdings(m: Mention, before: str, after: str) -> bool:
    """Round 81: is the figure what a body or place holds (has, holds, offers), a
    standing capacity or stock (``_HOLDS_BEFORE`` + ``_HELD_AFTER``: "The hospital has 250
    beds", "The company has 1.2 billion ringgit in cash")?  Background for scale, as
    round 40's budgets: a key of its own.  Not with "now" or "still" ("now has 29 seals
    in its care": today's level), a modal or "to", nor a change or share."""
    if m.change or m.fraction or m.dim == "ratio":
        return False
    hit = _HOLDS_BEFORE.search(before)
    if hit is None or hit.group("prev").lower() in _NOT_A_HOLDING:
        return False
    return bool(_HELD_AFTER.match(after))


#: Round 52: places and bodies a group comes from, counted: "The crew came from at least
#: five countries", "athletes from at least three clubs", "vehicles from 14 battalions".
_ORIGINS = lx.words(
    """countries nations towns cities clubs battalions brigades regiments units regions
    provinces states hospitals"""
)
#: Verbs before "from" that make the places the story's own figure: a force "withdrew
#: from 12 towns", people "fled from", "were evacuated from" them.
_LEFT_FROM = lx.words(
    """withdrawn withdrew withdraw withdrawing retreated retreat pulled fled flee fleeing
    evacuated driven expelled ousted removed moved"""
)


def _counted_origins(toks: list[Token], m: Mention) -> bool:
    """Round 52: is the count ``m`` the places or bodies a group came from, "from (at
    least) N <origins>" ("The crew came from at least five countries", "the patients,
    from at least six towns, had eaten", "vehicles from 14 battalions")?  It says who the
    group is, no quantity the story tracks: a key of its own.  Not after a verb of leaving
    ("withdrew from 12 towns" is the story's figure), nor before "and" ("from 46 countries
    and institutions" counts donors)."""
    if m.dim is not None or m.fraction or m.change or _tok_low(toks, m.first - 1) != "from":
        return False
    if _tok_low(toks, m.first - 2) in _LEFT_FROM:
        return False
    for k in range(m.last, min(len(toks), m.last + 3)):
        if toks[k].low in _ORIGINS:
            return _tok_low(toks, k + 1) != "and"
        if not toks[k].low.isalpha():
            return False
    return False


def _where_they_came_from(toks: list[Token], m: Mention, prior: Mention | None) -> bool:
    """Round 43: is the count ``m`` where a group counted just before came from ("About
    300 rescuers from eleven mountain rescue teams", "About 120 firefighters from 11
    stations", "About 240 rescuers from six mines")?  "N X from M Y" counts the group's
    origins, no quantity the story tracks; the group's count keeps its key.  Only plain
    counts, with one to three words between the group's count and "from".  Round 52:
    with no count before, the places a group came from (:func:`_counted_origins`)."""
    if _counted_origins(toks, m):
        return True
    if prior is None or m.dim is not None or prior.dim is not None or m.fraction:
        return False
    between = [t.low for t in toks[prior.last : m.first]]
    return 2 <= len(between) <= 4 and between[-1] == "from" and all(w.isalpha() for w in between)


def _second_part(toks: list[Token], m: Mention, prior: Mention | None) -> bool:
    """Round 43: is the count ``m`` the second part of a group after "including" /
    "include(d)" ("The nine soldiers killed include six Kordanians and three Lesovians",
    "rose to 22, including seven guards and three police officers")?  Round 40's
    ``_named_in_its_group`` gives the first part a key of its own; the part joined to it
    by "and" is a part of the same group: a key of its own too."""
    if prior is None or m.dim is not None or prior.dim is not None or m.fraction:
        return False
    between = [t.low for t in toks[prior.last : m.first]]
    if not (2 <= len(between) <= 4 and between[-1] == "and" and all(w.isalpha() for w in between)):
        return False
    return _tok_low(toks, prior.first - 1) in _INCLUDING


#: An event that splits a place's story into before and after: "a port of 27,000 people
#: before the war", "against 6,100 pesos before the blockade".
_STORY_EVENTS = (
    r"(?:war|siege|blockade|invasion|"
    r"occupation|fighting|conflict|offensive|crisis|strikes?|floods?|storm|fire|earthquake|"
    r"pandemic|outbreak|attacks?|spill|disaster|closure|shutdown|explosion|blast|collapse|"
    r"drought|embargo|sanctions|crash|eruption)\b"
)
_BEFORE_THE_EVENT = re.compile(
    r"^(?P<between>(?:[^,;:.]|[,.]\d){0,50}?)\bbefore\s+the\s+" + _STORY_EVENTS,
    re.IGNORECASE,
)
#: A sentence that opens on the time before the story: "Before the war, Merivka had about
#: 74,000 residents and 52 schools."
_OPENS_BEFORE_THE_EVENT = re.compile(
    r"^\W*before\s+the\s+" + _STORY_EVENTS + r"[^,;:.\d]{0,40},[^;:.]*$", re.IGNORECASE
)
#: A past moment named right after a figure: "which held about 30 million talers at the
#: start of the year", "sold for 30 dollars a year ago", "had promised 2,000 jobs when
#: the project was announced".  ("more than a year ago" compares: see the caller.)
_AT_A_PAST_MOMENT = re.compile(
    r"^(?P<between>(?:[^,;:.]|[,.]\d){0,40}?)\b(?:at\s+the\s+(?:start|beginning)\s+of\s+the\s+"
    r"year|a\s+year\s+(?:ago|earlier)|when\s+the\s+(?:project|scheme|plan|programme|deal|plant|"
    r"mine|factory)\s+was\s+(?:announced|launched|signed|agreed|approved|opened))\b",
    re.IGNORECASE,
)
#: Words between a figure and a past moment that make the figure a change or a
#: difference measured against that moment.
_COMPARED = re.compile(r"\b(?:from|than|compared|against|on|over|since)\b", re.IGNORECASE)
#: Words between a figure and "before the ..." that make it a time of the event ("in the
#: months before the attack") rather than the figure's own level.
_TIME_BEFORE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days|weeks?|months?|years?|moments?|shortly|just|"
    r"long|soon|time)\b",
    re.IGNORECASE,
)


def _level_before_the_event(after: str) -> bool:
    """Round 44: is the figure followed, in its clause, by "before the war / blockade /
    fire ..." ("Harnvik, a port of 27,000 people before the war", "Its population was
    34,000 before the war", "against 6,100 pesos before the blockade", "about 20 trains a
    day before the fire"), or by a past moment ("held about 30 million talers at the start
    of the year", "sold for 30 dollars a year ago", "had promised 2,000 jobs when the
    project was announced")?  A level from before the story began, given for scale: no
    report updates or contradicts it; a key of its own.  Not when another figure or a
    time word stands between ("rose to 900 from 600 before the war", "in the months
    before the attack")."""
    low = after.lower()
    # plain substring tests first: the searches try every position of the text
    m = None
    if "before" in low:
        m = _BEFORE_THE_EVENT.search(after)
    if m is None and ("year" in low or "when" in low):
        m = _AT_A_PAST_MOMENT.search(after)
        if m is not None and _COMPARED.search(m.group("between")):
            # "rose 4.2% in October from a year earlier", "would pay 10 dollars more than
            # a year ago": the news, measured against the past moment
            return False
    if m is None:
        return False
    between = m.group("between")
    return not any(ch.isdigit() for ch in between) and not _TIME_BEFORE.search(between)


#: What "rounds of" counts when it counts shot: "38,000 rounds of ammunition".
_SHOT = lx.words("ammunition ammo artillery mortar mortars shells bullets gunfire fire")


def _rounds_of_an_activity(toks: list[Token], m: Mention) -> bool:
    """Round 43: is the count ``m`` rounds of an activity ("after nine days and 31 rounds
    of bidding", "three rounds of talks", "two rounds of voting")?  "rounds" is folded
    into shells (``lexicon.NOUN_CLASSES``) for "38,000 rounds of ammunition"; of anything
    but shot it counts steps of a process, no quantity of the story: a key of its own."""
    if m.dim is not None or m.fraction or _tok_low(toks, m.last) not in ("rounds", "round"):
        return False
    return _tok_low(toks, m.last + 1) == "of" and _tok_low(toks, m.last + 2) not in _SHOT


def _youngest_is(toks: list[Token], m: Mention) -> bool:
    """Is ``m`` the age of the youngest or oldest of a group ("the rescued children, the
    youngest of them 11, were ...", "the oldest 81 and the youngest 19", "the oldest was
    16")?  A bare whole number up to 120 right after "youngest" / "oldest" (and "of them" /
    "of whom", or "was"): one person's age, no count of the sentence's noun."""
    k = m.first
    if not _could_be_age(m):
        return False
    if _tok_low(toks, k - 2) == "of" and _tok_low(toks, k - 1) in ("them", "whom", "those"):
        k -= 2
    elif _tok_low(toks, k - 1) in ("was", "is", "being"):
        k -= 1  # "the oldest was 16"
    nxt = _tok_low(toks, m.last)
    # no noun after it: "the youngest 40 players" counts players
    return _tok_low(toks, k - 1) in ("youngest", "oldest") and (
        nxt in ("", "and", "or") or not nxt[:1].isalnum()
    )


_MOVES_ITS = lx.words(
    "raised raises lowered lowers revised revises cut cuts increased reduced updated"
)
#: How many sentences a quotation may run on before the one that names its speaker.
_QUOTE_LOOKAHEAD = 4


def _speaker_of_quotation(
    text: str, spans: list[tuple[int, int]], i: int, toks: list[Token], ctx: DocContext
) -> str | None:
    """The speaker of a quotation that opens sentence ``i`` and runs on past it, named where
    it closes: '"Our figure is seven. That is the number before the court," spokeswoman
    Maja Lind said.' -- the seven is Maja Lind's.  None when the quotation closes in
    sentence ``i`` or no later sentence closes it with an attribution after the quote mark.
    """
    if sum(t.text in _QUOTES for t in toks) % 2 == 0:
        return None  # the quotation closes here
    probe = replace(ctx, aliases=dict(ctx.aliases))  # look ahead without remembering
    for s_start, s_end in spans[i + 1 : i + 1 + _QUOTE_LOOKAHEAD]:
        later = tokenize(text, s_start, s_end)
        close = next((k for k, t in enumerate(later) if t.text in _QUOTES), None)
        if close is None:
            continue  # the quotation runs on through this sentence
        att = find_attribution(later, probe)
        return att.source if att.source is not None and att.start >= close else None
    return None


def _according_words(toks: list[Token]) -> set[str]:
    """The words after "according to" up to the end of the phrase ("estimates from
    Western officials")."""
    for k in range(len(toks) - 1):
        if toks[k].low == "according" and toks[k + 1].low == "to":
            out: set[str] = set()
            for t in toks[k + 2 :]:
                if t.text in (",", ".", ";") or t.low == "that":
                    break
                out.add(t.low)
            return out
    return set()


def _worth_reading(text: str, start: int, end: int) -> bool:
    """``_WORTH_READING.search(text, start, end)`` as a bool, without trying its hundred
    alternatives at every character (the regex engine does not index them).

    The words are all word characters, so a word match is a whole maximal run of word
    characters: runs are looked up in a set (ASCII runs, lower-cased) or matched whole
    (other runs: regex case-insensitivity also folds e.g. U+0130 and U+017F).
    """
    if _DIGIT.search(text, start, end):
        return True
    runs = _WORD_RUN.findall(text, start, end)
    if runs and start > 0 and _WORD_RUN.fullmatch(text, start - 1, start + 1):
        # search() sees the character before ``start``: no word boundary inside a word
        runs = runs[1:]
    has_a = False
    for run in runs:
        if run.isascii():
            low = run.lower()
            if low in _WORTH_WORDS:
                return True
            has_a = has_a or low == "a"
        elif _WORTH_WORD.fullmatch(run):
            return True
    return has_a and _A_FRACTION_RX.search(text, start, end) is not None


def _rehedge(key: str, hedge: str | None, sep: str = "|") -> str:
    """``key`` with its expected/hypothetical suffix replaced by ``hedge``'s: the old level
    in "would raise it to $15 from $7.25" is a fact, the new one a projection."""
    for h in ("expected", "hypothetical"):
        key = key.removesuffix(f"|{h}").removesuffix(f" ({h})")
    if hedge in ("expected", "hypothetical"):
        key += f"|{hedge}" if sep == "|" else f" ({hedge})"
    return key


def _index_of(kept: list[Mention], mentions: list[Mention], idx: int | None) -> int:
    """Position in ``kept`` of ``mentions[idx]``, or -1 (none, or dropped as a scope)."""
    if idx is None or not 0 <= idx < len(mentions):
        return -1
    target = mentions[idx]
    for k, m in enumerate(kept):
        if m is target:
            return k
    return -1


class _Frame:
    """Where to look around one mention (token windows of its sentence)."""

    __slots__ = ("att", "c_lo", "has_if", "hi", "lo", "m", "prior", "toks")

    def __init__(
        self,
        toks: list[Token],
        m: Mention,
        lo: int,
        hi: int,
        c_lo: int,
        att: Attribution,
        has_if: bool,
        prior: Mention | None = None,
    ) -> None:
        self.toks, self.m, self.lo, self.hi, self.c_lo = toks, m, lo, hi, c_lo
        self.att, self.has_if = att, has_if
        self.prior = prior  # the sentence's figure before this one, if any


#: Dimensions of a measured amount of something ("tonnes of grain", "hectares of crops").
_STUFF_DIMS = frozenset({"area", "volume", "mass"})


def _claim(
    text: str,
    f: _Frame,
    quote: str,
    ctx: DocContext,
    prev: tuple[str | None, str | None] | None,
    ref: Claim | None = None,
) -> tuple[Claim, tuple[str | None, str | None]]:
    """Build the claim for ``f.m``; ``ref`` is a figure of the same sentence it shares its
    subject with ("rose 12 basis points to 4.87%")."""
    toks, m, lo, hi = f.toks, f.m, f.lo, f.hi
    np: list[int] = []
    if m.fraction or m.dim == "ratio":
        np = of_np(toks, m.last)  # "60% of voters", "half of the respondents"
        if (
            not np
            and m.change
            and _tok_low(toks, m.last) == "in"
            and m.last + 1 < len(toks)
            and toks[m.last + 1].text.islower()
        ):
            np = right_np(toks, m.last + 1)  # "a drop of 12% in new orders"
            if np and toks[np[-1]].low in _TIME_NOUNS | lx.MONTHS:
                np = []  # "plunged 10% in early trading"
        if not np and m.fraction and _tok_low(toks, m.last - 2) == "in":
            np = right_np(toks, m.last)  # "three in 10 Americans"
    elif m.dim in (None, "money"):
        np = right_np(toks, m.last)
        if (
            not np
            and _tok_low(toks, m.last) in ("in", "of", "for")
            and m.dim == "money"
            and m.last + 1 < len(toks)
            and toks[m.last + 1].text.islower()
        ):
            np = right_np(toks, m.last + 1)  # "$60 billion in military assistance"
        if not np and (m.vague or (m.dim is None and _tok_low(toks, m.last + 1) == "the")):
            np = of_np(toks, m.last)  # "dozens of North Korean soldiers", "58 of the drones"
            if np and toks[np[0]].low in lx.CURRENCY_WORDS and m.unit is None:
                m.unit, m.dim = lx.CURRENCY_WORDS[toks[np[0]].low], "money"  # "billions of dollars"
                np = []
    elif m.dim in _STUFF_DIMS and _tok_low(toks, m.last) == "of":
        # "30,000 hectares of farmland", "15,000 barrels of oil": what the measure is of,
        # not the sentence's subject (the hail, the place the slick was seen off)
        np = of_np(toks, m.last)
    if not np and m.dim == "money":
        np = owned_of_np(toks, m.last)  # "$12 billion of its bonds": the bonds
    # "five more were hurt": the noun is the earlier figure's ("3,000 more troops" has its own)
    more = not np and _tok_low(toks, m.last) in ("more", "others", "other")
    np_left: list[int] = []
    number_event: str | None = None
    # "The death toll from ... rose to 12 overnight": a word of time after the figure
    # names nothing counted, and the toll or number before it does (round 42). Only for
    # that frame: dropping such words for every figure moved alerts both ways.
    timeword = bool(np) and all(toks[k].low in lx.NON_COUNT_WORDS for k in np)
    if (not np or timeword) and m.dim is None and not m.fraction and not more:
        # "the number of people killed ... rose to 61"
        np_left = number_of_np(toks, m.first, f.c_lo)
        if np_left:
            np = []
            number_event = number_of_event(toks, np_left, m.first)
    if not np and not np_left and m.dim in (None, "money") and not m.fraction and not more:
        np_left = left_noun(toks, m.first, lo)
    if not np and not np_left and m.dim == "time" and not more:
        # "the delay was three hours", "blood stocks stood at 3.1 days": the duration is
        # a level of the thing its clause measures in time (round 86)
        measured = _duration_measured_noun(toks, m, f.c_lo)
        if (
            measured is not None
            and m.change
            and canonical_about(toks, subject_np(toks, m.first, f.c_lo), None)[0] is not None
        ):
            # a move ("helpline waits have fallen to twenty minutes") keeps the subject
            # it always read when that names something ("helpline waits")
            measured = None
        if measured is not None:
            np_left = [measured]
    if not np and not np_left and (m.dim != "time" or m.change) and not more:
        np_left = subject_np(toks, m.first, f.c_lo)
    if np and toks[np[0]].low in ("them", "those", "these", "it", "which", "whom"):
        np = []  # "90% of them": the earlier figure's subject (below)
        pronoun_of = True
    elif not np and np_left and toks[np_left[-1]].low in ("whom", "which"):
        np_left = []  # "19 injured, of whom nine ...": the earlier figure's subject (below)
        pronoun_of = True
    else:
        pronoun_of = False
    gdp_share = bool(np) and toks[np[-1]].low in ("gdp", "gnp", "output") and m.dim == "ratio"
    if gdp_share:
        np = []  # "2.5% of GDP": a share of GDP of the subject ("spending on defence")
        np_left = subject_np(toks, m.first, f.c_lo)
    about, head_class, explicit = canonical_about(toks, np or np_left, None)
    counter = False
    if not np and _shown_by_evidence(toks, np_left, m.first):
        # "its own field checks showed 4,900 square kilometres", "Our flights show 40,000
        # hectares": the speaker's evidence is not what is counted; like "put the figure
        # at N", the figure is a reading of the quantity just named (below)
        about, head_class, explicit = None, "frame", None
    elif not np and _said_through(toks, np_left, m.first):
        # "said in a statement that 150 tonnes had been lost", "told reporters that 23
        # million euros had left": the statement or the reporters are how the figure was
        # given, not what it counts; a reading of the quantity just named (round 72)
        about, head_class, explicit = None, "frame", None
    elif not np and _counter_reading(toks, m):
        about, head_class, explicit = None, "frame", None
        counter = True
    elif (
        not np
        and not np_left
        and f.att.source
        and m.dim != "time"
        and f.c_lo <= m.first
        and _tok_low(toks, f.c_lo - 1) in _READING_WORDS
        and (
            _tok_low(toks, f.c_lo - 2) in _READING_OWNERS
            or _tok_low(toks, f.c_lo - 2).endswith(("'s", "’s"))
        )
    ):
        # "The health department's own estimate (, based on ...,) was 65 million pesos":
        # the speaker's reading of the quantity just named, like "put the figure at N"
        head_class = "frame"
    elif not np and _own_reading(toks, m.first, max(lo, f.c_lo)):
        # "said its own count, based on ..., now stood at 8,000", "their estimate was
        # 19,000": the speaker's reading of the quantity just named (round 69)
        head_class = "frame"
    elif not np and not np_left and _anaphoric_reading(toks, m.first, lo):
        # "The utility now puts it at 27,000", "it is 500,000", "That is 2,800 tonnes": a
        # pronoun's value is a reading of the quantity just named, like "put the figure at
        # N" (below), not a figure with no noun (a key of its own, never compared)
        head_class = "frame"
    if gdp_share:
        about = f"{about} to gdp" if about else "gdp"
    if pronoun_of and prev and prev[0]:
        about = prev[0]
    prop_override: str | None = None
    if head_class == "frame":
        # "police put the figure at 100,000": the figure of the previous claim.
        # Round 58: a count after a figure of its sentence that names nothing either ("Two
        # more were arrested, taking the number held to 16") reads the last count named,
        # as a first figure does, with that figure's event.
        follow = not prev or (not prev[0] and m.dim is None)
        about, head_class = (prev[0] if prev and not follow else ctx.last_about), None
        prop_override = prev[1] if prev else ctx.last_property
        if follow and m.dim in ctx.last_by_dim:
            # a count reads the last count named, a tonnage the last tonnage: not the
            # sum or the share in the sentence between
            about, prop_override = ctx.last_by_dim[m.dim]
            if prev and prev[1]:
                prop_override = prev[1]
    owner = _possessive_country(toks, m.first)
    if about is not None and explicit is None and owner is not None:
        # "North Korea's 1.28 million-strong army": the possessor qualifies any noun.
        about, head_class, _ = canonical_about(toks, np or np_left, owner)
        explicit = owner
    if about is not None and explicit is None and head_class in lx.ACTOR_CLASSES:
        dem = last_country(toks, max(f.c_lo, m.first - _ACTOR_WINDOW), m.first)
        if dem is None and head_class not in lx.MATERIEL_CLASSES:
            dem = ctx.last_demonym
        if dem is not None:
            about, head_class, _ = canonical_about(toks, np or np_left, dem)
            if head_class not in lx.MATERIEL_CLASSES:
                ctx.last_demonym = dem
    if head_class == "casualties" and explicit is None and about is not None:
        window = toks[max(f.c_lo, m.first - 8) : m.first]
        if any(t.low in _SUFFER_VERBS for t in window):
            # "Russia suffered an average of 1,271 casualties": the subject's own losses
            dem = last_country(toks, max(f.c_lo, m.first - _ACTOR_WINDOW), m.first)
            if dem is not None:
                about, head_class, _ = canonical_about(toks, np or np_left, dem)
    if m.dim == "money" and about is not None and explicit is None:
        dem = last_country(toks, max(f.c_lo, m.first - _ACTOR_WINDOW), m.first)
        if dem is not None:
            about = f"{dem} {about}"
    # "100 soldiers have been killed and about 1,000 wounded": borrow the earlier noun.
    if head_class in ("wounded", "dead") and prev and prev[0] and len(np) == 1:
        about = prev[0]
    elif head_class in ("wounded", "dead") and about in ("wounded", "dead"):
        about = "people"
    if head_class in lx.ACTOR_CLASSES and about and explicit:
        ctx.last_demonym = explicit
    if more:
        # The noun is the earlier figure's; the property is what this clause says.
        prop = prop_override or find_property(toks, m, np, m.last, hi, head_class, m.last)
    else:
        prop = prop_override or find_property(toks, m, np, lo, hi, head_class, f.c_lo)
    if number_event is not None and prop_override is None:
        prop = number_event  # the event of the counted X, not of "rose to"
    if ref is not None and ref.about is not None and not m.about_weak:
        about = ref.about
        if (ref.unit == m.unit) or (ref.unit is None and m.dim is None):
            prop = ref.property or prop  # same kind of figure: same property
    elif ref is not None and about is None:
        about = ref.about  # coordination: "averaged 8% in 2022 and 4.1% in 2023"
    if (
        about is None
        and not np
        and not np_left
        and prev
        and prev[0]
        and m.dim is None
        and (not m.fraction)
        and prev[0] != _owners_part(toks, f.prior)
    ):
        # "two people died and five more were hospitalised"; not after an owner's part
        # ("eight of its tankers ..., not 13 as stated by ...": round 60)
        about = prev[0]
    after = (np[-1] + 1) if np else m.last
    if np and m.bound == "exact":
        apply_right_bound(toks, m, after)  # "20 people or more"
    place = find_place(toks, after, hi) or find_place(toks, lo, m.first)
    start_char = toks[m.first].start
    end_char = toks[m.last - 1].end
    time = find_time(text, toks[lo].start, toks[hi - 1].end, start_char)
    if time:
        time = time.rstrip(".")
    rate = find_rate(toks, m, np)
    if counter and rate is None:
        rate = ctx.last_rate_by_dim.get(m.dim)  # "counts 3,000": lorries a day, as named
    if _tok_low(toks, m.last) == "of" and (
        _tok_low(toks, m.last + 1)[:1].isdecimal()
        or (_tok_low(toks, m.last + 1) == "the" and _tok_low(toks, m.last + 2)[:1].isdecimal())
    ):
        rate = "subset"  # "272 of the 465 seats": a part, not the whole
    elif (
        m.dim is None
        and _tok_low(toks, m.last) == "of"
        and _tok_low(toks, m.last + 1) in ("its", "their")
        and _whole_figure(toks, m.last + 2)
    ):
        rate = "subset"  # round 60: "four of its 46 gantries", as "of the 46"
    if _tok_low(toks, m.first - 1) in ("aged", "ages", "age"):
        about, prop, unit_override = "age", "age", "year"  # "people aged 16 to 64"
    else:
        unit_override = None
    if _age_aside(toks, m) or _youngest_is(toks, m):
        # "Terrell Mason, 58, and ...": one person's age, a key of its own (never compared)
        about, prop = None, "age"
    right_hi = clause_end(toks, after, len(toks))
    hedge = find_hedge(toks, m, f.c_lo, right_hi, f.att.verb, f.has_if)
    if (
        hedge is None
        and f.att.verb in ("reported", "reports")
        and f.att.source
        and set(f.att.source.lower().split()) & _MEDIA_WORDS
    ):
        hedge = "reported"  # "Local media reported that 14 fishermen were missing"
    if hedge is None and f.att.verb == "according" and f.att.source:
        # "according to estimates from Western officials", "according to media reports"
        # the document's words too: the source is now its owner ("Western officials")
        src_words = set(f.att.source.lower().split()) | _according_words(f.toks)
        if src_words & lx.ESTIMATED_CUES:
            hedge = "estimated"
        elif src_words & {"reports", "report", "media"}:
            hedge = "reported"
    unit = m.unit or unit_override
    if unit is None and head_class and head_class != "frame":
        unit = head_class
    elif unit is None and np and not m.fraction and toks[np[-1]].text.islower():
        unit = toks[np[-1]].low  # the counted noun; a proper name is not a unit
    if m.dim == "money" and about is None:
        # "Damage from the quake is estimated at 1.2 trillion rupiah": what the sum is
        about = next(
            (
                toks[k].low
                for k in range(m.first - 1, max(f.c_lo, m.first - 16) - 1, -1)
                if toks[k].low in _MONEY_SUBJECTS
            ),
            None,
        )
    if m.dim == "money":
        about, prop = _money_noun(toks, m, about, prop, head_class, bool(np))
        payer = _cost_to_whom(toks, m, f.c_lo) if not np or toks[np[0]].low == "in" else None
        if payer is not None:
            # "the fare strike had cost Nordrail 9 million crowns": what costs, not who pays
            about = canonical_about(toks, payer, None)[0] or about
        valued = _valued_thing(toks, m, f.c_lo) if not np else None
        # "The first tranche, worth 400 million euros, ...", "The first tranche of the
        # package to Norland is worth 310 million euros": the thing worth it
        thing = valued or (_worth_subject(toks, m, f.c_lo) if not np else [])
        if thing:
            about, prop = canonical_about(toks, thing, None)[0] or about, "cost"
        if prop == "cost" and about in _COST_ADJECTIVES:
            about = "cost"  # "the real cost was nearer 15 million": the cost, not "real"
        if about == "value" and ctx.last_valued:
            about, prop = ctx.last_valued, "cost"  # "The value is 9 million euros"
        elif about and (valued or (prop == "cost" and _tok_low(toks, m.first - 1) == "worth")):
            ctx.last_valued = about
    if m.dim == "money" and m.unit:
        price = _unit_price(toks, m, f.c_lo, about, rate, ctx)
        if price is not None:
            about, prop, rate = price
    about, prop = _toll_frame(about, prop)
    if (
        about is None
        and prop in _TOLL_PROPS
        and m.dim is None
        and not m.fraction
        and float(m.value or 0.5).is_integer()
        and _tok_low(toks, m.last) not in _DASHES
    ):
        # "Police said 12 were injured": a toll with no noun of its own counts people (not
        # "the 7.8-magnitude earthquake killed ...": a modifier, and no whole count)
        about = "people"
    if about is None and m.dim is None and not m.fraction:
        about = _owners_part(toks, m)  # "3,800 of its members" (round 60)
        if about is None and _roll_part(toks, m):
            # "The union said 2,100 of its members remained on strike": the members are
            # the people the story counted by its own noun before ("1,200 workers were on
            # strike"), with the same property (round 69)
            about = ctx.last_by_prop.get(prop)
            if about is not None and not _people_noun(about):
                about = None  # "19 productions", "Among the 12": no roll of people
    group_part = about is None and _part_of_a_group(toks, m)
    if group_part:
        # "Prosecutors said 22 of them had been charged": a part of the last count named,
        # kept only if the part has an event or a state of its own (below; round 60)
        last = ctx.last_by_dim.get(None)
        about = last[0] if last else None
    state: str | None = None
    if about is not None and m.dim is None and not m.fraction and prop in _STATE_PROPS:
        if np:
            state = _further_state(toks, np[-1] + 1, len(toks), np)
        elif np_left and np_left[-1] < m.first:
            # "the number of patients in hospital rose to 420": the words between the noun
            # and the figure, when no clause ends between them (not an earlier figure's)
            between = range(np_left[-1] + 1, m.first)
            if not any(toks[k].low in _STATE_STOPS for k in between):
                state = _further_state(toks, np_left[-1] + 1, m.first, np_left)
        if not np and state is None:
            state = _further_state(toks, m.last, len(toks), [])  # "two of them in ..."
    if state is not None:
        # "Nine people remained in hospital" after "51 taken to hospital", "Six of the
        # injured were in a serious condition" after 23 injured: the part of the counted
        # people in a further state is a quantity of its own (round 53)
        prop = "hospitalized" if state == "current" else prop
    act = _new_act(toks, m, np, pronoun_of) if m.dim is None and not m.fraction else None
    if act is not None and about is not None:
        # "22 of the injured have been discharged", "Police recaptured six of the inmates",
        # "40 people detained in the raids had been charged": a second verb names a new act
        # on a part of the counted people, a quantity of its own (round 54)
        if act in lx.PROPERTY_CUES:
            prop = lx.PROPERTY_CUES[act]
        else:
            state = _NEW_ACTS[act]
    if prop == "count" and state is None and about is not None and m.dim is None and not m.fraction:
        # "the navy seized two ships" after "31 ships were held": an authority's act on
        # the counted things names a quantity of its own, not the story's plain count of
        # the noun (round 57)
        prop = _authority_act(toks, m, np) or prop
    if group_part and prop == "count" and state is None:
        about = None  # "about 40 of those on board were children": no event of its own
    if m.dim is None and _outage(about, quote, start_char - toks[0].start):
        about, prop = "customers without power", "count"
    if prop == "count" and m.dim is None and not m.fraction and _crowd(toks, m, about):
        about, prop = "crowd", "attended"
    if m.dim == "money" and about is None and not np:
        about = _what_a_sum_goes_to(toks, m)  # "spend 4 million euros on a laboratory"
    if m.dim == "money" and _tok_low(toks, m.last) not in ("in", "of"):
        # round 71: "set aside 4 million pounds for compensation", "raised the sum set
        # aside to 11 million", "paying out 2 million": the provision / the payout (a sum
        # named by its own noun keeps it: "paid out 1.2 billion forints of frost aid")
        about = _provision_phrase(toks, m, about) or about
    if about is not None and _function_word_subject(about):
        # "while three remain missing", "whether any of the four had died", "little more
        # than half the figure", "the largest weighing about 4 kilograms": no noun says
        # what is counted; a key of its own (never compared) rather than one shared by
        # every figure the same word happens to precede
        about = None
    if (
        (about is None or _state_word(about, prop))
        and m.dim is None
        and not m.fraction
        and prev
        and prev[0]
        and _remainder(toks, m)
        and not _after_a_part(toks, f.prior)
    ):
        # "reopened seven beaches, leaving four closed" (a state word is no counted noun:
        # a single word that is no plural), "had restored supply to 5,800
        # homes, leaving 3,400 still without heating": what is left counts the earlier
        # figure's noun, in the state the story counts (a plain count of it), not a
        # quantity of its own never compared.  Not after a part ("released nine of the 21
        # crew, leaving 12 aboard"): the part left is no level of the whole's count
        about, prop = prev[0], "count"
    if about is not None and m.dim is None:
        # "11,000 households" and "9,200 homes" count one thing: one key for both
        head = about.split()[-1]
        if head in _COUNT_SYNONYMS:
            about = " ".join([*about.split()[:-1], _COUNT_SYNONYMS[head]])
    # the last 120 characters: what names the figure stands near it (and a long run-on
    # sentence stays linear)
    near_before = text[max(toks[0].start, start_char - 120) : start_char]
    near_after = text[end_char : min(toks[-1].end, end_char + 60)]
    own = (
        _spread_of_sums(toks, m, rate, lo, hi)
        or _named_in_its_group(toks, m, f.prior)
        or (not m.change and _standing_figure(near_before))
        or _past_yardstick(near_before, near_after)
        or _total_of_last_year(m, near_before, near_after)
        or _level_before_the_event(near_after)
        # "Before the war, Merivka had about 74,000 residents": the same level, named first
        or bool(_OPENS_BEFORE_THE_EVENT.match(text[toks[0].start : start_char]))
        or _proportion(m)
        or _companions(toks, m)
        or _unit_adjective(toks, m)
        or _instalments(toks, m)
        or _where_they_came_from(toks, m, f.prior)
        or _second_part(toks, m, f.prior)
        or _rounds_of_an_activity(toks, m)
        or _roll_of_a_body(toks, m)
        or _standing_roll_after(toks, m)
        or (prop in ("count", "deployed", "arrived") and _means_against_a_fire(toks, m))
        or (m.dim == "money" and _price_of_one(text[toks[0].start : start_char]))
        or (
            m.dim == "money"
            and _share_of_one(
                rate,
                text[max(toks[0].start, start_char - 60) : start_char],
                near_after,
                text[toks[0].start : toks[-1].end],
            )
        )
        or _habitual(near_before, near_after)
        or _standing_rate(m, near_before, near_after)
        or _holdings(m, near_before, near_after)
        or _step_of_a_move(m, near_before)
        or _the_others(toks, m)
        or _where_they_looked(m, near_before)
        or _rival_sources(m, near_after)
        or _one_persons_sum(m, about)
        or _average_reading(near_before)
        or _aim_or_limit(near_before)
        or _part_of_which(toks, m, (about, prop), (ctx.last_about, ctx.last_property))
    )
    metric, label = _metric(
        about, prop, rate, m, hedge, f"{start_char}|{quote}", own=own, state=state
    )
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
        source=f.att.source,
        hedge=hedge,
        vague=m.vague,
    )
    if about and "?" not in metric and m.dim is None and not m.fraction:
        ctx.last_by_prop[prop] = about
    if about:
        ctx.last_about, ctx.last_property = about, prop
        ctx.last_by_dim[m.dim] = (about, prop)
        ctx.last_rate_by_dim[m.dim] = rate
    return claim, (about, prop)


#: What a power outage is counted in: "45,000 homes", "64,000 Ausgrid customers",
#: "150,000 households", "homes and businesses" are one quantity.
_OUTAGE_UNITS = lx.words(
    """homes houses households customers businesses properties premises connections
    accounts subscribers residences"""
)
_OUTAGE = re.compile(
    r"\b(?:without|no|lost|losing|cut\s+off\s+from)\s+(?:power|electricity)\b|\bin\s+the\s+dark\b"
    r"|\b(?:power\s+)?(?:outages?|blackouts?)\b",
    re.IGNORECASE,
)
_RESTORED = re.compile(r"\brestor|\breconnect|\bback\s+on\b", re.IGNORECASE)
#: An outage of something other than power: a bank's, a phone network's, a computer
#: system's. Its customers are no outage count unless power is named.
_OTHER_OUTAGE = re.compile(
    r"\b(?:bank|banks|network|phone|mobile|card|cards|internet|online|systems?|cyber|servers?"
    r"|numbers|operators?|telecoms?)\b",
    re.IGNORECASE,
)
_POWER = re.compile(r"\b(?:power|electricity|electric|grid|utility|utilities)\b", re.IGNORECASE)


def _outage(about: str | None, quote: str, at: int) -> bool:
    """Is this plain count the size of a power outage: homes, customers or households
    without power ("180,000 Hydro-Québec customers were without power", "outages peaked at
    691,000 customers", "the number of customers without electricity climbed to 412,000")?"""
    near = quote[max(0, at - 100) : at + 40]
    if (not about or about.split()[-1] not in _OUTAGE_UNITS) and not any(
        w in _OUTAGE_UNITS for w in re.findall(r"[a-z]+", near.lower())
    ):
        return False
    window = quote[max(0, at - 100) : at + 90]
    if _OTHER_OUTAGE.search(quote) and not _POWER.search(window):
        return False  # "an outage at Northmark Bank left 1.4 million of its customers ..."
    return bool(_OUTAGE.search(window)) and not _RESTORED.search(quote[max(0, at - 50) : at + 20])


#: What a sum of money with no noun of its own measures, named earlier in its clause.
#: Deficits, losses, shortfalls and payouts too (round 45): "the scheme's deficit, after the
#: new valuation, stands at 445 million pounds" is the deficit, not a bare key of its own.
#: Not "debts": a practitioner's own revised debt figure then read as contradicting the
#: other sides' (a must-not-contradict violation, holdout56).
_MONEY_SUBJECTS = lx.words(
    """damage damages losses cost costs bill budget aid funding fine fines compensation
    subsidy subsidies revenue revenues spending ransom bail reward
    deficit deficits loss shortfall payout payouts"""
)
#: Nouns that name a sum of money themselves, and their singular: one sum is one key
#: whether a report writes "debts of 2.3 billion euros" or "put the debt at 2.3 billion".
#: ("damages", a court's award, is not "damage", the harm, and keeps its own key.)
_MONEY_NOUNS = {
    **{
        w: w
        for w in lx.words(
            """debt loss cost profit revenue deficit surplus fine budget value turnover income
        damage bill subsidy ransom bail reward compensation funding aid spending sales
        earnings salary fee payment payout overcharge shortfall"""
        )
    },
    "debts": "debt",
    "losses": "loss",
    "costs": "cost",
    "profits": "profit",
    "revenues": "revenue",
    "deficits": "deficit",
    "fines": "fine",
    "budgets": "budget",
    "bills": "bill",
    "subsidies": "subsidy",
    "rewards": "reward",
    "salaries": "salary",
    "fees": "fee",
    "payments": "payment",
    "payouts": "payout",
    "overcharges": "overcharge",
}
#: What a sum named by its noun measures (else a plain amount).
_MONEY_NOUN_PROPS = {"cost": "cost", "budget": "funding", "funding": "funding", "aid": "funding"}
#: Verbs whose object sum is a loss.
_LOSE_VERBS = frozenset({"lost", "lose", "loses", "losing"})
#: Verbs whose object sum is the money got back (round 38): "has recovered 1.6 million".
_RECOVER_VERBS = frozenset({"recovered", "recover", "recovers", "recovering", "recouped"})
#: Words that qualify a money noun and make it another sum ("insured losses" are not
#: "losses", a "net loss" is not a gross one, "state budget deficit"): a closed class; any
#: other word before the noun ("reported losses of", "caused damage of") is not kept.
_MONEY_QUALIFIERS = lx.words(
    """insured uninsured net gross operating pretax underlying economic direct indirect
    public central state budget tax trade foreign external private federal national"""
)


#: Adjectives that a cost's subject search reads in place of the noun ("the real cost").
_COST_ADJECTIVES = lx.words("real true actual full overall final eventual")


def _money_noun(
    toks: list[Token],
    m: Mention,
    about: str | None,
    prop: str,
    head_class: str | None,
    own_noun: bool,
) -> tuple[str | None, str]:
    """``(about, property)`` of a sum of money, its money noun in the singular: the noun
    right before "of N" names the sum ("filed with debts of 2.3 billion euros", "The
    company has debts of ...", "reported losses of 500 million euros": debt, loss), not
    the clause's subject; a loss read as a toll class is a loss of money ("put the loss
    to the state at 47 million"); a plural money noun is its singular (debts / debt).
    A qualifier of the noun stays ("insured losses of" is not "losses of"); "lost N" with
    no noun of its own ("lost N in sales" keeps its noun, see docs round 37) is the loss
    (a level, not a fall), unless one person lost it ("he lost 23,000 euros": one
    victim's, not the story's sum).
    Called for every money figure once its subject and property are read."""
    k = m.first - 1
    if _tok_low(toks, k) == "of" and _tok_low(toks, k - 1) in _MONEY_NOUNS:
        noun = _MONEY_NOUNS[toks[k - 1].low]
        mods: list[str] = []
        j = k - 2
        while j >= 0 and len(mods) < 2 and toks[j].low in _MONEY_QUALIFIERS:
            mods.insert(0, toks[j].low)
            j -= 1
        if m.change_is_delta and toks[k - 1].low in lx.CHANGE_NOUNS:
            # "a loss of 500 million euros" is the sum lost, as "losses of" is, not a fall
            m.change, m.change_is_delta = None, False
        return " ".join([*mods, noun]), _MONEY_NOUN_PROPS.get(noun, "amount")
    if (
        m.change
        and not own_noun
        and _tok_low(toks, m.first - 1) in _LOSE_VERBS
        and not _one_person_lost(toks, m.first - 1)
    ):
        # "Our members have lost at least 9 million crowns", "investors lost 2.5 million":
        # the sum lost is the loss, a level like "losses of ..." (not a fall of a level)
        m.change, m.change_is_delta = None, False
        return "loss", "amount"
    if not own_noun and _tok_low(toks, m.first - 1) in _RECOVER_VERBS:
        # "It has recovered 1.6 million guilders", "Calder has recovered 18 million pounds
        # of the duplicated money": the sum got back so far, whoever the subject is (it
        # was keyed by the subject, or by nothing), a level that later reports raise
        m.change, m.change_is_delta = None, False
        return "recovered", "amount"
    if about is None:
        return about, prop
    words = about.split()
    if head_class == "casualties":
        words = ["loss" if w == "casualties" else w for w in words]
        prop = "amount"
    elif words[-1] in _MONEY_NOUNS:
        words[-1] = _MONEY_NOUNS[words[-1]]
    else:
        return about, prop
    # "the insured loss is 22 million": the qualifier right before the noun, when the
    # phrase read did not keep it
    at = next(
        (
            j
            for j in range(m.first - 1, max(0, m.first - 16) - 1, -1)
            if _MONEY_NOUNS.get(toks[j].low) == words[-1]
        ),
        None,
    )
    qualifier = _tok_low(toks, at - 1) if at is not None else ""
    if qualifier in _MONEY_QUALIFIERS and qualifier not in words:
        words.insert(len(words) - 1, qualifier)
    return " ".join(words), prop


_COST_VERBS = lx.words("cost costs costing")


def _cost_to_whom(toks: list[Token], m: Mention, lo: int) -> list[int] | None:
    """The subject of "X cost <whom> N" when a payer stands between the verb and the sum
    ("The closure has cost businesses about 18 million crowns", "would cost the company
    410 million", "had cost it 2 million"): X, the thing that costs, is what the sum is,
    as in "X cost N". None when no payer comes between or no subject is found."""
    for v in range(m.first - 2, max(lo, m.first - 6) - 1, -1):
        if toks[v].low in _COST_VERBS:
            between = toks[v + 1 : m.first]
            if any(not t.text.isalpha() or t.low in ("to", "at", "of", "a") for t in between):
                return None
            return subject_np(toks, v, lo) or None
    return None


_WORTH_COPULAS = lx.words("is was are were be been being")
#: Prepositions inside a subject, hopped back over to its head ("the first tranche of
#: the package to Norland is worth ...": the tranche, not Norland).
_WORTH_HOPS = lx.words("of to for from in on")


def _worth_subject(toks: list[Token], m: Mention, lo: int) -> list[int]:
    """The noun phrase a sum after "worth" is the value of, when set off or linked by a
    verb: the appositive's head ("The first tranche, worth 400 million euros, will ...")
    or the subject of "is worth" ("The first tranche of the package to Norland is worth
    310 million euros"), its head before any "of" / "to" phrase. Empty otherwise (a plain
    "a package worth N" is read as before)."""
    k = m.first - 1
    if _tok_low(toks, k) != "worth":
        return []
    before = _tok_low(toks, k - 1)
    if before == ",":
        # only a subject's appositive: "8,900 vehicles in lost production, worth ..."
        # could be the vehicles' or the production's value
        np = subject_np(toks, k - 1, lo)
        if not np or np[-1] != k - 2:
            return []
        j = _before_determiners(toks, np[0] - 1, lo)
        return np if j < lo or toks[j].text in _CLAUSE_OPENERS else []
    if before not in _WORTH_COPULAS:
        return []
    v = k - 1
    while _tok_low(toks, v - 1) in _WORTH_COPULAS or _tok_low(toks, v - 1) in _AUX_WORDS:
        v -= 1  # "is expected to be worth", "would be worth": back to the first verb word
    np = subject_np(toks, v, lo)
    while np:
        j = _before_determiners(toks, np[0] - 1, lo)
        if j < lo or toks[j].low not in _WORTH_HOPS:
            return np
        head = subject_np(toks, j, lo)
        if not head or head[-1] >= j:
            return np
        np = head  # subject_np may itself hop an "of" back to the head
    return []


_CLAUSE_OPENERS = frozenset({"-", "—", "–", ";", ":", '"', "“"})
_AUX_WORDS = lx.words("will would could should may might can has have had to expected likely")


_VALUE_VERBS = lx.words("valued values value")
_DETERMINERS = lx.words("the a an its their his her our this that these those all")


def _valued_thing(toks: list[Token], m: Mention, lo: int) -> list[int]:
    """The noun phrase of what a sum of money is the value of, as "X worth N" names it:
    "the value of the recovered works ... at N", "valued the recovered works at N",
    "the cancelled trades had a value of N" -- the thing valued, not the valuer ("The
    police valued ..."), nor the bare word "value". Empty when none is named."""
    for k in range(m.first - 1, max(lo, m.first - 14) - 1, -1):
        w = toks[k].low
        if toks[k].text in (";", ":") or w[:1].isdecimal():
            return []
        if w == "value" and _tok_low(toks, k + 1) == "of":
            if k + 2 == m.first:
                # "had a value of N": what has the value is the subject
                return subject_np(toks, k, lo) if _tok_low(toks, k - 1) in ("a", "an") else []
            j = _past_determiners(toks, k + 2)
            return right_np(toks, j) if j < m.first else []  # "the value of the works"
        if w in _VALUE_VERBS and _tok_low(toks, m.first - 1) == "at":
            np = right_np(toks, _past_determiners(toks, k + 1))
            return np if np and np[-1] < m.first else []  # "valued the works at N"
    return []


def _past_determiners(toks: list[Token], j: int) -> int:
    """The index of the first token from ``j`` on that is not a determiner."""
    while _tok_low(toks, j) in _DETERMINERS:
        j += 1
    return j


def _before_determiners(toks: list[Token], j: int, lo: int) -> int:
    """The index of the last token from ``j`` back that is not a determiner (below ``lo``
    when there is none down to it)."""
    while j >= lo and toks[j].low in _DETERMINERS:
        j -= 1
    return j


def _one_person_lost(toks: list[Token], k: int) -> bool:
    """Is the subject of the verb at ``k`` one person ("he lost 23,000 euros")?"""
    j = k - 1
    while _tok_low(toks, j) in ("has", "have", "had", "already", "also"):
        j -= 1
    return _tok_low(toks, j) in ("he", "she", "i")


#: Words around a unit price that do not name the priced good.
_PRICE_NOISE = lx.words(
    """price prices pump indicative maximum minimum retail wholesale average regulated
    official cost costs now stays stay stayed remain remains remained unchanged leaving
    left record new rise cut cuts raised raises went gone per a an the its their at by to
    from of in on and or for with up down while whereas would could should may might can
    will have has had be been is are was were after before since when as if than"""
)
_PRICE_WORDS = frozenset({"price", "prices", "costs", "cost", "sells", "sold", "selling"})


def _unit_price(
    toks: list[Token],
    m: Mention,
    c_lo: int,
    about: str | None,
    rate: str | None,
    ctx: DocContext,
) -> tuple[str, str, str] | None:
    """``(about, "price", "per <unit>")`` for a unit price ("186.31 shillings a litre",
    "diesel to 173.57 shillings" next to one), else None. The priced good is the nearest
    content word before the figure ("the price of super petrol by 4.12 shillings to ...",
    "and diesel by 2.10 shillings to ..."); the per-unit rate carries to the other levels
    in the same currency of a text that talks about prices."""
    per = rate if rate and rate.removeprefix("per ") in lx.PER_UNITS.values() else None
    if per is None:
        if rate is not None or ctx.last_price is None or ctx.last_price[0] != m.unit:
            return None
        if not any(t.low in _PRICE_WORDS for t in toks):
            return None
        per = ctx.last_price[1]
    ctx.last_price = (m.unit or "", per)
    good: list[str] = []
    k = m.first - 1
    while k >= max(c_lo, m.first - 14):
        t = toks[k]
        w = t.low
        content = (
            w.isalpha()
            and w not in _PRICE_NOISE
            and w not in lx.CURRENCY_WORDS
            and w not in lx.CHANGE_VERBS
            and w not in lx.COMMON_VERBS
            and w not in lx.PER_UNITS
            and not w.endswith("ing")
            and (t.text.islower() or k == 0)
        )
        if content:
            good.insert(0, w)
        elif good or t.text in (",", ";", ":"):
            break
        k -= 1
    if not good and about:
        good = [
            w
            for w in about.split()
            if w not in _PRICE_NOISE and w not in lx.CURRENCY_WORDS and w not in lx.COMMON_VERBS
        ]
    return (f"{' '.join(good)} price" if good else "price"), "price", per


#: Properties that count people affected by an event (a toll).
_TOLL_PROPS = frozenset({"killed", "injured", "missing", "casualties", "hospitalized"})
#: Nouns of a toll that name no group of their own: "39 others", "28 hurt", "30 victims"
#: count the same people as "the death toll rose to 17". Groups ("workers", "civilians",
#: "soldiers") keep their own key: a report may give the toll of one group only.
_GENERIC_VICTIMS = frozenset(
    """people persons person individuals others other hurt dead wounded injured missing
    victims bodies""".split()  # noqa: SIM905
)
#: Places and stretches of time are never a toll or a deployment: "attacks on three
#: villages" (killed), "moved to three training sites" (arrived), "for seven days".
_NOT_A_TOLL = frozenset(
    """village villages town towns city cities site sites district districts province
    provinces region regions area areas location locations country countries state
    states building buildings house houses home homes hospital hospitals school schools
    camp camps base bases facility facilities day days week weeks month months year
    years hour hours decade decades floor floors street streets""".split()  # noqa: SIM905
)
#: Event nouns that count the people they happen to, keyed like them: "14 arrests" are
#: "14 people arrested" (a qualified "drug arrests" keeps its own key).
_PEOPLE_EVENTS = {"arrests": "arrested", "detentions": "arrested", "rescues": "rescued"}
_EVENT_PROPS = _TOLL_PROPS | {"arrested", "displaced", "rescued", "deployed", "arrived"}
#: Weapons, events and days are never the victims of a toll: "the death toll from
#: Sunday's missile strike rose to 21" counts people, not "sunday missiles".
_NOT_VICTIMS = frozenset(
    """missile missiles rocket rockets drone drones bomb bombs shell shells strike strikes
    attack attacks blast blasts explosion explosions crash crashes fire fires earthquake
    quake floods flood storm cyclone hurricane typhoon collapse disaster accident shooting
    monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)


#: A crowd's size, however it is worded: "police put the crowd at 18,000", "120,000
#: people joined the march", "21,000 took part in the rally" are one quantity.
_CROWD_NOUNS = frozenset(
    """crowd crowds turnout protesters protestors demonstrators marchers participants
    attendees""".split()  # noqa: SIM905
)
_GATHERING = frozenset(
    """march marched marches marching rally rallies rallied protest protests protested
    demonstration demonstrations demonstrated attended gathered vigil""".split()  # noqa: SIM905
)


def _crowd(toks: list[Token], m: Mention, about: str | None) -> bool:
    """Is this plain count the size of a crowd (a gathering word follows "people")?"""
    if about in _CROWD_NOUNS:
        return True
    if about != "people":
        return False
    return any(t.low in _GATHERING for t in toks[m.last : m.last + 8])


#: Head nouns that count the same things as another ("11,000 households were without gas"
#: / "9,200 homes"; "65 vessels" / "48 ships"): one key.  Unlike ``RIVAL_NOUN_CLASSES``
#: (round 23, rival readings in one article only), only true synonyms of one count,
#: never a class (sheep/animals, pupils/children stay two keys).
_COUNT_SYNONYMS = {"households": "homes", "vessels": "ships"}
#: Words between "leaving" and the figure it leaves: "leaving only 12", "leaving about 400".
_REMAINDER_GLUE = frozenset({"only", "just", "about", "some", "around", "roughly", "nearly"})


def _remainder(toks: list[Token], m: Mention) -> bool:
    """Is the figure what a subtraction leaves: "..., leaving (only) 12 in custody"?"""
    k = m.first - 1
    while k >= 0 and toks[k].low in _REMAINDER_GLUE:
        k -= 1
    return k >= 1 and toks[k].low == "leaving" and toks[k - 1].text == ","


#: Words that keep people in the state a count names: "remain in hospital", "are still
#: being treated".
_STILL_WORDS = lx.words("still remain remains remained remaining")
#: What they remain in: a hospital, its treatment.
_HOSPITAL_WORDS = lx.words(
    "hospital hospitals hospitalised hospitalized treated treatment admitted"
)
#: Words of being before "in hospital": "17 patients are now in hospital".
_BEING_IN = lx.words("is are was were now currently")
_GRAVE_WORDS = lx.words("critical serious grave")
_GRAVELY = lx.words("critically seriously gravely")
#: Where the clause of the counted people's verb ends: another clause begins.
_STATE_STOPS = frozenset({",", ";", ":", "and", "but", "while", "who", "which", "whom", "that"})
_STATE_SPAN = 14
#: The roles whose people can be in a further state: the hurt and those in hospital.
_STATE_PROPS = frozenset({"injured", "hospitalized", "casualties"})


def _further_state(toks: list[Token], start: int, hi: int, np: list[int]) -> str | None:
    """The state the counted people are in now, read from the words after the counted
    noun in the figure's clause: "current" for those in hospital now ("Nine people
    remained in hospital", "Twelve of the injured were still being treated", "17 patients
    are now in hospital", "the number of patients in hospital"), not those taken there
    ("51 were taken to hospital", "were hospitalised": a running total); "serious" for
    those in a grave state ("Six of the injured were in a serious condition", "five
    remained in critical condition", "nine in intensive care", "the six critically
    injured").  Not "remain missing": the toll itself.  Round 53."""
    if any(toks[k].low in _GRAVELY for k in np):
        return "serious"
    hi = min(hi, start + _STATE_SPAN, len(toks))
    still = False
    for k in range(start, hi):
        w = toks[k].low
        if w in _STATE_STOPS:
            break
        nxt = _tok_low(toks, k + 1)
        if (w in _GRAVE_WORDS and nxt == "condition") or (w == "intensive" and nxt == "care"):
            return "serious"
        if w in _GRAVELY and nxt in ("injured", "hurt", "wounded", "ill"):
            return "serious"
        if w in _STILL_WORDS:
            still = True
        elif (
            (still and w in _HOSPITAL_WORDS)
            or (
                w == "in"
                and (k == start or _tok_low(toks, k - 1) in _BEING_IN)
                and _names_a_hospital(toks, k + 1, hi)
            )
            or (w == "being" and nxt == "treated")
        ):
            return "current"
    return None


#: Verbs of a new act done to a part of the counted people (not a state the whole has):
#: the act -> the key's last part ("charged" has a property of its own).
_NEW_ACTS: dict[str, str] = {
    "released": "released", "freed": "released", "discharged": "discharged",
    "charged": "charged", "indicted": "charged",
    "convicted": "convicted", "sentenced": "convicted", "acquitted": "acquitted",
}  # fmt: skip
#: Words between a part's noun and its own verb: auxiliaries and time adverbs.
_ACT_AUX = lx.words(
    "have has had were was been are is later since also already subsequently now all then"
)
#: Participles of the whole's role right after a counted noun ("40 people detained").
_WHOLE_ROLES = lx.words(
    "arrested detained held injured wounded hurt rescued hospitalised hospitalized"
)


def _new_act(toks: list[Token], m: Mention, np: list[int], pronoun_of: bool) -> str | None:
    """The new act a second verb names on a part of the counted people: "Twenty-two of
    the injured have been discharged", "nine of them had been released", "Police
    recaptured six of the inmates", "40 people detained in the raids had been charged"
    (the whole's role, "detained", then the part's own act).  Not "Three of the dead were
    children" (no act) nor "40 people were charged" (no part).  Round 54."""
    if "of" in (_tok_low(toks, m.first - 1), _tok_low(toks, m.first - 2)):
        return None  # "12 of the 40 people arrested have been charged": 40 is the whole
    if np and toks[np[-1]].low in lx.BILLED_NOUNS:
        return None  # "19,000 households had been charged twice": billing, no act on people
    if _tok_low(toks, m.first - 1) == "but":
        return None  # "all but four of the villagers had been freed": four were not
    partitive = _tok_low(toks, m.last) == "of"
    if partitive and _tok_low(toks, m.first - 1) in _NEW_ACTS:
        return _tok_low(toks, m.first - 1)  # "released 30 of the people held"
    if partitive and (np or pronoun_of):
        start = np[-1] + 1 if np else m.last + 2
    elif np and _tok_low(toks, np[-1] + 1) in _WHOLE_ROLES:
        start = np[-1] + 2
    else:
        # "Nineteen patients have been discharged", "29 people have been released": the
        # same act read of a count with no part, when only auxiliaries stand between
        k = np[-1] + 1 if np else m.last
        while k < len(toks) and toks[k].low in _ACT_AUX:
            k += 1
        if k > (np[-1] + 1 if np else m.last) and _tok_low(toks, k) in _NEW_ACTS:
            return toks[k].low
        return None
    for k in range(start, min(len(toks), start + 12)):
        w = toks[k].low
        if w in _STATE_STOPS:
            return None
        if w in _NEW_ACTS and _tok_low(toks, k - 1) in _ACT_AUX:
            # past the whole's role ("40 people detained ... had been charged") only an
            # act with a count of its own in the lexicon: "two men arrested have been
            # released" is still read as the arrests
            return w if partitive or w in lx.PROPERTY_CUES else None
        if w in _NEW_ACTS:
            return None
    return None


#: Acts of an authority on counted things or people -- inspecting, testing, seizing,
#: suspending, ordering -- whose figure is a quantity of its own, not the
#: story's count of the noun ("inspectors had checked 310 boats" after "the fleet of 900
#: boats", "the navy seized two ships" after "31 ships held outside the port"). Round 57.
_AUTHORITY_ACTS = lx.words(
    """inspected tested screened checked examined seized confiscated impounded suspended
    dismissed sacked fined expelled disqualified banned retracted revoked reinstated
    vaccinated ordered"""
)
#: Words after which an -ed word before a figure is an adjective, not its verb.
_NOT_BEFORE_ACT = lx.words(
    "the a an of to for with by from in on at its their his her our this that these those"
)


def _authority_act(toks: list[Token], m: Mention, np: list[int]) -> str | None:
    """The authority's act right before a plain count whose noun follows the figure
    ("Customs had seized 230 handbags", "The regulator has ordered about 4,000 heaters
    off the market"), cues and quote marks skipped; else None.  Not "recalled": a
    recall's count is the story's own running count ("has recalled 38 products", then
    "the number of products withdrawn is now 61").  Only the active verb before the
    figure: the same verbs after the noun ("14 trawlers had been inspected") were measured
    and moved alerts both ways (round 57)."""
    if not np or np[0] < m.last:
        return None
    k = m.first - 1
    while k >= 0 and toks[k].low in _VERB_TO_FIGURE:
        k -= 1
    if k < 0 or toks[k].low not in _AUTHORITY_ACTS or not toks[k].text.islower():
        return None
    if _tok_low(toks, k - 1) in _NOT_BEFORE_ACT:
        return None  # "the seized 230 handbags": an adjective
    return toks[k].low


#: Nouns that name an owner's whole roll (round 60): no part of them is a count of its own.
_OWNERS_ROLL = frozenset({"members", "membership"})


def _owners_part(toks: list[Token], m: Mention | None) -> str | None:
    """Round 60: the counted noun of a part of an owner's own things that nothing else
    named ("The guild said 3,800 of its members had joined the strike", "seven of their
    buses"): the noun after "of its / their" (and a figure of the whole: "four of its 46
    gantries").  Only where the claim would otherwise name no noun (a key of its own,
    never announced); a toll of such a part keeps its "people" key."""
    if m is None or m.dim is not None:
        return None
    if _tok_low(toks, m.last) != "of" or _tok_low(toks, m.last + 1) not in ("its", "their"):
        return None
    k = m.last + 2
    if _tok_low(toks, k) == "own":
        k += 1  # "27 of its own employees"
    if _whole_figure(toks, k):
        k += 1  # "four of its seven customer service centres"
    if _possessive_roll(toks, k):
        # round 84: "3,500 of its members' claims": the claims are counted, not members
        k += 2
    about = canonical_about(toks, right_np(toks, k), None)[0]
    if about is not None and about.split()[-1] in _OWNERS_ROLL:
        # "3,800 of its members had joined the strike": a part of the owner's roll is
        # told only by its verb, and the roll itself ("its 6,800 members") is the story's
        # count of that noun -- measured: it split votes and rival readings from it
        return None
    return about


def _possessive_roll(toks: list[Token], k: int) -> bool:
    """Round 84: is the word at ``k`` a plural owner in the possessive with a noun after
    it ("of its members' claims", "of their drivers' cars", "of its members' dhows")?
    The thing owned is what the figure counts, not the owners: "3,500 of its members'
    claims have been rejected" is a count of claims, the rival of another body's "2,100
    claims had been rejected", not a part of the union's roll told by no noun."""
    word = _tok_low(toks, k)
    nxt = toks[k + 2] if k + 2 < len(toks) else None
    return (
        len(word) > 3
        and word.endswith("s")
        and word.isalpha()
        and _tok_low(toks, k + 1) in ("'", "’")
        and toks[k + 1].start == toks[k].end
        and nxt is not None
        and nxt.text.isalpha()
        and nxt.text.islower()
    )


#: The people of a roll an owner speaks for: "of its members", "of our men".
_ROLL_OF_OURS = frozenset({"members", "men", "sons", "women", "workers"})


def _roll_part(toks: list[Token], m: Mention) -> bool:
    """Round 69: is a count a part of its speaker's own roll, named by no noun of the
    story: "2,100 of its members", "at least 30 of our men", "of their own members"?"""
    if _tok_low(toks, m.last) != "of":
        return False
    owner = _tok_low(toks, m.last + 1)
    if owner not in ("its", "their", "our"):
        return False
    k = m.last + 2 + (_tok_low(toks, m.last + 2) == "own")
    word = _tok_low(toks, k)
    if _possessive_roll(toks, k):
        return False  # "of its members' claims": the claims are counted (round 84)
    return word in _OWNERS_ROLL or (owner == "our" and word in _ROLL_OF_OURS)


#: People nouns the suffix test of :func:`_people_noun` misses.
_PEOPLE_NOUNS = lx.words(
    "people staff crew extras members pupils police students migrants patients parents"
)


def _people_noun(about: str) -> bool:
    """Round 69: does a counted noun name people ("workers", "air traffic controllers",
    "coalition members", "tea pickers"), as a roll's members are, not things
    ("productions", "flights")?"""
    head = about.split()[-1]
    return (
        head in _PEOPLE_NOUNS
        or lx.NOUN_CLASSES.get(head) in lx.PERSON_CLASSES
        or head.endswith(("ers", "ors", "ists", "ians", "men"))
    )


def _part_of_a_group(toks: list[Token], m: Mention) -> bool:
    """Round 60: is a count a part of a group named before ("22 of them", "14 of those
    arrested")?"""
    return (
        m.dim is None
        and not m.fraction
        and _tok_low(toks, m.last) == "of"
        and _tok_low(toks, m.last + 1) in ("them", "those")
    )


def _what_a_sum_goes_to(toks: list[Token], m: Mention) -> str | None:
    """Round 60: the thing a sum with no subject is spent on or paid into: "would spend
    4 million euros on a new laboratory", "pay 5 million euros into a fund for victims"."""
    after = _tok_low(toks, m.last)
    if after == "for" and _tok_low(toks, m.last + 1) not in ("a", "an", "the", "extra", "new"):
        return None  # "fined ... for breaching", "for years"
    if after not in ("on", "into", "towards", "toward", "for"):
        return None
    k = m.last + 1
    while _tok_low(toks, k) in ("a", "an", "the", "its", "their", "new", "extra"):
        k += 1
    np = right_np(toks, k)
    if not np or toks[np[-1]].low in lx.NON_COUNT_WORDS or not toks[np[-1]].text.islower():
        return None
    if toks[np[-1]].low in ("time", "times") or toks[np[-1]].low in lx.MONTHS:
        return None  # "for the first time"
    return canonical_about(toks, np, None)[0]


#: Phrasal verbs whose object is a sum a body puts by or pays out (round 71): every form
#: of the verb names one quantity, the provision or the payout, keyed by its past form.
_PROVISION_VERBS: dict[str, tuple[frozenset[str], str]] = {
    "aside": (lx.words("set sets setting"), "set aside"),
    "out": (lx.words("paid pay pays paying"), "paid out"),
}
_PROVISION_SKIPS = lx.words("only just a further another additional extra")


def _provision_phrase(toks: list[Token], m: Mention, about: str | None) -> str | None:
    """Round 71: the key of a sum that is the object of "set aside" or "pay out": "has set
    aside 4 million pounds for compensation", "setting aside 2.5 million", "had paid out
    1.1 million francs", "paying out 11 million dollars" are the provision / the payout,
    and so is the figure a later report raises it to ("raised the sum set aside for
    compensation to 55 million", "the money it has set aside ... to 180 million"): one
    key for every form of the verb, not the clause's subject, the verb's inflected form
    ("setting aside", "out") or what the sum is for. None for any other sum."""
    k = m.first - 1
    while k > m.first - 3 and _tok_low(toks, k) in _PROVISION_SKIPS:
        k -= 1  # "paid out only 1.1 million", "set aside a further 20 million"
    particle, verb = _tok_low(toks, k), _tok_low(toks, k - 1)
    if particle in _PROVISION_VERBS and verb in _PROVISION_VERBS[particle][0]:
        return _PROVISION_VERBS[particle][1]
    words = (about or "").split()
    if len(words) >= 2 and words[-1] in _PROVISION_VERBS:
        forms, key = _PROVISION_VERBS[words[-1]]
        if words[-2] in forms:
            return key
    return None


def _whole_figure(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a figure (digits or a small number word)?"""
    return _tok_low(toks, k)[:1].isdecimal() or _tok_low(toks, k) in lx.SMALL_NUMBERS


def _names_a_hospital(toks: list[Token], k: int, hi: int) -> bool:
    """Do the words from ``k`` name a hospital within a few words ("hospital", "the
    district hospital", "Bontaga's two hospitals"), before any other clause?"""
    for j in range(k, min(hi, k + 5)):
        w = toks[j].low
        if w in ("hospital", "hospitals"):
            return True
        if w in _STATE_STOPS or w in ("in", "at", "for", "with", "after"):
            return False
    return False


def _state_word(about: str, prop: str) -> bool:
    """Is ``about`` a state read as a noun ("leaving four closed", "three shut"): one word,
    no plural, no person and no toll?"""
    return (
        " " not in about
        and not about.endswith("s")
        and about != "people"
        and about not in lx.NOUN_CLASSES
        and prop not in _TOLL_PROPS
    )


def _after_a_part(toks: list[Token], prior: Mention | None) -> bool:
    """Is the sentence's earlier figure a part or the whole of a part: "nine of the 21
    crew", "12 of the baboons"?"""
    if prior is None:
        return False
    if _tok_low(toks, prior.last) == "of":
        return True
    return _tok_low(toks, prior.first - 1) == "the" and _tok_low(toks, prior.first - 2) == "of"


def _toll_frame(about: str | None, prop: str) -> tuple[str | None, str]:
    """One key per toll: generic victim nouns become "people"; places are a plain count."""
    if about and about.split()[-1] in ("cases", "infections") and prop in ("count", "infected"):
        # "140 suspected cholera cases", "cases rose to 310", "260 confirmed cases": one
        # running count of infections, whatever the confirmation status word
        words = [w for w in about.split() if w not in ("suspected", "confirmed", "reported")]
        return " ".join(words) or about, "infected"
    head = about.split()[-1] if about else None
    if prop in _TOLL_PROPS and head in _GENERIC_VICTIMS and about:
        animals = [w for w in about.split() if w in lx.ANIMAL_NOUNS]
        if animals:
            return " ".join(animals), prop  # "cattle deaths reached 5,200": cattle, not people
    if head in _NOT_A_TOLL and prop in _EVENT_PROPS:
        return about, "count"
    if about == head and _PEOPLE_EVENTS.get(head or "") == prop:
        return "people", prop  # "the number of arrests rose to six": six people arrested
    if prop in _TOLL_PROPS and (
        head in _GENERIC_VICTIMS
        or (about and len(about.split()) > 1 and set(about.split()) & _NOT_VICTIMS)
    ):
        return "people", prop  # a bare "Three missiles killed 5" keeps its noun
    return about, prop


#: Evidence, instruments and records a speaker reads a figure from: never the thing the
#: figure counts when they are the subject of a verb of showing ("its own field checks
#: showed 4,900 square kilometres", "Our flights show 40,000 hectares", "its information
#: pointed to 9,000"). A closed class of kinds of evidence, not any story's words.
_EVIDENCE_NOUNS = lx.words(
    """check checks survey surveys flight flights record records image images data figure
    figures estimate estimates count counts analysis analyses modelling modeling model
    models measurement measurements information inspection inspections calculation
    calculations study studies research monitoring observation observations list lists
    document documents tally review reviews audit audits assessment assessments"""
)
#: Verbs by which evidence gives a reading: "showed", "pointed to", "found".
_SHOWING_VERBS = lx.words(
    """show shows showed shown showing point points pointed indicate indicates indicated
    suggest suggests suggested reveal reveals revealed find finds found identified
    identifies"""
)


#: A source's reading named as its subject: "The ministry's own estimate was N".
_READING_WORDS = lx.words("estimate figure count tally calculation")
#: What stands before such a reading word when it is a noun ("its own estimate", "the
#: union's figure"), not a verb ("the ministry estimates 12,000 hectares").
_READING_OWNERS = lx.words("own its their our his her the official")


def _shown_by_evidence(toks: list[Token], np_left: list[int], first: int) -> bool:
    """Is ``np_left`` (the phrase a figure at ``first`` is said of) evidence the figure is
    read from: its head an evidence noun, a verb of showing right after the phrase (an
    "of ..." phrase may come between: "its own analysis of the same period showed") and
    before the figure? "500 flights were cancelled" counts flights: no verb of showing."""
    if not np_left or toks[np_left[-1]].low not in _EVIDENCE_NOUNS:
        return False
    for k in range(np_left[-1] + 1, min(first, np_left[-1] + 8)):
        w = toks[k].low
        if w in _SHOWING_VERBS:
            return True
        if toks[k].text in (",", ";", ":") or w in lx.SAY_VERBS or w[:1].isdecimal():
            return False
    return False


#: Round 72: nouns a figure is given through -- the statement, report or letter it was
#: said in, the reporters it was told to -- never what it counts once a "that" clause
#: carries the figure ("said in a statement that ...", "told reporters that ...").
_SAYING_MEDIA = lx.words(
    """statement statements report reports reporters journalists briefing briefings
    interview interviews letter letters filing filings release conference"""
)
#: What may stand between such a noun and its "that": "told reporters in Karvik that",
#: "said in a report on Friday that".
_SAYING_GAP = 5


def _said_through(toks: list[Token], np_left: list[int], first: int) -> bool:
    """Is ``np_left`` (the phrase a figure at ``first`` is said of) the medium it was said
    through: its head a noun of saying (statement, report, reporters, letter ...) that a
    say verb governs ("said in a statement", "told reporters", "said in its latest
    report"), with the figure inside the "that" clause after it? "received 23 reports of
    burns" counts the reports: the noun follows the figure, no say verb before it."""
    if not np_left or toks[np_left[-1]].low not in _SAYING_MEDIA:
        return False
    j = np_left[0] - 1
    while j >= 0 and toks[j].low in _DETERMINERS:
        j -= 1
    if j >= 0 and toks[j].low in ("in", "to", "at"):
        j -= 1  # "said in a statement", "told to reporters"
    if j < 0 or toks[j].low not in lx.SAY_VERBS:
        return False
    for k in range(np_left[-1] + 1, min(first, np_left[-1] + 1 + _SAYING_GAP)):
        if toks[k].low == "that":
            return True
        if toks[k].text in (",", ";", ":") or toks[k].text[:1].isdecimal():
            return False
    return False


_ANAPHORS = frozenset({"it", "that", "this"})
_PUT_VERBS = lx.words("put puts putting")
_IS_WAS = frozenset({"is", "was", "'s", "’s"})


def _anaphoric_reading(toks: list[Token], first: int, lo: int) -> bool:
    """Is the figure at ``first`` (which has no noun of its own) the value of a pronoun:
    "it is 500,000", "That is 2,800 tonnes", "puts it at 27,000"? Only the words right
    before the figure are read, within its clause (from ``lo``)."""
    w1, w2, w3 = (_tok_low(toks, first - k) if first - k >= lo else "" for k in (1, 2, 3))
    if w1 in _IS_WAS and w2 in _ANAPHORS:
        return True
    return w1 == "at" and w2 == "it" and w3 in _PUT_VERBS


#: Round 86: nouns whose level news gives in units of time: a wait or a delay, or stocks
#: told as the days they last ("blood stocks stood at 3.1 days"). "time" itself is left to
#: the subject reading ("the average waiting time rose to 34 weeks" keeps its key).
_TIME_MEASURED_NOUNS = lx.words("wait waits delay delays stocks stock reserves backlog")
#: Words between a level verb and its figure: "fell again overnight to", "back up to".
_LEVEL_FILLERS = lx.words("back up down again overnight now just only still")
#: Verbs whose complement is the level of their subject: "was 41 weeks", "stood at".
_LEVEL_VERBS = lx.words(
    "is are was were 's ’s been be remains remained stood stands stand fell falls fallen"
    " rose rises risen dropped drops climbed lengthened shortened grew increased decreased"
    " slipped dwindled averaged reached hit"
)
#: Hedges and averages the mention may leave before the figure: "an average of six days".
_LEVEL_HEDGES = lx.words("an a average of on around about some nearly almost roughly only")
#: Words that make the measured noun an average: "average waits", "the median delay".
_AVERAGE_WORDS = lx.words("average median mean typical")
#: A word after the unit that makes the duration an age, a lateness or a distance in time.
_NOT_A_LEVEL = lx.words("old late ago earlier later long early behind away before after")


def _duration_measured_noun(toks: list[Token], m: Mention, lo: int) -> int | None:
    """Round 86: the index of the noun a duration with no noun of its own is the level of,
    or None. The figure must be the complement of a level verb ("was", "stood at", "fell
    (again overnight) to", "are back at"; "an average of" may stand between) and its
    clause's subject, left of the verb within the clause, holds a noun measured in time
    (``_TIME_MEASURED_NOUNS``): "the delay on the line was three hours", "stocks across
    all blood groups stood at 3.1 days"; not an average ("the average wait was 41 weeks"
    stays a key of its own, round 84). Without it the duration was keyed by its unit and
    a digest (``day?...``), so no two readings of the stocks ever met. "was 45 years
    old", "two years late", "lasted 12 days" are no level of such a noun."""
    if _tok_low(toks, m.last) in _NOT_A_LEVEL:
        return None
    k = m.first - 1
    while k >= lo and toks[k].low in _LEVEL_HEDGES:
        k -= 1
    if k >= lo and toks[k].low in ("at", "to"):
        k -= 1
    while k >= lo and toks[k].low in _LEVEL_FILLERS:
        k -= 1  # "were back (up to) three days": the mention may hold "up to" itself
    if k < lo or toks[k].low not in _LEVEL_VERBS:
        return None
    for j in range(k - 1, lo - 1, -1):
        if toks[j].text in (",", ";", ":") or toks[j].text[:1].isdecimal():
            return None  # the subject is not in reach: another clause or another figure
        if toks[j].low in _TIME_MEASURED_NOUNS and toks[j].text.islower():
            # "the average wait was 14 weeks": an average is a yardstick, a key of its own
            # (round 84), told by the word before the noun
            return None if _tok_low(toks, j - 1) in _AVERAGE_WORDS else j
    return None


_STOOD = lx.words("stood stands stand")
#: Round 72: "her own calculation came to 12 million euros" reads like "was".
_CAME = lx.words("came comes come")


def _own_reading(toks: list[Token], first: int, lo: int) -> bool:
    """Round 69: is a figure with no noun of its own the value of its speaker's own
    reading: "its own count, based on ..., now stood at 8,000", "their estimate was
    19,000", "the union's tally is 700"?  The reading word (estimate, figure, count, tally)
    is owned ("its", "their", "our", "own", a possessive) and is the subject of "was / is /
    stood at" (round 72: or "came to", "her own calculation came to 12 million") right
    before the figure; a reading of a named thing ("its estimate of the dead was 40")
    names its own noun."""
    w1, w2 = _tok_low(toks, first - 1), _tok_low(toks, first - 2)
    if not (w1 in _IS_WAS or (w1 == "at" and w2 in _STOOD) or (w1 == "to" and w2 in _CAME)):
        return False
    for k in range(first - 2, max(lo, first - 24) - 1, -1):
        w = toks[k].low
        if w[:1].isdecimal():
            return False
        if w in _READING_WORDS:
            if _tok_low(toks, k + 1) == "of":
                return False  # "its estimate of the dead was 40": a noun of its own
            owner = _tok_low(toks, k - 1)
            return owner in ("own", "its", "their", "our") or owner.endswith(("'s", "’s"))
    return False


_COUNT_VERBS = lx.words("counts counted count")


def _counter_reading(toks: list[Token], m: Mention) -> bool:
    """Is a figure with no noun that ends its sentence right after "counts" a counter's
    reading of the quantity just named: "The road agency says about 1,200 lorries a day
    now pass through the village. The hauliers' association counts 3,000."?  Round 42: it
    was keyed by its subject and the verb (``association counts``), a key never compared."""
    return (
        m.dim is None
        and _tok_low(toks, m.first - 1) in _COUNT_VERBS
        and _tok_low(toks, m.last) in (".", ";")
    )


def _possessive_country(toks: list[Token], first: int) -> str | None:
    """Demonym of a possessive country right before a figure ("Russia's 2,000 tanks")."""
    for width in (1, 2):
        k = first - width
        if k >= 0 and toks[first - 1].low.endswith(("'s", "’s")):
            c = country_at(toks, k)
            if c is not None and k + c[1] == first:
                return c[0]
    return None


def _tok_low(toks: list[Token], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def _metric(
    about: str | None,
    prop: str,
    rate: str | None,
    m: Mention,
    hedge: str | None,
    quote: str,
    *,
    own: bool = False,
    state: str | None = None,
) -> tuple[str, str]:
    """Readable, deterministic key: ``about|property[|rate][|dimension][|change][|hedge]``.

    Scope (place, time) is not part of the key: the ledger compares scopes itself.
    Expected and hypothetical figures get their own key so they are never compared with
    facts; a change's size (delta) is a different quantity from a level.  ``own``: the
    figure is no one quantity of the story (a spread of sums, one per ticket): a key of
    its own, ``about?digest``, recorded but never compared or announced.
    """
    if about is None or own:
        # Nothing says what is measured: a key of its own, so it is never compared with an
        # unrelated figure (a false contradiction is worse than a missed link).
        digest = hashlib.blake2s(quote.encode(), digest_size=4).hexdigest()
        subject = f"{about or m.unit or 'quantity'}?{digest}"
    else:
        subject = about
    parts = [subject, prop]
    label = f"{about or (m.unit or 'quantity')} {prop}"
    if rate:
        parts.append(rate)
        label += f" {rate}"
    if state and about and not own:
        parts.append(state)  # "people|hospitalized|current": people in a state now
        label += f" ({state})"
    if m.dim and m.dim != "money" and about:
        parts.append(m.dim)
    elif m.dim == "money":
        parts.append("money")
    elif m.fraction:
        parts.append("fraction")  # "a quarter of the workforce" vs "3,000 jobs"
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
    for k in range(1, min(len(toks), 13)):  # "ORVANE, Kestria, April 15 (CW) -"
        t = toks[k].text
        if t in _DASHES:
            return k + 1
        if not (t.isupper() or t in (",", ".", "(", ")") or t[:1].isdecimal() or t.istitle()):
            return 0
    return 0
