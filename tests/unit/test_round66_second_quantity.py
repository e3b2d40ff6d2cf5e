"""Round 66 (ledger, the key already alerted): a second quantity under a bare count key.

A bare ``count`` key ("divers|count") joins every figure of the noun; once its first
figure is alerted, a later one is kept silent as a restatement.  A later count whose own
predicate ("had signed up for the search", the verb after the counted noun to the clause
end) shares no content word with the clause of any earlier figure of the key ("were
working the wreck site") is another quantity of the noun: a first figure of its own
(:func:`ledger.second_quantity`).  One told in the earlier figure's words stays silent.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import sourced_claim as _claim
from tests.unit.streams import two_article_kinds

DIVERS = "divers|count"


def _divers(value: float, text: str, quote: str) -> dict[str, object]:
    return _claim(value, text, quote, DIVERS, source="the harbour authority", keyed=True)


FIRST = _divers(
    140,
    "140",
    "The harbour authority said 140 divers were working the wreck site on Tuesday.",
)


def test_own_predicate_reads_the_verb_after_the_noun() -> None:
    later = _divers(
        600,
        "600",
        "Organisers said 600 divers had signed up for the search, the authority said.",
    )
    assert ledger._own_predicate(later, DIVERS) == frozenset({"signed", "search"})
    bare = _divers(600, "600", "Organisers counted 600 divers in the bay.")
    assert ledger._own_predicate(bare, DIVERS) is None


def test_a_count_of_another_predicate_is_a_first_figure() -> None:
    later = _divers(
        60,
        "60",
        "Organisers said 60 volunteer divers had signed up for the search.",
    )
    assert ledger.second_quantity(later, [{"claim": FIRST}], DIVERS)
    assert two_article_kinds(FIRST, later, DIVERS) == [("new_figure", [])]


def test_a_count_told_in_the_earlier_words_stays_silent() -> None:
    again = _divers(
        600,
        "600",
        "Some 600 divers were now working the wreck site, the authority said.",
    )
    assert not ledger.second_quantity(again, [{"claim": FIRST}], DIVERS)
    assert ("new_figure", []) not in two_article_kinds(FIRST, again, DIVERS)


def test_another_body_s_close_count_or_only_stays_silent() -> None:
    rival = _divers(180, "180", "The divers' guild said 180 divers had signed up for the search.")
    rival["source"] = "the divers' guild"
    assert not ledger.second_quantity(rival, [{"claim": FIRST}], DIVERS)
    assert ledger.second_quantity({**rival, "source": None}, [{"claim": FIRST}], DIVERS)
    only = _divers(60, "60", "Organisers said only 60 divers had signed up for the search.")
    assert not ledger.second_quantity(only, [{"claim": FIRST}], DIVERS)
