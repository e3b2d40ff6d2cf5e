"""Intervals, tolerance, corroboration, update vs contradiction."""

from __future__ import annotations

import math

import pytest

from claimlogic import ledger

INF = math.inf


def claim(value, bound="exact", *, text=None, start=0, low=None, high=None, **kw):
    if bound == "exact":
        low = high = value
    return {
        "start": start,
        "end": start + 5,
        "text": text or str(value),
        "value": value,
        "low": low,
        "high": high,
        "bound": bound,
        "unit": kw.pop("unit", None),
        "quote": kw.pop("quote", f"Officials said {value}."),
        "metric": "m",
        "metric_label": "M",
        **kw,
    }


def art(i, outlet=None):
    return {
        "id": f"a-{i}",
        "url": f"https://x/{i}",
        "title": f"t{i}",
        "outlet": outlet or f"O{i}",
        "published_at": None,
    }


def feed(
    items,
    tolerance=0.02,
    *,
    metric="m",
    label="M",
    now_iso="2025-01-01T00:00:00+00:00",
    **common,
):
    """items: (claim, article, event time[, extra decide() arguments]); returns the
    ledger entry and the decision kinds per item. ``common`` decide() arguments
    (``continuing=True``...) apply to every item; an item's own extras win."""
    entry, out = None, []
    for c, a, t, *extra in items:
        entry, dec, _ = ledger.decide(
            entry,
            c,
            a,
            story="s",
            metric=metric,
            label=label,
            event_t=t,
            now_iso=now_iso,
            tolerance=tolerance,
            **{**common, **(extra[0] if extra else {})},
        )
        out.append([d[0] for d in dec])
    return entry, out


@pytest.mark.parametrize(
    ("v", "unit"),
    [(11000, 1000), (12000, 1000), (1500, 100), (1271, 1), (1_280_000, 10000), (2.5, 0.1), (0, 1)],
)
def test_rounding_unit(v, unit):
    assert ledger.rounding_unit(v) == pytest.approx(unit)


def test_intervals():
    assert ledger.interval(claim(11000, "approx")) == (10500, 11500)  # half the rounding unit
    assert ledger.interval(claim(10000, "approx")) == (9000, 11000)  # capped at 10%
    _, hi = ledger.interval(claim(1271, "approx"))
    assert hi - 1271 == pytest.approx(0.025 * 1271)  # at least 2.5%
    assert ledger.interval(claim(12000, "max", high=12000)) == (0, 12000)
    assert ledger.interval(claim(12000, "min", low=12000)) == (12000, INF)
    assert ledger.interval(claim(10, "range", low=8, high=12)) == (8, 12)
    assert ledger.interval(claim(12, "range", low=24, high=99, vague=True)) == (24, 99)


def test_gap():
    assert ledger.gap((10500, 11500), (12000, 12000)) == pytest.approx(500 / 12000)
    assert ledger.gap((0, 12000), (3000, INF)) == 0
    assert ledger.gap((2, 2), (4, 4)) == 0.5


def test_around_11000_contradicts_12000_but_not_11500():
    _, out = feed(
        [(claim(12000, source="NIS"), art(1), 1), (claim(11000, "approx", source="DoD"), art(2), 2)]
    )
    assert out[1] == ["contradiction"]
    _, out = feed([(claim(11500), art(1), 1), (claim(11000, "approx"), art(2), 2)])
    assert out[1] == []


def test_small_relative_difference_is_tolerated():
    _, out = feed([(claim(12000), art(1), 1), (claim(11800), art(2), 2)])
    assert out[1] == []


def test_open_bounds_do_not_contradict_inside():
    _, out = feed(
        [(claim(12000, "max", high=12000), art(1), 1), (claim(3000, "min", low=3000), art(2), 2)]
    )
    assert out == [["new_figure"], []]


def test_corroboration_counts_outlets_not_alerts():
    entry, out = feed(
        [
            (claim(12000), art(1), 1),
            (claim(12000), art(2), 2),
            (claim(12000, start=40), art(2), 3),
            (claim(12000), art(3, "O1"), 4),
        ]
    )
    assert out == [["new_figure"], [], [], []]
    (fig,) = entry["figures"]
    assert fig["outlets"] == ["O1", "O2"] and fig["count"] == 3


