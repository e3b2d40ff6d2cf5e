"""Find quantity mentions in a tokenised sentence: numerals, scales, units, bounds, changes.

The scanner walks the tokens left to right. At each token it first asks the filters
whether the number is something that only looks like a quantity (a date, a year, an
ordinal, an identifier such as "KN-23", a calibre such as "122-mm", a phone number, a
score...); otherwise it parses the numeral, its scale, currency, unit and range, then the
bound and change cues around it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import lexicon as lx
from .lexicon import words
from .sentences import Token


@dataclass(slots=True)
class Mention:
    """A quantity found in a sentence, before its frame (about, source...) is filled."""

    first: int  # index of the first token of the mention (cue included)
    num_first: int  # index of the first token of the numeral (currency sign included)
    last: int  # index after the last token (unit included)
    value: float | None
    low: float | None
    high: float | None
    bound: str = "exact"
    unit: str | None = None
    dim: str | None = None  # "money", "ratio", "length", ..., None for counts
    vague: bool = False
    change: str | None = None
    change_is_delta: bool = False
    fraction: bool = False
    strong: bool = False  # "1.28 million-strong army"
    estimated: bool = False  # "an estimated 5,000"
    scope_duration: bool = False  # "over the past 24 hours": scope, not a claim
    #: Index (in the sentence's mentions) of a figure about the same thing: "rose 12 basis
    #: points to 4.87%", "fell 533 points, or 1.6%" (the frame is shared, the metric is not).
    about_from: int | None = None
    #: ``about_from`` only fills in a missing subject ("8% in 2022 and 4.1% in 2023").
    about_weak: bool = False
    #: Index (in the sentence's mentions) of the figure this one is an earlier level of:
    #: "fell to 2.4% from 2.9%", "rose from 35 to 40" - same quantity, same metric.
    same_as: int | None = None


_DIGITS = re.compile(
    r"^\d+(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?$"
)
_THIN_SPACES = str.maketrans("", "", ",\u00a0\u202f\u2009")
_HAS_DIGIT = re.compile(r"^\d")
_ALPHA = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*$")
_YEAR_PREPS = words(
    """in since by of until till from between during before after early late mid end
    start beginning spring summer autumn fall winter year fiscal fy through and to the
    march may"""
)
#: Words before "-23" that are not model names ("mid-2024", "fifty-five").
_NOT_MODEL_PREFIX = (
    lx.SMALL_NUMBERS.keys()
    | lx.TENS.keys()
    | lx.SCALE_WORDS.keys()
    | lx.VAGUE_WORDS.keys()
    | {"mid", "pre", "post", "late", "early", "magnitude", "record", "multi", "over", "under"}
)
#: Words between two figures that start a new clause (so a change does not carry over).
_VERBISH = lx.words("is was were are be been has have had will would said says while but whereas")
_COMPARATIVES = lx.words(
    """as more higher larger bigger greater less lower smaller faster slower the that what
    over its their his her our"""
)
_ORDINAL_WORDS = lx.words("first second third fourth fifth sixth seventh eighth ninth")
_FRACTION_LEADS = lx.words("by about nearly roughly almost than around some over under just")
_LEVEL_CUES = lx.words("above below past beyond under topped exceeded surpassed")
_RECORD_WORDS = lx.words("high highs low lows record peak best worst")
_CHANGE_FILLERS = lx.words("a an another record further additional whopping staggering")
_SCOPE_WORDS = frozenset({"past", "last", "next", "previous", "coming"})
_WEAPON_NOUNS = words(
    """shells shell rounds round howitzers howitzer guns gun artillery ammunition ammo
    mortars mortar rockets rocket cannon cannons rifles rifle bullets bullet cartridges
    calibre caliber launchers launcher"""
)
_NOT_CALIBRE_NEXT = words(
    """of long wide deep high tall thick away in from across per a an the and or to"""
)
_PHONE_FORMS = (
    r"(?<![\w,.])(?:\+\d{1,3}[\s.-]?|1-)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}"
    r"(?![\w]|,\d)"
    # "1-800-555-0142", "0800-100-200": three or more hyphenated digit groups
    r"|(?<![\w,.])\d{1,4}(?:-\d{2,4}){2,}(?![\w]|,\d)"
    # "13 13 88", "0800 555 123": three or more space-separated short groups
    r"|(?<![\w,.])\d{2,4}(?: \d{2,4}){2,}(?![\w]|[,.]\d)"
)
#: Every form starts with a digit, "+" or "(": the lookahead lets the engine pass other
#: positions without trying the three forms (same matches, about 3x faster).
_PHONE = re.compile(r"(?=[\d+(])(?:" + _PHONE_FORMS + ")")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b\S+\.(?:com|org|net|gov)/\S*")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.+Z-]+)?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
#: What every _URL / _ISO_DATE match contains: a window without it is not searched (the
#: "\S+@" and "\b\S+\." forms backtrack over every word).
_URL_HINT = re.compile(r"://|www\.|@|\.(?:com|org|net|gov)/")
_DATE_HINT = re.compile(r"\d[-/]\d")
#: One-letter units are case sensitive: "5g" is grams, "5G" a network; "45C" is Celsius.
_CASED_UNITS = {"g": "g", "m": "m", "t": "t", "c": "C", "f": "F"}
_SERVICE_NOUNS = frozenset({"service", "services", "number", "line", "call", "calls", "centre"})
#: Verbs whose object is a phone number: "call 311", "dial 112".
_CALL_VERBS = frozenset({"call", "calls", "calling", "called", "dial", "dialling", "dialing"})
#: Words after a number that still let it be a number dialled ("call 311 for help").
_AFTER_DIALLED = frozenset({"for", "or", "to", "and", "if", "from", "with", "free"})


def _dialled(toks: list[Token], i: int) -> bool:
    """Is the number at ``i`` a phone number: the object of a call verb ("call 311",
    "call the police on 991", "dial 112") or the value of a hotline ("its hotline,
    1566")?  Not when a noun follows it ("called 40 witnesses")."""
    nxt = _low(toks, i + 1)
    if nxt and nxt[:1].isalpha() and nxt not in _AFTER_DIALLED:
        return False
    prev, prev2 = _low(toks, i - 1), _low(toks, i - 2)
    if prev in _CALL_VERBS:
        return True
    if prev == "," and prev2 in lx.PHONE_SERVICES | {"number"}:
        return True
    if prev == "on" and any(_low(toks, k) in _CALL_VERBS for k in range(max(0, i - 5), i - 1)):
        return True
    return prev in lx.PHONE_SERVICES - {"emergency"}


_TIME_OF_DAY = frozenset(
    {"a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs", "o'clock", "est", "et", "noon", "midnight"}
)
#: Lower-case particles inside a street's name: "1110 Ponce de Leon Avenue".
_NAME_PARTICLES = frozenset({"de", "del", "la", "le", "da", "di", "do", "dos", "das", "van", "von"})


#: Cheap pre-check: every masked pattern has two digits in a row, a URL prefix or an "@".
_ANY_MASKABLE = re.compile(r"\d\d|www\.|://|@")
#: Words that can start a mention; any other token without a digit is skipped at once.
_STARTERS = (
    lx.SMALL_NUMBERS.keys()
    | lx.TENS.keys()
    | lx.VAGUE_WORDS.keys()
    | lx.VAGUE_QUANTIFIERS.keys()
    | lx.FOLD_WORDS.keys()
    | {"a", "half", "dozen"}
)
#: Left bound phrases grouped by their last word, so only a few are compared per mention.
_LEFT_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _bound in lx.LEFT_BOUNDS:
    _LEFT_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _bound))
