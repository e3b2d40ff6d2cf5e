"""A figure whose sentence states its ratio to another body's figure (ledger.stated_ratio,
brain._ratio_rival): the band it states, and the contradiction it raises under any key."""

import pytest

from claimlogic import ledger
from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream


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


def _alerts(items: list[tuple[str, str, str, str]], **config: bool) -> list[tuple[str, float]]:
    out = run_stream(items, BrainConfig(**config))
    return [(a["kind"], a["claim"]["value"]) for _, _, al in out for a in al]


_FIRST = (
    "KESSEL - Flooding on Monday damaged 300 apartments in the old town of Kessel, the city "
    "council said on Tuesday. Rescue crews evacuated residents of the old town overnight, "
    "the council said."
)


def _later(flats: str) -> list[tuple[str, str, str, str]]:
    later = (
        f"KESSEL - Flooding on Monday damaged {flats} flats in the old town of Kessel, more "
        "than twice the figure given by the city council, the tenants' association said on "
        "Thursday. Rescue crews evacuated residents of the old town overnight."
    )
    return [
        ("k1", "2026-03-02T09:00:00Z", "Flooding damages Kessel old town", _FIRST),
        ("k2", "2026-03-05T09:00:00Z", f"Flooding damaged {flats} flats in Kessel old town", later),
    ]


def test_a_stated_ratio_contradicts_the_figure_it_names_under_another_key() -> None:
    # "flats" and "apartments" are two keys: only the stated ratio pairs the two counts
    assert ("contradiction", 700.0) in _alerts(_later("700"))
    assert ("contradiction", 700.0) not in _alerts(_later("700"), stated_ratio=False)


def test_a_ratio_the_values_do_not_fit_raises_no_contradiction() -> None:
    # 400 / 300 is not "more than twice": the sentence names no figure the story holds
    assert not [a for a in _alerts(_later("400")) if a[0] == "contradiction"]
