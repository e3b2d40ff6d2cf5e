"""Round 56 (m56): two named bodies' readings of one sum of money in two adjacent
sentences under two nouns ("the fraud had cost the fund" / "the scheme had drained"),
with no word of contrast: the second sum contradicts the first (brain._money_rival).  Not
when both sentences name whose sum it is and name two ("cost the railway" / "cost the
region's businesses"), nor when a sum is asked or capped ("would seek damages of", "its
cover was")."""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts

_HEAD = (
    "ORLEN, May 9 (NW) - The pension fund of the Orlen port workers has frozen all "
    "payments while investigators examine how its money was moved abroad over six years, "
    "the fund's trustees said on Thursday.\n"
    "\n"
    "Retired dockers gathered outside the fund's offices on the harbour road in the "
    "morning, and some of them said they had not been paid since the winter.\n"
    "\n"
    "The trustees said the fund's former manager had left the country in January and "
    "that his lawyers had not answered their letters.\n"
    "\n"
    "The port authority said it would keep paying its own staff as usual and that the "
    "docks would work normally through the week.\n"
    "\n"
)
_TAIL = (
    "\n"
    "\n"
    "The trustees said they would meet the dockers' union next week to discuss how the "
    "payments could start again, and that a hearing was set for the autumn.\n"
    "\n"
    "The union asked the regional government to step in, and its leaders said they "
    "would hold a march through the town on Saturday if nothing was done.\n"
    "\n"
    "The former manager could not be reached for comment, and his lawyers declined to "
    "answer questions by telephone.\n"
)
_PAIR = (
    "The national audit office said the fraud had cost the fund about 47 million crowns."
    " Prosecutors said the scheme had drained some 126 million crowns from the fund's"
    " accounts."
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    return article_alerts(
        text, title="Dockers' pension fund frozen", published_at="2031-05-09T18:00:00Z"
    )


def test_two_bodies_sums_of_one_loss_under_two_nouns_contradict() -> None:
    got = _alerts(_HEAD + _PAIR + _TAIL)
    assert "contradiction" in [k for k, _t, _ in got], got


def test_two_sums_of_two_payers_are_no_rivals() -> None:
    pair = (
        "The state railway said the landslide had cost the railway about 3 million crowns."
        " The chamber of commerce said the closure had cost the region's businesses 8 million"
        " crowns."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_a_sum_asked_is_no_rival_of_a_sum_capped() -> None:
    pair = (
        "Lawyers for the dockers said they would seek damages of about 12 million crowns"
        " from the fund. The insurers said the fund's liability cover was 5 million crowns."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_sum_object() -> None:
    assert brain._sum_object(
        {"quote": "It said the slide had cost the railway about 3 million.", "text": "3 million"}
    ) == frozenset({"railway"})
    assert (
        brain._sum_object({"quote": "It said the loss was 3 million.", "text": "3 million"}) is None
    )


def test_a_sum_put_at_a_figure_is_a_reading_too() -> None:
    pair = (
        "The trustees put the losses of the fund at about 47 million crowns. The dockers'"
        " union said the true amount owed to retired members of the fund was 126 million"
        " crowns."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert "contradiction" in [k for k, _t, _ in got], got
