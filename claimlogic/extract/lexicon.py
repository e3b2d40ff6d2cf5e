"""Word tables used by the extractor: numerals, units, cue phrases, places and nouns.

Everything here is plain data (dicts, frozensets, tuples of phrases) so the rules in the
other modules stay general: adding a currency, a country or a synonym is a table edit.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (tables are written as prose)."""
    return frozenset(text.split())


# --------------------------------------------------------------------------- numerals

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Multipliers written as words after a numeral ("1.28 million", "two hundred").
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
#: Abbreviated multipliers glued to digits ("1.5bn", "35k", "$4m").
SCALE_ABBREV: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12,
}  # fmt: skip
#: Fractions written as words: "half", "a third", "two-thirds", "three quarters".
FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
    "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10,
    "tenths": 1 / 10,
}  # fmt: skip
#: Vague amounts: word -> (value, low, high). ``value`` is the order of magnitude the word
#: names ("thousands" -> 1,000); low/high is the range the plural allows (2,000-9,999).
VAGUE_WORDS: dict[str, tuple[float, float, float]] = {
    "dozens": (12, 24, 99), "scores": (20, 40, 199), "hundreds": (100, 200, 999),
    "thousands": (1e3, 2e3, 9999), "millions": (1e6, 2e6, 999_999_999),
    "billions": (1e9, 2e9, 999e9), "tens": (10, 20, 99), "handful": (5, 2, 9),
}  # fmt: skip
#: "several hundred", "a few thousand": multiplier range applied to the scale word.
VAGUE_QUANTIFIERS: dict[str, tuple[float, float]] = {
    "several": (3, 9), "few": (2, 5), "couple": (2, 3), "many": (2, 9), "some": (2, 9),
}  # fmt: skip

# --------------------------------------------------------------------------- units

