"""Round 32: a runway's number is a name, like a platform's or a gate's. "came to rest
about 300 metres beyond the end of runway 23" gave 23 the key ``end|arrived``."""

from __future__ import annotations

from claimlogic.extract import extract_claims


def test_runway_number_is_no_claim() -> None:
    texts = [
        c.text
        for c in extract_claims(
            "The jet came to rest about 300 metres beyond the end of runway 23 at Halifax."
        )
    ]
    assert "23" not in texts
    assert "about 300 metres" in texts
