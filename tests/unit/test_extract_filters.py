"""Things that look like figures but are not claims (issue 3, rule 3), and hedges for
hypotheticals and projections."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims


def values(text: str) -> list[float | None]:
    return [c.value for c in extract_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        # dates, years, times of day
        "SEOUL, Oct 18 - The meeting was held between Oct 8 and Oct 13.",
        "The talks are due on Nov. 5, and again on 28 October.",
        "The 2024 election will be the first since the 2020 pandemic.",
        "Moscow has supplied weapons since February 2022.",
        "Voting ends at 8 p.m. and results are due at 10:30.",
        "The jets took off at 0600 GMT.",
        "Published: 2024-10-18T09:40:00+00:00",
        "The boom of the 1990s is over.",
        # ordinals and ranks
        "It was the fifth largest protest and the second in a week.",
        "The 575th Marine Battalion and the 11th Corps took part.",
        "Soldiers of the 47th Mechanized Brigade were seen.",
        # identifiers and model names
        "North Korean KN-23 ballistic missiles have been used.",
        "Il-76 transport planes carried equipment west.",
        "Pyongyang has supplied Bulsae-4 anti-tank missiles.",
        "Under Section 427 of the code, the firm is liable.",
        "The F-16 jets carry AIM-9 missiles.",
        "The Boeing 737 MAX 9 was grounded.",
        "The patch fixes a flaw in iOS 17 and the A17 chip.",
        "Article 5 of the treaty was invoked.",
        "The 5G network launched.",
        # calibres and specs used as names
        "They fired 122-mm and 152-mm artillery shells.",
        "The army fired 155 mm shells and 120mm mortar rounds.",
        # phone numbers, scores, pages
        "For details call 555-123-4567 or +44 20 7946 0958.",
        "Real Madrid beat Barcelona 3-1 on Sunday.",
        "The bill passed 219-211.",
        "The judge wrote on page 14 of the ruling.",
        # addresses, ranks, index and product names, date spans
        "The prime minister spoke outside 10 Downing Street.",
        "The country ranks in the top 10 and is No. 3 in arms exports.",
        "The S&P 500 and the FTSE 100 closed higher.",
        "Apollo 11 landed on the moon in 1969.",
        "The summit will take place on 1-2 November.",
        "The 10-year Treasury yield was flat.",
        "The 4x4 vehicles were parked outside.",
        # pronoun "one"
        "One of the victims was identified, and one of them is missing.",
        "Visit https://example.com/2024/10/18/story-123 for more.",
    ],
)
def test_not_claims(text: str) -> None:
    assert values(text) == []


def test_identifier_next_to_a_real_count() -> None:
    assert values("Russia launched 18 Kh-101 cruise missiles overnight.") == [18]
    assert values("More than 8 million 122-mm and 152-mm artillery shells.") == [8_000_000]
    assert values("The 575th Marine Battalion lost 200 soldiers.") == [200]


def test_year_used_as_a_count_is_kept() -> None:
    assert values("About 2000 soldiers crossed the river.") == [2000]
    assert values("The firm paid $2024 in fees.") == [2024]


def test_duration_in_a_time_scope_is_not_a_claim() -> None:
    found = extract_claims("Russia had lost 1,420 troops over the past 24 hours.")
    assert [c.value for c in found] == [1420]
    assert found[0].time == "over the past 24 hours"


def test_durations_and_ages_are_quantities() -> None:
    assert values("He was sentenced to 25 years in prison.") == [25]
    assert values("The victim was a 72-year-old man.") == [72]


# --------------------------------------------------------------------------- hedges


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ('He warned the number of troops "could quickly turn into 50,000".', "hypothetical"),
        ("Moscow could move as many as 100,000 troops if NATO expands.", "hypothetical"),
        ("As many as 25 million people could face acute hunger.", "hypothetical"),
        ("Up to 5,000 troops were expected to be assembled in Kursk by Oct. 28.", "expected"),
        ("Sales are expected to reach 20 million units by 2026.", "expected"),
        ("The company will cut 1,200 jobs.", "expected"),
        ("Amazon plans to hire 250,000 seasonal workers.", "expected"),
        ("The agency estimated the shipments contained 8 million shells.", "estimated"),
        ("He said the troops, estimated at 11,000, were poorly prepared.", "estimated"),
        ("Russia reportedly lost 300 tanks.", "reported"),
        ("At least 3,000 soldiers have arrived in Russia, Kirby said.", None),
    ],
)
def test_hedges(text: str, hedge: str | None) -> None:
    (claim,) = extract_claims(text)
    assert claim.hedge == hedge


def test_hedge_stays_in_its_clause() -> None:
    sold, target = extract_claims(
        "The company sold 1.8 million vehicles in 2023, and it aims to sell 20 million a year."
    )
    assert sold.hedge is None
    assert target.hedge == "expected"


def test_projection_never_shares_a_metric_with_a_fact() -> None:
    fact, guess = extract_claims(
        "Around 11,000 North Korean troops are in Russia. Zelensky warned the number of "
        'North Korean troops "could quickly turn into 50,000".'
    )
    assert guess.hedge == "hypothetical"
    assert fact.metric != guess.metric


def test_headline_in_title_case_keeps_its_figures() -> None:
    assert values("Ukraine Says 300 Russian Troops Killed in Failed Assault") == [300]
    assert values("Biden Signs $95 Billion Foreign Aid Package Into Law") == [95e9]


def test_magnitude_and_negative_values() -> None:
    assert values("A magnitude-6.4 quake hit eastern Taiwan.") == [6.4]
    assert values("The temperature dropped to minus 15 degrees Celsius.") == [-15]


def test_boilerplate_and_occurrences() -> None:
    assert values("5 min read") == []
    (c,) = extract_claims("Israel has struck targets more than 1,000 times since October.")
    assert (c.value, c.bound, c.unit) == (1000, "min", "times")


def test_margin_of_error_is_not_negative() -> None:
    (c,) = extract_claims("The poll has a margin of error of plus or minus 3 percentage points.")
    assert (c.value, c.unit) == (3, "pp")


def test_reported_by_media_and_conditional_clauses() -> None:
    (c,) = extract_claims("Local media reported that 14 fishermen were missing after the storm.")
    assert (c.hedge, c.source, c.property) == ("reported", "Local media", "missing")
    (c,) = extract_claims("He said the army would recruit 10,000 soldiers if parliament agreed.")
    assert (c.hedge, c.property) == ("hypothetical", "recruited")


def test_would_is_expected_unless_reported_speech() -> None:
    (c,) = extract_claims(
        "They signed a deal on a pipeline that would carry 50 billion cubic metres."
    )
    assert c.hedge == "expected"
    (c,) = extract_claims("The agency said Pyongyang would dispatch four brigades.")
    assert c.hedge is None


def test_variant_names_are_identifiers() -> None:
    assert values("The BA.2 and XBB.1.5 subvariants spread.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He was charged under 18 U.S.C. § 1001.",
        "The House passed H.R. 815 by 311 to 112.",
        "Voters in District 5 rejected Proposition 22.",
        "Bill C-18 requires tech giants to pay.",
    ],
)
def test_legal_and_legislative_references(text: str) -> None:
    assert values(text) == []


def test_model_numbers_after_a_count() -> None:
    found = extract_claims("Germany will send 14 Leopard 2 tanks and 20 M1 Abrams tanks.")
    assert [(c.value, c.unit) for c in found] == [(14, "tanks"), (20, "tanks")]


def test_targets_and_projected_baselines() -> None:
    (c,) = extract_claims("The government set a target of cutting emissions by 55% by 2030.")
    assert c.hedge == "expected"
    new, old = extract_claims("The bill would raise the minimum wage to $15 by 2025, from $7.25.")
    assert (new.hedge, old.hedge) == ("expected", None)
    assert new.metric == old.metric + "|expected"
