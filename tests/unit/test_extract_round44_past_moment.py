"""Round 44: a figure followed in its clause by a past moment ("held 4.5 million crowns at
the start of the year", "cost 12 dollars a year ago", "had promised 800 jobs when the
plant was opened") is a level from before the story: a key of its own (``about?digest``).
A change or difference measured against the moment ("rose 3.1 percent from a year
earlier") is the news and keeps its key."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_a_level_at_a_past_moment_is_a_key_of_its_own() -> None:
    cases = {
        "The emergency fund held 4.5 million crowns at the start of the year.": (
            "4.5 million crowns"
        ),
        "A sack of flour that cost 12 dollars a year ago now sells for 30.": "12 dollars",
        "The town council had promised 800 jobs when the plant was opened.": "800",
    }
    for text, figure in cases.items():
        keys = _keys(text)
        assert figure in keys, (text, keys)
        assert _own(keys[figure]), (text, keys[figure])


def test_a_change_against_the_past_moment_keeps_its_key() -> None:
    keys = _keys("Steel exports to Marvia rose 3.1 percent in May from a year earlier.")
    assert not _own(keys["3.1 percent"]), keys
    keys = _keys("Heating bills now cost households about 40 dollars more than a year ago.")
    assert not _own(keys["about 40 dollars"]), keys
