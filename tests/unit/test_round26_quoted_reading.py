"""Round 26: a figure inside a quotation whose speaker is named right where it closes
('"... 95 boats were lost," said the harbour master') is that speaker's own reading, like
"said 95 boats": in a calm article it is a rival reading of another body's figure of the
same quantity."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream

_CALM = (
    "TAVRO, May 8 (CPA) - A storm sank 60 boats in the harbour of Tavro on Sunday night, "
    "the port authority said on Monday.\n\n"
    "The fishermen's cooperative gave its own account. \"We walked every pier on Monday "
    "morning. There are 95 boats on the bottom, and nobody has counted the small "
    'moorings yet," said cooperative chairman Olaf Brenn.'
)


def _c(text: str, quote: str, source: str) -> dict[str, object]:
    return {"text": text, "value": float(text.replace(",", "")), "quote": quote, "source": source}


def test_a_quoted_figure_with_its_speaker_after_the_quotation_is_a_reading() -> None:
    q = '"There are 95 boats on the bottom," said cooperative chairman Olaf Brenn.'
    assert ledger.said_as_reading(_c("95", q, "Olaf Brenn"))
    q = '"There are 95 boats on the bottom," Olaf Brenn told reporters.'
    assert ledger.said_as_reading(_c("95", q, "Olaf Brenn"))


def test_a_quoted_figure_without_its_speaker_named_there_is_not() -> None:
    # the speaker is not named in the sentence
    q = '"There are 95 boats on the bottom," he said.'
    assert not ledger.said_as_reading(_c("95", q, "Olaf Brenn"))
    # no quotation closes after the figure
    q = "There are 95 boats on the bottom, and Olaf Brenn said the count would go on."
    assert not ledger.said_as_reading(_c("95", q, "Olaf Brenn"))


def test_the_quoted_reading_contradicts_the_other_bodys_figure() -> None:
    ((_, _, alerts),) = run_stream([("a1", "2026-05-08T10:00:00Z", "Storm sinks boats", _CALM)])
    got = [(a["kind"], a["claim"]["value"]) for a in alerts]
    assert ("new_figure", 60.0) in got
    assert ("contradiction", 95.0) in got
