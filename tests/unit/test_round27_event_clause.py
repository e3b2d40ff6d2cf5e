"""Round 27: a figure's event is read from its own clause. An event word before the verb of
saying that gives the figure ("... had been arrested, and prosecutors said 35 had been
charged"), or before an earlier figure that a verb of the figure's own follows ("killing two
workers and forcing 4,200 people to leave"), is the other clause's event."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _props(text: str) -> dict[str, str | None]:
    return {c.text: c.property for c in extract_claims(text)}


def test_the_event_before_another_speakers_verb_is_not_the_figures() -> None:
    got = _props(
        "Police said 66 people had now been arrested over the violence, and prosecutors "
        "said 35 had been charged."
    )
    assert got["66"] == "arrested"
    assert got["35"] != "arrested"
    got = _props(
        "Thousands marched to protest against a freeze in university funding, and the "
        "city police estimated the crowd at 48,000."
    )
    assert got["48,000"] != "funding"


def test_the_event_after_the_verb_of_saying_stays() -> None:
    got = _props("The agency said it had arrested 35 people.")
    assert got["35"] == "arrested"
    got = _props("Police said they had rescued 1,200 residents from the valley.")
    assert got["1,200"] == "rescued"


def test_a_verb_of_the_figures_own_stops_the_reading_past_an_earlier_figure() -> None:
    got = _props(
        "A gas well blew out on Monday, killing two workers and forcing 4,200 people to leave "
        "villages downwind of the site, the regional government said."
    )
    assert got["two"] == "killed"
    assert got["4,200"] != "killed"
    got = _props(
        "The tram collision that killed five people in Dravnik last week caused damage of "
        "about 11 million dorins, the authority said."
    )
    assert got["about 11 million"] != "killed"


def test_the_reading_past_an_earlier_figure_without_a_verb_stays() -> None:
    # "two brigades of 6,000 soldiers": one verb for both figures
    got = _props("The army sent two brigades of 6,000 soldiers to the border.")
    assert got["6,000"] == got["two"]
    # "to rigged draws": an adjective in -ed, not a verb of the second figure
    got = _props(
        "The state lottery had lost 31.5 million lorins to rigged draws, well below the 46 "
        "million lorins cited by prosecutors."
    )
    assert got["46 million"] == got["31.5 million"]
