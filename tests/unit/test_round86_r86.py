"""Round 86 (r86): the figure that explains a revision told just before it in its sentence
("revised the toll down to 21, saying three deaths first recorded as fever were malaria",
"corrected its tally to 54, from 58, after four vans turned out to be another firm's")
counts what was added to or taken out of the count, not a reading of it: it raises no
alert (:func:`scope.alertable`)."""

from __future__ import annotations

import pytest

from claimlogic.ledger import scope
from tests.unit.streams import run_stream


def _fig(sentence: str, text: str, **kw: object) -> dict[str, object]:
    return {"quote": sentence, "text": text, "value": 1.0, **kw}


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The island health office revised its count of fever deaths down to five, saying "
            "two deaths first put down to the fever had been caused by heart failure.",
            "two",
        ),
        (
            "The board lowered its count of operations to 1,480, saying 35 procedures had "
            "been entered twice.",
            "35",
        ),
        (
            "The rangers revised their count of nests to 610 from 655, saying 45 of the nests "
            "they had listed were old ones.",
            "45",
        ),
        (
            "Police have corrected their tally of recovered boats to 61, from 64, after three "
            "boats found at the marina turned out to belong to a charter firm.",
            "three",
        ),
        (
            "The union raised its own count to 92, after a further 11 members reported losing "
            "their posts.",
            "11",
        ),
        # past a finding's short subject
        (
            "The lake patrol revised its count down to 14 on Monday, after divers found that "
            "two bodies had come from another lake.",
            "two",
        ),
        (
            "The board lowered its count of cases to 30 after laboratory checks showed four "
            "patients had another strain.",
            "four",
        ),
        # the count told with the reading it moved from
        (
            "Officers now say 15 guards were hurt, up from 12, after three who had gone home "
            "came forward.",
            "three",
        ),
    ],
)
def test_the_figure_that_explains_a_revision_is_not_alertable(sentence: str, text: str) -> None:
    c = _fig(sentence, text)
    assert scope.explains_revision(c)
    assert not scope.alertable(c)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # the revised figure and the one it came from are readings of the count
        (
            "The rangers revised their count of nests to 610 from 655, saying 45 of the nests "
            "they had listed were old ones.",
            "610",
        ),
        (
            "The rangers revised their count of nests to 610 from 655, saying 45 of the nests "
            "they had listed were old ones.",
            "655",
        ),
        # a count that rose (no verb of revising) after more were found is a reading
        ("The toll rose to 30 after 12 more bodies were found.", "30"),
        ("Officers now say 15 guards were hurt, up from 12, after three came forward.", "15"),
        ("Officers now say 15 guards were hurt, up from 12, after three came forward.", "12"),
        ("The toll rose to 30 after 12 more bodies were found.", "12"),
        # a figure after "saying" with no revision before it
        (
            "The port authority said on Monday, saying 40 ships had been held, that it would act.",
            "40",
        ),
        # a body's reading after the connective is a reading ("said" is not a finding)
        (
            "The state raised its aid to 40 million after the farm agency said 3,200 goats "
            "had died.",
            "3,200",
        ),
        # a revision in another sentence: this one is no explanation
        ("Officials said 18 families had been moved, after the river burst its banks.", "18"),
    ],
)
def test_readings_and_look_alikes_stay_alertable(sentence: str, text: str) -> None:
    c = _fig(sentence, text)
    assert not scope.explains_revision(c)
    assert scope.alertable(c)


def test_45_is_not_read_inside_455() -> None:
    # the figure's own place is its text as a whole number, not the start of another one
    c = _fig("The rangers revised their count to 410 from 455 on Monday.", "45")
    assert not scope.explains_revision(c)


_LEDE = (
    "PORT VELLAN, Aug 3 (Coastline Wire) - The island health office said on Sunday that "
    "fever had now killed seven people on Vellan since the rains began."
)


def _kinds(second: str) -> list[list[tuple[str, float]]]:
    got = run_stream(
        [
            ("a1", "2031-08-03T10:00:00Z", "Fever kills seven on Vellan", _LEDE),
            ("a2", "2031-08-05T10:00:00Z", "Vellan fever toll revised", second),
        ]
    )
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in got]


def test_the_difference_of_a_revision_raises_no_update() -> None:
    revised = (
        "PORT VELLAN, Aug 5 (Coastline Wire) - The island health office on Tuesday revised "
        "the number of fever deaths on Vellan down to five, saying two deaths first put down "
        "to the fever had been caused by heart failure."
    )
    # before round 86 (checked): [("update", 5.0), ("update", 2.0)] on the second article
    assert _kinds(revised) == [[("new_figure", 7.0)], [("update", 5.0)]]
