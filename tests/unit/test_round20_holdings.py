"""Round 20: what a place or firm has is no development of the story's figure."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream


def _kinds(items: list[tuple[str, str, str | None, str]]) -> list[list[tuple[str, float]]]:
    return [[(a["kind"], a["claim"]["value"]) for a in al] for _, _, al in run_stream(items)]


def _c(text: str, quote: str) -> dict[str, object]:
    return {"text": text, "quote": quote, "property": "count", "value": 1.0}


def test_what_a_place_or_firm_has_is_told_apart_from_its_load_at_the_time() -> None:
    for text, quote in [
        ("12", "The isolation ward at Haldrum General, which has 12 beds, is now full."),
        ("9,500", "The company, which employs 9,500 people, said it had lost orders."),
    ]:
        assert ledger.what_it_has(_c(text, quote)), text
    for text, quote in [
        ("8,100", "The Orvik transit camp was housing 8,100 people on Monday morning."),
        ("120", "The ferry, which had 120 people on board, sank off the cape."),
        ("12", "Twelve beds were added to the isolation ward on Monday."),
    ]:
        assert not ledger.what_it_has(_c(text, quote)), text


def test_a_wards_beds_do_not_update_the_citys_beds() -> None:
    got = _kinds(
        [
            (
                "a1",
                "2026-03-02T09:00:00Z",
                "TB cluster found at Haldrum night shelter",
                "HALDRUM - Nine cases of drug-resistant tuberculosis have been found at a night "
                "shelter in Haldrum, the health ministry said on Monday. The city's shelters "
                "have about 300 beds between them.",
            ),
            (
                "a2",
                "2026-03-04T09:00:00Z",
                "Haldrum TB cluster grows to 14",
                "HALDRUM - Fourteen cases of drug-resistant tuberculosis have now been found at "
                "the Haldrum night shelter, the health ministry said on Wednesday. The isolation "
                "ward at Haldrum General, which has 12 beds, is now full.",
            ),
        ]
    )
    assert ("update", 14.0) in got[1]  # the cases still update
    assert ("update", 12.0) not in got[1]


def test_the_size_of_each_unit_and_what_a_kind_can_weigh_are_context() -> None:
    for text, quote in [
        ("ten", "They worked in teams of ten under floodlights, turning the whales upright."),
        ("20 to 100", "Long-finned pilot whales live in pods of 20 to 100 animals."),
        ("up to 3 tonnes", "Adults can weigh up to 3 tonnes and grow to about 6 metres."),
    ]:
        assert ledger.context_figure(_c(text, quote)), text
    # the size of one group the story is about is its figure
    assert not ledger.context_figure(
        _c("15", "A group of 15 cavers was trapped by the flood on Thursday.")
    )
    assert not ledger.context_figure(_c("3 tonnes", "The lorry spilled 3 tonnes of grain."))


def test_a_count_the_sentence_takes_as_known_updates_nothing() -> None:
    got = _kinds(
        [
            (
                "a1",
                "2026-05-04T09:00:00Z",
                "Lindmark grounds SA-70 fleet after wing cracks",
                "LINDMARK - Lindmark Air grounded 31 Sorell SA-70 aircraft on Monday after "
                "cracks were found in a wing spar, the civil aviation authority said.",
            ),
            (
                "a2",
                "2026-05-08T09:00:00Z",
                "Lindmark SA-70 fleet back in the air",
                "LINDMARK - The civil aviation authority said on Friday the 17 aircraft had "
                "passed ultrasound inspections and could fly again.",
            ),
        ]
    )
    assert ("update", 17.0) not in got[1]


def test_a_firms_books_are_context() -> None:
    for text, quote in [
        (
            "about 640 million dollars",
            "The exchange listed assets of about 640 million dollars, against liabilities "
            "of 1.1 billion.",
        ),
        (
            "about 1.4 billion euros",
            "The group, with annual revenue of about 1.4 billion euros, said.",
        ),
    ]:
        assert ledger.context_figure(_c(text, quote)), text
    # money that moved is the story's figure
    assert not ledger.context_figure(
        _c("about 310 million dollars", "Hackers stole about 310 million dollars of assets.")
    )
