"""Round 46 (k46): a named body's reading of a sum just given (brain._sum_reading).

"The port authority said the closure had cost shippers 40 million marks." / "The shippers'
guild put the losses at 95 million marks": the extractor files the two sides under the words
around each figure (``closure|cost|money`` / ``losses|amount|money``), so the second reading
never met the first and was raised as a new figure.
"""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream

_LEDE = (
    "HALDEN, March 3 (NW) - The Halden canal reopened on Monday after a five-day closure "
    "caused by a collapsed lock gate. "
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-03-03T08:00:00Z", "Halden canal reopens", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def _kinds(got: list[tuple[str, str, str]], text: str) -> list[str]:
    return [k for k, t, _ in got if t == text]


def test_a_body_putting_the_sum_at_another_figure_contradicts_it() -> None:
    got = _alerts(
        _LEDE + "The canal authority said the closure had cost barge operators 40 million "
        "marks in lost freight.\n\nThe barge owners' guild put the losses at 95 million marks."
    )
    assert _kinds(got, "95 million marks") == ["contradiction"], got


def test_said_the_true_figure_was_contradicts_it() -> None:
    got = _alerts(
        _LEDE + "Shippers are owed 12 million marks in refunded tolls, the canal authority "
        "said.\n\n"
        "The engineers' union said the true bill was 30 million marks."
    )
    assert _kinds(got, "30 million marks") == ["contradiction"], got


def test_a_body_s_own_losses_stay_apart() -> None:
    got = _alerts(
        _LEDE + "The canal authority said the closure had cost barge operators 40 million "
        "marks in lost freight.\n\nThe port of Halden estimated its own losses at 9 million "
        "marks."
    )
    assert "contradiction" not in _kinds(got, "9 million marks"), got


def test_a_pledge_is_no_sum_the_next_body_reads() -> None:
    got = _alerts(
        _LEDE + "The government pledged 5 million marks in emergency support, the transport "
        "ministry said.\n\nThe canal authority put the cost at 8 million marks."
    )
    assert "contradiction" not in _kinds(got, "8 million marks"), got


def test_a_reading_that_moved_on_stays_apart() -> None:
    got = _alerts(
        _LEDE + "The canal authority said the closure had cost barge operators 40 million "
        "marks in lost freight.\n\nThe barge owners' guild now puts its damage at 55 million "
        "marks."
    )
    assert "contradiction" not in _kinds(got, "55 million marks"), got


# Round 46 (k46): a turn against the figure just before, under one key
# (brain._turn_answers). "The interior ministry said only 7 people had been detained" after
# the press union's 18 journalists: the story's role put the 7 under ``journalists|arrested``
# beside the 18, but nothing told the ledger that the sentence sets itself against it.

_RAID = (
    "MERLOV, May 4 (NW) - Police raided the offices of three opposition weeklies in Merlov "
    "on Monday. "
)


def _raid(text: str) -> list[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-05-04T08:00:00Z", "Police raid weeklies", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_said_only_after_another_body_s_figure_contradicts_it() -> None:
    got = _raid(
        _RAID + "The reporters' guild said 21 journalists had been detained in the raids. "
        "The interior ministry said only 8 people had been detained, all on tax charges."
    )
    assert _kinds(got, "8") == ["contradiction"], got


def test_without_a_turn_the_second_count_raises_no_contradiction() -> None:
    got = _raid(
        _RAID + "The reporters' guild said 21 journalists had been detained in the raids. "
        "The interior ministry said 8 people had been detained, all on tax charges."
    )
    assert "contradiction" not in _kinds(got, "8"), got


def test_the_turn_is_the_first_figure_s_only() -> None:
    got = _raid(
        _RAID + "The reporters' guild said 21 journalists had been detained in the raids. "
        "The interior ministry said only two of the 9 people detained were journalists."
    )
    assert "contradiction" not in _kinds(got, "9"), got


def test_the_real_number_of_another_noun_contradicts_the_count_before() -> None:
    got = _alerts(
        _LEDE + "The canal authority said 1,200 barges had been held up by the closure.\n\n"
        "The bargemen's association said the real number of boats trapped on the canal was "
        "2,600."
    )
    assert _kinds(got, "2,600") == ["contradiction"], got


def test_a_count_of_another_noun_without_a_judging_word_stays_apart() -> None:
    got = _alerts(
        _LEDE + "The canal authority said 1,200 barges had been held up by the closure.\n\n"
        "The bargemen's association said 2,600 boats were trapped on the canal."
    )
    assert "contradiction" not in _kinds(got, "2,600"), got


# Round 46 (k46): a turn that introduces the figure after a colon in its own sentence
# (brain._elliptic_rival): "The coastguard gave a higher number: 'Our boats brought 410
# people ashore'". Round 44 read such a turn only as a sentence of its own.

_FERRY = "HALDEN, March 3 (NW) - A ferry ran aground off Halden on Monday. "


def _ferry(text: str) -> list[tuple[str, str, str]]:
    out = run_stream([("a1", "2031-03-03T08:00:00Z", "Ferry aground", text)])
    alerts: list[dict[str, Any]] = out[0][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


def test_a_turn_before_a_colon_answers_the_figure_before() -> None:
    got = _ferry(
        _FERRY + "The ferry company said 320 passengers had been on board. The coastguard "
        'gave a higher figure: "We counted 410 people on the manifest," a spokesman said.'
    )
    assert _kinds(got, "410") == ["contradiction"], got


def test_a_colon_without_a_turn_answers_nothing() -> None:
    got = _ferry(
        _FERRY + "The ferry company said 320 passengers had been on board. The coastguard "
        'added: "We counted 410 people on the manifest," a spokesman said.'
    )
    assert "contradiction" not in _kinds(got, "410"), got


def test_said_only_answers_another_body_s_figure_further_up() -> None:
    got = _raid(
        _RAID + "The reporters' guild said 21 journalists had been detained in the raids. "
        "Police also seized 300 laptops and 40 phones, the guild said. "
        "The interior ministry said only 8 journalists had been detained, all on tax charges."
    )
    assert _kinds(got, "8") == ["contradiction"], got


def test_without_only_a_figure_further_up_is_not_answered() -> None:
    got = _raid(
        _RAID + "The reporters' guild said 21 journalists had been detained in the raids. "
        "Police also seized 300 laptops and 40 phones, the guild said. "
        "The interior ministry said 8 journalists had been detained, all on tax charges."
    )
    assert "contradiction" not in _kinds(got, "8"), got


def test_a_but_sentence_answers_another_body_s_figure_of_an_earlier_report() -> None:
    out = run_stream(
        [
            (
                "a1",
                "2031-05-04T08:00:00Z",
                "Police raid weeklies",
                _RAID + "The reporters' guild said 21 journalists had been detained in the raids.",
            ),
            (
                "a2",
                "2031-05-05T08:00:00Z",
                "Police raid weeklies, guild protests",
                "MERLOV, May 5 (NW) - About 300 reporters protested outside the interior "
                "ministry on Tuesday. But the interior ministry said 8 journalists had been "
                "detained in Monday's raids.",
            ),
        ]
    )
    got = [(a["kind"], a["claim"]["text"]) for a in out[1][2]]
    assert ("contradiction", "8") in got, got
