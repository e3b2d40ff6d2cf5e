"""Round 5: a plain count must name what it counts (a plural noun), and dialled numbers,
street addresses and clock times are never figures."""

from __future__ import annotations

import pytest

from claimlogic import ledger
from claimlogic.extract import extract_claims


def claim(value: float, **kw: object) -> dict[str, object]:
    return {"value": value, "bound": "exact", "property": "count", **kw}


@pytest.mark.parametrize(
    "metric",
    [
        "noon|count",
        "ponce de leon avenue|count",
        "volcan de fuego|count",
        "bringing|count",
        "closure|count",
        "rehabilitation centre|count",
        "times ancap estimate|count",
        "far|count",
    ],
)
def test_a_count_whose_subject_is_not_a_plural_noun_is_not_announced(metric: str) -> None:
    assert not ledger.counts_things(claim(65), metric)
    assert not ledger.newsworthy(claim(65), metric)


@pytest.mark.parametrize(
    "metric",
    [
        "people|count",
        "flights|count",
        "police|count",
        "crew|count",
        "children|count",
        "customers without power|count",
        "shelters|count",
        "aircraft|count",
        "crowd|count",
    ],
)
def test_plural_and_collective_nouns_are_counted(metric: str) -> None:
    assert ledger.counts_things(claim(65), metric)
    assert ledger.newsworthy(claim(65), metric)


def test_the_gate_is_only_for_plain_counts() -> None:
    assert ledger.counts_things(claim(13, property="killed"), "highway|killed")
    assert ledger.counts_things(claim(35e6, unit="NOK", property="cost"), "walkout|cost|money")
    assert ledger.counts_things(claim(1), "patient|count")  # "one patient": singular is right
    assert ledger.counts_things(claim(40), "quantity?1a2b3c4d|count")  # no subject: own key


def test_the_gate_also_keeps_junk_counts_out_of_comparisons() -> None:
    art = {"id": "a1", "outlet": "x"}
    kw = {"story": "s", "metric": "noon|count", "label": "noon", "now_iso": "t"}
    entry, decisions, _ = ledger.decide(None, claim(12), art, event_t=0.0, **kw)
    assert decisions == []
    entry, decisions, _ = ledger.decide(
        entry, claim(14), {"id": "a2", "outlet": "y"}, event_t=60.0, **kw
    )
    assert decisions == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents without power can call 311 for information.",
        "The agency has asked people to call its hotline, 1566, to report anyone who stayed.",
        "Families looking for relatives were asked to call the police on 991.",
        "Residents can find water at 1110 Ponce de Leon Avenue, the utility said.",
        "Anyone who ate at the canteen between 12 noon and 2 p.m. should see a doctor.",
    ],
)
def test_dialled_numbers_addresses_and_clock_times_are_not_figures(text: str) -> None:
    assert extract_claims(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The court called 40 witnesses over three weeks.", 40),
        ("Police called 300 officers to the scene.", 300),
        ("The hotline received 1,200 calls on Monday.", 1200),
    ],
)
def test_counts_after_call_verbs_are_still_counts(text: str, value: float) -> None:
    assert value in {c.value for c in extract_claims(text)}


def _toll(value: float, source: str, quote: str) -> dict[str, object]:
    return claim(value, property="killed", source=source, quote=quote)


def _feed(items: list[tuple[dict[str, object], float]]) -> list[list[str]]:
    entry, out = None, []
    for i, (c, t) in enumerate(items):
        entry, dec, _ = ledger.decide(
            entry,
            c,
            {"id": f"a{i}", "outlet": f"O{i}"},
            story="s",
            metric="people|killed",
            label="people killed",
            event_t=t,
            now_iso="t",
        )
        out.append([d[0] for d in dec])
    return out


def test_rival_sources_at_the_same_time_contradict_on_a_running_total() -> None:
    out = _feed(
        [
            (_toll(11, "the governor", "The governor said 11 people were killed."), 0.0),
            (_toll(19, "the health ministry", "The health ministry said 19 were killed."), 3600.0),
        ]
    )
    assert out == [["new_figure"], ["contradiction"]]


@pytest.mark.parametrize(
    ("source2", "quote2", "dt"),
    [
        ("the health ministry", "The death toll rose to 19, the health ministry said.", 3600.0),
        ("the health ministry", "The health ministry now says 19 people were killed.", 3600.0),
        ("the governor", "The governor said 19 people were killed.", 3600.0),  # same source
        ("the health ministry", "The health ministry said 19 were killed.", 5 * 3600.0),
    ],
)
def test_a_rise_that_says_so_or_comes_later_or_from_the_same_source_is_an_update(
    source2: str, quote2: str, dt: float
) -> None:
    out = _feed(
        [
            (_toll(11, "the governor", "The governor said 11 people were killed."), 0.0),
            (_toll(19, source2, quote2), dt),
        ]
    )
    assert out == [["new_figure"], ["update"]]
