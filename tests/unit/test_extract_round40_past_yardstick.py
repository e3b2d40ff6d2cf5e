"""Round 40: a past yardstick -- the previous record ("The previous record, 600,000 marks,
was given to a meat company in 2018") or a body's profit, turnover or sales of last year
("reported a profit of 38 million florins last year") -- is background for scale: a key of
its own (``about?digest``), recorded but never compared or announced."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_the_previous_record_is_background() -> None:
    keys = _keys("The previous record, 600,000 marks, was given to a meat company in 2018.")
    assert _own(keys["600,000"])
    keys = _keys("It is the largest fine so far; the previous largest was 400,000 crowns.")
    assert _own(keys["400,000"])


def test_last_years_result_is_background() -> None:
    keys = _keys("The company's parent group reported a profit of 38 million florins last year.")
    assert _own(keys["38 million florins"])
    keys = _keys("The company's profit last year was 85 million crowns.")
    assert _own(keys["85 million crowns"])


def test_the_storys_own_sums_keep_their_key() -> None:
    keys = _keys("Prosecutors said the ring made a profit of 8 million florins from the sales.")
    assert not _own(keys["8 million florins"])
    keys = _keys("The regulator imposed a record fine of 900,000 crowns on Monday.")
    assert not _own(keys["900,000 crowns"])
    keys = _keys("Rabies vaccinations reached 68% last year, the ministry said.")
    assert not _own(keys["68%"])
