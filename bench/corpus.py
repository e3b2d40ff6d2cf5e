"""Synthetic article streams for the brain's tests and benchmarks (I/O only in load_seeds).

* :func:`load_seeds` reads ``seeds/*.txt`` (a ``Key: value`` header, a blank line, the body).
* :func:`shooting_stream` builds hundreds of unrelated shootings, each reported by
  1-3 outlets with differently written text, with hand-built ``killed`` /
  ``injured`` claims (same metric keys in every story, so any cross-story merge
  shows up as a contradiction).
* :func:`near_dup_variants` derives copies of one article: other headline, light
  edits, syndicated copy with byline and boilerplate, truncated copy.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimlogic.model import Claim
from topics.schemas import Article

ROOT = Path(__file__).resolve().parent.parent

_HEADER = re.compile(r"^(\w[\w ]*):\s*(.*)$")


def parse_seed(raw: str) -> Article:
    head, _, body = raw.partition("\n\n")
    meta: dict[str, str] = {}
    for line in head.splitlines():
        m = _HEADER.match(line)
        if m:
            meta[m.group(1).strip().lower()] = m.group(2).strip()
    return Article.create(
        body.strip(),
        title=meta.get("title"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        published_at=meta.get("published"),
        fetched_at=meta.get("published"),
        lang="en",
    )


def load_seeds(folder: Path | None = None) -> list[Article]:
    folder = folder or ROOT / "seeds"
    return [parse_seed(p.read_text("utf-8")) for p in sorted(folder.glob("*.txt"))]


# ----------------------------------------------------------------------------- claims
def make_claim(
    text: str,
    body: str,
    metric: str,
    value: float,
    *,
    bound: str = "exact",
    label: str | None = None,
    low: float | None = None,
    high: float | None = None,
    occurrence: int = 0,
    **kw: Any,
) -> Claim:
    """A hand-built claim whose offsets point at the n-th occurrence of ``text`` in ``body``."""
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    end = start + len(text)
    dot, nl = body.rfind(". ", 0, start), body.rfind("\n", 0, start)
    s0 = max(dot + 2 if dot != -1 else 0, nl + 1)
    s1 = body.find(". ", end)
    quote = body[s0 : (s1 + 1 if s1 != -1 else len(body))].strip()
    if bound == "min" and low is None:
        low = value
    if bound == "max" and high is None:
        high = value
    if bound == "exact":
        low = high = value
    return Claim(
        start=start,
        end=end,
        text=text,
        value=value,
        low=low,
        high=high,
        bound=bound,
        unit=kw.pop("unit", None),
        quote=quote,
        metric=metric,
        metric_label=label or metric.replace("_", " ").replace(".", " "),
        **kw,
    )


# ----------------------------------------------------------------------------- shootings
_SYL = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ten",
    "vor",
    "sel",
    "dun",
    "bri",
    "gal",
    "hep",
    "mor",
    "tas",
    "wen",
    "ix",
    "ul",
    "fen",
    "rod",
    "pla",
    "sut",
    "kev",
    "nar",
    "zo",
    "bel",
]
_TOWN_SUF = ["ville", "ton", "burg", "field", "ford", "dale", "wood", "haven", "port", "mouth"]
_STATES = [
    "Ohio",
    "Texas",
    "Georgia",
    "Oregon",
    "Nevada",
    "Kansas",
    "Alabama",
    "Iowa",
    "Montana",
    "Utah",
    "Virginia",
    "Arizona",
    "Michigan",
    "Florida",
    "Colorado",
]
_OUTLETS = ["Daily Ledger", "Metro Times", "Valley News", "Wire Service", "Evening Post", "Herald"]
_VENUES = [
    "supermarket",
    "high school",
    "nightclub",
    "church",
    "shopping mall",
    "warehouse",
    "bus station",
    "restaurant",
    "apartment complex",
    "park",
]


def _name(rng: random.Random, syl: int = 2) -> str:
    return "".join(rng.choice(_SYL) for _ in range(syl)).capitalize()


def _shooting_texts(rng: random.Random, s: dict[str, Any], killed: int, injured: int) -> list[str]:
    t, st, v, sus, chief, day = (
        s["town"],
        s["state"],
        s["venue"],
        s["suspect"],
        s["chief"],
        s["day"],
    )
    a = (
        f"{t.upper()}, {st} - A gunman opened fire at a {v} in {t} on {day}, killing {killed} "
        f"people and wounding {injured} others before he was arrested, police said.\n\n"
        f"Police Chief {chief} told reporters that the suspect, identified as {sus}, "
        f"{rng.randint(19, 58)}, walked into the {v} shortly after noon carrying a rifle. "
        f"Officers from the {t} Police Department arrived within minutes and took him into custody "
        f"without further shots being fired.\n\n"
        f"Residents of {t} gathered outside the cordon as ambulances carried the wounded to "
        f"{s['hospital']} Medical Center. Governor {s['governor']} of {st} ordered flags lowered "
        f"and said the state would support the families. The motive remains unclear."
    )
    b = (
        f"{killed} dead, {injured} hurt in {t} {v} attack\n\n"
        f"Authorities in {st} say {killed} people were killed and {injured} injured when a man "
        f"armed with a rifle attacked shoppers and staff at the {v} on {day}. {chief}, who leads "
        f"the local police force in {t}, named the detained man as {sus} and said investigators were "  # noqa: E501
        f"searching his home on the outskirts of town. Witnesses described hearing dozens of shots "
        f"and seeing people run toward the car park. Doctors at {s['hospital']} said several of the "  # noqa: E501
        f"wounded were in critical condition. Governor {s['governor']} called it a senseless tragedy "  # noqa: E501
        f"and promised a full inquiry into how the suspect obtained the weapon."
    )
    c = (
        f"Investigators are trying to establish why {sus} targeted the {v} in {t}, {st}, where "
        f"{killed} people lost their lives and {injured} were wounded on {day}. Chief {chief} said at "  # noqa: E501
        f"an evening news conference that the suspect had no known criminal record. A vigil is "
        f"planned at the {t} town hall, and counsellors will be available at schools across the "
        f"district this week. {s['hospital']} Medical Center said it had treated the injured "
        f"and asked residents to donate blood."
    )
    return [a, b, c]


def shooting_stream(
    n_stories: int = 300,
    *,
    seed: int = 7,
    t0: float = 1_760_000_000.0,
    spacing_s: float = 900.0,
    updates: bool = True,
) -> list[tuple[Article, list[Claim], dict[str, Any]]]:
    """(article, claims, truth) triples, interleaved in time across stories.

    truth: {"story": index, "killed": n, "injured": n}.  When ``updates`` is set, a
    third report of some stories gives a higher toll (a genuine update).
    """
    rng = random.Random(seed)
    from datetime import UTC, datetime

    out: list[tuple[float, Article, list[Claim], dict[str, Any]]] = []
    used: set[str] = set()
    for i in range(n_stories):
        tries = 0
        while True:  # 2-syllable names run out after a few thousand stories: grow them
            town = _name(rng, 2 + tries // 20) + rng.choice(_TOWN_SUF)
            tries += 1
            if town not in used:
                used.add(town)
                break
        s = {
            "town": town,
            "state": rng.choice(_STATES),
            "venue": rng.choice(_VENUES),
            "suspect": f"{_name(rng)} {_name(rng, 3)}",
            "chief": f"{_name(rng)} {_name(rng, 3)}",
            "governor": f"{_name(rng)} {_name(rng, 2)}",
            "hospital": _name(rng, 3),
            "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
        }
        killed, injured = rng.randint(2, 30), rng.randint(3, 60)
        start = t0 + i * spacing_s * rng.uniform(0.5, 1.5)
        n_reports = rng.choice([1, 2, 2, 3])
        outlets = rng.sample(_OUTLETS, n_reports)
        for j in range(n_reports):
            k = killed
            if updates and j == 2:
                k = killed + rng.randint(1, 5)
            texts = _shooting_texts(rng, s, k, injured)
            body = texts[j]
            claims = [
                make_claim(str(k), body, "killed", k, property="killed"),
                make_claim(str(injured), body, "injured", injured, property="injured"),
            ]
            ts = start + j * rng.uniform(600, 7200)
            pub = datetime.fromtimestamp(ts, UTC).isoformat()
            art = Article.create(
                body,
                title=f"Shooting at {s['venue']} in {town}",
                outlet=outlets[j],
                url=f"https://{outlets[j].lower().replace(' ', '')}.example/{i}-{j}",
                published_at=pub,
                fetched_at=pub,
            )
            out.append(
                (ts, art, claims, {"story": i, "killed": k, "injured": injured, "report": j})
            )
    out.sort(key=lambda x: x[0])
    return [(a, c, t) for _, a, c, t in out]


# ----------------------------------------------------------------------------- near-dups
def near_dup_variants(article: Article, *, seed: int = 1) -> dict[str, Article]:
    """Copies of an article as they show up in a real stream (each with its own URL/id)."""
    rng = random.Random(seed)
    text = article.text
    paras = [p for p in text.split("\n\n") if p.strip()]

    def mk(kind: str, body: str, title: str | None = None, outlet: str | None = None) -> Article:
        return Article.create(
            body,
            title=title or article.title,
            outlet=outlet or article.outlet,
            url=f"https://{kind}.example/{article.id}",
            published_at=article.published_at,
            fetched_at=article.fetched_at,
        )

    words = text.split(" ")
    edited = list(words)
    for _ in range(max(3, len(words) // 80)):
        i = rng.randrange(len(edited))
        edited[i] = rng.choice(["the", "a", "its", "this", "that", "new"])
    syndicated = (
        f"By Staff Writer, Partner Wire\n\n{text}\n\n"
        "Reporting by our correspondents; editing by the world desk. "
        "Copyright 2024 Partner Wire. All rights reserved. This material may not be published."
    )
    return {
        "headline": mk("headline", text, title="A completely different headline about this"),
        "edited": mk("edited", " ".join(edited)),
        "syndicated": mk("syndicated", syndicated, outlet="Partner Wire"),
        "truncated": mk("truncated", "\n\n".join(paras[: max(2, int(len(paras) * 0.7))])),
        "whitespace": mk("whitespace", "  " + text.replace(". ", ".  ") + "\n"),
    }


def iter_bulk(n: int, *, seed: int = 3) -> Iterator[tuple[Article, list[Claim]]]:
    """n articles for memory/time benchmarks: shootings, ~20% of them syndicated copies."""
    stream = shooting_stream(max(1, n // 2), seed=seed, spacing_s=30.0, updates=True)
    rng = random.Random(seed)
    produced = 0
    while produced < n:
        for art, claims, _ in stream:
            if produced >= n:
                return
            yield art, claims
            produced += 1
            if rng.random() < 0.25 and produced < n:
                yield near_dup_variants(art, seed=produced)["syndicated"], []
                produced += 1
        stream = shooting_stream(max(1, n // 2), seed=seed + produced, spacing_s=30.0)


# ----------------------------------------------------------------------------- seed claims
#: Hand-built claims for seeds/ -- what the ledger expects extraction to deliver:
#: (seed file prefix, figure text as in the body, metric key, value, bound, extra fields).
#: Metric keys name the quantity (who/what + property), never the wording, so the
#: same quantity gets the same key across outlets and different quantities differ.
SEED_CLAIMS: dict[str, list[tuple[str, str, float, str, dict[str, Any]]]] = {
    "01": [
        ("12,000", "troops.dprk_in_russia", 12000, "exact", {"hedge": "reported", "source": "NIS"}),
        ("four", "brigades.dprk_in_russia", 4, "exact", {"hedge": "reported", "source": "NIS"}),
        ("about 1,500", "troops.dprk_first_group", 1500, "approx", {"source": "NIS"}),
        ("1.28 million", "army_size.dprk", 1_280_000, "exact", {}),
        (
            "more than 13,000",
            "containers.dprk_to_russia",
            13000,
            "min",
            {"source": "NIS", "time": "since August last year"},
        ),
        (
            "more than 8 million",
            "shells.dprk_to_russia",
            8_000_000,
            "min",
            {"hedge": "estimated", "source": "NIS"},
        ),
    ],
    "02": [
        ("At least 3,000", "troops.dprk_arrived_russia", 3000, "min", {"source": "John Kirby"}),
        ("at least 3,000", "troops.dprk_arrived_russia", 3000, "min", {"source": "John Kirby"}),
        (
            "2,600",
            "troops.dprk_first_batch",
            2600,
            "exact",
            {"source": "Ukraine's military intelligence"},
        ),
        (
            "up to 5,000",
            "troops.dprk_in_kursk",
            5000,
            "max",
            {"hedge": "expected", "time": "by Oct. 28", "place": "Kursk"},
        ),
        (
            "$400 million",
            "aid_package.us_ukraine",
            400e6,
            "exact",
            {"unit": "USD", "source": "Kirby"},
        ),
        (
            "more than $60 billion",
            "military_aid.us_ukraine_total",
            60e9,
            "min",
            {"unit": "USD", "time": "since February 2022"},
        ),
        (
            "1,420",
            "casualties.russia_daily",
            1420,
            "exact",
            {
                "time": "over the past 24 hours",
                "source": "Ukraine's general staff",
                "property": "killed or wounded",
            },
        ),
    ],
    "03": [
        (
            "Around 11,000",
            "troops.dprk_in_russia",
            11000,
            "approx",
            {"source": "Pentagon", "place": "Russia"},
        ),
        (
            "50,000",
            "troops.dprk_in_russia",
            50000,
            "exact",
            {"hedge": "hypothetical", "source": "Zelensky"},
        ),
        (
            "1,271",
            "casualties.russia_daily",
            1271,
            "exact",
            {"time": "a day in October", "hedge": "estimated", "property": "casualties"},
        ),
        (
            "nearly 700,000",
            "casualties.russia_total",
            700000,
            "max",
            {"time": "since February 2022", "hedge": "estimated", "property": "killed and wounded"},
        ),
    ],
    "04": [
        ("two", "brigades.dprk_in_russia", 2, "exact", {"source": "HUR"}),
        ("6,000", "troops.dprk_per_brigade", 6000, "exact", {"source": "HUR"}),
        ("Fifty-seven", "officers.dprk_liaison", 57, "exact", {"source": "HUR"}),
        ("9 kilometers", "distance.dprk_to_front", 9, "approx", {"unit": "km"}),
        ("about 50,000", "troops.russia_kursk_force", 50000, "approx", {"source": "Zelensky"}),
    ],
    "05": [
        ("At least 100", "casualties.dprk_killed", 100, "min", {"property": "killed"}),
        ("about 1,000", "casualties.dprk_wounded", 1000, "approx", {"property": "wounded"}),
        (
            "11,000",
            "troops.dprk_in_russia",
            11000,
            "exact",
            {"hedge": "estimated", "source": "NIS"},
        ),
        (
            "more than 20,000",
            "containers.dprk_to_russia",
            20000,
            "min",
            {"source": "NIS", "time": "since August 2023"},
        ),
    ],
}


def seed_claims(index: int, article: Article) -> list[Claim]:
    """Hand-built claims of the index-th seed (0-based, in file order)."""
    key = f"{index + 1:02d}"
    out: list[Claim] = []
    counts: dict[str, int] = {}
    for text, metric, value, bound, extra in SEED_CLAIMS.get(key, []):
        occ = counts.get(text, 0)
        counts[text] = occ + 1
        value_text = text
        out.append(
            make_claim(
                value_text, article.text, metric, value, bound=bound, occurrence=occ, **dict(extra)
            )
        )
    return out


# ----------------------------------------------------------------------------- city briefs
_STREETS = [
    "Halsted Street",
    "Ashland Avenue",
    "Western Avenue",
    "Pulaski Road",
    "Cicero Avenue",
    "Kedzie Avenue",
    "Damen Avenue",
    "Racine Avenue",
    "Garfield Boulevard",
    "Madison Street",
]
_HOODS = [
    "Englewood",
    "Austin",
    "Garfield Park",
    "Humboldt Park",
    "Little Village",
    "Roseland",
    "Chatham",
    "Auburn Gresham",
    "Pilsen",
    "Lawndale",
]


def city_briefs_stream(
    n: int = 120, *, seed: int = 3
) -> list[tuple[Article, list[Claim], dict[str, Any]]]:
    """Templated crime briefs: n *different* shootings in one city over one weekend,
    same wording, only neighbourhood, street, victim and tolls differ (the hardest
    case for story grouping and dedup)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        k, inj = rng.randint(1, 4), rng.randint(0, 6)
        street, hood = rng.choice(_STREETS), rng.choice(_HOODS)
        day = rng.choice(["Saturday", "Sunday"])
        victim = f"{_name(rng)} {_name(rng, 3)}"
        body = (
            f"CHICAGO - {k} people were killed and {inj} others wounded in a shooting in the "
            f"{hood} neighborhood on the South Side early {day}, Chicago police said. The shooting "
            f"happened near {street} about 2 a.m., when someone in a passing car opened fire on a "
            f"group standing outside, police said. One of the victims was identified as "
            f"{victim}, 24. No one was in custody and Area Two detectives were investigating."
        )
        pub = f"2025-06-0{1 if day == 'Saturday' else 2}T{rng.randint(3, 23):02d}:00:00+00:00"
        art = Article.create(
            body,
            title=f"{k} killed in {hood} shooting",
            outlet=rng.choice(["Sun-Times", "Tribune", "WGN", "ABC7"]),
            url=f"https://city.example/{seed}/{i}",
            published_at=pub,
            fetched_at=pub,
        )
        claims = [
            make_claim(str(k), body, "people|killed", k, property="killed", place="Chicago"),
            make_claim(
                str(inj),
                body,
                "people|injured",
                inj,
                property="injured",
                place="Chicago",
                occurrence=1 if str(inj) == str(k) else 0,
            ),
        ]
        out.append((art, claims, {"incident": i, "killed": k, "injured": inj}))
    return out
