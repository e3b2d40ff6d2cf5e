"""Round 52 (x52): figures that are no reading of the story's quantities.

Sentences of our own, not copied from any split."""

from claimlogic.extract import credited_copy, extract_claims


def test_a_syndicated_copy_is_recognised_by_its_dateline() -> None:
    # the dateline credits another outlet's report: a copy that restates it (the brain
    # reads no figures from it when it joins a running story: test_round52_copy.py)
    for text in (
        "BRAMLEY, Oct 4 (Lowland Echo, from Central Wire Agency) - Police said 14 people "
        "were hurt when a footbridge collapsed, and two remain in hospital.",
        "PORT WELLARD (Harbour Gazette, from Southern Press Service) - The insurer put the "
        "loss at 60 million euros.",
        "NEW KARVO, May 2 (Evening Courier via Eastline News) - Rescuers have freed 31 miners.",
    ):
        assert credited_copy(text)
        assert extract_claims(text)  # extracted all the same: it may be the only report


def test_an_outlets_own_report_keeps_its_claims() -> None:
    # an outlet's own dateline, a bracket that credits no other report, and "from" in the
    # sentence itself
    for text, value in (
        ("BRAMLEY, Oct 4 (Lowland Echo) - Police said 14 people were hurt.", 14),
        ("PORT WELLARD (Agencies) - The insurer put the loss at 60 million euros.", 60e6),
        (
            "NEW KARVO, May 2 - Rescuers have freed 31 miners, from a shaft (the old one) "
            "- the mine said.",
            31,
        ),
    ):
        assert not credited_copy(text)
        claims = extract_claims(text)
        assert [c.value for c in claims] == [value], text


def _key(text: str, value: float) -> str:
    return next(c.metric for c in extract_claims(text) if c.value == value)


def test_the_places_a_group_came_from_get_a_key_of_their_own() -> None:
    for text, value in (
        ("The stranded climbers came from at least seven countries, the guides said.", 7),
        ("The sick children, from at least four towns, had drunk milk from one dairy.", 4),
        ("Investigators traced rifles from 12 battalions to the dealer.", 12),
    ):
        assert "?" in _key(text, value).split("|")[0], text


def test_places_left_or_donors_keep_their_keys() -> None:
    # a verb of leaving makes the places the story's figure; "and" goes on to count donors
    for text, value in (
        ("The rebels withdrew from 9 towns on Sunday.", 9),
        ("Pledges came from 31 countries and charities.", 31),
        ("Doctors from 14 villages reported cases.", 14),
    ):
        assert "?" not in _key(text, value).split("|")[0], text


def test_a_total_of_last_year_gets_a_key_of_its_own() -> None:
    for text, value in (
        ("Across the province, wolves killed 31 sheep last year, the farmers' union said.", 31),
        ("The airport, which handled 9 million passengers last year, closed on Monday.", 9e6),
        ("Last year the region exported about 70,000 tonnes.", 70000),
        ("The vineyards employ 800 pickers and last year produced 5,000 tonnes of grapes.", 5000),
        ("Its debt stood at 2.1 billion euros at the end of last year.", 2.1e9),
    ):
        assert "?" in _key(text, value).split("|")[0], text


def test_a_span_to_now_or_a_rate_of_last_year_keeps_its_key() -> None:
    for text, value in (
        ("The firm will recall 8,000 heaters sold since May last year.", 8000),
        ("Turnout was 61% last year.", 61),
        ("Police said 40 people had died, the worst toll since last year.", 40),
        ("The fair was cancelled last year, and 3,000 stalls are booked this time.", 3000),
    ):
        assert "?" not in _key(text, value).split("|")[0], text


def test_people_who_work_or_study_somewhere_get_a_key_of_their_own() -> None:
    for text, value in (
        ("About 3,000 people work in fishing along the coast.", 3000),
        ("Some 45,000 students attend the province's colleges.", 45000),
        ("Police sealed the mill, where 260 people work, on Friday.", 260),
    ):
        assert "?" in _key(text, value).split("|")[0], text


def test_people_who_still_work_or_worked_keep_their_keys() -> None:
    for text, value in (
        ("Only 90 people still work at the damaged mill.", 90),
        ("About 150 workers worked through the night to clear the line.", 150),
    ):
        assert "?" not in _key(text, value).split("|")[0], text
