"""Round 44: a lower-case body named with a word before its head ("the city
administration", "the harbour's governor", "the provincial council") as subject of a say
verb is a speaker of its own, not a back-reference to the previous sentence's source --
so a rival reading is not taken for the first body's own figure."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def _sources(text: str) -> dict[str, str | None]:
    return {c.text: c.source for c in extract_claims(text)}


def test_a_lower_case_body_after_another_source_is_its_own_speaker() -> None:
    first = "The Red Cross said 3,100 people had left the valley by nightfall."
    cases = {
        "But the district administration said 4,200 had got out.": "district administration",
        "But the harbour's governor said 4,200 had got out.": "harbour's governor",
        "By Friday 4,200 people had left, the provincial council said.": "provincial council",
    }
    for second, speaker in cases.items():
        src = _sources(f"{first} {second}")
        assert src["3,100"] == "Red Cross", src
        assert src["4,200"] == speaker, (second, src)


def test_a_back_reference_keeps_the_remembered_source() -> None:
    # the head is a word of the source named before: the same body
    src = _sources(
        "Dorvia's interior ministry said 3,100 people had left. "
        "By Friday 4,200 people had left, the interior ministry said."
    )
    assert src["4,200"] == "Dorvia's interior ministry", src
    # a stock back-reference and a phrase that names no speaker keep the memory
    src = _sources(
        "The Red Cross said 3,100 people had left. But the general staff said 4,200 had left."
    )
    assert src["4,200"] == "Red Cross", src


def test_a_stock_body_of_another_kind_is_its_own_speaker() -> None:
    # "the government" does not refer back to a body named as an inspectorate
    src = _sources(
        "The mining inspectorate said 9 miners were killed. "
        "The government has said 14 miners were killed."
    )
    assert src["9"] == "mining inspectorate", src
    assert src["14"] == "government", src
    # a source named without a body word, or as the same kind of body, is the one meant
    src = _sources("Ostrava Coal said 9 miners were trapped. The company said 14 were trapped.")
    assert src["14"] == "Ostrava Coal", src
    src = _sources(
        "The ministry of public works said 9 bridges were shut. The ministry said 14 were shut."
    )
    assert src["14"] == "ministry of public works", src
