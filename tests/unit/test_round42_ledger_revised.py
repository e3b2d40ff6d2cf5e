"""Round 42: a figure put as a multiple of its speaker's own earlier count ("more than
twice its earlier count") revises that count, it is no rival reading (h59-3-6, a false
contradiction); and in a running story a revised figure whose earlier value the ledger
does not hold is an update, not a first figure (h42-3-4, h36-6-5, h49-6-3)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

_TWICE = (
    "The coastguard said on Monday that 340 boats had been damaged since the storm, more "
    "than twice its earlier count."
)


def test_multiple_of_own_earlier_count_is_a_revision() -> None:
    assert ledger.revision(claim(340, quote=_TWICE))
    q = "The coastguard said 340 boats were damaged, about three times its first estimate."
    assert ledger.revision(claim(340, quote=q))


def test_multiple_of_another_body_count_is_no_revision() -> None:
    q = "The fishermen said 340 boats were damaged, more than twice the coastguard's count."
    assert not ledger.revision(claim(340, quote=q))
    q = "The fishermen said 340 boats were damaged, twice the count of the last storm."
    assert not ledger.revision(claim(340, quote=q))


def test_own_earlier_multiple_is_no_rival_of_another_body_in_the_article() -> None:
    k = {"metric": "boats|count", "property": "count"}
    q_old = "The fishermen's union said about 900 boats were damaged."
    old = claim(900, text="about 900", quote=q_old, source="fishermen's union", **k)
    new = claim(340, quote=_TWICE, start=40, source="coastguard", **k)
    _, out = feed(
        [(old, art(1), 1.0), (new, art(1), 1.0)],
        metric="boats|count",
        continuing=True,
        quarrelling=True,
    )
    assert "contradiction" not in out[1]


def test_revised_first_figure_of_a_key_in_a_running_story_is_an_update() -> None:
    k = {"metric": "boats|count", "property": "count", "source": "coastguard"}
    _, out = feed(
        [(claim(340, quote=_TWICE, start=40, **k), art(3), 1.0)],
        continuing=True,
        metric="boats|count",
    )
    assert out == [["update"]]
    q = "The coastguard corrected the number of boats damaged to 340 on Monday."
    _, out = feed([(claim(340, quote=q, start=56, **k), art(3), 1.0)], continuing=True)
    assert out == [["update"]]
    # a new story's first figure stays a first figure
    _, out = feed([(claim(340, quote=_TWICE, start=40, **k), art(3), 1.0)], metric="boats|count")
    assert out == [["new_figure"]]
