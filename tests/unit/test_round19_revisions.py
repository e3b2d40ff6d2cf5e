"""Round 19: a source correcting its own earlier count ("not two as it had said on Monday")
revises it; it does not contradict it."""

from __future__ import annotations

from claimlogic import ledger


def test_not_n_as_it_had_said_is_the_sources_own_revision() -> None:
    q = (
        "The company said three crew members had been wounded in all, not two as it had "
        "said on Monday, and that the other two were in a stable condition."
    )
    assert ledger.revision({"quote": q, "text": "three"})
    assert ledger.revision({"quote": "They now count 14, not 12 as they reported.", "text": "14"})
    # another source's figure named the same way is a quarrel, not a revision
    q2 = "Five people have died, not two as the government has stated, the hospital said."
    assert not ledger.revision({"quote": q2, "text": "Five"})
    assert ledger.quarrel(q2)


def test_the_dispute_a_story_is_about_disputes_no_figure() -> None:
    q = (
        "DOVIN - Dovania will impose duties on Kestrian pork worth 740 million florins a "
        "year, raising the stakes in the worst trade dispute between the neighbours."
    )
    assert not ledger.disputed({"quote": q, "text": "740 million"})
    assert not ledger.disputed(
        {"quote": "Duties worth 740 million florins in the dispute over steel.", "text": "740"}
    )
    # a figure disputed is still one
    assert ledger.disputed({"quote": "The union said 740, a figure the ministry disputes."})
    assert ledger.disputed({"quote": "The ministry disputed the union's figure of 740."})


def test_a_figure_disputed_by_name_has_its_other_side_already() -> None:
    # the article sets 2.3 billion against the 1.6 billion it names; its other figure (the
    # 740 million of farm goods) is no side against the 1.6 billion
    old = {
        "value": 1.6e9,
        "low": 1.6e9,
        "high": 1.6e9,
        "text": "1.6 billion",
        "source": "Kestrian trade ministry",
        "quote": "Steel imports worth 1.6 billion florins a year, the trade ministry said.",
        "start": 0,
    }
    new = {
        "value": 7.4e8,
        "low": 7.4e8,
        "high": 7.4e8,
        "text": "740 million",
        "source": "government",
        "quote": "Duties on farm goods worth 740 million florins a year, the government said.",
        "start": 0,
    }
    common = {"story": "s", "metric": "florins|cost", "label": "florins", "now_iso": "x"}
    entry, _, _ = ledger.decide(None, old, {"id": "a1", "outlet": "O1"}, event_t=0, **common)

    def kinds(answered: list[float]) -> list[str]:
        _, dec, _ = ledger.decide(
            entry,
            new,
            {"id": "a2", "outlet": "O2"},
            event_t=86400,
            quarrelling=True,
            article_values=[7.4e8, 2.3e9, 1.6e9],
            answered=answered,
            **common,
        )
        return [d[0] for d in dec]

    assert "contradiction" in kinds([])  # the article's quarrel alone would make it a side
    assert "contradiction" not in kinds([1.6e9])
