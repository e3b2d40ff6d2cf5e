"""Round 70 (e70, extractor subject picks): the counted noun after an owner's possessive.

* "11 of the country's 140 oldest towers", "two of the harbour's six cranes", "30 percent
  of the province's timber": what is counted (or shared) is the noun after the owner's
  possessive, not the owner -- a place or a body is whose the things are. Before, the
  key's subject was the owner ("country|count", "province|share"), so every part of
  anything the country owns shared one key.
* With a figure of the whole after the possessive ("of the harbour's six cranes"), the
  part is a subset of that whole, as "two of the six cranes" and "two of its six cranes".
"""

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[float, str]:
    return {c.value or 0.0: c.metric for c in extract_claims(text)}


def test_part_of_a_places_things_counts_the_things() -> None:
    keys = _keys("Engineers have inspected 35 of the county's 410 road bridges since May.")
    assert keys[35.0] == "road bridges|inspected|subset"
    assert keys[410.0] == "road bridges|count"


def test_part_of_a_bodys_things_with_a_word_number_whole() -> None:
    keys = _keys("Storm damage closed two of the harbour's six cranes on Friday.")
    assert keys[2.0].startswith("cranes|")
    assert keys[2.0].endswith("|subset")


def test_hedged_whole_after_the_possessive() -> None:
    keys = _keys("Crews had cleared 1,200 of the valley's roughly 3,000 farm tracks.")
    assert keys[1200.0].startswith("farm tracks|")
    assert "subset" in keys[1200.0]


def test_share_of_a_places_output_is_a_share_of_the_output() -> None:
    keys = _keys("The mill produces about 30 percent of the province's timber.")
    assert keys[30.0].split("|")[0] == "timber"


def test_scale_word_of_the_whole_is_not_the_noun() -> None:
    keys = _keys("Some 2 million of the nation's 9 million voters have cast ballots early.")
    assert keys[2e6].startswith("voters|")


def test_no_possessive_keeps_the_old_pick() -> None:
    keys = _keys("Engineers have inspected 35 of the 410 road bridges since May.")
    assert keys[35.0] == "road bridges|inspected|subset"
