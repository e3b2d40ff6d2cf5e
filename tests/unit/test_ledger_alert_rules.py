"""Alert rules added from the alert-quality eval (eval/evaluate_alerts.py)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed


def test_a_correction_is_an_update_in_either_direction():
    q = "Health officials corrected the death toll to 41, saying deaths were counted twice."
    _, out = feed(
        [
            (claim(46, property="killed"), art(1), 1),
            (claim(41, property="killed", quote=q), art(2), 2),
        ]
    )
    assert out == [["new_figure"], ["update"]]


def test_fewer_than_first_reported_is_an_update():
    q = "A police spokeswoman said 9 officers were injured, fewer than first reported."
    _, out = feed(
        [
            (claim(14, property="injured"), art(1), 1),
            (claim(9, property="injured", quote=q), art(2), 2),
        ]
    )
    assert out == [["new_figure"], ["update"]]


def test_an_earlier_correction_is_not_an_update():
    # published before the figure it would correct: an older, lower toll arriving late
    q = "Officials corrected the toll to 41."
    _, out = feed(
        [
            (claim(46, property="killed"), art(1), 5),
            (claim(41, property="killed", quote=q), art(2), 2),
        ]
    )
    assert out == [["new_figure"], []]


def test_a_lower_figure_without_revision_wording_still_contradicts():
    _, out = feed(
        [
            (claim(46, property="killed", source="police"), art(1), 1),
            (
                claim(
                    41, property="killed", quote="Officials said 41 people died.", source="mayor"
                ),
                art(2),
                2,
            ),
        ]
    )
    assert out == [["new_figure"], ["contradiction"]]


def test_a_value_already_on_record_is_not_an_update():
    # 19, then 27 (update), then "at least 27" from another outlet: old news, no update vs 19
    _, out = feed(
        [
            (claim(19, property="killed"), art(1), 1),
            (claim(27, property="killed"), art(2), 2),
            (claim(27, "min", property="killed", low=27), art(3), 3),
        ]
    )
    assert out == [["new_figure"], ["update"], []]


def test_single_digit_plain_counts_are_recorded_not_announced():
    entry, out = feed([(claim(2, property="count", unit="trains"), art(1), 1)])
    assert out == [[]]
    assert len(entry["figures"]) == 1
    # a figure with a measured property, a unit of measure or ten and more is announced
    for c in (
        claim(2, property="killed"),
        claim(4, property="deployed", unit="brigades"),
        claim(3, property="count", unit="%"),
        claim(12, property="count", unit="villages"),
        claim(2, property=None),
    ):
        assert feed([(c, art(1), 1)])[1] == [["new_figure"]], c


def test_revision_wording():
    assert ledger.revision({"quote": "The ministry revised the figure to 31."})
    assert ledger.revision({"quote": "9 officers were hurt, fewer than initially reported."})
    assert not ledger.revision({"quote": "The death toll rose to 31."})
    assert not ledger.revision({})


def test_single_digit_plain_counts_never_contradict():
    _, out = feed(
        [
            (claim(31, property="count", unit="workers"), art(1), 1),
            (claim(2, property="count", unit="workers"), art(2), 2),
        ]
    )
    assert out == [["new_figure"], []]
    # with a measured property they do ("four brigades" vs "two brigades")
    _, out = feed(
        [
            (claim(4, property="deployed", unit="brigades", source="police"), art(1), 1),
            (claim(2, property="deployed", unit="brigades", source="ministry"), art(2), 2),
        ]
    )
    assert out == [["new_figure"], ["contradiction"]]


def test_recount_wording():
    assert ledger.recount({"quote": "Thieves took seven works, not five as first reported."})
    assert ledger.recount({"quote": "The museum said so after an inventory found two more."})
    assert ledger.recount({"quote": "A recount put the total at 412."})
    assert ledger.revision({"quote": "Seven works, not five as initially thought."})
    assert not ledger.recount({"quote": "The museum said five paintings were stolen."})
    assert not ledger.recount({"quote": "Its own count of 2,300 evacuees was correct."})


def test_a_small_count_redone_by_its_source_is_an_update():
    # "five", then "seven, not five as first reported": small plain counts are normally
    # never compared, but a count redone by name replaces the earlier one
    q = "Thieves took seven paintings, not five as first reported, the museum said."
    _, out = feed(
        [
            (claim(5, property="count", unit="paintings", source="museum"), art(1), 1),
            (claim(7, property="count", unit="paintings", source="museum", quote=q), art(2), 2),
        ]
    )
    assert out == [[], ["update"]]
    # without the wording the pair stays silent
    _, out = feed(
        [
            (claim(5, property="count", unit="paintings", source="museum"), art(1), 1),
            (claim(7, property="count", unit="paintings", source="museum"), art(2), 2),
        ]
    )
    assert out == [[], []]
