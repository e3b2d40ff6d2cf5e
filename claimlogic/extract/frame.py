"""The claim frame around a quantity: what is counted, the property, scope, source, hedge.

All rules work on the tokens of one sentence plus a small document memory
(:class:`DocContext`) that resolves "the agency said", "he said" and "the troops" to what
an earlier sentence named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .lexicon import words
from .quantities import Mention, age_group
from .sentences import Token

_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”"})
#: Words that end a noun phrase after a number.
_NP_STOP = words(
    """the a an of in on at to for from by with and or but nor is are was were be been
    being have has had will would could should may might can do does did that which who
    whom whose this these those it its their his her as than since per each including
    into toward towards near over under between across while after before during said
    says say according so not no also already now then if when where there here all
    some every only just about around nearly almost up down out off through against
    among within without because like via amid despite until till upon onto inside
    outside beyond along alongside throughout following whether since still yet again
    more less most least many much both either neither whereas although though
    aboard abroad annually daily weekly monthly yearly apiece ago overall worldwide
    nationwide last next
    remain remained remains face faced need needed live lived work worked die
    become became get got make made take took go went come came seem seemed appear
    appeared stand stood sit sat lie lay turn turned keep kept hold held serve served
    total totalled totaled while once unless"""
)
#: Properties of people affected by an event, stated by a word right after the figure.
_TOLL_PROPERTIES = frozenset(
    {"killed", "injured", "missing", "arrested", "displaced", "rescued", "hospitalized"}
)
_NP_TOKEN = re.compile(r"^[A-Za-z][A-Za-z'’.-]*$")
_TITLES = words(
    """president minister secretary spokesman spokeswoman spokesperson general gen chief
    director ambassador commander senator sen rep governor mayor chancellor premier king
    queen prince adviser advisor official officials defense defence foreign state prime
    vice deputy lt col maj admiral adm pope sheikh dr mr mrs ms analyst lawmaker
    envoy leader head colonel major captain sergeant lieutenant"""
)
_ORG_WORDS = words(
    """ministry service agency office department staff council command institute house
    pentagon kremlin army navy forces force committee intelligence government military
    police court bank fund organization organisation union commission authority
    authorities group center centre university"""
)
_LOWER_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "al", "bin"})
_ADVERBS = words(
    """also had has have later earlier previously then now still separately already
    further again initially"""
)
#: Nouns after a demonym that make it the actor of the clause ("Russian forces fired ...").
_STATE_ACTORS = words(
    """forces troops army military government officials authorities navy jets warplanes
    drones missiles artillery regime"""
)
_PLACE_HEADS = frozenset(
    [
        "region",
        "oblast",
        "province",
        "area",
        "district",
        "city",
        "border",
        "front",
        "coast",
        "peninsula",
    ]
)
_PLACE_PREPS = words("in into to near toward towards inside at across from")
_DIRECTIONS = words(
    """eastern western northern southern central northeastern northwestern southeastern
    southwestern east west north south occupied"""
)
_MONTH_RX = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
#: The day of an event ("early Saturday", "Sunday night"): tolls of different incidents of
#: one story differ in it. A bare "on Friday" is usually the day of the statement, not scope.
_WEEKDAY_RX = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME_RX = re.compile(
    # Every form starts with one of these letters: the lookahead lets the engine pass
    # other positions without trying the forms (same matches, about 2x faster).
    r"(?=[abdefilmnopstuwy])(?:"
    r"\b(?:(?:by|since|until|through|before|after|as of|in|during|from|between|for)\s+"
    r"(?:early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+|the\s+start\s+of\s+)?"
    rf"(?:{_MONTH_RX}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}})?"
    r"(?:\s+(?:last|this|next)\s+year)?|(?:19|20)\d\d)"
    r"|(?:over|in|during|within|for)\s+the\s+(?:past|last|next|previous|coming|first)\s+"
    r"(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)"
    r"|(?:last|this|next)\s+(?:week|month|year|weekend|summer|winter|spring|autumn|fall)"
    r"|(?:early|late|mid-?)\s*" + _MONTH_RX + r"|"
    r"(?:on|by)\s+" + _MONTH_RX + r"\s+\d{1,2})"
    r"|\b(?:(?:early|late)\s+(?:on\s+)?"
    + _WEEKDAY_RX
    + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|" + _WEEKDAY_RX + r"\s+(?:morning|afternoon|evening|night))\b"
    r"|\b(?:daily|weekly|monthly|annually|yearly|a day|a week|a month|a year|per day"
    r"|per week|per month|per year|each day|every day|each month|each year|every month)\b"
    r")",
    re.IGNORECASE,
)
_RATES: dict[str, str] = {
    "daily": "per day", "day": "per day", "weekly": "per week", "week": "per week",
    "monthly": "per month", "month": "per month", "annually": "per year",
    "yearly": "per year", "year": "per year", "annual": "per year", "hour": "per hour",
    "hourly": "per hour",
}  # fmt: skip


@dataclass(slots=True)
class DocContext:
    """What earlier sentences of the same document said, for anaphora."""

    last_source: str | None = None
    last_person_source: str | None = None
    #: The last source that is no person's name: what "it said" refers back to.
    last_body_source: str | None = None
    #: Round 79: every body named as a source so far, in order: what "the committee
    #: said" refers back to when another speaker came between.
    bodies: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    last_demonym: str | None = None
    last_about: str | None = None
    last_property: str | None = None
    #: The last (about, property) read per kind of measure (None for a count, "mass",
    #: "area", "money", ...): what "the union put the figure at 55" reads when a sum or a
    #: tonnage was named after the count it answers.
    last_by_dim: dict[str | None, tuple[str, str | None]] = field(default_factory=dict)
    #: The rate ("per day") of the last figure read per kind of measure: what a
    #: counter's bare reading ("The hauliers' association counts 3,000.") is given in.
    last_rate_by_dim: dict[str | None, str | None] = field(default_factory=dict)
    #: The last thing a sum was the value of ("the drugs were worth 9 million euros"):
    #: what "The value is 9 million euros" reads.
    last_valued: str | None = None
    #: The last unit price read: (currency, "per litre").
    last_price: tuple[str, str] | None = None
    #: Round 69: the noun of the last plain count read per property ("count", "arrested",
    #: ...): what "2,100 of its members remained on strike" counts when the story named it.
    last_by_prop: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Frame:
    """Frame fields of one claim."""

    about: str | None
    prop: str
    place: str | None
    time: str | None
    rate: str | None
    hedge: str | None
    demonym_explicit: bool


# --------------------------------------------------------------------------- countries


def country_at(toks: list[Token], i: int) -> tuple[str, int] | None:
    """Demonym of a country/capital/demonym mention starting at ``i`` and its length."""
    w = toks[i].low
    w_clean = w.removesuffix("'s").removesuffix("’s")
    if i + 1 < len(toks):
        two = w_clean + " " + toks[i + 1].low.removesuffix("'s").removesuffix("’s")
        two2 = w + " " + toks[i + 1].low
        if two in lx.COUNTRIES:
            return lx.COUNTRIES[two], 2
        if two in lx.CAPITALS:
            return lx.COUNTRIES[lx.CAPITALS[two]], 2
        if two in lx.DEMONYMS or two2 in lx.DEMONYMS:
            return lx.DEMONYMS.get(two) or lx.DEMONYMS[two2], 2
    if not toks[i].text[:1].isupper():
        return None
    if w_clean in ("north", "south") or w_clean == "korean":
        return None
    if w_clean in lx.COUNTRIES:
        if w_clean == "us" and toks[i].text not in ("US", "US's", "US’s"):
            return None
        return lx.COUNTRIES[w_clean], 1
    if w_clean in lx.CAPITALS:
        return lx.COUNTRIES[lx.CAPITALS[w_clean]], 1
    if w_clean in lx.DEMONYMS:
        return lx.DEMONYMS[w_clean], 1
    return None


def last_country(toks: list[Token], lo: int, hi: int) -> str | None:
    """The last country named in ``toks[lo:hi]`` (as a demonym): the actor of the clause.

    Demonym adjectives ("North Korean soldiers") qualify their own noun, not the actor.
    """
    found = None
    i = lo
    while i < hi:
        c = country_at(toks, i)
        if c is not None:
            surface = " ".join(t.low for t in toks[i : i + c[1]])
            bare = surface.removesuffix("'s").removesuffix("’s")
            if (
                bare in lx.COUNTRIES
                or bare in lx.CAPITALS
                or surface.endswith(("'s", "’s"))
                or _low(toks, i + c[1]) in _STATE_ACTORS  # "Russian forces launched ..."
            ):
                found = c[0]
            i += c[1]
        else:
            i += 1
    return found


# --------------------------------------------------------------------------- noun phrases


def right_np(toks: list[Token], j: int, limit: int = 6) -> list[int]:
    """Token indices of the noun phrase right after a quantity ("North Korean soldiers")."""
    idx: list[int] = []
    k = j
    n = len(toks)
    while k < n and toks[k].low in ("more", "additional", "extra", "further", "new"):
        k += 1  # "200,000 more soldiers"
    while k < n and len(idx) < limit:
        t = toks[k]
        lw = t.low
        if t.text == "-" and idx and k + 1 < n and toks[k + 1].text[:1].isdecimal():
            k += 2  # a model number inside the phrase: "25 T-90 tanks"
            continue
        if k + 2 < n and toks[k + 1].text == "-" and age_group(toks, k + 2):
            k += 3  # round 75: an age band inside the phrase: "14 suspended under-17 players"
            continue
        if (
            t.text[:1].isdecimal()
            and idx
            and (toks[k - 1].end == t.start or toks[k - 1].text[:1].isupper())
        ):
            k += 1  # "20 M1 Abrams tanks", "14 Leopard 2 tanks"
            continue
        if t.text[:1].isdecimal() and k + 1 < n and toks[k + 1].low in lx.CALIBRE_UNITS:
            k += 2  # a glued calibre inside the phrase: "2 million 155mm rounds"
            continue
        if t.text[:1].isdecimal() and k + 2 < n and toks[k + 1].text == "-":
            k += 3  # a calibre inside the phrase: "8 million 122-mm and 152-mm shells"
            if _low(toks, k) in ("and", "or", ",") and _low(toks, k + 1)[:1].isdecimal():
                k += 1
            continue
        if t.text == "-" and idx and k + 1 < n and _NP_TOKEN.match(toks[k + 1].text):
            idx.append(k + 1)  # hyphenated word: "anti-tank"
            k += 2
            continue
        if not _NP_TOKEN.match(t.text) or lw in _NP_STOP:
            break
        if lw in lx.COMMON_VERBS or (idx and lw in lx.CHANGE_VERBS):
            break  # "a 6.4 quake hit Taiwan", "$2.5m going to the winner"
        if (
            not idx
            and k == j  # "several hundred more arrived": left as it was (an increment)
            and lw.endswith("ed")
            and lw in lx.PROPERTY_CUES
            and lw not in lx.NOUN_CLASSES
            and lw not in lx.TOLL_MODIFIERS
            and not _counted_noun(toks, k + 1)
            and _low(toks, k + 1) not in lx.NOUN_CLASSES
        ):
            break  # "and nine died": the verb of the figure ("two infected farms": a noun's)
        # "15 Bradley fighting vehicles": an -ing modifier, not a verb ("soldiers moving").
        nxt = _low(toks, k + 1)
        last_low = toks[idx[-1]].low if idx else ""
        modifier = (
            lw.endswith("ing")
            and not last_low.endswith("s")
            and last_low not in lx.NOUN_CLASSES
            and nxt.isalpha()
            and nxt not in _NP_STOP
        )
        if idx and (lw.endswith("ed") or lw.endswith("ing")) and not t.text[:1].isupper():
            if not modifier:
                break  # "troops killed", "soldiers moving"
        elif (
            lw in lx.PROPERTY_CUES
            and idx
            and lx.PROPERTY_CUES[lw] != "funding"
            and not (lw.endswith("s") and not lw.endswith("ss"))  # "cases", "deaths": heads
        ):
            break
        idx.append(k)
        k += 1
        nxt_tok = toks[k] if k < n else None
        if (
            nxt_tok is not None
            and t.text.islower()
            and lw.endswith("s")
            and not lw.endswith("ss")
            and len(lw) > 3
            and nxt_tok.text.islower()
            and nxt_tok.text.isalpha()
            and not nxt_tok.low.endswith("s")
        ):
            break  # a plural then a bare verb: "voters disapprove", "people worldwide"
        if lw in lx.NOUN_CLASSES and lw not in ("force", "forces", "military"):
            nxt = _low(toks, k)
            if (
                not (nxt in lx.NOUN_CLASSES and nxt not in ("force", "forces"))
                and not (lw in lx.TOLL_MODIFIERS and len(idx) == 1 and _counted_noun(toks, k))
                and not _singular_modifier(toks, k)
                and not _personnel_modifier(toks, k)
            ):
                break  # the head: stop ("troops remain")
    # Drop a trailing adjective-like word that cannot be a head.
    while idx and toks[idx[-1]].low in lx.DEMONYMS and len(idx) > 1:
        if toks[idx[-1]].low.endswith("s"):
            break
        idx.pop()
    return idx


def _personnel_modifier(toks: list[Token], k: int) -> bool:
    """Is "personnel" before token ``k`` a modifier of the plain plural noun at ``k``
    ("60 armoured personnel carriers" count vehicles), not the head ("300 personnel
    remain")?  Round 41."""
    if toks[k - 1].low != "personnel" or k >= len(toks):
        return False
    t = toks[k]
    return (
        t.text.islower()
        and t.text.isalpha()
        and t.low.endswith("s")
        and t.low not in lx.NOUN_CLASSES
        and t.low not in _NP_STOP
        and t.low not in lx.COMMON_VERBS
    )


def _singular_modifier(toks: list[Token], k: int) -> bool:
    """Is the class noun before token ``k`` a singular modifier of the plural noun at
    ``k`` ("2,700 car owners", "home owners", "tank drivers")?  A count's head is plural;
    a singular counted word (its plural also a class word) before a plain plural noun
    names what the plural's things have, not the things counted.  Round 31."""
    lw = toks[k - 1].low
    if lw.endswith("s") or lw + "s" not in lx.NOUN_CLASSES or lx.NOUN_CLASSES.get(lw) == "people":
        return False
    return _counted_noun(toks, k) and _low(toks, k) not in lx.COMMON_VERBS


def _counted_noun(toks: list[Token], k: int) -> bool:
    """True when token ``k`` is a plain plural noun that a toll adjective before it
    qualifies: "1,900 dead hives", "15 dead whales" (not "28 dead, 39 hurt", not
    "40 dead remain")."""
    if k >= len(toks):
        return False
    t = toks[k]
    lw = t.low
    return (
        t.text.isalpha()
        and t.text.islower()
        and len(lw) > 3
        and lw.endswith("s")
        and not lw.endswith("ss")
        and lw not in _NP_STOP
        and lw not in lx.COMMON_VERBS
        and lw not in lx.PROPERTY_CUES
    )


def _low(toks: list[Token], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def left_noun(toks: list[Token], i: int, lo: int) -> list[int]:
    """Noun phrase left of a quantity whose own phrase is empty ("the troops, estimated at
    11,000", "the number of North Korean troops could turn into 50,000", "losses to 700,000")."""
    k = i - 1
    steps = 0
    while k >= lo and steps < 12:
        w = toks[k].low
        if w in lx.SAY_VERBS and w not in ("estimated", "estimate", "estimates"):
            return []
        if w in lx.NOUN_CLASSES or w in lx.COUNT_FRAMES:
            # "the number of X": take X.
            if w in lx.COUNT_FRAMES and _low(toks, k + 1) == "of":
                np = right_np(toks, k + 2)
                if np:
                    return np
            agent = _agent_start(toks, k, lo)
            if agent is not None:
                # "the number rescued by security forces to 93", "rescued from the
                # container ship to 18": who did it or where from, not who is counted
                k = agent - 1
                steps += 1
                continue
            end = k
            start = k
            while (
                start - 1 >= lo
                and _NP_TOKEN.match(toks[start - 1].text)
                and (toks[start - 1].text[:1].isupper() or toks[start - 1].low in ("special",))
            ):
                start -= 1
                if toks[start].low in lx.LEFT_BOUND_WORDS:
                    start += 1
                    break
            return list(range(start, end + 1))
        k -= 1
        steps += 1
    return []


def number_of_np(toks: list[Token], i: int, lo: int) -> list[int]:
    """The counted noun of "the number of X ... rose to 61" for a figure with no noun of its
    own: X, however far the clause runs before the figure ("The number of people killed by
    a fuel tanker explosion on the N7 highway rose to 61" counts people, not the highway).
    Empty when another figure, a clause break or a reporting verb comes between."""
    for k in range(i - 1, lo - 1, -1):
        t = toks[k]
        if t.text[:1].isdecimal() and _glued_to_name(toks, k):
            continue  # "the R58 level crossing", "the A9 highway": a name, not a figure
        if t.text[:1].isdecimal() or t.text in (";", ":") or _says(toks, k):
            return []
        if t.low in ("number", "toll", "tally", "count") and _low(toks, k + 1) == "of":
            return right_np(toks, k + 2)
        if (
            t.low == "toll"
            and _low(toks, k - 1) == "death"
            and _low(toks, k + 1) in _TOLL_OF
            and _low(toks, i - 1) in _TOLL_READING
        ):
            # "The death toll from the collision between an express train and a coach at
            # the R58 level crossing rose to 12": however long the phrase of what caused
            # it, the figure read by "rose to" is the toll's (round 42; the subject
            # search stops after three hops and left a key of its own, never compared)
            return [k - 1, k]
    return []


#: Round 58: auxiliaries after "claims" that make it the noun counted, not a say verb:
#: "Refund claims have risen to 26,000", "creditors who had lodged claims had risen to 460".
_AFTER_CLAIMS_NOUN = words("have has had were are")


def _says(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a say verb, and not the noun "claims" right before the auxiliary of
    the count's verb ("Compensation claims had reached 5,800")?"""
    if toks[k].low not in lx.SAY_VERBS:
        return False
    if toks[k].low != "claims" or not toks[k].text.islower():
        return True
    return _low(toks, k + 1) not in _AFTER_CLAIMS_NOUN


def _glued_to_name(toks: list[Token], k: int) -> bool:
    """Is the number at ``k`` written onto a capital letter before it ("R58", "A9", "M25"):
    part of a road's or a unit's name, not a figure of the sentence?"""
    prev = toks[k - 1] if k > 0 else None
    return (
        prev is not None
        and prev.end == toks[k].start
        and prev.text.isalpha()
        and prev.text.isupper()
        and len(prev.text) <= 2
    )


#: Words after "death toll" that open what caused it ("the death toll from the blast").
_TOLL_OF = words("from in after at on")
#: Words right before a figure that read it as the value of a subject ("rose to 12").
_TOLL_READING = words("to at reached hit passed topped exceeded is was")


def number_of_event(toks: list[Token], np: list[int], i: int) -> str | None:
    """What happened to the X of "the number of X <verb> ... rose to N", read from the words
    right after X ("the number of people killed by ..." -> killed, "the number of people
    moved out of ..." -> evacuated); None when X has no event verb of its own. The figure
    at ``i`` is far to the right, past a place or agent phrase, so the usual right-of-figure
    reading finds only "rose to"."""
    k = np[-1] + 1
    if _low(toks, k) in ("who", "that") and _low(toks, k + 1) in ("were", "have", "had", "are"):
        k += 2  # "the number of people who were evacuated"
    elif _low(toks, k) in ("who", "that"):
        k += 1  # "the number of pilgrims who died"
    if _low(toks, k) in ("been", "being"):
        k += 1
    if k >= i:
        return None
    if _low(toks, k) == "moved" and _low(toks, k + 1) in ("out", "away"):
        return "evacuated"  # "moved out of communities around the volcano"
    if _low(toks, k) == "forced" and _low(toks, k + 1) in ("from", "out"):
        return "evacuated"
    return _property_in(toks, k, min(i, k + 1), forward=True)


def _agent_start(toks: list[Token], k: int, lo: int) -> int | None:
    """Index of "by"/"from" opening the phrase whose noun is ``toks[k]``, when a counting
    word with a participle comes before it ("the number rescued by security forces")."""
    for j in range(k - 1, max(lo, k - 7) - 1, -1):
        w = toks[j].low
        if w in ("by", "from"):
            prev, frame = _low(toks, j - 1), _low(toks, j - 2)
            if prev.endswith("ed") and frame in lx.COUNT_FRAMES:
                return j
            return None
        if not _NP_TOKEN.match(toks[j].text) or w in lx.SAY_VERBS:
            return None
    return None


_SUBJECT_SKIP_WORDS = words(
    """or and but plus minus to by at of from the a an its their his her our was is were are
    has have had
    will would could should may might can shall must long wide high tall deep old large
    steady unchanged flat stable straight consecutive successive second third fourth fifth
    against versus vs compared
    row running
    for with on in into over under after before during expects expected expect forecast
    forecasts projected estimated estimates
    been be being stayed remained stood held kept record low high new highest lowest level levels
    average annual annualised annualized year month week day reading just only
    now still currently already nearly almost about around some roughly than more less
    fewer over under up down percent per cent it they this that"""
)
_SUBORDINATORS = words("if unless because when while although though after before since")
#: Round 56: words that only open a clause of their own ("when", "because"), never a
#: preposition inside a noun phrase as "after" and "since" are ("the number of people
#: taken to hospital after the blast"): an event before one is another clause's.
_OWN_CLAUSE_WORDS = words("when because while although though unless whereas")
_VERB_LIKE = lx.COMMON_VERBS | lx.EXPECTED_CUES | lx.ESTIMATED_CUES | lx.SAY_VERBS
_AUXILIARIES = words("will would could should may might can to has have had is are was were")
#: Round 46 added about / against / over: "Complaints about the smell have risen to 1,400",
#: "Appeals against removal have reached 58,000" count the complaints and the appeals.
_PREPOSITIONS = words("in of for at from on among across about against over")
#: Participles that carry a running count to its new figure ("bringing arrests to 27",
#: "taking deaths to 14"): the verb of the reading, never part of the noun counted.
_READING_PARTICIPLES = words("bringing taking pushing putting lifting sending")


#: Two-word adverbials whose second word looks like a noun ("so far", "in fact").
_ADVERBIAL_PAIRS = frozenset({("so", "far"), ("thus", "far"), ("by", "far"), ("in", "fact")})


#: Sums of harm done to someone: "losses to its members", "damage to the block" (the
#: loss, the damage, not the one who bore it).
_DONE_TO = words("loss losses damage damages harm")
#: Openers of an aside that lists what a figure covers: "the cost, including A, B and C,".
_LISTING_OPENERS = words("including excluding counting")


def _listing_aside(toks: list[Token], comma: int, lo: int) -> int | None:
    """Index of the comma that opens a listing aside ending at ``comma`` ("the full cost,
    including lost fares, refunds and a likely fine, at ..."): commas inside the list are
    crossed, a figure or a clause break is not; 20 tokens at most.  None if there is none."""
    for p in range(comma - 2, max(lo, comma - 20) - 1, -1):
        t = toks[p].text
        if t[:1].isdecimal() or (t in _CLAUSE_BREAKS and t != ","):
            return None
        if t == "," and p > lo and _low(toks, p + 1) in _LISTING_OPENERS:
            return p
    return None


def subject_np(toks: list[Token], i: int, lo: int) -> list[int]:
    """The noun phrase a bare figure is said of, found leftwards: "Gold prices have risen
    28%", "Inflation in the euro zone fell to 2.4%", "the number of applications dropped to
    48,000". Used for percentages, money and counts without a noun of their own."""
    k = i - 1
    steps = 0
    while k >= lo and steps < 10:
        t = toks[k]
        if t.text == "," and k > lo:
            # jump over ", excluding bonuses," / ", which excludes energy,"
            p = k - 1
            while p > lo and toks[p].text != "," and k - p < 8:
                p -= 1
            if toks[p].text == "," and (
                toks[p + 1].low.endswith("ing") or toks[p + 1].low in ("which", "who")
            ):
                k = p - 1
                steps += 1
                continue
            q = _listing_aside(toks, k, lo)
            if q is not None:
                k = q - 1  # "put the full cost, including A, B, C and D, at ..."
                steps += 1
                continue
        if t.text[:1].isdecimal() and _low(toks, k + 1) == "-":
            k -= 1  # "a 16-year high of 5.25%"
            steps += 1
            continue
        if k > lo and (_low(toks, k - 1), t.low) in _ADVERBIAL_PAIRS:
            k -= 2  # "claims so far came to", "the deficit was in fact": no noun
            steps += 1
            continue
        if t.text in _CLAUSE_BREAKS or t.text[:1].isdecimal() or _says(toks, k):
            return []
        if t.low in lx.UNITS and k > 0 and toks[k - 1].text[:1].isdecimal():
            return []  # the unit of an earlier figure: "19 kilometres long and cost ..."
        if (
            _NP_TOKEN.match(t.text)
            and t.low not in _SUBJECT_SKIP_WORDS
            and t.low not in lx.CHANGE_VERBS
            and (t.low not in lx.PROPERTY_CUES or (t.low.endswith("s") and t.text.islower()))
            and t.low not in lx.LEFT_BOUND_WORDS
            and t.low not in lx.MONTHS
            and t.low not in lx.COMMON_VERBS
            and not (t.low.endswith(("ed", "ly")) and not t.text[:1].isupper())
            and not (
                t.low.endswith("ing") and _low(toks, k + 1) in ("the", "a", "an", "its", "their")
            )
            and not (k > 0 and toks[k - 1].low in _AUXILIARIES and t.text.islower())
        ):
            break
        k -= 1
        steps += 1
    else:
        return []
    if k < lo:
        return []
    end = k
    hops = 0
    while True:
        start = end
        while (
            start - 1 >= lo
            and _NP_TOKEN.match(toks[start - 1].text)
            and toks[start - 1].low not in _NP_STOP
            and toks[start - 1].low not in lx.CHANGE_VERBS
            and toks[start - 1].low not in _VERB_LIKE
            and toks[start - 1].low not in _READING_PARTICIPLES
            and not (toks[start - 1].low.endswith("ed") and toks[start - 1].text.islower())
            and end - start < 3
        ):
            start -= 1
        # Hop over a prepositional phrase to the noun it qualifies.
        p = start - 1
        if p >= lo and toks[p].low in ("the", "a", "an"):
            p -= 1
        elif p - 2 >= lo and toks[p].low in _PARTITIVE_OWNERS and toks[p - 1].low == "to":
            p -= 1  # "losses to its members" (only a harm done "to" takes the owner)
        if (
            p - 1 >= lo
            and hops < 3
            and (
                toks[p].low in _PREPOSITIONS
                or (toks[p].low == "to" and _low(toks, p - 1) in _DONE_TO)
            )
        ):
            q = p - 1
            if toks[q].low in ("the", "a", "an"):
                q -= 1
            if (
                q >= lo
                and _NP_TOKEN.match(toks[q].text)
                and toks[q].low not in _NP_STOP
                and toks[q].low not in lx.CHANGE_VERBS
                and toks[q].low not in _VERB_LIKE
                and not (toks[q].low.endswith("ed") and toks[q].text.islower())
            ):
                if toks[q].low in ("number", "total", "share", "proportion", "percentage"):
                    return list(range(start, end + 1))  # "the number of X": X
                end = q
                hops += 1
                continue
        return list(range(start, end + 1))


def of_np(toks: list[Token], j: int) -> list[int]:
    """ "60% of voters", "half of the respondents": the phrase after "of"."""
    if _low(toks, j) != "of":
        return []
    k = j + 1
    while _low(toks, k) in ("the", "its", "their", "his", "her", "our", "all", "a", "an") or (
        k < len(toks) and toks[k].text[:1].isdecimal()
    ):
        k += 1  # "40 percent of the 2,500 respondents", "six of the nine judges"
    np = right_np(toks, k)
    owned = _past_owner(toks, np)
    return owned or np


#: Words before the figure of an owner's whole: "the town's roughly 9,000 houses".
_WHOLE_HEDGES = words("about around roughly some nearly almost estimated approximately just")


def _past_owner(toks: list[Token], np: list[int]) -> list[int]:
    """Round 70: the counted noun after an owner's possessive that ``of_np`` stopped at:
    "all 1,350 of the company's staff", "two of the country's busiest ports", "30 percent
    of the region's shipping" count the staff, ports, shipping, not the owner (the place
    or body is whose they are). Empty when the phrase does not end in a possessive, no
    noun follows it, or a figure of the whole does ("27 of the city's 96 homes": measured,
    the part's own subset key raised four false first figures for four right ones; the
    part keeps the owner's key as before)."""
    if not np or not toks[np[-1]].low.endswith(("'s", "\u2019s")):
        return []
    k = np[-1] + 1
    w = _low(toks, k)
    if w[:1].isdecimal() or w in lx.SMALL_NUMBERS or w in _WHOLE_HEDGES:
        return []  # a whole: "of the country's 900 tanks", "the town's roughly 9,000 houses"
    return right_np(toks, k)


#: Possessives between "of" and the noun a sum is of: "$12 billion of its bonds".
_PARTITIVE_OWNERS = frozenset({"its", "their", "our", "his", "her", "my", "your"})


def owned_of_np(toks: list[Token], j: int) -> list[int]:
    """The noun a sum is of when an owner stands between "of" (``toks[j]``) and it:
    "swap $12 billion of its foreign-currency bonds" (the bonds, not the subject and not
    nothing). Empty for any other "of". Counts take their noun elsewhere: a part of an
    owner's things ("140 of its stores") in ``extract._owners_part`` (round 60; round 41
    measured this sum rule on counts and did not keep it)."""
    if _low(toks, j) != "of" or _low(toks, j + 1) not in _PARTITIVE_OWNERS:
        return []
    return right_np(toks, j + 2)


def canonical_about(
    toks: list[Token], np: list[int], demonym: str | None
) -> tuple[str | None, str | None, str | None]:
    """(about, head class, demonym found in the phrase) for noun-phrase tokens ``np``."""
    if not np:
        return None, None, None
    words = [toks[k] for k in np]
    found_dem: str | None = None
    mods: list[str] = []
    k = 0
    while k < len(words):
        c = country_at(words, k)
        if c is not None and (k + c[1] < len(words) or len(words) == 1 or c[1] == 2):
            found_dem = found_dem or c[0]
            k += c[1]
            continue
        mods.append(words[k].low.removesuffix("'s").removesuffix("’s"))
        k += 1
    while mods and (
        mods[-1] in lx.NON_COUNT_WORDS
        or (len(mods) > 1 and mods[-1].endswith("ing") and mods[-1] not in lx.NOUN_CLASSES)
    ):
        mods.pop()  # "530,000 customers overnight", "cars waiting", "there"
    if mods and (
        lx.NOUN_CLASSES.get(mods[-1]) in lx.PERSON_CLASSES
        or (len(mods) > 1 and mods[0] in lx.TOLL_MODIFIERS)
    ):
        # "dead hives": the toll word is the property, the noun after it the head.
        mods = [w for w in mods[:-1] if w not in lx.TOLL_MODIFIERS] + mods[-1:]
    if not mods and not found_dem:
        return None, None, None
    if not mods and found_dem:
        last_two = " ".join(t.low for t in words[-2:])
        if words[-1].low.endswith("s") and (
            last_two in lx.DEMONYMS or words[-1].low in lx.DEMONYMS
        ):
            return f"{found_dem} people", "people", found_dem  # "the North Koreans"
        return found_dem, None, found_dem  # a country as the subject: "Egypt will receive"
    head = mods[-1] if mods else None
    head_class = lx.NOUN_CLASSES.get(head or "", None)
    if head in lx.COUNT_FRAMES and head_class is None:
        return None, "frame", found_dem  # "put the figure at 12,000": resolved by caller
    if "special" in mods and ("forces" in mods or "operations" in mods):
        # "special forces (soldiers)" is a unit type of its own, not troops in general.
        head_class = "special forces"
        mods = [m for m in mods if m not in ("special", "forces", "operations")] + [
            "special forces"
        ]
    rest = [m for m in mods[:-1] if m not in lx.WEAK_MODIFIERS and m != "first"]
    if head_class == "special forces":
        rest, head = [m for m in mods[:-1] if lx.NOUN_CLASSES.get(m) != "troops"], None
    if head_class == "troops":
        # "forces soldiers" / "military personnel": drop the synonym modifiers.
        rest = [m for m in rest if lx.NOUN_CLASSES.get(m) != "troops" or m == "special"]
    noun = head_class or head or ""
    dem = found_dem or demonym
    parts = [p for p in (dem, " ".join(rest), noun) if p]
    return " ".join(parts) if parts else None, head_class, found_dem


# --------------------------------------------------------------------------- properties


def find_property(
    toks: list[Token],
    m: Mention,
    np: list[int],
    lo: int,
    hi: int,
    head_class: str | None,
    clause_lo: int = 0,
) -> str:
    """The measured property: the nearest property cue in the clause, right side first."""
    if m.strong:
        return "strength"
    by_head = {
        "dead": "killed",
        "wounded": "injured",
        "casualties": "casualties",
        "prisoners": "captured",
        "refugees": "displaced",
    }
    if head_class in ("dead", "wounded") and np:
        combo = _property_in(toks, np[0], min(hi, np[-1] + 4), forward=True)
        if combo == "casualties":
            return combo
    if head_class in by_head:
        if not np:
            # The noun came from the left ("40 were injured and 11 remain missing"): the
            # figure's own clause names its property when it has one.
            own = _property_in(toks, m.last, min(hi, m.last + 3), forward=True)
            if own is not None and own in _TOLL_PROPERTIES:
                return own
        elif head_class in ("prisoners", "refugees"):
            # "Five detainees have been taken to hospital": what happened to them, not
            # what they are ("198 detainees" stays captured)
            after = np[-1] + 1
            own = _property_in(toks, after, min(hi, after + 7), forward=True)
            if own is not None and own in _TOLL_PROPERTIES:
                return own
        return by_head[head_class]
    for k in np:  # "28 dead, 39 hurt": the word after the figure is the property
        cue = lx.PROPERTY_CUES.get(toks[k].low)
        if cue in _TOLL_PROPERTIES:
            return cue
    for k in np:  # "a $400 million aid package"
        if toks[k].low in lx.PROPERTY_CUES and lx.PROPERTY_CUES[toks[k].low] in (
            "funding",
            "cost",
            "supplied",
        ):
            return lx.PROPERTY_CUES[toks[k].low]
    # Partitive: "the first batch of 2,600 soldiers".
    if _low(toks, m.first - 1) == "of" and _low(toks, m.first - 2) in lx.PARTITIVES:
        part = toks[m.first - 2].low
        ordinal = _low(toks, m.first - 3)
        label = "batch" if part in ("group", "contingent", "wave") else part
        if part in ("package", "tranche", "installment", "instalment"):
            return "funding"
        return f"{ordinal} {label}" if ordinal in ("first", "second", "third", "last") else label
    after = np[-1] + 1 if np else m.last
    people = (
        head_class in lx.PERSON_CLASSES
        or head_class in lx.ACTOR_CLASSES
        or (head_class is None and m.dim is None)
    ) and not (bool(np) and toks[np[-1]].low in ("beds", "bed"))  # a hospital's size
    # "charged" of people is a count of accused; of a sum or of a utility's accounts
    # ("charged a fee of 85 euros", "19,000 households had been charged twice") it is billing
    accused = people and not (bool(np) and toks[np[-1]].low in lx.BILLED_NOUNS)
    governing = _low(toks, m.first - 1)
    if (
        governing in lx.PROPERTY_CUES
        and governing not in ("lost", "losses", "moved", "fight")
        and (accused or lx.PROPERTY_CUES[governing] != "charged")
    ):
        # "killed 2 people and wounded 11"; "killed or wounded dozens" is both
        return (
            _property_in(toks, max(0, m.first - 3), m.first, forward=False)
            or (lx.PROPERTY_CUES[governing])
        )
    # The verb "lost" is a toll only of people, a force or its materiel ("lost 1,420
    # troops", "lost 40 men"); "flights that lost satellite navigation", "lost contact
    # with 11 satellites", "who lost three of his five greenhouses" are no casualties.
    # A sum after a scale word stays as it was: a currency the lexicon does not know
    # ("lost 52.6 million dalers") is read as a count of its own word.
    lost_toll = people and (
        head_class is not None
        or (bool(np) and toks[np[-1]].low in _LOSS_PEOPLE)
        or _low(toks, m.last - 1) in lx.SCALE_WORDS
    )

    def cue_in(a: int, b: int, *, forward: bool) -> str | None:
        """:func:`_property_in` over ``toks[a:b]`` with what this figure counts (people,
        a toll of people, people who can be accused)."""
        return _property_in(
            toks, a, b, forward=forward, people=people, lost_toll=lost_toll, accused=accused
        )

    right = cue_in(after, min(hi, after + 7), forward=True)
    if right:
        return right
    if people and governing in _CARRY_VERBS and _carried_to(toks, after, hi):
        # "buses had taken 1,700 people to a former army barracks", "had moved 300 people
        # overnight to ...": the people carried somewhere, as "had been moved to" reads
        # (round 38), not a count of all the people the story is about
        return "arrived"
    if people and (
        _low(toks, after) in ("from", "at", "in", "on", "aboard", "inside")
        or _participle_before_place(toks, after)
    ):
        # "17 people from Sunday's crash-landing at Halifax Stanfield were taken to
        # hospital": past a place or event phrase, the verb of the people counted. Seven
        # words on, so that a named hospital ends it ("were taken to Tallis General
        # Hospital") as it does in the plain right window.
        k = after + 1
        while k < min(hi, after + 14) and toks[k].low not in ("were", "was", "had", "have"):
            k += 1
        if k < min(hi, after + 14):
            right = cue_in(k, min(hi, k + 7), forward=True)
            if right:
                return right
    if (
        people
        and m.dim is None
        and _low(toks, after) == ","
        and _low(toks, after + 1) in _PART_ASIDES
    ):
        # "Three people, including a child, died on the way": past an aside about who
        # they were, the verb of the people counted.
        k = after + 1
        while k < min(hi, after + 12) and toks[k].text != ",":
            k += 1
        if k < min(hi, after + 12) and _low(toks, k + 1) not in ("and", "but", "or"):
            right = cue_in(k + 1, min(hi, k + 6), forward=True)
            if right:
                return right
    if _own_coordinated_clause(toks, m, after):
        # "eight people had now died ... and 15 cases had been confirmed", "and three more
        # managers have been suspended": a figure opening a clause of its own after "and",
        # with a predicate of its own, takes no event from the clause before
        return _default_property(m)
    said = next((k for k in range(m.first - 1, lo - 1, -1) if toks[k].low in lx.SAY_VERBS), None)
    # "66 people had been arrested over the violence, and prosecutors said 35 had been
    # charged", "the city police estimated the crowd at 48,000": an event before the verb
    # of saying that gives the figure is another clause's
    left = cue_in(lo if said is None else said + 1, m.first, forward=False)
    if left:
        return left
    if (
        clause_lo < lo
        and said is None
        and not _verb_between(toks, lo, m.first)
        and not any(toks[k].low in _OWN_CLAUSE_WORDS for k in range(max(lo, m.first - 3), m.first))
    ):
        # past an earlier figure: "sent two brigades of 6,000 soldiers"; not past a verb of
        # the figure's own ("killing two workers and forcing 4,200 people to leave", "that
        # killed five people ... caused damage of 11 million"): that event is the other's
        left = cue_in(max(clause_lo, lo - 20), lo, forward=False)
        if left:
            return left
    # Presence: "11,000 troops are now in Russia", "estimated at 11,000 in Russia".
    k = after
    while k < hi and toks[k].low in ("are", "is", "were", "was", "now", "already", "still"):
        k += 1
    if (
        k + 1 < hi
        and toks[k].low in ("in", "inside")
        and (head_class in lx.ACTOR_CLASSES or (head_class is None and m.dim is None))
        and not m.fraction
    ):
        nxt = toks[k + 1]
        if (nxt.text[:1].isupper() and nxt.low not in lx.MONTHS and nxt.low not in lx.WEEKDAYS) or (
            nxt.low in _DIRECTIONS
        ):
            return "deployed"
    return _default_property(m)


def _participle_before_place(toks: list[Token], after: int) -> bool:
    """Round 64: a participle right after the people counted that opens a phrase of
    where they were ("Two workers trapped at the mine were confirmed dead", "40 guests
    stranded on the island had been rescued"): the verb of the people counted comes
    past it, as past "from" / "at" / "in"."""
    t = toks[after] if after < len(toks) else None
    if t is None or not t.text.isalpha() or not t.text.islower() or t.low in _NOT_VERBS:
        return False
    return (
        len(t.low) > 4
        and t.low.endswith("ed")
        and t.low not in lx.PROPERTY_CUES
        and _low(toks, after + 1) in ("at", "in", "on", "inside", "aboard", "under", "near")
    )


#: Round 38: verbs that carry people somewhere ("buses had taken 1,700 people to ...").
_CARRY_VERBS = frozenset(
    {"moved", "taken", "took", "bussed", "ferried", "transported", "airlifted", "flown"}
)


def _carried_to(toks: list[Token], after: int, hi: int) -> bool:
    """Does "to" a place follow the carried people, past a word or two of time
    ("overnight", "so far")?  "to hospital" is read before this as a hospitalisation."""
    return any(toks[k].low == "to" for k in range(after, min(hi, after + 3)))


#: Places of care whose treated people are patients, not a toll ("field clinics").
_CARE_PLACES = words(
    "hospital hospitals clinic clinics department departments ward wards surgery surgeries"
)
#: Words after people treated that name an illness rather than an injury ("treated 19
#: patients with symptoms of the illness", "treated 40 people for hypothermia").
_TREATED_FOR = words("for with symptoms suffering after")


def _default_property(m: Mention) -> str:
    """The property of a figure no cue names: what its dimension measures, else a count."""
    if m.dim == "money":
        return "amount"
    if m.dim in ("length",):
        return "distance"
    if m.dim == "ratio" or m.fraction:
        return "share"
    return "count"


#: Words between a figure and its own predicate ("and three more managers have been").
_BEFORE_PREDICATE = words("more other others further now still also already since later then")
#: Auxiliaries and modals that open a figure's own predicate.
_PREDICATE_OPENERS = words("is are was were has have had will would could should may might")


def _own_coordinated_clause(toks: list[Token], m: Mention, after: int) -> bool:
    """Does the figure open a coordinated clause of its own: right after "and" / "but",
    its noun followed by an auxiliary of its own ("... and 15 cases had been confirmed",
    "and that 120 had been placed with new families")? Then an event word before "and"
    is the other clause's. An elided predicate ("killed 2 people and 11 more on Sunday")
    shares the event and does not count."""
    k = m.first - 1
    if _low(toks, k) == "that":
        k -= 1
    if _low(toks, k) not in ("and", "but"):
        return False
    j = max(after, m.last)
    for _ in range(3):
        if _low(toks, j) not in _BEFORE_PREDICATE:
            break
        j += 1
    return _low(toks, j) in _PREDICATE_OPENERS


#: Counted nouns of no class that are people in a toll ("lost 40 men").
_LOSS_PEOPLE = frozenset("men women sailors crew miners lives".split())  # noqa: SIM905

#: Words in -ed / -ing that are no verb of a figure's own clause.
_NOT_VERBS = frozenset(
    "including excluding according during following regarding concerning bed red".split()  # noqa: SIM905
)


def _verb_between(toks: list[Token], a: int, b: int) -> bool:
    """Is there a verb of its own in ``toks[a:b]`` (between an earlier figure and this
    one): a lower-case word in -ed or -ing, or a common verb ("caused", "forcing",
    "left")? Such a figure has a predicate of its own, so an event word before the earlier
    figure is not its event."""
    for k in range(a, b):
        t, w = toks[k], toks[k].low
        if not t.text.isalpha() or not t.text.islower() or w in _NOT_VERBS:
            continue
        if _low(toks, k - 1) in _NOT_BEFORE_VERB:
            continue  # "lost 31.5 million lorins to rigged draws": an adjective
        if w in lx.COMMON_VERBS or (len(w) > 4 and w.endswith(("ed", "ing"))):
            return True
    return False


#: Words after which an -ed / -ing word is an adjective or a noun, not a verb.
_NOT_BEFORE_VERB = frozenset(
    "to the a an of in by for with from on at its their his her our this that these those".split()  # noqa: SIM905
)


#: How an aside about who the people counted were opens ("Three people, including a child,
#: died"; "12 miners, most of them young men, were missing").
_PART_ASIDES = frozenset("including among most mostly many all some both half".split())  # noqa: SIM905

#: What people spend that is not money: "spent the night in tents", "spent two days".
_TIME_SPENT = frozenset(
    "night nights day days hours weeks months years weekend morning evening time".split()  # noqa: SIM905
)


#: Verb-like words that govern no figure of their own: hedges, auxiliaries, and the
#: linking verbs of a reading ("the death toll climbed to 34", "bringing the number of
#: arrests to 57", "reached 104"), whose figure is the subject's.
_NOT_GOVERNING = (
    _AUXILIARIES
    | lx.ESTIMATED_CUES
    | lx.EXPECTED_CUES
    | lx.SAY_VERBS
    | frozenset(lx.CHANGE_VERBS)
    | words(
        """be been being having reach reached reaches total totals totaled totalled stand
        stands stood amounted amounts remain remains remained bringing brought raising
        taking took putting put hit passed exceeded topped numbered"""
    )
)

#: Auxiliaries after which a verb is the predicate of a coordinated subject ("Three
#: passengers and the driver were taken to hospital").
_BE_HAVE = words("is are was were be been has have had")


#: Words between a preposition and "hospital" that name which hospital ("the district
#: hospital", "Kelsing General Hospital", "the University Teaching Hospital").
_HOSPITAL_MODIFIERS = words(
    """the a an district general regional local main central university teaching city
    county town provincial referral military children's nearby"""
)
#: Words before "at" after which people at a hospital are its patients.
_AT_HOSPITAL = words("admitted treated remain remains remained are were is was still being")


def _named_hospital(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` ("hospital") the end of a hospital's name after "to" / "in" /
    "into" ("taken to the district hospital", "admitted to Kelsing General Hospital"),
    or after "at" following a verb of patients ("remained admitted at the University
    Teaching Hospital")? At most three naming words in between, modifiers or capitals."""
    j = k - 1
    while j >= 0 and k - j <= 3:
        t = toks[j]
        if t.low in _HOSPITAL_MODIFIERS or (t.text[:1].isupper() and t.text.isalpha()):
            j -= 1
            continue
        if j == k - 1 and t.text.isalpha() and _low(toks, j - 1) in ("the", "a"):
            j -= 1  # "the island hospital", "a field hospital": any one word after the article
            continue
        break
    if j == k - 1 or j < 0:
        return False  # no naming word: the bare "to hospital" rule's, or nothing
    prep = toks[j].low
    if prep in ("to", "in", "into"):
        return True
    return prep == "at" and _low(toks, j - 1) in _AT_HOSPITAL


def _property_in(
    toks: list[Token],
    a: int,
    b: int,
    *,
    forward: bool,
    people: bool = True,
    lost_toll: bool = True,
    accused: bool = True,
) -> str | None:
    rng = range(a, b) if forward else range(b - 1, a - 1, -1)
    past_and = False
    own_verb = False
    for k in rng:
        w = toks[k].low
        if not forward:
            if w in _OWN_CLAUSE_WORDS and k >= b - 3:
                # "nine people had been killed and 23 injured when at least four shells
                # hit the compound": the event before "when" is the main clause's, not
                # that of the figure that opens the clause (round 56; only a figure within
                # three words of "when": deeper in the clause, measured, it moved keys
                # both ways)
                return None
            if w == "that" and _low(toks, k - 1) in ("and", "but"):
                # "said a ninth suspect had been detained and that frozen assets now stood
                # at 9 million marks": a second reported clause, with an event of its own
                return None
            if w in ("and", "but") and own_verb:
                # "had been arrested ... and that they had seized 14 laptops": the
                # figure's clause has a verb of its own; the event before "and" is another's
                return None
            if (
                w not in lx.PROPERTY_CUES
                and toks[k].text.islower()
                and toks[k].text.isalpha()
                and w not in _NOT_VERBS
                and w not in _NOT_GOVERNING
                and _low(toks, k - 1) not in _NOT_BEFORE_VERB
                and (w in lx.COMMON_VERBS or (len(w) > 4 and w.endswith(("ed", "ing"))))
            ):
                own_verb = True
        if forward and (w in _SUBORDINATORS or toks[k].text in (",", ";")):
            return None  # "recruit 10,000 soldiers if parliament approved the budget"
        if forward and w in ("and", "but"):
            past_and = True
        elif past_and and w in _BE_HAVE:
            past_and = False  # "23 passengers and crew were taken off": one predicate
        elif (
            past_and
            and w not in lx.PROPERTY_CUES
            and toks[k].text.islower()
            and (w in lx.COMMON_VERBS or (len(w) > 4 and w.endswith("ed") and w not in _NOT_VERBS))
        ):
            # "recovered 170 fragments and police made the first arrests": a clause of its
            # own, whose event is not the figure's
            return None
        if (
            w in ("killed", "dead")
            and _low(toks, k + 1) in ("or", "and")
            and _low(toks, k + 2) in ("wounded", "injured")
        ):
            return "casualties"
        if (
            w in ("wounded", "injured")
            and _low(toks, k - 1) in ("or", "and")
            and _low(toks, k - 2) in ("killed", "dead")
        ):
            return "casualties"
        if w in ("hospital", "hospitals") and _low(toks, k - 1) in ("to", "in"):
            return "hospitalized"  # "taken to hospital", "in hospital"
        if w in ("hospital", "hospitals") and people and _named_hospital(toks, k):
            return "hospitalized"  # "taken to the district hospital", "remained admitted at"
        if w == "treated":
            # "were being treated at Murang'a Level 5 Hospital"; "treated at the scene" is
            # neither a hospitalisation nor anything else. The hospital may close a longer
            # phrase ("treated for breathing problems at the Kolvane district hospital") or
            # be who says so ("The hospital said 46 residents had been treated"); read
            # leftward from the figure, a speaker that far back is another clause's ("The
            # hospital says 71 people have been treated ..., and 12 polluted wells ...").
            back = 9 if forward else 5
            if any(_low(toks, k + j).startswith("hospital") for j in range(1, 10)) or any(
                _low(toks, k - j).startswith("hospital") for j in range(1, back)
            ):
                return "hospitalized"  # "Velmora hospitals have now treated 63 people"
            if (
                not forward
                and people
                and _low(toks, k - 1) not in _BE
                and not any(_low(toks, b + j) in _TREATED_FOR for j in range(4))
                and not any(_low(toks, k + j) in _TREATED_FOR for j in range(1, 8))
                and not any(_low(toks, b + j) == "scene" for j in range(6))
                and any(_low(toks, b + j) == "people" for j in range(1, 4))
                and not any(_low(toks, j) in _CARE_PLACES for j in range(max(0, k - 12), k))
            ):
                # "its own teams had treated 340 people, many of them at field posts": the
                # people a medical team treats after a disaster are its injured, as the
                # hospitals' "treated 210 injured people" reads (round 42). Treated "for"
                # an illness or "with symptoms" is not an injury, and "treated ... at the
                # scene" stays no property (round 6). Only plain "people" (patients and
                # donors a hospital treats are no toll) and no place of care before the
                # verb ("the field clinics had now treated 640 people", "its emergency
                # departments had treated 84 people": its patients, a count of their own).
                return "injured"
            continue
        if w in lx.PROPERTY_CUES:
            if w in ("moved",) and _low(toks, k + 1) not in ("into", "to", "in"):
                continue
            if w in ("spent", "spend", "spending") and any(
                _low(toks, k + j) in _TIME_SPENT for j in (1, 2, 3)
            ):
                continue  # "2,400 people spent Monday night in warming centres": time, not money
            if w in ("lost",) and forward:
                continue
            if w in ("lost", "losses", "loss") and not people:
                continue  # "the Dow lost 1.5%" is a fall, not casualties
            if w == "lost" and not lost_toll:
                continue
            if lx.PROPERTY_CUES[w] == "charged" and not accused:
                continue  # "charged a fee of 85 euros" is a price, not a count of accused
            return lx.PROPERTY_CUES[w]
    return None


# --------------------------------------------------------------------------- scope


def _island(toks: list[Token], j: int, b: int) -> bool:
    """Is ``toks[j]`` a one-word place after "on" ("1,800 troops on Kessa, ..."): a
    capitalised name, no month or weekday, that ends its clause?"""
    if j >= b or not (toks[j].text[:1].isupper() and toks[j].text.isalpha()):
        return False
    if toks[j].low in lx.MONTHS or toks[j].low in lx.WEEKDAYS:
        return False
    return j + 1 >= len(toks) or toks[j + 1].text in (",", ".", ";")


def find_place(toks: list[Token], a: int, b: int) -> str | None:
    """First locative phrase in ``toks[a:b]``: "in eastern Russia", "in Russia's Far East"."""
    k = a
    while k < b - 1:
        if toks[k].low == "on" and _island(toks, k + 1, b):
            return toks[k + 1].text
        if toks[k].low in _PLACE_PREPS:
            j = k + 1
            if _low(toks, j) == "the":
                j += 1
            words: list[str] = []
            if j < b and toks[j].low in _DIRECTIONS:
                words.append(toks[j].text)
                j += 1
            caps: list[str] = []
            while j < b and (
                (toks[j].text[:1].isupper() and _NP_TOKEN.match(toks[j].text))
                or (caps and toks[j].low in _PLACE_HEADS)
            ):
                low = toks[j].low.removesuffix("'s").removesuffix("’s")
                if low in lx.MONTHS or low in lx.WEEKDAYS:
                    break
                caps.append(toks[j].text)
                j += 1
            if caps:
                if " ".join(caps).lower() in lx.DEMONYMS and j < b and toks[j].text.isalpha():
                    caps.append(toks[j].text)  # "at Russian headquarters"
                return " ".join(words + caps)
        k += 1
    return None


#: A frequency word that qualifies a noun ("their monthly benefit payments", "promised
#: monthly returns"): how often something else happens, not the period of a figure
#: before it in the sentence.
_ATTRIBUTIVE_RATE = re.compile(r"(?:daily|weekly|monthly|annual|yearly|hourly)\s+[a-z]", re.I)


#: Round 67: words between a figure and a time phrase after it that hand the time to
#: another figure or noun: a comparison ("520, up from the number announced in February",
#: "6,400 complaints, more than it normally receives in a year"), a relative clause about
#: another noun ("85 staff ..., which offers one month's pay for each year of service") or
#: a second reported clause ("four reactors remained offline and that all should be
#: running again by the end of May").
_TIME_HANDED_ON = re.compile(
    r"\b(?:than|(?:up|down)\s+from|compared\s+(?:with|to)|matching|which|who|whose|whom)\b"
    r"|\band\s+(?:that|(?:it\s+|they\s+)?(?:expects?|expected|said|says|plans?|hopes?))\b"
    r"|,\s*(?:saying|adding)\b|,\s*from\s+\d",
    re.I,
)
#: Round 67: "a week after the tsunami", "a day before the ship was due", "more than the
#: number a week ago", "babies under a year old": an offset from another moment, no rate.
_OFFSET_AFTER = re.compile(r"\s+(?:after|before|ago|earlier|later|old|or\s+two)\b", re.I)
_OFFSET_BEFORE = re.compile(r"\b(?:within|by|under)\s+$", re.I)
#: Round 67: "in this month's storm", "after last week's demolitions": the time dates the
#: event the noun names, not the figure's span.
_POSSESSIVE = re.compile(r"\s*['\u2019]s\b")
#: Round 67: "since the outbreak began in March", "since it opened in June": the figure is
#: counted since that month.
_SINCE_EVENT = re.compile(r"\bsince\s+(?:[\w'\u2019-]+\s+){1,5}$", re.I)


def _handed_on(text: str, m: re.Match[str], end: int) -> bool:
    """Round 67: is the time phrase ``m`` of ``text`` no time of the figure that ends at
    ``end``: after it behind a comparison, relative or second reported clause
    (:data:`_TIME_HANDED_ON`), an offset from another moment ("a week after the
    tsunami"), a paper's name ("the celebrity weekly Stellar Week", "Art and Antiques
    Weekly") or an event's possessive ("this month's riots")?"""
    t = m.group()
    low = t.lower()
    if m.start() >= end and _TIME_HANDED_ON.search(text, end, m.start()):
        return True
    if low.startswith(("a ", "each ", "every ")) and (
        _OFFSET_AFTER.match(text, m.end())
        or _OFFSET_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
    ):
        return True
    if low in ("daily", "weekly", "monthly"):
        nxt = text[m.end() : m.end() + 2]
        if (t[0].isupper() and m.start() > 0) or (
            len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper()
        ):
            return True
    return bool(
        re.match(r"(?:this|last|next)\s+(?:week|month|weekend)$", low)
        and _POSSESSIVE.match(text, m.end())
    )


def own_time(sentence: str, text: str, time: str | None) -> str | None:
    """Round 67: the time scope ``time`` that :func:`find_time` read for the figure
    ``text`` of ``sentence``, as the figure's own: None when the phrase is handed to
    another figure, noun or moment (:func:`_handed_on`), "since March" for "since the
    outbreak began in March", else ``time`` itself."""
    i = sentence.find(text) if text else -1
    if not time or i < 0:
        return time
    end = i + len(text)
    best: re.Match[str] | None = None
    for m in _TIME_RX.finditer(sentence):
        if m.group().rstrip(".") == time and (
            best is None or abs(m.start() - i) < abs(best.start() - i)
        ):
            best = m
    if best is None:
        return time
    if _handed_on(sentence, best, end):
        return None
    if time[:3].lower() == "in " and _SINCE_EVENT.search(
        sentence[max(0, best.start() - 60) : best.start()]
    ):
        return "since " + time[3:]
    return time


def find_time(text: str, sent_start: int, sent_end: int, pos: int) -> str | None:
    """The time phrase nearest to character ``pos`` in the sentence (statement dates such as
    "on Friday" are not scope)."""
    best: tuple[int, str] | None = None
    for m in _TIME_RX.finditer(text, sent_start, sent_end):
        if m.start() > pos and _ATTRIBUTIVE_RATE.match(text, m.start(), sent_end):
            continue  # "84,000 households without their monthly benefit payments"
        d = abs(m.start() - pos)
        if best is None or d < best[0]:
            best = (d, m.group())
    return best[1] if best else None


def find_rate(toks: list[Token], m: Mention, np: list[int]) -> str | None:
    """Rates: "1,271 casualties a day", "monthly", "6,000 soldiers each" (per brigade)."""
    after = np[-1] + 1 if np else m.last
    w1, w2 = _low(toks, after), _low(toks, after + 1)
    w3 = _low(toks, after + 2)
    if (w1, w3) in (
        ("month", "month"),
        ("year", "year"),
        ("quarter", "quarter"),
        ("week", "week"),
    ) and w2 in ("on", "over", "-"):
        return f"{w1} on {w1}"  # "rose 0.4% month on month and 3.2% year on year"
    if w2 == "-" and w3 == "on" and _low(toks, after + 4) == w1 and w1 in _RATES:
        return f"{w1} on {w1}"  # "year-on-year"
    if w1 == "on" and w2 in ("the", "a") and w3 in ("month", "year", "quarter", "week"):
        return f"{w3} on {w3}"  # "up 0.2 per cent on the month"
    if w1 in ("m", "y", "q") and w2 == "/" and w3 == w1:
        return {"m": "month on month", "y": "year on year", "q": "quarter on quarter"}[w1]
    if w1 in ("a", "an", "per") and w2 in lx.PER_UNITS:
        return "per " + lx.PER_UNITS[w2]  # "186.31 shillings a litre": a unit price
    if w1 in ("a", "per", "each", "every") and w2 in _RATES:
        if _low(toks, after + 2) in ("earlier", "ago", "later", "before", "after"):
            return None  # "5% a month earlier" is a time, not a rate
        return _RATES[w2]
    if w1 in ("daily", "weekly", "monthly", "annually", "yearly", "hourly"):
        return _RATES[w1]
    before = _low(toks, m.first - 1)
    if before in ("daily", "weekly", "monthly", "annual", "yearly", "hourly"):
        return _RATES[before]
    if w1 == "each" or (w1 == "apiece"):
        # "two brigades of 6,000 soldiers each": per brigade.
        if _low(toks, m.first - 1) == "of" and m.first >= 2:
            unit = lx.NOUN_CLASSES.get(_low(toks, m.first - 2), _low(toks, m.first - 2))
            return "per " + unit.rstrip("s")
        return "each"
    if w1 == "per" and w2 and w2.isalpha():
        return "per " + w2
    return None


# --------------------------------------------------------------------------- hedge


#: Words before "reports / estimates / claims / notes" that make it a noun, not a say verb.
_SAY_NOUN_BEFORE = words("the a an its their our his her my your these those such media news")

_RIGHT_STOPS = frozenset(
    {",", ";", "—", "–", "and", "but", "while", "whereas", "although", "though", "adding", "as"}
)


def clause_end(toks: list[Token], j: int, limit: int) -> int:
    """Index where the clause that continues at ``j`` ends (a comma, "and", "but"...)."""
    k = j
    while k < limit and k < j + 10 and toks[k].low not in _RIGHT_STOPS:
        k += 1
    return k


#: Finite verbs that carry a figure after a noun's relative clause ("the number of cases
#: that could be affected had risen to 62").
_MAIN_AFTER_RELATIVE = words(
    "had has have rose risen reached stood stands climbed grew was is were are"
)


def _without_noun_modal(left: list[str]) -> list[str]:
    """``left`` without a relative clause whose modal hedges the noun, not the figure:
    "the number of homes that may have been damaged rose to 300" counts homes possibly
    damaged, a count as firm as any (the modal, then a finite verb of the figure)."""
    for i, w in enumerate(left):
        if w not in ("that", "which") or i == 0 or left[i - 1] in lx.SAY_VERBS:
            continue
        j = next((q for q in range(i + 1, len(left)) if left[q] in ("could", "may", "might")), None)
        if j is None:
            continue
        v = next((q for q in range(j + 2, len(left)) if left[q] in _MAIN_AFTER_RELATIVE), None)
        if v is not None:
            return left[:i] + left[v:]
    return left


def find_hedge(
    toks: list[Token], m: Mention, lo: int, hi: int, say_verb: str | None, has_if: bool
) -> str | None:
    """Hedge of a claim from cues in its clause: hypothetical > expected > estimated > reported.

    ``lo`` is where the reported content starts (after "X said (that)"); the window reaches
    10 tokens back from the figure (across earlier figures, so "will cut 1,200 jobs, or
    about 8%" hedges both) and forward to the end of the figure's clause (``hi``).
    """
    a = max(lo, m.first - 10)
    left = _without_noun_modal([t.low for t in toks[a : m.first]])
    right = [t.low for t in toks[m.last : hi]]
    cut = next((k for k, w in enumerate(right) if w in _REASON_OR_TIME), None)
    if cut is not None:
        # "240 schools had closed because they could not be heated": a clause of reason or
        # time after the figure has its own mood; its modal is not the figure's hedge
        right = right[:cut]
    window = left + right
    modal = (
        any(w in lx.HYPOTHETICAL_CUES for w in window)
        or (has_if and "would" in window)
        or _can_governs([t.low for t in toks[max(0, m.first - _CAN_GAP - 2) : m.first]])
        or _norm_period(window)
    )
    if modal and not ("may" in window and _may_is_month(toks, a, hi)):
        return "hypothetical"
    if "would" in left and not any(t.low in lx.SAY_VERBS for t in toks[: m.first]):
        return "expected"  # "a pipeline that would carry 50 bcm" (not "he said X would")
    for k, w in enumerate(window):
        if w in lx.EXPECTED_CUES:
            nxt = window[k + 1] if k + 1 < len(window) else ""
            if w in ("plans", "plan", "aim", "aims", "hopes", "hoped", "hoping") and nxt != "to":
                continue
            return "expected"
        if w == "to" and k + 1 < len(window) and window[k + 1] in ("reach", "hit", "exceed", "top"):
            return "expected"
        if (
            w == "seen"
            and k + 1 < len(window)
            and (window[k + 1].endswith("ing") or window[k + 1] in ("at", "as", "to"))
        ):
            return "expected"  # "rates seen ending the year at 4.75%"
    if m.estimated or any(w in lx.ESTIMATED_CUES for w in window):
        return "estimated"
    if say_verb in lx.ESTIMATED_CUES:
        return "estimated"
    if any(w in lx.REPORTED_CUES for w in window):
        return "reported"
    for k, w in enumerate(window):  # passive "were reported killed", "is said to have"
        if (
            w in ("reported", "said")
            and k > 0
            and window[k - 1] in ("was", "were", "is", "are", "been")
        ):
            return "reported"
    return None


#: Subordinators that open a clause of reason or time after the figure's own.
_REASON_OR_TIME = words("because after before when while although though whereas until")


#: Words between "can <verb>" and the figure it governs: an object and a bound ("can claim
#: up to 600 crowns", "can fine banks up to 10 percent", "can test 120 samples").
_CAN_GAP = 4


def _can_governs(left: list[str]) -> bool:
    """Is the figure the object of "can <verb>" in its own clause ("travellers can claim up
    to 600 crowns each", "the laboratory can test 120 samples a day")?  What someone may
    claim or something is able to do is a ceiling or a capacity, not what happened: like
    "could" or "may", a hypothetical.  Only the verb right after "can" and at most
    ``_CAN_GAP`` words after it, no punctuation or clause word between: "can destroy a
    field in weeks has been found on 8,000 hectares" and "which can take six at a time"
    (about another figure) are not."""
    for k in range(len(left) - 1, max(-1, len(left) - 2 - _CAN_GAP), -1):
        w = left[k]
        if w == "can":
            return k + 1 < len(left) and left[k + 1].isalpha() and left[k + 1] != "not"
        if not w.isalpha() or w in _RIGHT_STOPS or w in ("that", "which", "who"):
            return False
    return False


def _norm_period(window: list[str]) -> bool:
    """Does the figure's clause set it in an ordinary period ("yields about 4 tonnes in a
    normal year", "A normal harvest is about 4.8 million tonnes", "the value of an average
    day's catch")?  What a year, a day or a harvest usually brings is a yardstick the news
    is measured against, not what happened: like "would", a hypothetical.  The article
    ("a", "an") must come first: "average prices rose to 5 euros" is a reading."""
    for k in range(len(window) - 2):
        if (
            window[k] in ("a", "an")
            and window[k + 1] in lx.NORM_WORDS
            and window[k + 2].removesuffix("'s").removesuffix("’s") in lx.NORM_PERIODS
        ):
            return True
    return False


def _may_is_month(toks: list[Token], a: int, b: int) -> bool:
    return any(t.text == "May" for t in toks[a:b])


# --------------------------------------------------------------------------- source


@dataclass(slots=True)
class Attribution:
    """Who a sentence attributes its figures to, and the span the attribution covers."""

    source: str | None
    verb: str | None
    start: int  # token span of the attribution clause
    end: int
    content_start: int  # first token of the reported content after "said (that)"
    #: The speaker opens a clause of its own ("..., but miners said"): figures before the
    #: attribution are not its.
    own_clause: bool = False
    #: A second speaker that opens a clause of its own after this one ("the ministry said
    #: 31 percent, while the union said 58 percent"): the figures after its verb are its.
    then: Attribution | None = None


def find_attribution(toks: list[Token], ctx: DocContext) -> Attribution:
    """Source of a sentence: "according to X", "X said", "said X", resolved through ``ctx``.

    Updates ``ctx`` with the chosen source so later "the agency said" resolves to it.
    """
    n = len(toks)
    lows = [t.low for t in toks]
    # "according to X,"
    for k in range(n - 1):
        if lows[k] == "according" and lows[k + 1] == "to":
            j = k + 2
            while j < n and toks[j].text not in (",", ".", ";") and lows[j] != "that":
                j += 1
            phrase = toks[k + 2 : j]
            owner = _document_owner(phrase)
            if owner is not None and not owner:
                # "according to the final count", "according to its own weighing": no
                # speaker named here; a "X said" of the sentence names it, if any.
                break
            resolved = _clean_source(owner or phrase, ctx)
            if resolved is not None:
                _commit(resolved, ctx)
            content = j + 1 if k <= 1 else 0
            return Attribution(resolved[0] if resolved else None, "according", k, j, content)
    candidates: list[tuple[_Resolved, Attribution]] = []
    for k, w in enumerate(lows):
        if w in ("put", "puts") and _puts_at(toks, k):
            pass  # "the union put the turnout at 1.4 million": a source giving its figure
        elif w in ("gave", "gives") and _gives_figure(toks, k):
            pass  # "the ministry gave a lower figure of 1,900 shops": its own figure
        elif w in _MOVES_ITS and _moves_its_count(toks, k):
            pass  # "the office raised its estimate of ... to 60,000": its own figure
        elif w in _SHOW_VERBS:
            pass  # "a first estimate from the statistics office showed": its owner's
        elif (
            w in ("counts", "counted")
            and k + 2 < n
            and toks[k + 1].text[:1].isdecimal()
            and toks[k + 2].text in (".", ";")
        ):
            pass  # "The hauliers' association counts 3,000.": the counter's own reading
        elif not _says(toks, k) or w == "according":
            continue  # round 58: not "Refund claims have risen to 26,000" either
        if (
            w in ("added", "adds", "add")
            and k + 1 < n
            and (
                toks[k + 1].text[:1].isdecimal()
                or lows[k + 1] in ("a", "an", "the", "more", "some")
            )
        ):
            continue  # "the economy added 353,000 jobs" is not an attribution
        if w in ("reports", "estimates", "estimate", "claims", "notes") and (
            k > 0
            and (
                lows[k - 1] in _SAY_NOUN_BEFORE
                or lows[k - 1].endswith(("'s", "’s"))
                or (lows[k - 1] in ("'", "’") and k > 1 and lows[k - 2].endswith("s"))
            )
        ):
            continue  # a noun: "media reports", "our members' claims", "the union's estimates"
        if (
            w in ("reported", "estimated")
            and k > 0
            and lows[k - 1] in ("was", "were", "is", "are", "been")
        ):
            continue  # passive: "were reported killed" is a hedge, not an attribution
        if _no_saying(toks, k):
            continue  # "are now confirmed dead", "the confirmed death toll", "than first reported"
        # Subject before the verb, back to a clause break.
        j = k - 1
        if j >= 2 and toks[j].text == ")":  # "the Service (NIS) said"
            while j > 0 and toks[j].text != "(":
                j -= 1
            j -= 1
        while j >= 0 and toks[j].text not in _CLAUSE_BREAKS and lows[j] not in ("that",):
            j -= 1
        subj = toks[j + 1 : k]
        content = k + 1
        if content < n and lows[content] == "that":
            content += 1
        if not subj and j >= 0 and toks[j].text == ",":
            # Appositive: "Lee Seong-kweun, a member of the committee, said ..."
            p = j - 1
            while p >= 0 and toks[p].text not in _CLAUSE_BREAKS:
                p -= 1
            segment = toks[p + 1 : j]
            if p >= 0 and toks[p].text == "," and segment and segment[0].low in ("a", "an"):
                q = p - 1
                while q >= 0 and toks[q].text not in _CLAUSE_BREAKS:
                    q -= 1
                name = toks[q + 1 : p]
                if name and all(
                    t.text[:1].isupper() or t.text == "-" or (i > 0 and name[i - 1].text == "-")
                    for i, t in enumerate(name)
                ):
                    subj = name
        if not subj and j >= 0 and toks[j].text == ",":
            # A body named before an aside: "The miners' association, which represents
            # the pickers, said ...", "The main union, the SNEV, said ...", "The
            # mission, however, said ...": the speaker is the phrase before the aside.
            subj = _before_aside(toks, j)
        if not subj and j >= 0 and toks[j].text in (",", "”", '"'):
            # Inverted: ", said John Kirby." - a short subject that ends the clause.
            e = k + 1
            while e < n and toks[e].text not in _CLAUSE_BREAKS and toks[e].text != ".":
                e += 1
            # a capitalised name may carry its office: "said Inspector Dara Mfane of the
            # Kobal district police"
            longest = 10 if k + 1 < n and toks[k + 1].text[:1].isupper() else 7
            if e - (k + 1) <= longest:
                subj = toks[k + 1 : e]
                content = 0
        # Appositive after the verb's own subject: "Lee, a member of ..., said"
        if subj and subj[0].low in ("a", "an") and j >= 0 and toks[j].text == ",":
            p = j - 1
            while p >= 0 and toks[p].text not in _CLAUSE_BREAKS:
                p -= 1
            name = toks[p + 1 : j]
            if name and all(
                t.text[:1].isupper() or t.text == "-" or (i > 0 and name[i - 1].text == "-")
                for i, t in enumerate(name)
            ):
                subj = name
        shared = False
        if subj and subj[-1].low in ("and", "but") and w in _SHARED_SAY:
            # "Norhaven's Financial Markets Authority on Tuesday fined the exchange ...,
            # and said ...", "The authority declined to confirm the building but said":
            # the verb shares the sentence's subject (after any subject named alone).
            subj, shared = _sentence_subject(toks), True
        if subj:
            owner = _document_owner([t for t in subj if t.low not in _ADVERBS])
            if owner:
                # "The agency's report also said", "final results published by X showed";
                # a speaker named with its own verb comes first ("Marvenia's final census
                # results put the population at 23.7 million, the statistics office said")
                subj, shared = owner, True
            elif w in _SHOW_VERBS:
                continue  # only a document "shows"
        resolved = _clean_source(subj, ctx) if subj else None
        if resolved is None:
            continue
        if shared:
            resolved = (resolved[0], resolved[1], resolved[2], True)
        # "The toll rose to 19, but miners at the scene said ...": a speaker that opens a
        # clause of its own gives only what follows it.
        own_clause = bool(subj) and subj[0].low in ("but", "while", "whereas")
        candidates.append(
            (resolved, Attribution(resolved[0], w, j + 1, k + 1, content, own_clause))
        )
    if not candidates:
        return Attribution(None, None, 0, 0, 0)
    # Prefer a named subject over a pronoun resolved from memory.
    named = [c for c in candidates if not c[0][3]]
    resolved, att = (named or candidates)[0]
    _commit(resolved, ctx)
    # "X said N, while Y said M": Y opens a clause of its own after X's verb, so M is
    # Y's, not X's. Not remembered for a later "it said" (X stays the sentence's speaker).
    rival = next(
        (a for r, a in named if a.own_clause and a.start >= att.end and r[0] != resolved[0]),
        None,
    )
    if rival is not None and not att.own_clause:
        att.then = rival
    return att


#: Forms of "be" before a say verb that make it a passive participle ("are now confirmed
#: dead", "have been admitted", "was told to sign"): nobody is named as saying anything.
_BE = words("is are was were be been being am")
#: Words before a say verb ending in "-ed" that make it an adjective ("the confirmed death
#: toll", "the number of confirmed cases", "newly reported infections").
_ADJ_BEFORE = words("the a an of newly new its their")
#: States right after a say verb that make it a participle after its noun ("the number of
#: people confirmed dead", "fishermen reported missing").
_STATES = words("dead alive missing killed injured wounded infected positive safe")
#: Adverbs between an auxiliary or "than" and the say verb ("than first reported").
_SAY_ADVERBS = _ADVERBS | words("now first previously officially initially originally")


def _no_saying(toks: list[Token], k: int) -> bool:
    """Is the say verb at ``k`` no attribution but a participle or adjective?

    Passive ("Seven people are now confirmed dead", "had been admitted"), attributive
    ("bringing the confirmed death toll to 12", "the number of confirmed cases", "people
    confirmed dead"), a
    comparison ("more than first reported", "than previously estimated"), a participle
    with its agent after it ("job cuts announced by the mills"), a hedge ("believed to
    be"), or negated ("though he did not say when", "declined to say").  Taking these as
    "X said" made the words before them the source ("Seven people are") and hid the real
    speaker named later in the sentence ("..., the coast guard said").
    """
    j = k - 1
    while j >= 0 and toks[j].low in _SAY_ADVERBS:
        j -= 1
    prev = toks[j].low if j >= 0 else ""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    nxt2 = toks[k + 2].low if k + 2 < len(toks) else ""
    if prev in _BE or prev in ("than", "not", "never", "to"):
        return True
    if nxt == "by" or (nxt == "to" and nxt2 in ("be", "have")) or nxt in _STATES:
        return True
    if toks[k].low in _DOCUMENTS and nxt in ("from", "of", "for"):
        return True  # a noun: "a first estimate from the statistics office"
    return prev in _ADJ_BEFORE and toks[k].low.endswith("ed") and nxt not in ("that", ",")


#: What a body publishes its figures in ("according to UN estimates", "calculations
#: published by the electoral commission", "the city's own figures").
_DOCUMENTS = words(
    """figures figure data estimates estimate count counts tally tallies results result
    report reports records record register registers calculations calculation formula
    filings filing statistics numbers list lists survey assessment analysis weighing
    website guidance census"""
)
#: Words before a document that name no one ("the final count", "official figures").
_DOC_WORDS = words(
    """the a an its their his her own official final provisional revised latest new
    annual preliminary first second initial flash old public most recent its weekly
    monthly daily partial full updated"""
)
_PUBLISHED = words("published released compiled issued provided given collected")


def _document_owner(phrase: list[Token]) -> list[Token] | None:
    """Who a document named after "according to" belongs to.

    None when the phrase names no document (it is the speaker itself: "according to the
    port authority"); the owner's words for "calculations published by the electoral
    commission", "UN estimates", "the electoral commission's formula"; an empty list when
    the document names no one ("the final count", "official figures", "its own weighing").
    """
    doc = next((k for k, t in enumerate(phrase) if t.low in _DOCUMENTS), -1)
    if 0 <= doc < len(phrase) - 1 and phrase[doc + 1].low in ("at", "in", "on", "for"):
        phrase = phrase[: doc + 1]  # "its own weighing at the warehouse"
    for k in range(len(phrase) - 1, 0, -1):
        if phrase[k].low in ("by", "from") and any(t.low in _DOCUMENTS for t in phrase[:k]):
            before = phrase[k - 1].low
            if before in _PUBLISHED or before in _DOCUMENTS:
                owner = phrase[k + 1 :]
                # "results from the first batch of samples" name no one
                return owner if _names_someone(owner) else []
    if not phrase or phrase[-1].low not in _DOCUMENTS:
        return None
    mods = phrase[:-1]
    poss = max((k for k, t in enumerate(mods) if t.low.endswith(("'s", "’s"))), default=-1)
    if poss >= 0:
        t = mods[poss]
        return [*mods[:poss], t._replace(text=t.text[:-2], low=t.low[:-2], end=t.end - 2)]
    owner = [t for t in mods if t.low not in _DOC_WORDS]
    return owner if _names_someone(owner) else []


def _names_someone(toks: list[Token]) -> bool:
    """Do the words name a body or a person (a capitalised name or a body's head noun)?"""
    return any(t.text[:1].isupper() or t.low in _ORG_WORDS or t.low in _BODY_NOUNS for t in toks)


#: Say verbs that may share the sentence's subject after "and" / "but".
_SHARED_SAY = words("said says told added announced estimated reported")
#: Verbs by which a document gives its owner's figure ("final results published by the
#: Central Election Commission showed").
_SHOW_VERBS = words("showed shows show")


def _sentence_subject(toks: list[Token]) -> list[Token]:
    """The name that opens a sentence ("Norhaven's Financial Markets Authority on Tuesday
    fined ...", "Prime Minister Anton Beleć visited ..."): capitalised words and the
    "of" / "the" between them, up to the first other word; empty if none."""
    k = 0
    while k < len(toks) and (
        toks[k].text[:1].isupper() or (k > 0 and toks[k].low in ("of", "the", "'", "’"))
    ):
        k += 1
    if k > 0 and (toks[k - 1].low == "the" or toks[k - 1].low.endswith(("'s", "’s"))):
        # "Kestria's defence ministry dismissed ... and said", "The interior ministry
        # declined ... but said" (round 49): a body named by lower-case words after the
        # possessive or "The", up to its head noun within three words
        head = next(
            (
                j
                for j in range(min(k + 2, len(toks) - 1), k - 1, -1)
                if toks[j].low in _ORG_WORDS or toks[j].low in _BODY_NOUNS
            ),
            None,
        )
        if head is not None and all(t.text.isalpha() and t.text.islower() for t in toks[k:head]):
            return toks[: head + 1]
    while k > 0 and toks[k - 1].low in ("of", "the", "'", "’"):
        k -= 1
    return toks[:k]


#: Verbs by which a source moves its own figure ("raised its estimate of ... to 60,000").
_MOVES_ITS = words(
    "raised raises lowered lowers revised revises cut cuts increased reduced updated"
)
#: What a source calls its own figure after "its" / "their".
_OWN_FIGURES = words(
    """estimate estimates count tally forecast forecasts figure figures toll projection
    projections assessment"""
)


def _moves_its_count(toks: list[Token], k: int) -> bool:
    """Is the verb at ``k`` a source moving its own figure: "The municipality raised its
    count of destroyed homes to 212", "the finance ministry raised its forecast for the
    deficit to 3.5 percent" (its / their, then a word for a figure)?"""
    j = k + 1
    if j < len(toks) and toks[j].low in ("down", "up"):
        j += 1  # "revised down its estimate"
    if j + 1 >= len(toks) or toks[j].low not in ("its", "their"):
        return False
    nxt = toks[j + 1].low
    if nxt in ("own", "official", "earlier", "initial"):
        nxt = toks[j + 2].low if j + 2 < len(toks) else ""
    return nxt in _OWN_FIGURES


#: Words that may open a figure after "put ... at" ("at about 35", "at least 40").
_AT_FIGURE = words("about around roughly some nearly almost least more over under just between")


def _puts_at(toks: list[Token], k: int) -> bool:
    """Is "put" at ``k`` a source giving a figure: "put the number at 1.4 million",
    "put Varga's share at 49.1 percent" ("at" and a number within eight words, a listing
    aside not counted: "put the full cost, including fares and a fine, at 30 million")?"""
    j, end = k + 1, min(k + 9, len(toks) - 1)
    while j < end:
        if toks[j].text == "," and _low(toks, j + 1) in _LISTING_OPENERS:
            close = next(
                (c for c in range(j + 2, min(j + 20, len(toks) - 1)) if _low(toks, c + 1) == "at"),
                None,
            )
            if close is None or toks[close].text != ",":
                return False
            j, end = close + 1, min(close + 3, len(toks) - 1)
            continue
        if (
            toks[j].text == ","
            and _low(toks, j - 1) in lx.RIVAL_COMPARATIVES
            and _low(toks, j + 1) == "at"
        ):
            j += 1  # "put the toll higher, at 16": the comparative, then the figure
            continue
        if toks[j].text in _CLAUSE_BREAKS or toks[j].text == ".":
            return False
        if toks[j].low == "at":
            nxt = toks[j + 1]
            return nxt.text[:1].isdecimal() or nxt.low in _AT_FIGURE
        j += 1
    return False


def _gives_figure(toks: list[Token], k: int) -> bool:
    """Is "gave" at ``k`` a source giving its reading: "gave a lower figure of 1,900 shops",
    "gave an estimate of 40 million" (a reading word, "of" and a number within five words),
    or announcing one it gives next: "The governor, Ramiro Ostal, gave a higher toll."
    (round 42: the speaker of the quotation that follows, "he told local radio", is then
    the governor, not the body that spoke before him)?"""
    j = k + 1
    if _low(toks, j) in ("a", "an"):
        j += 1
    if _low(toks, j) in ("much", "far", "slightly"):
        j += 1
    if (
        _low(toks, j) in lx.RIVAL_COMPARATIVES
        and _low(toks, j + 1) in lx.GIVEN_READINGS
        and (
            j + 2 >= len(toks)
            or toks[j + 2].text in (".", ";", ":")
            # "gave a smaller figure, saying 8 ...": the figure it gives next
            or (toks[j + 2].text == "," and _low(toks, j + 3) in ("saying", "putting"))
        )
    ):
        return True
    for j in range(k + 1, min(k + 6, len(toks) - 2)):
        if toks[j].text in _CLAUSE_BREAKS or toks[j].text == ".":
            return False
        if toks[j].low in lx.GIVEN_READINGS and toks[j + 1].low == "of":
            return toks[j + 2].text[:1].isdecimal() or toks[j + 2].low in _AT_FIGURE
    return False


#: How an aside between a speaker and its verb opens ("X, which runs ..., said").
_ASIDE_OPENERS = words("which who whose the a an its their however too also meanwhile")
_ASIDE_MAX = 20
#: Participles that open an aside about how a speaker spoke ("Ohlin, speaking to
#: parliament's defence committee in Halberg, said").
_ASIDE_PARTICIPLES = words("speaking writing testifying appearing addressing briefing")


#: Roles a named person is given before their name in an aside (besides ``_TITLES``).
_ROLES = words(
    """chairman chairwoman chair coordinator executive manager officer spokesperson
    secretary researcher doctor inspector representative negotiator lawyer attorney
    economist auditor engineer founder organiser organizer"""
)


def _before_aside(toks: list[Token], comma: int) -> list[Token]:
    """The speaker named before an aside that ends at ``comma`` ("X, which ..., said").

    Empty when the text before the aside is no noun phrase that starts its clause
    (a place or time "In Orlay, where ..., said" is no speaker).
    """
    p = comma - 1
    while p >= 0 and toks[p].text not in _CLAUSE_BREAKS:
        p -= 1
    aside = toks[p + 1 : comma]
    if p < 0 or toks[p].text != "," or not aside or len(aside) > _ASIDE_MAX:
        return []
    if (
        aside[0].low not in _ASIDE_OPENERS
        and not aside[0].text[:1].isupper()
        and aside[0].low not in _ASIDE_PARTICIPLES
    ):
        return []
    q = p - 1
    while q >= 0 and toks[q].text not in _CLAUSE_BREAKS:
        q -= 1
    if q >= 0 and toks[q].text not in (",", "—", "–", '"', "”"):
        return []
    name = toks[q + 1 : p]
    if not name or len(name) > 8:
        return []
    if (
        name[-1].low in _TITLES | _ROLES
        and len(aside) <= 4
        and all(t.text[:1].isupper() or t.text == "-" for t in aside)
        and aside[0].low not in _ASIDE_OPENERS
    ):
        # "the council's chairwoman, Helga Strom, said", "an NCPS spokeswoman, Dora
        # Kallis, told": the aside is the person who holds the role named before it.
        return aside
    first = name[0]
    if first.low in _PREPOSITIONS | {"on", "by", "after", "before", "when", "while", "as", "if"}:
        return []
    if not (first.low in ("the", "a", "an") or first.text[:1].isupper()):
        return []
    if any(t.low in _VERB_LIKE or t.text[:1].isdecimal() for t in name):
        return []
    return name


_SUBJECT_SKIP = frozenset({"the", "a", "an"})
#: (source, alias written in brackets, person name, resolved from memory)
_Resolved = tuple[str, str | None, str | None, bool]


def _commit(resolved: _Resolved, ctx: DocContext) -> None:
    src, alias, name, _ = resolved
    if alias:
        ctx.aliases[alias.lower()] = src
    if name and " " in name:
        ctx.aliases[name.split()[-1].lower()] = name
    if name:
        ctx.last_person_source = src
    else:
        ctx.last_body_source = src
        ctx.bodies.append(src)
    ctx.last_source = src


#: Heads of a body that names itself ("the ministry", "the prefecture"): such a phrase
#: refers back only to an earlier source of that kind.  Words any body may be called
#: ("the agency", "the office", "the service", "the authorities") are not among them.
_BODY_NOUNS = words(
    """ministry prefecture council institute commission court union association
    inspectorate regulator operator company firm authority"""
)


#: Conjunctions that open a clause inside the words before a say verb.
_CLAUSE_OPENERS = _SUBORDINATORS | words("as whereas")
#: Participles that open a phrase before a say verb that names nobody.
_PARTICIPLE_OPENERS = words(
    """based citing including following bringing taking raising pushing saying given
    according speaking"""
)
_DASHES = frozenset({"-", "—", "–"})


def _clean_source(tokens: list[Token], ctx: DocContext) -> _Resolved | None:
    toks = [t for t in tokens if t.low not in _ADVERBS]
    # "The agreement came as Ulmen's border agency said": the speaker is the subject of
    # the clause the conjunction opens.
    if any(t.text[:1].isdecimal() for t in toks):
        return None  # a figure before the verb: "held at 3.7% while the economy added jobs"
    cut = max((k for k, t in enumerate(toks) if t.low in _CLAUSE_OPENERS), default=-1)
    toks = toks[cut + 1 :]
    while toks and (
        toks[0].low in ("and", "but", "which", "who", "whom") or toks[0].text in _DASHES
    ):
        toks = toks[1:]
    # "Kelmar on Wednesday announced": the day is not part of the name
    if len(toks) >= 3 and toks[-2].low == "on" and toks[-1].low in lx.WEEKDAYS:
        toks = toks[:-2]
    if not toks or (
        not toks[0].text[:1].isupper()
        and (toks[0].low in lx.COMMON_VERBS or toks[0].low in _PARTICIPLE_OPENERS)
    ):
        return None  # "gave his name as ... and said", "based on the result sheets, put"
    if toks[-1].low in ("and", "or"):
        return None
    alias = None
    if len(toks) >= 3 and toks[-1].text == ")" and toks[-3].text == "(":
        alias = toks[-2].text
        toks = toks[:-3]
    if not toks:
        return None
    text_low = " ".join(t.low for t in toks)
    if (
        text_low in lx.ANAPHORIC_SOURCES
        or toks[0].low in ("they", "it", "we", "i", "he", "she", "you")
        or (
            len(toks) <= 3
            and toks[0].low in ("the", "this", "that")
            and all(not t.text[:1].isupper() for t in toks)
        )
    ):
        if toks[0].low in ("he", "she", "we", "i"):
            mem = ctx.last_person_source or ctx.last_source
        elif toks[0].low == "it":
            # "it said" is a body's word: not the spokeswoman quoted since
            mem = ctx.last_body_source or ctx.last_source
        else:
            mem = ctx.last_source
        named = _last_body_named(toks, ctx, mem)
        if named:
            # "the committee said" after the university's spokesman spoke is the
            # committee named earlier, not the last speaker.
            return named, None, None, True
        if mem and _names_another_body(toks, text_low, mem):
            # "But the city administration said 2,300 had got out" after the Red Cross
            # spoke: a body named with its own modifier is a new speaker, so a rival
            # reading is set against the first body's figure, not taken as its own.
            return _join([t.text for t in toks[1:]]), None, None, False
        if (
            mem
            and toks[0].low == "the"
            and toks[-1].low in _BODY_NOUNS
            and toks[-1].low not in mem.lower()
            and mem != ctx.last_person_source
        ):
            # "the prefecture said" after the unions spoke is the prefecture, not the
            # unions: a body refers back only to a source named as that body.
            return _join([t.text for t in toks[1:]]), None, None, False
        if mem and _another_kind_of_body(toks, mem):
            # "The government has said 11 workers died" after the labour inspectorate
            # spoke: a body of one kind does not refer back to a body of another.
            return _join([t.text for t in toks[1:]]), None, None, False
        if mem:
            return mem, None, None, True
        if toks[0].low in ("the", "this", "that") and len(toks) > 1:
            return _join([t.text for t in toks[1:]]), None, None, False  # "the regional governor"
        return None
    if len(toks) > 8 or any(t.text[:1].isdecimal() for t in toks):
        return None
    while toks and toks[0].low in _SUBJECT_SKIP:
        toks = toks[1:]
    if not toks or (
        not any(t.text[:1].isupper() for t in toks)
        and len([t for t in toks if t.text != "-"]) > (8 if _names_a_body(toks) else 6)
    ):
        return None
    name = _person_name(toks)
    src = name or _join([t.text for t in toks])
    key = src.lower()
    if key in ctx.aliases:
        src = ctx.aliases[key]
    elif len(toks) == 1:
        # A surname seen before in full: "Kirby" -> "John Kirby".
        for full in list(ctx.aliases.values()):
            if full.split()[-1].lower() == key:
                src = full
                break
    return (
        src,
        alias,
        name or (src if " " in src and src != _join([t.text for t in toks]) else None),
        False,
    )


def _last_body_named(toks: list[Token], ctx: DocContext, mem: str | None) -> str | None:
    """The body named earlier that a bare "the X" subject ("the committee", "the council")
    refers back to when the last speaker ``mem`` is not one.

    Round 79. Only for "the" and one head noun; the latest earlier body source whose last
    word is that head ("the organising committee", "Hesketh county council") is meant, so
    another body that spoke in between does not take the body's words. None when ``mem``
    is a person (a body's officer speaks for it), has the head among its words (it is the
    body meant), or no body of that head was named.
    """
    if len(toks) != 2 or toks[0].low != "the" or not mem or mem == ctx.last_person_source:
        # "the company said" after its chief executive spoke stays hers: the same side
        return None
    head = toks[1].low
    if head in re.split(r"[\s'’]+", mem.lower()):
        return None
    for src in reversed(ctx.bodies):
        if re.split(r"[\s'’]+", src.lower())[-1] == head:
            return src
    return None


def _names_another_body(toks: list[Token], text_low: str, mem: str) -> bool:
    """Does a lower-case "the X Y" subject of a say verb ("the city administration", "the
    city's governor", "the regional council") name a body other than the remembered
    source ``mem``?

    Called for a short lower-case phrase that would otherwise refer back to ``mem``. Yes
    when it has a word before its head, is no stock back-reference ("the general staff",
    "the intelligence service"), its head is not a word of ``mem`` ("the ministry" after
    "Valdria's defence ministry" stays the ministry). ``mem`` may be a person's name or
    a body's: "Red Cross" reads as a name.
    """
    if toks[0].low != "the" or len(toks) < 3 or text_low in lx.ANAPHORIC_SOURCES:
        return False
    head = toks[-1].low
    if head not in _SPEAKER_HEADS:
        return False  # "the ice had cracked", "the offer was": no speaker at all
    return head not in re.split(r"[\s'’]+", mem.lower())


#: Heads of a stock back-reference ("the army", "the general staff") that name one kind
#: of body; "the agency", "the office", "the group" may be any body's name.
_KIND_HEADS = words("army government military navy staff command ministry council institute")


def _another_kind_of_body(toks: list[Token], mem: str) -> bool:
    """Is the stock back-reference ``toks`` ("the government", "the general staff") a body
    of another kind than the remembered source ``mem``, itself named by a body word as
    its last ("labour inspectorate", "Conflict Monitoring Group")?

    Called after a say verb whose subject would refer back to ``mem``. A source named
    without such a word ("Valdria", "Graymark Coal", a person) may be the body meant.
    """
    if toks[0].low != "the" or toks[-1].low not in _KIND_HEADS:
        return False
    mem_words = re.split(r"[\s'’]+", mem.lower())
    # "the ministry" after the "ministry of public administration": the same body
    return mem_words[-1] in _SPEAKER_HEADS - _TITLES and toks[-1].low not in mem_words


#: Heads of a lower-case phrase that names a speaking body or its officer.
_SPEAKER_HEADS = (
    _ORG_WORDS
    | _BODY_NOUNS
    | _TITLES
    | words(
        """administration board bureau mission utility hospital coastguard guard guards
        federation chamber ombudsman prosecutor prosecutors coordinator chairman chairwoman
        exchange cooperative trust secretariat observers monitors"""
    )
)


def _names_a_body(toks: list[Token]) -> bool:
    """Does a lower-case phrase name a body or its official ("the regional office of an
    international health agency", "a senior official of the state audit office")?"""
    return any(t.low in _ORG_WORDS or t.low in _BODY_NOUNS or t.low == "official" for t in toks)


def _person_name(toks: list[Token]) -> str | None:
    """A person's name at the end of a role phrase: "spokesman John Kirby" -> "John Kirby"."""
    run: list[Token] = []
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.text[:1].isupper() or t.text == "-" or (k > 0 and toks[k - 1].text == "-"):
            run.insert(0, t)
        else:
            break
    if not run:
        return None
    before = toks[len(toks) - len(run) - 1].text if len(run) < len(toks) else ""
    if before.lower() in _PREPOSITIONS | {"the"}:
        return None  # "officials in the region of Odesa": a place, not a person
    if before in ("'", "’"):
        return None  # "The Drummel Jade Miners' Association": a body's name, no person
    lows = [t.low for t in run]
    if any(w in _ORG_WORDS for w in lows) or any("'" in w or "’" in w for w in lows):
        return None
    # Drop titles: "Ukrainian President Volodymyr Zelensky".
    last_title = max((k for k, w in enumerate(lows) if w in _TITLES), default=-1)
    run = run[last_title + 1 :]
    if len(run) < 1 or (len(run) == len(toks) and last_title < 0 and len(run) < 2):
        return None
    if any(country_at(run, k) for k in range(len(run))):
        return None
    return _join([t.text for t in run]) if run else None


def _join(words: list[str]) -> str:
    out = ""
    for w in words:
        if not out or w in ("'s", "’s", ")", ",", "-", "'", "’") or out.endswith(("-", "(")):
            out += w
        else:
            out += " " + w
    return out
