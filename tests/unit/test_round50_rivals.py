"""Round 50 (k50): two bodies' figures of one thing side by side in one article, in words
of their own. A body's reading of a quantity ("put the crowd at", "valued the paintings
at") is set against another body's (brain.compares, brain._PUT_AT); when its key's noun
finds no figure before it, the one figure of the sentence right before it, of another
named body, of the same dimensions and within the rival ratio, is its other side
(brain._compared_adjacent)."""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts

_FAIR = (
    "HALDEN, Sept 6 (NW) - Crowds filled the old town of Halden on Saturday for the first "
    "harvest fair since the bridge reopened.\n\n"
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    return article_alerts(
        text, title="Harvest fair fills Halden", published_at="2031-09-06T18:00:00Z"
    )


def test_a_crowd_put_at_by_another_body_is_a_rival_reading() -> None:
    got = _alerts(
        _FAIR + "The town police said about 4,000 people had walked through the gates by "
        "noon. The fair's organisers put the crowd at about 11,000."
    )
    assert ("contradiction", "about 11,000") in [(k, t) for k, t, _ in got], got


def test_a_cost_put_at_by_another_body_is_a_rival_reading() -> None:
    got = _alerts(
        _FAIR + "The town council said the bridge repairs would cost 2 million crowns. The "
        "regional audit office, in a letter to the council, put the cost at 6 million crowns."
    )
    assert ("contradiction", "6 million crowns") in [(k, t) for k, t, _ in got], got


def test_a_cost_after_a_pledge_is_no_rival() -> None:
    got = _alerts(
        _FAIR + "The government said it had pledged 5 million crowns in flood aid for the "
        "valley. The council put the cost at 3 million crowns."
    )
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_a_count_put_anew_is_no_rival() -> None:
    got = _alerts(
        _FAIR + "The town police said about 4,000 people had walked through the gates by "
        "noon. The organisers now put the crowd at about 11,000."
    )
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_put_at_cue() -> None:
    assert brain._PUT_AT.search("The organisers put the crowd at about ")
    assert brain._PUT_AT.search("Police valued the stolen paintings at ")
    assert not brain._PUT_AT.search("The council had put the cost at ")


def test_another_body_s_own_figure_of_other_words_is_a_rival_reading() -> None:
    # brain._compared_adjacent: "homes" / "households", no figure of its key's noun before
    got = _alerts(
        _FAIR + "The water company said 2,000 homes had lost their supply after a main burst "
        "under the market square. The town council said its own figure, based on calls to "
        "its helpline, was 5,000 households."
    )
    assert ("contradiction", "5,000") in [(k, t) for k, t, _ in got], got


def test_own_figure_next_to_another_kind_of_money_is_no_rival() -> None:
    got = _alerts(
        _FAIR + "The government said it had pledged 5 million crowns in flood aid for the "
        "valley. The council said its own estimate of the repair bill was 3 million crowns."
    )
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_moved_or_held() -> None:
    assert brain._moved_or_held({"quote": "The organisers now put the crowd at 9,000."})
    assert brain._moved_or_held({"quote": "The board said it stood by its figure of 900."})
    assert not brain._moved_or_held({"quote": "The organisers put the crowd at 9,000."})


def test_a_turned_count_in_other_words_is_a_rival_reading() -> None:
    # brain._turned + brain._compared_adjacent: "dockers" / "workers", "said only"
    got = _alerts(
        _FAIR + "The dockers' union said 600 dockers had stopped work at the river port. "
        "The port authority said only 150 workers had joined the stoppage."
    )
    assert ("contradiction", "150") in [(k, t) for k, t, _ in got], got


def test_part_of() -> None:
    assert brain._part_of({"quote": "Two of them were hurt, it said.", "text": "Two"})
    assert brain._part_of({"quote": "It paid 9 of the 14 workers.", "text": "9"})
    assert not brain._part_of({"quote": "Two people were hurt, it said.", "text": "Two"})
