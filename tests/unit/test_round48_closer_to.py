"""Round 48 (k48): a figure given as nearer the truth than one already given ("said the
damage would be closer to 9,000 tonnes", brain._CLOSER_TO / brain._CLOSER_TO_BEFORE read by
brain.compares) is set against the other body's figure before it, like round 47's
comparison cues ("gave a smaller figure, saying ...")."""

from __future__ import annotations

from tests.unit.streams import article_alerts

_LEDE = (
    "BRANVIK, May 3 (NW) - A late frost struck the orchards of the Branvik valley overnight, "
    "blackening blossom across the hillsides. "
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    return article_alerts(
        text, title="Frost hits Branvik orchards", published_at="2031-05-03T08:00:00Z"
    )


def test_closer_to_contradicts_the_figure_before() -> None:
    got = _alerts(
        _LEDE + "The farm ministry said 4,000 tonnes of apples had been lost to the frost.\n\n"
        "The fruit growers' cooperative said the loss would be closer to 9,000 tonnes of "
        "apples, since many trees would also bear less fruit next year."
    )
    kinds = [k for k, t, _ in got if "9,000" in t]
    assert kinds == ["contradiction"], got


def test_a_figure_that_rose_closer_is_no_side() -> None:
    got = _alerts(
        _LEDE + "The farm ministry said 4,000 tonnes of apples had been lost to the frost.\n\n"
        "The loss later rose closer to 9,000 tonnes of apples, the farm ministry said."
    )
    assert "contradiction" not in [k for k, t, _ in got if "9,000" in t], got


def test_a_count_answers_the_same_noun_under_another_role() -> None:
    # brain._compared_rival: a plain count of the same named noun keyed under another
    # role ("destroyed artworks|count" / "artworks|destroyed") is the figure it answers
    got = _alerts(
        _LEDE + "The regional museum said 900 artworks were destroyed when its storeroom "
        "flooded during the storm.\n\n"
        "The restorers' guild gave a higher figure, saying 2,600 destroyed artworks had "
        "been counted in the storerooms of the valley."
    )
    kinds = [k for k, t, _ in got if t == "2,600"]
    assert kinds == ["contradiction"], got


def test_putting_the_number_at_answers_another_body_s_count() -> None:
    got = _alerts(
        _LEDE + "Growers lit fires between the rows through the night to keep the "
        "blossom warm.\n\nThe farm ministry said 1,500 orchards had been damaged by the "
        "frost.\n\nThe fruit growers' cooperative, which sent inspectors to every village, put the "
        "number at 4,200."
    )
    assert [k for k, t, _ in got if t == "4,200"] == ["contradiction"], got


def test_a_number_put_earlier_is_no_side() -> None:
    got = _alerts(
        _LEDE + "The farm ministry said 1,500 orchards had been damaged by the frost.\n\n"
        "The fruit growers' cooperative had previously put the number at 4,200."
    )
    assert "contradiction" not in [k for k, t, _ in got if t == "4,200"], got
