"""Round 41: a body putting its own figure right ("was 410, not 340, after it added ...")
revises it, and a bare "one X, not two" between two counts too small to track is a
speaker's rhetoric; neither is a contradiction (h56-3-2, h56-1-2)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed


def test_not_m_after_its_own_step_is_a_revision() -> None:
    q = (
        "The harbour board said the number of berths damaged by the storm was 62, not 48, "
        "after it counted the private moorings as well."
    )
    assert ledger.revision(claim(62, quote=q))


def test_not_m_because_another_body_counts_less_is_no_revision() -> None:
    q = (
        "The residents' group said 62 berths were damaged, not 48, because the harbour "
        "board counts only its own moorings."
    )
    assert not ledger.revision(claim(62, quote=q))


def test_own_correction_in_one_sentence_is_no_contradiction() -> None:
    q = (
        "The harbour board said the number of berths damaged was 62, not 48, after it "
        "counted the private moorings as well."
    )
    k = {"metric": "berths|count", "property": "count", "source": "harbour board", "quote": q}
    new = claim(62, start=60, **k)
    old = claim(48, start=70, **k)
    _, out = feed(
        [(old, art(1), 1), (new, art(1), 1, {"disputed": 48.0, "article_values": [62, 48]})],
        metric="berths|count",
    )
    assert "contradiction" not in out[1]


def test_bare_not_between_small_counts_is_rhetoric() -> None:
    q = '"The towns asked for one bridge, not two, and they will get one," the minister said.'
    k = {"metric": "bridge|count", "property": "count", "source": "minister", "quote": q}
    one = claim(1, text="one", start=28, **k)
    two = claim(2, text="two", start=44, **k)
    assert ledger.bare_not(one)
    extra = {"disputed": 2.0, "article_values": [1, 2]}
    _, out = feed([(two, art(1), 1), (one, art(1), 1, extra)], metric="bridge|count")
    assert out[1] == []


def test_bare_not_with_a_figure_worth_tracking_still_disputes() -> None:
    q = "At least 14 miners have died in the flooding, not five, the miners' union said."
    k = {"metric": "miners|killed", "property": "killed", "source": "miners' union", "quote": q}
    new = claim(14, text="14", start=9, **k)
    old = claim(5, text="five", start=45, **k)
    assert ledger.bare_not(new)
    extra = {"disputed": 5.0, "article_values": [14, 5]}
    _, out = feed([(old, art(1), 1), (new, art(1), 1, extra)], metric="miners|killed")
    assert out[1] == ["contradiction"]


def test_not_m_as_another_said_is_not_bare() -> None:
    q = "The registry said eight of its ships were involved, not 13, as the group had said."
    assert not ledger.bare_not(claim(8, text="eight", quote=q))
