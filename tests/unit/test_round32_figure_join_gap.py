"""Round 32: a report that carries on its story's figure joins it up to two weeks later.

A figure join (``BrainConfig.figure_join_gap_s``) is the strongest weak-evidence join: a
figure under a key the story's ledger holds, near its latest figure, in a sentence that
says it carries it on ("has risen to 34"), and a rare name shared. It was limited to 48
hours, while a brief joins on one rare name alone up to ``brief_max_gap_s`` (14 days);
a poaching toll or a recall count reported again ten days on opened a story of its own
and raised a false new figure instead of the wanted update.
"""

from __future__ import annotations

from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

FIRST = (
    "r1",
    "2031-05-11T08:00:00Z",
    "Poachers kill 27 rhinos in Kaldar reserve this year",
    "MBESSA, May 11 (SAW) - Poachers have killed 27 rhinos in the Kaldar game reserve since "
    "January, more than in the whole of last year, the national parks agency said on "
    "Tuesday. Agency director Anna Veld said ranger patrols would be doubled and asked the "
    "army for helicopters. The Kaldar reserve holds about 400 black rhinos.",
)
LATER = (
    "r2",
    "2031-05-24T09:00:00Z",
    "Kaldar rhino toll reaches 34",
    "MBESSA - The number of rhinos killed by poachers in the Kaldar reserve since January has "
    "risen to 34, the national parks agency said on May 24, after seven more carcasses were "
    "found during an aerial survey of the reserve's northern sector. The Rhino Trust, a "
    "charity run by Thomas Kiru, says its own rangers have counted 52 carcasses. Two rangers, "
    "Peter Sena and Joseph Otieno, were shot dead on Saturday near the Lumbe gate, and police "
    "in Tarvi arrested three men found with an AK-47 rifle and a chainsaw.",
)


def test_figure_join_reaches_as_far_as_a_brief_join() -> None:
    config = BrainConfig()
    assert config.figure_join_gap_s == config.brief_max_gap_s


def test_carried_on_toll_thirteen_days_later_is_an_update() -> None:
    out = run_stream([FIRST, LATER])
    assert out[1][0] == out[0][0], "the later report joins the poaching story"
    kinds = {(al["kind"], al["claim"]["text"]) for al in out[1][2]}
    assert ("update", "34") in kinds
    assert ("new_figure", "34") not in kinds


def test_no_figure_join_beyond_its_gap() -> None:
    config = BrainConfig(figure_join_gap_s=48 * 3600.0)
    out = run_stream([FIRST, LATER], config=config)
    assert out[1][0] != out[0][0]
