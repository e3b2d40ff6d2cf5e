"""Round 48: in one article, a figure of a ``missing`` key said to have been found again
("12 crates had been located in another warehouse") is no rival reading of the missing
count ("the number of missing crates had dropped to 90"): the found are no longer missing."""

from __future__ import annotations

from claimlogic import ledger

MISSING = (
    "The port authority said on Tuesday that the number of missing crates of vaccine had "
    "dropped to 90 after a search of its sheds."
)
FOUND = "A harbour official, Ana Ribe, said 40 crates had been located in another warehouse."
STILL = "A harbour official, Ana Ribe, said 40 crates were unaccounted for in the sheds."


def _claim(value: float, text: str, quote: str, source: str) -> dict[str, object]:
    return {
        "value": value,
        "text": text,
        "quote": quote,
        "source": source,
        "metric": "vaccine crates|missing",
    }


def test_found_figure_is_no_rival_of_the_missing_count() -> None:
    old = _claim(90, "90", MISSING, "port authority")
    new = _claim(40, "40", FOUND, "Ana Ribe")
    assert ledger.found_again(new)
    assert not ledger.rival_in_article(new, old)


def test_a_figure_not_said_found_is_still_a_rival() -> None:
    old = _claim(90, "90", MISSING, "port authority")
    new = _claim(40, "40", STILL, "Ana Ribe")
    assert not ledger.found_again(new)
    assert ledger.rival_in_article(new, old)


def test_found_is_read_only_for_a_missing_key() -> None:
    c = _claim(40, "40", FOUND, "Ana Ribe")
    c["metric"] = "vaccine crates|count"
    assert not ledger.found_again(c)