#: Currency signs and codes written before the amount.
CURRENCY_PREFIX: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₹": "INR", "inr": "INR", "rs": "INR",
    "₽": "RUB", "rub": "RUB", "₴": "UAH", "uah": "UAH", "₩": "KRW", "krw": "KRW",
    "cny": "CNY", "rmb": "CNY", "chf": "CHF", "a$": "AUD", "aud": "AUD", "c$": "CAD",
    "cad": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "nt$": "TWD", "t$": "TWD",
    "r$": "BRL", "₦": "NGN", "₱": "PHP", "₺": "TRY", "₫": "VND", "฿": "THB", "₪": "ILS",
    # ISO codes count only in capitals ("SEK 300 million"), so "try" or "pen" stay words.
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "czk": "CZK", "isk": "ISK", "pln": "PLN",
    "huf": "HUF", "ron": "RON", "bgn": "BGN", "try": "TRY", "zar": "ZAR", "brl": "BRL",
    "mxn": "MXN", "ars": "ARS", "clp": "CLP", "cop": "COP", "pen": "PEN", "ngn": "NGN",
    "kes": "KES", "ugx": "UGX", "tzs": "TZS", "ghs": "GHS", "egp": "EGP", "mad": "MAD",
    "pkr": "PKR", "bdt": "BDT", "lkr": "LKR", "npr": "NPR", "php": "PHP", "thb": "THB",
    "myr": "MYR", "idr": "IDR", "vnd": "VND", "sgd": "SGD", "hkd": "HKD", "nzd": "NZD",
    "twd": "TWD", "ils": "ILS", "aed": "AED", "sar": "SAR", "qar": "QAR", "kwd": "KWD",
    "jod": "JOD", "iqd": "IQD", "irr": "IRR", "rm": "MYR",
    # Local abbreviations the press writes in title case: "Ksh 500 million", "Rp 5 trillion".
    "ksh": "KES", "rp": "IDR", "tk": "BDT",
}  # fmt: skip
#: Prefixes written in title case rather than capitals ("Rs 50 lakh", "Tk 200 crore").
TITLE_CASE_PREFIX: frozenset[str] = frozenset({"rs", "ksh", "rp", "tk"})
#: One- or two-letter signs glued to a scaled amount: "R2.5 billion" (rand), "Sh2bn"
#: (shillings), "N50 billion" (naira), "P5 billion" (pesos). Alone they are letters, so
#: they count only glued to the number and followed by a scale word.
GLUED_PREFIX: dict[str, str] = {"r": "ZAR", "sh": "KES", "n": "NGN", "p": "PHP"}
#: Currency names written after the amount ("400 million dollars").
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
    "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "sterling": "GBP",
    "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "liras": "TRY", "rand": "ZAR",
    "naira": "NGN", "pesos": "MXN", "peso": "MXN", "reais": "BRL", "real": "BRL",
    "zloty": "PLN", "zlotys": "PLN", "riyals": "SAR", "riyal": "SAR", "dirhams": "AED",
    "won": "KRW", "cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP",
    "shilling": "KES", "shillings": "KES", "rupiah": "IDR", "rupiahs": "IDR",
    "cedi": "GHS", "cedis": "GHS", "baht": "THB", "ringgit": "MYR", "kwacha": "ZMW",
    "birr": "ETB", "taka": "BDT", "dinar": "DIN", "dinars": "DIN", "rial": "IRR",
    "rials": "IRR", "kyat": "MMK", "kyats": "MMK", "soles": "PEN", "colones": "CRC",
    "forints": "HUF", "forint": "HUF", "kronor": "SEK", "kroner": "NOK", "krona": "SEK",
    "krone": "NOK", "dirham": "AED", "lei": "RON", "leu": "RON", "tenge": "KZT",
    "manat": "AZN", "somoni": "TJS", "kuna": "HRK", "leva": "BGN", "denars": "MKD",
    "denar": "MKD", "kwanza": "AOA", "leones": "SLE", "leone": "SLE", "dalasi": "GMD",
    "ariary": "MGA", "afghanis": "AFN", "afghani": "AFN", "riels": "KHR", "riel": "KHR",
    "quetzales": "GTQ", "quetzals": "GTQ", "lempiras": "HNL", "cordobas": "NIO",
    "córdobas": "NIO", "bolivianos": "BOB", "guaranis": "PYG", "bolivars": "VES",
    "bolívares": "VES", "guilders": "ANG", "guilder": "ANG",
    "florins": "AWG", "florin": "AWG", "zł": "PLN", "kč": "CZK", "lari": "GEL",
}  # fmt: skip
#: Words that may be currencies only right after a scale ("5 billion won", "2 million pounds").
AMBIGUOUS_CURRENCY: frozenset[str] = frozenset({"won", "real", "rand"})
#: Currency words that are also common nouns ("three crowns", "bite marks", "10 pounds of
#: flour"): money only after a scale, with a decimal amount ("11.44 pounds"), near a money
#: word ("fined 70,000 crowns") or after a country's adjective ("Swedish crowns").
MONEY_IF_NEAR: dict[str, str] = {
    "pounds": "GBP", "pound": "GBP", "crowns": "KR", "crown": "KR", "marks": "MARK",
    "mark": "MARK", "dong": "VND", "kip": "LAK", "pula": "BWP", "dram": "AMD", "drams": "AMD",
}  # fmt: skip
#: A country adjective before a currency word names the currency: "2.5 billion Swedish
#: crowns", "Hong Kong dollars". Unlisted adjectives keep the currency word's own code.
CURRENCY_ADJECTIVES: dict[str, str] = {
    "u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD",
    "new taiwan": "TWD", "swedish": "SEK", "norwegian": "NOK", "danish": "DKK",
    "czech": "CZK", "icelandic": "ISK", "estonian": "EEK", "slovak": "SKK",
    "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP",
    "colombian": "COP", "philippine": "PHP", "brazilian": "BRL", "indian": "INR",
    "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR", "nepali": "NPR",
    "egyptian": "EGP", "sudanese": "SDG", "lebanese": "LBP", "syrian": "SYP",
    "nigerian": "NGN", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
    "somali": "SOS", "south african": "ZAR", "turkish": "TRY", "swiss": "CHF",
    "russian": "RUB", "ukrainian": "UAH", "chinese": "CNY", "japanese": "JPY",
    "south korean": "KRW", "korean": "KRW", "polish": "PLN", "hungarian": "HUF",
    "romanian": "RON", "moldovan": "MDL", "bulgarian": "BGN", "serbian": "RSD",
    "jordanian": "JOD", "kuwaiti": "KWD", "bahraini": "BHD", "iraqi": "IQD",
    "libyan": "LYD", "tunisian": "TND", "algerian": "DZD", "moroccan": "MAD",
    "saudi": "SAR", "qatari": "QAR", "omani": "OMR", "iranian": "IRR", "israeli": "ILS",
    "jamaican": "JMD", "namibian": "NAD", "zimbabwean": "ZWL", "zimbabwe": "ZWL",
    "liberian": "LRD", "cfa": "XOF", "east caribbean": "XCD", "bosnian": "BAM",
    "convertible": "BAM", "german": "DEM", "finnish": "FIM", "dutch": "NLG",
    "aruban": "AWG", "antillean": "ANG", "surinamese": "SRD", "fijian": "FJD",
}  # fmt: skip

