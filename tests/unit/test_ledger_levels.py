"""Levels (firefighters on the ground, turnout, an area burned, customers affected) move as a
story develops: a reading hours later is an update, not a contradiction; figures tied to one
past occasion ("Saturday's march", "310 aboard") still disagree; figures about different
occasions are not compared.  One key per quantity inside a story (same head noun, one area)."""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.brain import _story_area, _story_head
from tests.unit.test_ledger import art, claim, feed

H = 3600.0


def level(v, quote, **kw):
    return claim(v, property="count", quote=quote.format(v=v), **kw)


def test_a_level_read_hours_later_is_an_update_either_way():
    q = "About {v} firefighters were on the ground."
    _, out = feed(
        [
            (level(250, q, source="forestry corps"), art(1), 0),
            (level(420, q, source="civil protection"), art(2), 17 * H),
            (level(300, q), art(3), 40 * H),
        ]
    )
    assert out == [["new_figure"], ["update"], ["update"]]


def test_two_sources_disagreeing_about_a_level_at_the_same_time_contradict():
    q = "The fire has burned {v} hectares."
    _, out = feed(
        [
            (level(7100, q, source="region"), art(1), 0),
            (level(11000, q, source="WWF"), art(2), 0.5 * H),
        ]
    )
    assert out == [["new_figure"], ["contradiction"]]


def test_a_figure_of_one_past_occasion_still_contradicts_a_day_later():
    _, out = feed(
        [
            (
                level(
                    120000,
                    "Organisers said {v} people joined Saturday's march.",
                    source="organisers",
                ),
                art(1),
                0,
            ),
            (
                level(
                    21000, "The ministry said {v} took part in Saturday's march.", source="ministry"
                ),
                art(2),
                19 * H,
            ),
        ]
    )
    assert out == [["new_figure"], ["contradiction"]]
    _, out = feed(
        [
            (
                level(
                    200,
                    "A ferry carrying about {v} people capsized.",
                    source="coast guard",
                    bound="approx",
                ),
                art(1),
                0,
            ),
            (
                level(
                    310,
                    "The ferry was carrying {v} people, the port chief said.",
                    source="port chief",
                ),
                art(2),
                15 * H,
            ),
        ]
    )
    assert out == [["new_figure"], ["contradiction"]]


def test_figures_of_different_occasions_are_not_compared():
    one_day = level(8900, "Wednesday's strike had cost it {v} vehicles.")
    since = level(21000, "Lost production since Wednesday has reached {v} vehicles.")
    assert ledger.other_occasions(one_day, since)
    by_day = level(27500, "{v} workers had stopped work by midday on Wednesday.")
    friday = level(38000, "About {v} workers joined Friday's stoppage.")
    assert ledger.other_occasions(friday, by_day)
    same = level(9000, "Wednesday's strike cost {v} vehicles, the union said.")
    assert not ledger.other_occasions(one_day, same)
    assert not ledger.other_occasions(level(1, "{v} a"), level(2, "{v} b"))
    _, out = feed([(by_day, art(1), 0), (friday, art(2), 2 * H)])
    assert out == [["new_figure"], []]


def test_fixed_occasion():
    assert ledger.fixed_occasion({"quote": "21,000 people took part in Saturday's march"})
    assert ledger.fixed_occasion({"quote": "the ferry with 140 aboard"})
    assert not ledger.fixed_occasion({"quote": "Turnout stood at 29.6% at 4 p.m."})


def test_story_head_joins_one_key_per_head_noun():
    assert _story_head(["turnout|share|ratio"], "voter turnout|share|ratio") == (
        "turnout|share|ratio"
    )
    assert _story_head(["production workers|count"], "workers|count") == (
        "production workers|count"
    )
    # a subset or an increment is another quantity
    assert _story_head(["cases|infected"], "new cases|infected") is None
    assert _story_head(["passengers|missing"], "other passengers|missing") is None
    # another property, another head, or two candidates: keep the key
    assert _story_head(["turnout|share|ratio"], "voter turnout|count") is None
    assert _story_head(["workers|count"], "workers|count") is None
    assert _story_head(["miners|killed"], "people|killed") is None
    both = ["car workers|count", "steel workers|count"]
    assert _story_head(both, "workers|count") is None
    assert _story_head(["quantity?1a|count"], "new quantity?1a|count") is None


