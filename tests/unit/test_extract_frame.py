"""The claim frame: about, property, scope, source, hedge, quote and the metric key
(issue 3, rule 4), plus the output contract and speed (rules 5 and 6)."""

from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest

from claimlogic.extract import extract_claims, split_sentences
from claimlogic.model import CONTRACT_FIELDS, Claim

ROOT = Path(__file__).resolve().parents[2]


def one(text: str) -> Claim:
    found = extract_claims(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def seed(name: str) -> list[Claim]:
    raw = next((ROOT / "seeds").glob(f"{name}*.txt")).read_text(encoding="utf-8")
    return extract_claims(raw.split("\n\n", 1)[1])


def by_value(found: list[Claim], value: float) -> Claim:
    return next(c for c in found if c.value == value)


# --------------------------------------------------------------------------- about


@pytest.mark.parametrize(
    "text",
    [
        "About 5,000 North Korean soldiers are deployed in Russia.",
        "About 5,000 DPRK troops are deployed in Russia.",
        "About 5,000 North Korean forces are deployed in Russia.",
        "Pyongyang has deployed about 5,000 troops in Russia.",
        "North Korea has deployed about 5,000 military personnel in Russia.",
    ],
)
def test_about_is_canonical_across_synonyms(text: str) -> None:
    c = one(text)
    assert c.about == "north korean troops"
    assert c.property == "deployed"
    assert c.metric == "north korean troops|deployed"


def test_actor_country_qualifies_troops_but_not_victims() -> None:
    assert one("Russia has massed about 50,000 troops near Kursk.").about == "russian troops"
    toll = one("The death toll from the earthquake in southern Turkey rose to 2,316.")
    assert toll.about == "people"
    assert toll.property == "killed"


def test_definite_troops_inherit_the_nationality_named_earlier() -> None:
    first, later = extract_claims(
        "North Korea sent 12,000 troops to Russia. "
        "He said the troops, estimated at 11,000 in Russia, were poorly prepared."
    )
    assert later.about == first.about == "north korean troops"
    assert later.metric == first.metric


def test_wounded_borrows_the_noun_of_the_killed() -> None:
    killed, wounded = extract_claims(
        "At least 100 North Korean soldiers have been killed and about 1,000 wounded."
    )
    assert (killed.about, killed.property) == ("north korean troops", "killed")
    assert (wounded.about, wounded.property) == ("north korean troops", "injured")


def test_percentage_of_a_group() -> None:
    c = one("Roughly 60% of voters backed the measure.")
    assert c.about == "voters"


def test_subject_of_a_bare_percentage() -> None:
    assert one("Gold prices have risen 28% this year.").about == "gold prices"
    assert one("The ECB kept its deposit rate at 4 percent.").about == "deposit rate"
    assert one("Inflation in the euro zone fell to 2.4% in November.").about == "inflation"


# --------------------------------------------------------------------------- property


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("North Korea has decided to send 12,000 troops.", "deployed"),
        ("At least 3,000 soldiers have arrived in eastern Russia.", "arrived"),
        ("At least 41 people were killed in the blast.", "killed"),
        ("More than 13,000 people were injured.", "injured"),
        ("Russia had lost 1,420 troops killed or wounded.", "casualties"),
        ("North Korea has shipped more than 13,000 containers to Russia.", "supplied"),
        ("Kirby announced a new $400 million military aid package.", "funding"),
        ("The program costs about $3 billion.", "cost"),
        ("North Korea's 1.28 million-strong army", "strength"),
        ("The rebels took 300 soldiers prisoner, capturing 14 towns.", "captured"),
    ],
)
def test_property(text: str, prop: str) -> None:
    assert extract_claims(text)[0].property == prop


def test_first_batch_is_its_own_property() -> None:
    c = one("The first batch of 2,600 North Korean soldiers was moved toward Kursk.")
    assert c.property == "first batch"


def test_per_unit_figures_are_rates() -> None:
    brigades, each = extract_claims("North Korea has sent two brigades of 6,000 soldiers each.")
    assert brigades.metric == "north korean brigades|deployed"
    assert each.metric == "north korean troops|deployed|per brigade"
    daily = one("Russia suffered an average of 1,271 casualties a day in October.")
    assert "per day" in daily.metric


# --------------------------------------------------------------------------- scope


def test_place_and_time_scope() -> None:
    c = one("Up to 5,000 North Korean troops were expected to be assembled in Kursk by Oct. 28.")
    assert c.place == "Kursk"
    assert c.time == "by Oct. 28"
    c = one("At least 3,000 North Korean soldiers moved into eastern Russia in mid-October.")
    assert c.place == "eastern Russia"
    c = one("The troops were moved to residents of Russia's Far East, 1,500 of them.")
    c = one("About 1,000 were wounded in fighting in Russia's Kursk region.")
    assert c.place == "Russia's Kursk region"


def test_scope_is_not_in_the_metric_key() -> None:
    a = one("About 5,000 North Korean troops are deployed in Kursk.")
    b = one("About 7,000 North Korean troops are deployed in Russia.")
    assert a.place != b.place
    assert a.metric == b.metric