#: Measurement units: surface form -> (normalised unit, dimension).
UNITS: dict[str, tuple[str, str]] = {
    # length
    "km": ("km", "length"), "kms": ("km", "length"), "kilometer": ("km", "length"),
    "kilometers": ("km", "length"), "kilometre": ("km", "length"),
    "kilometres": ("km", "length"), "mile": ("mi", "length"), "miles": ("mi", "length"),
    "mi": ("mi", "length"), "meter": ("m", "length"), "meters": ("m", "length"),
    "metre": ("m", "length"), "metres": ("m", "length"), "cm": ("cm", "length"),
    "centimeters": ("cm", "length"), "centimetres": ("cm", "length"),
    "mm": ("mm", "length"), "millimeters": ("mm", "length"),
    "millimetres": ("mm", "length"), "feet": ("ft", "length"), "foot": ("ft", "length"),
    "ft": ("ft", "length"), "inch": ("in", "length"), "inches": ("in", "length"),
    "yards": ("yd", "length"), "yard": ("yd", "length"),
    "nautical": ("nmi", "length"),
    # mass
    "kg": ("kg", "mass"), "kgs": ("kg", "mass"), "kilogram": ("kg", "mass"),
    "kilograms": ("kg", "mass"), "kilogrammes": ("kg", "mass"), "g": ("g", "mass"),
    "grams": ("g", "mass"), "gram": ("g", "mass"), "tonne": ("t", "mass"),
    "tonnes": ("t", "mass"), "ton": ("t", "mass"), "tons": ("t", "mass"),
    "lb": ("lb", "mass"), "lbs": ("lb", "mass"), "pounds": ("lb", "mass"),
    "pound": ("lb", "mass"), "ounces": ("oz", "mass"), "oz": ("oz", "mass"),
    # area / volume
    "c": ("degC", "temperature"), "f": ("degF", "temperature"),
    "km²": ("km2", "area"), "m²": ("m2", "area"), "mi²": ("mi2", "area"),
    "hectares": ("ha", "area"), "hectare": ("ha", "area"), "ha": ("ha", "area"),
    "acres": ("acre", "area"), "acre": ("acre", "area"),
    "litres": ("l", "volume"), "liters": ("l", "volume"), "litre": ("l", "volume"),
    "liter": ("l", "volume"), "gallons": ("gal", "volume"), "gallon": ("gal", "volume"),
    "barrels": ("bbl", "volume"), "barrel": ("bbl", "volume"), "bpd": ("bbl/day", "rate"),
    # time
    "second": ("s", "time"), "seconds": ("s", "time"), "minute": ("min", "time"),
    "minutes": ("min", "time"), "hour": ("h", "time"), "hours": ("h", "time"),
    "hrs": ("h", "time"), "day": ("day", "time"), "days": ("day", "time"),
    "week": ("week", "time"), "weeks": ("week", "time"), "month": ("month", "time"),
    "months": ("month", "time"), "year": ("year", "time"), "years": ("year", "time"),
    "decade": ("decade", "time"), "decades": ("decade", "time"),
    "season": ("season", "time"), "seasons": ("season", "time"), "winters": ("winter", "time"),
    "summers": ("summer", "time"),
    # speed / energy / power / temperature / data
    "megawatts": ("MW", "power"), "megawatt": ("MW", "power"), "gigawatts": ("GW", "power"),
    "gigawatt": ("GW", "power"), "kilowatts": ("kW", "power"), "kilowatt": ("kW", "power"),
    "terawatt-hours": ("TWh", "energy"), "mph": ("mph", "speed"), "kph": ("km/h", "speed"),
    "knots": ("kn", "speed"),
    "kw": ("kW", "power"), "mw": ("MW", "power"), "gw": ("GW", "power"),
    "kwh": ("kWh", "energy"), "mwh": ("MWh", "energy"), "gwh": ("GWh", "energy"),
    "twh": ("TWh", "energy"), "degrees": ("deg", "temperature"), "°c": ("degC", "temperature"),
    "°f": ("degF", "temperature"), "celsius": ("degC", "temperature"),
    "fahrenheit": ("degF", "temperature"), "gb": ("GB", "data"), "tb": ("TB", "data"),
    "mb": ("MB", "data"),
    # ratios
    "percent": ("%", "ratio"), "per cent": ("%", "ratio"), "pct": ("%", "ratio"),
    "pc": ("%", "ratio"),
    "%": ("%", "ratio"), "percentage point": ("pp", "ratio"),
    "percentage points": ("pp", "ratio"), "basis points": ("bp", "ratio"),
    "bps": ("bp", "ratio"), "times": ("x", "ratio"), "fold": ("x", "ratio"),
    "x": ("x", "ratio"),
    "points": ("pt", "points"), "point": ("pt", "points"), "pts": ("pt", "points"),
}  # fmt: skip
#: Two-word units tried before single words.
MULTIWORD_UNITS: dict[tuple[str, ...], tuple[str, str]] = {
    ("per", "cent"): ("%", "ratio"),
    ("percentage", "points"): ("pp", "ratio"),
    ("percentage", "point"): ("pp", "ratio"),
    ("basis", "points"): ("bp", "ratio"),
    ("square", "kilometers"): ("km2", "area"),
    ("square", "kilometres"): ("km2", "area"),
    ("square", "miles"): ("mi2", "area"),
    ("square", "meters"): ("m2", "area"),
    ("square", "metres"): ("m2", "area"),
    ("square", "feet"): ("ft2", "area"),
    ("sq", "km"): ("km2", "area"),
    ("sq", "miles"): ("mi2", "area"),
    ("degrees", "celsius"): ("degC", "temperature"),
    ("degrees", "fahrenheit"): ("degF", "temperature"),
    ("degrees", "c"): ("degC", "temperature"),
    ("degrees", "f"): ("degF", "temperature"),
    ("°", "c"): ("degC", "temperature"),
    ("°", "f"): ("degF", "temperature"),
    ("cubic", "kilometres"): ("km3", "volume"),
    ("cubic", "kilometers"): ("km3", "volume"),
    ("metric", "tons"): ("t", "mass"),
    ("metric", "tonnes"): ("t", "mass"),
    ("nautical", "miles"): ("nmi", "length"),
    ("cubic", "meters"): ("m3", "volume"),
    ("cubic", "metres"): ("m3", "volume"),
    ("light", "years"): ("ly", "length"),
    ("astronomical", "units"): ("au", "length"),
    ("km", "/", "h"): ("km/h", "speed"),
}
#: Units whose hyphenated form before a noun names a calibre or product spec, not an amount
#: ("122-mm shells", "a 5.56mm rifle", "a 65-inch TV").
CALIBRE_UNITS: frozenset[str] = frozenset(
    {"mm", "millimeter", "millimetre", "cm", "inch", "calibre", "caliber", "cal", "gauge"}
)

