"""Round 71 (d71): a value an earlier article of the story alerted on under another key of
the same property, told again of the same people ("charged four people" ... "Four
suspects were charged"), is a restatement at any size (``_alerted_kin`` in
``_restated``): no second first figure.  Two named bodies ("four dock workers" ... "Four
harbour officials"), a bare count and a value of another property stay news.

Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimlogic.brain import observing
from tests.unit.streams import run_stream


def _first(subject: str) -> tuple[str, str, str, str]:
    return (
        "a1",
        "2026-03-02T08:00:00Z",
        "Four charged over Brellport harbour fuel fraud",
        f"BRELLPORT, March 2 (Test Wire) - Prosecutors in Brellport charged four {subject} on "
        "Monday with selling smuggled diesel to fishing crews in the harbour, the "
        "prosecutor's office said.\n\nThe four deny the charges.",
    )


def _second(sentence: str) -> tuple[str, str, str, str]:
    return (
        "a2",
        "2026-03-03T09:00:00Z",
        "Brellport harbour fuel fraud suspects in court",
        "BRELLPORT, March 3 (Other Wire) - The suspects in the Brellport harbour fuel fraud "
        "appeared in court on Tuesday. " + sentence,
    )


def _alerts(subject: str, sentence: str) -> list[list[tuple[str, str, str]]]:
    out = run_stream([_first(subject), _second(sentence)])
    return [[(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in al] for _, _, al in out]


RESTATED = [
    ("people", "Four suspects were charged with fraud on Monday, the court heard."),
    ("people", "Four men were charged with fraud on Monday, the court heard."),
    ("people", "Four others were charged with fraud on Monday, the court heard."),
    ("dock workers", "Four people were charged with fraud on Monday, the court heard."),
]


@pytest.mark.parametrize(("subject", "sentence"), RESTATED)
def test_the_same_role_told_again_is_no_first_figure(subject: str, sentence: str) -> None:
    first, second = _alerts(subject, sentence)
    assert ("new_figure", "four", f"{subject}|charged") in first
    assert not any(kind == "new_figure" for kind, _, _ in second), second


@pytest.mark.parametrize(("subject", "sentence"), RESTATED)
def test_without_the_rule_it_was_one(
    subject: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_a: Any, **_k: Any) -> bool:
        return False

    monkeypatch.setattr(observing, "_alerted_kin", never)
    _, second = _alerts(subject, sentence)
    assert any(kind == "new_figure" and fig == "Four" for kind, fig, _ in second), second


def test_two_named_bodies_and_a_bare_count_stay_news() -> None:
    _, second = _alerts("dock workers", "Four harbour officials were charged with fraud on Monday.")
    assert ("new_figure", "Four", "harbour officials|charged") in second
    _, second = _alerts("people", "The harbour master said four boats had been seized.")
    assert ("new_figure", "four", "boats|count") in second
