"""Round 73: a quarrelling article's second count that the extractor gave no source.

Rule (ledger ``disputing_speaker``, read by ``rival_in_article``): a figure whose sentence
opens with a named body disputing the other side's figure and gives its own after
"saying" ("The rowing club disputed that, saying its members had counted 14 ...") is that
body's reading, though the extractor named no source for it: the body's words stand for
the source when ``rival_in_article`` asks whether the two sides' sources differ.
"""

from __future__ import annotations

from claimlogic.ledger.rivals import disputing_speaker
from tests.unit.streams import article_alerts

SEALS = (
    "FENWICK, June 2 (Coast Wire) - Dead seals have washed up along the Fenwick shore this "
    "week. The wildlife agency said five dead seals had been found on the beaches. "
)


def _contradicts(text: str, figure: str) -> bool:
    alerts = article_alerts(text, title="Story", published_at="2041-06-02T18:00:00Z")
    return any(k == "contradiction" and t == figure for k, t, _ in alerts)


def test_a_body_disputing_the_figure_gives_its_own() -> None:
    text = SEALS + (
        "The Fenwick Rowing Club disputed that, saying its members had counted at least 14 "
        "dead seals since Monday."
    )
    assert _contradicts(text, "at least 14")


def test_with_an_apposition_before_the_dispute() -> None:
    text = SEALS + (
        "The Shore Watch Trust, which runs the beach patrols, disputed that, saying its "
        "volunteers had counted 14 dead seals."
    )
    assert _contradicts(text, "14")


def test_disputing_speaker_reads_the_opening_body() -> None:
    def speaker(quote: str, text: str) -> frozenset[str]:
        return disputing_speaker({"quote": quote, "text": text})

    assert speaker(
        "The Fenwick Rowing Club disputed that, saying its members had counted 14 dead seals.",
        "14 dead seals",
    ) == frozenset({"fenwick", "rowing", "club"})
    # no dispute before the figure, a pronoun, or the figure before the dispute: nothing
    assert not speaker("The club said its members had counted 14 dead seals.", "14 dead seals")
    assert not speaker("It disputed that, saying 14 dead seals had been found.", "14 dead seals")
    assert not speaker(
        "The club counted 14 dead seals and disputed the agency's figure, saying it was low.",
        "14 dead seals",
    )


def test_a_body_saying_its_own_count_showed_the_figure() -> None:
    text = SEALS + "The Fenwick Rowing Club said its own count of the beaches showed 14 dead seals."
    assert _contradicts(text, "14")
    assert disputing_speaker(
        {
            "quote": "The club said that according to its patrol logs 14 seals died.",
            "text": "14 seals",
        }
    ) == frozenset({"club"})
    # its own count that "was" the figure, no evidence cited: not this shape
    assert not disputing_speaker(
        {"quote": "The club said its own count was 14 seals.", "text": "14 seals"}
    )
