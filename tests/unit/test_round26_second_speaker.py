"""Round 26: "X said N, while Y said M" -- the second speaker opens a clause of its own, so M
is Y's figure (not X's), and X's words of change ("has risen to N") are not Y's: Y's M is
a rival reading of X's N."""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.extract import extract_claims
from tests.unit.streams import run_stream

_PHARMACIES = (
    "OSTRAVA, Dec 16 (Ostrava Wire) - The number of pharmacies with no insulin in stock has "
    "risen to 350, the health ministry said on Thursday, while the diabetes patients' "
    "association said its members had found 1,100 pharmacies unable to supply them."
)


def _sources(text: str) -> dict[str, str | None]:
    return {c.text: c.source for c in extract_claims(text)}


def test_a_second_speaker_gives_the_figures_after_its_verb() -> None:
    got = _sources(_PHARMACIES)
    assert got["350"] == "health ministry"
    assert got["1,100"] == "diabetes patients' association"
    got = _sources(
        "The ministry said 31 percent of schools were closed, while the union said 58 "
        "percent were shut."
    )
    assert got["31 percent"] == "ministry"
    assert got["58 percent"] == "union"


def test_one_speaker_keeps_every_figure_of_its_sentence() -> None:
    got = _sources(
        "The ministry said 31 schools were closed and 58 were shut for repairs, while "
        "teachers waited for news."
    )
    assert got == {"31": "ministry", "58": "ministry"}


def test_the_first_speakers_change_words_are_not_the_second_speakers() -> None:
    new = {
        "text": "1,100",
        "value": 1100.0,
        "metric": "pharmacies|count",
        "source": "diabetes patients' association",
        "quote": _PHARMACIES,
    }
    old = {**new, "text": "350", "value": 350.0, "source": "health ministry"}
    assert ledger.rival_in_article(new, old)
    # the same figure in the first speaker's own clause moved ("has risen to")
    moved = {
        **new,
        "quote": _PHARMACIES.replace(", while the diabetes patients' association said", " and"),
    }
    assert not ledger.rival_in_article(moved, old)


def test_the_second_speakers_figure_contradicts_the_first() -> None:
    a1 = (
        "OSTRAVA, Dec 13 (Ostrava Wire) - About 300 pharmacies across Ostrava have run out of "
        "insulin, the health ministry said on Monday."
    )
    out = run_stream(
        [
            ("a1", "2026-12-13T10:00:00Z", "Insulin shortage", a1),
            ("a2", "2026-12-16T10:00:00Z", "Insulin shortage spreads", _PHARMACIES),
        ]
    )
    second = [(a["kind"], a["claim"]["value"]) for a in out[1][2]]
    assert ("contradiction", 1100.0) in second
    assert ("new_figure", 1100.0) not in second


def test_a_source_that_gives_a_figure_of_n_is_its_speaker() -> None:
    got = _sources("The trade ministry gave a lower figure of 1,900 shops, based on reports.")
    assert got["1,900"] == "trade ministry"
    got = _sources("The council gave an initial estimate of 40 million euros for the repairs.")
    assert got["40 million euros"] == "council"
    # giving something else is no reading
    assert _sources("The government gave 300 families new homes.")["300"] is None


def test_a_second_speakers_own_series_moving_is_still_the_other_side() -> None:
    quote = (
        "The inspectorate raised its count of dead hives to 4,100 on Friday, while "
        "beekeepers said their own losses now stood at 7,500 hives."
    )
    old = {"text": "4,100", "value": 4100.0, "metric": "hives|killed", "quote": quote}
    new = {**old, "text": "7,500", "value": 7500.0}
    assert ledger.rival_in_article(
        {**new, "source": "beekeepers"}, {**old, "source": "inspectorate"}
    )
    # without "their own" the words of change say the figure moved
    moved = {**new, "quote": quote.replace("their own losses", "losses"), "source": "beekeepers"}
    assert not ledger.rival_in_article(moved, {**old, "source": "inspectorate"})
