"""Round 31: a source that names its own earlier figure as wrong corrects it (an update),
it does not contradict anyone."""

from __future__ import annotations

from tests.unit.test_ledger import art, claim, feed

_OLD = "Norvane confirmed that 230 households had been disconnected for non-payment."
_NEW = "Norvane also said the number of households disconnected had been 310, not 230."


def test_a_source_naming_its_own_figure_corrects_it() -> None:
    for in_lede in (True, False):
        _, out = feed(
            [
                (claim(230, source="Norvane", quote=_OLD), art(1), 1),
                (
                    claim(310, source="Norvane", quote=_NEW),
                    art(2),
                    2,
                    {"disputed": 230.0, "in_lede": in_lede},
                ),
            ]
        )
        assert out[1] == ["update"], in_lede


def test_another_source_naming_the_figure_still_contradicts_it() -> None:
    _, out = feed(
        [
            (claim(230, source="Norvane", quote=_OLD), art(1), 1),
            (
                claim(
                    310,
                    source="consumer association",
                    quote=_NEW.replace("Norvane also", "The consumer association"),
                ),
                art(2),
                2,
                {"disputed": 230.0},
            ),
        ]
    )
    assert out[1] == ["contradiction"]
