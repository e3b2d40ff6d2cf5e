"""Round 58 (y58): a count that moved with no noun of its own takes the counted noun its
referent ("the number", "that figure") points to."""

from claimlogic.extract import extract_claims


def _keys(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.metric) for c in extract_claims(text)]


def test_the_number_since_risen_takes_previous_sentence_noun() -> None:
    keys = _keys(
        "Health officials said 340 pupils had fallen ill after the school lunch. "
        "The number has since risen to 415, the district said."
    )
    first = next(k for v, k in keys if v == 340.0)
    assert "?" not in first
    assert (415.0, first) in keys


def test_that_figure_rose_takes_previous_sentence_noun() -> None:
    keys = _keys(
        "Inspectors counted 52 damaged bridges on Monday. That figure rose to 67 on Friday."
    )
    assert (52.0, "damaged bridges|count") in keys
    assert (67.0, "damaged bridges|count") in keys


def test_number_held_keeps_its_own_property() -> None:
    keys = _keys(
        "Customs officers detained 9 smugglers at the port. "
        "Three more were detained on Sunday, taking the number held to 12."
    )
    assert (9.0, "smugglers|arrested") in keys
    assert (12.0, "smugglers|arrested") in keys


def test_put_the_number_at_reads_the_rivals_count() -> None:
    keys = _keys(
        "The water board said it had found leaks at 75 pumping stations. "
        "An engineers' union put the number at 120."
    )
    assert (75.0, "pumping stations|count") in keys
    assert (120.0, "pumping stations|count") in keys


def test_a_figure_without_referent_keeps_a_key_of_its_own() -> None:
    keys = _keys("Inspectors counted 52 damaged bridges on Monday. It rose to 67 on Friday.")
    assert any(v == 67.0 and "?" in k for v, k in keys)


def test_claims_before_an_auxiliary_is_the_noun_counted() -> None:
    keys = _keys(
        "Owners had filed 2,900 warranty claims by March. "
        "The maker said warranty claims had risen to 3,400."
    )
    assert (2900.0, "warranty claims|count") in keys
    assert (3400.0, "warranty claims|count") in keys


def test_claims_inside_the_number_of_clause_does_not_stop_the_search() -> None:
    keys = _keys("The court said the number of tenants who had lodged claims had risen to 85.")
    assert (85.0, "tenants|count") in keys


def test_claims_as_a_say_verb_is_left_alone() -> None:
    keys = _keys("The company claims 500 jobs were created.")
    assert (500.0, "jobs|count") in keys


def test_claims_opening_the_sentence_is_no_attribution() -> None:
    claims = extract_claims("Warranty claims have risen to 3,400, the regulator said.")
    assert [(c.value, c.metric, c.source) for c in claims] == [
        (3400.0, "warranty claims|count", "regulator")
    ]
