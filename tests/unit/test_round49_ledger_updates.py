"""Round 49 (ledger): false contradictions against an earlier article's figure.

* An open bound given again with its bound and value ("at least 480 sheep", "no more than
  12 tonnes" of an earlier report) is that side restated: the disagreement was told when
  the value first came, even when the place or time read around it differs.
"""

from __future__ import annotations

from claimlogic import ledger

FIRST = (
    "The farmers' union said on Monday that at least 480 sheep had died in the snow on the "
    "upland farms."
)
AGAIN = (
    "The farmers' union says at least 480 sheep have died in the snow, far above the "
    "ministry's count."
)


def _claim(value: float, quote: str, bound: str = "exact") -> dict[str, object]:
    return {
        "value": value,
        "text": f"{value:,.0f}",
        "quote": quote,
        "bound": bound,
        "source": "farmers' union",
        "metric": "sheep|killed",
    }


def _fig(aid: str, claim: dict[str, object]) -> dict[str, object]:
    return {"article": {"id": aid}, "claim": claim}


def test_an_open_bound_given_again_restates_the_earlier_side() -> None:
    figs = [_fig("a1", _claim(480, FIRST, "min")), _fig("a1", _claim(120, FIRST))]
    new = _claim(480, AGAIN, "min")
    assert ledger.restates_earlier(new, figs, "a2", 0.02, bounds=True)


def test_bounds_are_read_only_when_asked() -> None:
    figs = [_fig("a1", _claim(480, FIRST, "min"))]
    assert not ledger.restates_earlier(_claim(480, AGAIN, "min"), figs, "a2", 0.02)


def test_another_bound_or_value_is_no_restatement() -> None:
    figs = [_fig("a1", _claim(480, FIRST, "max")), _fig("a1", _claim(500, FIRST, "min"))]
    new = _claim(480, AGAIN, "min")
    assert not ledger.restates_earlier(new, figs, "a2", 0.02, bounds=True)


def test_a_bound_of_this_article_is_no_earlier_side() -> None:
    figs = [_fig("a2", _claim(480, FIRST, "min"))]
    assert not ledger.restates_earlier(_claim(480, AGAIN, "min"), figs, "a2", 0.02, bounds=True)


# * "dispute" / "disputed" after a determiner names the story's dispute ("over the
#   dispute", "since its disputed merger vote"), no figure disputed: a body's running
#   total given so is no side of a disagreement.
TOTAL = "The council said rent rebates had been paid to 2,300 tenants in all during the dispute."
ADJECTIVE = "The club has lost 900 supporters since its disputed merger vote, its secretary said."
FIGURE = "The council said 2,300 tenants had been paid, disputing the union's figure."
DISPUTED_COUNT = "The club said 900 supporters had left, a figure the league disputed."


def _c(value: float, quote: str) -> dict[str, object]:
    return {"value": value, "text": f"{value:,.0f}", "quote": quote, "metric": "tenants|count"}


def test_the_story_s_dispute_is_no_dispute_of_the_figure() -> None:
    for v, q in ((2300, TOTAL), (900, ADJECTIVE)):
        assert not ledger.disputed(_c(v, q)), q
        assert not ledger.disputes_figure(_c(v, q)), q


def test_a_figure_disputed_is_still_a_dispute() -> None:
    assert ledger.disputed(_c(2300, FIGURE))
    assert ledger.disputes_figure(_c(2300, FIGURE))
    assert ledger.disputed(_c(900, DISPUTED_COUNT))


def test_the_disputed_figure_is_no_story_dispute() -> None:
    q = "The union said 400 tenants were owed money, citing the disputed count."
    m = next(ledger._DISPUTE.finditer(q))
    assert not ledger.story_dispute_word(q, m)


# * The missing among those aboard against how many were aboard: a part and its whole
#   under one generic key, never two readings of one quantity.
ON_BOARD = "The coastguard said the ferry had been carrying about 210 people when it sank."
STILL_MISSING = "A relatives' group said 64 people who had been on the ferry were still missing."
GONE = "We know of 40 passengers who boarded at dawn and have not been traced."
OTHER_BOARD = "The ferry company said 160 people had been on board, according to its manifest."


