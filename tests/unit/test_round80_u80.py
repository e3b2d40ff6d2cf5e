"""Round 80 (u80): a story's sum named in the plural, or moved on by "trimmed ... to",
"had come down to", "now put ... at", "latest estimate ... was", takes the story's key
(``brain.aliases._SUM_MOVED`` and ``_names_subject``, read by ``_story_named_sum`` and
``_story_sum_compared``).  Invented names, places and values."""

from __future__ import annotations

import pytest

from claimlogic.brain import aliases


def _moved(before_figure: str) -> bool:
    """Does :data:`aliases._SUM_MOVED` take the words just before a figure?"""
    return aliases._SUM_MOVED.search(before_figure) is not None


@pytest.mark.parametrize(
    "before",
    [
        "Trustee Pia Holm said her review of the books now put total debts at ",
        "Liquidator Ansel Brook said the group's total debts were now estimated at ",
        "Holm trimmed her estimate of Ostmark Lines' total debts to ",
        "her estimate of the ferry operator's debts had come down to ",
        "the trustees' latest estimate of the pension shortfall was ",
        # round 43's cues still hold
        "The regulator raised its estimate of the shortfall at the ferry operator to ",
        "the shortfall now stands at ",
    ],
)
def test_a_sum_moved_on_by_its_own_sentence(before: str) -> None:
    assert _moved(before)


@pytest.mark.parametrize(
    "before",
    [
        # a tally's bare move verb: on the pool these joins of another sum's reading made
        # a same-source move or a rival's figure a false contradiction
        "Tax and penalties paid under the ferry levy have risen to ",
        "The union said remaining wage arrears had fallen to ",
        # no move at all
        "Ostmark Lines filed for bankruptcy with debts of ",
        "Holm put the value of the 14 ferries at ",
    ],
)
def test_a_bare_tally_verb_or_a_plain_sum_is_no_move(before: str) -> None:
    assert not _moved(before)


def test_a_plural_names_the_story_s_singular_subject() -> None:
    words = {"its", "debts", "were", "larger", "than", "first", "thought"}
    assert aliases._names_subject("debt", words)
    assert aliases._names_subject("hidden debt", words | {"hidden"})
    # every word of the subject must be written, in either number
    assert not aliases._names_subject("hidden debt", words)
    assert not aliases._names_subject("shortfall", words)
    # a plural subject meets its singular, as before it met itself
    assert aliases._names_subject("unpaid invoices", {"an", "unpaid", "invoice"})
    assert aliases._names_subject("debt", {"debt"})


def test_a_sum_set_against_an_earlier_reading_it_does_not_give() -> None:
    from claimlogic.ledger import decision

    def said(s: str) -> bool:
        return decision._ABOVE_EARLIER.search(s) is not None

    assert said("The trustee said its debts were larger than first thought, at 5.1 billion crowns.")
    assert said("Its debts were higher than the ferry operator had declared, at 4.9 billion.")
    assert said("The insurer will now pay 31 million crowns, up from its earlier estimate.")
    # a comparison with something other than an earlier reading, or none at all
    assert not said("Debts of 4.9 billion crowns were larger than the company's turnover.")
    assert not said("The trustee put the company's debts at 4.9 billion crowns.")
