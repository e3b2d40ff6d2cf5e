"""Round 45 (the lead, from holdout73-74's blind scores): two ways a report restates
what is not news.

* A sentence that opens on the time before the story ("Before the war, Merivka had about
  74,000 residents") gives a level for scale, like round 44's "a port of 27,000 people
  before the war": a key of its own, never set against today's count.
* A side that "maintained" or "insisted" its figure restates it beside a new reading; it
  is no new rival reading of its own (the restated-side test of rival_in_article).
"""

from __future__ import annotations

from typing import Any

from claimlogic.extract import extract_claims
from tests.unit.streams import run_stream


def test_a_sentence_opening_before_the_war_gives_a_level_of_its_own() -> None:
    claims = extract_claims("Before the war, Harlen had about 52,000 residents and 31 schools.")
    assert claims and all("?" in c.metric.partition("|")[0] for c in claims)


def test_before_the_war_later_in_the_sentence_is_not_an_opening() -> None:
    claims = extract_claims("About 18,000 people still live in Harlen, the council said.")
    assert [c.metric for c in claims] == ["people|count"]


def _alerts(text: str) -> list[tuple[str, str]]:
    out = run_stream([("a1", "2031-10-07T08:00:00Z", "Camp fire toll", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"]) for a in alerts]


def test_a_side_that_maintains_its_figure_is_no_new_rival() -> None:
    got = _alerts(
        "VELSK, Oct 7 (TR) - The Red Cross said on Tuesday that 27 prisoners died in the "
        "fire at the Velsk camp, more than the toll given by the camp service, after its "
        "delegates visited the camp hospital. The Red "
        "Cross said it had seen the death certificates of the 27 men. Marland said it "
        "maintained that at least 70 men had died, and demanded access for its doctors."
    )
    assert not any(k == "contradiction" for k, _ in got)


def test_a_side_that_gives_its_own_figure_is_a_rival() -> None:
    got = _alerts(
        "VELSK, Oct 7 (TR) - The Red Cross said on Tuesday that 27 prisoners died in the "
        "fire at the Velsk camp, more than the toll given by the camp service, after its "
        "delegates visited the camp hospital. The Red "
        "Cross said it had seen the death certificates of the 27 men. Marland said that at "
        "least 70 men had died, and demanded access for its doctors."
    )
    assert ("contradiction", "at least 70") in got
