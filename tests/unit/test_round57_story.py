"""Round 57 (s57): a report months after its story -- the trial after the raid, the
fine after the recall -- that names the same prosecutors, firms, towns and outlets
joins the story beyond ``story_max_gap_s`` (brain._long_gap_need): it shares at least
``_LONG_JOIN_ENTITIES`` names with the story and reaches ``story_strong_threshold`` on
its terms, within ``_LONG_JOIN_GAP_S``.  Its figures then carry on the story's."""

from __future__ import annotations

from claimlogic.brain import _LONG_JOIN_ENTITIES, BrainConfig, _long_gap_need
from tests.unit.streams import run_stream

_FIRST = (
    "TELLMARK, March 3 (Orsby Courier) - Police in Tellmark arrested 12 people on Monday "
    "over a scheme that sold forged grain certificates to mills in Varrow and Hessling, "
    "prosecutor Ilse Brandvik said.\n"
    "\n"
    "The Orsby Grain Board said the forged certificates had cost its members about 31 "
    "million florins. Officers searched the offices of Kettler Agro and Saltmere Trading in "
    "Tellmark, and the Varrow mill owner Anton Rask said his firm had bought grain with the "
    "certificates for two years.\n"
    "\n"
    "Judge Marta Olsen ordered the suspects held for 30 days. Lawyer Pieter Haas, for "
    "Kettler Agro, said the firm had done nothing wrong.\n"
)


def _later(names: bool) -> str:
    who = (
        "prosecutor Ilse Brandvik told the court in Tellmark. Kettler Agro and Saltmere "
        "Trading are charged as firms, and the Orsby Grain Board and the Varrow mill owner "
        "Anton Rask are witnesses; Judge Marta Olsen presides. Lawyer Pieter Haas said Kettler "
        "Agro would plead not guilty, the Orsby Courier reported"
        if names
        else "a prosecutor told the court. The two firms are charged as firms, and a grain "
        "board and a mill owner are witnesses. A lawyer for one of the firms said it would "
        "plead not guilty"
    )
    return (
        "TELLMARK - The trial over forged grain certificates sold to mills opened on "
        "Tuesday, with 14 people now arrested in the scheme, " + who + ".\n"
        "\n"
        "The forged certificates were sold to mills over two years, the indictment says, "
        "and the mills paid for grain that had never been tested.\n"
    )


def _run(pub: str, *, names: bool = True) -> list[tuple[str, bool, list[dict[str, object]]]]:
    return run_stream(
        [
            ("a1", "2031-03-03T09:00:00Z", "Twelve held over forged grain certificates", _FIRST),
            (
                "a2",
                pub,
                "Forged grain certificates trial opens in Tellmark",
                _later(names),
            ),
        ]
    )


def test_a_trial_months_on_naming_the_story_s_people_joins_it() -> None:
    out = _run("2031-05-28T09:00:00Z")  # 86 days on, beyond story_max_gap_s (60 days)
    assert out[0][0] == out[1][0], "one story"
    got = [(a["kind"], a["claim"]["text"]) for a in out[1][2]]
    assert ("update", "14") in got, got


def test_a_report_further_than_the_long_join_gap_opens_its_own_story() -> None:
    # 200 days on (round 73: past 120 days, within half a year, a report naming six
    # distinct rare names of the story's joins it: test_round73_long_gap_joins.py)
    out = _run("2031-09-19T09:00:00Z")
    assert out[0][0] != out[1][0]


def test_a_report_months_on_naming_few_of_the_story_s_names_opens_its_own_story() -> None:
    out = _run("2031-05-28T09:00:00Z", names=False)
    assert out[0][0] != out[1][0]


def test_long_gap_need() -> None:
    cfg = BrainConfig()
    day = 24 * 3600.0
    assert _long_gap_need(30 * day, 20, cfg) is None  # within the ordinary ramp
    assert _long_gap_need(90 * day, _LONG_JOIN_ENTITIES, cfg) == cfg.story_strong_threshold
    assert _long_gap_need(90 * day, _LONG_JOIN_ENTITIES - 1, cfg) is None
    assert _long_gap_need(200 * day, 20, cfg) is None


_STRIKE = (
    "HALVERSUND, June 2 (Nordic Wire) - Deckhands at the ferry operator Lakeline walked out "
    "on Monday in a dispute over rosters, and the company said 140 sailings had been "
    "cancelled across the Halversund archipelago.\n"
    "\n"
    "The Seafarers' Union said the strike would last until Thursday. Lakeline said it was "
    "running a reduced timetable on the busiest routes and urged travellers to check before "
    "setting out.\n"
)


def _brief_alerts(title: str) -> list[tuple[str, bool, list[dict[str, object]]]]:
    # a radio brief naming nothing, whose own words share little with the story: it
    # takes neither the brief join (its score is too low) nor a name of the story
    brief = (
        "Commuters queued for replacement buses at harbour terminals, several schools "
        "postponed excursions, hauliers rerouted lorries over the mainland bridge and "
        "fishmongers reported empty stalls on Tuesday; the operator said 230 sailings had "
        "now been cancelled.\n"
    )
    return run_stream(
        [
            (
                "a1",
                "2031-06-02T09:00:00Z",
                "Lakeline deckhands strike, 140 ferry sailings cancelled",
                _STRIKE,
            ),
            ("a2", "2031-06-02T20:00:00Z", title, brief),
        ]
    )