def test_story_area_joins_the_one_area_key():
    assert _story_area(["blaze|count|area"], "fire|count|area") == "blaze|count|area"
    assert _story_area(["blaze|count|area"], "wildfire|supplied|area") == "blaze|count|area"
    assert _story_area(["blaze|count|area", "farmland|count|area"], "fire|count|area") is None
    assert _story_area(["ha?1a2b|count|area"], "fire|count|area") is None
    assert _story_area(["blaze|count|area"], "fire|count|length") is None


def test_a_distance_is_recorded_never_announced_or_compared():
    far = claim(600, property="distance", unit="m", quote="about {v} metres underground")
    assert not ledger.newsworthy(far)
    assert ledger.newsworthy(claim(25, property="count", unit="mm", quote="25 mm of rain"))
    _, out = feed(
        [
            (far, art(1), 0),
            (claim(900, property="distance", unit="m", quote="900 metres away"), art(2), 0),
        ]
    )
    assert out == [[], []]


def test_people_out_of_their_homes_are_one_quantity():
    def dp(quote, text, metric):
        return ledger.displaced_people({"quote": quote, "text": text}, metric)

    assert dp("forcing around 600 people to leave holiday villages", "600", "people|strength")
    assert dp("Around 1,500 people have now been moved out of campsites", "1,500", "people|count")
    assert dp(
        "2,300 residents and holidaymakers spent the night in sports halls",
        "2,300",
        "residents and holidaymakers|count",
    )
    assert dp(
        "All but 300 of the evacuees had been allowed to return home.", "300", "evacuees|count"
    )
    assert dp("About 1,800 people spent the night in tents.", "1,800", "people|count")
    # not displacement, or a named group, or a toll
    assert not dp("21,000 people took part in the march", "21,000", "people|count")
    assert not dp("30 miners were evacuated", "30", "miners|count")
    assert not dp("12 people were killed as residents fled", "12", "people|killed")


def test_an_increment_of_a_count_is_a_delta():
    from claimlogic.extract import extract_claims

    (c,) = [x for x in extract_claims("Inmates freed 30 more hostages on Tuesday, police said.")]
    assert c.value == 30 and c.change_is_delta
    two = {x.value: x for x in extract_claims("Two more survivors were found, officials said.")}
    assert two[2].change_is_delta
    (n,) = extract_claims("Another 40 people were injured, officials said.")
    assert not n.change_is_delta  # often another group, not an increment
    (m,) = extract_claims("The fire destroyed 30 more homes than last year, officials said.")
    assert m.change_is_delta  # a difference, not a count
    (k,) = extract_claims("Companies with 250 or more employees must report, the law says.")
    assert not k.change_is_delta


def test_four_shared_names_need_a_lower_score(monkeypatch):
    from claimlogic import brain, stories

    st = {"s1": {"profile": "e:a\t1", "t0": 0.0, "t1": 0.0, "metrics": []}}
    hits = {"s1": [1.0, 4]}

    def pick(score, ents, **cfg):
        monkeypatch.setattr(stories, "score_weighed", lambda *a, **k: (score, ents))
        config = brain.BrainConfig(**cfg)
        return brain._best_story({"id": "x"}, {"e:a": 1.0}, hits, {}, 2, 0.0, st, config)

    assert pick(0.25, 4) == "s1"
    assert pick(0.25, 3) is None  # three names: the usual 0.30
    assert pick(0.20, 4) is None  # below 0.7 x 0.30
    assert pick(0.25, 4, story_many_entities=0) is None
