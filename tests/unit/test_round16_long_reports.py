"""Round 16: precision on long reports (the incident's own figures versus context)."""

from __future__ import annotations

from claimlogic import ledger
from tests.unit.streams import run_stream
from tests.unit.test_round13_long_articles import BODY, DEEP, LEDE


def _alerts(text: str, title: str) -> list[tuple[str, float]]:
    out = run_stream([("a1", "2026-03-03T10:00:00Z", title, text)])
    return [(a["kind"], a["claim"]["value"]) for a in out[0][2]]


def test_a_long_report_whose_figures_end_early_still_has_a_body() -> None:
    # the report runs past LONG_ARTICLE_CHARS, its last figure does not: its body is
    # still background (round 13 measured the length by the figures' reach)
    text = LEDE + BODY + DEEP + BODY + BODY[:200]
    assert text.index("64 million") >= ledger.LEDE_CHARS
    assert text.index("64 million") + 20 < ledger.LONG_ARTICLE_CHARS <= len(text)
    got = _alerts(text, "Tanker fire in Orsk tunnel kills three")
    assert ("new_figure", 3.0) in got and ("new_figure", 14.0) in got
    assert 64_000_000.0 not in [v for _, v in got]
    # a report that ends with that figure is short: news throughout (round 13)
    got = _alerts(LEDE + BODY + DEEP, "Tanker fire in Orsk tunnel kills three")
    assert ("new_figure", 64_000_000.0) in got


def _fig(quote: str, text: str, prop: str = "count") -> dict:
    return {"quote": quote, "text": text, "property": prop}


def test_context_figures_are_presupposed_or_possessed() -> None:
    ctx = ledger.context_figure
    # a count the sentence takes as known: a definite or possessive determiner
    assert ctx(_fig("All flights were cancelled and its 31 aircraft were grounded.", "31"))
    assert ctx(_fig("Nurses walked out at the 14 public hospitals in the region.", "14"))
    assert ctx(_fig("Data from the association's 210 member companies.", "210"))
    assert ctx(_fig("It was one of 11 hospitals placed on alert.", "11"))
    # what a place or firm has
    assert ctx(_fig("The hospital, which has 180 beds, cleared a ward.", "180"))
    assert ctx(_fig("Halvern, which employs about 3,400 people, said.", "about 3,400"))
    assert ctx(_fig("A block that houses about 240 students.", "about 240", "displaced"))
    assert ctx(_fig("A former factory with room for 3,000.", "3,000", "funding"))
    # the event's own figures
    assert not ctx(_fig("About 9,400 nurses walked out at the hospitals.", "About 9,400"))
    assert not ctx(_fig("It ordered all of its roughly 46,000 hens culled.", "roughly 46,000"))
    assert not ctx(_fig("The 14 killed were named.", "14", "killed"))  # not a plain count
    assert not ctx(_fig("The ministry now has 19 warships in the strait.", "19"))
    assert not ctx(_fig("The ferry, which had 120 people on board, sank.", "120"))


def test_a_context_figure_opens_its_key_silently() -> None:
    text = (
        "KARLOV - Caravel Air ceased trading on Monday, leaving 38,000 passengers stranded "
        "abroad, the aviation authority said. All flights were cancelled and its 31 "
        "aircraft were grounded."
    )
    got = _alerts(text, "Caravel Air collapses")
    assert ("new_figure", 38_000.0) in got
    assert 31.0 not in [v for _, v in got]
    got = _alerts(text.replace("its 31 aircraft", "31 aircraft"), "Caravel Air collapses")
    assert ("new_figure", 31.0) in got


def test_first_paragraph_end() -> None:
    assert ledger.first_paragraph_end("\n  LEDE one.\n\nBody.") == 12
    assert ledger.first_paragraph_end("One paragraph only.") == 19


def test_a_share_or_plan_past_the_first_paragraph_of_a_long_report_is_background() -> None:
    kw = {"reach": 2500, "first_par_end": 200, "lede_chars": 1000, "long_chars": 2000}
    pay = {"start": 400, "text": "12 percent", "metric": "union|share|ratio"}
    plan = {"start": 400, "text": "6,000", "metric": "crowns|funding", "hedge": "expected"}
    count = {"start": 400, "text": "9,400", "metric": "nurses|count"}
    assert not ledger.in_lede(pay, "Nurses strike over pay", **kw)
    assert not ledger.in_lede(plan, "Tower fire toll rises", **kw)
    assert ledger.in_lede(count, "Nurses strike over pay", **kw)  # a count: still the lede
    # in the first paragraph, in a short report, or in the headline: news
    assert ledger.in_lede({**pay, "start": 150}, "Nurses strike over pay", **kw)
    assert ledger.in_lede(pay, "Nurses strike over pay", **{**kw, "reach": 700})
    assert ledger.in_lede(pay, "Nurses demand 12 percent", **kw)


def test_a_demand_in_a_long_reports_body_is_not_announced() -> None:
    lede = (
        "TARSEL - About 9,400 nurses walked out at hospitals in the Tarsel region on Monday, "
        "the nurses' union said.\n\n"
    )
    demand = "The union is demanding a 12 percent pay rise over two years.\n\n"
    text = lede + demand + BODY + BODY + BODY
    assert len(text) >= ledger.LONG_ARTICLE_CHARS
    got = _alerts(text, "Tarsel nurses strike over pay")
    assert ("new_figure", 9400.0) in got
    assert 12.0 not in [v for _, v in got]
    # the same demand in a brief is news
    got = _alerts(lede + demand, "Tarsel nurses strike over pay")
    assert ("new_figure", 12.0) in got


