"""Round 25: "the number of X <verb> ... rose to N" counts X, and the event is X's verb.

The figure has no noun of its own ("rose to 3,200"), so the key used to take whatever noun
came just before it ("... around the Volcan de Fuego has risen to 3,200" -> a volcano
count). See test_round25_displaced.py for the ledger follow-up.
"""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_number_of_soldiers_killed_counts_soldiers() -> None:
    keys = _keys(
        "The army raised the number of soldiers killed in Thursday's attack near Macomia "
        "to 11 on Friday."
    )
    assert keys["11"] == "troops|killed"


def test_number_of_people_forced_from_homes_is_an_evacuation() -> None:
    keys = _keys("The number of people forced from their homes rose to 5,400.")
    assert keys["5,400"] == "people|evacuated"


def test_number_of_people_moved_out_keeps_its_event() -> None:
    keys = _keys(
        "The number of people moved out of villages around Mount Karsa has risen to 3,200, "
        "the agency said on Monday."
    )
    assert keys["3,200"] == "people|evacuated"


def test_number_of_pilgrims_who_died() -> None:
    keys = _keys("The number of pilgrims who have died in the heat rose to 38.")
    assert keys["38"] == "pilgrims|killed"
