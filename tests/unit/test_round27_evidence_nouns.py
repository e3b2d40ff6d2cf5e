"""Round 27: the speaker's evidence ("its own field checks showed N", "Our flights show N",
"its information pointed to N") is not the counted thing: such a figure is a reading of
the quantity just named, like "put the figure at N", and takes its key."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_field_checks_showed_is_a_reading_of_the_area_just_named() -> None:
    got = _metrics(
        "Forest clearing in the Tirrane basin reached 6,480 square kilometres in the 12 "
        "months to July, the institute said. The environment ministry said its own field "
        "checks showed 4,900 square kilometres had been cleared."
    )
    assert got["4,900 square kilometres"] == got["6,480 square kilometres"]
    assert not got["4,900 square kilometres"].startswith("field checks")


def test_an_of_phrase_may_come_between_the_evidence_and_its_verb() -> None:
    got = _metrics(
        "The institute revised its estimate of forest clearing to 6,720 square kilometres. "
        "ForestWatch said its own analysis of the same period showed 7,900 square "
        "kilometres cleared."
    )
    assert got["7,900 square kilometres"] == got["6,720 square kilometres"]


def test_our_flights_show_is_the_other_side_of_the_agency_area() -> None:
    got = _metrics(
        "Bark beetles have infested 12,000 hectares of spruce forest in the Gorran hills, the "
        'state forestry agency said. "Our flights show 40,000 hectares with dead or dying '
        'trees," said Elin Marsk, a biologist with the Green Ridge Trust.'
    )
    assert got["40,000 hectares"] == got["12,000 hectares"] == "spruce forest|count|area"


def test_information_pointed_to_takes_the_figure_it_answers() -> None:
    got = _metrics(
        "Veterinarians put the number of dead sheep at 5,600 on Thursday, while an animal "
        "welfare group said its information pointed to 9,000."
    )
    assert got["9,000"] == got["5,600"]
    assert not got["9,000"].startswith("information")


def test_counted_flights_and_records_keep_their_noun() -> None:
    # no verb of showing: the evidence noun is what is counted
    got = _metrics("Some 500 flights were cancelled on Monday, the airport said.")
    assert got["Some 500"].startswith("flights|")
    got = _metrics("Hackers stole 2 million records from the utility, police said.")
    assert got["2 million"].startswith("records|")
