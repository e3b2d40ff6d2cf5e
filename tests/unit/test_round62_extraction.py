"""Round 62 (x62): a number before a phone-service word and the plural "calls" counts
calls; it is not a number dialled."""

from claimlogic.extract import extract_claims


def _values(text: str) -> list[float]:
    return [c.value for c in extract_claims(text)]


def test_emergency_calls_plural_is_a_count() -> None:
    assert 400.0 in _values("The operator said about 400 emergency calls did not get through.")


def test_hotline_calls_plural_is_a_count() -> None:
    assert 900.0 in _values("The council logged 900 hotline calls on Monday.")


def test_dialled_service_numbers_stay_phone_numbers() -> None:
    assert _values("Callers should use the 112 emergency service.") == []
    assert _values("Dial the 1122 hotline for help.") == []
    assert _values("He made a 999 emergency call from the roof.") == []


def test_designator_before_a_scaled_sum_is_not_an_identifier() -> None:
    text = (
        "Auditors said the state overpaid the operator of the coastal motorway 310 million euros."
    )
    assert 310_000_000.0 in _values(text)
    assert 2_000_000.0 in _values("The council paid the firm that runs the pier 2 million pounds.")


def test_designator_number_stays_an_identifier() -> None:
    assert _values("Traffic was diverted onto motorway 7 on Sunday.") == []
