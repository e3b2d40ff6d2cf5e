"""Round 46: a speaker whose own count moved on since an earlier article ("the monitors
said their own tally had reached 44") updates its own figure; it is no new side against
the other body's figure given beside it (the dispute was raised when it began)."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
DAY = 24 * 3600.0
NOW = "2030-06-01T00:00:00+00:00"


def _kinds(rival_quote: str, earlier_rival: bool = True) -> list[list[str]]:
    a1, a2 = art(1), art(2)
    items = [
        (
            claim(
                12,
                text="12",
                source="the coast guard",
                quote="The coast guard said 12 boats had been seized.",
            ),
            a1,
            T,
            {"in_lede": True},
        )
    ]
    if earlier_rival:
        items.append(
            (
                claim(
                    35,
                    text="35",
                    source="the fishermen's union",
                    quote="The fishermen's union said its own count showed 35 boats seized.",
                ),
                a1,
                T,
                {"in_lede": True},
            )
        )
    items += [
        (
            claim(
                18,
                text="18",
                source="the coast guard",
                quote="The coast guard said 18 boats had now been seized.",
            ),
            a2,
            T + 3 * DAY,
            {"in_lede": True},
        ),
        (
            claim(44, text="44", source="the fishermen's union", quote=rival_quote),
            a2,
            T + 3 * DAY,
            {"in_lede": True},
        ),
    ]
    _, out = feed(items, metric="boats|seized", label="boats seized", now_iso=NOW, continuing=True)
    return out


def test_an_own_count_moved_on_updates_its_earlier_figure() -> None:
    out = _kinds("The fishermen's union said its own tally had reached 44 boats.")
    assert out[1] == ["contradiction"]
    assert out[3] == ["update"]


def test_a_first_reading_of_the_other_side_still_contradicts() -> None:
    out = _kinds(
        "The fishermen's union said its own tally had reached 44 boats.", earlier_rival=False
    )
    assert out[2] == ["contradiction"]


def _here(third_quote: str, third_source: str) -> list[list[str]]:
    a = art(1)
    items = [
        (
            claim(
                3900,
                text="3,900",
                source="the regional port authority",
                quote="The regional port authority said 3,900 containers had been cleared.",
            ),
            a,
            T,
            {"in_lede": True},
        ),
        (
            claim(
                210,
                text="210",
                source="dockworkers",
                quote="Dockworkers said the number of containers stuck had risen to 210.",
            ),
            a,
            T,
            {"in_lede": True},
        ),
        (
            claim(300, text="300", source=third_source, quote=third_quote),
            a,
            T,
            {"in_lede": True},
        ),
    ]
    _, out = feed(
        items,
        metric="containers|count",
        label="containers",
        now_iso=NOW,
        continuing=True,
        quarrelling=True,
    )
    return out


def test_a_second_figure_of_the_same_speaker_is_no_rival_reading() -> None:
    q = "The port authority also said that 300 containers had been damaged over the past week."
    assert "contradiction" not in _here(q, "port authority")[2]


def test_another_speaker_named_in_the_sentence_is_still_a_rival() -> None:
    q = "The shipping agents said that 300 containers were stuck at the quay."
    assert _here(q, "shipping agents")[2] == ["contradiction"]
