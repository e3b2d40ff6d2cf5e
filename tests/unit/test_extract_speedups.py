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


def test_masked_spans_equal_the_three_regexes():
    import re

    from claimlogic.extract import quantities as q

    phone = re.compile(q._PHONE_FORMS)

    def reference(text: str, a: int, b: int) -> list[tuple[int, int]]:
        return [m.span() for rx in (q._URL, phone, q._ISO_DATE) for m in rx.finditer(text, a, b)]

    pieces = [
        "call 1-800-555-0142", "(02) 9876 5432", "+44 20 7946 0958", "13 13 88", "0800 555 123",
        "on 2024-03-05T10:00Z", "by 5/11/2024", "www.example.org/x", "https://a.b/c?d=1",
        "mail press@agency.gov.", "see gov.uk.com/report", "12.5 per cent", "1,200 troops",
        "3-4 days", "24/7", "x@y", "10-20-30", "+7", "(12)", "The", "said", ",", ".", "-",
    ]  # fmt: skip
    rng = random.Random(5)
    texts = [s.text for s in load_seeds()]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    found = 0
    for t in texts:
        windows = [sorted(rng.sample(range(len(t) + 1), 2)) for _ in range(3)]
        for a, b in [(0, len(t)), *windows]:
            want = reference(t, a, b)
            if q._ANY_MASKABLE.search(t, a, b):
                assert q.masked_spans(t, a, b) == want, (t, a, b)
            found += len(want)
    assert found > 1000


def test_time_regex_lookahead_keeps_the_matches():
    """_TIME_RX = lookahead on the first letters + the forms: the same matches as the
    forms alone on phrases built from every word of the pattern, and the lookahead's
    letter class folds case exactly like the forms' literal letters."""
    import re

    from claimlogic.extract import frame

    pat = frame._TIME_RX.pattern
    head = re.match(r"(\(\?=\[([a-z]+)\]\)\(\?:)", pat)
    assert head is not None
    letters = head.group(2)
    forms = re.compile(pat[len(head.group(1)) : -1], frame._TIME_RX.flags)
    vocab = sorted(set(re.findall(r"[A-Za-z]+", forms.pattern)) - {"s", "d", "w", "rf"})
    vocab += ["2024", "12", "1999", "the", "-", ",", "  ", "\n", "x"]
    rng = random.Random(9)
    matched = 0
    for _ in range(4000):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 7))]
        text = " ".join(w.upper() if rng.random() < 0.2 else w for w in words)
        want = [(m.span(), m.group()) for m in forms.finditer(text)]
        assert [(m.span(), m.group()) for m in frame._TIME_RX.finditer(text)] == want, text
        matched += len(want)
    assert matched > 500
    everything = "".join(chr(c) for c in range(0x3000))  # all case-folding letters of Latin
    one_by_one = re.findall("|".join(letters), everything, re.IGNORECASE)
    assert re.findall(f"[{letters}]", everything, re.IGNORECASE) == one_by_one