def test_what_a_cut_leaves_is_a_revision() -> None:
    q = (
        "Arveny has withdrawn most of the troops it sent into the Velhan corridor, leaving "
        "about 2,000 soldiers there, Doruzia's defence ministry said."
    )
    assert ledger.revision({"quote": q, "text": "about 2,000"})
    q2 = "Police freed 30 hostages on Sunday, leaving 12 still held in the building."
    assert ledger.revision({"quote": q2, "text": "12"})
    assert not ledger.revision({"quote": q2, "text": "30"})
    # "leaving" after no cut is the event's result, not a revision
    q3 = "The airline collapsed on Monday, leaving 38,000 passengers stranded abroad."
    assert not ledger.revision({"quote": q3, "text": "38,000"})


def test_troops_left_after_a_pull_back_update_the_count_not_contradict_it() -> None:
    first = (
        "SOLVAR - Arveny has deployed about 4,000 troops in the Velhan corridor, Doruzia's "
        "defence ministry said on Tuesday."
    )
    later = (
        "SOLVAR - Arveny has withdrawn most of the troops it sent into the Velhan corridor, "
        "leaving about 2,000 troops there, Doruzia's defence ministry said on Wednesday."
    )
    out = run_stream(
        [
            ("a1", "2027-10-05T08:00:00Z", "Arveny moves 4,000 troops into Velhan corridor", first),
            ("a2", "2027-10-20T08:00:00Z", "Arveny pulls back most Velhan troops", later),
        ]
    )
    assert out[0][0] == out[1][0]  # one story
    kinds = {(a["kind"], a["claim"]["value"]) for a in out[1][2]}
    assert ("contradiction", 2000.0) not in kinds
    assert ("update", 2000.0) in kinds


def test_a_speakers_own_words_are_spoken() -> None:
    def sp(quote: str, text: str) -> bool:
        return ledger.spoken({"quote": quote, "text": text})

    assert sp('"We have 60 toilets for 7,000 people.', "60")
    assert sp("“We have 60 toilets for 7,000 people,” the camp manager said.", "60")
    # a quotation going on from an earlier sentence, closing after the figure
    assert sp("There are 61 vehicles in that bore,” the fire chief said.", "61")
    assert sp('There are 61 vehicles in that bore," the fire chief said.', "61")
    # the reporter's sentence, a quoted phrase inside it, a figure after a quote closed
    assert not sp("The fire chief said 61 vehicles were in the bore.", "61")
    assert not sp('He accused police of deploying "more than 4,000 officers" there.', "4,000")
    assert not sp('"It is a disaster," he said, adding that 50,000 rupees would be paid.', "50,000")
    assert not sp("He said the ice cracked “like a gunshot” with 12 people on it.", "12")


def test_a_figure_in_a_quotation_opens_its_key_silently() -> None:
    lede = (
        "ORVIK - About 9,800 people have crossed into Kelsia since Monday, the border "
        "police said on Saturday. "
    )
    got = _alerts(lede + '"We have 60 toilets here," a camp manager said.', "Thousands flee")
    assert ("new_figure", 9800.0) in got
    assert 60.0 not in [v for _, v in got]
    got = _alerts(lede + "A camp manager said the camp had 60 toilets.", "Thousands flee")
    assert ("new_figure", 60.0) in got


def test_a_wire_slug_is_no_headline_figure() -> None:
    kw = {"reach": 2500, "lede_chars": 1000, "long_chars": 2000}
    levy = {"start": 1600, "text": "1 euro", "metric": "levy|amount|money"}
    assert not ledger.in_lede(levy, "UPDATE 1-Caravel repatriation passes halfway mark", **kw)
    assert ledger.in_lede(levy, "Caravel: government proposes 1 euro levy", **kw)


def test_a_value_another_article_gave_for_the_same_noun_is_a_restatement() -> None:
    first = (
        "a1",
        "2027-06-01T08:00:00Z",
        "Morlund says Vardania sent 14 warships into Ostrel Strait",
        "KESSHAVEN - Vardania has sent 14 warships into the Ostrel Strait, Morlund's "
        "defence ministry said on Wednesday.",
    )
    later = (
        "a2",
        "2027-06-02T08:00:00Z",
        "Vardania says only six ships in Ostrel Strait drill",
        "NORVIK - Vardania said on Thursday that only six of its ships were in the Ostrel "
        "Strait. Morlund's defence ministry stood by its count of 14 warships in the strait.",
    )
    out = run_stream([first, later])
    assert out[0][0] == out[1][0]
    assert ("new_figure", 14.0) in [(a["kind"], a["claim"]["value"]) for a in out[0][2]]
    assert 14.0 not in [a["claim"]["value"] for a in out[1][2] if a["kind"] == "new_figure"]


def test_a_number_after_number_is_a_label() -> None:
    q = "The alarm came only after a motorist called the emergency number 112, it said."
    c = {"quote": q, "text": "112", "property": "count", "value": 112.0}
    assert ledger.numbered_items(c, "vehicles|count")
    assert not ledger.newsworthy(c, "vehicles|count")
    q2 = "The number of vehicles trapped rose to 112, the operator said."
    assert not ledger.numbered_items({**c, "quote": q2}, "vehicles|count")
