"""Round 22: rival readings on fresh text -- a speaker's figure given as "put the debt at
N" (any object, not only a count word), and readings recalled from an earlier day."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


_DEBT = (
    "KARVEN - The builder Ostmark Homes filed for insolvency on Monday with debts of "
    "2.3 billion talers, its court-appointed administrator said. "
)


def test_put_the_debt_at_is_a_speakers_reading() -> None:
    text = _DEBT + "A committee of the lending banks put the debt at 3.1 billion talers."
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Builder collapses", text)])
    assert ("contradiction", 3.1e9) in got[0]


def test_putting_the_area_hit_at_is_a_speakers_reading() -> None:
    text = (
        "LOMA - Two nights of frost damaged coffee trees on 18,000 hectares in the Alta "
        "highlands, the agriculture ministry said on Monday. The Alta Coffee Growers' "
        "Federation said damage was far wider, putting the area hit at 26,000 hectares."
    )
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Frost hits coffee", text)])
    assert ("contradiction", 26000.0) in got[0]


def test_a_reading_put_on_an_earlier_day_is_recalled() -> None:
    text = (
        "KOBAL - The death toll from Wednesday's tanker explosion rose to 47 on Thursday, "
        "police said. Governor Cassius Bendu, who on Wednesday put the number of dead at 40, "
        "visited the site on Thursday."
    )
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Tanker blast toll rises", text)])
    assert all(k != "contradiction" for k, _ in got[0])


def test_a_word_of_change_in_a_later_clause_is_not_the_figures() -> None:
    text = (
        "LOMA - Two nights of frost damaged coffee trees on 18,000 hectares in the Alta "
        "highlands, the agriculture ministry said on Monday. The Alta Coffee Growers' "
        "Federation said damage was far wider, putting the area hit at 26,000 hectares, and "
        "said the ministry's agents "
        "had not yet reached the higher valleys where the frost was hardest."
    )
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Frost hits coffee", text)])
    assert ("contradiction", 26000.0) in got[0]
    # the figure's own words of change still make it a move, not a rival reading
    moved = text.replace("26,000 hectares,", "26,000 hectares, up from 22,000,")
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Frost hits coffee", moved)])
    assert ("contradiction", 26000.0) not in got[0]


def test_said_its_own_anything_is_rival_wording() -> None:
    text = (
        "MERROW - Measuring teams have found contamination in 37 homes near the old "
        "smelter, the radiation safety authority said on Tuesday. A residents' association "
        "on Mill Lane said its own volunteers, using borrowed detectors, had found 52 "
        "contaminated homes."
    )
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Homes contaminated", text)])
    assert ("contradiction", 52.0) in got[0]


def test_this_week_and_no_time_are_one_moment_in_one_article() -> None:
    text = (
        "TEMBARA - The city said on Thursday that 12,400 people had registered as displaced "
        "after this week's demolitions in Sefu Flats. Shelter Rights Tembara said at least "
        "16,000 people had lost their homes."
    )
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Thousands displaced", text)])
    assert ("contradiction", 16000.0) in got[0]


def test_comparable_in_article_keeps_other_periods_apart() -> None:
    a = {"value": 16000.0, "unit": "people", "time": None}
    assert ledger.comparable_in_article(a, {**a, "value": 12400.0, "time": "this week"})
    assert not ledger.comparable_in_article(a, {**a, "value": 12400.0, "time": "since January"})


def test_a_calm_rival_joins_the_other_sides_key() -> None:
    text = (
        "TEMBARA - Bulldozers escorted by riot police demolished 1,100 homes in Sefu Flats "
        "on Monday to clear land for a new road, the city government said. Shelter Rights "
        "Tembara, whose observers were on the site, said 1,800 homes had been destroyed "
        "by nightfall."
    )
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Homes demolished", text)])
    assert ("contradiction", 1800.0) in got[0]


def test_a_disputing_figure_contradicts_a_toll_older_than_the_window() -> None:
    first = (
        "RANPUR - Nine people have died in the leptospirosis outbreak in the Kessaly delta, "
        "the health ministry said on Friday."
    )
    later = (
        "RANPUR - The delta farmers' union said on Monday that 15 people had died of "
        "leptospirosis in the Kessaly delta, counting farm workers who died at home, a "
        "figure well above the official toll."
    )
    got = _kinds(
        [
            ("a1", "2026-11-06T11:00:00Z", "Outbreak toll rises to nine", first),
            ("a2", "2026-11-09T15:00:00Z", "Union says outbreak toll is 15", later),
        ]
    )
    assert ("contradiction", 15.0) in got[1]


def test_its_own_count_had_reached_is_still_the_other_side() -> None:
    text = (
        "DESSPORT - The number of cases under review rose to 2,600, chief prosecutor Oskar "
        "Brandl said, disputing the lawyers' figures. The bar council, which has been "
        "collecting files from defence lawyers, said its own count had reached 4,100 cases."
    )
    got = _kinds([("a1", "2026-11-02T14:00:00Z", "Lab review widens", text)])
    assert ("contradiction", 4100.0) in got[0]
