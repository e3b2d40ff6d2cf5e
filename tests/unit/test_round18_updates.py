"""Round 18: an update without words of change stays within one order of magnitude."""

from __future__ import annotations

from tests.unit.streams import run_stream


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


_FIRST = (
    "a1",
    "2026-04-14T09:00:00Z",
    "Fighting in Harvaz province",
    "HARVAZ - About 1.2 million people have been displaced by the fighting in Harvaz "
    "province, the UN said on Tuesday.",
)


def test_a_figure_twenty_times_smaller_without_words_of_change_updates_nothing() -> None:
    got = _kinds(
        [
            _FIRST,
            (
                "a2",
                "2026-04-15T09:00:00Z",
                "Harvaz evacuation begins",
                "HARVAZ - About 2,300 civilians were evacuated from the besieged town of "
                "Harvaz on Wednesday, the UN said.",
            ),
        ]
    )
    assert ("update", 2300.0) not in got[1]


def test_a_large_move_the_sentence_states_is_still_an_update() -> None:
    got = _kinds(
        [
            _FIRST,
            (
                "a2",
                "2026-04-20T09:00:00Z",
                "Harvaz: most displaced return",
                "HARVAZ - The number of people displaced by the fighting around Harvaz has "
                "fallen to about 40,000, down from about 1.2 million, the UN said on Monday.",
            ),
        ]
    )
    assert ("update", 40000.0) in got[1]


def test_a_count_brought_to_a_new_total_updates_the_story() -> None:
    from claimlogic import ledger

    q = (
        "Rescuers pulled a housekeeper alive from the rubble on Wednesday, bringing the number "
        "of people rescued alive to 13, the agency said."
    )
    assert ledger.brought_to({"quote": q, "text": "13"})
    assert ledger.brought_to({"quote": "..., bringing to three the number held", "text": "three"})
    assert not ledger.brought_to({"quote": "Buses took 1,700 people to Dornau.", "text": "1,700"})
    got = _kinds(
        [
            (
                "a1",
                "2026-05-11T09:00:00Z",
                "Hotel collapses in Calvessa",
                "CALVESSA - The Orlan Palace Hotel in Calvessa collapsed on Monday. Twelve "
                "people were pulled alive from the rubble, the civil protection agency said.",
            ),
            (
                "a2",
                "2026-05-12T15:00:00Z",
                "Housekeeper pulled alive from Orlan Palace Hotel rubble",
                "CALVESSA - Rescuers pulled a housekeeper alive from the rubble of the Orlan "
                "Palace Hotel in Calvessa on Wednesday, " + q[q.index("bringing") :],
            ),
        ]
    )
    # "Twelve people" sits under people|count, the 13 under people|rescued: the sentence
    # says the count moved, so it is a development, not a first figure
    assert ("update", 13.0) in got[1]


def test_a_total_given_with_its_step_or_over_years_stays_a_first_figure() -> None:
    from claimlogic import ledger

    q = "Police arrested the bar's owner and three other people, bringing arrests to 4."
    a, b = q.index("three"), q.index("4")
    claims = [
        {"quote": q, "text": "three", "start": a, "end": a + 5, "value": 3.0},
        {"quote": q, "text": "4", "start": b, "end": b + 1, "value": 4.0},
    ]
    assert ledger.step_pairs(claims) == {(0, 1)}
    q2 = "Russia lost 1,271 a day in October, bringing its losses since 2022 to 700,000."
    assert ledger.brought_to({"quote": q2, "text": "700,000"})
    assert ledger.names_a_year({"quote": q2, "text": "700,000"})
