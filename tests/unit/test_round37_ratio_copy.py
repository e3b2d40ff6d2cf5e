"""Round 37: a shortened copy of the report that first set its value against the other
side by a ratio ("killed about 15,000 migrating birds, ornithologists ... said, about
three times the wildlife service's count", h46-4-5 after h46-4-4) restates that side;
the disagreement was told when the value first came, so the copy raises no contradiction
of its own.  The first report still does."""

from __future__ import annotations

from tests.unit.streams import run_stream

SERVICE = (
    "a1",
    "2026-09-20T10:00:00Z",
    "Storm kills thousands of birds",
    "ORRISAND - The storm that struck Orrisand Bay killed 5,200 migrating birds, the "
    "wildlife service said on Sept 20. Volunteers collected carcasses on the beaches.",
)
UNIVERSITY = (
    "a2",
    "2026-09-25T10:00:00Z",
    "Scientists say storm killed 15,000 birds",
    "ORRISAND - The storm that struck Orrisand Bay last week killed about 15,000 migrating "
    "birds, ornithologists at the University of Velmark said on Sept 25, about three times "
    "the wildlife service's count. The university team said it had extrapolated from "
    "sample counts on the salt marshes.",
)
COPY = (
    "a3",
    "2026-09-25T16:00:00Z",
    "Storm killed 15,000 birds, scientists say",
    "VELMARK - The storm that struck Orrisand Bay killed about 15,000 migrating birds, "
    "ornithologists at the University of Velmark said, about three times the wildlife "
    "service's count.",
)


def test_the_report_contradicts_and_its_shortened_copy_does_not() -> None:
    out = run_stream([SERVICE, UNIVERSITY, COPY])
    kinds = [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in out]
    assert ("contradiction", 15000.0) in kinds[1]
    assert all(k != "contradiction" for k, _ in kinds[2])