# --------------------------------------------------------------------------- filters

MONTHS: frozenset[str] = words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
WEEKDAYS: frozenset[str] = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})
#: Capitalised words after which a number is an identifier ("Section 427", "Flight 17").
DESIGNATORS: frozenset[str] = words(
    """section sections article articles chapter resolution flight route highway interstate
    page pages p pp no nos number room model type mark mk block apollo boeing airbus
    windows iphone galaxy pixel decree protocol amendment clause paragraph para item table
    figure fig exhibit case docket gate platform terminal building level grade phase stage
    season episode volume vol issue edition version tier category class line bus train
    channel district ward precinct unit lot code form rule bill act law order title part
    division corps brigade battalion regiment squadron fleet army group hall camp zone
    sector station street avenue road lane track ftse nikkei stoxx dax cac russell kospi
    sensex nifty topix msci radio war junction runway"""
)
#: Lower-case words after which a number is a reference, not an amount ("page 14").
LOWER_DESIGNATORS: frozenset[str] = words(
    """page pages p pp paragraph footnote platform gate exit room no nos top junction route
    routes km kilometre kilometer kilometres kilometers marker milepost wing cellblock
    pavilion highway motorway flight berth pier bay ward line runway runways"""
)
#: Units a price is quoted per: "186.31 shillings a litre", "$3.10 per gallon".
PER_UNITS: dict[str, str] = {
    "litre": "litre", "liter": "litre", "gallon": "gallon", "barrel": "barrel",
    "kilo": "kg", "kilogram": "kg", "kilogramme": "kg", "kg": "kg", "tonne": "tonne",
    "ton": "tonne", "pound": "lb", "lb": "lb", "ounce": "ounce", "oz": "ounce",
    "bag": "bag", "sack": "sack", "loaf": "loaf", "dozen": "dozen", "kwh": "kWh",
    "kilowatt-hour": "kWh", "megawatt-hour": "MWh", "mwh": "MWh", "unit": "unit",
    "share": "share", "bushel": "bushel", "cylinder": "cylinder",
}  # fmt: skip
#: Formation names after a number: "the 7 Division hospital", "3 Commando Brigade".
UNIT_NAMES: frozenset[str] = words(
    "division brigade battalion regiment corps squadron wing fleet commando"
)
#: Service words after a number that make it a phone number: "the 112 emergency
#: service", "the 911 call centre", "a 1122 hotline".
PHONE_SERVICES: frozenset[str] = words("hotline helpline emergency")
#: Words around an "N-M" pair that make it a score or a vote, not a range.
SCORE_CONTEXT: frozenset[str] = words(
    """win won beat beats defeated defeat victory draw drew score scored lead led match game
    final semifinal half-time halftime goals vote voted votes ruling"""
)
#: After "one": words that make it a pronoun or idiom rather than a count.
ONE_STOP: frozenset[str] = words(
    """of another day time point side hand thing way or more who that which after by
    in on at to is was has had would could will can"""
)

# --------------------------------------------------------------------------- bounds

#: Phrases right before a number, longest first within each bound class.
LEFT_BOUNDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("no", "more", "than"), "max"),
    (("not", "more", "than"), "max"),
    (("no", "fewer", "than"), "min"),
    (("no", "less", "than"), "min"),
    (("as", "many", "as"), "max"),
    (("as", "much", "as"), "max"),
    (("as", "high", "as"), "max"),
    (("as", "few", "as"), "min"),
    (("as", "low", "as"), "min"),
    (("a", "maximum", "of"), "max"),
    (("a", "minimum", "of"), "min"),
    (("in", "excess", "of"), "min"),
    (("just", "shy", "of"), "max"),
    (("upward", "of"), "min"),
    (("upwards", "of"), "min"),
    (("up", "to"), "max"),
    (("at", "least"), "min"),
    (("at", "most"), "max"),
    (("more", "than"), "min"),
    (("greater", "than"), "min"),
    (("higher", "than"), "min"),
    (("fewer", "than"), "max"),
    (("less", "than"), "max"),
    (("lower", "than"), "max"),
    (("just", "under"), "max"),
    (("just", "below"), "max"),
    (("just", "over"), "min"),
    (("just", "above"), "min"),
    (("close", "to"), "approx"),
    (("closer", "to"), "approx"),
    (("an", "estimated"), "approx"),
    (("on", "the", "order", "of"), "approx"),
    (("in", "the", "region", "of"), "approx"),
    (("nearly",), "max"),
    (("almost",), "max"),
    (("under",), "max"),
    (("below",), "max"),
    (("over",), "min"),
    (("above",), "min"),
    (("exceeding",), "min"),
    (("topped",), "min"),
    (("surpassed",), "min"),
    (("exceeded",), "min"),
    (("exceed",), "min"),
    (("surpass",), "min"),
    (("past",), "min"),
    (("within",), "max"),
    (("around",), "approx"),
    (("about",), "approx"),
    (("approximately",), "approx"),
    (("approx",), "approx"),
    (("roughly",), "approx"),
    (("some",), "approx"),
    (("circa",), "approx"),
    (("estimated",), "approx"),
)
#: Phrases right after the quantity.
RIGHT_BOUNDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("or", "more"), "min"),
    (("or", "so"), "approx"),
    (("or", "fewer"), "max"),
    (("or", "less"), "max"),
    (("at", "least"), "min"),
    (("at", "most"), "max"),
    (("plus",), "min"),
    (("+",), "min"),
)

