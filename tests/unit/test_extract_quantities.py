"""Quantity mentions: numerals, scales, ranges, money, percentages, fractions, units, vague
amounts, bounds and changes (issue 3, rules 1 and 2)."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def claims(text: str) -> list[Claim]:
    return extract_claims(text)


def one(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# --------------------------------------------------------------------------- numerals


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police detained 1,420 people.", 1420),
        ("The agency counted 12,000 troops.", 12000),
        ("The index stood at 4.75 points.", 4.75),
        ("It weighed 1,234.5 kilograms.", 1234.5),
        ("Fifty-seven North Korean officers are serving as liaison staff.", 57),
        ("Pyongyang would dispatch four brigades.", 4),
        ("A dozen ambulances were sent.", 12),
        ("Two dozen people remain missing.", 24),
        ("Two hundred and fifty soldiers took part.", 250),
        ("The army has one and a half million reservists.", 1_500_000),
        ("Half a million people marched.", 500_000),
    ],
)
def test_numbers_in_digits_and_words(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("North Korea's 1.28 million-strong army", 1_280_000, "army"),
        ("Kirby announced a new $400 million aid package.", 400_000_000, "USD"),
        ("They shipped 8 million artillery shells.", 8_000_000, "shells"),
        ("The deal is worth $1.5bn.", 1_500_000_000, "USD"),
        ("The club has 35k members.", 35_000, "members"),
        ("Britain will spend £2.5bn on housing.", 2_500_000_000, "GBP"),
        ("The fund raised €350 million.", 350_000_000, "EUR"),
        ("The minimum wage rose to ¥1,054 an hour.", 1054, "JPY"),
        ("The budget is 20 billion rubles.", 20_000_000_000, "RUB"),
        ("The firm paid 2 million pounds in fines.", 2_000_000, "GBP"),
    ],
)
def test_scales_and_money(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert c.value == pytest.approx(value)
    assert c.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Inflation fell to 2.4% in November.", 2.4, "%"),
        ("Core inflation eased to 3.6 per cent.", 3.6, "%"),
        ("Turnout was 67.3 percent.", 67.3, "%"),
        ("The bank cut rates by 25 basis points.", 25, "bp"),
        ("The quake struck at a depth of 17.9 km.", 17.9, "km"),
        ("The trail climbs 3,000 feet.", 3000, "ft"),
        ("The country exported 4.2 million tonnes of wheat.", 4_200_000, "t"),
        ("The trail is 12 miles long.", 12, "mi"),
        ("The fire burned 12,500 hectares.", 12_500, "ha"),
        ("Winds reached 150 mph.", 150, "mph"),
        ("Temperatures rose above 45C in Delhi.", 45, "degC"),
        ("The plant produces 1,200 megawatts.", 1200, "MW"),
    ],
)
def test_percentages_and_units_are_normalised(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert c.value == pytest.approx(value)
    assert c.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Half of the respondents said they would vote.", 0.5),
        ("Two-thirds of voters backed the measure.", 2 / 3),
        ("The brigade lost roughly a third of its tanks.", 1 / 3),
        ("Only one in 10 adults gets enough exercise.", 0.1),
        ("About three quarters of residents lost power.", 0.75),
    ],
)
def test_fractions(text: str, value: float) -> None:
    assert one(text).value == pytest.approx(value)


def test_people_count_unit_is_the_counted_noun_class() -> None:
    assert one("At least 3,000 North Korean soldiers arrived.").unit == "troops"
    assert one("More than 13,000 people were injured.").unit == "people"


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Police estimated the crowd at 30,000-35,000 people.", 30_000, 35_000),
        ("Between 30,000 and 35,000 demonstrators marched.", 30_000, 35_000),
        ("Forces advanced 3 to 5 kilometres.", 3, 5),
        ("It will cost between 1.5 and 2 million dollars.", 1_500_000, 2_000_000),
        ("Two or three drones were shot down.", 2, 3),
        ("The project needs $5-6 billion.", 5e9, 6e9),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    c = one(text)
    assert c.bound == "range"
    assert (c.low, c.high) == (pytest.approx(low), pytest.approx(high))
    assert c.value == pytest.approx((low + high) / 2)


def test_value_written_twice_is_one_quantity() -> None:
    c = one("The North Koreans were taken about 9 kilometers (over 5 miles) from the front line.")
    assert (c.value, c.unit, c.bound) == (9, "km", "approx")
    c = one("The trail is 12 miles (19 kilometres) long.")
    assert (c.value, c.unit) == (12, "mi")


# --------------------------------------------------------------------------- vague


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Thousands of people gathered outside parliament.", 1000, 2000, 9999),
        ("Dozens were arrested.", 12, 24, 99),
        ("Several hundred migrants arrived on Saturday.", 300, 300, 900),
        ("Tens of thousands of migrants crossed the Channel.", 10_000, 20_000, 99_999),
        ("Hundreds of thousands of refugees remain in camps.", 100_000, 200_000, 999_999),
        ("A few thousand protesters stayed.", 2000, 2000, 5000),
    ],
)
def test_vague_amounts_are_kept_and_marked(
    text: str, value: float, low: float, high: float
) -> None:
    c = one(text)
    assert c.vague is True
    assert c.bound == "range"
    assert (c.value, c.low, c.high) == (value, low, high)


# --------------------------------------------------------------------------- bounds


@pytest.mark.parametrize(
    ("cue", "bound"),
    [
        ("up to", "max"),
        ("as many as", "max"),
        ("as high as", "max"),
        ("no more than", "max"),
        ("fewer than", "max"),
        ("nearly", "max"),
        ("almost", "max"),
        ("at least", "min"),
        ("more than", "min"),
        ("over", "min"),
        ("in excess of", "min"),
        ("around", "approx"),
        ("about", "approx"),
        ("approximately", "approx"),
        ("roughly", "approx"),
        ("some", "approx"),
        ("an estimated", "approx"),
    ],
)
def test_bound_cues(cue: str, bound: str) -> None:
    c = one(f"Officials said {cue} 5,000 people had left the city.")
    assert c.bound == bound
    assert c.value == 5000
    assert c.text.lower().startswith(cue)
    if bound == "min":
        assert (c.low, c.high) == (5000, None)
    elif bound == "max":
        assert (c.low, c.high) == (None, 5000)
    else:
        assert c.low is not None and c.high is not None and c.low < 5000 < c.high


def test_bounds_after_the_number() -> None:
    assert one("The storm killed 20 people or more.").bound == "min"
    assert one("The crowd was 5,000-plus.").bound == "min"


def test_exact_figure_has_point_interval() -> None:
    c = one("Police arrested 23 people.")
    assert (c.bound, c.low, c.high) == ("exact", 23, 23)


def test_estimated_bound_also_hedges() -> None:
    c = one("The pandemic killed an estimated 7 million people worldwide.")
    assert (c.bound, c.hedge) == ("approx", "estimated")


# --------------------------------------------------------------------------- changes


@pytest.mark.parametrize(
    ("text", "value", "change", "delta"),
    [
        ("Shares jumped 12% on Monday.", 12, "up", True),
        ("Exports increased by 3.2 percent.", 3.2, "up", True),
        ("The number of applications dropped to 48,000.", 48_000, "down", False),
        ("The death toll rose to 2,316 on Monday.", 2316, "up", False),
        ("The airline carried 4 million passengers, up 9% from a year earlier.", 9, "up", True),
        ("China's exports fell 8.8% in August.", 8.8, "down", True),
        ("The economy will shrink by 3% this year.", 3, "down", True),
        ("The unemployment rate ticked up to 4.1% in June.", 4.1, "up", False),
        ("Sales posted a 40% increase on last year.", 40, "up", True),
    ],
)
def test_changes(text: str, value: float, change: str, delta: bool) -> None:
    c = next(c for c in claims(text) if c.value == value)
    assert c.change == change
    assert c.change_is_delta is delta


def test_change_from_level_to_level() -> None:
    new, old = claims("Inflation fell to 2.4% in November from 2.9% in October.")
    assert (new.value, new.change, new.change_is_delta) == (2.4, "down", False)
    assert (old.value, old.change) == (2.9, None)
    assert new.metric == old.metric  # the same quantity at two times


def test_rose_x_to_y_gives_delta_and_new_level() -> None:
    delta, level = claims("The bank's profit rose 6 per cent to 4.3 billion euros.")
    assert (delta.value, delta.unit, delta.change, delta.change_is_delta) == (6, "%", "up", True)
    assert (level.value, level.unit, level.change, level.change_is_delta) == (
        4.3e9,
        "EUR",
        "up",
        False,
    )


def test_transitive_verb_is_not_a_change() -> None:
    assert one("The fund raised €350 million from investors.").change is None
    assert one("Russia had lost 1,420 troops killed or wounded.").change is None


def test_up_to_after_a_verb_of_change_is_not_a_bound() -> None:
    c = one("The rate ticked up to 4.1%.")
    assert (c.bound, c.change) == ("exact", "up")


def test_more_number_forms() -> None:
    assert one("Prices have risen fivefold.").value == 5
    c = one("The army lost between a fifth and a quarter of its armour.")
    assert (c.bound, c.low, c.high) == ("range", 0.2, 0.25)
    c = one("A handful of protesters remained.")
    assert c.vague and c.low == 2
    c = one("The fund has lost billions of dollars.")
    assert (c.vague, c.unit) == (True, "USD")
    assert one("Temperatures reached 41°C in Seville.").unit == "degC"
    assert one("The unemployment rate is 3.9 pc.").unit == "%"


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Nvidia's market value topped $3 trillion.", "min"),
        ("Wagner fighters advanced to within 200 kilometres of Moscow.", "max"),
        ("The rouble weakened past 100 per dollar.", "min"),
    ],
)
def test_verbal_bounds(text: str, bound: str) -> None:
    assert one(text).bound == bound


def test_restated_and_coordinated_changes() -> None:
    points, pct, level = claims("The Nasdaq added 85.6 points, or 0.6%, to 14,283.")
    assert (points.change, pct.change, pct.change_is_delta) == ("up", "up", True)
    assert (level.change, level.change_is_delta) == ("up", False)
    mom, yoy = claims("Prices rose 0.4% month on month and 3.2% year on year.")
    assert (mom.change, yoy.change) == ("up", "up")
    delta, level = claims("Japan's population fell by a record 837,000 to 124.4 million.")
    assert (delta.change, delta.change_is_delta, level.change) == ("down", True, "down")
    assert delta.about == level.about


def test_thin_space_separators_and_hyphenated_scales() -> None:
    assert one("The army has 12\u00a0000 soldiers.").value == 12_000
    big, deal = claims("A 1.5-million-strong army and a $1.2-billion deal.")
    assert (big.value, deal.value, deal.unit) == (1.5e6, 1.2e9, "USD")
    assert [c.value for c in claims("In the twenty-first century, twenty-five came.")] == [25]


def test_cents_and_pounds() -> None:
    cents, level = claims("Brent crude settled 52 cents higher at $82.33 a barrel.")
    assert (cents.value, cents.unit, cents.change) == (0.52, "USD", "up")
    assert (level.change, level.change_is_delta) == ("up", False)
    assert one("The minimum wage of 11.44 pounds an hour.").unit == "GBP"
    assert one("The parcel weighed 3 pounds.").unit == "lb"


@pytest.mark.parametrize(
    ("text", "value", "change", "delta"),
    [
        ("Inflation rose for a third straight month to 4.2%.", 4.2, "up", False),
        ("Annual growth slowed to 2.1% from 2.5%.", 2.1, "down", False),
        ("Core inflation accelerated to 3.4% in September.", 3.4, "up", False),
        ("Shares plunged as much as 10% in early trading.", 10, "down", True),
        ("Bitcoin climbed above $70,000 for the first time.", 70_000, "up", False),
        ("Wages grew at an annual rate of 2.8%.", 2.8, "up", True),
        ("The survey showed a drop of 12% in new orders.", 12, "down", True),
    ],
)
def test_more_changes(text: str, value: float, change: str, delta: bool) -> None:
    c = next(c for c in claims(text) if c.value == value)
    assert (c.change, c.change_is_delta) == (change, delta)


def test_from_to_levels_share_a_subject() -> None:
    old, new = claims("The jobless rate decreased from 5.1% to 4.9%.")
    assert old.about == new.about == "jobless rate"
    assert old.metric == new.metric
