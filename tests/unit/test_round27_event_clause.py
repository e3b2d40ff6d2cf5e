"""Round 27: a figure's event is read from its own clause. An event word before the verb of
saying that gives the figure ("... had been arrested, and prosecutors said 35 had been
charged") is the other clause's event."""

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
