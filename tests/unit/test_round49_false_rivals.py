"""Round 49 (k49): two figures of one article that are no rival readings of one quantity.
Soldiers killed are not another reading of soldiers taken prisoner (brain._rival_nouns,
``_DONE_TO``); a count that passes another body's "first count of N" names an earlier
reading it moved from, not a rival (brain.observe drops that dispute); "23 appeals last
year, of which 17 were upheld" names a part of its figure (brain._part_named)."""

from __future__ import annotations

from claimlogic import brain
from tests.unit.streams import article_alerts


def _alerts(text: str, title: str = "Fighting near Harrow Ford") -> list[tuple[str, str, str]]:
    return article_alerts(text, title=title, published_at="2031-09-12T08:00:00Z")


def test_killed_is_no_reading_of_captured() -> None:
    # the quarrel key's noun test (brain._quarrel_key): "2,300 soldiers killed" must not
    # join the key of "410 soldiers taken prisoner" as its other side, nor the reverse
    assert not brain._rival_nouns("soldier", "killed", "soldier", "captured")
    assert not brain._rival_nouns("soldier", "captured", "soldier", "killed")
    assert brain._rival_nouns("soldier", "killed", "soldier", "count")
    assert brain._rival_nouns("soldier", "killed", "soldier", "killed")


def test_passing_another_body_s_first_count_is_no_dispute() -> None:
    got = _alerts(
        "KELSBY, Sept 12 (NW) - Police investigating the collapse of a footbridge in Kelsby "
        "arrested a contractor on Friday.\n\n"
        "Inspector Dana Ruhl said officers had now identified 52 people who were hurt in the "
        "collapse, more than the hospitals' first count of 47, after tracing walkers treated "
        "at clinics in other towns.",
        title="Kelsby footbridge collapse: contractor arrested",
    )
    assert "contradiction" not in [k for k, t, _ in got if t == "52"], got


def test_a_part_named_with_of_which_is_no_rival() -> None:
    got = _alerts(
        "LENHOLM, Sept 12 (NW) - Talks between the Lenholm port authority and the dockers' "
        "union resumed on Friday.\n\n"
        "The arbitration board heard 23 port disputes last year, of which 17 were settled "
        "without a strike, according to its annual report.",
        title="Lenholm port talks resume",
    )
    assert "contradiction" not in [k for k, _t, _ in got], got


_DEPOT = (
    "ORSVIK, Sept 12 (NW) - Customs officers closed a bonded warehouse in Orsvik on Friday "
    "after finding forged excise stamps on crates of spirits.\n\n"
)


def test_the_same_verb_before_two_bodies_figures_sets_them_against_each_other() -> None:
    # brain._turn_answers, round 49's bare form: no turn word, but "had shipped" before
    # both figures, two bodies with no word in common, one after the other
    got = _alerts(
        _DEPOT + "The customs agency said the warehouse had shipped 36,000 crates since "
        "March. The warehouse operator Norvale Logistics said it had shipped about 9,000 crates "
        "and that its papers were in order.",
        title="Orsvik warehouse closed over forged stamps",
    )
    assert [k for k, t, _ in got if t == "about 9,000"] == ["contradiction"], got


def test_a_figure_of_one_place_is_no_bare_rival() -> None:
    got = _alerts(
        _DEPOT + "The customs agency said its officers had seized 36,000 crates in total. "
        "The harbour police said officers had seized 9,000 crates in a shed at the quay.",
        title="Orsvik warehouse closed over forged stamps",
    )
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_its_own_inspection_is_a_comparison_cue() -> None:
    # brain._COMPARISON_CUE: "its own inspection had found only 40" answers the council's
    # 95 destroyed (a plain count under another role, round 48's _compared_rival)
    got = _alerts(
        _DEPOT + "The harbour council has now counted 95 crates as destroyed after inspecting "
        "every shed, its leader, Ana Holm, said.\n\n"
        "Norvale Logistics, which runs the warehouse, said its own inspection had found only "
        "40 crates beyond repair.",
        title="Orsvik warehouse closed over forged stamps",
    )
    assert [k for k, t, _ in got if t == "40"] == ["contradiction"], got


def test_a_body_s_own_estimate_was_is_a_comparison_cue() -> None:
    got = _alerts(
        _DEPOT + "Prosecutors said the warehouse took in about 90 million crowns from the "
        "forged stamps since 2029.\n\n"
        "The excise office's own estimate, based on the same ledgers, was 30 million crowns.",
        title="Orsvik warehouse closed over forged stamps",
    )
    assert [k for k, t, _ in got if t == "30 million crowns"] == ["contradiction"], got


def test_own_forces_numbering_is_no_cue() -> None:
    got = _alerts(
        _DEPOT + "The customs agency said 4,000 officers would guard the border posts.\n\n"
        "Telsa's own armed forces number about 2,000 active personnel.",
        title="Orsvik warehouse closed over forged stamps",
    )
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_the_same_passive_verb_after_two_bodies_figures() -> None:
    # brain._verb_of: "26 crates had been seized" / "11 crates had been seized"
    got = _alerts(
        _DEPOT + "The customs agency said in a statement that 26 crates had been seized, "
        "including two found in a lorry on Sunday. The warehouse operator Norvale Logistics "
        "said 11 crates had been seized and that the rest were its own.",
        title="Orsvik warehouse closed over forged stamps",
    )
    assert [k for k, t, _ in got if t == "11"] == ["contradiction"], got
