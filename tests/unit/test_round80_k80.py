"""Round 80 (k80): two nouns wire copy uses for one counted group ("crew" / "sailors",
"customers" / "households"), each a named body's reading said side by side, are rival
readings of one quantity.

The rule (``claimlogic/brain/rivals.py``, ``_KIN_CLASSES`` / ``_kin_heads`` in
``_people_rival``): the side-by-side finder took plain "people" against a named group
only; two named groups of one small kin class filed under two keys never met.
"""

from __future__ import annotations

from claimlogic.brain.rivals import _kin_heads
from tests.unit.streams import run_stream


def _kinds(text: str) -> list[tuple[str, str]]:
    items = [("a0", "2042-03-02T09:00:00Z", "Pellmar ferry", text)]
    return [(a["kind"], a["claim"]["text"]) for _, _, alerts in run_stream(items) for a in alerts]


_LEDE = (
    "VOSKA, March 2 (Test Wire) - A cargo ship ran aground off Voska on Monday night. "
    "The Voska coastguard said 14 crew had been lifted off by helicopter. "
)


def test_kin_nouns_of_two_bodies_contradict() -> None:
    got = _kinds(_LEDE + "The Pellmar seamen's union said 19 sailors had been on board.")
    assert ("contradiction", "19") in got


def test_the_same_body_or_an_unrelated_group_stays_silent() -> None:
    # the same body's second figure (no other body)
    got = _kinds(_LEDE + "The coastguard said 19 sailors had been on board.")
    assert not any(k == "contradiction" for k, _ in got)
    # another group of the same people is no kin noun: passengers are not crew
    got = _kinds(_LEDE + "The Pellmar seamen's union said 19 passengers had been on board.")
    assert not any(k == "contradiction" for k, _ in got)


def test_kin_heads() -> None:
    assert _kin_heads("crew", "sailor")
    assert _kin_heads("customer", "household")
    assert _kin_heads("inmate", "prisoner")
    # the same noun is the ordinary key's business, not the kin table's
    assert not _kin_heads("crew", "crew")
    # two groups of people that are not one
    assert not _kin_heads("passenger", "crew")
    assert not _kin_heads("worker", "customer")
    assert not _kin_heads("soldier", "sailor")


# Round 80's second step (``_moved_near``, in ``_compared_adjacent``): a word of change in
# another clause of the figure's sentence says nothing of the figure.


def _near(quote: str, text: str) -> bool:
    from claimlogic.brain.rivals import _moved_near

    return _moved_near({"quote": quote, "text": text, "start": 0})


def test_a_change_in_another_clause_is_no_move() -> None:
    assert not _near(
        "Brenlow Gas said 12,000 customers were billed twice after a software update "
        "installed in May.",
        "12,000",
    )
    assert not _near(
        "The consumer council said its own count was 20,000 homes, because it also "
        "counted homes whose bills had risen.",
        "20,000",
    )


def test_the_figures_own_move_still_counts() -> None:
    assert _near("The union said 19 sailors, up from 14, were on board.", "19")
    assert _near("The union said the count had risen to 19 sailors.", "19")
    assert _near("The union said 19 sailors were now on board.", "19")