# --------------------------------------------------------------------------- changes

CHANGE_VERBS: dict[str, str] = {}
for _w in words("""rose rise rises rising risen increased increase increases increasing grew grow
    grows growing grown jumped jump jumps jumping climbed climb climbs climbing soared soar
    soars surged surge surges gained gain gains added adding expanded expand raised raise
    raising boosted boost doubled tripled quadrupled swelled swell up higher widened widens
    topped accelerated accelerates quickened rebounded recovered
    hiked"""):
    CHANGE_VERBS[_w] = "up"
for _w in words("""fell fall falls falling fallen dropped drop drops dropping declined decline
    declines declining decreased decrease decreases decreasing shrank shrink shrinks
    shrinking shrunk slipped slip slips slid slide slides plunged plunge plunges plummeted
    tumbled tumble sank sink sinks cut cuts cutting reduced reduce reduces reducing slashed
    lowered eased dipped down lower halved narrowed narrows lost loses losing shed slowed
    slows slowing decelerated retreated contracted"""):
    CHANGE_VERBS[_w] = "down"
#: Change verbs that take an object ("raised $5 million", "cut 500 jobs"): a figure right
#: after them is the object, not the size of a change, unless "by"/"to" says so.
TRANSITIVE_CHANGE: frozenset[str] = words(
    """expanded expand raised raise raising boosted boost cut cuts cutting
    reduced reduce reduces reducing slashed lowered"""
)
#: Verbs that only mean a change with a particle: "ticked up to 4.1%", "edged down 0.2%".
PARTICLE_CHANGE: frozenset[str] = words("ticked edged inched crept shot went moved")
for _w in PARTICLE_CHANGE:
    CHANGE_VERBS.setdefault(_w, "up")  # the particle after it gives the direction
#: Nouns after a figure that make it the size of a change ("a 5% rise").
CHANGE_NOUNS: dict[str, str] = {
    "rise": "up", "increase": "up", "jump": "up", "gain": "up", "growth": "up",
    "hike": "up", "surge": "up", "uptick": "up", "drop": "down", "decline": "down",
    "fall": "down", "decrease": "down", "cut": "down", "reduction": "down",
    "slump": "down", "loss": "down", "dip": "down", "plunge": "down",
}  # fmt: skip

# --------------------------------------------------------------------------- hedges

HYPOTHETICAL_CUES: frozenset[str] = words(
    """could might may if unless potentially possibly hypothetically scenario would-be"""
)
#: Words that never name what a figure counts, though a left search can stop on them:
#: subordinators, determiners used alone, degree words and bare superlatives ("while
#: three remain missing", "whether any of the four had died", "little more than half",
#: "less than a third of what police had announced", "the largest weighing 4 kilograms").
NOT_A_SUBJECT: frozenset[str] = words(
    """while whereas whether any little what whatever largest biggest smallest heaviest
    lightest longest highest lowest"""
)
#: What a utility or a shop bills: "charged" of these is billing ("19,000 households had
#: been charged twice"), not a count of accused.
BILLED_NOUNS: frozenset[str] = words(
    """homes houses households customers subscribers accounts businesses properties
    premises connections residences users clients"""
)
#: "in a normal year", "a typical harvest", "on an average day": an ordinary period, the
#: yardstick of the news, not the news (``frame._norm_period``).
NORM_WORDS: frozenset[str] = words("normal typical usual ordinary average")
NORM_PERIODS: frozenset[str] = words(
    """year years day days week weeks month months season seasons harvest harvests summer
    winter weekend weekends"""
)
EXPECTED_CUES: frozenset[str] = words(
    """expected expect expects expecting projected projects projection projections forecast
    forecasts forecasting predicted predicts predict anticipated anticipate anticipates
    planned plans plan planning will shall likely aims aim aiming intend intends intended
    projecting envisages target goal hopes hoped hoping"""
)
ESTIMATED_CUES: frozenset[str] = words(
    """estimated estimate estimates estimating believed believes believe assessed assesses
    assessment thought calculated approximated"""
)
REPORTED_CUES: frozenset[str] = words(
    """reportedly allegedly alleged purportedly unconfirmed rumoured rumored"""
)

