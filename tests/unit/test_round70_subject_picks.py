"""Round 70 (e70, extractor subject picks): the counted noun after an owner's possessive.

* "all 640 of the county's road gritters", "two of the harbour's older cranes", "30
  percent of the province's timber": what is counted (or shared) is the noun after the
  owner's possessive, not the owner -- a place or a body is whose the things are. Before,
  the key's subject was the owner ("county|count", "province|share"), so every part of
  anything the county owns shared one key.
* With a figure of the whole after the possessive ("35 of the county's 410 road
  bridges") the part keeps the owner's key as before (measured: its subset key raised a
  false first figure and nothing right).
"""

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[float, str]:
    return {c.value or 0.0: c.metric for c in extract_claims(text)}


def test_all_of_a_bodys_staff_counts_the_staff() -> None:
    keys = _keys("The agency said all 640 of the county's road gritters were on call.")
    assert keys[640.0].split("|")[0] == "road gritters"


def test_part_of_a_places_things_counts_the_things() -> None:
    keys = _keys("Storm damage closed two of the harbour's older cranes on Friday.")
    assert keys[2.0].split("|")[0] == "older cranes"


def test_share_of_a_places_output_is_a_share_of_the_output() -> None:
    keys = _keys("The mill produces about 30 percent of the province's timber.")
    assert keys[30.0].split("|")[0] == "timber"


def test_part_of_a_counted_whole_keeps_the_owner() -> None:
    keys = _keys("Engineers have inspected 35 of the county's 410 road bridges since May.")
    assert keys[35.0].split("|")[0] == "county"
    assert keys[410.0].split("|")[0] == "road bridges"


def test_no_possessive_keeps_the_old_pick() -> None:
    keys = _keys("Engineers have inspected 35 of the 410 road bridges since May.")
    assert keys[35.0] == "road bridges|inspected|subset"
