"""Round 60 (a60): a later article's figure for a quantity the story already holds, filed
under another noun or property, carries that quantity on instead of opening a key of its
own: a count near one of two story keys of its noun (brain._story_verb), and a sum whose
sentence sets it against a reading given before (brain._story_sum_compared)."""

from __future__ import annotations

from typing import Any

from tests.unit.streams import run_stream


def _story(first: tuple[str, str, str], second: tuple[str, str, str]) -> list[Any]:
    out = run_stream([("a1", *first), ("a2", *second)])
    assert out[0][0] == out[1][0], "one story"
    alerts: list[dict[str, Any]] = out[1][2]
    return [(a["kind"], a["claim"]["text"], a["metric"]["key"]) for a in alerts]


_FLOUR = (
    "ALMSTADT, Oct 2 (NW) - Health officials in Almstadt ordered a recall of rye flour from "
    "the Kellermann mill on Thursday after 20 people fell ill with food poisoning.\n\n"
    "The health office said flour from the suspect batch had been delivered to 52 bakeries in "
    "the region. Three bakeries had sent staff to help the inspectors, the mill said.\n"
)


def _flour(sentence: str) -> list[Any]:
    second = (
        "ALMSTADT, Oct 4 (NW) - Inspectors went on testing rye flour from the Kellermann mill "
        "on Saturday as the recall of the suspect batch went on.\n\n"
        + sentence
        + "\n\nThe health office said it would publish the list of bakeries on Monday.\n"
    )
    return _story(
        ("2031-10-02T09:00:00Z", "Rye flour recalled after food poisoning in Almstadt", _FLOUR),
        ("2031-10-04T09:00:00Z", "Kellermann mill flour recall goes on", second),
    )


def test_a_count_near_one_of_two_story_keys_of_its_noun_is_no_new_figure() -> None:
    # "52 bakeries" supplied and "three bakeries" that sent staff: the 30 is near the first
    got = _flour(
        "The mill said in a statement that only 30 bakeries had received flour from the "
        "suspect batch."
    )
    assert not [a for a in got if a[1] == "30"], got


def test_a_count_far_from_every_story_key_of_its_noun_keeps_its_own_key() -> None:
    got = _flour(
        "The mill said in a statement that 400 bakeries had bought flour from it this year."
    )
    assert [a for a in got if a[1] == "400" and a[0] == "new_figure"], got
