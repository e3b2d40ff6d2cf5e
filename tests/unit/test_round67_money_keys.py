"""Round 67: a sum under a bare sum noun, given as a rival reading, against the sum
another body of the same article named by what it is a sum of (brain._bare_sum,
brain._judged_sum, brain._quarrel_key, brain._judged_sum_key).

"The harbour board said repairing the damaged quay would cost 12 million crowns"
(``quay|cost|money``) and "the union said the real bill would be 30 million crowns"
(``real bill|amount|money``): one sum under two nouns, and the ledger never compared them.
"""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts, figure_in

QUAY = (
    "SALTHAVEN, June 3 (Coast Wire) - A freighter that lost power in a storm last month "
    "rammed the grain quay at Salthaven, and the harbour board and the dockworkers' union "
    "gave conflicting estimates of the damage on Tuesday. The harbour board said repairing "
    "the damaged quay would cost 12 million crowns. The quay handles most of the region's "
    "grain exports, which earned farmers 900 million crowns last year. "
)


def _alerts(text: str, title: str) -> set[tuple[str, str, str]]:
    return set(article_alerts(text, title=title, published_at="2041-06-03T08:00:00Z"))


def test_a_real_cost_contradicts_the_cost_of_the_thing() -> None:
    text = QUAY + (
        "The dockworkers' union said the true cost was far higher, putting the bill at 30 "
        "million crowns."
    )
    got = _alerts(text, "Salthaven quay repair")
    assert ("contradiction", "30 million crowns", "quay|cost|money") in got, got


def test_a_real_bill_contradicts_the_cost_of_the_thing() -> None:
    text = QUAY + (
        "The dockworkers' union said the real bill would be 30 million crowns once the "
        "cranes were replaced."
    )
    got = _alerts(text, "Salthaven quay repair")
    assert ("contradiction", "30 million crowns", "quay|cost|money") in got, got


def test_a_plain_cost_of_another_body_keeps_its_key() -> None:
    # no word gives the sum as a rival reading: the union's running costs are another sum
    text = QUAY + "The dockworkers' union said its costs were 30 million crowns."
    got = _alerts(text, "Salthaven quay repair")
    assert not any(k == "contradiction" and t == "30 million crowns" for k, t, _ in got), got


def test_bare_sum_nouns() -> None:
    assert brain._bare_sum("cost")
    assert brain._bare_sum("real bill")
    assert brain._bare_sum("true amount")
    assert not brain._bare_sum("repair bill")
    assert not brain._bare_sum("insured loss")
    assert not brain._bare_sum("import duties")


def test_judged_sum_cues() -> None:
    q = "The mayor said the real bill would be 25 million dollars."
    assert brain._judged_sum(figure_in(q, "25 million dollars"))
    q = "Its own survey of members put the debt at 7 million euros."
    assert brain._judged_sum(figure_in(q, "7 million euros"))
    q = "The board told the ministry that the loss was 2.5 million euros."
    assert not brain._judged_sum(figure_in(q, "2.5 million euros"))


CALM = (
    "SALTHAVEN, June 3 (Coast Wire) - A freighter that lost power in a storm last month "
    "rammed the grain quay at Salthaven, closing it to shipping, the port said on Tuesday. "
    "The harbour board said repairing the damaged quay would cost 12 million crowns. The "
    "quay handles most of the region's grain exports, which earned farmers 900 million "
    "crowns last year. "
)


def test_a_real_bill_is_a_rival_reading_without_quarrel_words() -> None:
    # no quarrel word in the article: round 23's "another named body's reading" (brain.
    # _judged_sum_key), for a sum its sentence judges
    text = CALM + (
        "The dockworkers' union said the real bill would be 30 million crowns once the "
        "cranes were replaced."
    )
    got = _alerts(text, "Salthaven quay repair")
    assert ("contradiction", "30 million crowns", "quay|cost|money") in got, got


def test_a_plain_bill_without_quarrel_words_keeps_its_key() -> None:
    text = CALM + "The dockworkers' union said the bill would be 30 million crowns."
    got = _alerts(text, "Salthaven quay repair")
    assert ("new_figure", "30 million crowns", "bill|amount|money") in got, got