def test_a_nameless_brief_whose_headline_shares_a_word_carries_the_story_s_count_on() -> None:
    out = _brief_alerts("Deckhands walkout goes on")  # "deckhands" is the story's word
    assert out[0][0] == out[1][0], "one story"
    got = [(a["kind"], a["claim"]["text"]) for a in out[1][2]]
    assert ("update", "230") in got, got


def test_a_nameless_brief_sharing_no_headline_word_opens_its_own_story() -> None:
    out = _brief_alerts("Busy Tuesday on the water")
    assert out[0][0] != out[1][0]


_RACE = (
    "DELFORD, May 9 (Weald Wire) - Police raided an illegal street race meeting on the old "
    "Vossmark airfield near Delford on Saturday night and arrested nine people, seizing 31 "
    "cars, a police spokesman said.\n"
    "\n"
    "About 400 spectators had gathered on the runway, and officers closed the access road for "
    "three hours. The airfield's owner said he had not known of the event.\n"
)


def _race_brief(place: str) -> list[tuple[str, bool, list[dict[str, object]]]]:
    # a follow-up whose headline names nothing and whose count is too far above the
    # story's to join on its figures
    brief = (
        f"Police said on Monday they had now arrested 40 people over the {place} meeting, "
        "after detectives traced drivers through messages on a racing forum.\n"
    )
    return run_stream(
        [
            ("a1", "2031-05-09T23:00:00Z", "Police raid Delford street race, nine arrested", _RACE),
            ("a2", "2031-05-11T07:00:00Z", "Drag racing crackdown widens", brief),
        ]
    )


def test_a_follow_up_whose_headline_names_nothing_joins_on_the_rare_name_it_gives() -> None:
    out = _race_brief("Vossmark")
    assert out[0][0] == out[1][0], "one story"
    got = [(a["kind"], a["claim"]["text"]) for a in out[1][2]]
    assert ("update", "40") in got, got


def test_a_follow_up_whose_only_name_is_not_the_story_s_opens_its_own_story() -> None:
    out = _race_brief("Kellmoor")
    assert out[0][0] != out[1][0]


def _plain_nameless(title: str, text: str) -> list[tuple[str, bool, list[dict[str, object]]]]:
    return run_stream(
        [
            (
                "a1",
                "2031-06-02T09:00:00Z",
                "Lakeline deckhands strike, 140 ferry sailings cancelled",
                _STRIKE,
            ),
            ("a2", "2031-06-03T20:00:00Z", title, text),
        ]
    )


_AGAINST = (
    "Ferry sailings across the archipelago were cancelled on Tuesday as the deckhands stayed "
    "out; the operator said 230 sailings had been cancelled, against 140 on Monday.\n"
)


def test_a_nameless_report_not_written_as_a_follow_up_joins_on_its_figures() -> None:
    # no follow-up wording, no name: its figure names the story's 140 it moved from, and
    # its headline shares "strike" with the story's
    out = _plain_nameless("Strike: 230 sailings cancelled", _AGAINST)
    assert out[0][0] == out[1][0], "one story"
    got = [(a["kind"], a["claim"]["text"]) for a in out[1][2]]
    assert ("update", "230") in got, got


def test_a_nameless_report_sharing_no_headline_word_opens_its_own_story() -> None:
    assert _plain_nameless("Busy Tuesday on the water", _AGAINST)[1][1]


def test_a_nameless_report_of_something_else_opens_its_own_story() -> None:
    out = _plain_nameless(
        "Snow halts valley buses",
        "Bus services in the upper valley were suspended on Tuesday after heavy snow; the "
        "transport office said 60 buses had been taken off the roads.\n",
    )
    assert out[0][0] != out[1][0]


def _race_report(place: str) -> list[tuple[str, bool, list[dict[str, object]]]]:
    # not written as a follow-up, a headline that names nothing, one name in its text
    text = (
        f"Police said on Monday that 40 people had been arrested over the {place} meeting, "
        "after detectives traced drivers through messages on a forum, and prosecutors said "
        "some would face charges of dangerous driving and betting fraud before magistrates "
        "next month.\n"
    )
    return run_stream(
        [
            ("a1", "2031-05-09T23:00:00Z", "Police raid Delford street race, nine arrested", _RACE),
            ("a2", "2031-05-11T07:00:00Z", "Race arrests", text),
        ]
    )


def test_a_report_whose_headline_names_nothing_ties_by_the_rare_name_it_gives() -> None:
    out = _race_report("Vossmark")
    assert out[0][0] == out[1][0], "one story"
    assert not [a for a in out[1][2] if a["kind"] == "new_figure"], out[1][2]


def test_a_report_whose_only_name_is_not_the_story_s_stays_apart() -> None:
    assert _race_report("Kellmoor")[1][1]
