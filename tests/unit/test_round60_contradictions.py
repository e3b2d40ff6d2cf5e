"""Round 60 (ledger, contradiction side): rival figures the ledger held and judged wrongly.

* A toll whose lede sentence disputes another body's figure ("14 people had been killed, far
  more than the police have reported") is that toll's other side, even when the
  two articles name different places or people (the incident guard took it for another
  incident's toll and dropped it); not when the sentence says the toll moved, nor in the
  body of a report.
* A comparison with another body's figure by a verb of finding or telling ("well above the
  1,400 identified by the housing office", "far more than the office had disclosed", "than
  the office has so far acknowledged", "far more than official counts", "nearly twice as
  many as the office has recorded") is a dispute cue.
* "far more than the office reported last month" (a wide gap to another body's figure of
  a week or a month before, not named by its number) is no passing of an earlier reading,
  and the "last month" there is when the other body spoke, not the figure's own time.
"""

from __future__ import annotations

from typing import Any

from claimlogic import ledger
from tests.unit.streams import sourced_claim as _claim
from tests.unit.streams import two_article_kinds


def _kinds(
    first: dict[str, object],
    later: dict[str, object],
    key: str,
    *,
    first_entities: str = "",
    later_entities: str = "",
    values: tuple[float, ...] = (),
    **kwargs: Any,
) -> list[tuple[str, list[float]]]:
    """:func:`two_article_kinds` with each article's named entities (the incident guard
    reads them) and the later article's values."""
    return two_article_kinds(
        first,
        later,
        key,
        first_kwargs={"article_entities": first_entities},
        article_entities=later_entities,
        article_values=values,
        **kwargs,
    )


KILLED = "people|killed"
# two articles whose named entities do not overlap: the incident guard's "two incidents"
ENT_A = "a1a1b2b2c3c3d4d4"
ENT_B = "e5e5f6f6a7a7b8b8"
POLICE_NINE = _claim(
    9,
    "nine",
    "Police said nine people were killed when a tower crane fell onto the quay at Dunmore.",
    KILLED,
    source="Police",
)
UNION_FOURTEEN = _claim(
    14,
    "14",
    "The dockers' union said on Friday that 14 people had been killed in the collapse, far "
    "more than the police have reported.",
    KILLED,
    source="dockers' union",
)


def test_a_toll_disputing_another_body_is_its_other_side_across_incidents() -> None:
    assert ledger.disputing_toll(UNION_FOURTEEN, True, True)
    kinds = _kinds(POLICE_NINE, UNION_FOURTEEN, KILLED, first_entities=ENT_A, later_entities=ENT_B)
    assert kinds == [("contradiction", [9.0])]


def test_a_toll_that_moved_is_no_disputing_toll() -> None:
    moved = _claim(
        14,
        "14",
        "The death toll rose to 14 on Friday, police said, as families accused the port of "
        "understating the number of people still missing.",
        KILLED,
        source="police",
        change="up",
    )
    assert not ledger.disputing_toll(moved, ledger.disputes_figure(moved), True)
    kinds = _kinds(POLICE_NINE, moved, KILLED, first_entities=ENT_A, later_entities=ENT_B)
    assert all(k != "contradiction" for k, _ in kinds)


def test_a_disputing_toll_in_the_body_is_no_side_across_incidents() -> None:
    assert not ledger.disputing_toll(UNION_FOURTEEN, True, False)
    kinds = _kinds(
        POLICE_NINE,
        UNION_FOURTEEN,
        KILLED,
        in_lede=False,
        first_entities=ENT_A,
        later_entities=ENT_B,
    )
    assert kinds == []


