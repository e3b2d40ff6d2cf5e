"""Round 52: a syndicated copy that credits another outlet's report gives no figures of
its own when it joins the story that report opened, and all of its figures when it is
the first report the stream sees.

Sentences of our own, not copied from any split."""

from __future__ import annotations

from tests.unit.streams import run_stream

ORIGINAL = (
    "BRAMLEY, Oct 4 (Central Wire Agency) - A footbridge over the River Tolle in Bramley "
    "collapsed on Saturday during a charity run, injuring 14 people, police said. Two of "
    "them remain in hospital. The council said it had closed three other footbridges of "
    "the same design on the Tolle while engineers inspect them."
)
COPY = (
    "BRAMLEY, Oct 4 (Lowland Echo, from Central Wire Agency) - A footbridge over the River "
    "Tolle in Bramley collapsed on Saturday during a charity run, injuring 14 people, "
    "police said. About 40 runners were on the bridge when it fell, a race steward said."
)


def test_a_copy_joining_its_story_raises_nothing() -> None:
    out = run_stream(
        [
            ("orig", "2042-10-04T10:00:00Z", "Footbridge collapses in Bramley", ORIGINAL),
            ("copy", "2042-10-04T14:00:00Z", "Bramley footbridge collapse", COPY),
        ]
    )
    (story, _, first_alerts), (copy_story, new_story, copy_alerts) = out
    assert any(a["kind"] == "new_figure" for a in first_alerts)
    assert copy_story == story and not new_story
    assert copy_alerts == []


def test_a_copy_that_opens_its_story_keeps_its_figures() -> None:
    # the stream never saw the credited report: the copy is the only report of the 14
    [(_, new_story, alerts)] = run_stream(
        [("copy", "2042-10-04T14:00:00Z", "Bramley footbridge collapse", COPY)]
    )
    assert new_story
    assert [a["claim"]["value"] for a in alerts if a["kind"] == "new_figure"] == [14.0, 40.0]