@pytest.mark.parametrize("hedge", ["hypothetical", "expected"])
def test_hedged_claims_never_contradict(hedge):
    _, out = feed([(claim(12000), art(1), 1), (claim(50000, hedge=hedge), art(2), 2)])
    assert out[1] == []


def test_hypothetical_is_not_a_new_figure_but_a_projection_is():
    _, out = feed([(claim(50000, hedge="hypothetical"), art(1), 1)])
    assert out == [[]]
    _, out = feed([(claim(5000, "max", high=5000, hedge="expected"), art(1), 1)])
    assert out == [["new_figure"]]


def test_scope_differences_are_not_contradictions():
    _, out = feed(
        [
            (claim(1420, time="over the past 24 hours"), art(1), 1),
            (claim(1271, time="a day in October"), art(2), 2),
        ]
    )
    assert out[1] == []
    _, out = feed([(claim(30, place="Kursk"), art(1), 1), (claim(300, place="Donetsk"), art(2), 2)])
    assert out[1] == []
    _, out = feed(
        [
            (claim(30, place="Russia", source="police"), art(1), 1),
            (claim(300, source="ministry"), art(2), 2),
        ]
    )
    assert out[1] == ["contradiction"]
    _, out = feed([(claim(30, time="a day"), art(1), 1), (claim(300), art(2), 2)])
    assert out[1] == []


def test_units():
    _, out = feed([(claim(400, unit="USD"), art(1), 1), (claim(300, unit="EUR"), art(2), 2)])
    assert out[1] == []
    _, out = feed(
        [
            (claim(4, unit="brigades", source="police"), art(1), 1),
            (claim(2, unit="units", source="ministry"), art(2), 2),
        ]
    )
    assert out[1] == ["contradiction"]


def test_rising_toll_is_an_update_falling_is_a_contradiction():
    _, out = feed(
        [
            (claim(100, property="killed"), art(1), 1),
            (claim(130, property="killed", source="police"), art(2), 2),
            (claim(110, property="killed", source="ministry"), art(3), 3),
        ]
    )
    assert out == [["new_figure"], ["update"], ["contradiction"]]


def test_stale_repeat_of_an_older_figure_is_corroboration():
    _, out = feed(
        [
            (claim(100, property="killed"), art(1), 1),
            (claim(130, property="killed"), art(2), 2),
            (claim(100, property="killed"), art(3), 3),
        ]
    )
    assert out[2] == []


def test_rise_of_a_non_running_metric_is_a_contradiction_unless_stated():
    _, out = feed(
        [
            (claim(4.1, unit="%", property="rate", source="police"), art(1), 1),
            (claim(4.6, unit="%", property="rate", source="ministry"), art(2), 2),
        ]
    )
    assert out[1] == ["contradiction"]
    _, out = feed(
        [
            (claim(4.6, unit="%", property="rate"), art(1), 1),
            (claim(4.1, unit="%", property="rate", change="down"), art(2), 2),
        ]
    )
    assert out[1] == ["update"]


def test_earlier_published_higher_toll_is_a_contradiction_not_update():
    _, out = feed(
        [
            (claim(100, property="killed", source="police"), art(1), 5),
            (claim(130, property="killed", source="ministry"), art(2), 1),
        ]
    )
    assert out[1] == ["contradiction"]


def test_same_article_never_contradicts_itself():
    _, out = feed([(claim(100), art(1), 1), (claim(130, start=50), art(1), 1)])
    assert out == [["new_figure"], []]


def test_vague_and_delta_claims_do_not_alert():
    _, out = feed([(claim(12, "range", low=24, high=99, vague=True), art(1), 1)])
    assert out == [[]]
    _, out = feed(
        [(claim(100), art(1), 1), (claim(5, change="up", change_is_delta=True), art(2), 2)]
    )
    assert out[1] == []


def test_severity():
    assert ledger.severity_contradiction(0.5) == "high"
    assert ledger.severity_contradiction(0.083) == "medium"
    assert ledger.severity_contradiction(0.04) == "low"
    assert ledger.severity_update(0.3) == "medium"


def test_figures_per_metric_are_capped_keeping_the_first():
    items = [(claim(100 * 2**i, property="killed"), art(i), i) for i in range(30)]
    entry, _ = feed(items)
    assert len(entry["figures"]) == 24
    assert entry["figures"][0]["claim"]["value"] == 100


