"""Tolls: each figure keeps its own property, generic victim nouns share one key, places
and durations are not tolls, the day of an event is its time scope."""

from __future__ import annotations

from claimlogic.extract import extract_claims
from claimlogic.model import Claim


def by_value(text: str) -> dict[float | None, Claim]:
    return {c.value: c for c in extract_claims(text)}


def test_killing_and_wounding_others_share_the_people_key():
    c = by_value(
        "Gunmen attacked a wedding party in the village of Tamsa early Saturday, killing 28 "
        "people and wounding 39 others, police said, adding that 7 suspects had been arrested."
    )
    assert (c[28].metric, c[28].property) == ("people|killed", "killed")
    assert (c[39].metric, c[39].property) == ("people|injured", "injured")
    assert c[7].property == "arrested"


def test_dead_and_hurt_each_keep_their_property():
    c = by_value("Officials said 28 dead, 39 hurt.")
    assert c[28].metric == "people|killed"
    assert c[39].metric == "people|injured"


def test_a_coordinated_figure_keeps_its_own_property():
    c = by_value("Another 40 people were injured and 11 remain missing, he told reporters.")
    assert c[40].metric == "people|injured"
    assert c[11].metric == "people|missing"


def test_named_groups_keep_their_own_key():
    c = by_value("The blast killed 14 miners and 3 rescuers on Thursday.")
    assert c[14].metric == "miners|killed"


def test_places_are_not_tolls_or_deployments():
    c = by_value(
        "Authorities said gunmen killed 28 people and wounded 39 others in attacks on three "
        "villages."
    )
    assert c[3].property == "count"
    c = by_value("He said the troops then moved on to three training sites in the Far East.")
    assert c[3].property == "count"


def test_the_day_of_an_event_is_its_time_scope():
    c = by_value("A bomb exploded at a market early Saturday, killing 28 people.")
    assert c[28].time == "early Saturday"
    c = by_value("Two passenger trains collided on Friday morning, killing 7 people.")
    assert c[7].time == "Friday morning"
    # a bare weekday is the day of the statement, not scope
    c = by_value("The ministry said on Friday that 7 people were killed.")
    assert c[7].time is None


def test_a_month_abbreviation_needs_a_word_boundary():
    c = by_value("The death toll from flash floods in Marrow Creek rose to 19 on Monday.")
    assert c[19].time is None
    c = by_value("Exports fell 12% in Mar. 2024, the office said.")
    assert c[12].time is not None


def test_crowd_size_is_one_quantity_however_worded():
    for text in (
        "Police estimated the crowd at 18,000.",
        "Organisers said 120,000 people joined Saturday's march against the pension law.",
        "The interior ministry said 21,000 people took part in the rally.",
    ):
        (c,) = extract_claims(text)
        assert (c.metric, c.property) == ("crowd|attended", "attended"), text
    # people who are not gathering are not a crowd
    (c,) = extract_claims("About 5,000 people live in the town.")
    assert c.metric == "people|count"
    (c,) = extract_claims("Some 300 people were evacuated after the march.")
    assert c.property == "displaced"


def _keys(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.metric) for c in extract_claims(text)]


def test_time_spent_is_not_money():
    assert _keys("About 2,400 people spent Monday night in warming centres, officials said.") == [
        ("About 2,400", "people|count")
    ]
    assert _keys("About 1,800 people spent the night in tents.") == [
        ("About 1,800", "people|count")
    ]
    assert _keys("The city spent 40 million euros on the bridge.")[0][1].endswith("|cost|money")


def test_a_toll_from_a_days_strike_counts_people():
    text = "The death toll from Sunday's missile strike in Pelvo rose to 21, the governor said."
    assert _keys(text) == [("21", "people|killed")]
    # a bare weapon noun keeps its key
    assert _keys("Three missiles killed 5 soldiers.")[0] == ("Three", "missiles|killed")


def test_cases_are_one_running_count_of_infections():
    a = _keys("Officials have recorded 140 suspected cholera cases in the district.")
    b = _keys("Cholera cases in the district rose to 310, the ministry said.")
    c = _keys("The WHO said it had confirmed 260 cholera cases in the district.")
    assert a[0][1] == b[0][1] == c[0][1] == "cholera cases|infected"
