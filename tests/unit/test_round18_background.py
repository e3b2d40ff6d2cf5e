"""Round 18: figures of long reports that describe rather than count (ages, capacities,
samples)."""

from __future__ import annotations

from claimlogic import ledger


def _c(text: str, quote: str, metric: str = "people|count") -> dict[str, object]:
    return {"text": text, "quote": quote, "property": metric.split("|")[1], "value": 60.0}


def test_a_persons_age_is_no_figure() -> None:
    for text, quote in [
        ("about 60", "A man of about 60 was found dead in the freight shed on Wednesday."),
        ("81", "The mayor said the civilians killed were an elderly couple, aged 78 and 81."),
        ("under four", "Children under four, who travel free, were not on the list."),
        ("about ten", "Six people were pulled out alive, among them a boy of about ten."),
    ]:
        c = _c(text, quote)
        assert ledger.age_of_person(c), text
        assert not ledger.newsworthy(c, "people|count"), text
    # a count of people is no age
    c = _c("about 60", "About 60 men were found in the freight shed on Wednesday.")
    assert not ledger.age_of_person(c)
    assert ledger.newsworthy(c, "men|count")


def test_what_a_thing_can_do_is_context() -> None:
    for text, quote in [
        ("up to 260,000 barrels", "The refinery can process up to 260,000 barrels of crude a day."),
        (
            "5,000",
            "The agency was building a water-treatment unit capable of supplying 5,000 people.",
        ),
        ("22,000", "The centres held 23,800 people, in a system designed for 22,000."),
    ]:
        assert ledger.context_figure(_c(text, quote)), text
    # what happened is no capacity
    assert not ledger.context_figure(_c("260,000 barrels", "The refinery spilled 260,000 barrels."))


def test_a_samples_size_a_margin_and_a_division_are_no_figures() -> None:
    for text, quote in [
        (
            "1,500",
            "Its tabulation, based on a random sample of 1,500 polling stations, put it at 49.6.",
        ),
        ("1,800", "He said the figure was based on a survey of 1,800 member companies."),
        ("0.4 percentage points", "Its estimate had a margin of error of 0.4 percentage points."),
        ("212", "The package was approved by 212 votes to 64, the press office said."),
        ("64", "The package was approved by 212 votes to 64, the press office said."),
    ]:
        c = _c(text, quote)
        assert ledger.method_figure(c), text
        assert not ledger.newsworthy(c, "people|count"), text
    # "by" alone is no division: "cut by 300 jobs"
    assert not ledger.method_figure(_c("300", "The firm cut its staff by 300 this year."))


def test_a_small_set_the_sentence_takes_as_known_is_context_whatever_its_verb() -> None:
    q = "The two countries exchanged fire overnight, the worst fighting between the two armies."
    c = {"text": "two", "quote": q.replace("The two countries", "Both"), "value": 2.0}
    c.update(property="deployed", metric="armies|deployed", bound="exact")
    assert ledger.context_figure(c)
    # what happened to people stays the story's own
    q2 = "The two critically injured skiers were flown to hospital in Sion."
    c2 = {"text": "two", "quote": q2, "value": 2.0, "property": "injured"}
    c2.update(metric="critically|injured", bound="exact")
    assert not ledger.context_figure(c2)


def test_a_count_of_the_places_something_happened_in_is_no_figure() -> None:
    for text, quote in [
        (
            "more than 200",
            "The ministry said 380,000 people had demonstrated in more than 200 towns.",
        ),
        ("14", "Rescuers were still searching at 14 sites."),
        ("five", "46 cases had been recorded in five of the province's 14 districts."),
        ("two", "Satellite images showed vehicles arriving at two former collective farms."),
    ]:
        c = _c(text, quote)
        assert ledger.spread_over(c), text
        assert not ledger.newsworthy(c, "towns|count"), text
    # places the event hit as its object, or people in a place, stay figures
    assert not ledger.spread_over(_c("nine", "Wolves have killed 47 sheep on nine farms."))
    assert not ledger.spread_over(_c("3,000", "Police said 3,000 people in the town had fled."))


def test_what_a_correction_removed_is_no_reading() -> None:
    q = "Officials lowered the toll to 42 from 46, saying four victims had been registered twice."
    c = _c("four", q)
    assert ledger.counted_twice(c)
    assert not ledger.newsworthy(c, "people|killed")
    assert not ledger.counted_twice(_c("42", q))  # the corrected total is the reading


def test_a_rate_of_what_something_usually_does_is_context() -> None:
    for text, quote, metric in [
        (
            "around 1.1 million",
            "Halvern makes around 1.1 million gearboxes a year.",
            "gearboxes|count|per year",
        ),
        (
            "about 40,000",
            "The beaches draw about 40,000 visitors a day in July.",
            "visitors|count|per day",
        ),
        ("4,000", "The crossing normally handles 4,000 trucks a day.", "trucks|count|per day"),
    ]:
        c = {**_c(text, quote), "metric": metric}
        assert ledger.context_figure(c), text
    # what it is doing now is news; so is a habitual verb without a rate
    c = {**_c("about 50,000 barrels", "The plant is now processing about 50,000 barrels a day.")}
    assert not ledger.context_figure({**c, "metric": "crude|count|per day|volume"})
    c = {**_c("1,200", "The firm makes 1,200 workers redundant."), "metric": "workers|count"}
    assert not ledger.context_figure(c)
