"""Round 83 (f83): an act that remedies the story's event for the counted people -- a
rebooking, a refund, new housing, a disciplinary step -- names a quantity of its own, not
the story's plain count of the noun, whether told before the figure or in the passive after
the noun.

Sentences of our own (invented carriers, funds, insurers and colleges).
"""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _keys(sentence: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(sentence)}


def test_a_follow_up_act_before_the_figure_is_its_property() -> None:
    keys = _keys("Tarnair said it had rebooked 52,000 passengers onto other flights.")
    assert keys["52,000"] == "passengers|rebooked"
    keys = _keys("The college disciplined 33 students after the inquiry.")
    assert keys["33"] == "students|disciplined"


def test_the_people_paid_are_one_quantity_however_paid() -> None:
    assert _keys("The airline said it had refunded 31,000 passengers.")["31,000"] == (
        "passengers|paid"
    )
    assert _keys("The fund has compensated 2,900 savers.")["2,900"] == "savers|paid"
    assert _keys("The operator has reimbursed 640 customers.")["640"] == "customers|paid"
    # things refunded are no people paid: round 61's "sold 9,000 tickets" / "refunded
    # 3,000 tickets" stay two acts on one count; a farm's compensation keeps the count too
    assert _keys("The agency said it had refunded 3,000 tickets.")["3,000"] == "tickets|count"
    assert _keys("The fund has compensated 37 farms.")["37"] == "farms|count"
    # a sum refunded to someone is the sum, not the people paid
    keys = _keys("The bank said it had refunded 1.4 million florins to card holders.")
    assert not any(v.endswith("|paid") for v in keys.values())


def test_the_passive_act_after_the_noun_takes_the_same_key() -> None:
    # one body's "refunded 31,000 passengers" and another's "only 9,000 passengers have
    # been refunded" are readings of one quantity: both take the act's key
    keys = _keys("Valoria Air says only 9,000 passengers have been refunded this summer.")
    assert keys["9,000"] == "passengers|paid"
    assert _keys("Officials said 310 customers had been rebooked.")["310"] == ("customers|rebooked")


def test_look_alikes_keep_the_plain_count() -> None:
    # the noun as the subject of an active act ("had refunded the fees") is no passive
    assert _keys("Officials said 19 clubs had refunded the fees.")["19"] == "clubs|count"
    # an adjective, not the verb of the figure
    assert _keys("Staff sorted the refunded 400 passengers by hand.")["400"] != ("passengers|paid")
    # claims rejected are the story's count in a claims story: round 76's rule reads the
    # passive as which claims are counted, and it keeps the plain key
    assert _keys("The insurer had rejected 1,700 claims by Friday.")["1,700"] == "claims|count"
    # a story's own event and running count keeps the noun's key: escapes, repossessions,
    # closures, tracing and recalls are told as often by a noun or a participle after it
    assert _keys("Police have recaptured 85 inmates since Monday.")["85"] == "inmates|count"
    assert _keys("The lender has repossessed 310 homes since March.")["310"] == "homes|count"
    assert _keys("The maker has withdrawn 240,000 jars from shops.")["240,000"] == "jars|count"
    # verbs outside the family, and the plain state, stay as they were
    assert _keys("The airport said 4,000 passengers were stranded.")["4,000"] == (
        "passengers|count"
    )
    assert _keys("The carrier said 900 passengers were aboard the train.")["900"] == (
        "passengers|count"
    )
