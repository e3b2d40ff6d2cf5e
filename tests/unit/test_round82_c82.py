"""Round 82 (c82): a figure measured in its own clause against the next figure of its
sentence, named by that figure's giver.

The rule (``claimlogic/brain/rivals.py`` ``compared_here``, applied in ``observe``):
"The district council said 23,000 households were without water, far more than the 15,500
counted by the utility" sets the council's figure against the utility's.  The extractor
reads both as the council's and keys the second on a stray word, so the pair reached no
finder; now the second figure is the named giver's, under the first one's key, and the
first contradicts it.  Not for the speaker's own earlier figure ("the 15,500 it had
reported"), a second figure of another noun, a count moving on, or a story's first report.
"""

from __future__ import annotations

from unittest import mock

import claimlogic.brain.observing as observing
from claimlogic.brain.rivals import compared_here
from tests.unit.streams import run_stream

_FIRST = (
    "HARWELL, May 4 (Test Wire) - A water main burst under the Harwell ring road on Monday, "
    "cutting supply to the eastern districts, the Harwell water utility said."
)


def _second(text: str) -> list[tuple[str, str]]:
    items = [
        ("a0", "2043-05-04T10:00:00Z", "Harwell water main burst", _FIRST),
        ("a1", "2043-05-06T10:00:00Z", "Harwell water main burst", text),
    ]
    out = run_stream(items)
    return [(a["kind"], a["claim"]["text"]) for a in out[1][2]]


_DISPUTE = (
    "HARWELL, May 6 (Test Wire) - The district council said on Wednesday that 23,000 "
    "households were without water, far more than the 15,500 counted by the utility."
)


def test_a_figure_set_against_a_named_givers_figure_contradicts() -> None:
    got = _second(_DISPUTE)
    assert ("contradiction", "23,000") in got
    with mock.patch.object(observing, "compared_here", lambda claims: {}):
        assert not any(k == "contradiction" for k, _ in _second(_DISPUTE))


def test_the_speakers_own_figure_or_another_noun_stays_as_it_was() -> None:
    own = _DISPUTE.replace("counted by the utility", "it had reported on Tuesday")
    assert not any(k == "contradiction" for k, _ in _second(own))
    other = (
        "HARWELL, May 6 (Test Wire) - The district council said on Wednesday that 23,000 "
        "households were without water, against the 40 schools the utility said were shut."
    )
    assert not any(k == "contradiction" for k, _ in _second(other))


def _claims(quote: str, *figures: tuple[str, str, str | None]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for text, metric, source in figures:
        start = quote.find(text)
        out.append(
            {
                "quote": quote,
                "text": text,
                "start": start,
                "end": start + len(text),
                "value": float(text.split()[0].replace(",", "")),
                "metric": metric,
                "source": source,
            }
        )
    return out


def test_compared_here_reads_the_cue_and_the_giver() -> None:
    q = (
        "The district council said 23,000 households were without water, far more than the "
        "15,500 counted by the utility."
    )
    got = compared_here(
        _claims(
            q,
            ("23,000", "households|count", "district council"),
            ("15,500", "far|count", "district council"),
        )
    )
    assert got == {0: (1, "the utility")}
    q = (
        "The council said 23,000 households were without water, well above the 15,500 "
        "households the Harwell utility had reported."
    )
    got = compared_here(
        _claims(q, ("23,000", "households|count", "council"), ("15,500", "well|count", "council"))
    )
    assert got == {0: (1, "the Harwell utility")}
    # the speaker's own earlier figure, a giver that is the speaker, a count moving on
    for q, src in (
        (
            "The council said 23,000 households were without water, more than the 15,500 it "
            "had reported.",
            "council",
        ),
        (
            "The council said 23,000 households were without water, more than the 15,500 "
            "the council had reported.",
            "council",
        ),
        (
            "The number without water rose to 23,000 households, more than the 15,500 "
            "counted by the utility.",
            None,
        ),
    ):
        got = compared_here(
            _claims(q, ("23,000", "households|count", src), ("15,500", "more|count", src))
        )
        assert got == {}, q
