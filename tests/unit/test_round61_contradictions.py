"""Round 61 (ledger, contradiction side): cross-article rivals ``comparable`` refused.

* A figure whose own sentence disputes another body's figure, and the other body's
  figure of an earlier article, each read at a news moment (the day a body spoke, "on
  May 12"; the story's own event, "last week's flood") and no period, are one quantity
  told twice: compared without those times (:func:`ledger.moments_of_dispute`).
* A period on either side ("in 2031", "in February"), a state read at its moment ("were
  still without water on May 3") and a figure that is the gap itself ("well over 2,000
  more than") stay apart.
"""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import DAY, sourced_claim, two_article_kinds
from tests.unit.streams import LEDGER_T0 as T0

HOMES = "homes|count"


def _claim(
    value: float, text: str, quote: str, *, time: str | None, source: str
) -> dict[str, object]:
    return sourced_claim(value, text, quote, HOMES, time=time, source=source)


def _kinds(first: dict[str, object], later: dict[str, object]) -> list[tuple[str, list[float]]]:
    return two_article_kinds(first, later, HOMES, days=4.0)


OFFICE = (
    "The housing office said on May 12 that 620 homes had been flooded in the river town, "
    "and that pumps were working around the clock."
)
SURVEY = (
    "The tenants' federation said on May 16 that 1,500 homes had been flooded in last week's "
    "storm, far more than the housing office has acknowledged, and called for an inquiry."
)


def _office(time: str | None = "on May 12") -> dict[str, object]:
    return _claim(620, "620 homes", OFFICE, time=time, source="housing office")


def _survey(time: str | None = "on May 16", quote: str = SURVEY) -> dict[str, object]:
    return _claim(1500, "1,500 homes", quote, time=time, source="tenants' federation")


def test_disputing_figure_and_other_body_at_news_moments_contradict() -> None:
    assert _kinds(_office(), _survey()) == [("contradiction", [620.0])]
    assert _kinds(_office(None), _survey("last week")) == [("contradiction", [620.0])]
    assert ledger.moments_of_dispute(_survey(), _office(), HOMES)


def test_periods_states_and_gaps_stay_apart() -> None:
    assert not ledger.moments_of_dispute(_survey(), _office("in 2031"), HOMES)
    assert not ledger.moments_of_dispute(_survey("in February"), _office(), HOMES)
    assert _kinds(_office("in 2031"), _survey()) == []
    gap = (
        "The tenants' federation said on May 16 that well over 1,500 more than the housing "
        "office has acknowledged had been flooded."
    )
    delta = {**_survey(quote=gap), "text": "1,500"}
    assert not ledger.moments_of_dispute(delta, _office(), HOMES)
    still = _claim(
        620,
        "620 homes",
        "The housing office said 620 homes were still without water on May 12.",
        time="on May 12",
        source="housing office",
    )
    assert not ledger.moments_of_dispute(_survey(), still, "homes|without water")


def test_comparisons_with_the_other_body_as_it_stands_are_dispute_cues() -> None:
    # round 61: a present-tense verb of the other body ("admits"), "half as many again
    # as", and a "valuation" compared are the cue of a disputing figure
    for tail in (
        "twice as many as the council admits",
        "half as many again as the council has acknowledged",
        "far more than the council concedes",
        "a fraction of what the council says it surveyed",
    ):
        quote = f"The tenants' federation said 1,500 homes had been flooded, {tail}."
        assert ledger.disputes_figure(_claim(1500, "1,500 homes", quote, time=None, source="f"))
    quote = (
        "The assessors valued the flooded homes at 90 million crowns, "
        "well below the bank valuation."
    )
    c = {**_claim(90e6, "90 million crowns", quote, time=None, source="a"), "metric": "homes|value"}
    assert ledger.disputes_figure(c)
    plain = "The tenants' federation said 1,500 homes had been flooded, as the council admits."
    assert not ledger.disputes_figure(_claim(1500, "1,500 homes", plain, time=None, source="f"))


def test_the_body_the_cue_names_leads_the_sides() -> None:
    # round 61: of two earlier bodies' figures, the one whose body the cue names comes
    # first, though the other lies farther away
    kw = dict(story="s", metric=HOMES, label="homes", now_iso="t")
    agency = _claim(
        300,
        "300 homes",
        "The relief agency said 300 homes had been flooded in the river town.",
        time=None,
        source="relief agency",
    )
    entry, _, _ = ledger.decide(None, agency, {"id": "a0", "outlet": "W"}, event_t=T0, **kw)
    entry, _, _ = ledger.decide(
        entry, _office(None), {"id": "a1", "outlet": "X"}, event_t=T0 + DAY, **kw
    )
    survey = _survey(None)
    assert ledger.cue_names_body(survey, _office(None))
    assert not ledger.cue_names_body(survey, agency)
    _, decisions, _ = ledger.decide(
        entry, survey, {"id": "a2", "outlet": "Y"}, event_t=T0 + 3 * DAY, continuing=True, **kw
    )
    kinds = [(d[0], [float(f["claim"]["value"]) for f in d[2]]) for d in decisions]
    assert kinds == [("contradiction", [620.0, 300.0])]
