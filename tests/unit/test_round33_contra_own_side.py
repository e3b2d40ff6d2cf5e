"""Round 33: in an article that says its sources disagree, another named source's
figure of a running count, given as that source's own side ("accusing health officials
of undercounting", "far more than the inspectorate has found", a first-person count) and
not said to have moved, contradicts the other source's figure instead of updating it."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0
QUARREL = {"quarrelling": True}


def _stream(last: dict[str, object], extra: dict[str, object] | None = None) -> list[list[str]]:
    _, out = feed(
        [
            (
                claim(
                    71,
                    source="regional health office",
                    property="treated",
                    quote="The regional health office said 71 people had been treated.",
                ),
                art(1),
                0.0,
            ),
            (last, art(2), 2 * DAY, extra if extra is not None else QUARREL),
        ]
    )
    return out


def _doctors(quote: str, **kw: object) -> dict[str, object]:
    return claim(
        150, source="island's association of family doctors", property="treated", quote=quote, **kw
    )


UNDERCOUNT = (
    "About 150 people have been treated for symptoms, the island's association of family "
    "doctors said on Saturday, accusing health officials of undercounting."
)


def test_another_sources_own_side_contradicts() -> None:
    assert _stream(_doctors(UNDERCOUNT))[1] == ["contradiction"]


def test_far_more_than_contradicts() -> None:
    quote = (
        "The association of family doctors said 150 people had been treated, far more than "
        "the health office has found."
    )
    assert _stream(_doctors(quote))[1] == ["contradiction"]


OWN_COUNT = (
    "The island's association of family doctors said its own count showed 150 people "
    "had been treated."
)


def test_own_count_wording_in_a_quarrel_contradicts() -> None:
    assert _stream(_doctors(OWN_COUNT))[1] == ["contradiction"]


def test_own_count_wording_without_the_articles_quarrel_stays_an_update() -> None:
    # "'We counted 2,600 people this morning'" as the crowd kept growing: without a
    # quarrel, rival wording is as often a source moving its own count on
    assert _stream(_doctors(OWN_COUNT), {})[1] == ["update"]


def test_own_evidence_contradicts_without_the_articles_quarrel() -> None:
    assert _stream(_doctors(UNDERCOUNT), {})[1] == ["contradiction"]
    citing = (
        "The island's association of family doctors said 150 people had been treated, "
        "citing records kept by its members."
    )
    assert _stream(_doctors(citing), {})[1] == ["contradiction"]


def test_more_than_first_thought_is_a_revision() -> None:
    quote = (
        "The association of family doctors said 150 people had been treated, far more "
        "than the doctors had first thought."
    )
    assert _stream(_doctors(quote))[1] == ["update"]
    assert _stream(_doctors(quote), {})[1] == ["update"]


def test_a_plain_rise_from_another_source_stays_an_update() -> None:
    quote = "The association of family doctors said 150 people had been treated."
    assert _stream(_doctors(quote))[1] == ["update"]


def test_a_figure_said_to_have_moved_stays_an_update() -> None:
    quote = (
        "The number treated has risen to 150, the association of family doctors said, "
        "accusing health officials of undercounting."
    )
    assert _stream(_doctors(quote))[1] == ["update"]


def test_the_same_source_moving_its_figure_stays_an_update() -> None:
    last = claim(150, source="regional health office", property="treated", quote=UNDERCOUNT)
    assert _stream(last)[1] == ["update"]


def test_the_cue_of_the_other_side_of_the_sentence_is_not_the_figures() -> None:
    quote = (
        "Twelve volunteers were treated, the regulator said on September 10, but a lawyer "
        "for the volunteers said the true number was 17."
    )
    c = claim(12, text="Twelve", quote=quote)
    assert "true number" not in ledger.own_clause(c)
    assert not ledger.own_side_cue(c)
    assert ledger.own_side_cue(claim(17, quote=quote))


def test_fallen_ill_is_no_move_of_the_count() -> None:
    quote = (
        "A parents' association said at least 150 infants had fallen ill after drinking the "
        "formula and accused the food safety authority of undercounting."
    )
    last = claim(
        150,
        "min",
        low=150,
        high=None,
        source="parents' association",
        property="treated",
        quote=quote,
    )
    assert _stream(last)[1] == ["contradiction"]
    assert not ledger.rival_side(
        {**last, "quote": "The number who had fallen ill rose to 150."},
        {"source": "food safety authority"},
    )


def test_own_evidence_against_an_unattributed_figure_contradicts() -> None:
    quote = (
        "The association of family doctors said 150 people had been treated, based on an "
        "analysis of records kept by its members."
    )
    _, out = feed(
        [
            (claim(71, property="treated", quote="About 71 people were treated."), art(1), 0.0),
            (_doctors(quote), art(2), 2 * DAY),
        ]
    )
    assert out[1] == ["contradiction"]
    # without the evidence, an unattributed earlier figure is not another source's
    _, out = feed(
        [
            (claim(71, property="treated", quote="About 71 people were treated."), art(1), 0.0),
            (_doctors("The association said 150 people had been treated."), art(2), 2 * DAY),
        ]
    )
    assert out[1] == ["update"]


def test_brought_in_is_no_move_of_the_count() -> None:
    quote = (
        "The fishing cooperative said the real quantity was far higher: its boats had "
        "brought in 150 tonnes of dead fish."
    )
    assert _stream(_doctors(quote))[1] == ["contradiction"]
    assert not ledger.rival_side(
        {**_doctors(quote), "quote": "Rescuers brought the count to 150."},
        {"source": "health office"},
    )
