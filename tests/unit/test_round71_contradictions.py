"""Round 71: two bodies' counts of one quantity in one calm article, the second saying why
they differ.

Rule (ledger ``explains_gap``, read by ``calm_rival``; ``own_part_explained`` in
``decide``'s same-article rival test): a named body's count whose sentence says what the
other body's count left out or put in ("because it also counted ...", "the office's
figure covered only ...", "which police had not yet recorded") is a rival reading of it
within ``EXPLAINED_RATIO`` (3, not only ``CALM_RIVAL_RATIO``), even when the count is a
part of the body's own ("17 of its signal boxes"), and the other body named as the owner
of its count ("the office's figure") is no tie between the two speakers.  A count its
speaker says it made itself (``counted_itself``: "said its records showed only about 450")
is that speaker's reading though no reporting verb stands right before it.
"""

from __future__ import annotations

from claimlogic.ledger.rivals import explains_gap
from tests.unit.streams import article_alerts, figure_in

ROUTES = (
    "BELCASTER, March 3 (Midland Wire) - The regional transport authority said on Monday "
    "it would cut 120 bus routes next year to close a budget gap. "
)
BOXES = (
    "KESTRAN, May 4 (Northern Wire) - Vandals attacked railway signal boxes across Kestran "
    "overnight. Police said nine signal boxes had been set alight. "
)
VINES = (
    "TORVALE, May 4 (Northern Wire) - Hail has damaged vines on 800 hectares in the Torvale "
    "hills, the regional farm office said on Saturday. "
)


def _alerts(text: str) -> set[tuple[str, str, str]]:
    return set(article_alerts(text, title="Story", published_at="2041-05-04T18:00:00Z"))


def _contradicts(text: str, figure: str) -> bool:
    return any(k == "contradiction" and t == figure for k, t, _ in _alerts(text))


def test_a_wider_count_that_says_what_the_other_left_out() -> None:
    text = ROUTES + (
        "The drivers' union said 300 routes would be cut, because it also counted routes "
        "that would lose their evening services."
    )
    assert _contradicts(text, "300")


def test_without_the_reason_a_wide_gap_stays_apart() -> None:
    text = ROUTES + "The drivers' union said 300 routes would be cut."
    assert not _contradicts(text, "300")


def test_a_body_counting_its_own_says_what_the_other_did_not_record() -> None:
    text = BOXES + (
        "The rail operator, Kestrail, said 17 of its signal boxes had been attacked, "
        "including several which police had not yet recorded."
    )
    assert _contradicts(text, "17")
    # a part of its own, no reason given: still no side
    assert not _contradicts(BOXES + "Kestrail said 17 of its signal boxes had been attacked.", "17")


def test_the_other_body_named_as_owner_of_its_count() -> None:
    text = VINES + (
        "The growers' union said the office's figure covered only registered plots and that "
        "2,200 hectares of vines had been damaged."
    )
    assert _contradicts(text, "2,200 hectares")
    assert not _contradicts(
        VINES + "The growers' union said 2,200 hectares of vines had been damaged.",
        "2,200 hectares",
    )


def test_explains_gap_cues() -> None:
    old = figure_in("The farm office said 800 hectares were damaged.", "800 hectares")
    old = {**old, "source": "farm office"}
    for q in (
        "The union said 2,600 hectares were damaged, because it also counted young plots.",
        "The union said the office's figure covered only registered plots and that "
        "2,600 hectares were damaged.",
        "The union said 2,600 hectares were damaged, including plots that had not been recorded.",
        "The union said 2,600 hectares were damaged and that the office left out young plots.",
    ):
        assert explains_gap(figure_in(q, "2,600 hectares"), old), q
    for q in (
        "The union said 2,600 hectares were damaged, including 300 of old vines.",
        "The union said 2,600 hectares were damaged.",
    ):
        assert not explains_gap(figure_in(q, "2,600 hectares"), old), q


BROKER = (
    "MARLOW, Feb 2 (Wire) - Police raided the offices of a labour broker in Marlow on "
    "Monday. Inspector Ruth Gale said investigators had found papers showing the broker had "
    "placed about 1,200 workers on farms abroad in two years. "
)


def test_a_count_the_speaker_made_itself_is_its_reading() -> None:
    # "said its records showed only about 450": counted by the speaker (counted_itself),
    # its reading of the quantity though no reporting verb stands right before it
    text = BROKER + (
        "The Overseas Workers Bureau, which licenses brokers, said its records showed only "
        "about 450 workers placed by the firm."
    )
    assert _contradicts(text, "about 450")
    plain = BROKER + (
        "The Overseas Workers Bureau, which licenses brokers, said about 450 workers had been "
        "placed by the firm."
    )
    assert not _contradicts(plain, "about 450")


DRIVERS = (
    "GARROW, Apr 7 (Wire) - Bus drivers in Garrow stayed off work for a third day on "
    "Thursday. The transit authority said 300 drivers had not reported for their shifts. "
)


def test_a_standing_figure_in_the_speaker_s_relative_clause_is_no_new_reading() -> None:
    standing = DRIVERS + (
        "The drivers' union, which says more than 500 of its members are on strike, said the "
        "authority's figure left out part-time staff."
    )
    assert not _contradicts(standing, "more than 500")
    read = DRIVERS + (
        "The drivers' union said more than 500 of its members were on strike and that the "
        "authority's figure left out part-time staff."
    )
    assert _contradicts(read, "more than 500")
