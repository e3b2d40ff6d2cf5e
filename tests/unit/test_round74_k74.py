"""Round 74: a quarrel's two sides filed under two keys in one article.

Rule (brain ``_other_noun_rival``): two named bodies count one quantity in words of their
own ("14 of its stevedores" / "29 workers"); the extractor files them under two keys, so
no rival test compared them.  A figure whose sentence sets it against another's (a
comparison, a turn, a lead sentence) -- or, in an article whose sources disagree, a
speaker's reading that says so itself ("only", "its own inspectors estimated", what the
other count left out) -- answers the one figure of the same property and dimensions that
another named body gave earlier in the article, under its key.
"""

from __future__ import annotations

from claimlogic.brain.rivals import _set_against
from tests.unit.streams import article_alerts, figure_in

OPENING = (
    "KESTRAN, May 4 (Harbour Wire) - Workers at the Kestran grain terminal fell ill on "
    "Tuesday after a fumigant leak, the operator and the union said.\n\n"
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    return article_alerts(text, title="Fumigant leak", published_at="2041-05-04T18:00:00Z")


def _contradicts(text: str, figure: str) -> bool:
    return any(k == "contradiction" and t == figure for k, t, _ in _alerts(text))


def test_a_compared_figure_under_another_noun_contradicts() -> None:
    text = OPENING + (
        "Portvale Logistics, which runs the terminal, said 12 of its stevedores had been "
        "taken ill. The Kestran Harbour Union gave a much higher figure, saying 29 workers "
        "had fallen ill."
    )
    assert _contradicts(text, "29")


def test_two_quantities_another_body_counted_stay_apart() -> None:
    # the operator counted two things of the property: which one the union answers is
    # not said, so nothing is guessed
    text = OPENING + (
        "Portvale Logistics, which runs the terminal, said 12 of its stevedores had been "
        "taken ill and 20 lorries had been turned away at the gate. The Kestran Harbour "
        "Union gave a much higher figure, saying 29 workers had fallen ill."
    )
    assert not _contradicts(text, "29")


def test_a_quarrelling_speaker_giving_only_a_smaller_count() -> None:
    text = (
        "TORVIK, Feb 2 (Nordic Wire) - Doctors and the hospital board disputed on Monday how "
        "many operations were cancelled during the strike.\n\n"
        "The Torvik Doctors' Association said 640 operations had been called off. The "
        "hospital board said it had postponed only 210 procedures."
    )
    assert _contradicts(text, "210")


def test_a_quarrelling_speaker_without_a_cue_stays_apart() -> None:
    # the same article, the board's figure told plainly: another count of its own, not
    # a reading set against the association's
    text = (
        "TORVIK, Feb 2 (Nordic Wire) - Doctors and the hospital board disputed on Monday how "
        "many operations were cancelled during the strike.\n\n"
        "The Torvik Doctors' Association said 640 operations had been called off. The "
        "hospital board said it had postponed 210 procedures."
    )
    assert not _contradicts(text, "210")


def test_set_against_cues() -> None:
    other = figure_in("The agency said 17 cases were found.", "17", source="agency")

    def against(quote: str, text: str) -> bool:
        return _set_against(figure_in(quote, text, source="federation"), other)

    assert against("The federation said it had found only 11 cases.", "11")
    assert against("The federation said its own count was 11 cases.", "11")
    assert not against("The federation said it had found 11 cases.", "11")
    assert not against("Only the federation said 11 cases were found.", "11")
