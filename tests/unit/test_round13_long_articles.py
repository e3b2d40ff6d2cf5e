"""Round 13: long articles; the figures of a long report's body are background."""

from __future__ import annotations

from claimlogic import ledger
from claimlogic.brain import BrainConfig
from tests.unit.streams import run_stream

LEDE = (
    "VARNO - Three people were killed and 14 injured when a fuel tanker caught fire in the "
    "Orsk road tunnel on Tuesday, the regional fire service said. "
)
# Body paragraphs: what a wire report adds after its lede (long enough to pass the lede).
BODY = (
    "The tunnel, which opened in 1998, is one of the busiest in the region and carries "
    "traffic between the coast and the capital. Engineers have long warned about its "
    "ventilation, and a report commissioned by the transport ministry urged a full "
    "refurbishment of the fans and the escape galleries. The road authority said the work "
    "was planned but had been delayed by disputes over who should pay for it. Drivers "
    "described thick black smoke filling the tube within minutes, and several said they "
    "had abandoned their cars and walked towards the exits in darkness. Residents of the "
    "nearby villages were told to keep their windows closed while the smoke cleared. "
    "The regional governor said an inquiry would examine how the tanker was allowed in. "
    "Rail services between the two towns were running normally on Wednesday, and buses "
    "were laid on for commuters who usually drive through the tunnel. "
)
DEEP = "The refurbishment was budgeted at 64 million crowns, the road authority said. "
TAIL = "About 4,000 lorries a day use the tunnel, the haulage association said."
LONG = LEDE + BODY + DEEP + BODY + TAIL


def _alerts(text: str, title: str, config: BrainConfig | None = None) -> list[tuple[str, float]]:
    out = run_stream([("a1", "2026-03-03T10:00:00Z", title, text)], config)
    return [(a["kind"], a["claim"]["value"]) for a in out[0][2]]


def test_a_figure_deep_in_a_long_report_is_not_announced() -> None:
    assert LONG.index("64 million") >= ledger.LEDE_CHARS
    assert len(LONG) >= ledger.LONG_ARTICLE_CHARS
    got = _alerts(LONG, "Tanker fire in Orsk tunnel kills three")
    assert ("new_figure", 3.0) in got and ("new_figure", 14.0) in got
    assert {64_000_000.0, 4000.0}.isdisjoint(v for _, v in got)
    # the same sentence in the lede is news: announced
    got = _alerts(LEDE + DEEP + BODY + BODY + TAIL, "Tanker fire in Orsk tunnel kills three")
    assert ("new_figure", 64_000_000.0) in got
    # and the rule is a knob: a lede long enough to hold the whole report announces it
    got = _alerts(LONG, "Tanker fire in Orsk tunnel kills three", BrainConfig(lede_chars=10_000))
    assert ("new_figure", 64_000_000.0) in got


def test_a_shorter_report_is_news_throughout() -> None:
    # 1,200 characters: no body behind the lede, its fifth paragraph may be the day's news
    text = LEDE + BODY + DEEP
    assert text.index("64 million") >= ledger.LEDE_CHARS
    got = _alerts(text, "Tanker fire in Orsk tunnel kills three")
    assert ("new_figure", 64_000_000.0) in got


def test_a_deep_figure_the_headline_carries_is_announced() -> None:
    got = _alerts(LONG, "Orsk tunnel fire: refurbishment was budgeted at 64 million")
    assert ("new_figure", 64_000_000.0) in got


def test_in_lede() -> None:
    kw = {"reach": 3000, "lede_chars": 1000, "long_chars": 2000}
    c = {"start": 1500, "text": "about 9 tonnes"}
    assert not ledger.in_lede(c, "Tunnel fire kills five", **kw)
    assert ledger.in_lede(c, "Tunnel fire kills five", **{**kw, "reach": 1999})
    assert ledger.in_lede(c, "Tunnel fire: lorry carried 9 tonnes of paint", **kw)
    assert ledger.in_lede({**c, "start": 999}, None, **kw)
    assert ledger.in_lede({"text": "five"}, None, **kw)  # no position: nothing to go on
    seven = {"start": 2000, "text": "Seven"}
    assert ledger.in_lede(seven, "Seven missing after crush", **kw)
    assert not ledger.in_lede(seven, "17 missing after crush", **kw)


def test_a_deep_figure_is_recorded_and_opens_its_key_silently() -> None:
    claim = {
        "value": 64e6,
        "low": 64e6,
        "high": 64e6,
        "bound": "exact",
        "unit": "EUR",
        "metric": "refurbishment|cost|money",
        "about": "refurbishment",
        "property": "cost",
        "text": "64 million euros",
        "quote": "It cost 64 million euros.",
        "start": 1500,
    }
    art = {"id": "a1", "outlet": "X", "published_at": "2026-03-03T10:00:00Z"}
    kw = dict(story="s", metric="refurbishment|cost|money", label="cost", event_t=1e9, now_iso="t")
    entry, decisions, added = ledger.decide(None, claim, art, in_lede=False, **kw)
    assert decisions == [] and added == 1 and entry["new_alerted"]
    _, decisions, _ = ledger.decide(None, claim, art, in_lede=True, **kw)
    assert [d[0] for d in decisions] == ["new_figure"]


def _toll(value: float, quote: str, start: int) -> dict:
    text = quote.split(" people")[0].split()[-1]
    return {
        "value": value,
        "low": value,
        "high": value,
        "bound": "exact",
        "metric": "people|killed",
        "about": "people",
        "property": "killed",
        "text": text,
        "quote": quote,
        "start": start,
    }