# Round 60: comparisons with another body's figure by verbs of finding and telling
# ("identified by", "had disclosed", "has so far acknowledged", "official counts",
# "as many as ... has recorded") are dispute cues as "reported" and "counted" were.
FLATS = "flats|damaged"
DISPUTING = [
    "The tenants' federation said 2,300 flats had been damaged, well above the 1,400 "
    "identified by the city's housing office.",
    "The tenants' federation said 2,300 flats had been damaged, far more than the housing "
    "office had disclosed to councillors.",
    "The tenants' federation said 2,300 flats had been damaged, a larger number than the "
    "housing office has so far acknowledged.",
    "The tenants' federation said 2,300 flats had been damaged, far more than official "
    "counts, after surveying every block.",
    "The tenants' federation said 2,300 flats had been damaged, nearly twice as many as the "
    "housing office has recorded.",
]


def test_verbs_of_finding_and_telling_are_dispute_cues() -> None:
    for quote in DISPUTING:
        assert ledger.disputes_figure(_claim(2300, "2,300", quote, FLATS)), quote


def test_a_body_that_recorded_a_figure_is_no_cue_without_a_comparison() -> None:
    quote = "The housing office said it had recorded 1,400 damaged flats by Friday."
    assert not ledger.disputes_figure(_claim(1400, "1,400", quote, FLATS))


def test_another_body_above_the_figure_identified_by_the_first_contradicts_it() -> None:
    first = _claim(
        1400,
        "1,400",
        "The city's housing office said 1,400 flats had been damaged by the subsidence.",
        FLATS,
        source="city's housing office",
    )
    later = _claim(2300, "2,300", DISPUTING[0], FLATS, source="tenants' federation")
    # the article's values: the sentence names the 1,400 it disputes
    assert _kinds(first, later, FLATS, values=(2300, 1400)) == [("contradiction", [1400.0])]


# Round 60: a wide gap to another body's figure of a week or a month before ("far more than
# the office reported last month"), not named by its number, is no passing of an earlier
# reading (round 50) but that body's side disputed.
FAR_LAST_MONTH = (
    "The tenants' federation said 2,300 flats had been damaged, far more than the housing "
    "office reported last month."
)


def test_a_wide_gap_to_last_months_figure_does_not_pass_it() -> None:
    assert not ledger.passes_earlier(_claim(2300, "2,300", FAR_LAST_MONTH, FLATS))
    first = _claim(
        1400,
        "1,400",
        "The city's housing office said 1,400 flats had been damaged by the subsidence.",
        FLATS,
        source="city's housing office",
    )
    later = _claim(2300, "2,300", FAR_LAST_MONTH, FLATS, source="tenants' federation")
    assert _kinds(first, later, FLATS, days=30.0) == [("contradiction", [1400.0])]


def test_a_first_reading_or_a_named_number_is_still_passed() -> None:
    for quote in (
        "The office said 2,300 flats had been damaged, far more than it first reported last month.",
        "The office said 2,300 flats had been damaged, far more than the 1,400 the surveyors "
        "reported last month.",
        "The office said 2,300 flats had been damaged, slightly more than the surveyors "
        "reported last month.",
    ):
        assert ledger.passes_earlier(_claim(2300, "2,300", quote, FLATS)), quote


# Round 60: the time read in the dispute cue's own clause after the other body's verb
# ("far more than the office reported last month") is when that body spoke, not the
# figure's own time: the two figures are still compared.
def test_the_time_the_other_body_spoke_is_not_the_figures_time() -> None:
    later = _claim(2300, "2,300", FAR_LAST_MONTH, FLATS, source="tenants' federation")
    later["time"] = "last month"
    assert ledger.time_in_cue(later)
    first = _claim(
        1400,
        "1,400",
        "The city's housing office said 1,400 flats had been damaged by the subsidence.",
        FLATS,
        source="city's housing office",
    )
    assert _kinds(first, later, FLATS, days=30.0) == [("contradiction", [1400.0])]


def test_the_counts_own_past_is_its_time() -> None:
    own = _claim(
        2300,
        "2,300",
        "The office said 2,300 flats had now been reported damaged, more than twice the "
        "number a week ago.",
        FLATS,
    )
    own["time"] = "a week"
    assert not ledger.time_in_cue(own)