# --------------------------------------------------------------------------- attribution

SAY_VERBS: frozenset[str] = words(
    """said says say told tells stated states announced announces reported reports
    estimated estimates estimate believes believe believed claimed claims claim added adds
    noted notes confirmed confirms wrote writes warned warns explained explains according
    assessed assesses concluded concludes disclosed disclosed revealed reveals argued argues
    insisted insists acknowledged acknowledges admitted admits tweeted posted"""
)
#: Words that refer back to an earlier source ("the agency said", "he said").
ANAPHORIC_SOURCES: frozenset[str] = frozenset(
    p.strip()
    for p in """he, she, it, they, we, i, officials, the agency, the ministry, the official,
    the spokesman, the spokeswoman, the spokesperson, the service, the military,
    the government, the office, the department, the officials, the source, the sources,
    the report, the statement, the army, the lawmaker, the minister, the group, the company,
    the organisation, the organization, the council, the command, the institute,
    the committee, the authorities, the intelligence service, the spy agency,
    the general staff, the president, the prime minister""".replace("\n", " ").split(",")
)

# --------------------------------------------------------------------------- places

#: Country canonical name -> demonym used in ``about``. Keys are lower case.
COUNTRIES: dict[str, str] = {
    "north korea": "north korean", "south korea": "south korean", "russia": "russian",
    "ukraine": "ukrainian", "united states": "american", "us": "american",
    "u.s.": "american", "usa": "american", "america": "american", "china": "chinese",
    "iran": "iranian", "israel": "israeli", "gaza": "palestinian", "palestine": "palestinian",
    "syria": "syrian", "iraq": "iraqi", "afghanistan": "afghan", "pakistan": "pakistani",
    "india": "indian", "japan": "japanese", "taiwan": "taiwanese", "belarus": "belarusian",
    "poland": "polish", "germany": "german", "france": "french", "britain": "british",
    "united kingdom": "british", "uk": "british", "u.k.": "british", "turkey": "turkish",
    "lebanon": "lebanese", "yemen": "yemeni", "sudan": "sudanese", "ethiopia": "ethiopian",
    "libya": "libyan", "egypt": "egyptian", "saudi arabia": "saudi", "jordan": "jordanian",
    "mexico": "mexican", "canada": "canadian", "brazil": "brazilian", "nato": "nato",
    "european union": "eu", "eu": "eu", "italy": "italian", "spain": "spanish",
    "georgia": "georgian", "moldova": "moldovan", "kazakhstan": "kazakh",
    "venezuela": "venezuelan", "colombia": "colombian", "nigeria": "nigerian",
    "somalia": "somali", "myanmar": "myanmar", "philippines": "philippine",
    "vietnam": "vietnamese", "indonesia": "indonesian", "australia": "australian",
    "dprk": "north korean", "rok": "south korean", "prc": "chinese",
}  # fmt: skip
#: Capitals and metonyms that stand for a country ("Pyongyang would dispatch...").
CAPITALS: dict[str, str] = {
    "pyongyang": "north korea", "seoul": "south korea", "moscow": "russia",
    "kremlin": "russia", "kyiv": "ukraine", "kiev": "ukraine", "washington": "united states",
    "beijing": "china", "tehran": "iran", "jerusalem": "israel", "damascus": "syria",
    "baghdad": "iraq", "kabul": "afghanistan", "islamabad": "pakistan",
    "new delhi": "india", "tokyo": "japan", "taipei": "taiwan", "minsk": "belarus",
    "warsaw": "poland", "berlin": "germany", "paris": "france", "london": "united kingdom",
    "ankara": "turkey", "beirut": "lebanon", "pentagon": "united states",
    "white house": "united states", "whitehall": "united kingdom",
}  # fmt: skip
#: Demonyms as written -> canonical demonym.
DEMONYMS: dict[str, str] = {v: v for v in COUNTRIES.values()}
DEMONYMS.update(
    {
        "u.s.": "american", "us": "american", "american": "american", "americans": "american",
        "north koreans": "north korean", "south koreans": "south korean",
        "russians": "russian", "ukrainians": "ukrainian", "israelis": "israeli",
        "palestinians": "palestinian", "iranians": "iranian", "syrians": "syrian",
        "chinese": "chinese", "british": "british", "britons": "british", "uk": "british",
        "u.k.": "british", "dprk": "north korean", "korean": "korean",
    }
)  # fmt: skip

# --------------------------------------------------------------------------- nouns

