"""PROTOTYPE (c29): a figure's sentence stating its ratio to another body's figure."""

import pytest

from claimlogic import ledger


def _c(quote: str, text: str) -> dict[str, str]:
    return {"quote": quote, "text": text}


@pytest.mark.parametrize(
    ("quote", "text", "lo", "hi"),
    [
        (
            "The fire caused damage of about 61 million ducats, more than twice the "
            "estimate given by the bus company's insurer.",
            "61 million",
            2.0,
            3.0,
        ),
        (
            "The owner puts the damage at about 40 million crowns, less than half the "
            "figure given by the independent assessor.",
            "40 million",
            0.25,
            0.5005,
        ),
        (
            "Losses reached 160 million talers, the insurers' association said on March 8, "
            "more than three times the estimate the government gave earlier in the week.",
            "160 million",
            3.0,
            4.5,
        ),
    ],
)
def test_stated_ratio_names_another_bodys_figure(
    quote: str, text: str, lo: float, hi: float
) -> None:
    band = ledger.stated_ratio(_c(quote, text))
    assert band is not None
    assert band[0] == pytest.approx(lo) and band[1] == pytest.approx(hi)


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        # the speaker's own earlier reading, a time, a yardstick, another figure's ratio
        (
            "Hotels have had 11,500 bookings cancelled, more than twice the number it "
            "reported on Tuesday.",
            "11,500",
        ),
        ("Airlines cancelled 310 flights, more than double the morning's count.", "310"),
        (
            "Data of about 2.1 million customers was stolen, more than five times its "
            "initial estimate.",
            "2.1 million",
        ),
        (
            "The plant processed 38,000 tonnes, almost twice the amount allowed by its licence.",
            "38,000",
        ),
        (
            "Trees were hit in 41 municipalities, and in 12 of them more than half "
            "the area was lost.",
            "41",
        ),
        ("Inspectors sprayed 600 hectares, three times a day.", "600"),
    ],
)
def test_no_stated_ratio(quote: str, text: str) -> None:
    assert ledger.stated_ratio(_c(quote, text)) is None
