"""Round 60 (a60): a later article's figure for a quantity the story already holds, filed
under another noun or property, carries that quantity on instead of opening a key of its
own: a count near one of two story keys of its noun and a count read as a moneyless cost
(brain._story_verb), a sum whose sentence sets it against a reading given before
(brain._story_sum_compared), and a count of the story's noun under another qualifier
(brain._story_head_near)."""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream


def _story(first: tuple[str, str, str], second: tuple[str, str, str]) -> list[Any]:
    out = run_stream([("a1", *first), ("a2", *second)])
    assert out[0][0] == out[1][0], "one story"
    alerts: list[dict[str, Any]] = out[1][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


_ROOF = (
    "BALDERUP, May 4 (NW) - The roof of the Balderup town school collapsed under heavy snow on "
    "Sunday night, when the building was empty, and the town council said on Monday that it "
    "put the cost of the repairs at about 4 million crowns.\n\n"
    "Pupils will be taught in the sports hall until the work is done, the council said. "
    "Engineers were checking the other school buildings in the town.\n"
)


def _roof(sentence: str) -> list[Any]:
    second = (
        "BALDERUP, June 20 (NW) - Pupils of the Balderup town school returned to their "
        "classrooms on Friday, four months after the roof collapsed under heavy snow.\n\n"
        + sentence
        + "\n\nEngineers had checked the other school buildings in the town and found no "
        "faults, the council said.\n"
    )
    return _story(
        ("2031-05-04T09:00:00Z", "Snow brings down Balderup school roof", _ROOF),
        ("2031-06-20T09:00:00Z", "Balderup school reopens after roof collapse", second),
    )


def test_a_sum_set_against_a_reading_given_before_carries_the_story_sum_on() -> None:
    got = _roof(
        "The council said the re-roofing had cost 5.5 million crowns, more than it had planned."
    )
    assert ("update", "5.5 million crowns", "cost|cost|money") in got, got


def test_a_sum_with_no_comparison_keeps_its_own_key() -> None:
    got = _roof("The council said the re-roofing had cost 5.5 million crowns.")
    assert not [a for a in got if a[2] == "cost|cost|money"], got


def test_a_compared_sum_far_from_the_story_sum_keeps_its_own_key() -> None:
    got = _roof(
        "The council said the re-roofing had cost 12 million crowns, more than it had planned."
    )
    assert not [a for a in got if a[2] == "cost|cost|money"], got


_FLOUR = (
    "ALMSTADT, Oct 2 (NW) - Health officials in Almstadt ordered a recall of rye flour from "
    "the Kellermann mill on Thursday after 20 people fell ill with food poisoning.\n\n"
    "The health office said flour from the suspect batch had been delivered to 52 bakeries in "
    "the region. Three bakeries had sent staff to help the inspectors, the mill said.\n"
)


def _flour(sentence: str) -> list[Any]:
    second = (
        "ALMSTADT, Oct 4 (NW) - Inspectors went on testing rye flour from the Kellermann mill "
        "on Saturday as the recall of the suspect batch went on.\n\n"
        + sentence
        + "\n\nThe health office said it would publish the list of bakeries on Monday.\n"
    )
    return _story(
        ("2031-10-02T09:00:00Z", "Rye flour recalled after food poisoning in Almstadt", _FLOUR),
        ("2031-10-04T09:00:00Z", "Kellermann mill flour recall goes on", second),
    )


def test_a_count_near_one_of_two_story_keys_of_its_noun_is_no_new_figure() -> None:
    # "52 bakeries" supplied and "three bakeries" that sent staff: the 30 is near the first
    got = _flour(
        "The mill said in a statement that only 30 bakeries had received flour from the "
        "suspect batch."
    )
    assert not [a for a in got if a[1] == "30"], got


def test_a_count_far_from_every_story_key_of_its_noun_keeps_its_own_key() -> None:
    got = _flour(
        "The mill said in a statement that 400 bakeries had bought flour from it this year."
    )
    assert [a for a in got if a[1] == "400" and a[0] == "new_figure"], got


_PLANT = (
    "HARLOW, Oct 2 (NW) - The battery maker Velto said on Thursday it would close its plant in "
    "Harlow next year, and that 1,400 jobs would go.\n\n"
    "The company blamed falling car sales and the cost of energy. The town's mayor called the "
    "decision a disaster for the region.\n"
)


def _plant(sentence: str) -> list[Any]:
    second = (
        "HARLOW, Oct 4 (NW) - Workers at the Velto battery plant in Harlow held a rally on "
        "Saturday against the planned closure.\n\n"
        + sentence
        + "\n\nThe officials said they would give more details on Monday.\n"
    )
    return _story(
        ("2031-10-02T09:00:00Z", "Velto to close Harlow battery plant", _PLANT),
        ("2031-10-04T09:00:00Z", "Velto workers rally in Harlow", second),
    )


def test_jobs_a_closure_would_cost_are_the_story_count_of_jobs() -> None:
    got = _plant("The labour ministry said the closure would cost 1,100 jobs.")
    assert not [a for a in got if a[1] == "1,100" and a[0] == "new_figure"], got


def test_jobs_a_closure_would_cost_far_from_the_story_count_stay_apart() -> None:
    got = _plant("The labour ministry said the closures across the region would cost 9,000 jobs.")
    assert [a for a in got if a[1] == "9,000" and a[0] == "new_figure"], got


_BROKER = (
    "VELSBURG, Oct 2 (NW) - Regulators shut the online broker Tandmark Trade on Thursday and "
    "froze 62,000 client accounts, the financial supervisor said.\n\n"
    "The supervisor said it had found transfers out of the client account going back two "
    "years. Clients were told to keep their log-in details safe.\n"
)


def _broker(sentence: str) -> list[Any]:
    second = (
        "VELSBURG, Oct 4 (NW) - Clients of the collapsed online broker Tandmark Trade crowded "
        "into a city hotel on Saturday to hear from its administrators.\n\n"
        + sentence
        + "\n\nThe officials said they would give more details on Monday.\n"
    )
    return _story(
        ("2031-10-02T09:00:00Z", "Tandmark Trade shut, client accounts frozen", _BROKER),
        ("2031-10-04T09:00:00Z", "Tandmark clients meet administrators", second),
    )


def test_a_count_of_the_story_noun_under_another_qualifier_near_it_is_no_new_figure() -> None:
    got = _broker(
        "The administrators said the number of frozen accounts had turned out to be 71,000, "
        "after dormant accounts were found."
    )
    assert not [a for a in got if a[1] == "71,000"], got


def test_a_count_of_the_story_noun_under_another_qualifier_far_from_it_stays_new() -> None:
    got = _broker(
        "The administrators said the number of frozen accounts had turned out to be 240,000, "
        "after dormant accounts were found."
    )
    assert [a for a in got if a[1] == "240,000" and a[0] == "new_figure"], got
