"""Round 48 (ledger): two figures of one key in one article that are no rival readings.

* A figure of a ``missing`` key said to have been found again ("12 crates had been located
  in another warehouse") is no rival of the missing count ("the number of missing crates
  had dropped to 90"): the found are no longer missing.
* A smaller figure narrowed by a relative clause ("300 members who missed the vote")
  beside an older figure given as a total ("2,000 members ... in total") is a part of the
  whole, no rival reading of it.
"""

from __future__ import annotations

from claimlogic import ledger

MISSING = (
    "The port authority said on Tuesday that the number of missing crates of vaccine had "
    "dropped to 90 after a search of its sheds."
)
FOUND = "A harbour official, Ana Ribe, said 40 crates had been located in another warehouse."
STILL = "A harbour official, Ana Ribe, said 40 crates were unaccounted for in the sheds."

WHOLE = "The guild said 1,100 members had signed the petition in total by Friday."
PART = "Its secretary, Jon Vale, said 300 members who joined this year had signed online."
RIVAL = "Its secretary, Jon Vale, said 300 members had signed the petition so far."


def _claim(value: float, quote: str, source: str, metric: str) -> dict[str, object]:
    return {
        "value": value,
        "text": f"{value:,.0f}",
        "quote": quote,
        "source": source,
        "metric": metric,
    }


def _crates(value: float, quote: str, source: str) -> dict[str, object]:
    return _claim(value, quote, source, "vaccine crates|missing")


def _members(value: float, quote: str, source: str) -> dict[str, object]:
    return _claim(value, quote, source, "guild members|count")


def test_found_figure_is_no_rival_of_the_missing_count() -> None:
    old = _crates(90, MISSING, "port authority")
    new = _crates(40, FOUND, "Ana Ribe")
    assert ledger.found_again(new)
    assert not ledger.rival_in_article(new, old)


def test_a_figure_not_said_found_is_still_a_rival() -> None:
    old = _crates(90, MISSING, "port authority")
    new = _crates(40, STILL, "Ana Ribe")
    assert not ledger.found_again(new)
    assert ledger.rival_in_article(new, old)


def test_found_is_read_only_for_a_missing_key() -> None:
    c = _crates(40, FOUND, "Ana Ribe")
    c["metric"] = "vaccine crates|count"
    assert not ledger.found_again(c)


def test_a_part_named_by_its_clause_is_no_rival_of_the_total() -> None:
    old = _members(1100, WHOLE, "guild")
    new = _members(300, PART, "Jon Vale")
    assert ledger.part_of_a_total(new, old)
    assert not ledger.rival_in_article(new, old)


def test_without_the_clause_it_is_still_a_rival() -> None:
    old = _members(1100, WHOLE, "guild")
    new = _members(300, RIVAL, "Jon Vale")
    assert not ledger.part_of_a_total(new, old)
    assert ledger.rival_in_article(new, old)


def test_a_larger_figure_is_no_part() -> None:
    old = _members(300, PART, "Jon Vale")
    new = _members(1100, WHOLE, "guild")
    assert not ledger.part_of_a_total(new, old)
