"""Round 31: a singular class noun before a plural noun modifies it ("2,700 car
owners"): the owners are counted, not the cars."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _metrics(text: str) -> list[str]:
    return [c.metric for c in extract_claims(text)]


def test_a_singular_class_noun_modifies_the_plural_after_it() -> None:
    assert _metrics(
        "The transport ministry said about 2,700 car owners had called its hotline."
    ) == ["car owners|count"]
    assert _metrics("The council said 2,700 home owners had applied.") == ["home owners|count"]


def test_the_plural_class_noun_stays_the_head() -> None:
    # round 57: "seized" names the property; the head noun is what this test is about
    assert _metrics("Police said they had seized 40 cars.") == ["vehicles|seized"]
    assert _metrics("Police said about 1,900 cars were fitted with fake airbags.")[0].startswith(
        "vehicles|"
    )
