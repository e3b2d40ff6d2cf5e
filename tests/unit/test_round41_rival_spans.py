"""Round 41: rival readings the ledger did not set side by side: "since January" and
"this year" are one span (h55-6-1); a toll given "since Sept 3" as "nearly twice the
official toll" disputes the official toll of an earlier report (h55-5-5), but "more than
twice its first estimate" is the body's own revision; and an article that says a source
"gave a far lower figure" or "counts only the buses" says its sources disagree."""

from __future__ import annotations

import pytest

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed


def test_since_january_and_this_year_are_one_span() -> None:
    a = claim(900, metric="shells|launched", time="since January", source="defence ministry")
    b = claim(1600, metric="shells|launched", time="this year", source="research institute")
    assert not ledger.comparable(b, a)
    assert ledger.rivals_comparable(b, a)


def test_this_week_and_since_january_stay_apart() -> None:
    a = claim(900, metric="shells|launched", time="since January", source="defence ministry")
    b = claim(1600, metric="shells|launched", time="this week", source="research institute")
    assert not ledger.rivals_comparable(b, a)


def _toll(value, *, source, quote, time=None):
    return claim(
        value,
        text=str(value),
        metric="villagers|killed",
        property="killed",
        source=source,
        quote=quote,
        time=time,
    )


def test_multiple_of_the_official_toll_disputes_an_older_report() -> None:
    old = _toll(
        6,
        source="regional health department",
        quote="Six villagers have died, the regional health department said.",
    )
    new = _toll(
        11,
        source="Border Watch",
        time="since Sept 3",
        quote="11 villagers have been killed by shelling since Sept 3, Border Watch said, "
        "nearly twice the official toll.",
    )
    assert ledger.multiple_of_another(new, old)
    day = 24 * 3600.0
    _, out = feed([(old, art(1), 0.0), (new, art(2), 12 * day)], metric="villagers|killed")
    assert out[1] == ["contradiction"]


def test_multiple_of_its_own_first_estimate_is_no_rival() -> None:
    old = _toll(6, source="district office", quote="Six villagers died, the district office said.")
    new = _toll(
        13,
        source="district office",
        quote="13 villagers have died, the district office said, more than twice its first "
        "estimate.",
    )
    assert not ledger.multiple_of_another(new, old)


@pytest.mark.parametrize(
    "text",
    [
        "The park's operator gave a far lower figure.",
        "The two sides gave very different counts of the volunteers killed.",
        '"The governor counts only the buses," the mayor said.',
        '"The port authority leaves out the tugs," the union said.',
        "The ministry called the document outdated and put the stock far higher.",
    ],
)
def test_quarrel_cues(text: str) -> None:
    assert ledger.quarrel(text)


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures will put the region higher on the list.",
        "The agency gave a figure of 300 and said it would update it on Monday.",
        "The plan counts on the buses arriving on time.",
    ],
)
def test_no_quarrel_cue(text: str) -> None:
    assert not ledger.quarrel(text)


def test_multiple_far_from_the_older_figure_names_another_quantity() -> None:
    old = _toll(
        60, source="ferry operator", quote="About 60 people were stranded, the ferry operator said."
    )
    new = _toll(
        400,
        source="commuters' association",
        quote="400 people were stranded, the commuters' association said, nearly twice the "
        "operator's figure.",
    )
    assert not ledger.multiple_of_another(new, old)


def test_what_a_body_has_is_no_rival_reading() -> None:
    k = {"metric": "satellites|count", "property": "count"}
    old = claim(
        14,
        source="space agency",
        quote='"By our count, 14 satellites have stopped responding," the space agency said.',
        **k,
    )
    new = claim(
        28,
        source="Nordsat",
        quote="Nordsat, which has 28 satellites in orbit, said it was trying to restore contact.",
        **k,
    )
    assert not ledger.rival_in_article(new, old)
    assert ledger.rival_in_article(
        {**new, "quote": "Nordsat said 28 satellites had stopped responding."}, old
    )


def test_a_country_and_its_demonym_name_one_body() -> None:
    a = ledger._source_words({"source": "Valdrian ministry"})
    b = ledger._source_words({"source": "Valdria's defence ministry"})
    assert not ledger.sources_differ(a, b)
    c = ledger._source_words({"source": "Estrenian intelligence"})
    d = ledger._source_words({"source": "Estrenia's general staff"})
    assert ledger.sources_differ(c, d)


def test_below_what_another_body_announced_disputes() -> None:
    q = (
        "The first tranche is worth 310 million euros, well below what the government "
        "announced, the audit office said."
    )
    c = claim(3.1e8, text="310 million euros", quote=q, metric="tranche|cost|money")
    assert ledger.disputes_figure(c)
    own = "The company said sales were 40 million euros, well below what it had announced."
    assert not ledger.disputes_figure(
        claim(4e7, text="40 million euros", quote=own, metric="sales|amount|money")
    )


def test_above_a_plural_owners_figure_disputes() -> None:
    q = (
        "The union said the true gap was 700 million pounds, well above the trustees' own "
        "figure, because the trustees had not counted the latest losses."
    )
    c = claim(7e8, text="700 million pounds", quote=q, metric="gap|amount|money")
    assert ledger.disputes_figure(c)
