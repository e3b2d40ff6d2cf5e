"""Round 48: in one article, a smaller figure narrowed by a relative clause ("300 members
who missed the vote") beside an older figure given as a total ("2,000 members ... in
total") is a part of the whole, no rival reading of it."""

from __future__ import annotations

from claimlogic import ledger

WHOLE = "The guild said 1,100 members had signed the petition in total by Friday."
PART = "Its secretary, Jon Vale, said 300 members who joined this year had signed online."
RIVAL = "Its secretary, Jon Vale, said 300 members had signed the petition so far."


def _claim(value: float, text: str, quote: str, source: str) -> dict[str, object]:
    return {
        "value": value,
        "text": text,
        "quote": quote,
        "source": source,
        "metric": "guild members|count",
    }


def test_a_part_named_by_its_clause_is_no_rival_of_the_total() -> None:
    old = _claim(1100, "1,100", WHOLE, "guild")
    new = _claim(300, "300", PART, "Jon Vale")
    assert ledger.part_of_a_total(new, old)
    assert not ledger.rival_in_article(new, old)


def test_without_the_clause_it_is_still_a_rival() -> None:
    old = _claim(1100, "1,100", WHOLE, "guild")
    new = _claim(300, "300", RIVAL, "Jon Vale")
    assert not ledger.part_of_a_total(new, old)
    assert ledger.rival_in_article(new, old)


def test_a_larger_figure_is_no_part() -> None:
    old = _claim(300, "300", PART, "Jon Vale")
    new = _claim(1100, "1,100", WHOLE, "guild")
    assert not ledger.part_of_a_total(new, old)
