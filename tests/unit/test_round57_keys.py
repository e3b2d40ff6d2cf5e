"""Round 57 (q57): one noun, several quantities -- an authority's act on the counted
things names a quantity of its own, not the story's plain count of the noun.

Sentences of our own.
"""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(sentence: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(sentence)}


def test_an_authority_act_before_the_figure_is_its_property() -> None:
    keys = _keys("Customs officers had seized 230 counterfeit handbags at the border.")
    assert keys["230"] == "counterfeit handbags|seized"
    keys = _keys("The regulator has ordered about 4,000 space heaters off the market.")
    assert keys["about 4,000"] == "space heaters|ordered"
    keys = _keys("The league suspended six referees pending the inquiry.")
    assert keys["six"] == "referees|suspended"
    keys = _keys("Health teams have vaccinated 12,500 children in the district since Monday.")
    assert keys["12,500"] == "children|vaccinated"


def test_the_act_after_the_noun_and_an_adjective_are_no_key() -> None:
    # measured: the same verbs after the counted noun moved alerts both ways
    keys = _keys("The port authority said 14 trawlers had been inspected by Friday.")
    assert keys["14"] == "trawlers|count"
    # "the seized 230 handbags": an adjective before the figure, no act of its own
    keys = _keys("Officials displayed the seized 230 handbags at the border post.")
    assert keys["230"] != "handbags|seized"


def test_the_plain_count_and_other_verbs_are_unchanged() -> None:
    # the story's running count of the noun keeps its plain key
    assert _keys("The fleet has 140 trawlers, the ministry said.")["140"] == "trawlers|count"
    # verbs outside the family (a move, a reading, a treatment) do not split the noun
    assert _keys("Officials said 140 soldiers reached the front line.")["140"] == "troops|count"
    assert _keys("Doctors said they had treated 47 soldiers.")["47"] == "troops|count"
    assert _keys("Police said 44 people had been arrested.")["44"] == "people|arrested"
    # a recall is the story's own running count ("the number of products withdrawn")
    assert _keys("The dairy has recalled 38 cheeses.")["38"] == "cheeses|count"
