"""Round 32: "pulled alive", "brought out alive", "found alive" name the rescue. "15 were
pulled alive from the rubble" took the verb class of the clause before ("six of whom
remain in hospital": ``people|hospitalized``) and "Rescuers pulled 12 workers alive from
the collapsed tunnel" was a plain ``workers|count``; the rescue counts before and after
were ``|rescued``."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> dict[str, str]:
    return {c.text: c.metric for c in extract_claims(text)}


def test_pulled_alive_is_rescued() -> None:
    got = _metrics(
        "Nineteen people were injured, six of whom remain in hospital, and 15 were pulled "
        "alive from the rubble."
    )
    assert got["15"].endswith("|rescued")
    got = _metrics("Rescuers pulled 12 workers alive from the collapsed tunnel on Friday.")
    assert got["12"] == "workers|rescued"


def test_other_counts_are_unchanged() -> None:
    got = _metrics("Rescuers pulled 12 workers from the collapsed tunnel on Friday.")
    assert got["12"] == "workers|count"
