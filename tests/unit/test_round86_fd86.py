"""Round 86 review fixes (session 36, fd86): k86's lede patterns and c86's short heads.

:func:`decision.own_reading_in_lede` looks for a number before the opening figure after
the article's dateline: the dateline is now only one in a dateline's shape (a place in
capitals, a bracket, or a date before the dash), not the sentence's first parenthetical
dash ("Police said 12 people \u2013 among them 3 children \u2013 ..."), and the number words
are "thirteen" to "nineteen", not any word ending in "teen" ("canteen").
:func:`rivals._names_after` reads a head of three letters or fewer as its whole word
("car" in "61 cars", not in "care home claims").  The sentences are invented.
"""

from __future__ import annotations

from claimlogic.brain.rivals import _names_after
from claimlogic.ledger import decision
from tests.unit.test_round86_k86 import _kinds, _lede


def _number_before(head: str) -> bool:
    return decision._NUMBER_BEFORE.search(head[decision._dateline_end(head) :]) is not None


def test_a_parenthetical_dash_is_no_dateline() -> None:
    assert decision._dateline_end("Police said 12 people \u2013 among them ") == 0
    assert _number_before("Police said 12 people \u2013 among them ")
    assert _number_before("UN officials said 12 people - among them ")


def test_the_lede_figure_after_a_parenthetical_dash_is_no_update() -> None:
    quote = (
        "Crews from 12 depots \u2013 who repaired 139 burst mains in Halvern province in 2030 "
        "\u2013 were thanked by the water board on Tuesday."
    )
    assert _kinds(_lede(quote=quote)) == []


def test_datelines_still_end_before_the_figure() -> None:
    for head in (
        "KESH VORUN - ",
        "SAFRAN, Ardhara, June 17 (Meridian Wire) - ",
        "GENEVA/VOSTREL, Feb 14 (Meridian News Agency) - ",
        "SÃO BENTO DO TAPIRANA, Veridia, June 3 (Agência Meridiano) - ",
        "LA PAZ, May 4 (Meridian) -- ",
        "(Wire Two) - ",
        "Kestmoor Radio, April 13 - ",
        "Aug 24 (Eastern Seas Agency) \u2014 ",
    ):
        assert decision._dateline_end(head) == len(head), head
        assert not _number_before(head + "Crews repaired ")
    assert _number_before("KESH VORUN - Nine crews repaired ")


def test_the_rules_own_lede_is_still_an_update() -> None:
    assert _kinds(_lede()) == ["update"]
    quote = "KESH VORUN - Crews repaired 139 burst mains in Halvern province in 2030, it said."
    assert _kinds(_lede(quote=quote)) == ["update"]


def test_a_word_ending_in_teen_is_no_number() -> None:
    assert not decision._NUMBER_BEFORE.search("Crews fed at the canteen repaired ")
    quote = (
        "HALVERN, March 3 (Wire) - Crews fed at the canteen repaired 139 burst mains in "
        "Halvern province in 2030, the water board said on Tuesday."
    )
    assert _kinds(_lede(quote=quote)) == ["update"]
    for word in ("thirteen", "Fifteen", "eighteen", "nineteen"):
        assert decision._NUMBER_BEFORE.search(f"{word} crews repaired "), word
    quote = quote.replace("Crews fed at the canteen", "Fifteen crews")
    assert _kinds(_lede(quote=quote)) == []


def test_a_short_head_is_its_whole_word() -> None:
    c = {"quote": "Lawyers said 40 care home claims were filed.", "text": "40"}
    assert not _names_after("car", c)
    c = {"quote": "Police said 61 cars were stolen over the same period.", "text": "61"}
    assert _names_after("car", c)
    c = {"quote": "Police said 61 e-cars were taken.", "text": "61"}
    assert _names_after("car", c)
    c = {"quote": "Police said 61 vans, stolen since March, were found.", "text": "61"}
    assert _names_after("van", c)
    c = {"quote": "It said 300 vanilla growers were paid.", "text": "300"}
    assert not _names_after("van", c)


def test_longer_heads_keep_their_stem() -> None:
    c = {"quote": "It said 1,140 freshly looted tombs were found.", "text": "1,140"}
    assert _names_after("tomb", c)
    c = {"quote": "Police recorded 9,700 e-bike thefts.", "text": "9,700"}
    assert _names_after("bike", c)
    c = {"quote": "It said 4,900 households in the city got eviction notices.", "text": "4,900"}
    assert not _names_after("eviction", c)
