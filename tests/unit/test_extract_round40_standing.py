"""Round 40: a standing figure of a body or a thing -- a budget, turnover, balance sheet or
insurance cover the body has ("The agency's budget this year is 620 million marks", "has a
budget of about 800,000 marks a year"), or what each vessel holds ("Each tanker carries
about 36,000 litres") -- is background given for scale: a key of its own (``about?digest``),
recorded but never compared or announced."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def _own(key: str) -> bool:
    return "?" in key.split("|", 1)[0]


def test_what_a_body_has_is_background() -> None:
    cases = {
        "The agency's budget this year is 620 million marks, officials said.": (
            "620 million marks"
        ),
        "The charity has a budget of about 800,000 marks a year for its work.": (
            "about 800,000 marks"
        ),
        "Castellan has a balance sheet of about 180 billion marks.": "about 180 billion marks",
        "Sorrel Telecom's turnover last year was 480 million dollars.": "480 million dollars",
        "The company's insurance cover for the terminal is 250 million dollars.": (
            "250 million dollars"
        ),
    }
    for text, figure in cases.items():
        key = _keys(text)[figure]
        assert _own(key), (text, key)


def test_what_each_unit_holds_is_background() -> None:
    assert _own(_keys("Each tanker carries about 36,000 litres.")["about 36,000 litres"])
    keys = _keys("The government sent 18 water tankers, each carrying 20,000 litres.")
    assert _own(keys["20,000 litres"])
    assert not _own(keys["18"])


def test_news_about_a_budget_keeps_its_key() -> None:
    keys = _keys("The government approved an emergency clean-up budget of 3.5 million euros.")
    assert not any(_own(k) for k in keys.values())
    keys = _keys("The state budget deficit reached 189.4 billion zlotys at the end of September.")
    assert not any(_own(k) for k in keys.values())
    keys = _keys("The tanker was carrying about 33,000 litres of petrol when it overturned.")
    assert not any(_own(k) for k in keys.values())
