"""Round 47 (k47): a figure whose own sentence sets it against another body's figure
(brain._COMPARISON_CUE, brain._COMPARED_AFTER, brain._compared_rival,
brain._compared_earlier).

"The harbour police gave a lower figure, saying 6 boats had sunk" after the coastguard's
"11 fishing boats had sunk": the two sides were filed under the words around each figure
(``fishing boats|sunk`` / ``boats|sunk``) or met under one key without anything telling the
ledger that the second one disputes the first, so the rival was raised as a new figure or
not at all.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

_LEDE = (
    "TALLISK, Oct 2 (NW) - A storm swept across the Tallisk coast overnight, tearing roofs "
    "from houses and flooding the old port. "
)


def _alerts(text: str, earlier: str | None = None) -> list[tuple[str, str, str]]:
    stream = []
    if earlier is not None:
        stream.append(("a0", "2031-10-01T08:00:00Z", "Storm hits Tallisk", earlier))
    stream.append(("a1", "2031-10-02T08:00:00Z", "Storm hits Tallisk", text))
    out = run_stream(stream)
    alerts: list[dict[str, Any]] = out[-1][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def _kinds(got: list[tuple[str, str, str]], text: str) -> list[str]:
    return [k for k, t, _ in got if t == text]


def test_a_smaller_figure_contradicts_the_one_before() -> None:
    got = _alerts(
        _LEDE + "The coastguard said 15 fishermen were missing after the storm.\n\n"
        "The harbour police gave a smaller figure, saying 6 people were unaccounted for "
        "after officers checked the moorings."
    )
    assert _kinds(got, "6") == ["contradiction"], got


def test_a_different_number_under_one_key_contradicts() -> None:
    got = _alerts(
        _LEDE + "The coastguard said 4 people were missing after the storm.\n\n"
        "The harbour police gave a different number, saying 10 people were still missing."
    )
    assert _kinds(got, "10") == ["contradiction"], got


def test_a_measure_against_the_earlier_figure_contradicts_it() -> None:
    got = _alerts(
        _LEDE + "The port authority said 12 workers were injured when a crane collapsed.",
    )
    assert "contradiction" not in _kinds(got, "12"), got
    got = _alerts(
        _LEDE + "The port hospital said it had treated 31 workers injured in the collapse, "
        "more than the number of injured the port authority had given.",
        earlier=_LEDE + "The port authority said 12 workers were injured when a crane collapsed.",
    )
    assert _kinds(got, "31") == ["contradiction"], got


def test_a_toll_that_rose_is_no_side() -> None:
    got = _alerts(
        _LEDE + "Going by its own records, the coastguard said the death toll from the "
        "storm had risen to 9 on Wednesday.",
        earlier=_LEDE + "The coastguard said 5 people were killed in the storm.",
    )
    assert "contradiction" not in _kinds(got, "9"), got


def test_a_cue_after_another_figure_is_not_this_one_s() -> None:
    got = _alerts(
        _LEDE + "The death toll from the storm reached 7 on Wednesday, the coastguard said, "
        "and the fishermen's union withdrew its much higher estimate.",
        earlier=_LEDE + "The coastguard said 5 people were killed in the storm.",
    )
    assert "contradiction" not in _kinds(got, "7"), got
