"""Round 67: the organisers' crowd given as a bare count ("The organisers said 18,000 had
joined") against the police's count of the same march (``crowd|attended``): the extractor
names no noun after the organisers' figure (a ``quantity?...|count`` key), so the two
sides of the crowd sat under two keys and the ledger never compared them
(ledger.bare_crowd).
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import article_alerts, figure_in

MARCH = (
    "LINDWICK, May 9 (Valley Post) - Thousands of people marched through Lindwick on "
    "Saturday against the closure of the town's maternity ward. Police said about 4,000 "
    "people took part in the march from the bus station to the hospital gates. "
)


def _alerts(text: str, title: str) -> set[tuple[str, str, str]]:
    return set(article_alerts(text, title=title, published_at="2041-05-09T18:00:00Z"))


def test_organisers_bare_count_contradicts_the_police_crowd() -> None:
    text = MARCH + "The organisers, the Keep Our Ward group, said 11,000 had joined."
    got = _alerts(text, "Lindwick maternity march")
    assert ("contradiction", "11,000", "crowd|attended") in got, got


def test_organisers_bare_count_that_marched() -> None:
    text = MARCH + "The Keep Our Ward group said 11,000 had marched, many with prams."
    got = _alerts(text, "Lindwick maternity march")
    assert ("contradiction", "11,000", "crowd|attended") in got, got


def test_bare_crowd_words() -> None:
    q = "The organisers said 11,000 had taken part."
    assert ledger.bare_crowd(figure_in(q, "11,000"), "quantity?ab12|count")
    q = "The union said 11,000 were waiting for surgery."
    assert not ledger.bare_crowd(figure_in(q, "11,000"), "quantity?ab12|count")
    # a count with its own noun is the extractor's to key
    q = "The organisers said 11,000 had joined."
    assert not ledger.bare_crowd(figure_in(q, "11,000"), "members|count")


# A calm article (no quarrel words): a body's count it says it made itself ("said it had
# counted 260") against another body's figure under the same key, 2.6 times apart: beyond
# CALM_RIVAL_RATIO, within OWN_READING_RATIO (ledger.counted_itself).
FLOOD = (
    "BRESKA, March 4 (Delta Wire) - Flood water from the Orvel river reached the lower town "
    "of Breska on Monday. The district council said 100 homes had been flooded. "
)


def test_a_body_that_counted_itself_contradicts_the_other_figure() -> None:
    text = FLOOD + "The tenants' union said its volunteers had counted 260 flooded homes."
    got = _alerts(text, "Breska flood")
    assert any(k == "contradiction" and t == "260" for k, t, _ in got), got


def test_a_count_of_its_own_beyond_the_own_reading_ratio_stays_calm() -> None:
    # four times the council's figure: more likely another quantity than a rival count
    text = FLOOD + "The tenants' union said its volunteers had counted 400 flooded homes."
    got = _alerts(text, "Breska flood")
    assert not any(k == "contradiction" and t == "400" for k, t, _ in got), got


def test_counted_itself_cues() -> None:

    q = "The union said its volunteers had counted 260 flooded homes."
    assert ledger.counted_itself(figure_in(q, "260"))
    q = "The charity said it had recorded about 40 cases."
    assert ledger.counted_itself(figure_in(q, "40"))
    q = "The mayor said the town's own survey showed 90 homes were empty."
    assert ledger.counted_itself(figure_in(q, "90"))
    q = "The union said 260 homes had been flooded."
    assert not ledger.counted_itself(figure_in(q, "260"))


def test_a_reading_in_the_second_clause_of_what_was_said() -> None:
    text = (
        "HOLTBY, May 2 (Valley Post) - Harnfield Mills, the region's largest paper maker, "
        "said on Tuesday it would shut two of its five plants and cut 1,200 jobs by next "
        "spring. The Paper Workers' Union said the closures would hit harder than the company "
        "admitted, and that 1,900 jobs would go once contractors were counted."
    )
    got = _alerts(text, "Harnfield cuts")
    assert ("contradiction", "1,900", "jobs|count") in got, got


def test_said_and_that_cues() -> None:

    q = "The union said the plan was unfair and that 150 homes had been flooded."
    assert ledger.said_and_that(figure_in(q, "150", source="union"))
    q = "The union said the plan was unfair and that 150 of the homes had been flooded."
    assert not ledger.said_and_that(figure_in(q, "150", source="union"))  # a part of a group
    q = "The union said 150 homes had been flooded."
    assert not ledger.said_and_that(figure_in(q, "150", source="union"))
