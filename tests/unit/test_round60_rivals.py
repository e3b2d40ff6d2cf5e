"""Round 60 (k60): two named bodies' readings of one quantity said side by side in one
article, raising nothing before this round.  (1) The second body's figure names nothing
it counts ("The labour office said 300 had."), so the extractor files it under an
unresolved key: it is that body's reading of the quantity the sentence before named
(brain._bare_rival).  Not when the bare figure repeats a value the article gave before,
nor when the named side is a body's own part ("at its depot")."""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts

_HEAD = (
    "NORBECK, May 6 (NW) - Workers at the Norbeck gearbox works walked out on Tuesday "
    "after pay talks with the management broke down, halting production for the first "
    "time in eleven years.\n"
    "\n"
    "The works, on the edge of the river port, make gearboxes for lorries and buses sold "
    "across the region, and the company has been hiring since the spring.\n"
    "\n"
    "Pickets gathered at the main gate before dawn, and lorries queued on the ring road "
    "as drivers waited to load.\n"
    "\n"
    "The management said it had offered a rise for every grade and that the "
    "union had walked away from the table.\n"
    "\n"
)
_TAIL = (
    "\n"
    "\n"
    "The company said it hoped to reopen talks by the end of the week, and that no "
    "orders had been lost so far.\n"
    "\n"
    "Shops near the gate said trade had been quiet, and the town hall said the ring road "
    "would stay open.\n"
)
_PAIR = (
    "The Metalworkers' Union said 900 staff had joined the strike at the gate."
    " The regional labour office said 300 had."
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    return article_alerts(
        text, title="Strike halts Norbeck gearbox works", published_at="2031-05-06T18:00:00Z"
    )


def test_a_bare_figure_answers_the_named_one_before_it() -> None:
    got = _alerts(_HEAD + _PAIR + _TAIL)
    assert ("contradiction", "300", "workers|count") in got, got


def test_a_bare_figure_given_before_is_no_rival() -> None:
    pair = (
        "The labour office first put the walkout at 300 workers. The Metalworkers' Union"
        " said 900 staff had joined the strike at the gate. The regional labour office"
        " said 300 had."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert ("contradiction", "300", "workers|count") not in got, got


def test_a_body_s_own_part_is_no_rival() -> None:
    pair = (
        "The Metalworkers' Union said 900 staff had joined the strike at its Norbeck"
        " branch. The regional labour office said 300 had."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert ("contradiction", "300", "workers|count") not in got, got


def test_bare_rival_own_after() -> None:
    assert brain._OWN_AFTER.search(" patients are at its campus")
    assert not brain._OWN_AFTER.search(" patients had been treated")


# (2) Two bodies' readings under one key in two adjacent sentences, no word of dispute
# (brain._same_key_rival).  Not when a sentence stands between them, nor when the second
# body holds to a reading it gave before ("still").
_BODY = (
    "The works employ about two thousand people on three shifts, and most of them live in "
    "the town or the villages along the river.\n"
    "\n"
    "Managers said the plant had been running at full capacity since the spring, with new "
    "orders from bus makers abroad.\n"
    "\n"
    "The mayor called on both sides to return to talks and said the town could not afford a "
    "long stoppage at its largest employer.\n"
    "\n"
) * 3
_SAME = (
    "Police said 11 people had been injured at the gate."
    " The county hospital said it had treated 25 people injured at the gate."
)


def test_two_bodies_readings_under_one_key_side_by_side_contradict() -> None:
    got = _alerts(_HEAD + _BODY + _SAME + _TAIL)
    assert ("contradiction", "25", "people|injured") in got, got


def test_a_sentence_between_them_is_no_side_by_side() -> None:
    pair = _SAME.replace(" The county", " Ambulances waited at the gate all day. The county")
    got = _alerts(_HEAD + _BODY + pair + _TAIL)
    assert ("contradiction", "25", "people|injured") not in got, got


def test_a_reading_held_to_is_no_side_by_side() -> None:
    pair = _SAME.replace("said it had treated", "said it still believed it had treated")
    got = _alerts(_HEAD + _BODY + pair + _TAIL)
    assert ("contradiction", "25", "people|injured") not in got, got


def test_same_key_rival_words() -> None:
    assert brain._HAS_BEFORE.search("The association has about ")
    assert not brain._HAS_BEFORE.search("The association said ")
    assert brain._STILL.search("said it still believed ")


# (3) Two bodies' readings in two clauses of one sentence, the second opened by its own
# body and reporting verb (brain._clause_rival).  Not two figures of one body's clause.
def test_a_second_body_s_clause_answers_the_first() -> None:
    for pair in (
        "The Metalworkers' Union said 900 staff had joined the strike; the regional labour"
        " office said 300 had.",
        "The Metalworkers' Union said 900 workers had joined the strike, while the regional"
        " labour office put the figure at 300.",
    ):
        got = _alerts(_HEAD + pair + _TAIL)
        assert ("contradiction", "300", "workers|count") in got, got


def test_two_figures_of_one_clause_are_no_rivals() -> None:
    pair = (
        "The Metalworkers' Union said 900 workers had joined the strike and 300 workers had"
        " marched to the town hall."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert "contradiction" not in [k for k, _t, _ in got], got
