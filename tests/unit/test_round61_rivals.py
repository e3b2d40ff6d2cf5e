"""Round 61 (k61): two named bodies' readings of one quantity said side by side in the
lede, more than the calm 2x apart.  Round 17 keeps such a calm pair apart; when one side
says how it got its figure ("said it had counted", "its inspectors found") or bounds it
("at least"), the second reading disputes the first up to ``RIVAL_RATIO``
(brain._counted_reading in brain._same_key_rival)."""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts

_LEDE = (
    "HARVEL, March 3 (HN) - Fire shut the Harvel dairy plant on Monday night and the "
    "morning shift was turned away at the gates.\n"
    "\n"
    "Brightmilk Foods, which owns the plant, said 300 workers were on the shift.\n"
    "\n"
)
_TAIL = "\n\nFirefighters said the blaze had started in a packing hall and was out by dawn.\n"


def _alerts(second: str) -> list[tuple[str, str, str]]:
    return article_alerts(
        _LEDE + second + _TAIL,
        title="Fire shuts Harvel dairy plant",
        published_at="2031-03-03T12:00:00Z",
    )


def test_a_counted_rival_in_the_lede_disputes_the_first() -> None:
    got = _alerts("The Food Workers' Federation said it had counted 1,000 workers on the shift.")
    assert ("contradiction", "1,000", "workers|count") in got, got


def test_a_bounded_rival_in_the_lede_disputes_the_first() -> None:
    got = _alerts("The Food Workers' Federation said at least 1,000 workers were on the shift.")
    assert any(k == "contradiction" and "1,000" in t for k, t, _m in got), got


def test_a_calm_rival_in_the_lede_stays_apart() -> None:
    got = _alerts("The Food Workers' Federation said 1,000 workers were on the shift.")
    assert not any(k == "contradiction" for k, _t, _m in got), got


def test_counted_reading_cues() -> None:
    def claim(quote: str, text: str) -> dict[str, object]:
        return {"quote": quote, "text": text, "value": 1.0}

    assert brain._counted_reading(claim("The union said they had treated 19 people.", "19"))
    assert brain._counted_reading(claim("It said its inspectors found 40 sites.", "40"))
    assert brain._counted_reading(claim("The union said fewer than 90 had left.", "fewer than 90"))
    assert not brain._counted_reading(claim("The union said 90 workers had left.", "90"))
    held = "The union said it maintained that at least 90 had left."
    assert not brain._counted_reading(claim(held, "at least 90"))
    assert not brain._counted_reading(claim("The union said 90 were counted.", "90"))


def test_two_acts_by_two_verbs_are_no_counted_rivals() -> None:
    def claim(quote: str, text: str) -> dict[str, object]:
        return {"quote": quote, "text": text, "value": 1.0}

    sold = claim("The office said the firm had sold at least 900 pens.", "at least 900")
    refunded = claim("The firm said it had refunded 300 pens.", "300")
    counted = claim("The firm said it had counted 300 pens.", "300")
    assert brain._two_acts(sold, refunded)
    assert not brain._two_acts(claim("The firm said 300 pens were sold.", "300"), sold)
    assert brain._counted_reading(counted)
