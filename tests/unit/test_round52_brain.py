"""Round 52 (k52): two named bodies' counts of one thing in one article, with no word of
contrast, where the second body gives its count in its own voice ("By our count, ...",
"Our members tell us ...", "We have ..."): the body's own count, said against the other's
(brain._own_voice in brain._turn_answers). Not when the figure restates a value the article
gave, nor against a running tally ("had now seized a total of ...", brain._tally)."""

from __future__ import annotations

from typing import Any

from claimlogic import brain
from tests.unit.streams import article_alerts

_HEAD = (
    "ORMSBY, Feb 2 (NW) - Heavy snow closed roads across the Ormsby hills on Tuesday, and"
    " two villages lost power for a second day, the county council said. One driver died "
    "and four others were hurt when a lorry slid off the pass.\n"
    "\n"
    "The council said three snowploughs had broken down and that the bus company had "
    "cancelled all rural routes while engineers checked the lines.\n"
    "\n"
    "Ploughs worked through the night on the main pass, but drifts as high as a man "
    "blocked the smaller lanes that lead up to the hill farms, and the forecast promised "
    "more snow by the weekend. Schools in the valley stayed shut.\n"
    "\n"
    "Farmers said they were running short of feed for animals kept indoors, and several "
    "families were without heating after lines came down under the weight of snow on the "
    "trees along the river road.\n"
    "\n"
    "Rescue teams from three neighbouring counties joined the effort on Tuesday "
    "afternoon, using tracked vehicles borrowed from the army to carry fuel and medicine "
    "to the most remote houses above the tree line, where the wind had piled the snow "
    "against doors and windows.\n"
    "\n"
    "Farmers said the snow was already cutting them off. "
)
_TAIL = (
    " The council said his figure included houses that could still be reached on foot.\n"
    "\n"
    "The snow brought 40 centimetres in a night across the upper valley, the weather "
    "service said, and more was forecast for the weekend. Ploughs from the lowland "
    "districts were sent up the pass on Wednesday morning.\n"
    "\n"
    "The dairy cooperative said tankers had not collected milk from the hill farms since "
    "Sunday and that some farmers had begun pouring it away. The county's emergency fund,"
    " set up after the floods of 2029, holds about 2 million crowns.\n"
    "\n"
    "The bus company said it would restore its school routes once the lanes had been "
    "cleared and gritted, which could take until Friday.\n"
    "\n"
    "Hill farmers have asked for years for a second road into the upper valley. The "
    "county said a study of the route would be published in the spring, and that the cost"
    " of the work had not yet been set.\n"
    "\n"
    "The regional government said it would meet farmers' leaders next week to discuss "
    "help with the cost of feed and lost milk, and that it would ask the national "
    "government for emergency money if the snow lasted into March.\n"
)
_PAIR = (
    'The council said 60 homes were without road access. "Our members have 150 houses '
    "without an open road,\" said Tomas Rell, chairman of the Hill Farmers' Association."
)


def _alerts(text: str) -> list[tuple[str, str, str]]:
    # a long article, the two figures past its lede: no other rule pairs them
    return article_alerts(
        text, title="Snow cuts off Ormsby hills", published_at="2031-02-02T18:00:00Z"
    )


def test_a_count_in_a_body_s_own_voice_answers_another_body_s() -> None:
    got = _alerts(_HEAD + _PAIR + _TAIL)
    assert ("contradiction", "150", "homes|count") in got, got


def test_a_value_restated_in_the_own_voice_is_no_rival() -> None:
    pair = _PAIR.replace("Our members have 150 houses", "Our members have 60 houses")
    got = _alerts(_HEAD + pair + _TAIL)
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_a_running_tally_is_no_side_the_own_voice_answers() -> None:
    pair = _PAIR.replace(
        "The council said 60 homes were without road access.",
        "Police said they had now reached five villages and cleared a total of 60 homes.",
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_a_plain_second_count_is_still_no_rival() -> None:
    pair = _PAIR.replace("Our members have 150 houses", "The association has 150 houses")
    got = _alerts(_HEAD + pair + _TAIL)
    assert "contradiction" not in [k for k, _t, _ in got], got


def test_own_voice() -> None:
    def claim(quote: str, text: str, value: float, source: str = "Tomas Rell") -> dict[str, Any]:
        return {
            "quote": quote,
            "text": text,
            "value": value,
            "source": source,
            "start": 0,
            "metric": "farms|count",
        }

    q = '"Our members tell us 85 farms are snowed in," he said.'
    assert brain._own_voice([claim(q, "85", 85.0)], 0)
    far = '"We saw cars in the drifts, waving," said farmer Tomas Rell, who pulled 4 out.'
    assert not brain._own_voice([claim(far, "4", 4.0)], 0)
    assert not brain._own_voice([claim("The council said 85 farms were cut off.", "85", 85.0)], 0)
    assert brain._tally(claim("Police said they had now cleared 60 farms.", "60", 60.0))
    assert not brain._tally(claim("Police said they had cleared 60 farms.", "60", 60.0))


def test_a_count_after_a_lead_that_it_differs_answers_another_body_s() -> None:
    # brain._led: "The association gave a higher figure." between the two figures
    pair = _PAIR.replace(
        '"Our members have 150 houses without an open road,"',
        "The farmers' association gave a higher figure. \"There are 150 houses without an "
        'open road,"',
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert ("contradiction", "150", "homes|count") in got, got


def test_led() -> None:
    def claim(start: int, quote: str, text: str) -> dict[str, Any]:
        return {"quote": quote, "text": text, "value": float(text), "start": start}

    first = claim(17, "The council said 9 homes were cut off.", "9")
    claims = [first, claim(100, '"We have 15."', "15")]
    assert brain._led(claims, 1, [60])
    assert not brain._led(claims, 1, [5])
    assert not brain._led(claims, 1, [130])
    far = [first, claim(400, '"We have 15."', "15")]  # a paragraph between: not the lead's
    assert not brain._led(far, 1, [360])


def test_a_count_in_other_words_after_a_lead_that_it_differs_answers_another_body_s() -> None:
    # brain._led for brain._compared_adjacent: "farms" / "holdings", two keys
    pair = (
        "A survey by the county council found 60 snowbound farms along the river road, its "
        "roads officer said. Farmers' leaders said the true number was much higher. \"There "
        "are 150 cut-off holdings in the hills that no plough has cleared. The council "
        "counted only the farms by the main road,\" said Tomas Rell of the Hill Farmers' "
        "Association."
    )
    got = _alerts(_HEAD + pair + _TAIL)
    assert ("contradiction", "150", "snowbound farms|count") in got, got


def test_subset_of() -> None:
    assert brain._subset_of("fishing boats|count", "cargo ships|count")
    assert not brain._subset_of("cut off holdings|count", "snowbound farms|count")
    assert not brain._subset_of("ships|count", "cargo ships|count")
