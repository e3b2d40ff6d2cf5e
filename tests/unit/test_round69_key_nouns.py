"""Round 69 (k69, extractor key nouns): a count with no noun of its own that the speaker
means by a noun the article named before.

* "The union said 2,100 of its members remained on strike", "at least 30 of our men":
  a part of the speaker's own roll is the people the story counted before by its own noun
  with the same property (the company's "1,200 workers were on strike"), not a key of its
  own never compared.
* "said its own count, based on ..., now stood at 8,000", "their estimate was 19,000": an
  owned reading word as the subject of "was / is / stood at" right before a figure with
  no noun is the speaker's reading of the quantity just named, as "put the figure at N".
"""

from claimlogic.extract import extract_claims
from tests.unit.streams import article_alerts


def _keys(text: str) -> dict[float, str]:
    return {c.value or 0.0: c.metric for c in extract_claims(text)}


def test_members_of_a_union_count_the_workers_named_before() -> None:
    keys = _keys(
        "The shipyard said 640 welders had stayed away on Tuesday. "
        "The welders' guild said 1,150 of its members had stayed away."
    )
    assert keys[640.0] == keys[1150.0] == "welders|count"


def test_our_men_count_the_miners_named_before() -> None:
    keys = _keys(
        "The mine operator said 12 miners were trapped underground. "
        '"At least 19 of our men are still down there," the union leader said.'
    )
    assert keys[12.0] == keys[19.0]


def test_members_with_no_earlier_count_stay_a_key_of_their_own() -> None:
    keys = _keys("The guild said 1,150 of its members had stayed away.")
    assert keys[1150.0].startswith("quantity?")


def test_members_take_only_a_count_of_the_same_property() -> None:
    keys = _keys(
        "Police said 85 protesters had been arrested. "
        "The guild said 1,150 of its members had stayed away."
    )
    assert keys[1150.0].startswith("quantity?")


def test_our_people_is_no_part_of_a_roll() -> None:
    keys = _keys(
        "The census counted 3.1 million residents. "
        '"They found 90,000 of our people in a month," the governor said.'
    )
    assert keys[90_000.0].startswith("quantity?")


def test_members_count_raises_the_contradiction() -> None:
    text = (
        "HALDOR, May 4 - About 640 welders stayed away from the Haldor shipyard on Tuesday, "
        "the company said, in a strike over night-shift pay.\n\n"
        "The Boilermakers' Guild disputed the company's count. \"At least 1,150 of our "
        'members walked out today," said its secretary, Mara Telling.'
    )
    kinds = article_alerts(text, title="Strike at Haldor yard", published_at="2026-05-04T10:00:00Z")
    assert ("contradiction", "At least 1,150", "welders|count") in kinds


def test_own_count_stood_at_reads_the_quantity_just_named() -> None:
    keys = _keys(
        "The council said 3,300 households were waiting for a repair. "
        "The tenants' league said its own count, drawn from calls to its helpline, "
        "now stood at 6,100."
    )
    assert keys[6100.0] == keys[3300.0]


def test_their_estimate_was_reads_the_quantity_just_named() -> None:
    keys = _keys(
        "The ferry operator said 420 cars were stranded at the port. "
        "Harbour police said their estimate was 900, based on camera counts."
    )
    assert keys[900.0] == keys[420.0]


def test_own_estimate_of_a_sum_reads_the_sum_just_named() -> None:
    keys = _keys(
        "The port authority said the clean-up would cost 12 million euros. "
        "The shipping line said its own estimate stood at 5 million euros."
    )
    assert keys[5e6] == keys[12e6]


def test_own_reading_of_a_named_thing_keeps_its_noun() -> None:
    keys = _keys(
        "The council said 3,300 households were waiting for a repair. "
        "The league said its own estimate of the evicted was 700."
    )
    assert keys[700.0] != keys[3300.0]


def test_members_take_only_a_noun_of_people() -> None:
    keys = _keys(
        "The studio said 19 productions were halted. "
        "The extras' association said 2,500 of its members were halted."
    )
    assert keys[2500.0].startswith("quantity?")


def test_own_estimate_reads_past_an_of_phrase_in_an_aside() -> None:
    keys = _keys(
        "The shipping line said about 300 tonnes of fuel oil had leaked. "
        "The coastguard said its own estimate, based on aerial surveys of the slick, "
        "was 900 tonnes."
    )
    assert keys[900.0] == keys[300.0]
