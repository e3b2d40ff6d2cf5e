"""Round 51 (k51, brain): a word of change that names a thing is no move."""

from __future__ import annotations

import pytest

from claimlogic import brain


@pytest.mark.parametrize(
    "quote",
    [
        "Stewards said about 8,000 walkers had gathered at the top of the climb before noon.",
        "Rangers counted 1,200 visitors at the falls, the park said.",
        "About 300 fans stood along the drop, the club said.",
    ],
)
def test_noun_of_a_place_is_no_move(quote: str) -> None:
    assert not brain._moved_or_held({"quote": quote})


@pytest.mark.parametrize(
    "quote",
    [
        "The number of walkers rose to 8,000 by noon, stewards said.",
        "After the climb in ticket prices, 1,200 visitors came on Sunday.",
        "The club said a further 300 fans had arrived.",
        "The rise of 40 left 300 fans outside.",
        "The latest count is 300 fans.",
    ],
)
def test_words_of_change_still_move(quote: str) -> None:
    assert brain._moved_or_held({"quote": quote})
