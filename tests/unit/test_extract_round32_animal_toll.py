"""Round 32: a toll of animals counts the animals. "Cattle deaths in the Tallis Plain
reached 5,200" was keyed ``people|killed`` (the toll head "deaths" is a generic victim,
so the key fell back to people) and missed the update of "3,900 cattle have died"
(``cattle|killed``). A cause before "deaths" ("covid deaths") still counts people."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_cattle_deaths_count_cattle() -> None:
    got = _metrics(
        "Some 3,900 cattle have died in the Tallis Plain, officials said. Cattle deaths in "
        "the Tallis Plain reached 5,200 over the weekend, officials said."
    )
    assert got["5,200"] == got["Some 3,900"] == "cattle|killed"


def test_a_cause_before_deaths_still_counts_people() -> None:
    assert _metrics("Covid deaths rose to 310 last week.")["310"] == "people|killed"
    assert _metrics("Road deaths rose to 310 last year.")["310"] == "people|killed"
