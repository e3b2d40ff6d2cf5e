"""Round 86 review fix fr86 (session 36): :func:`scope.explains_revision` asks for a count
(toll, count, tally, number, figure, estimate, total) moved by the verb of revising, as its
object or, in the passive, its subject; "adding" only with what was added; and every like
text of the figure in its sentence must explain the revision.  A level, limit or schedule cut
"to N after M ..." and "adding that M people were injured" leave M alertable."""

from __future__ import annotations

import pytest

from claimlogic.extract import extract_claims
from claimlogic.ledger import scope


def _claims(text: str, figure: str) -> list[dict[str, object]]:
    found = [c.to_dict() for c in extract_claims(text) if c.text == figure]
    assert found, figure
    return found


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Officials raised the death toll to 40, adding that 300 people were injured.", "300"),
        (
            "The council cut the speed limit to 30 km/h after two children were killed on "
            "the road.",
            "two",
        ),
        ("Officials raised the alert level to three after 5,000 people fled the volcano.", "5,000"),
        ("The airline cut its daily flights to 12 after 300 pilots walked out.", "300"),
        # two like texts, one of them a reading of its own: neither is taken for the gap
        (
            "The agency revised the toll down to 12, saying two deaths had been counted "
            "twice, and two of the dead were children.",
            "two",
        ),
    ],
)
def test_review_counter_examples_stay_alertable(sentence: str, figure: str) -> None:
    for c in _claims(sentence, figure):
        assert not scope.explains_revision(c)
        assert scope.alertable(c)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the count as the object of the verb
        (
            "The island health office revised its count of fever deaths down to five, saying "
            "two deaths first put down to the fever had been caused by heart failure.",
            "two",
        ),
        (
            "The union raised its own count to 92, after a further 11 members reported losing "
            "their posts.",
            "11",
        ),
        # the count as the subject of a passive
        (
            "The number of injured was revised to 27, the provincial health office said, "
            "after four people who had walked away from the scene were treated later.",
            "four",
        ),
        (
            "The death toll from the strike has been revised down to 11, the prosecutor "
            "said, after forensic experts found that two bodies had been killed earlier.",
            "two",
        ),
        # "adding" what was added
        (
            "The mining office raised its count of deaths this year to 39, adding the two "
            "miners who died in hospital.",
            "two",
        ),
        (
            "The ministry said it had revised its own figure to 44 after adding eight people "
            "who died in hospital.",
            "eight",
        ),
        (
            "The union raised its count to 92, adding that a further 11 members had lost "
            "their posts.",
            "11",
        ),
    ],
)
def test_the_revisions_own_wordings_still_read(sentence: str, figure: str) -> None:
    c = {"quote": sentence, "text": figure, "value": 1.0}
    assert scope.explains_revision(c)
    assert not scope.alertable(c)
