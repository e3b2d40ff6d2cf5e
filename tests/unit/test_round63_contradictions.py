"""Round 63 (ledger, contradiction side): a disputing figure whose cue was read as naming
the figure it disputes, and two things read as dispute cues.

* :func:`ledger.disputed_value_named` keeps, for a figure whose dispute cue names the
  disputed figure by value ("not the 198 reported by"), only the sides of that value.  It
  read any number from the cue's start, so the multiple a cue leads with ("nearly three
  times the police count", "four times what the company has admitted") made it drop the
  other body's figure of an earlier article, not restated: the contradiction was lost.
  The multiple is now left out.
* ``_DISPUTE`` read "inflatable" and the noun "challenges" ("11 legal challenges") as
  dispute cues.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import sourced_claim, two_article_kinds

ABOARD = "people|count"
POLICE = "Police said 52 people had been on the coach when it left the road near the pass."


def _police() -> dict[str, object]:
    return sourced_claim(52, "52 people", POLICE, ABOARD, source="Police")


def _relatives(value: float, text: str, quote: str) -> dict[str, object]:
    return sourced_claim(value, text, quote, ABOARD, source="passengers' relatives")


def _kinds(later: dict[str, object]) -> list[tuple[str, list[float]]]:
    return two_article_kinds(_police(), later, ABOARD, days=1.0)


MULTIPLE = (
    "A committee of passengers' relatives said 140 people had been on the coach, nearly "
    "three times the police count, and asked for the passenger list."
)
WHAT = (
    "A committee of passengers' relatives said 140 people had been on the coach, more than "
    "twice what the police have acknowledged."
)
NAMED = (
    "A committee of passengers' relatives said 63 people had been on the coach, not the 47 "
    "the operator listed."
)


def test_the_multiple_a_cue_leads_with_names_no_disputed_figure() -> None:
    for quote in (MULTIPLE, WHAT):
        claim = _relatives(140, "140 people", quote)
        assert ledger.disputes_figure(claim)
        assert not ledger.disputed_value_named(claim)
        assert _kinds(claim) == [("contradiction", [52.0])]
    assert ledger.cue_multiple(_relatives(140, "140 people", MULTIPLE)) == 3.0
    # the multiple says how far apart the sides are: a figure it does not fit is no side
    assert _kinds(_relatives(600, "600 people", MULTIPLE.replace("140", "600"))) != [
        ("contradiction", [52.0])
    ]


def test_a_cue_that_names_a_value_keeps_only_that_value() -> None:
    named = _relatives(63, "63 people", NAMED)
    assert ledger.disputed_value_named(named)
    # the police's 52 is not the 47 the cue names, and 47 is not on record: no side
    assert [k for k, _ in _kinds(named)] != ["contradiction"]


def test_inflatables_and_legal_challenges_are_no_dispute_cues() -> None:
    for value, text, quote in (
        (12, "12", "12 children were hurt when a bouncy inflatable blew away."),
        (11, "11", "The court heard 11 challenges to the district results."),
    ):
        assert not ledger.disputes_figure(sourced_claim(value, text, quote, ABOARD))
    challenged = "The union said 300 workers were laid off and challenged the company's figure."
    assert ledger.disputes_figure(sourced_claim(300, "300 workers", challenged, ABOARD))
