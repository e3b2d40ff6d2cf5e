"""Round 30: a named speaker's own count in the first person, in the same article as the
figure the article opened with, is the other side of it even when the two are 2-3.5x
apart and the article has no quarrel words.

"'We took samples ourselves ..., and 22 wells are polluted,' said Tomas Wenn" against the
agency's nine wells: both under one key, and ``calm_rival`` stopped at its 2x limit.
"""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.streams import run_stream


def _article(second: str) -> tuple[str, str, str, str]:
    return (
        "w1",
        "2031-05-02T08:00:00Z",
        "Metals found in wells near burned warehouse",
        "ASHBY, May 2 (NPS) - The environment agency said water from nine private wells on "
        "farms near the burned chemical warehouse showed raised levels of metals and should "
        "not be drunk.\n\n" + second + "\n\nThe warehouse burned for two days last week.",
    )


def _kinds(out: list[tuple[str, bool, list[dict[str, Any]]]]) -> set[tuple[str, str]]:
    return {(a["kind"], a["claim"]["text"]) for a in out[0][2]}


def test_first_person_reading_wider_than_2x_contradicts_the_lede() -> None:
    out = run_stream(
        [
            _article(
                '"We took samples ourselves, with a laboratory in Dunmore, and 22 wells are '
                "polluted,\" said Tomas Wenn of the Millbrook Residents' Association."
            )
        ]
    )
    assert ("contradiction", "22") in _kinds(out)


def test_third_person_reading_wider_than_2x_stays_calm() -> None:
    out = run_stream(
        [
            _article(
                '"Samples taken with a laboratory in Dunmore show that 22 wells are '
                "polluted,\" said Tomas Wenn of the Millbrook Residents' Association."
            )
        ]
    )
    assert ("contradiction", "22") not in _kinds(out)


def test_own_reading_needs_first_person_words_inside_the_quotation() -> None:
    first = {
        "quote": '"Our flights show 40,000 hectares with dead trees," said Elin Marsk.',
        "text": "40,000 hectares",
        "source": "Elin Marsk",
    }
    third = {**first, "quote": '"Flights show 40,000 hectares with dead trees," said Elin Marsk.'}
    assert ledger.own_reading(first)
    assert not ledger.own_reading(third)


def test_a_quantity_referred_to_is_no_own_reading() -> None:
    c = {
        "quote": '"We are working to get the last 400 vehicles moving," said Mats Engstrom.',
        "text": "400",
        "source": "Mats Engstrom",
    }
    assert not ledger.own_reading(c)
    assert ledger.own_reading(
        {**c, "quote": '"We counted 400 vehicles stuck," said Mats Engstrom.'}
    )


def test_of_after_a_measure_names_the_substance_not_a_part() -> None:
    area = {
        "quote": "The agriculture ministry said 8,000 hectares of farmland were hit.",
        "text": "8,000 hectares",
        "unit": "hectares",
        "source": "agriculture ministry",
    }
    part = {
        "quote": "The agriculture ministry said 16 of the farms were hit.",
        "text": "16",
        "source": "agriculture ministry",
    }
    assert ledger.said_as_reading(area)
    assert not ledger.said_as_reading(part)


def test_a_measured_lede_figure_has_its_first_person_rival() -> None:
    lede = {
        "quote": "Bark beetles have infested 12,000 hectares of spruce forest in the hills, "
        "the state forestry agency said.",
        "text": "12,000 hectares",
        "unit": "hectares",
        "value": 12000.0,
        "metric": "spruce forest|count|area",
        "source": "state forestry agency",
    }
    rival = {
        "quote": '"Our flights show 40,000 hectares with dead or dying trees," said Elin Marsk, '
        "a biologist with the Green Ridge Trust.",
        "text": "40,000 hectares",
        "unit": "hectares",
        "value": 40000.0,
        "metric": "spruce forest|count|area",
        "source": "Elin Marsk",
    }
    assert ledger.calm_rival(rival, lede)


def test_the_true_number_is_the_speakers_own_reading() -> None:
    true = {
        "quote": "The pilots' union BALPO said the true number of grounded aircraft was 52, "
        "because airlines had also kept back planes.",
        "text": "52",
        "source": "BALPO",
    }
    plain = {**true, "quote": "The pilots' union BALPO said the planes, 52 in all, were old."}
    assert ledger.said_as_reading(true)
    assert not ledger.said_as_reading(plain)


def _people(quote: str, text: str, value: float, source: str) -> dict[str, Any]:
    return {
        "quote": quote,
        "text": text,
        "value": value,
        "metric": "people|count",
        "source": source,
    }


def test_generic_people_key_takes_a_first_person_rival() -> None:
    lede = _people(
        "About 18,000 people lost savings when Goldleaf Capital stopped payments, the "
        "financial regulator said.",
        "About 18,000",
        18000.0,
        "financial regulator",
    )
    own = _people(
        '"We already have 35,000 people registered with us, and every hour more are '
        'calling," said Ruben Achterberg.',
        "35,000",
        35000.0,
        "Ruben Achterberg",
    )
    plain = {
        **own,
        "quote": '"Some 35,000 people are registered with the fund," said Ruben Achterberg.',
    }
    assert ledger.rival_in_article(own, lede)
    assert not ledger.rival_in_article(plain, lede)
