"""Round 42 (x42's measured candidate, applied by the lead): "X gave a higher toll." with
no figure announces X's reading, so the quotation after it ("..., he told local radio") is
X's, not the body that spoke before."""

from __future__ import annotations

from claimlogic.extract import extract_claims

TEXT = (
    "The civil defence office said 23 people had died in the floods. "
    "The regional governor, Marta Oyelaran, gave a higher toll. "
    '"We have 31 dead in the two river towns, and I fear we will find more," she told '
    "local radio."
)


def test_the_quotation_after_gave_a_higher_toll_is_the_governors() -> None:
    claims = {c.text: c for c in extract_claims(TEXT)}
    assert "31" in claims
    assert "Oyelaran" in str(claims["31"].source)


def test_gave_with_its_own_figure_keeps_working() -> None:
    text = "The union gave a lower figure of 1,900 shops, its spokesman said."
    claims = {c.text: c for c in extract_claims(text)}
    assert "1,900" in claims
