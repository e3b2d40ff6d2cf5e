"""Fast paths of the extractor give the same answers as the definitions they replace."""

from __future__ import annotations

import random

from bench.corpus import load_seeds
from claimlogic import extract
from claimlogic.extract.sentences import sentence_spans

#: Words that regex case-insensitivity folds in ways str.lower() does not (U+0130,
#: U+0131, U+017F), a number in another script, multiword "a few", word-glued forms.
_PIECES = [
    "İki", "ſeven", "ſaid", "thouſand", "accordıng", "ıt", "A  third", "a\nfew", "xa few",
    "a couple", "acouple", "saidx", "_said", "said_", "Twelve", "TWENTY", "According to",
    "٣", "stated", "x", ",", "the", ".",
]  # fmt: skip


def test_worth_reading_equals_its_regex():
    rng = random.Random(11)
    cases: list[tuple[str, int, int]] = []
    for t in (s.text for s in load_seeds()):
        cases += [(t, a, b) for a, b in sentence_spans(t)]
        for _ in range(200):  # windows starting and ending inside words too
            a = rng.randrange(len(t))
            cases.append((t, a, rng.randint(a, min(len(t), a + 150))))
    for _ in range(5000):
        t = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5)))
        a = rng.randint(0, len(t))
        cases.append((t, a, rng.randint(a, len(t))))
    hits = 0
    for t, a, b in cases:
        want = extract._WORTH_READING.search(t, a, b) is not None
        assert extract._worth_reading(t, a, b) == want, (t[a:b], a, b)
        hits += want
    assert 0 < hits < len(cases)  # both answers occur
