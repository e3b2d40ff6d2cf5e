"""Round 28: a figure put as a multiple of another's figure ("more than three times the
estimate given by the operator") is one side of a disagreement (its own sentence's dispute
cue), not a development of the older figure; the cue does not make the whole article a
quarrel.  A first figure whose own sentence disputes another's, in a running story, is
no new figure either: it is the other side of a figure the story holds under another key.
"""

from __future__ import annotations

from claimlogic import ledger


def _c(quote: str, text: str, value: float, metric: str = "florins|cost") -> dict:
    return {"quote": quote, "text": text, "value": value, "metric": metric}


def test_a_multiple_of_anothers_estimate_disputes_it() -> None:
    c = _c(
        "The state audit office said replacement power had cost consumers about 160 million "
        "florins so far, nearly three times the figure the grid operator gave last week.",
        "about 160 million",
        1.6e8,
    )
    assert ledger.disputes_figure(c)
    c2 = _c(
        "Repairing the pipeline will cost about 80 million marks, the institute said, more "
        "than three times the estimate given by the operator.",
        "about 80 million",
        8e7,
    )
    assert ledger.disputes_figure(c2)


def test_a_plain_multiple_or_a_later_figure_is_no_dispute() -> None:
    # a multiple of a legal limit is a reading, not a rival figure
    assert not ledger.disputes_figure(
        _c("Tests found toxins at eight times the legal limit.", "eight", 8.0, "x|count")
    )
    # the cue belongs to the figure before it, not to one after it
    c = _c(
        "The audit office put the cost at nearly three times the operator's figure, and "
        "said 40 workers had been hired.",
        "40",
        40.0,
        "workers|count",
    )
    assert not ledger.disputes_figure(c)


def test_the_multiple_cue_makes_no_article_quarrel() -> None:
    text = (
        "Removing asbestos from every school will cost about 130 million lennars, an "
        "engineering professor said, almost three times the figure the ministry gave. "
        "The ministry said 24 schools had reopened and 47 remained closed."
    )
    assert not ledger.quarrel(text)


T0 = 1_800_000_000.0


def _first_decisions(c: dict, *, continuing: bool) -> list[str]:
    _, decisions, _ = ledger.decide(
        None,
        {"text": c["text"], "value": c["value"], "low": c["value"], "high": c["value"], **c},
        {"id": "e1", "outlet": "O", "published_at": "2026-01-19T08:00:00Z"},
        version="",
        story="s",
        metric=c["metric"],
        label="cost",
        event_t=T0,
        now_iso="2026-01-19T08:00:00Z",
        continuing=continuing,
    )
    return [d[0] for d in decisions]


def test_a_disputing_first_figure_of_a_running_story_is_no_new_figure() -> None:
    c = _c(
        "Repairing the pipeline will cost about 80 million marks, the institute said, more "
        "than three times the estimate given by the operator.",
        "about 80 million",
        8e7,
        "marks|cost|expected",
    )
    assert _first_decisions(c, continuing=True) == []
    # the story's first article has no other side yet: its figure is news
    assert _first_decisions(c, continuing=False) == ["new_figure"]
    # without the comparison it is a first figure of a running story
    plain = {**c, "quote": "Repairing the pipeline will cost about 80 million marks."}
    assert _first_decisions(plain, continuing=True) == ["new_figure"]


def test_a_date_between_the_figure_and_its_cue_is_no_other_figure() -> None:
    c = _c(
        "Cleaning up the quarry will cost about 70 million florins, the institute said on "
        "Sept. 18, more than three times the figure given by the environment agency.",
        "about 70 million",
        7e7,
    )
    assert ledger.disputes_figure(c)
    # a count between them still takes the cue
    c2 = _c(
        "Cleaning up will cost about 70 million florins and 40 workers, more than three "
        "times the figure given by the agency.",
        "about 70 million",
        7e7,
    )
    assert not ledger.disputes_figure(c2)
