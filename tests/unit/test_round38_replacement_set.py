"""Round 38 (lead): "the operator hired 180 replacement buses" beside the 260 buses that
failed inspection (h38-4-5) -- "replacement", "spare", "substitute" and "backup" name
another set of the same things, so neither the story-head join nor the quarrel key files
the figure under the story's ``buses|count`` (where it was a false contradiction)."""

from __future__ import annotations

from claimlogic import brain


def test_a_replacement_set_keeps_its_own_key() -> None:
    assert brain._story_head(["buses|count"], "replacement buses|count") is None
    assert brain._story_head(["spare parts|count"], "parts|count") is None


def test_a_plain_qualifier_still_joins() -> None:
    assert brain._story_head(["workers|count"], "production workers|count") == "workers|count"


def test_names_a_subset_either_way_round() -> None:
    assert brain._names_a_subset("replacement buses", "buses")
    assert brain._names_a_subset("buses", "backup buses")
    assert not brain._names_a_subset("school buses", "buses")
