"""Round 42: a bare figure that ends its sentence after "counts" ("The drivers' union
counts 5,000.") is that counter's reading of the quantity just named, in the same rate,
and the counter is its source. It was keyed by its subject and the verb
(``union counts``), a key never compared."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def test_counter_reads_the_quantity_just_named() -> None:
    first, second = extract_claims(
        "The port authority says about 2,400 trucks a day now use the bypass. "
        "The drivers' union counts 5,000."
    )
    assert first.metric == "trucks|count|per day"
    assert second.metric == "trucks|count|per day"
    assert second.source == "drivers' union"


def test_counted_with_a_noun_keeps_its_noun() -> None:
    (got,) = extract_claims("The drivers' union counts 5,000 members, its chair said.")
    assert got.about == "members"


def test_counts_before_more_words_is_no_counter_reading() -> None:
    claims = extract_claims(
        "The port authority says about 2,400 trucks a day now use the bypass. "
        "The union counts 5,000 since Monday."
    )
    assert "per day" not in claims[-1].metric
