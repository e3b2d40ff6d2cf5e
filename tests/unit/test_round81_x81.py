"""Round 81 (x81): a figure set against another body's figure by a comparison stays that
body's rival side when the only revision words of its sentence are the other side's ("the
bureau's revised figure", "counted twice") or the speaker's first reading ("in its first
count of the damage") -- a dispute, not an update of the speaker's own count.

Examples are invented (places, bodies and values), not taken from any split."""

from __future__ import annotations

from claimlogic.ledger import disputes_figure, revision
from claimlogic.ledger.disputes import revised_by_other_side


def _claim(quote: str, text: str, metric: str = "boats|count") -> dict[str, object]:
    return {"quote": quote, "text": text, "metric": metric, "start": quote.find(text)}


def test_the_other_bodys_revised_figure_leaves_a_dispute() -> None:
    c = _claim(
        "The port guild has put the March trade surplus at 2.6 billion florins, higher "
        "than the treasury's revised figure, adding to the confusion over the accounts.",
        "2.6 billion florins",
        "trade surplus|amount|money",
    )
    assert disputes_figure(c) and revision(c)
    assert revised_by_other_side(c)


def test_the_other_counts_double_counting_leaves_a_dispute() -> None:
    c = _claim(
        "The fisheries board said 1,700 crofts had been cut off by the floods, fewer than "
        "the relief agency reported last week, because many crofts had been counted twice.",
        "1,700",
        "crofts|count",
    )
    assert disputes_figure(c) and revision(c)
    assert revised_by_other_side(c)


def test_a_first_reading_of_a_thing_is_no_revision() -> None:
    c = _claim(
        "The harbour office, in its first count of the losses, said 74 boats had sunk at "
        "their moorings, more than the fishing union's figure of 52.",
        "74",
    )
    assert disputes_figure(c) and revision(c)
    assert revised_by_other_side(c)


def test_the_speakers_own_revision_stays_a_revision() -> None:
    # the cue names the speaker's own earlier count
    c = _claim(
        "The harbour office said a second survey put the number of sunken boats at 88, "
        "higher than its earlier count because boats had drifted out of the bay.",
        "88",
    )
    assert revision(c)
    assert not revised_by_other_side(c)
    # a revision word before the cue is the speaker's
    c = _claim(
        "The harbour office corrected its count to 61 boats, fewer than the skippers' "
        "association reported on Monday.",
        "61 boats",
    )
    assert not revised_by_other_side(c)
    # "whose first count of 40" names the speaker's own earlier figure
    c = _claim(
        "The harbour office, whose first count of 40 had been questioned, said 66 boats "
        "had sunk, more than the fishing union's figure of 52.",
        "66",
    )
    assert not revised_by_other_side(c)
    # the speaker's own recount or audit after the cue
    c = _claim(
        "The guild said 3,900 crates were lost, more than the port police reported, "
        "after an audit of its own ledgers.",
        "3,900",
        "crates|count",
    )
    assert not revised_by_other_side(c)


def test_no_comparison_or_a_cue_that_is_the_revision_stays_as_it_was() -> None:
    c = _claim(
        "Thieves took nine crates from the Orvel depot, not six as first reported, the "
        "depot said after an inventory.",
        "nine",
        "crates|count",
    )
    assert not revised_by_other_side(c)
    c = _claim(
        "A fishermen's group said 58 boats had sunk, far more than first reported.",
        "58",
    )
    assert not revised_by_other_side(c)
    c = _claim(
        "The tribunal ordered a new count in 14 harbours but rejected the guild's request "
        "for a recount in 30 more.",
        "14",
        "harbours|count",
    )
    assert not revised_by_other_side(c)


def test_a_span_or_a_code_before_the_cue_is_no_other_figure() -> None:
    # a span the count covers, between the figure and its cue
    c = _claim(
        "The dockers' union said 1,300 loaders had been underpaid over the past three "
        "seasons, well above the 800 identified by the port inspectorate.",
        "1,300",
        "loaders|count",
    )
    assert disputes_figure(c)
    c = _claim(
        "The coastguard said 27 buoys had been cut loose during the two nights of storms, "
        "far more than the harbour board had reported.",
        "27",
        "buoys|count",
    )
    assert disputes_figure(c)
    # a road's code
    c = _claim(
        "Engineers said they had found cracks on 44 bridges along the B7, far more than "
        "the roads office has acknowledged.",
        "44",
        "bridges|count",
    )
    assert disputes_figure(c)


def test_another_figure_or_clause_before_the_cue_stays_as_it_was() -> None:
    # another figure before the cue: the cue is that one's
    c = _claim(
        "The dockers' union said 1,300 loaders had been underpaid and 420 dismissed, well "
        "above the 300 identified by the port inspectorate.",
        "1,300",
        "loaders|count",
    )
    assert not disputes_figure(c)
    # another clause opens before the cue: the span no longer lets the cue through
    c = _claim(
        "Nine people were charged over thefts from barges on the B7 canal, as shippers "
        "said their losses were far more than police have estimated.",
        "Nine",
        "people|charged",
    )
    assert not disputes_figure(c)
    c = _claim(
        "Merrow Holdings said it had acceptances for 12 million shares in the first three "
        "weeks of its offer, as a proxy adviser urged investors to reject it.",
        "12 million",
        "shares|count",
    )
    assert not disputes_figure(c)
