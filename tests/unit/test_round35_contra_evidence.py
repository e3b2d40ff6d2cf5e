"""Round 35: another named source's figure whose own clause gives the evidence it rests on
as images or an analysis that "showed" it ("satellite images analysed by scientists it
works with showed about 6.5 million cubic metres", h23-5-5) is that source's rival side,
not the next reading of the other source's figure."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.test_ledger import art, claim, feed

DAY = 24 * 3600.0


def _stream(quote: str) -> list[list[str]]:
    _, out = feed(
        [
            (
                claim(
                    1.5e6,
                    text="1.5 million cubic metres",
                    source="operator",
                    property="escaping",
                    quote=(
                        "The operator said about 1.5 million cubic metres of gas a day "
                        "were escaping."
                    ),
                ),
                art(1),
                0.0,
            ),
            (
                claim(
                    6.5e6,
                    text="6.5 million cubic metres",
                    source="independent monitoring group",
                    property="escaping",
                    quote=quote,
                ),
                art(2),
                2 * DAY,
                {},
            ),
        ]
    )
    return out


IMAGES = (
    "The group, Clear Air Watch, said satellite images analysed by scientists it works with "
    "showed about 6.5 million cubic metres of gas a day escaping."
)


def test_images_that_showed_it_make_the_rival_side() -> None:
    assert _stream(IMAGES)[1] == ["contradiction"]


def test_analysed_data_that_showed_it_make_the_rival_side() -> None:
    quote = (
        "The independent monitoring group said readings it had analysed showed about "
        "6.5 million cubic metres of gas a day escaping."
    )
    assert _stream(quote)[1] == ["contradiction"]


def test_a_plain_count_of_another_source_stays_an_update() -> None:
    # the same shape as an official toll moving on as a new body reports
    quote = (
        "The independent monitoring group said about 6.5 million cubic metres of gas a day "
        "were escaping."
    )
    assert _stream(quote)[1] == ["update"]


def test_the_evidence_words() -> None:
    assert ledger._OWN_EVIDENCE.search(
        "satellite images analysed by scientists it works with showed"
    )
    assert ledger._OWN_EVIDENCE.search("its analyses show")
    assert not ledger._OWN_EVIDENCE.search("images of the flare were shown on television")
