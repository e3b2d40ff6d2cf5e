"""Round 81 (c81): a figure measured against a reading its own clause names by its giver.

The rule (``claimlogic/brain/rivals.py``, ``_named_giver`` / ``_compared_named``, called
from ``observe`` after ``_compared_earlier``): "the agency said 520 million florins had
been stolen, well above the figure the developer Quarnet Labs gave last week" answers
Quarnet Labs' own reading, filed in an earlier report under another key ("USD?1a2b",
"bridge|amount|money").  The giver's words must name that reading's source (or the words
its sentence says before it), the reading must lie on the side the clause says ("above" /
"below"), and a count's nouns must agree.
"""

from __future__ import annotations

from claimlogic.brain.rivals import _named_giver
from tests.unit.streams import run_stream

_FIRST = (
    "VELMORA, March 2 (Test Wire) - Quarnet Labs raised its estimate of the tokens stolen "
    "from its Orvik bridge to 310 million florins on Monday, after tracing more wallets."
)


def _second(text: str) -> list[tuple[str, str]]:
    items = [
        ("a0", "2043-03-02T10:00:00Z", "Orvik bridge theft", _FIRST),
        ("a1", "2043-03-05T10:00:00Z", "Orvik bridge theft", text),
    ]
    out = run_stream(items)
    return [(a["kind"], a["claim"]["text"]) for a in out[1][2]]


def test_a_sum_set_against_the_named_givers_reading_contradicts() -> None:
    text = (
        "VELMORA, March 5 (Test Wire) - The national cyber agency said on Thursday that 520 "
        "million florins had been stolen in the attack on the Orvik bridge, well above the "
        "figure the developer Quarnet Labs gave earlier this week."
    )
    got = _second(text)
    assert ("contradiction", "520 million florins") in got


def test_the_wrong_side_or_another_giver_stays_silent() -> None:
    # the clause says "below", the developer's reading lies below: no such reading
    below = (
        "VELMORA, March 5 (Test Wire) - The national cyber agency said on Thursday that 520 "
        "million florins had been stolen in the attack on the Orvik bridge, well below the "
        "figure the developer Quarnet Labs gave earlier this week."
    )
    assert not any(k == "contradiction" for k, _ in _second(below))
    # the clause names a giver no earlier reading has
    other = (
        "VELMORA, March 5 (Test Wire) - The national cyber agency said on Thursday that 520 "
        "million florins had been stolen in the attack on the Orvik bridge, well above the "
        "figure the Halden exchange gave earlier this week."
    )
    assert not any(k == "contradiction" for k, _ in _second(other))


def test_named_giver_reads_the_figures_own_clause() -> None:
    def giver(quote: str, text: str) -> tuple[frozenset[str], bool] | None:
        return _named_giver({"quote": quote, "text": text})

    got = giver(
        "The agency said 520 million florins had been stolen, well above the figure the "
        "developer Quarnet Labs gave earlier this week, as it charged two men.",
        "520 million florins",
    )
    assert got == (frozenset({"developer", "quarnet", "labs"}), True)
    got = giver(
        "The union said 1,900 farming families had lost their crop, well below the "
        "agriculture ministry's count.",
        "1,900",
    )
    assert got is not None and got[1] is False and {"agriculture", "ministry"} <= got[0]
    # the measure belongs to another clause's subject ("though it remains below")
    assert (
        giver(
            "The count has now passed the 70 cases the guild reported, though it remains "
            "below the figure given by the patients' group.",
            "70",
        )
        is None
    )
    # no reading named, or no giver named ("well above the official count")
    assert giver("It said 80 tonnes had spilled, well above the legal limit.", "80") is None
    assert giver("It said 80 tonnes had spilled, well above the official count.", "80") is None
