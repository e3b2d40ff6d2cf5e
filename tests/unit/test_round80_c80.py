"""Round 80 (c80): two named sources that share only a word one of them spells in lower
case are two bodies.

The rule (``claimlogic/brain/rivals.py``, ``_one_name``): the in-article rival finders
(``_compared_adjacent``, ``_side_by_side``, ``_same_key_answered``) took any word two
sources share for one body's name, so "Keldra Power" and "the regional power ombudsman"
(a description, "power" in lower case) were one speaker and their two readings of one
quantity never met.  A shared body head, two or more shared words, or a shared word both
sources spell as a name still make one body.
"""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.brain.rivals import _one_name
from tests.unit.streams import run_stream

_COMPANY = (
    "TARVELL, May 4 (Test Wire) - Keldra Power said 41,000 customers had been sent wrong "
    "bills for April after a billing fault at its Tarvell office. "
)


def _kinds(text: str) -> list[tuple[str, str]]:
    items = [("a0", "2042-06-01T12:00:00Z", "Keldra bills", text)]
    return [(a["kind"], a["claim"]["text"]) for _, _, alerts in run_stream(items) for a in alerts]


def _name(a: str, b: str) -> bool:
    ca, cb = {"source": a}, {"source": b}
    return _one_name(ca, cb, ledger._source_words(ca), ledger._source_words(cb))


def test_a_described_body_answers_the_named_company() -> None:
    text = _COMPANY + "The regional power ombudsman said its own estimate was 66,000 households."
    got = _kinds(text)
    assert ("contradiction", "66,000") in got


def test_look_alikes_stay_one_body() -> None:
    # the shared word is a name in both sources: the company and its officer
    assert _name("Keldra Power", "Keldra Power chief executive Ann Lee")
    assert _name("Keldra Power", "Keldra spokeswoman Ann Lee")
    # a shared body head
    assert _name("the Ostvale health ministry", "Ministry spokesman Per Holm")
    # two shared words, one side a role: the agency's own officer
    assert _name("Tarvell Flood Defence Agency", "the flood defence director")
    # no word shared: no test here (``ledger.sources_differ`` decides)
    assert not _name("Keldra Power", "the water board")
    # one word shared, spelt in lower case by one side: two bodies
    assert not _name("Keldra Power", "the regional power ombudsman")


# Round 80's second step (``_COMPARISON_CUE``): the body's own checks, monitoring or the
# experts it sent set its figure against another's, as "its own survey" already did.


def test_own_experts_set_a_figure_against_another() -> None:
    from claimlogic.brain.rivals import _COMPARISON_CUE

    for words in (
        "said its own engineers put the loss at",
        "said its own checks had found only",
        "said its own monitoring of the page had logged",
        "said their own consultants estimated",
    ):
        assert _COMPARISON_CUE.search(words), words
    # a review is not a cue: it as often finds another quantity ("had actually taken")
    assert not _COMPARISON_CUE.search("said its own review had found that")
    # nor engineers of no body's own
    assert not _COMPARISON_CUE.search("said engineers had checked")
