"""Short briefs that name one place join the right story, and only that one."""

from __future__ import annotations

import random

from claimlogic import stories
from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

T0 = 1_760_000_000.0
CFG = BrainConfig()


def _run(items: list[tuple[str, str, str, str]], config: BrainConfig = CFG) -> list:
    return run_stream(items, config)


STRIKE = [
    (
        "s1",
        "2025-11-02T06:00:00Z",
        "Missile strike on Pelvo apartment block kills 11",
        "A missile struck an apartment block in the city of Pelvo early on Sunday, killing 11 "
        "people and wounding 28 others, the regional governor said.",
    ),
    (
        "s2",
        "2025-11-02T10:30:00Z",
        "Military says Pelvo strike killed 6",
        "The military command said the strike in Pelvo on Sunday killed 6 people, disputing "
        "the governor's figures.",
    ),
]


def test_brief_naming_one_rare_place_joins_its_story():
    (s1, new1, _), (s2, new2, alerts) = _run(STRIKE)
    assert new1 and not new2 and s1 == s2
    assert [(a["kind"], a["claim"]["value"]) for a in alerts] == [("contradiction", 6)]


def test_brief_joins_can_be_turned_off():
    (s1, _, _), (s2, new2, _) = _run(STRIKE, BrainConfig(brief_max_df=0))
    assert new2 and s1 != s2


def test_brief_about_another_place_stays_apart():
    items = [
        STRIKE[0],
        (
            "k1",
            "2025-11-02T07:00:00Z",
            "Landslide buries homes in Kerim",
            "A landslide buried several houses in the mountain village of Kerim on Sunday, "
            "killing 9 people, local officials said.",
        ),
    ]
    (s1, _, _), (s2, new2, alerts) = _run(items)
    assert new2 and s1 != s2 and [a["kind"] for a in alerts] == ["new_figure"]


def test_brief_anchored_on_an_unknown_town_does_not_join_on_the_region():
    """'Millbrook, Vermont' must not join 'Oakridge, Vermont' on the shared state."""
    items = [
        (
            "o1",
            "2025-03-04T10:00:00Z",
            "Sawmill blast kills 3 in Oakridge",
            "An explosion at a sawmill in Oakridge, Vermont, killed 13 workers on Tuesday, "
            "Vermont state police said.",
        ),
        (
            "m1",
            "2025-03-04T15:00:00Z",
            "Sawmill blast in Millbrook, Vermont",
            "An explosion at a sawmill in Millbrook, Vermont, killed 14 workers on Tuesday, "
            "Vermont state police said.",
        ),
    ]
    (s1, _, _), (s2, new2, alerts) = _run(items)
    assert new2 and s1 != s2
    assert all(a["kind"] == "new_figure" for a in alerts)


def test_two_incidents_in_one_town_each_brief_joins_its_own():
    items = [
        (
            "b1",
            "2025-05-09T10:00:00Z",
            "Bus plunges into ravine near Halvik, killing 9",
            "A bus carrying pilgrims plunged into a ravine outside Halvik on Friday, killing 9 "
            "people and injuring 23, police said.",
        ),
        (
            "f1",
            "2025-05-09T19:00:00Z",
            "Fire sweeps through Halvik covered market",
            "A fire swept through the covered market in central Halvik on Friday evening, "
            "injuring 14 people, the fire brigade said.",
        ),
        (
            "f2",
            "2025-05-10T11:00:00Z",
            "Halvik market fire: injured rise to 19",
            "The number of people injured in the Halvik market fire rose to 19, the fire "
            "brigade said on Saturday.",
        ),
    ]
    (sb, _, _), (sf, newf, _), (sf2, _, alerts) = _run(items)
    assert newf and sb != sf and sf2 == sf
    assert [(a["kind"], a["claim"]["value"]) for a in alerts] == [("update", 19)]


def test_ambiguous_brief_between_two_stories_of_one_town_opens_its_own():
    items = [
        (
            "b1",
            "2025-05-09T10:00:00Z",
            "Bus crash near Halvik injures 23",
            "A bus crashed outside Halvik on Friday, injuring 23 people, police said.",
        ),
        (
            "t1",
            "2025-05-09T12:00:00Z",
            "Train crash near Halvik injures 14",
            "A train crashed outside Halvik on Friday, injuring 14 people, police said.",
        ),
        (
            "x1",
            "2025-05-10T09:00:00Z",
            "Halvik crash: injured rise to 30",
            "The number of people injured in the crash outside Halvik rose to 30, police said.",
        ),
    ]
    out = _run(items)
    assert out[2][1]  # a story of its own: nothing says which crash
    assert all(a["kind"] == "new_figure" for a in out[2][2])


def test_many_interleaved_one_place_briefs_never_cross():
    """Hundreds of short, identically worded briefs about different towns: each brief
    joins only its own town's story, and no alert compares two towns."""
    rng = random.Random(5)
    syl = ["ka", "lo", "mi", "ren", "tas", "vo", "dru", "pel", "sor", "ban", "qui", "zet"]
    towns: list[str] = []
    while len(towns) < 120:
        t = "".join(rng.choice(syl) for _ in range(3)).capitalize()
        if t not in towns:
            towns.append(t)
    items, truth = [], {}
    for step in range(3):
        for j, town in enumerate(towns):
            k = 10 + j % 7 + 3 * step
            aid = f"{town}-{step}"
            truth[aid] = town
            hour = step * 6 + j % 5
            items.append(
                (
                    aid,
                    f"2025-06-1{step}T{hour:02d}:00:00Z",
                    f"Flood kills {k} in {town}",
                    f"Floods in {town} killed {k} people, officials said.",
                )
            )
    rng.shuffle(items)
    out = _run(items)
    story_towns: dict[str, set[str]] = {}
    for (aid, *_), (sid, _, alerts) in zip(items, out, strict=True):
        story_towns.setdefault(sid, set()).add(truth[aid])
        for a in alerts:
            sides = [a["claim"], *a["against"]]
            assert len({truth[s["article"]["id"]] for s in sides}) == 1
    assert all(len(v) == 1 for v in story_towns.values())


