"""Round 68 (ledger, the key already alerted): a count that is a simple past verb's object.

Round 67's :func:`ledger._own_predicate` read a count's own predicate after a perfect
verb ("had recovered 150 rifles") but not after a simple past one ("police seized 40
rifles", "the court convicted 14 drivers"): such a count had no predicate and stayed
silent under a bare ``count`` key already alerted.  Now the verb right before the count
and the clause after it are its predicate -- unless a determiner or auxiliary stands
before the verb ("an estimated 40"), the verb tallies the key's quantity ("counted",
"reached") or holds it ("included", "housed", "affected").
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import sourced_claim as _claim
from tests.unit.streams import two_article_kinds

SHEEP = "sheep|count"

FIRST = _claim(
    1200,
    "1,200",
    "The farmers' union said 1,200 sheep had been stranded by the floods on the Dunmere flats.",
    SHEEP,
    source="the farmers' union",
    keyed=True,
)


def test_the_object_of_a_simple_past_verb_is_a_first_figure() -> None:
    later = _claim(
        85,
        "85",
        "Volunteers ferried 85 sheep across the river to higher pasture on Sunday.",
        SHEEP,
        keyed=True,
    )
    assert ledger._own_predicate(later, SHEEP) == frozenset(
        {"ferrie", "across", "river", "higher", "pastur"}
    )
    assert ledger.second_quantity(later, [{"claim": FIRST}], SHEEP)
    assert two_article_kinds(FIRST, later, SHEEP) == [("new_figure", [])]
    # two verbs joined by "and": the second is the count's verb
    both = _claim(
        85,
        "85",
        "Vets examined and treated 85 sheep at the Dunmere showground.",
        SHEEP,
        keyed=True,
    )
    assert ledger._own_predicate(both, SHEEP) == frozenset({"treate", "showgr"})


def test_no_simple_past_predicate_after_a_determiner_a_tally_or_a_holding_verb() -> None:
    for quote, value, text in (
        # a past participle used as an adjective is no verb
        ("Floods left an estimated 900 sheep without grazing.", 900, "900"),
        # a verb that tallies the key's quantity (round 67's list)
        ("Shepherds counted 1,150 sheep on the flats on Sunday.", 1150, "1,150"),
        # a verb that holds it
        ("The union's figure included 1,100 sheep on the flats.", 1100, "1,100"),
        ("The showground housed 300 sheep overnight.", 300, "300"),
        ("The flood affected 1,300 sheep on the flats.", 1300, "1,300"),
        # a bound after the verb is no count of anything done ("owned fewer than 40")
        ("Most holdings on the flats owned fewer than 40 sheep.", 40, "fewer than 40"),
    ):
        c = _claim(value, text, quote, SHEEP, keyed=True)
        assert ledger._own_predicate(c, SHEEP) is None, quote
        assert ("new_figure", []) not in two_article_kinds(FIRST, c, SHEEP), quote


def test_a_place_phrase_between_the_noun_and_its_verb_keeps_the_predicate() -> None:
    later = _claim(
        640,
        "640",
        "The council said 640 sheep from the lower flats had been moved to Harnby common.",
        SHEEP,
        keyed=True,
    )
    assert ledger._own_predicate(later, SHEEP) == frozenset({"moved", "common"})
    assert two_article_kinds(FIRST, later, SHEEP) == [("new_figure", [])]
    # a noun of its own, then the place phrase
    ewes = _claim(
        90,
        "90",
        "The council said 90 pregnant ewes at the showground had been given shelter.",
        SHEEP,
        keyed=True,
    )
    assert ledger._own_predicate(ewes, SHEEP) == frozenset({"given", "shelte"})
