"""Round 41: a first-person count in a sentence that opens a quotation, its speaker named
in the next sentence ('"We have registered 1,700 prisoners of war. The others we have not
been allowed to see," said Hanne Duval'), is that speaker's own side in an article that
says its sources disagree (h55-1-4), not the next reading of another body's figure."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed


def _c(value, quote, source):
    return claim(
        value,
        text=f"{value:,}",
        metric="prisoners|captured",
        property="captured",
        source=source,
        quote=quote,
    )


def test_quoted_first_person_count() -> None:
    c = _c(1700, '"We have registered 1,700 prisoners of war.', "Hanne Duval")
    assert ledger.quoted_own_count(c)
    assert ledger.own_side_cue(c, quarrelling=True)
    assert not ledger.own_side_cue(c, quarrelling=False)


def test_not_without_quotation_or_first_person() -> None:
    assert not ledger.quoted_own_count(
        _c(1700, "The committee has registered 1,700 prisoners of war.", "committee")
    )
    assert not ledger.quoted_own_count(
        _c(1700, '"There are 1,700 prisoners in the camps.', "Hanne Duval")
    )
    assert not ledger.quoted_own_count(
        _c(120, '"We lost our 120 drivers to the army.', "Hanne Duval")
    )


def test_quoted_count_is_a_rival_side_in_a_quarrel() -> None:
    old = _c(3100, "A veterans' charity said 3,100 prisoners were held.", "veterans' charity")
    new = _c(1700, '"We have registered 1,700 prisoners of war.', "Hanne Duval")
    day = 24 * 3600.0
    _, out = feed(
        [(old, art(1), 0.0), (new, art(2), 18 * day)],
        metric="prisoners|captured",
        quarrelling=True,
    )
    assert out[1] == ["contradiction"]


def test_the_value_it_moved_from_is_no_side_of_the_quarrel() -> None:
    k = {"metric": "withdrawals|amount|money", "property": "amount", "unit": "DIN"}
    old = claim(
        1e9,
        text="1 billion dinars",
        source="shareholder",
        quote="The shareholder said it would put 1 billion dinars into the bank.",
        **k,
    )
    new = claim(
        3e8,
        text="about 300 million dinars",
        source="governor",
        quote="The governor said withdrawals had slowed to about 300 million dinars on May 14 "
        "from more than a billion on each of the first two days.",
        **k,
    )
    day = 24 * 3600.0
    extra = {"moved_from": 1e9, "article_values": [3e8, 1e9]}
    _, out = feed(
        [(old, art(1), 0.0), (new, art(2), 2 * day, extra)],
        metric="withdrawals|amount|money",
        quarrelling=True,
    )
    assert "contradiction" not in out[1]