def _second(quote: str, value: float, in_lede: bool) -> list[str]:
    kw = dict(story="s", metric="people|killed", label="people killed", now_iso="t")
    a1 = {"id": "a1", "outlet": "X", "published_at": "2026-03-03T10:00:00Z"}
    a2 = {"id": "a2", "outlet": "Y", "published_at": "2026-03-03T18:00:00Z"}
    first = _toll(5, "Fire kills 5 people in Orsk tunnel, the fire service said.", 10)
    entry, _, _ = ledger.decide(None, first, a1, event_t=1e9, **kw)
    _, decisions, added = ledger.decide(
        entry, _toll(value, quote, 2400), a2, event_t=1e9 + 8 * 3600, in_lede=in_lede, **kw
    )
    assert added == 1  # recorded either way
    return [d[0] for d in decisions]


def test_a_body_figure_updates_only_when_its_sentence_carries_the_toll_on() -> None:
    sidebar = "In the Sarnfeld tunnel fire 11 people were killed, the archive shows."
    assert _second(sidebar, 11, in_lede=True) == ["update"]  # in a lede: a higher toll
    assert _second(sidebar, 11, in_lede=False) == []  # in the body: background
    moved = "The death toll rose to 11 people on Tuesday, the fire service said."
    assert _second(moved, 11, in_lede=False) == ["update"]


def test_a_source_moving_its_own_count_is_a_revision() -> None:
    q = (
        "Two people injured in the fire died overnight, the health service said, as the "
        "operator raised its count of vehicles trapped in the blaze to 58 after reviewing "
        "camera footage."
    )
    assert ledger.revision({"quote": q, "text": "58"})
    assert not ledger.revision({"quote": q, "text": "Two"})  # the cue is the 58's only
    q2 = "The agency lowered its estimate to about 2,000, officials said."
    assert ledger.revision({"quote": q2, "text": "2,000"})
    assert not ledger.revision({"quote": "Its count of vehicles was 58.", "text": "58"})


def test_the_whole_after_out_of_is_background() -> None:
    q = "About 1.5 tonnes had escaped, out of about 9 tonnes in the refrigeration system."
    assert ledger.whole_of_part({"quote": q, "text": "about 9 tonnes"})
    assert not ledger.whole_of_part({"quote": q, "text": "About 1.5 tonnes"})
    assert ledger.whole_of_part({"quote": "It won 69 out of 240 seats.", "text": "240"})


RESTATE = (
    "HADRUN - The charity Frontline Aid said on Wednesday that it had treated 460 people "
    "with suspected typhoid in the Qarn camp since March. \\u201cOur clinic has seen 460 "
    "patients who meet the case definition,\\u201d its coordinator said."
)


def test_a_value_restated_under_another_key_is_one_new_figure() -> None:
    text = RESTATE.encode().decode("unicode_escape")
    got = _alerts(text, "Charity says typhoid outbreak larger than reported")
    assert [v for k, v in got if k == "new_figure"].count(460.0) == 1
    # the restatement in reported speech (a quotation is silent anyway: round 16)
    text = text.replace("\u201cOur clinic has", "Its coordinator said the clinic has").replace(
        ",\u201d its coordinator said", ""
    )
    got = _alerts(text, "Charity says typhoid outbreak larger than reported")
    assert [v for k, v in got if k == "new_figure"].count(460.0) == 1
    # off (restatements must be at least 10**9 to be recognised): both keys announce it.
    # Since round 27 the 460 people are a count (no longer "funding" from "Frontline Aid"),
    # a key the brain joins with "460 patients"; "460 cases" keeps a key of its own.
    text = text.replace("460 patients", "460 cases")
    got = _alerts(text, "Charity says typhoid outbreak larger than reported")
    assert [v for k, v in got if k == "new_figure"].count(460.0) == 1
    off = BrainConfig(restated_min_same=1e9, restated_min_other=1e9)
    got = _alerts(text, "Charity says typhoid outbreak larger than reported", off)
    assert [v for k, v in got if k == "new_figure"].count(460.0) == 2


def test_a_later_article_restating_a_known_value_under_another_key_is_silent() -> None:
    first = ("b1", "2026-04-08T09:00:00Z", "Typhoid in Qarn camp", RESTATE.split(" \\u201c")[0])
    later = (
        "b2",
        "2026-04-13T09:00:00Z",
        "Typhoid cases in Qarn camp rise",
        "HADRUN - The health ministry said the count of suspected typhoid cases in the Qarn "
        "camp includes patients first seen by Frontline Aid, which had said it had treated "
        "460 suspected cases.",
    )
    out = run_stream([first, later])
    assert out[1][0] == out[0][0]  # one story
    assert 460.0 not in [a["claim"]["value"] for a in out[1][2] if a["kind"] == "new_figure"]
    off = BrainConfig(restated_min_same=1e9, restated_min_other=1e9)
    out = run_stream([first, later], off)
    assert 460.0 in [a["claim"]["value"] for a in out[1][2] if a["kind"] == "new_figure"]


def test_one_value_of_two_quantities_in_one_sentence_is_announced_twice() -> None:
    text = (
        "VARNO - A gunman opened fire at a market in Varno on Tuesday, killing 12 people and "
        "wounding 12 others, police said."
    )
    got = _alerts(text, "Gunman kills 12 at Varno market")
    assert [v for k, v in got if k == "new_figure"].count(12.0) == 2