def _p(value: float, quote: str) -> dict[str, object]:
    return {"value": value, "text": f"{value:,.0f}", "quote": quote, "metric": "people|count"}


def test_the_missing_are_no_reading_of_those_aboard() -> None:
    assert ledger.missing_of_aboard(_p(64, STILL_MISSING), _p(210, ON_BOARD))
    assert ledger.missing_of_aboard(_p(40, GONE), _p(210, ON_BOARD))
    assert ledger.missing_of_aboard(_p(210, ON_BOARD), _p(64, STILL_MISSING))


def test_two_counts_aboard_are_still_readings_of_one_quantity() -> None:
    assert not ledger.missing_of_aboard(_p(160, OTHER_BOARD), _p(210, ON_BOARD))
    assert not ledger.missing_of_aboard(_p(40, GONE), _p(64, STILL_MISSING))


# * A figure set in an earlier year than its report ("a 2031 survey put the repair at 5
#   million marks") is background: no side of a later estimate set against it.
T0 = 2.0e9  # 2033
SURVEY = (
    "Councillors have said a 2031 survey put the cost of repairing the weir at 5 million marks."
)
NOW = (
    "Councillors have said the latest survey put the cost of repairing the weir at 5 million marks."
)
ANSWER = (
    "An engineering firm put the cost of repairing the weir at 12 million marks, far above "
    "the 5 million marks given by the survey."
)


def _sum(value: float, quote: str, source: str) -> dict[str, object]:
    text = f"{value / 1e6:.0f} million marks"
    return {
        "value": value,
        "low": value,
        "high": value,
        "bound": "exact",
        "unit": "marks",
        "metric": "weir|cost|money",
        "text": text,
        "quote": quote,
        "source": source,
    }


def _answer_kinds(first_quote: str) -> list[str]:
    kw = dict(story="s", metric="weir|cost|money", label="weir cost", now_iso="t")
    a1 = {"id": "a1", "outlet": "X"}
    a2 = {"id": "a2", "outlet": "Y"}
    entry, _, _ = ledger.decide(None, _sum(5e6, first_quote, "Councillors"), a1, event_t=T0, **kw)
    _, decisions, _ = ledger.decide(
        entry,
        _sum(12e6, ANSWER, "engineering firm"),
        a2,
        event_t=T0 + 86400,
        article_values=[5e6, 12e6],
        **kw,
    )
    return [d[0] for d in decisions]


def test_a_past_year_s_figure_is_no_side() -> None:
    assert ledger.of_a_past_year(_sum(5e6, SURVEY, "Councillors"), T0)
    assert "contradiction" not in _answer_kinds(SURVEY)


def test_a_figure_of_the_story_s_year_is_still_a_side() -> None:
    assert _answer_kinds(NOW) == ["contradiction"]


# * A reading recalled from before the article's news ("which said on Monday that at least
#   70", "had earlier put the toll at 12") is a side restated, no new side.
RECALLED = (
    "The tenants' union, which said on Monday that at least 70 flats were damp, said it "
    "stood by its figure."
)
PLUPERFECT = (
    "The tenants' union said its members had reported 70 damp flats, well above the number "
    "given by the council."
)


def test_a_recalled_reading_is_told() -> None:
    assert ledger.recalled_reading({"quote": RECALLED, "text": "at least 70"})
    earlier = "The union had earlier put the count at 70 flats."
    assert ledger.recalled_reading({"quote": earlier, "text": "70"})


def test_a_new_reading_in_the_pluperfect_is_not_recalled() -> None:
    assert not ledger.recalled_reading({"quote": PLUPERFECT, "text": "70"})


# * A sentence that names the other figure as an earlier reading and says the count moved
#   from it ("more than the clinics' first count of 52, after ...") is the count moved on.
FIRST_COUNT = (
    "Police said they had now traced 61 people who fell ill at the fair, more than the "
    "clinics' first count of 52, after contacting visitors who went home."
)
RIVAL_COUNT = (
    "Police said they had now traced 61 people who fell ill at the fair, more than the "
    "clinics' count of 52."
)


def _ill(value: float, quote: str, text: str, source: str) -> dict[str, object]:
    return {
        "value": value,
        "low": value,
        "high": value,
        "bound": "exact",
        "metric": "people|ill",
        "text": text,
        "quote": quote,
        "source": source,
    }


