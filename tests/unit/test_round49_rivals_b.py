"""Round 49b (k49b): bare rival figures said plainly. Two named bodies that each "said N
<noun>" of the same noun, one sentence after the other, give two readings of one count
(brain._turn_answers, brain._said_noun); a count over the whole country or many towns is
not the one place's count (brain._wider_after)."""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts

_RALLY = (
    "TESSANY, May 3 (NW) - Thousands of lorry drivers drove through the centre of Tessany on "
    "Saturday to protest against a new road toll.\n\n"
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    return article_alerts(
        text, title="Lorry drivers protest road toll", published_at="2031-05-03T18:00:00Z"
    )


def test_two_bodies_said_counts_of_one_noun_are_rivals() -> None:
    got = _alerts(
        _RALLY + "The city police said 800 lorries took part in the convoy. "
        "The hauliers' federation said 2,400 lorries had joined the protest."
    )
    assert ("contradiction", "2,400") in [(k, t) for k, t, _ in got], got


def test_a_countrywide_count_is_no_rival_of_the_town_s() -> None:
    got = _alerts(
        _RALLY + "The hauliers' federation said 2,400 lorries had joined the protest in "
        "Tessany. The transport ministry said 6,000 lorries had joined protests in more than "
        "90 towns across the country."
    )
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_said_noun_and_wider() -> None:
    c = {"quote": "The union said about 2,400 lorries had come.", "text": "2,400", "start": 0}
    assert brain._said_noun(c) == "lorries"
    c2 = {"quote": "The union said it had 2,400 lorries.", "text": "2,400", "start": 0}
    assert brain._said_noun(c2) is None
    c3 = {"quote": "The ministry said 6,000 lorries had come nationwide.", "text": "6,000"}
    assert brain._wider_after(c3)
    assert not brain._wider_after(c)
    c4 = {"quote": "The union said 2,400 lorries, because it counted vans.", "text": "2,400"}
    assert brain._said_noun(c4) is None


def test_one_event_told_from_both_sides_by_two_verbs_is_a_rivalry() -> None:
    # brain._done_alike: "N pensioners had left" / "had carried about M pensioners"
    got = _alerts(
        "TESSANY, May 3 (NW) - Special buses took pensioners out of flooded districts of "
        "Tessany on Saturday.\n\nThe city council said 1,800 pensioners had left on the first "
        "day. The bus company, which ran the service, said it had carried about 1,100 "
        "pensioners and their carers."
    )
    assert ("contradiction", "about 1,100") in [(k, t) for k, t, _ in got], got


def test_two_acts_by_two_verbs_before_are_no_rivalry() -> None:
    got = _alerts(
        "TESSANY, May 3 (NW) - Police in Tessany broke up a ring that sold forged concert "
        "tickets.\n\nThe consumer office said the ring had sold at least 9,000 tickets. The "
        "ticket agency said it had refunded 3,000 tickets."
    )
    assert "contradiction" not in [k for k, _t, _ in got], got
