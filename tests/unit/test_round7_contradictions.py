"""Round 7: a contradiction needs a dispute cue, or two different sources, close in
time (for tallies), and a later sentence that does not say the figure moved."""

from __future__ import annotations

from claimlogic import ledger

H = 3600.0


def c(value, quote, source=None, bound="exact", **kw):
    return {"value": value, "quote": quote, "source": source, "bound": bound, **kw}


def test_unattributed_figures_never_disagree():
    old = c(3, "A fire broke out, injuring three workers.")
    new = c(2, "Five workers were hurt, two of them with serious burns.")
    assert not ledger.disagreement(new, old, 1 * H)


def test_one_source_worded_twice_is_one_source():
    old = c(1, "One skier was still missing, Valais police said.", "Valais police")
    new = c(
        3,
        "Three were still missing, police in the canton of Valais said.",
        "police in the canton of Valais",
    )
    assert not ledger.disagreement(new, old, 1 * H)


def test_rival_sources_same_briefing_disagree():
    old = c(28, "28 passengers still held, police said.", "police")
    new = c(35, "The governor said 35 passengers were still held.", "governor")
    assert ledger.disagreement(new, old, 1 * H)


def test_tallies_hours_apart_have_moved_on():
    old = c(87, "87 passengers have fallen ill, the CDC said.", "CDC")
    new = c(142, "The cruise line says 142 passengers have reported symptoms.", "cruise line")
    assert not ledger.disagreement(new, old, 4.5 * H)
    # rival estimates disagree whenever they were made
    est = c(
        11000,
        "Around 11,000 troops are now in Russia, the Pentagon said.",
        "Pentagon",
        bound="approx",
    )
    assert ledger.disagreement(est, c(12000, "NIS said 12,000.", "NIS"), 18 * 24 * H)


def test_a_sentence_that_says_the_figure_moved_is_no_dispute():
    old = c(530000, "Outages fell to 530,000, Hydro-Quebec said.", "Hydro-Quebec")
    new = c(38000, "21,000 remained without power, down from 38,000 on Thursday.", "Hydro One")
    assert not ledger.disagreement(new, old, 2 * H)
    new = c(5, "Searchers found the last body, bringing the toll to five, police said.", "police")
    assert not ledger.disagreement(new, c(12, "12 caught.", "guide"), 1 * H)


def test_an_explicit_dispute_cue_suffices():
    old = c(18, "The toll rose to 18, the agency said.")
    for q in (
        "The governor said 9 were killed, disputing the agency's figure.",
        "Fifteen homes were destroyed, the agency said, dismissing a figure of 40 as premature.",
        "It sent two brigades, a smaller formation than the spy agency had reported last month.",
        "The drone count put the crowd at 210,000, far more than the police estimate.",
    ):
        assert ledger.disagreement(c(9, q), old, 30 * 24 * H), q


def test_weather_readings_are_not_announced():
    gust = c(70, "Gusts of 70 km/h fanned the flames.", property="count")
    assert ledger.weather_reading(gust, "gusts|count|speed")
    heat = c(46, "The heat index reached 46 degrees Celsius.", property="count")
    assert ledger.weather_reading(heat, "heat index|count|temperature")
    snow = c(70, "Up to 70 centimetres of fresh snow fell.", property="count")
    assert ledger.weather_reading(snow, "western valais|distance|length")
    # a power demand, a quake's depth, a ship's speed figure without weather words: not weather
    assert not ledger.weather_reading(
        c(14016, "Demand hit 14,016 megawatts."), "demand|count|power"
    )
    assert not ledger.weather_reading(c(20, "The ship made 20 knots."), "ship|count|speed")
