"""Round 47: a figure the brain names as the one the claim disputes (``disputed=``) stays
the claim's other side through the ledger's gates that otherwise silence a second figure
of the article: ``people|displaced`` joins evacuated, sheltered and moved-out counts, and a
second figure there is as a rule another of them -- but not the one the sentence
answers ("The rescue service gave a higher number: its teams had moved 650 people out")."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

T = 1_900_000_000.0
NOW = "2030-06-01T00:00:00+00:00"
FIRST = "The district office said 410 people had been moved out of the flooded streets."
SECOND = (
    "The rescue service gave a higher number: its teams had moved 650 people out of the"
    " streets by nightfall."
)


def _kinds(disputed: float | None) -> list[str]:
    first = claim(410, text="410", source="district office", quote=FIRST)
    second = claim(650, text="650", source="rescue service", quote=SECOND)
    _, out = feed(
        [
            (first, art(1), T, {"in_lede": True}),
            (second, art(1), T, {"in_lede": True, "disputed": disputed}),
        ],
        metric="people|displaced",
        label="people displaced",
        now_iso=NOW,
    )
    return out[1]


def test_a_displaced_count_the_brain_names_as_disputed_is_contradicted() -> None:
    assert _kinds(410.0) == ["contradiction"]


def test_a_second_displaced_count_not_named_stays_silent() -> None:
    assert "contradiction" not in _kinds(None)


POLICE = "Police said about 1,300 customers had been cheated by the firm."
GROUP = (
    "The consumer group said the real number of customers cheated was 3,100, counting calls"
    " to its helpline since March 3."
)


def _answer(time: str | None, *, in_lede: bool = True, disputed: float | None = 1300.0) -> list:
    first = claim(1300, text="about 1,300", source="police", quote=POLICE)
    second = claim(3100, text="3,100", source="consumer group", quote=GROUP, time=time)
    _, out = feed(
        [
            (first, art(1), T, {"in_lede": True}),
            (second, art(1), T, {"in_lede": in_lede, "disputed": disputed}),
        ],
        metric="customers|count",
        label="customers",
        now_iso=NOW,
    )
    return out[1]


def test_a_named_dispute_in_the_lede_crosses_the_extractors_time_scope() -> None:
    assert _answer("since March 3") == ["contradiction"]


def test_a_tally_over_years_keeps_its_scope() -> None:
    assert "contradiction" not in _answer("since 2031")


def test_in_the_body_the_scope_still_counts() -> None:
    assert "contradiction" not in _answer("since March 3", in_lede=False)


def test_no_named_dispute_no_contradiction_across_scopes() -> None:
    assert "contradiction" not in _answer("since March 3", disputed=None)


FIRM = "The mill owner said 900 posts would be cut next year."
UNION = (
    "The staff committee said the owner's own plan, seen by members last week, cuts 1,400"
    " posts, not the 900 announced."
)


def _across(*, in_lede: bool = True) -> list:
    first = claim(900, text="900", source="mill owner", quote=FIRM, time="next year")
    second = claim(1400, text="1,400", source="staff committee", quote=UNION, time="last week")
    _, out = feed(
        [
            (first, art(1), T, {"in_lede": True}),
            (
                second,
                art(2),
                T + 3600.0,
                {"in_lede": in_lede, "disputed": 900.0, "article_values": (900.0, 1400.0)},
            ),
        ],
        metric="posts|count",
        label="posts",
        now_iso=NOW,
    )
    return out[1]


def test_an_earlier_articles_figure_named_as_disputed_crosses_scopes() -> None:
    assert _across() == ["contradiction"]


def test_a_restated_figure_that_disputes_another_by_name_is_a_side() -> None:
    own = claim(1, text="one", source="operator", quote="The operator said one cable had snapped.")
    board = claim(7, text="seven", source="board", quote="The board said seven cables had snapped.")
    again = claim(1, text="One", source="operator", quote='"One cable, not seven," said its chief.')
    _, out = feed(
        [
            (own, art(1), T, {"in_lede": True}),
            (board, art(1), T, {"in_lede": True}),
            (again, art(1), T, {"in_lede": True, "disputed": 7.0, "article_values": (1.0, 7.0)}),
        ],
        metric="cables|count",
        label="cables",
        now_iso=NOW,
    )
    assert out[2] == ["contradiction"]
