"""ledger.parts: "31 people injured, six of them in critical condition" -- the six is a part
of the 31 under the same key, no reading of that key."""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.extract import extract_claims


def _parts(text: str) -> list[tuple[float, str]]:
    claims = [c.to_dict() for c in extract_claims(text)]
    return sorted((float(claims[i]["value"]), claims[i]["metric"]) for i in ledger.parts(claims))


def test_a_part_set_off_after_its_whole_is_no_reading_of_the_key() -> None:
    assert _parts(
        "Hospitals treated 31 people injured in the explosion, six of them in critical"
        " condition, the health authority said."
    ) == [(6.0, "people|injured")]
    assert _parts("Nineteen people remain in hospital, four of them in critical condition.") == [
        (4.0, "people|hospitalized")
    ]


def test_a_figure_of_its_own_is_no_part() -> None:
    # the whole comes later, or no "of them" follows, or the figure is no appositive
    assert _parts("Six people were in critical condition among 31 injured.") == []
    assert _parts("Hospitals treated 31 people injured and six people killed.") == []
    assert _parts("El Hierro, an island of 11,000 people, has received 1,020 of them.") == []