def test_pack_roundtrip_and_full_claim_shape():
    entry, _ = feed([(claim(12000, source="NIS", place="Russia"), art(1), 1)])
    back = ledger.unpack_entry(ledger.pack_entry(entry), story="s", metric="m")
    assert back["figures"] == entry["figures"] and back["new_alerted"]
    side = ledger.figure_as_side(back["figures"][0], "m", "M")
    from claimlogic.model import Claim

    assert set(Claim.__dataclass_fields__) <= side.keys()
    assert side["source"] == "NIS" and side["change"] is None and side["vague"] is False
    assert side["article"]["id"] == "a-1" and side["interval"] == [12000, 12000]


def test_event_tolls_days_apart_do_not_contradict():
    day = 86400.0
    _, out = feed(
        [
            (claim(130, property="killed"), art(1), 0),
            (claim(12, property="killed"), art(2), 10 * day),
        ]
    )
    assert out[1] == []
    _, out = feed(
        [
            (claim(4, property="deployed"), art(1), 0),
            (
                claim(
                    2,
                    property="deployed",
                    quote="It deployed 2, fewer than the agency had reported.",
                ),
                art(2),
                20 * day,
            ),
        ]
    )
    assert out[1] == ["contradiction"]


def test_cross_mentioned_numbers_are_a_labelling_difference():
    _, out = feed(
        [
            (claim(28, source="police"), art(1), 1, {"article_values": [28, 39]}),
            (claim(39), art(2), 2, {"article_values": [28, 39]}),
            (claim(60, source="ministry"), art(3), 3, {"article_values": [60, 28]}),
        ]
    )
    assert out[1] == []
    assert out[2] == ["contradiction"]


def test_an_outlet_revising_itself_is_not_a_contradiction():
    _, out = feed([(claim(4), art(1, "Wire"), 1), (claim(2), art(2, "Wire"), 2)])
    assert out[1] == []
    _, out = feed(
        [
            (claim(100, property="killed"), art(1, "Wire"), 1),
            (claim(130, property="killed"), art(2, "Wire"), 2),
        ]
    )
    assert out[1] == ["update"]


def test_late_arriving_older_lower_toll_is_consistent():
    _, out = feed(
        [
            (claim(1300, property="killed"), art(1), 10),
            (claim(600, property="killed"), art(2), 9),
        ]
    )
    assert out[1] == []


def test_open_bound_sharpened_upward_is_an_update():
    k = {"property": "killed"}
    _, out = feed([(claim(100, "min", low=100, **k), art(1), 1), (claim(1300, **k), art(2), 2)])
    assert out[1] == ["update"]
    # not when an earlier figure is already higher
    _, out = feed(
        [
            (claim(100, "min", low=100, **k), art(1), 1),
            (claim(1300, **k), art(2), 2),
            (claim(500, "min", low=500, **k), art(3), 3),
        ]
    )
    assert out[2] == []
    # "up to 12,000" then "3,000 arrived": no update
    _, out = feed(
        [(claim(12000, "max", high=12000, **k), art(1), 1), (claim(3000, **k), art(2), 2)]
    )
    assert out[1] == []


def test_corroboration_alerts_only_when_asked():
    entry, _, _ = ledger.decide(
        None,
        claim(12000),
        art(1),
        story="s",
        metric="m",
        label="M",
        event_t=1,
        now_iso="x",
        alert_corroboration=True,
    )
    entry, dec, _ = ledger.decide(
        entry,
        claim(12000),
        art(2),
        story="s",
        metric="m",
        label="M",
        event_t=2,
        now_iso="x",
        alert_corroboration=True,
    )
    assert [d[0] for d in dec] == ["corroboration"] and dec[0][4] == {"outlets": 2}


def test_every_extractor_unit_of_measure_is_a_unit_of_measure_for_the_ledger() -> None:
    """'2.5 percentage points' and '2.5%' (or hours and days) are never compared."""
    from claimlogic.extract import MEASURE_UNITS as extractor_units
    from claimlogic.ledger import units_compatible

    assert not units_compatible({"unit": "pp"}, {"unit": "%"})
    assert not units_compatible({"unit": "h"}, {"unit": "day"})
    for unit in extractor_units:
        assert not units_compatible({"unit": unit}, {"unit": "troops"}), unit
