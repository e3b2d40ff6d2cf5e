"""Round 18: each figure tied to the source that gives it (asides between a speaker and
its verb), and a later reading of a state is no side of a quarrel."""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.extract import extract_claims


def _sources(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.source) for c in extract_claims(text)]


def test_a_speaker_named_before_an_aside_is_the_source() -> None:
    assert _sources(
        "The Miners' Association of Velt, which represents the independent pickers, "
        "said at least 150 people were unaccounted for."
    ) == [("at least 150", "Miners' Association of Velt")]
    assert (
        _sources("The main teachers' union, the SNEV, said 58 percent of teachers were out.")[0][1]
        == "main teachers' union"
    )
    assert (
        _sources(
            "The international observer mission, however, said 2.8 percent of ballots were invalid."
        )[0][1]
        == "international observer mission"
    )


def test_a_place_or_time_before_an_aside_is_no_speaker() -> None:
    # "In Orlay" opens the clause with a preposition: no speaker named before the aside
    assert _sources("In Orlay, where the march ended, said 42,000 people had gathered.") == [
        ("42,000", None)
    ]


def test_the_speakers_own_earlier_count_named_beside_the_new_one_is_a_revision() -> None:
    old = {"value": 2600.0, "text": "2,600", "source": "Noor Haddad", "quote": "We counted 2,600."}
    q = (
        "The IRO, whose earlier count of 2,600 had been disputed by the ministry, said that "
        "about 800 people remained in Saltreach on Thursday evening."
    )
    new = {"value": 800.0, "text": "about 800", "source": "IRO", "quote": q}
    assert ledger.revision(new)
    assert not ledger.quarrel_pair(new, old, [2600.0, 800.0])
    # another body's count named beside the figure is still a side
    q2 = q.replace("whose earlier count", "disputing the ministry's count")
    assert not ledger.revision({**new, "quote": q2})
    assert ledger.quarrel_pair({**new, "quote": q2}, old, [2600.0, 800.0])


def test_a_source_putting_a_figure_at_a_value_gives_it() -> None:
    assert _sources("The CGV, the largest union, put the nationwide turnout at 1.4 million.") == [
        ("1.4 million", "CGV")
    ]
    # "put" with no figure after "at" is no attribution
    assert _sources("Officials put the damage down to the storm; 40 homes were hit.")[0][1] is None


def test_a_body_refers_back_only_to_a_source_of_its_kind() -> None:
    got = _sources(
        "The unions said 210,000 people had marched in Orlay. Police made 27 arrests in "
        "the capital, the prefecture said."
    )
    assert got == [("210,000", "unions"), ("27", "prefecture")]
    # the same kind of body, or a person who spoke for it, is still referred back to
    got = _sources(
        "The interior ministry said 380,000 people marched. The ministry said 58 were arrested."
    )
    assert got == [("380,000", "interior ministry"), ("58", "interior ministry")]
    got = _sources("Spokesman Ali Bakr said 5 people died. The ministry said 3 were hurt.")
    assert got == [("5", "Ali Bakr"), ("3", "Ali Bakr")]