#: Head nouns folded into one canonical class so synonyms share a metric key.
NOUN_CLASSES: dict[str, str] = {}
for _canon, _words in {
    "troops": """troops troop soldiers soldier forces force personnel servicemen
        serviceman servicemembers service-members fighters fighter combatants
        militants infantry infantrymen military""",
    "officers": "officers officer commanders commander generals general",
    "people": "people persons person individuals residents inhabitants population",
    "civilians": "civilians civilian",
    "casualties": "casualties casualty losses loss",
    "dead": "dead deaths death fatalities fatality bodies killed toll",
    "wounded": "wounded injured injuries",
    "prisoners": "prisoners prisoner pows pow captives detainees",
    "refugees": "refugees refugee",
    "brigades": "brigades brigade",
    "battalions": "battalions battalion",
    "divisions": "divisions division",
    "containers": "containers container",
    "shells": "shells shell rounds round",
    "missiles": "missiles missile",
    "drones": "drones drone uavs uav",
    "tanks": "tanks tank",
    "aircraft": "aircraft planes plane jets jet warplanes",
    "vehicles": "vehicles vehicle cars car automobiles motorcars",
    "jobs": "jobs job",
    "workers": "workers worker employees employee staff",
    "children": "children child kids",
    "homes": "homes home houses house",
}.items():
    for _w in words(_words):
        NOUN_CLASSES[_w] = _canon
#: What a source gives as its own reading: "gave a lower figure of 1,900" (the extractor's
#: attribution and the brain's comparison cues read the same list).
GIVEN_READINGS: frozenset[str] = words("figure estimate count number toll total tally")
#: Comparatives by which a source announces a rival reading ("gave a higher toll").
RIVAL_COMPARATIVES: frozenset[str] = words("higher lower different smaller larger bigger")
#: Round 23: small classes of head nouns that name one counted thing in two sources' words
#: ("About 1,200 sheep have died" / "2,900 animals were dead").  Used only to judge two
#: figures of two named sources *in one article* as rival readings of one quantity (see
#: ``brain._rival_nouns``), never to build keys: "sheep" and "animals" stay two keys for
#: the extractor (a ship's 64,000 sheep beside a farm's 300 cattle are two quantities).
RIVAL_NOUN_CLASSES: dict[str, str] = {}
for _canon, _words in {
    "animals": "animal sheep livestock cattle cow ewe lamb pig goat",
    "homes": "home house dwelling",
    "vessels": "vessel ship boat",
    "pupils": "pupil student child children",
}.items():
    for _w in words(_words):
        RIVAL_NOUN_CLASSES[_w] = _canon