def _kinds_in_one_article(quote: str) -> list[str]:
    kw = dict(story="s", metric="people|ill", label="people ill", now_iso="t")
    a1 = {"id": "a1", "outlet": "X"}
    old = _ill(52, quote, "52", "clinics")
    entry, _, _ = ledger.decide(None, old, a1, event_t=T0, in_lede=True, **kw)
    _, decisions, _ = ledger.decide(
        entry,
        _ill(61, quote, "61", "Police"),
        a1,
        event_t=T0,
        disputed=52.0,
        moved_from=52.0,
        article_values=[52.0, 61.0],
        **kw,
    )
    return [d[0] for d in decisions]


def test_a_first_count_named_and_moved_from_is_updated() -> None:
    assert ledger.earlier_reading_named(_ill(61, FIRST_COUNT, "61", "Police"))
    assert _kinds_in_one_article(FIRST_COUNT) == ["update"]


def test_another_body_s_count_named_is_still_a_side() -> None:
    assert not ledger.earlier_reading_named(_ill(61, RIVAL_COUNT, "61", "Police"))
    assert _kinds_in_one_article(RIVAL_COUNT) == ["contradiction"]


# * A speaker that corrects its own earlier figure by a bare ", not the figure announced on
#   Monday" updates that figure, whatever source the extractor read for the sentence.
CORRECTED = (
    "In a statement, the commission said a recount of the forms showed 2,150 claims had "
    "been refused, not the figure announced on Monday."
)
COMMISSION = "The regional claims commission said 1,700 claims had been refused."
LAWYER = "Their lawyer, Ida Brenn, said at least 3,000 claims had been refused."


def _claims(value: float, quote: str, text: str, source: str) -> dict[str, object]:
    return {
        "value": value,
        "low": value,
        "high": value,
        "bound": "exact",
        "metric": "claims|count",
        "text": text,
        "quote": quote,
        "source": source,
    }


def test_a_speaker_s_bare_correction_finds_its_own_figure() -> None:
    new = _claims(2150, CORRECTED, "2,150", "not the figure")
    figs = [
        {
            "claim": _claims(1700, COMMISSION, "1,700", "regional claims commission"),
            "t": 1.0,
            "fid": "f1",
        },
        {"claim": _claims(3000, LAWYER, "3,000", "Ida Brenn"), "t": 1.0, "fid": "f2"},
    ]
    got = ledger.own_figure_corrected(new, figs)
    assert got is not None and got["fid"] == "f1"


def test_without_the_bare_correction_no_own_figure_is_named() -> None:
    quote = "In a statement, the commission said a recount showed 2,150 claims had been refused."
    new = _claims(2150, quote, "2,150", "commission")
    fig = {
        "claim": _claims(1700, COMMISSION, "1,700", "regional claims commission"),
        "t": 1.0,
        "fid": "f1",
    }
    assert ledger.own_figure_corrected(new, [fig]) is None


def test_another_speaker_s_figure_is_not_its_own() -> None:
    new = _claims(2150, CORRECTED, "2,150", "not the figure")
    fig = {"claim": _claims(3000, LAWYER, "3,000", "Ida Brenn"), "t": 1.0, "fid": "f2"}
    assert ledger.own_figure_corrected(new, [fig]) is None


def test_disputes_counted_under_the_key_are_no_cue() -> None:
    q = "Mediators handled 41 tenancy disputes last year, of which 30 were settled, the board said."
    c = {"value": 41, "text": "41", "quote": q, "metric": "tenancy disputes|count"}
    assert not ledger.disputed(c)
    assert not ledger.disputes_figure(c)
    m = next(ledger._DISPUTE.finditer(q))
    assert ledger.story_dispute_word(q, m, "tenancy disputes|count")
    assert not ledger.story_dispute_word(q, m, "cases|count")


def test_a_side_told_before_and_said_so_after_the_figure_is_recalled() -> None:
    q = 'Their lawyer said the loss was 3 million crowns, "as we told the tribunal in May."'
    assert ledger.recalled_reading({"quote": q, "text": "3 million crowns"})
    plain = 'Their lawyer said the loss was 3 million crowns, "as anyone can see from the books."'
    assert not ledger.recalled_reading({"quote": plain, "text": "3 million crowns"})
