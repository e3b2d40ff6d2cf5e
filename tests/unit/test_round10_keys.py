"""Round 10: one quantity, one key.  A dispute "below the union's figure of 41,000" is
read, and only between figures of the same order."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed
from tests.unit.test_round8_background import analyzed_claims


def _pairs(text: str) -> dict[float, float]:
    cl = analyzed_claims(text)
    return {cl[a]["value"]: cl[b]["value"] for a, b in ledger.disputed_values(cl).items()}


def test_below_a_possessive_figure_is_a_dispute():
    text = (
        "The central government's delegation put the number of migrants who have arrived "
        "since Thursday at 1,080 on Saturday, well below the regional government's figure "
        "of 1,410."
    )
    assert _pairs(text) == {1080: 1410}


def test_a_dispute_is_between_figures_of_one_order():
    assert ledger._same_order(27_500, 41_000)
    assert ledger._same_order(48_000, 200_000)
    assert not ledger._same_order(3, 41_000)
    assert ledger._same_order(None, 41_000)
    # "three plants" stands next to the cue, but is no rival count of 41,000 workers
    text = (
        "The company said 27,500 workers had stopped work at its three plants by midday, "
        "well below the union's figure of 41,000."
    )
    assert 3 not in _pairs(text)


T_2026 = 1_790_000_000.0  # 2026-09-21


def _fig(quote: str, text: str) -> dict[str, str]:
    return {"quote": quote, "text": text}


def test_a_figure_of_a_past_year_is_background():
    past = [
        (
            "The 2019 drought, which was shorter, cost farmers an estimated 400 million dollars.",
            "an estimated 400 million dollars",
        ),
        (
            "It is the costliest since 2013, when two storms cost insurers more than 3 billion.",
            "more than 3 billion",
        ),
        (
            "It compares with the 60 million euros rival Brannick Axle set aside in 2024.",
            "60 million euros",
        ),
    ]
    for quote, text in past:
        assert ledger.of_a_past_year(_fig(quote, text), T_2026), quote
    current = [
        (
            "The ministry expects the 2027 deficit to fall to 271 billion zlotys.",
            "271 billion zlotys",
        ),
        ("The 2026 season's toll rose to 41 on Monday.", "41"),
        ("Since 2013, the plant has grown. On Monday it said 412 workers would go.", "412"),
        ("Some 3,100 people were evacuated, the agency said.", "3,100"),
    ]
    for quote, text in current:
        assert not ledger.of_a_past_year(_fig(quote, text), T_2026), quote
    assert not ledger.of_a_past_year(_fig(past[0][0], past[0][1]), 0.0)  # no event time


def test_raising_the_toll_says_it_moved():
    assert ledger.toll_moved({"quote": "A third body was found, raising the death toll to 3."})
    assert ledger.toll_moved({"quote": "The toll is rising: 3 dead, officials said."})
    assert not ledger.toll_moved({"quote": "Three people died in the blast, police said."})


def test_a_toll_that_says_it_rose_is_news_though_both_articles_state_both_numbers():
    # "two killed, three missing", then "raising the death toll to three ... two missing"
    q_old = "Two people were killed and three are missing, officials said."
    q_new = "A third body was found, raising the death toll to three, officials said."
    old = claim(2, property="killed", unit="people", quote=q_old)
    _, out = feed(
        [
            (old, art(1), 1, {"article_values": [2, 3]}),
            (
                claim(3, property="killed", unit="people", quote=q_new),
                art(2),
                2,
                {"article_values": [3, 2]},
            ),
        ]
    )
    assert out[1] == ["update"]
    # without the wording it stays a labelling difference
    q_flat = "Three people were killed and two are missing, officials said."
    _, out = feed(
        [
            (old, art(1), 1, {"article_values": [2, 3]}),
            (
                claim(3, property="killed", unit="people", quote=q_flat),
                art(2),
                2,
                {"article_values": [3, 2]},
            ),
        ]
    )
    assert out[1] == []
