"""Round 36: "lawyer Signe Hallin said outside the courthouse, where about a hundred former
workers and relatives had gathered with banners" (h44-3-1, after Brask's 212 former
workers in the same article) sizes the scene the speaker spoke in; it is no rival reading
of the 212.  A figure the speaker gives as a reading still is."""

from __future__ import annotations

from claimlogic import ledger

OLD = {
    "value": 212.0,
    "text": "212",
    "source": "Brask",
    "metric": "former workers|count",
    "quote": "Brask said 212 former workers had joined the claim.",
}


def _new(quote: str, text: str = "about a hundred") -> dict[str, object]:
    return {
        "value": 100.0,
        "text": text,
        "source": "Signe Hallin",
        "metric": "former workers|count",
        "quote": quote,
    }


def test_a_crowd_where_the_speaker_spoke_is_no_rival_reading() -> None:
    new = _new(
        "Lawyer Signe Hallin said outside the courthouse, where about a hundred former "
        "workers and relatives had gathered with banners, that the yard had lied."
    )
    assert ledger.set_in_a_scene(new)
    assert not ledger.rival_in_article(new, OLD)


def test_a_reading_of_the_speaker_is_still_a_rival() -> None:
    new = _new("Lawyer Signe Hallin said 100 former workers had joined the claim.", "100")
    assert not ledger.set_in_a_scene(new)
    assert ledger.rival_in_article(new, OLD)