#: Classes whose nationality is the actor of the clause ("North Korea has sent 12,000
#: troops"): armed forces and the things a state ships or buys. Victims ("Turkey's death
#: toll") are not given the nationality of the place they are in.
#: Things a state ships or buys: they take a nationality only from their own clause,
#: never inherit the previous clause's nor pass theirs on to the next.
MATERIEL_CLASSES: frozenset[str] = frozenset(
    {"containers", "shells", "missiles", "drones", "tanks", "aircraft", "vehicles"}
)  # fmt: skip
ACTOR_CLASSES: frozenset[str] = frozenset(
    {"troops", "officers", "brigades", "battalions", "divisions", "special forces"}
) | MATERIEL_CLASSES  # fmt: skip
#: Classes that count people.
PERSON_CLASSES: frozenset[str] = frozenset(
    {"troops", "officers", "people", "civilians", "casualties", "dead", "wounded",
     "prisoners", "refugees", "brigades", "battalions", "divisions", "workers", "children"}
)  # fmt: skip
#: Group nouns in "a first batch of 2,600 soldiers": the figure is the size of one group.
PARTITIVES: frozenset[str] = words(
    """batch group contingent wave unit team convoy detachment rotation tranche
    shipment delivery package installment instalment"""
)
#: "the number of X", "a total of X": the figure counts X.
COUNT_FRAMES: frozenset[str] = frozenset(
    ["number", "total", "tally", "count", "figure", "toll", "strength", "size"]
)
#: Words that are never the counted noun of a figure: days, months, adverbs of time and
#: place, administrative adjectives, reporting and event verbs. A figure whose noun phrase
#: ends in one ("There were nineteen", "52 on Tuesday", "530,000 customers overnight",
#: "2,200 federal and city police officers", "28 derailed") loses that word; if nothing is
#: left, nothing says what it counts.
NON_COUNT_WORDS: frozenset[str] = words(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec today tonight yesterday tomorrow overnight late early earlier
    later ago again also still now then there here nationwide abroad alone altogether
    apiece each overall federal national municipal provincial regional local central
    announced derailed reported said says told added according calling called including
    involving waiting leaving"""
)
#: Toll words that modify a noun without changing who is counted: "14 wounded soldiers"
#: and "11 soldiers killed" count the same soldiers (the property says what happened).
TOLL_MODIFIERS: frozenset[str] = words("wounded injured dead killed missing slain fallen")
#: Animals a toll can count ("cattle deaths", "dead fish"): the victims are these, not
#: people.
ANIMAL_NOUNS: frozenset[str] = words(
    """animals animal cattle cows cow sheep ewes lambs pigs pig goats goat livestock
    poultry birds bird chickens hens ducks geese fish salmon trout bees hives horses horse
    dogs dog cats whales whale dolphins seals rhinos rhino elephants camels deer wolves"""
)
#: Modifiers dropped from ``about`` because they do not change what is counted.
WEAK_MODIFIERS: frozenset[str] = words(
    """additional more new other extra further another some many several estimated
    around about the a an its their his her our your these those such own total
    overall roughly nearly almost approximately just only least most reported
    alleged confirmed"""
)

# --------------------------------------------------------------------------- properties

#: Verb/noun cue -> canonical property. Multi-word cues use a space.
PROPERTY_CUES: dict[str, str] = {}
for _prop, _words in {
    "casualties": "casualties losses lost",
    "killed": "killed kill kills killing dead died die dies deaths death fatalities drowned",
    "injured": "wounded injured injuring wounding hurt injuries",
    "hospitalized": "hospitalised hospitalized hospitalisation hospitalization",
    "recruited": """recruit recruits recruited recruiting mobilise mobilised mobilize
        mobilized conscripted drafted enlisted""",
    "arrived": "arrived arrive arrives arriving entered moved crossed landed",
    "deployed": """deployed deploy deploys deploying deployment send sends sending sent
        dispatch dispatched dispatches dispatching stationed massed amassed
        assembled assemble serving serve fighting fight transferred""",
    "supplied": """supplied supply supplies supplying shipped shipping
        shipments shipment delivered deliver delivers delivery deliveries provided provide
        provides exported export transferred contained""",
    "captured": "captured capture capturing prisoner prisoners captive surrendered",
    "rescued": "rescued rescue survivors rescues alive",
    "infected": "infected infecting infections infection cases sickened",
    "missing": "missing unaccounted",
    "displaced": "displaced fled evacuated evacuate refugees",
    "arrested": "arrested detained jailed arrests detentions",
    # people charged are a count of their own, not the next reading of the arrests (the
    # accused include people never arrested, and most arrested are never charged)
    "charged": "charged indicted",
    "funding": """package aid assistance pledged committed commit commits allocated
        approved funding funds loan loans grant grants budget""",
    "cost": "cost costs costing worth valued spent spend spending price priced",
    "strength": "strong",
    "launched": "launched fired",
    "destroyed": "destroyed destroy downed shot intercepted",
}.items():
    for _w in words(_words):
        PROPERTY_CUES.setdefault(_w, _prop)
#: Every word that can start or continue a left bound cue ("At least", "Some").
LEFT_BOUND_WORDS: frozenset[str] = frozenset(w for p, _ in LEFT_BOUNDS for w in p)
#: Durations used as the name of a financial instrument: "the 10-year Treasury yield".
INSTRUMENTS: frozenset[str] = words(
    """treasury treasuries bond bonds note notes yield yields gilt gilts bund bunds
    mortgage mortgages jgb jgbs swap swaps"""
)
#: Past-tense verbs that end a noun phrase after a figure ("a 6.4 quake hit Taiwan").
COMMON_VERBS: frozenset[str] = words(
    """hit struck left took came made put led saw won lost got gave began ran held kept
    brought bought sold told found thought felt became drew threw broke spoke chose fought
    caught taught sought meant met paid laid stood understood say says remain remains
    face faces need needs live lives work works die dies become becomes get gets make
    makes take takes go goes come comes seem seems appear appears stand stands lie lies
    turn turns keep keeps hold holds serve serves include includes seen known given taken
    shown suggest suggests show shows indicate indicates found going coming getting making
    taking totals totaled totalled stands amounts amounted reached reaches"""
)
#: Multipliers written as one word: "risen fivefold", "a threefold increase".
FOLD_WORDS: dict[str, float] = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100,
}  # fmt: skip
#: Street-type words: "10 Downing Street" is an address, not a count.
STREET_WORDS: frozenset[str] = words(
    "street st road rd avenue ave lane boulevard blvd drive square place way terrace close"
)
#: Words that make "pounds" money rather than weight when they are near it.  Round 82:
#: also what is owed, refunded, granted, let or won ("refund the toll of 14 crowns",
#: "released on bail of 50,000 marks", "she was owed 11,000 crowns", "fines for groups
#: start at 20,000 crowns", "winnings of about 900,000 crowns", "paying about 45,000
#: crowns a year"): no weight and no ornament is any of these.
MONEY_CONTEXT: frozenset[str] = words(
    """wage wages pay paid salary salaries price prices cost costs fee fees fine fined tax
    taxes bill budget fund funds invest invested spend spent worth sterling payment
    payments pension benefit benefits income earnings profit revenue debt loan
    bonus bonuses payout payouts compensation ransom reward
    fines refund refunds refunded bail owed owes winnings allowance allowances grant grants
    subsidy subsidies levy rent rents fare fares damages cash deposits savings premium
    premiums paying pays loans donations donated"""
)
#: Every normalised unit of measure the extractor emits (currencies, %, km, h...). A claim
#: whose ``unit`` is not in this set counts a noun ("troops", "containers").
MEASURE_UNITS: frozenset[str] = frozenset(
    {u for u, _ in UNITS.values()}
    | {u for u, _ in MULTIWORD_UNITS.values()}
    | set(CURRENCY_PREFIX.values())
    | set(CURRENCY_WORDS.values())
    | set(MONEY_IF_NEAR.values())
    | set(CURRENCY_ADJECTIVES.values())
    | {"deg", "TWD"}
)