def test_metric_families_and_anchors():
    fam = stories.metric_families(["suspected cholera cases|infected", "people|killed"])
    assert "case|" in fam and "|infected" in fam and "|killed" in fam
    assert "people|" not in fam  # too generic to tie two events
    assert stories.metric_families(["cholera cases|count"]) & fam
    assert not stories.metric_families(["quantity?1a2b|count"])
    ents = {"pelvo": 1.0, "ivo": 1.0, "ivo marent": 1.0}
    assert stories.anchor_terms(ents, "Pelvo Strike Toll Rises To 21", []) == {"pelvo"}
    assert stories.anchor_terms(ents, None, ["central Pelvo"]) == {"pelvo"}
    assert stories.anchor_terms(ents, "Strike toll rises", [None]) == set()


def test_exclusive_weight_counts_only_what_tells_stories_apart():
    art = {"e:halvik": 2.0, "k:fire": 1.0, "k:market": 1.0, "k:rose": 0.5}
    market = {"e:halvik": 2.0, "k:fire": 1.0, "k:market": 1.0}
    bus = {"e:halvik": 2.0, "k:rose": 1.0}
    dfs = {"e:halvik": 2, "k:fire": 1, "k:market": 1, "k:rose": 1}
    assert stories.exclusive_weight(art, market, bus, dfs, 10) > 3 * stories.exclusive_weight(
        art, bus, market, dfs, 10
    )


def test_follow_up_reads_the_lead_only():
    fu = stories.follow_up
    assert fu("The death toll from Friday's bus crash near Halvik rose to 12, police said.")
    assert fu("The number of people injured in the Halvik market fire rose to 19.")
    assert fu("The coast guard said 14 bodies were recovered after the ferry sank off Lorca.")
    assert fu("Police in Norvale corrected the toll from Wednesday's factory fire to 8.")
    assert fu("Suspected cholera cases in Marsa rose to 310, the ministry said.")
    # first reports introduce their event
    assert not fu("A fire swept through the covered market in Halvik, the fire brigade said.")
    assert not fu("A train crashed outside Halvik on Friday, injuring 14 people, police said.")
    assert not fu("A bus crashed outside Halvik. The crash killed 3 and the toll rose to 5.")


QUAKE_BRIEF = [
    (
        "q1",
        "2025-06-14T08:00:00Z",
        "Earthquake in Ormeno kills 27",
        "ORMENO - A magnitude 6.4 earthquake struck the mountain town of Ormeno on Saturday, "
        "killing 27 people and injuring more than 300, the civil protection agency said. About "
        "3,500 people spent the night in emergency shelters.",
    ),
    (
        "q2",
        "2025-06-15T10:00:00Z",
        "Ormeno survivors stay in shelters",
        "More than 2,000 people remained in emergency shelters in Ormeno on Monday, two days "
        "after the earthquake, the Red Cross said. The death toll stood at 27.",
    ),
]


def test_follow_up_brief_joins_on_its_rare_anchor_below_the_usual_score():
    # The brief shares one rare place and scores just under the usual 0.30: at
    # brief_join_factor of that it joins, and the repeated toll of 27 is not news again.
    (s1, _, _), (s2, new2, alerts) = _run(QUAKE_BRIEF)
    assert s1 == s2 and not new2
    assert 27.0 not in [a["claim"]["value"] for a in alerts if a["kind"] == "new_figure"]
    # (the figure join would take it too: "2,000 remained in shelters" carries on 3,500)
    off = BrainConfig(brief_join_factor=1.0, figure_join_gap_s=0)
    (s1, _, _), (s2, new2, _) = _run(QUAKE_BRIEF, off)
    assert new2 and s1 != s2


MARATHON = [
    (
        "r1",
        "2025-06-08T14:00:00Z",
        "One runner dead, 23 in hospital as heat hits Rostervik marathon",
        "One runner died and 23 marathon runners were taken to hospital as temperatures hit "
        "34 degrees during the Rostervik city marathon on Sunday, organisers said. The race "
        "was not stopped; medical tents along the course treated heat exhaustion.",
    ),
    (
        "r2",
        "2025-06-09T09:00:00Z",
        "Ambulance service puts marathon hospital count at 44",
        "The regional ambulance service said 44 marathon runners were taken to hospital "
        "after the city race in Rostervik, higher than the organisers' count of 23. Most "
        "runners treated for heat exhaustion have left hospital, the service said.",
    ),
]


def test_follow_up_on_one_shared_name_joins_when_its_terms_are_the_storys():
    """Not written as a brief, one shared name, but most of its weight is the story's."""
    (s1, _, _), (s2, new2, _) = _run(MARATHON)
    assert not new2 and s1 == s2


def test_one_entity_joins_can_be_turned_off():
    # (the figure join would take it too: it restates the organisers' 23 beside its 44)
    off = BrainConfig(one_entity_score=0, figure_join_gap_s=0)
    (s1, _, _), (s2, new2, _) = _run(MARATHON, off)
    assert new2 and s1 != s2
