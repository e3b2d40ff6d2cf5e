"""Round 25 (ledger follow-up to the "number of X" keys): a body's spokesman is that body
(no calm rival of its own figure), and a second ``people|displaced`` figure of one article
is another displaced quantity (people in shelters beside people moved out), not a
disagreement with older articles' figures.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream


def test_a_spokesman_titled_by_the_body_is_that_body() -> None:
    old = {
        "text": "3,200",
        "value": 3200.0,
        "source": "DEMVA",
        "quote": "The number of people moved out has risen to 3,200, DEMVA said.",
    }
    new = {
        "text": "1,870",
        "value": 1870.0,
        "source": "Ion Pavel",
        "quote": "DEMVA spokesman Ion Pavel said 1,870 people were being housed in shelters.",
    }
    assert ledger._own_body_speaks(new, old)
    assert not ledger._own_body_speaks({**new, "quote": new["quote"].replace("DEMVA ", "")}, old)


def test_shelter_count_beside_evacuation_count_is_no_contradiction() -> None:
    a1 = (
        "ORVALE - Around 1,500 people have been evacuated from villages below the Mount "
        "Karsa volcano, the civil protection agency DEMVA said on Sunday."
    )
    a2 = (
        "ORVALE - The number of people moved out of villages around Mount Karsa has risen "
        "to 3,200, DEMVA said on Sunday evening, as the evacuation order was widened.\n\n"
        "DEMVA spokesman Ion Pavel said 1,870 people were being housed in 14 shelters set "
        "up in schools and churches; the rest had gone to stay with relatives."
    )
    out = run_stream(
        [
            ("a1", "2026-06-07T10:00:00Z", "Volcano evacuation", a1),
            ("a2", "2026-06-07T12:30:00Z", "Evacuation widened", a2),
        ]
    )
    alerts = [(a["kind"], a["claim"]["value"]) for _, _, al in out for a in al]
    assert ("update", 3200.0) in alerts
    assert all(k != "contradiction" for k, _ in alerts)
