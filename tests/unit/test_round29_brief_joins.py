"""Round 29: a radio brief that carries on its story's running count joins the story.

A brief's headline names the count, not the place ("Nurses still unpaid fall to 1,900"),
and its lead carries the count on in words the follow-up test did not know ("bringing the
number of arrests to 19", "have now been frozen", "has fallen to"); it opened a story of
its own and raised a false new figure instead of the wanted update.
"""

from __future__ import annotations

from claimlogic import stories
from tests.unit.streams import run_stream

FIRST = (
    "n1",
    "2031-02-27T08:00:00Z",
    "Payroll failure leaves 4,200 Halmor nurses unpaid",
    "HALMOR, Feb 27 (CWA) - About 4,200 nurses in the Halmor region were not paid their "
    "February wages on time after a new payroll system failed on its first run, the Halmor "
    "Health Board said on February 27, promising emergency payments within 48 hours. The "
    "board said the fault in the system, called PayCore, had stopped salaries for staff on "
    "night shifts and part-time contracts. Halmor Central Hospital said some wards were short "
    "of staff.",
)
BRIEF = (
    "n2",
    "2031-02-28T18:00:00Z",
    "Nurses still unpaid fall to 1,900",
    "HALMOR (Radio Halmor) - The health board says the number of nurses still waiting for "
    "their February pay has fallen to 1,900.",
)


def test_carried_on_counts_read_as_follow_ups() -> None:
    fu = stories.follow_up
    assert fu(
        "Police have arrested five more people in the fake university diploma case, bringing "
        "the number of arrests to 19, the interior ministry said on Wednesday."
    )
    assert fu("Police raided seven more garages overnight in the counterfeit airbag case.")
    assert fu("Police say 58 bank accounts linked to fake relief appeals have now been frozen.")
    assert fu("The number of nurses still waiting for their pay has fallen to 1,900.")
    # a first report: "more than" is no running count
    assert not fu("A fire swept through the covered market in Halvik, killing more than 20.")
    assert not fu("Police arrested five people after a raid on a garage in Dalvany on Monday.")


def test_dateline_place() -> None:
    assert stories.dateline_place("HALMOR (Radio Halmor) - The health board") == "halmor"
    assert stories.dateline_place("KOLVANE, March 9 (MNA) - Most residents") == "kolvan"
    assert stories.dateline_place("CASTRELO - Two people were killed") == "castrelo"
    assert stories.dateline_place("Police say 58 bank accounts") is None


def test_dateline_is_an_anchor_only_when_nothing_else_is() -> None:
    ents = {"halmor": 1.0, "mirandela": 1.0, "castrelo": 1.0}
    assert stories.anchor_terms(ents, "Nurses still unpaid fall to 1,900", [], "halmor") == {
        "halmor"
    }
    # the headline names the place: a wire report's dateline may be another town
    assert stories.anchor_terms(ents, "Castrelo crash toll rises to 3", [], "mirandela") == {
        "castrelo"
    }
    assert stories.anchor_terms(ents, "Toll rises", [], "elsewhere") == set()


def test_radio_brief_with_dateline_updates_the_story() -> None:
    out = run_stream([FIRST, BRIEF])
    assert out[1][0] == out[0][0], "the brief joins the payroll story"
    kinds = {(al["kind"], al["claim"]["text"]) for al in out[1][2]}
    assert ("update", "1,900") in kinds
    assert not any(k == "new_figure" for k, _ in kinds)


SCHOOLS = (
    "s1",
    "2031-11-15T08:00:00Z",
    "Asbestos in ceiling panels closes 38 schools",
    "CALVENNA, Nov 15 (RNS) - The education ministry closed 38 schools on Monday after "
    "asbestos was found in ceiling panels of a type installed in hundreds of school buildings "
    "in the 1970s, sending 14,500 pupils home or to temporary classrooms. Calvenna's teachers' "
    "union said inspectors from the Calvenna ministry had not visited most buildings yet.",
)
NAMELESS = (
    "s2",
    "2031-11-16T06:00:00Z",
    "64 schools closed over asbestos",
    "Sixty-four schools are now closed over asbestos in ceiling panels, the education "
    "ministry said on Thursday.",
)
OTHER = (
    "o1",
    "2031-11-15T09:00:00Z",
    "Ferry runs aground off Dorvik with 300 aboard",
    "DORVIK, Nov 15 (RNS) - A ferry carrying 300 passengers ran aground off Dorvik on Monday, "
    "the Dorvik coast guard said, and 12 people were taken to hospital.",
)


def test_nameless_brief_updates_the_story_it_carries_on() -> None:
    out = run_stream([SCHOOLS, OTHER, NAMELESS])
    assert out[2][0] == out[0][0], "the brief joins the asbestos story, not the ferry"
    kinds = {(al["kind"], al["claim"]["text"]) for al in out[2][2]}
    assert ("update", "Sixty-four") in kinds


def test_nameless_report_written_as_a_first_report_opens_its_own_story() -> None:
    first = (
        "s3",
        "2031-11-16T06:00:00Z",
        "Asbestos closes 12 schools",
        "Twelve schools were closed over asbestos in ceiling panels, the education ministry "
        "said on Thursday.",
    )
    out = run_stream([SCHOOLS, first])
    assert out[1][1], "no follow-up wording: no join on terms alone"
