"""Round 80 (x80): comparisons a dispute cue reads that are a count passing its own
superseded reading, or a body correcting its own figure -- no contradiction.

Examples are invented (places, bodies and values), not taken from any split."""

from __future__ import annotations

from claimlogic.ledger import disputes_figure, passes_earlier


def _claim(quote: str, text: str, metric: str = "boats|count") -> dict[str, object]:
    return {"quote": quote, "text": text, "metric": metric, "start": quote.find(text)}


def test_a_multiple_of_the_first_estimate_passes_it() -> None:
    c = _claim(
        "Auditors said 6,200 fishing boats had been left idle by the ban, nearly three "
        "times the first harbour estimate, after checking every licence.",
        "6,200",
    )
    assert passes_earlier(c)
    c = _claim(
        "An internal review found that about 8,400 travellers slept in the Vellmark "
        "station halls, more than twice the operator's initial count.",
        "about 8,400",
        "travellers|count",
    )
    assert passes_earlier(c)


def test_a_multiple_of_a_reading_only_dated_or_of_a_budget_stays_as_it_was() -> None:
    # a dated reading of another body, put as a multiple: still that body's side disputed
    c = _claim(
        "Surveyors have mapped 390 burial mounds on the plateau, more than twice the "
        "number the hikers who found them reported last month.",
        "390",
        "burial mounds|count",
    )
    assert disputes_figure(c)
    assert not passes_earlier(c)
    # what a budget first held is another sum, no superseded reading of this one
    c = _claim(
        "The council said it had spent about 3 million lorins on pumps since the flood, "
        "four times the amount first set aside.",
        "about 3 million lorins",
        "lorins|cost",
    )
    assert not passes_earlier(c)
    # a part ("half the first estimate") is no count passing it
    c = _claim(
        "The insurer paid out 40 million lorins, half the first estimate given by brokers.",
        "40 million lorins",
        "lorins|amount",
    )
    assert not passes_earlier(c)
    # "at the time" is left a dispute: a later body's count against the one given then
    c = _claim(
        "The growers' guild said 410 orchards were flooded, more than the river board "
        "said at the time.",
        "410",
        "orchards|count",
    )
    assert disputes_figure(c)
    assert not passes_earlier(c)


def test_not_the_figure_it_gave_itself_is_no_dispute() -> None:
    c = _claim(
        "The water board said 14,800 meters had been replaced, not the 17,200 it "
        "announced on Friday, because some streets were counted twice.",
        "14,800",
        "meters|count",
    )
    assert not disputes_figure(c)
    c = _claim(
        "The treasury said the guarantees came to 2.7 billion lorins, not the 1.4 billion "
        "it had given in March.",
        "2.7 billion lorins",
        "lorins|amount",
    )
    assert not disputes_figure(c)


def test_not_another_bodys_figure_stays_a_dispute() -> None:
    c = _claim(
        "Eight climbers died on the ridge, not the 11 the mountain rescue service has reported.",
        "Eight",
        "climbers|killed",
    )
    assert disputes_figure(c)
    c = _claim(
        "The union said 2,300 porters were on strike, not the 900 the port authority announced.",
        "2,300",
        "porters|count",
    )
    assert disputes_figure(c)


def test_a_correction_told_before_the_figure_is_no_dispute() -> None:
    c = _claim(
        "The ferry line now says it carried 3,150 passengers over the weekend, not 3,600, "
        "after finding a ticket machine had counted returns twice.",
        "3,150",
        "passengers|count",
    )
    assert disputes_figure(c)  # "says" alone: not the own-correction wording
    c = _claim(
        "It now says it carried 3,150 passengers over the weekend, not 3,600, after finding "
        "a ticket machine had counted returns twice.",
        "3,150",
        "passengers|count",
    )
    assert not disputes_figure(c)
    c = _claim(
        "The clinic says it made a counting error and that 42 nurses, not 57, are on leave.",
        "42",
        "nurses|count",
    )
    assert not disputes_figure(c)
    # another body's figure set against it, with no correction told: still a dispute
    c = _claim(
        "The nurses' union says 57 nurses, not 42, are on leave.",
        "57",
        "nurses|count",
    )
    assert disputes_figure(c)
