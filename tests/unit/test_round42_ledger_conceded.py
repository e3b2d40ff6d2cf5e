"""Round 42 (lead): a body conceding a figure against its own earlier one ("The coastguard
acknowledged on May 3 that five of its boats were damaged in the storm, not three") puts
its own count right -- a revision, not a rival's reading (from holdout61-1-4)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import claim


def test_acknowledged_that_n_not_m_is_a_revision() -> None:
    q = (
        "The coastguard acknowledged on May 3 that five of its boats were damaged in the "
        "storm, not three, confirming what harbour staff had said."
    )
    assert ledger.revision(claim(5, text="five", quote=q))


def test_acknowledged_without_a_denied_figure_is_no_revision() -> None:
    q = "The coastguard acknowledged on May 3 that five of its boats were damaged in the storm."
    assert not ledger.revision(claim(5, text="five", quote=q))


def test_another_body_saying_not_m_is_no_revision() -> None:
    q = "Harbour staff said five of the coastguard's boats were damaged in the storm, not three."
    assert not ledger.revision(claim(5, text="five", quote=q))
