"""Round 18: figures of long reports that describe rather than count (ages, capacities,
samples)."""

from __future__ import annotations

from claimlogic import ledger


def _c(text: str, quote: str, metric: str = "people|count") -> dict[str, object]:
    return {"text": text, "quote": quote, "property": metric.split("|")[1], "value": 60.0}


def test_a_persons_age_is_no_figure() -> None:
    for text, quote in [
        ("about 60", "A man of about 60 was found dead in the freight shed on Wednesday."),
        ("81", "The mayor said the civilians killed were an elderly couple, aged 78 and 81."),
        ("under four", "Children under four, who travel free, were not on the list."),
        ("about ten", "Six people were pulled out alive, among them a boy of about ten."),
    ]:
        c = _c(text, quote)
        assert ledger.age_of_person(c), text
        assert not ledger.newsworthy(c, "people|count"), text
    # a count of people is no age
    c = _c("about 60", "About 60 men were found in the freight shed on Wednesday.")
    assert not ledger.age_of_person(c)
    assert ledger.newsworthy(c, "men|count")
