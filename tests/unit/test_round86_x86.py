"""Round 86 (x86): a figure glued by a hyphen to the word after it ("the 20-knot limit",
"the three-day outage") is an attributive size of the noun it opens, never the figure a
stated ratio later in its sentence compares ("..., the federation said, more than twice
the number the escort company had acknowledged": the ratio of the sentence's counted
figure).  ``attributive_figure`` / ``stated_ratio`` in ``ledger/disputes.py``.
"""

from __future__ import annotations

from claimlogic.ledger.disputes import attributive_figure, stated_ratio
from tests.unit.streams import run_stream

_SWIM = (
    "Sixty-one crossings at the Rivermead charity swim in August were started when surface "
    "winds exceeded the 20-knot limit, the Open Water Federation said on Friday, more than "
    "twice the number the escort company Tidewise had acknowledged."
)


def _claim(text: str, quote: str) -> dict[str, str]:
    return {"text": text, "quote": quote}


def test_a_glued_size_is_attributive() -> None:
    assert attributive_figure(_claim("20", _SWIM))
    assert attributive_figure(_claim("three", "The three-day outage cost shops 9 million."))
    assert not attributive_figure(_claim("Sixty-one", _SWIM))
    assert not attributive_figure(_claim("9 million", "The three-day outage cost shops 9 million."))
    # a figure followed by a dash between words is no compound
    assert not attributive_figure(_claim("40", "Police counted 40 - far fewer than feared."))


def test_the_ratio_is_the_counted_figures_not_the_glued_sizes() -> None:
    assert stated_ratio(_claim("20", _SWIM)) is None
    # a plain count before the same cue keeps its ratio
    plain = (
        "Sixty-one crossings were started in strong winds, the Open Water Federation said, "
        "more than twice the number the escort company had acknowledged."
    )
    assert stated_ratio(_claim("Sixty-one", plain)) == (2.0, 3.0)


def test_no_contradiction_from_a_glued_limit() -> None:
    first = (
        "RIVERMEAD, Aug 10 (Test Wire) - Organisers from the Rivermead Lifeboat Fund said 180 "
        "swimmers had crossed the bay with the escort company Tidewise during the day, and "
        "that nine had been pulled from the water."
    )
    later = "RIVERMEAD, Sept 4 (Test Wire) - " + _SWIM
    out = run_stream(
        [
            ("a1", "2045-08-10T10:00:00Z", "Rivermead charity swim raises record sum", first),
            ("a2", "2045-09-04T10:00:00Z", "Charity swim crossings started in high winds", later),
        ]
    )
    got = [(a["kind"], a["claim"]["text"]) for a in out[1][2]]
    assert ("contradiction", "20") not in got
    assert ("new_figure", "Sixty-one") in got


# Step 2: a comparison naming the speaker's own earlier reading by a possessive ("lower
# than her earlier estimate") is a revision, no dispute (``_OWN_EARLIER_COMPARED``).

_AUDIT_1 = (
    "KESTRAL, March 2 (Test Wire) - Chief inspector Maren Oduya put the value of the missing "
    "museum silver at 6 million dollars at current auction prices, in a report to the city "
    "council on Monday."
)
_AUDIT_2 = (
    "KESTRAL, April 20 (Test Wire) - The chief inspector's final report, published on Friday, "
    "put the value of the missing museum silver at 4.8 million dollars, lower than her "
    "earlier estimate because of pieces found in a storeroom and a fall in prices."
)


def test_her_earlier_estimate_is_no_dispute() -> None:
    from claimlogic.ledger.disputes import disputes_figure

    assert not disputes_figure({"text": "4.8 million dollars", "quote": _AUDIT_2.split(" - ")[1]})
    other = "It put the value at 4.8 million dollars, lower than the insurer's own estimate."
    assert disputes_figure({"text": "4.8 million dollars", "quote": other})


def test_a_revision_below_her_earlier_estimate_updates() -> None:
    out = run_stream(
        [
            ("a1", "2045-03-02T10:00:00Z", "Museum silver worth 6 million missing", _AUDIT_1),
            ("a2", "2045-04-20T10:00:00Z", "Missing silver valued lower in final report", _AUDIT_2),
        ]
    )
    got = [(a["kind"], a["claim"]["text"]) for a in out[1][2]]
    assert ("contradiction", "4.8 million dollars") not in got
