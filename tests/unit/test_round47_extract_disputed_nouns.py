"""Round 47 (x47): the counted noun and the subject of a disputed figure.

Sentences of our own. A figure the extractor files under a key of its own carries a
``?digest`` in the key's subject (recorded, never compared or announced).
"""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _key(text: str, figure: str) -> str:
    hits = [c.metric for c in extract_claims(text) if c.text == figure]
    assert hits, [(c.text, c.metric) for c in extract_claims(text)]
    return hits[-1]


# -- a listing aside and a harm done "to" (frame.subject_np, frame._puts_at) ----------


def test_listing_aside_is_crossed_to_the_subject() -> None:
    text = (
        "The port authority said the total bill, including overtime, fuel and hired "
        "tugs, came to 4 million euros."
    )
    assert _key(text, "4 million euros").startswith("bill|")


def test_listing_aside_keeps_put_at_a_reading_of_its_speaker() -> None:
    text = (
        "Brokers at Halden Capital put the damage, including lost cargo, repairs and a "
        "probable penalty, at about 12 million euros."
    )
    claim = next(c for c in extract_claims(text) if c.text == "about 12 million euros")
    assert claim.source == "Brokers at Halden Capital"
    assert not claim.metric.startswith("probable penalty")


def test_loss_to_its_members_is_the_loss() -> None:
    text = (
        "The growers' cooperative said losses to its members, including spoiled fruit "
        "and cancelled orders, came to 3 million crowns."
    )
    assert _key(text, "3 million crowns").startswith("loss|")


def test_damage_to_a_building_is_the_damage() -> None:
    text = "The mayor said damage to the old library came to about 800,000 euros."
    assert _key(text, "about 800,000 euros").startswith("damage|")


def test_aside_with_a_figure_is_not_crossed() -> None:
    # a figure inside the commas ends the search: no aside of a list
    text = "The trust said the bill, including 40 new beds, rose to 9 million euros this year."
    assert not _key(text, "9 million euros").startswith("beds")


# -- a source's own reading as the subject ("X's own estimate ... was N") --------------


def test_own_estimate_reads_the_quantity_just_named() -> None:
    text = (
        "Auditors said the agency paid out about 90 million euros in grants. "
        "The agency's own estimate, drawn from the same ledgers, was 52 million euros."
    )
    assert _key(text, "52 million euros") == _key(text, "about 90 million euros")


def test_union_figure_reads_the_quantity_just_named() -> None:
    text = "The company said 1,200 workers had walked out. The union's figure was 3,100."
    assert _key(text, "3,100") == _key(text, "1,200")


def test_estimates_as_a_verb_is_no_reading() -> None:
    text = (
        "Police said 40 shops had been looted. In the next town, where the council "
        "estimates 2,000 homes were flooded, no shops were hit."
    )
    assert _key(text, "2,000").startswith("homes|")


# -- a noun-less count takes the noun of the earlier count of its verb ----------------


def test_nounless_count_takes_the_noun_of_the_same_verb() -> None:
    text = (
        "Inspectors said the kennel had rehomed about 640 dogs since March. "
        'Its owner said the kennel had rehomed "no more than 200" and denied any wrongdoing.'
    )
    assert _key(text, "no more than 200") == "dogs|count"


def test_nounless_count_of_an_irregular_verb() -> None:
    text = (
        "The regulator said the firm had sold 30,000 of the heaters. "
        "The firm said it had sold about 9,000 and recalled them all."
    )
    assert _key(text, "about 9,000") == _key(text, "30,000")


def test_nounless_count_of_another_verb_keeps_its_own_key() -> None:
    text = (
        "The regulator said the firm had sold 30,000 of the heaters. "
        "The firm said it had recalled about 9,000."
    )
    assert "?" in _key(text, "about 9,000").split("|")[0]