# --------------------------------------------------------------------------- source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "North Korea has decided to send 12,000 troops, South Korea's National "
            "Intelligence Service (NIS) said on Friday.",
            "South Korea's National Intelligence Service",
        ),
        (
            "At least 3,000 soldiers have arrived, White House national security spokesman "
            "John Kirby said on Wednesday.",
            "John Kirby",
        ),
        (
            "According to the U.K. Defense Ministry, Russia lost 1,271 soldiers a day.",
            "U.K. Defense Ministry",
        ),
        ("Around 11,000 troops are now in Russia, the Pentagon said on Tuesday.", "Pentagon"),
        (
            "Ukraine's general staff said that Russia had lost 1,420 troops.",
            "Ukraine's general staff",
        ),
        ("Russia has massed about 50,000 troops.", None),
    ],
)
def test_source(text: str, source: str | None) -> None:
    assert extract_claims(text)[0].source == source


def test_anaphoric_sources_resolve_to_the_earlier_name() -> None:
    found = extract_claims(
        "North Korea sent 12,000 troops, South Korea's National Intelligence Service (NIS) "
        "said. The agency said Pyongyang would dispatch four brigades. "
        "According to the NIS, the North has shipped 13,000 containers. "
        "White House spokesman John Kirby said 3,000 had arrived. "
        '"We believe 3,000 moved," Kirby told reporters.'
    )
    nis = "South Korea's National Intelligence Service"
    assert [c.source for c in found] == [nis, nis, nis, "John Kirby", "John Kirby"]


# --------------------------------------------------------------------------- metric


def test_seed_metrics_same_and_different() -> None:
    s1, s2, s3, s4, s5 = (seed(f"0{n}") for n in range(1, 6))
    nis_12000 = by_value(s1, 12_000)
    pentagon_11000 = by_value(s3, 11_000)
    nis_11000 = by_value(s5, 11_000)
    assert nis_12000.metric == pentagon_11000.metric == nis_11000.metric
    assert by_value(s1, 4).metric == by_value(s4, 2).metric  # four / two brigades
    distinct = [
        nis_12000,
        by_value(s2, 3000),  # arrived
        by_value(s2, 2600),  # first batch
        by_value(s2, 5000),  # expected
        by_value(s3, 50_000),  # hypothetical
        by_value(s2, 1420),  # Russian losses
        by_value(s4, 6000),  # per brigade
        by_value(s1, 13_000),  # containers
        by_value(s1, 8_000_000),  # shells
        by_value(s1, 1_280_000),  # army strength
        by_value(s5, 100),  # killed
        by_value(s5, 1000),  # wounded
    ]
    assert len({c.metric for c in distinct}) == len(distinct)
    assert by_value(s1, 13_000).metric == by_value(s5, 20_000).metric  # containers shipped
    assert by_value(s1, 1_280_000).about == "north korean army"
    assert by_value(s2, 5000).hedge == "expected"
    assert by_value(s3, 50_000).hedge == "hypothetical"


def test_seed_non_claims() -> None:
    texts = {c.text for n in range(1, 6) for c in seed(f"0{n}")}
    for bad in ("122", "152", "23", "76", "4", "810", "47", "11", "18", "2022", "24"):
        assert bad not in texts
    assert all("122-mm" not in t for t in texts)


def test_unknown_subject_gets_a_key_of_its_own() -> None:
    a, b = extract_claims("It was 5 km. It was 5 km.")
    assert a.metric != b.metric


# --------------------------------------------------------------------------- contract


def test_contract_fields_and_offsets() -> None:
    text = "SEOUL - North Korea has sent 12,000 troops to Russia, the NIS said. Nothing else."
    (c,) = extract_claims(text)
    assert text[c.start : c.end] == c.text == "12,000 troops"[: len(c.text)]
    assert c.quote == "SEOUL - North Korea has sent 12,000 troops to Russia, the NIS said."
    d = c.to_dict()
    for key in CONTRACT_FIELDS:
        assert key in d
    assert Claim.from_dict(d) == c


def test_sentence_splitter_keeps_abbreviations() -> None:
    text = (
        "Up to 5,000 troops were expected in Kursk by Oct. 28. The U.S. said so. "
        "Mr. Kirby agreed! Did he?\nNew paragraph"
    )
    assert split_sentences(text) == [
        "Up to 5,000 troops were expected in Kursk by Oct. 28.",
        "The U.S. said so.",
        "Mr. Kirby agreed!",
        "Did he?",
        "New paragraph",
    ]


def test_empty_and_numberless_text() -> None:
    assert extract_claims("") == []
    assert extract_claims("No figures here at all.") == []