_MULTI_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
for _mw, _unit in lx.MULTIWORD_UNITS.items():
    _MULTI_BY_FIRST.setdefault(_mw[0], []).append((_mw, _unit))


def masked_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans inside which no quantity is read (URLs, phones, ISO dates)."""
    if not _ANY_MASKABLE.search(text, start, end):
        return []
    spans: list[tuple[int, int]] = []
    if _URL_HINT.search(text, start, end):
        spans.extend(m.span() for m in _URL.finditer(text, start, end))
    spans.extend(m.span() for m in _PHONE.finditer(text, start, end))
    if _DATE_HINT.search(text, start, end):
        spans.extend(m.span() for m in _ISO_DATE.finditer(text, start, end))
    return spans


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def _low(toks: list[Token], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def _is_alpha(tok: Token) -> bool:
    return bool(_ALPHA.match(tok.text))


# --------------------------------------------------------------------------- numerals


def _parse_digits(toks: list[Token], i: int, money: bool) -> tuple[float, int] | None:
    """Digits with separators and decimals, then an optional scale ("1.28 million", "35k")."""
    t = toks[i]
    if not _DIGITS.match(t.text):
        return None
    value = float(t.text.translate(_THIN_SPACES))
    j = i + 1
    if (
        j + 1 < len(toks)
        and toks[j].text == "-"
        and toks[j + 1].low in lx.SCALE_WORDS
        and _adjacent(t, toks[j])
    ):
        j += 1  # "a 1.5-million-strong army", "$1.2-billion deal"
    if j < len(toks):
        w = toks[j].low
        if w in lx.SCALE_WORDS:
            value *= lx.SCALE_WORDS[w]
            j += 1
            while j < len(toks) and toks[j].low in lx.SCALE_WORDS:  # "hundred thousand"
                value *= lx.SCALE_WORDS[toks[j].low]
                j += 1
        elif w in lx.SCALE_ABBREV and (_adjacent(t, toks[j]) or w in ("bn", "mn", "tn")):
            if w == "m" and not money and not _m_is_million(toks, j):
                return value, j  # "5m" without money or a counted noun: metres
            if w == "b" and not money:
                return value, j
            value *= lx.SCALE_ABBREV[w]
            j += 1
        elif w == "dozen":
            value *= 12
            j += 1
    return value, j


def _m_is_million(toks: list[Token], j: int) -> bool:
    nxt = _low(toks, j + 1)
    return bool(nxt) and nxt.isalpha() and nxt.endswith("s") and nxt not in lx.UNITS


def _parse_words(toks: list[Token], i: int) -> tuple[float, int] | None:
    """Number words: "fifty-seven", "two hundred and fifty", "a dozen", "half a million"."""
    total = 0.0
    current = 0.0
    seen = False
    j = i
    n = len(toks)
    if toks[i].low == "half" and _low(toks, i + 1) == "a" and _low(toks, i + 2) in lx.SCALE_WORDS:
        return 0.5 * lx.SCALE_WORDS[toks[i + 2].low], i + 3
    while j < n:
        w = toks[j].low
        if w in lx.SMALL_NUMBERS:
            if seen and current % 100 != 0 and current < 100 and total == 0 and current >= 1:
                break  # "two three": two separate numbers
            current += lx.SMALL_NUMBERS[w]
            seen = True
            j += 1
        elif w in lx.TENS:
            if _low(toks, j + 1) == "-" and _low(toks, j + 2) in _ORDINAL_WORDS:
                return None  # "the twenty-first century"
            current += lx.TENS[w]
            seen = True
            j += 1
            if (
                j + 1 < n
                and toks[j].text == "-"
                and _adjacent(toks[j - 1], toks[j])
                and toks[j + 1].low in lx.SMALL_NUMBERS
                and 0 < lx.SMALL_NUMBERS[toks[j + 1].low] < 10
            ):
                current += lx.SMALL_NUMBERS[toks[j + 1].low]
                j += 2
        elif (
            w == "a"
            and not seen
            and _low(toks, j + 1)
            in ("hundred", "thousand", "million", "billion", "trillion", "dozen")
        ):
            current = 1
            j += 1
        elif w == "hundred" and (seen or current):
            current = max(current, 1) * 100
            seen = True
            j += 1
        elif w in lx.SCALE_WORDS and w != "hundred" and (seen or current):
            total += max(current, 1) * lx.SCALE_WORDS[w]
            current = 0
            seen = True
            j += 1
        elif w == "dozen" and (seen or current):
            current = max(current, 1) * 12
            seen = True
            j += 1
        elif w == "and" and seen:
            if _low(toks, j + 1) == "a" and _low(toks, j + 2) == "half":
                current += 0.5
                j += 3
            elif _low(toks, j + 1) in lx.SMALL_NUMBERS or _low(toks, j + 1) in lx.TENS:
                if total == 0 and current < 100:
                    break  # "two and three" is a list, not "two hundred and three"
                j += 1
            else:
                break
        elif w == "-" and seen and _low(toks, j + 1) in lx.SCALE_WORDS:
            j += 1
        else:
            break
    if not seen:
        return None
    # Do not swallow a trailing "and" or hyphen.
    while j > i and toks[j - 1].low in ("and", "-"):
        j -= 1
    return total + current, j


def _parse_fraction(toks: list[Token], i: int) -> tuple[float, int] | None:
    """ "half of", "a third of", "two-thirds", "three quarters", "one in five", "3/4"."""
    w = toks[i].low
    nxt = _low(toks, i + 1)
    if w == "half" and nxt in ("of", "the", "their", "its", "his", "her", "our", "all"):
        if _low(toks, i - 1) in ("first", "second") and nxt == "of":
            return None  # "in the first half of next year": a stretch of time
        return 0.5, i + 1
    if w in ("a", "one") or w in lx.SMALL_NUMBERS:
        num = 1.0 if w == "a" else float(lx.SMALL_NUMBERS.get(w, 1))
        j = i + 1
        if nxt == "-" and _adjacent(toks[i], toks[j]):
            j += 1
        frac = _low(toks, j)
        if frac in lx.FRACTION_WORDS:
            after = _low(toks, j + 1)
            plural = frac.endswith("s")
            if w == "a" and plural:
                return None
            if w == "a" and _low(toks, i - 1) in _FRACTION_LEADS:
                return num * lx.FRACTION_WORDS[frac], j + 1  # "fell by a third in the week"
            # "a third of", "one quarter." - a singular needs "of" or an end to be a fraction
            # ("one third-party"); a plural after a number word always is ("two-thirds").
            if plural or after in ("of", "", ".", ",", ";", "and", "to", "or"):
                return num * lx.FRACTION_WORDS[frac], j + 1
    if w == "one" or w in lx.SMALL_NUMBERS or toks[i].text.isdecimal():
        # "one in five", "one-in-five", "1 in 10"
        num = float(lx.SMALL_NUMBERS.get(w, 0) or (toks[i].text.isdecimal() and int(toks[i].text)))
        j = i + 1
        if _low(toks, j) == "-":
            j += 1
        if _low(toks, j) == "in":
            j += 1
            if _low(toks, j) == "-":
                j += 1
            d = _low(toks, j)
            den = float(lx.SMALL_NUMBERS.get(d, 0) or (d.isdecimal() and int(d)) or 0)
            spelled = toks[j - 1].text == "-" or _low(toks, i + 1) == "in"
            if den > num > 0 and spelled and (not toks[i].text.isdecimal() or den <= 1000):
                return num / den, j + 1
    if (
        _HAS_DIGIT.match(toks[i].text)
        and nxt == "/"
        and i + 2 < len(toks)
        and toks[i + 2].text.isdecimal()
        and _adjacent(toks[i], toks[i + 1])
        and _adjacent(toks[i + 1], toks[i + 2])
        and _low(toks, i + 3) != "/"
    ):
        a, b = float(toks[i].text.replace(",", "") or 0), float(toks[i + 2].text)
        if 0 < a < b <= 12:
            return a / b, i + 3
    return None


def _parse_vague(toks: list[Token], i: int) -> tuple[float, float, float, int] | None:
    """ "thousands", "tens of thousands", "several hundred", "a few dozen"."""
    w = toks[i].low
    j = i
    if w in lx.VAGUE_WORDS and w != "tens":
        value, low, high = lx.VAGUE_WORDS[w]
        j = i + 1
    elif w == "tens" and _low(toks, i + 1) == "of" and _low(toks, i + 2) in lx.VAGUE_WORDS:
        value, low, high = 10.0, 20.0, 99.0
        j = i + 1
    elif w in lx.VAGUE_QUANTIFIERS or (w == "a" and _low(toks, i + 1) in ("few", "couple")):
        k = i + 1 if w == "a" else i
        q = toks[k].low
        k += 1
        if q == "couple" and _low(toks, k) == "of":
            k += 1
        scale = _low(toks, k)
        if scale == "dozen":
            base = 12.0
        elif scale in lx.SCALE_WORDS:
            base = lx.SCALE_WORDS[scale]
        else:
            return None
        lo_m, hi_m = lx.VAGUE_QUANTIFIERS[q]
        return lo_m * base, lo_m * base, hi_m * base, k + 1
    else:
        return None
    # "hundreds of thousands", "tens of millions"
    while _low(toks, j) == "of" and _low(toks, j + 1) in ("thousands", "millions", "billions"):
        base = lx.VAGUE_WORDS[toks[j + 1].low][0]
        value, low, high = value * base, low * base, (high + 1) * base - 1
        j += 2
    return value, low, high, j


# --------------------------------------------------------------------------- filters


#: After "under-N" / "over-N": words that make N a quantity, not an age band ("under-5
#: percent", "over-10 million").
_NOT_AGE_NEXT = frozenset({"%", "percent", "per", "cent"})


def age_group(toks: list[Token], i: int) -> bool:
    """Is the number at ``i`` the age in a hyphenated age-band label: "the under-17 team",
    "under-21s", "voting by post for over-75s"?

    Called when a word and a hyphen are glued to the number. The band names a group of
    people, not a count of anything; a scale, unit or percent after it ("over-10
    million") keeps it a figure.
    """
    if i < 2 or not (_adjacent(toks[i - 2], toks[i - 1]) and _adjacent(toks[i - 1], toks[i])):
        return False
    t, word = toks[i], toks[i - 2].low
    if word not in ("under", "over") or toks[i - 1].text not in ("-", "‑"):
        return False
    if not t.text.isdecimal() or len(t.text) > 2:
        return False
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return nxt not in _NOT_AGE_NEXT and nxt not in lx.SCALE_WORDS and nxt not in lx.UNITS


def _skip_reason(
    toks: list[Token], i: int, sentence_has_score_words: bool, title: list[bool] | None = None
) -> str | None:
    """Why the digit token at ``i`` is not a quantity, or None when it may be one."""
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    prev2 = toks[i - 2] if i > 1 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    nxt2 = toks[i + 2] if i + 2 < len(toks) else None
    if t.text.count(".") > 1:
        return "identifier"  # version numbers, "1.2.3"
    if "," in t.text and not _DIGITS.match(t.text):
        return "list"
    if nxt is not None and _adjacent(t, nxt):
        if nxt.low in lx.ORDINAL_SUFFIXES:
            return "ordinal"
        if nxt.low == "s" and (len(t.text) == 4 or len(t.text) == 2) and t.text.endswith("0"):
            return "decade"
        if (
            nxt.text == ":"
            and nxt2 is not None
            and nxt2.text[:1].isdecimal()
            and _adjacent(nxt, nxt2)
        ):
            return "time"
        if nxt.text == "/" and nxt2 is not None and nxt2.text.isdecimal():
            return "date"
        if nxt.low in _CASED_UNITS and nxt.text != _CASED_UNITS[nxt.low]:
            return "identifier"
        if (
            nxt.low == "x"
            and nxt2 is not None
            and nxt2.text[:1].isdecimal()
            and _adjacent(nxt, nxt2)
        ):
            return "identifier"  # "4x4", "2x2"
        if (
            _is_alpha(nxt)
            and nxt.low not in lx.UNITS
            and nxt.low not in lx.SCALE_ABBREV
            and nxt.low not in lx.ORDINAL_SUFFIXES
            and nxt.low not in ("s", "x")
        ):
            return "identifier"  # "5G", "2S19"
    if prev is not None and _adjacent(prev, t):
        if (
            _is_alpha(prev)
            and prev.low not in lx.CURRENCY_PREFIX
            and not (prev.low in lx.GLUED_PREFIX and _scale_follows(toks, i))
        ):
            return "identifier"  # "A320", "MH17" (but "R2.5 billion" is rand)
        if prev.text in ("-", "‑", "/", ":", ".") and prev2 is not None and _adjacent(prev2, prev):
            if age_group(toks, i):
                return "age-group"  # round 75: "under-17 side", "the over-65s"
            if _is_alpha(prev2) and prev2.low not in _NOT_MODEL_PREFIX:
                return "identifier"  # "KN-23", "Il-76", "Bulsae-4"
            if prev2.text[:1].isdecimal():
                return "date-or-code"  # second half of "2024-10-18" or an unparsed pair
        if prev.text == "#":
            return "identifier"
    if prev is not None:
        if (
            (
                (prev.text[:1].isupper() and prev.low in lx.DESIGNATORS)
                or prev.low in lx.LOWER_DESIGNATORS
            )
            and (nxt is None or nxt.low not in ("%", "percent", "per"))
            and not _scale_follows(toks, i)
        ):
            # round 62: no designator is "310 million" ("the toll motorway 310 million euros")
            return "identifier"  # "Section 427", "Flight 17", "page 12"
        if _is_alpha(prev) and prev.text[:1].islower() and any(c.isupper() for c in prev.text):
            return "identifier"  # "iOS 17", "iPhone 15"
        if (
            prev.text.isupper()
            and len(prev.text) > 1
            and _is_alpha(prev)
            and prev2 is not None
            and prev2.text.isdecimal()
        ):
            return "identifier"  # "737 MAX 9"
        if (
            len(prev.text) == 1
            and prev.text.isupper()
            and prev.text not in ("A", "I")
            and not (prev.low in lx.GLUED_PREFIX and _adjacent(prev, t) and _scale_follows(toks, i))
        ):
            return "identifier"  # "S&P 500", "Plan B 2" (but "R2.5 billion" is rand)
        if prev.text in ("§", "¶", "#", "№"):
            return "identifier"  # "18 U.S.C. § 1001"
        if (
            "." in prev.text
            and prev.text[:1].isupper()
            and prev.low not in lx.COUNTRIES
            and prev.low not in lx.DEMONYMS
        ):
            return "identifier"  # "H.R. 815"
        if (
            prev.text == "."
            and prev2 is not None
            and len(prev2.text) == 1
            and prev2.text.isupper()
            and prev2.text not in ("A", "I")
        ):
            return "identifier"  # "S. 2226"
        if (
            _is_alpha(prev)
            and prev.text[:1].isupper()
            and i >= 2
            and (toks[i - 2].text[:1].isdecimal() or toks[i - 2].low in lx.SMALL_NUMBERS)
        ):
            return "identifier"  # "14 Leopard 2 tanks": a model number after a count
        if prev.text == "." and prev2 is not None and prev2.low in ("no", "p", "pp", "nos"):
            return "identifier"
        if (
            prev.low in lx.MONTHS
            or (prev.text == "." and prev2 is not None and prev2.low in lx.MONTHS)
        ) and (prev.low != "may" or prev.text == "May"):
            return "date"
    if t.text.isdecimal() and _dialled(toks, i):
        return "phone"  # "call 311", "call the police on 991", "its hotline, 1566"
    if nxt is not None:
        nl = nxt.low
        if nxt.text[:1].isupper() and nl in lx.UNIT_NAMES and t.text.isdecimal():
            return "identifier"  # "the 7 Division hospital" (a count is "7 divisions")
        if (
            nl in lx.PHONE_SERVICES
            and t.text.isdecimal()
            and (nl != "emergency" or _low(toks, i + 2) in _SERVICE_NOUNS)
            and _low(toks, i + 2) != "calls"
        ):
            # "the 112 emergency service", "a 1122 hotline"; but round 62: the plural
            # "calls" after it counts them ("400 emergency calls", "900 hotline calls")
            return "phone"
        if nl == "call" and t.text.isdecimal() and t.text != "1":
            # "within four minutes of the 911 call", "a 999 call": the singular after a
            # number above one is the number dialled ("3,000 calls" stays a count)
            return "phone"
        if (
            nl in lx.MONTHS
            and (nl != "may" or nxt.text == "May")
            and t.text.isdecimal()
            and int(t.text) <= 31
        ):
            return "date"
        if nl in _TIME_OF_DAY or (nl in ("a", "p") and nxt2 is not None and nxt2.text == "."):
            return "time"
    if (
        nxt is not None
        and nxt.text in ("-", "–")
        and _adjacent(t, nxt)
        and (
            (nxt2 is not None and nxt2.text == t.text)  # "a 50-50 joint venture"
            or (_low(toks, i + 2) in ("for", "to", "in") and _low(toks, i + 3) == "-")
        )
    ):
        return "ratio-name"  # "a 1-for-10 reverse split"
    if (
        prev is not None
        and prev.low == "to"
        and prev2 is not None
        and prev2.text.isdecimal()
        and t.text.isdecimal()
        and _low(toks, i - 3) in ("by", "voted", "vote", "passed", "won", "lost", "beat")
        and int(t.text) < int(prev2.text)
    ):
        return "score"
    if nxt is not None and nxt.low in ("u.s.c.", "c.f.r.", "u.s.c", "usc", "cfr"):
        return "identifier"  # "18 U.S.C."
    if (
        nxt is not None
        and nxt.low == "to"
        and nxt2 is not None
        and nxt2.text.isdecimal()
        and t.text.isdecimal()
        and prev is not None
        and prev.low in ("by", "voted", "vote", "passed", "won", "lost", "beat")
        and int(nxt2.text) < int(t.text)
    ):
        return "score"  # "passed by 311 to 112"
    if nxt is not None and nxt.low in ("min", "minute") and _low(toks, i + 2) == "read":
        return "boilerplate"  # "5 min read"
    if (
        t.text.isdecimal()
        and len(t.text) == 4
        and 1800 <= int(t.text) <= 2100
        and not _year_is_count(toks, i)
    ):
        return "year"
    if t.text.isdecimal() and nxt is not None and nxt.text[:1].isupper():
        # "10 Downing Street", "1600 Pennsylvania Avenue"
        k = i + 1
        while (
            k < len(toks)
            and (toks[k].text[:1].isupper() or toks[k].low in _NAME_PARTICLES)
            and k - i <= 5
        ):
            if toks[k].low in lx.STREET_WORDS and k > i + 1:
                return "address"
            k += 1
    if (
        prev is not None
        and t.text.isdecimal()
        and len(t.text) <= 4
        and _is_alpha(prev)
        and prev.text[:1].isupper()
        and i >= 2
        and prev.low not in lx.MONTHS
        and prev.low not in lx.WEEKDAYS
        and prev.low not in lx.LEFT_BOUND_WORDS
        and prev.low not in lx.DEMONYMS
        and prev.low not in lx.COUNTRIES
        and not _title_memo(toks, title)
        and (nxt is None or not _is_alpha(nxt) or nxt.text[:1].isupper() or _singular(nxt))
        and (nxt is None or (nxt.low not in lx.UNITS and nxt.low not in lx.SCALE_WORDS))
    ):
        return "identifier"  # "Apollo 11 mission", "Pixel 8 launch", "Python 3"
    if (
        nxt is not None
        and nxt.text in ("-", "–")
        and nxt2 is not None
        and nxt2.text.isdecimal()
        and t.text.isdecimal()
        and len(t.text) <= 3
        and len(nxt2.text) <= 3
        and _low(toks, i + 3) not in lx.UNITS
        and (sentence_has_score_words or int(t.text) > int(nxt2.text))
    ):
        return "score"  # "won 3-1", "passed 219-211": a descending pair is never a range
    return None


def _title_memo(toks: list[Token], memo: list[bool] | None) -> bool:
    """:func:`_title_case`, computed at most once per sentence (``memo`` holds it)."""
    if memo is None:
        return _title_case(toks)
    if not memo:
        memo.append(_title_case(toks))
    return memo[0]


def _title_case(toks: list[Token]) -> bool:
    """A headline in title case, where capitals say nothing about names."""
    alpha = [t for t in toks if len(t.text) > 3 and t.text.isalpha()]
    return len(alpha) >= 5 and sum(t.text[:1].isupper() for t in alpha) > 0.75 * len(alpha)


def _singular(tok: Token) -> bool:
    """A lower-case word that is not a plural noun (so not what a bare number counts)."""
    w = tok.low
    return tok.text.islower() and not w.endswith("s") and w not in lx.NOUN_CLASSES


def _year_is_count(toks: list[Token], i: int) -> bool:
    """A four-digit number in 1800-2100 is a year unless money, unit or a counted noun follow."""
    prev = _low(toks, i - 1)
    if prev in lx.CURRENCY_PREFIX or prev in ("about", "around", "some", "nearly", "almost"):
        return True
    if prev in ("least", "than", "to", "of") and _low(toks, i - 2) in ("at", "more", "up", "than"):
        return True
    nxt = _low(toks, i + 1)
    if nxt in lx.UNITS or nxt in lx.SCALE_WORDS or nxt in lx.CURRENCY_WORDS:
        return True
    return bool(nxt in lx.NOUN_CLASSES and prev not in _YEAR_PREPS)


# --------------------------------------------------------------------------- units


def _currency_before(toks: list[Token], i: int) -> tuple[str, int] | None:
    """Currency written before the number: "$", "US$", "€", "USD " (returns code, first index)."""
    if i == 0:
        return None
    p = toks[i - 1]
    if p.text == "$" and i >= 2 and _adjacent(toks[i - 2], p):
        code = toks[i - 2].low + "$"
        if code in lx.CURRENCY_PREFIX:
            return lx.CURRENCY_PREFIX[code], i - 2
    if p.low in lx.CURRENCY_PREFIX and (
        not _is_alpha(p) or p.text.isupper() or p.low in lx.TITLE_CASE_PREFIX
    ):
        return lx.CURRENCY_PREFIX[p.low], i - 1
    if (
        p.low in lx.GLUED_PREFIX
        and p.text[:1].isupper()
        and _adjacent(p, toks[i])
        and (i < 2 or not _is_alpha(toks[i - 2]) or toks[i - 2].end < p.start)
        and _scale_follows(toks, i)
    ):
        return lx.GLUED_PREFIX[p.low], i - 1  # "R2.5 billion", "Sh2bn"
    return None


#: Every scale word, written out or abbreviated ("billion", "bn", "m").
_SCALES = frozenset(lx.SCALE_WORDS.keys() | lx.SCALE_ABBREV.keys())


def _scale_follows(toks: list[Token], i: int) -> bool:
    """Is the number at ``i`` followed by a scale word ("2.5 billion", "2bn")?"""
    return any(_low(toks, k) in _SCALES for k in (i + 1, i + 2))


def _near_money_words(toks: list[Token], k: int) -> bool:
    return any(t.low in lx.MONEY_CONTEXT for t in toks[max(0, k - 8) : k + 4])


def _unit_after(toks: list[Token], j: int, scaled: bool) -> tuple[str, str, int] | None:
    """Unit or currency word right after the numeral: returns (unit, dimension, next index)."""
    if j >= len(toks):
        return None
    k = j
    if toks[k].text == "-" and k + 1 < len(toks):  # "9-kilometre", "122-mm"
        k += 1
    w = toks[k].low
    for phrase, (unit, dim) in _MULTI_BY_FIRST.get(w, ()):
        n = len(phrase)
        if tuple(t.low for t in toks[k : k + n]) == phrase:
            return unit, dim, k + n
    if w == "times" and _low(toks, k + 1) not in _COMPARATIVES:
        return None  # "struck more than 1,000 times": occurrences, not a ratio
    if w == "°":
        return "deg", "temperature", k + 1
    if w in lx.CURRENCY_WORDS and (w not in lx.AMBIGUOUS_CURRENCY or scaled):
        return lx.CURRENCY_WORDS[w], "money", k + 1
    if w in lx.MONEY_IF_NEAR and (scaled or "." in toks[k - 1].text or _near_money_words(toks, k)):
        return lx.MONEY_IF_NEAR[w], "money", k + 1  # "11.44 pounds an hour", "fined 70,000 crowns"
    named = _named_currency(toks, k)
    if named is not None:
        return named
    if w in lx.UNITS:
        if w in _CASED_UNITS and toks[k].text != _CASED_UNITS[w]:
            return None
        if w in ("m", "g", "t", "mi", "in", "ha", "mb", "c", "f", "x") and not _adjacent(
            toks[k - 1], toks[k]
        ):
            return None  # a lone letter after a space is a word, not a unit
        unit, dim = lx.UNITS[w]
        if w == "%" or w == "percent":
            return "%", "ratio", k + 1
        return unit, dim, k + 1
    if w == "-" or k != j:
        return None
    return None


def _named_currency(toks: list[Token], k: int) -> tuple[str, str, int] | None:
    """A currency named by a country adjective at ``k``: "Swedish crowns", "Hong Kong
    dollars", "CFA francs" (returns code, "money", next index)."""
    for width in (1, 2):
        end = k + width
        if end >= len(toks) or not all(t.text[:1].isupper() for t in toks[k:end]):
            return None
        w = toks[end].low
        code = lx.CURRENCY_WORDS.get(w) or lx.MONEY_IF_NEAR.get(w)
        if code is not None and toks[end].text.islower():
            adjective = " ".join(t.low for t in toks[k:end])
            return lx.CURRENCY_ADJECTIVES.get(adjective, code), "money", end + 1
    return None


# --------------------------------------------------------------------------- scanner


def find_mentions(toks: list[Token], masked: list[tuple[int, int]]) -> list[Mention]:
    """All quantity mentions in one sentence's tokens, in order."""
    lows = [t.low for t in toks]
    has_score_words = any(w in lx.SCORE_CONTEXT for w in lows)
    title: list[bool] = []  # filled on first use
    out: list[Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if not t.text[0].isdecimal() and t.low not in _STARTERS:
            i += 1
            continue
        if masked and any(a <= t.start < b for a, b in masked):
            i += 1
            continue
        m = _mention_at(toks, i, has_score_words, title)
        if m is None:
            i += 1
            continue
        if isinstance(m, int):
            i = m  # skipped span (ordinal, date...)
            continue
        out.append(m)
        i = max(m.last, i + 1)
    _carry_money(toks, out)
    _link_changes(toks, out)
    return _drop_restatements(toks, out)


#: Words after a number that end in "s" without being a plural noun it counts.
_NOT_PLURAL = frozenset(
    {"as", "was", "is", "has", "this", "its", "his", "us", "says", "plus", "less"}
)


def _carry_money(toks: list[Token], mentions: list[Mention]) -> None:
    """A bare scaled amount soon after a money figure is money in the same currency:
    "4.9 billion euros, not 3.6 billion as the ministry reported", "40 million euros, up
    from 25 million". Without this the rival figure keys as a count and never meets the
    figure it disputes."""
    for n, (p, m) in enumerate(itertools.pairwise(mentions)):
        if p.dim != "money" or m.dim is not None or m.unit is not None or m.fraction:
            continue
        if _low(toks, m.last - 1) not in _SCALES:
            continue
        if m.first - p.last > 10 or any(t.text in ";:" for t in toks[p.last : m.first]):
            continue
        nxt = toks[m.last] if m.last < len(toks) else None
        if nxt is not None and _is_alpha(nxt):
            w = nxt.low
            if w in lx.NOUN_CLASSES or (w.endswith("s") and w not in _NOT_PLURAL):
                continue  # "12 million euros and 3 million doses": a count of its own
        m.unit, m.dim = p.unit, "money"
        if m.about_from is None:
            m.about_from = n  # what the money is for is the earlier figure's


def _mention_at(
    toks: list[Token], i: int, has_score_words: bool, title: list[bool] | None = None
) -> Mention | int | None:
    t = toks[i]
    w = t.low
    first_char = t.text[:1]
    money = _currency_before(toks, i)
    value: float | None
    low: float | None = None
    high: float | None = None
    vague = False
    fraction = False
    if first_char.isdecimal():
        reason = _skip_reason(toks, i, has_score_words, title)
        if reason is not None:
            if reason in ("ordinal", "decade"):
                return i + 2
            return i + 1
        frac = _parse_fraction(toks, i)
        if frac is not None:
            value, j = frac
            fraction = True
        else:
            parsed = _parse_digits(toks, i, money is not None)
            if parsed is None:
                return None
            value, j = parsed
    elif w in lx.VAGUE_WORDS or w in lx.VAGUE_QUANTIFIERS or w == "a":
        vg = _parse_vague(toks, i)
        if vg is None:
            if w != "a":
                return None
            return _word_mention(toks, i, money)
        value, low, high, j = vg
        vague = True
    elif w in lx.SMALL_NUMBERS or w in lx.TENS or w == "half" or w == "dozen":
        return _word_mention(toks, i, money)
    elif w in lx.FOLD_WORDS:
        m = _finish(toks, i, i + 1, lx.FOLD_WORDS[w], None)
        if isinstance(m, Mention):
            m.unit, m.dim = "x", "ratio"
            if _low(toks, i - 1) in lx.CHANGE_VERBS:
                m.change, m.change_is_delta = lx.CHANGE_VERBS[_low(toks, i - 1)], True
        return m
    else:
        return None
    return _finish(toks, i, j, value, money, low=low, high=high, vague=vague, fraction=fraction)


def _word_mention(toks: list[Token], i: int, money: tuple[str, int] | None) -> Mention | int | None:
    t = toks[i]
    frac = _parse_fraction(toks, i)
    if frac is not None:
        return _finish(toks, i, frac[1], frac[0], money, fraction=True)
    parsed = _parse_words(toks, i)
    if parsed is None:
        if t.low == "dozen":
            return _finish(toks, i, i + 1, 12.0, money)
        return None
    value, j = parsed
    if j - i == 1 and t.low == "one":
        nxt = _low(toks, j)
        prev = _low(toks, i - 1)
        if (
            not nxt
            or nxt in lx.ONE_STOP
            or not nxt.isalpha()
            or prev in ("no", "the", "this", "that", "each", "every", "any", "which", "another")
            or (_low(toks, j + 1) == "of" and _low(toks, j + 2)[:1].isdecimal())
        ):
            return j  # a pronoun, an idiom, or a determiner: "one shipment of 400,000"
    if (
        t.text[:1].isupper()
        and i > 0
        and toks[i - 1].text[:1].isupper()
        and _is_alpha(toks[i - 1])
        and toks[i - 1].low not in lx.LEFT_BOUND_WORDS
    ):
        return j  # part of a name: "Formula One", "Air Force One"
    if _low(toks, j) in lx.ORDINAL_SUFFIXES:
        return j
    return _finish(toks, i, j, value, money)


#: Round 86: the second halves of a compound that keep the unit a measure: "a 12 km-long
#: tailback", "a 20 metre-high wave", "two day-old chicks" (the age of each), a rate
#: ("20 km-a-day").
_MEASURE_SECOND_HALVES = lx.words("long wide high deep tall old thick broad length a an per")


#: Round 86 (review fix, session 36): the plural nouns a spaced singular "day" makes a
#: compound with that counts people, visits or day-time places ("9,000 day visitors", "75
#: day patients", "two day centres").  Only these: before any other plural the figure is
#: usually a period ("30 day notices", "14 day cycles", "rolling 7 day averages", "90 day
#: loans"), the unhyphenated spelling of "30-day notices", and keeps its unit.
_DAY_COMPOUND_PLURALS = lx.words(
    "visitors trippers patients pupils students scholars boarders workers labourers laborers"
    " passengers guests centres centers nurseries schools clinics hospitals wards"
)


def _day_before_plural(toks: list[Token], k: int) -> bool:
    """Round 86: is the singular "day" before ``k`` a noun's modifier, with a plural noun
    of people, visits or day-time places straight after it ("1.46 million day visitors",
    "about 9,000 day trippers", "300 day patients", :data:`_DAY_COMPOUND_PLURALS`)?  A
    figure of days says "days"; the singular after a count is the first word of a compound
    noun.  Not "a 10-day trip" (glued: not here), "a 10 day trip" (a singular noun after:
    the trip's length) nor "30 day notices", "14 day cycles", "7 day averages" (a period
    before any other plural: the spaced "30-day notices", kept a duration)."""
    unit_tok, nxt = toks[k - 1], toks[k] if k < len(toks) else None
    if unit_tok.text != "day" or nxt is None or _adjacent(unit_tok, nxt):
        return False
    return nxt.text in _DAY_COMPOUND_PLURALS


def _unit_in_compound(toks: list[Token], j: int, k: int) -> bool:
    """Round 86: is the unit word ``toks[k - 1]`` after the numeral (which ends at ``j``)
    the first half of a hyphenated compound noun or adjective ("41,300 day-trippers",
    "40 day-care centres", "300 year-round residents", "15 week-end closures")?  Then the
    numeral counts the compound's noun, not days or years: read as the day's unit, "day"
    became the counted thing and the figure's key ("day|arrived"), so the trippers two
    bodies counted were never compared.  Not when the numeral is glued to the unit by a
    hyphen ("a 9-day-old", "the 10-year-long"), which is a measure, nor a dimension after
    the hyphen ("a 12 km-long tailback", :data:`_MEASURE_SECOND_HALVES`)."""
    n = len(toks)
    if k == j + 1 and k < n and _day_before_plural(toks, k):
        return True
    if k != j + 1 or k + 1 >= n or toks[k].text not in ("-", "\u2011"):
        return False
    unit_tok, hyphen, second = toks[k - 1], toks[k], toks[k + 1]
    if not (_adjacent(unit_tok, hyphen) and _adjacent(hyphen, second)):
        return False
    return second.text[:1].isalpha() and second.low not in _MEASURE_SECOND_HALVES


def _finish(
    toks: list[Token],
    i: int,
    j: int,
    value: float,
    money: tuple[str, int] | None,
    *,
    low: float | None = None,
    high: float | None = None,
    vague: bool = False,
    fraction: bool = False,
) -> Mention | int | None:
    """Attach currency, unit, range, bound and change to the numeral ``toks[i:j]``."""
    n = len(toks)
    num_first = money[1] if money else i
    unit: str | None = money[0] if money else None
    dim: str | None = "money" if money else None
    scaled = j - i > 1 or (j < n and toks[j - 1].low in lx.SCALE_WORDS)
    # "(22 km)" after "9 miles" handled later; here units glued or following.
    hyphen_unit = j < n and toks[j].text == "-"
    u = _unit_after(toks, j, scaled)
    if u is not None and u[1] not in ("money", "ratio") and _unit_in_compound(toks, j, u[2]):
        u = None  # "41,300 day-trippers": a count of trippers, not of days
    if u is not None and not (money and u[1] != "ratio"):
        unit_name, unit_dim, k = u
        raw = toks[k - 1].low
        # Calibres and product specs used as names: "122-mm shells", "a 65-inch TV".
        if raw in lx.CALIBRE_UNITS or unit_name in ("mm", "in"):
            glued = hyphen_unit or _adjacent(toks[j - 1], toks[j])
            after = _low(toks, k)
            if (
                (glued and after and after not in _NOT_CALIBRE_NEXT and toks[k].text not in ".,;)")
                or (after in _WEAPON_NOUNS)
                or (glued and after in ("and", "or", ",") and _calibre_follows(toks, k + 1))
            ):
                return k
        if unit_dim == "time" and hyphen_unit and _low(toks, k) in lx.INSTRUMENTS:
            return k  # "the 10-year Treasury yield" names a bond, it is not a duration
        if unit_dim == "time" and hyphen_unit and _low(toks, k) in _RECORD_WORDS:
            return k  # "a 16-year high": when it last happened, not an amount
        unit, dim = unit_name, unit_dim
        if unit_dim == "money" and raw in ("cents", "cent", "pence", "penny"):
            value /= 100  # "52 cents" is 0.52 dollars
        j = k
    elif u is not None and money:
        j = u[2]
    # Negative values: "minus 15 degrees", "-0.3%" (a sign not glued to a word before it).
    before = toks[num_first - 1] if num_first > 0 else None
    if before is not None and (
        (before.low == "minus" and _low(toks, num_first - 2) != "or")  # not "plus or minus 3"
        or (
            before.text in ("-", "−")
            and _adjacent(before, toks[num_first])
            and (num_first < 2 or not _adjacent(toks[num_first - 2], before))
        )
    ):
        value, low, high = (
            -value,
            (-high if high is not None else None),
            (-low if low is not None else None),
        )
        num_first -= 1
    mention = Mention(
        first=num_first,
        num_first=num_first,
        last=j,
        value=value,
        low=low if vague else value,
        high=high if vague else value,
        unit=unit,
        dim=dim,
        vague=vague,
        fraction=fraction,
    )
    if vague:
        mention.bound = "range"
    _attach_range(toks, i, mention)
    if mention.bound == "range" and _low(toks, mention.last) in lx.MONTHS and value <= 31:
        return mention.last + 1  # "1-2 November": a span of dates
    if _low(toks, mention.last) == "-" and _low(toks, mention.last + 1) == "strong":
        mention.strong = True
        mention.last += 2
    elif _low(toks, mention.last) == "strong" and mention.last == j:
        mention.strong = True
        mention.last += 1
    _attach_bounds(toks, mention)
    _attach_change(toks, mention)
    if dim == "time" and _low(toks, mention.num_first - 1) in _SCOPE_WORDS:
        mention.scope_duration = True
    return mention


def _calibre_follows(toks: list[Token], k: int) -> bool:
    return (
        k + 2 < len(toks)
        and toks[k].text[:1].isdecimal()
        and toks[k + 1].text == "-"
        and toks[k + 2].low in lx.CALIBRE_UNITS
    )


def _attach_range(toks: list[Token], i: int, m: Mention) -> None:
    """Ranges: "30,000-35,000", "between 30 and 35 million", "from 5 to 10 km", "two or three"."""
    j = m.last
    n = len(toks)
    if j + 1 >= n or m.vague:
        return
    sep = toks[j].low
    opener = _low(toks, m.num_first - 1)
    before = [t.low for t in toks[max(0, m.num_first - 4) : m.num_first]]
    if sep != "and" and any(
        w in lx.CHANGE_VERBS and w not in ("adding", "added", "add") for w in before
    ):
        return  # "rose 6% to 4.3 billion", "climb from 35 to 40": a change, not a range
    if (
        sep == "to"
        and opener == "by"
        and not toks[j - 1].text[:1].isdecimal()
        and toks[j - 1].low not in lx.SCALE_WORDS
    ):
        return  # "by 2.20 shillings to 184.11 shillings": the change, then the new level
    if sep in ("-", "–", "—", "to") or (sep == "and" and opener == "between") or sep == "or":
        k = j + 1
        money2 = _currency_before(toks, k + 1) if toks[k].low in lx.CURRENCY_PREFIX else None
        if money2:
            if m.unit is not None and money2[0] != m.unit:
                return
            k += 1
        if k >= n:
            return
        second = toks[k]
        if m.fraction:
            # "between a fifth and a quarter", "one-third to one-half"
            frac = _parse_fraction(toks, k)
            if frac is None or m.value is None or frac[0] <= m.value:
                return
            m.low, m.high, m.value = m.value, frac[0], (m.value + frac[0]) / 2
            m.bound, m.last = "range", frac[1]
            if opener in ("between", "from"):
                m.first = m.num_first - 1
            return
        if (
            not second.text[:1].isdecimal()
            and second.low not in lx.SMALL_NUMBERS
            and (second.low not in lx.TENS)
        ):
            return
        if second.text[:1].isdecimal():
            if _skip_reason(toks, k, False) not in (None, "date-or-code"):
                return
            parsed = _parse_digits(toks, k, m.dim == "money")
        else:
            parsed = _parse_words(toks, k)
        if parsed is None or m.value is None:
            return
        v2, k2 = parsed
        v1 = m.value
        # Scale written once: "1.5 to 2 million", "$5-6 billion".
        scale_idx = k2 - 1
        if v2 > v1 and toks[scale_idx].low in _SCALES:
            s = toks[scale_idx].low
            factor = lx.SCALE_WORDS.get(s) or lx.SCALE_ABBREV.get(s, 1.0)
            if v1 * factor <= v2 and toks[m.last - 1].low not in lx.SCALE_WORDS:
                v1 *= factor
        if sep == "or" and (v2 <= v1 or v2 > v1 * 10):
            return
        if v2 <= v1:
            return  # "from 5% to 3%" is a change, not a range
        u = _unit_after(toks, k2, k2 - k > 1)
        if u is not None and m.unit is not None and u[0] != m.unit:
            return
        if m.unit is None and u is not None:
            m.unit, m.dim, k2 = u[0], u[1], u[2]
        elif u is not None and u[0] == m.unit:
            k2 = u[2]
        m.low, m.high = v1, v2
        m.value = (v1 + v2) / 2
        m.bound = "range"
        m.last = k2
        if opener in ("between", "from"):
            m.first = m.num_first - 1


def _attach_bounds(toks: list[Token], m: Mention) -> None:
    """Bound cues right before ("at least", "up to", "around") or after ("or more")."""
    start = m.first
    for phrase, bound in _LEFT_BY_LAST.get(_low(toks, start - 1), ()):
        n = len(phrase)
        if start - n < 0:
            continue
        if tuple(t.low for t in toks[start - n : start]) == phrase:
            if phrase == ("over",) and _low(toks, start + 0) and m.dim == "time":
                continue
            if phrase in (("up", "to"), ("down", "to")) and _low(toks, start - 3) in (
                lx.CHANGE_VERBS
            ):
                continue  # "ticked up to 4.1%": a change to a new level, handled there
            if m.bound == "range":
                m.first = start - n
                break
            _apply_bound(m, bound)
            if phrase in (("an", "estimated"), ("estimated",)):
                m.estimated = True
            m.first = start - n
            break
    end = m.last
    for phrase, bound in lx.RIGHT_BOUNDS:
        n = len(phrase)
        if tuple(t.low for t in toks[end : end + n]) == phrase:
            if phrase == ("+",) and not _adjacent(toks[end - 1], toks[end]):
                continue
            if m.bound == "exact":
                _apply_bound(m, bound)
                m.last = end + n
            break
    if m.bound == "exact" and _low(toks, m.last) == "-" and _low(toks, m.last + 1) == "plus":
        _apply_bound(m, "min")
        m.last += 2


def apply_right_bound(toks: list[Token], m: Mention, end: int) -> None:
    """Bound cues after the counted noun: "20 people or more", "500 troops at most"."""
    for phrase, bound in lx.RIGHT_BOUNDS:
        n = len(phrase)
        if len(phrase) > 1 and tuple(t.low for t in toks[end : end + n]) == phrase:
            _apply_bound(m, bound)
            return


def _apply_bound(m: Mention, bound: str) -> None:
    v = m.value
    if m.vague or v is None:
        return
    m.bound = bound
    if bound == "min":
        m.low, m.high = v, None
    elif bound == "max":
        m.low, m.high = None, v
    elif bound == "approx":
        m.low, m.high = v * 0.9, v * 1.1


def _attach_change(toks: list[Token], m: Mention) -> None:
    """Changes: "rose 5%", "fell by 3", "dropped to 40", "up 2%", "a 5% rise"."""
    i = m.first
    while (
        i > 1
        and _low(toks, i - 1) in _CHANGE_FILLERS
        and _low(toks, i - 2) in ("by", "to", "a", "an", "record")
    ):
        i -= 1  # "fell by a record 837,000", "rose to an all-time high of"
    prev = _low(toks, i - 1)
    prev2 = _low(toks, i - 2)
    prev3 = _low(toks, i - 3)
    measured = m.dim is not None
    if (
        prev == ","
        and _low(toks, m.last) in ("more", "fewer", "less")
        and _low(toks, m.last + 1) == "than"
    ):
        # Round 31: ", eight more than the clinic reported", ", four more than the 19 the
        # grid operator listed": an appositive difference from another count, not a count
        m.change = "up" if _low(toks, m.last) == "more" else "down"
        m.change_is_delta = True
        return
    if prev in ("up", "down") and prev2 not in ("set", "sets", "setting", "shut", "broke"):
        m.change, m.change_is_delta = ("up" if prev == "up" else "down"), True
        return
    if prev == "to" and prev2 in ("up", "down") and prev3 in lx.CHANGE_VERBS:
        m.change, m.change_is_delta = prev2, False  # "ticked up to 4.1%"
        return
    if prev == "by":
        # "fell by 3%", "cut its annual sales forecast by $9 billion"
        verb = next((w for w in _lows_before(toks, i - 1, 10) if w in lx.CHANGE_VERBS), None)
        if verb is not None:
            m.change, m.change_is_delta = lx.CHANGE_VERBS[verb], True
            return
        nxt = _low(toks, m.last + 1)
        if _low(toks, m.last) == "to" and (nxt[:1].isdecimal() or nxt in lx.CURRENCY_PREFIX):
            m.change, m.change_is_delta = None, True  # "by 2.20 shillings to 184.11"
            return
    if prev == "to" and prev2 not in lx.CHANGE_VERBS and prev3 not in lx.CHANGE_VERBS:
        # "eased only slightly to 6%", "rose for a third straight month to 4.2%"
        skipped = _lows_before(toks, i - 1, 8)
        while skipped and skipped[0] not in lx.CHANGE_VERBS:
            skipped.pop(0)
        verb = skipped[0] if skipped else ""
        if (
            verb in lx.CHANGE_VERBS
            and verb not in ("up", "down")
            and (verb not in lx.PARTICLE_CHANGE)
        ):
            m.change, m.change_is_delta = lx.CHANGE_VERBS[verb], False
            return
    if prev == "to" and (prev2 in lx.CHANGE_VERBS or prev3 in lx.CHANGE_VERBS):
        verb = prev2 if prev2 in lx.CHANGE_VERBS else prev3
        if verb not in ("up", "down") and verb not in lx.PARTICLE_CHANGE:
            m.change, m.change_is_delta = lx.CHANGE_VERBS[verb], False
            return
    if (
        prev in lx.CHANGE_VERBS
        and prev not in ("up", "down", "higher", "lower")
        and prev not in lx.TRANSITIVE_CHANGE
        and prev not in lx.PARTICLE_CHANGE
        and measured
    ):
        # "rose 5%" is the size of the change; "climbed above $70,000" is the new level,
        # but "plunged as much as 10%" is still a size
        bounded = m.first < m.num_first and _low(toks, m.first) in _LEVEL_CUES
        m.change, m.change_is_delta = lx.CHANGE_VERBS[prev], not bounded
        return
    if prev == "of" and prev2 in lx.CHANGE_NOUNS:  # "an increase of 5%"
        m.change, m.change_is_delta = lx.CHANGE_NOUNS[prev2], True
        return
    if m.dim == "ratio" and prev in ("of", "at", "by"):
        # "wages grew at an annual rate of 2.8%"
        verb = next((w for w in _lows_before(toks, i, 6) if w in lx.CHANGE_VERBS), None)
        if verb is not None and verb not in ("up", "down"):
            m.change, m.change_is_delta = lx.CHANGE_VERBS[verb], True
            return
    nxt = _low(toks, m.last)
    if (
        not measured
        and nxt in ("more", "additional", "further")
        and _low(toks, m.last + 1) != "than"
    ):
        # "freed 30 more hostages", "two further cases": an increment added to a count,
        # not the count ("another 40 people were injured" is often another group: kept)
        m.change_is_delta = True  # no direction of its own: "needs 200,000 more soldiers"
        return
    if nxt in lx.CHANGE_NOUNS and prev in ("a", "an") and measured:  # "a 5% rise"
        m.change, m.change_is_delta = lx.CHANGE_NOUNS[nxt], True
        return
    if nxt in ("higher", "lower") and measured and _low(toks, m.last + 1) != "than":
        m.change, m.change_is_delta = ("up" if nxt == "higher" else "down"), True


def _lows_before(toks: list[Token], i: int, n: int) -> list[str]:
    """Lower-cased words before index ``i``, nearest first, stopping at a clause break."""
    out: list[str] = []
    for k in range(i - 1, max(-1, i - 1 - n), -1):
        if toks[k].text in (",", ";", ":") or toks[k].text[:1].isdecimal():
            break
        out.append(toks[k].low)
    return out


def _link_changes(toks: list[Token], mentions: list[Mention]) -> None:
    """ "rose 6% to 4.3 billion euros", "fell from 2.9% to 2.4%": the figure after "to" is
    the new level, in the direction of the change; the one after "from" is the old level
    of the same quantity ("fell to 2.4% from 2.9%", "38,000, up from 30,000")."""
    for n, (a, b) in enumerate(itertools.pairwise(mentions)):
        between = [t.low for t in toks[a.last : b.first]]
        before = [t.low for t in toks[max(0, a.first - 4) : a.first]]
        verb = next((w for w in reversed(before) if w in lx.CHANGE_VERBS), None)
        if (
            between in ([",", "or"], ["or"])
            and (b.dim != a.dim or b.fraction != a.fraction)
            and a.change is not None
        ):
            # "fell 533 points, or 1.6%": the same change restated as a percentage.
            b.change, b.change_is_delta, b.about_from = a.change, a.change_is_delta, n
            continue
        if (
            a.change is not None
            and a.change_is_delta
            and b.change is None
            and b.dim == a.dim
            and "and" in between
            and len(between) <= 7
            and not any(w in _VERBISH for w in between)
        ):
            b.change, b.change_is_delta = a.change, True  # "rose 0.4% m/m and 3.2% y/y"
            b.about_from, b.about_weak = n, True
            continue
        if (
            b.about_from is None
            and b.dim == a.dim
            and "and" in between
            and len(between) <= 7
            and not any(w in _VERBISH for w in between)
        ):
            b.about_from, b.about_weak = n, True  # "averaged 8% in 2022 and 4.1% in 2023"
        if (
            between
            and (
                (between[-1] in ("to", "at") and len(between) <= 7)
                or (between[0] == "to" and between[-1] == "of" and len(between) <= 8)
            )
            and not any(w in _VERBISH for w in between)
            and b.change is None
            and a.change is not None
        ):
            # "rose 30-fold last year to more than 42,000", "settled 52 cents higher at
            # $82.33", "dropped 4.1% to an annual rate of 3.84 million"
            between = ["to"]
        if between in (["to"], [",", "to"]) and b.change is None:
            if a.change is not None:
                b.change, b.change_is_delta = a.change, False
                b.about_from = n
            elif verb is not None and before and before[-1] == "from":
                b.change, b.change_is_delta = lx.CHANGE_VERBS[verb], False
                a.same_as = n + 1
                if a.unit is None and b.unit is not None and not a.fraction:
                    a.unit, a.dim = b.unit, b.dim
        if (
            toks[b.first - 1].low == "from"
            and b.dim == a.dim
            and a.same_as is None
            and (
                (a.change is not None and not a.change_is_delta)
                or _low(toks, b.first - 2) in ("up", "down")
            )
        ):
            # "fell to 2.4% in November from 2.9% in October", "38,000, up from 30,000"
            b.same_as = n
            direction = _low(toks, b.first - 2)
            if a.change is None and direction in ("up", "down"):
                a.change, a.change_is_delta = direction, False  # "72%, up from 54%"


def _drop_restatements(toks: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A value written twice, "9 kilometers (over 5 miles)", is one quantity: keep the first."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            p = out[-1]
            between = [t.text for t in toks[p.last : m.first]]
            if (
                between
                and (between[0] in ("(", "[", "—", "–", "or") or between == [",", "or"])
                and len(between) <= 2
                and p.dim is not None
                and m.dim == p.dim
                and p.unit != m.unit
            ):
                continue
        out.append(m)
    return out