def test_a_1000_word_article_does_not_hang() -> None:
    """A guard against runaway patterns (catastrophic backtracking), not a speed test:
    speed is measured by bench/core_speed.py against a baseline in the same run."""
    body = (ROOT / "seeds" / "01-nis-four-brigades.txt").read_text(encoding="utf-8")
    words = body.split()
    article = " ".join((words * (1000 // len(words) + 1))[:1000])
    extract_claims(article)
    t0 = time.perf_counter()
    for _ in range(5):
        extract_claims(article)
    per_article_ms = (time.perf_counter() - t0) / 5 * 1000
    assert per_article_ms < 1000  # ~5 ms normally; a runaway pattern takes seconds


def test_extraction_package_does_no_io() -> None:
    banned = {
        "os",
        "io",
        "socket",
        "requests",
        "httpx",
        "redis",
        "faust",
        "aiokafka",
        "pathlib",
        "subprocess",
        "urllib",
        "open",
    }
    for path in (ROOT / "claimlogic" / "extract").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & banned, path
            elif isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] not in banned, path
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "open", path


def test_never_crashes_on_odd_input() -> None:
    import random

    rng = random.Random(7)
    vocabulary = (
        "1,000 $ 5 % - to between and from up by at least about million bn k m half a dozen "
        "thousands of ( ) , . the troops said according Oct. 2024 3/4 one in five 122-mm "
        "KN-23 “ ” rose fell € £ several hundred tens or more plus + each per could if He "
        "(NIS) km 9 0.5 .5 1.2.3 1,2 12,00 中文 ... US$ 5-6 two-thirds one-in-five MAX # No. "
        "² ½ ١٢٣ １２ Ⅻ 5² km² ‰ \u2009000 § H.R."
    )
    pieces = [*vocabulary.split(" "), "\n", "According to", "The agency"]
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        if rng.random() < 0.3:
            text = text.replace(" ", "")
        for c in extract_claims(text):
            assert text[c.start : c.end] == c.text


def test_governing_verb_and_coordinated_subjects() -> None:
    killed, wounded = extract_claims("Russian shelling killed 2 people and wounded 11 in Kherson.")
    assert (killed.property, wounded.property) == ("killed", "injured")
    a, b = extract_claims("Inflation averaged 8% in 2022 and 4.1% in 2023.")
    assert a.about == b.about == "inflation"
    mom, yoy = extract_claims("Prices rose 0.4% month-on-month and 3.2% year-on-year.")
    assert mom.metric != yoy.metric


def test_lower_case_role_as_source() -> None:
    (c,) = extract_claims("Shelling wounded 11 people, the regional governor said.")
    assert c.source == "regional governor"
    (c,) = extract_claims("Ukraine needs 200,000 more soldiers, the commander-in-chief said.")
    assert c.source == "commander-in-chief"


def test_parts_of_a_whole_are_not_the_whole() -> None:
    part, whole = extract_claims("The ruling party won 272 of the 465 seats.")
    assert part.metric != whole.metric


def test_long_run_on_sentence_stays_linear() -> None:
    """Four times the figures in one run-on sentence cost about four times the time, not
    sixteen (quadratic windows once took ~10 s at 2,000). A ratio of two timings in the
    same run, best of three each, so a loaded machine slows both sides alike."""

    def best_time(n: int) -> float:
        text = " ".join(f"Alpha {i} troops" for i in range(n))
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            assert len(extract_claims(text)) == n
            times.append(time.perf_counter() - t0)
        return min(times)

    assert best_time(2000) / best_time(500) < 9  # linear ~4, quadratic ~16


def test_seed_sources() -> None:
    s1, s2, s3, s4, s5 = (seed(f"0{n}") for n in range(1, 6))
    nis = "South Korea's National Intelligence Service"
    assert by_value(s1, 12_000).source == nis
    assert by_value(s1, 4).source == nis  # "The agency said"
    assert by_value(s1, 13_000).source == nis  # "According to the NIS"
    assert by_value(s2, 3000).source == "John Kirby"
    assert by_value(s2, 1420).source == "Ukraine's general staff"
    assert by_value(s3, 11_000).source == "Pentagon"
    assert by_value(s3, 50_000).source == "Volodymyr Zelensky"  # "He warned"
    assert by_value(s3, 1271).source == "U.K. Defense Ministry"
    assert by_value(s4, 2).source == "Ukraine's defence intelligence agency"
    assert by_value(s5, 11_000).source == "Lee Seong-kweun"  # "He said", after an appositive
    assert by_value(s1, 1_280_000).source is None  # the outlet's own statement
    assert by_value(s3, 1271).about == by_value(s3, 700_000).about == "russian casualties"


def test_up_from_marks_the_new_level() -> None:
    new, old = extract_claims(
        "The subvariant accounts for 72% of new cases, up from 54% a week earlier."
    )
    assert (new.change, new.change_is_delta, old.change) == ("up", False, None)
    assert new.metric == old.metric
    (c,) = extract_claims("The unemployment rate held steady at 3.7% while the economy added jobs.")
    assert (c.about, c.source) == ("unemployment rate", None)


def test_measure_units_cover_every_emitted_unit() -> None:
    from claimlogic.extract import MEASURE_UNITS

    text = (
        "It costs $5, €4, £3, ¥2, T$247.8 billion and 20 billion rubles; it is 9 km, 5 miles, "
        "3 tonnes, 2.5%, 25 basis points, 41°C, 150 mph, 12 hours and 3 years long."
    )
    units = {c.unit for c in extract_claims(text)}
    assert units and units <= MEASURE_UNITS
    assert "troops" not in MEASURE_UNITS
