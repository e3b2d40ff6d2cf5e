"""Round 60 (q60): a figure whose key named no noun though its sentence names one."""

from claimlogic.extract import extract_claims


def _keys(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.metric) for c in extract_claims(text)]


def test_part_of_an_owners_staff_takes_the_noun() -> None:
    keys = _keys("The bus operator said 240 of its drivers had called in sick on Monday.")
    assert (240.0, "drivers|count") in keys


def test_part_of_its_own_things_takes_the_noun() -> None:
    keys = _keys("The hospital said 35 of its own nurses had tested positive.")
    assert (35.0, "nurses|count") in keys


def test_part_of_an_owners_members_is_left_alone() -> None:
    # the owner's roll ("its 6,800 members") is the story's count of the noun: a part of
    # it is told only by its verb, left as it was (guard: passes on main)
    keys = _keys("The dockers' union said 2,700 of its members had stopped work on Monday.")
    assert all(not k.startswith("members") for _, k in keys)


def test_part_of_their_own_things_takes_the_noun() -> None:
    keys = _keys("The ferry operators said nine of their boats were stuck in port.")
    assert (9.0, "boats|count") in keys


def test_part_of_a_named_whole_is_a_subset() -> None:
    keys = _keys("The bank said it would shut 35 of its 210 branches by June.")
    assert (35.0, "branches|count|subset") in keys
    assert (210.0, "branches|count") in keys


def test_part_of_a_whole_in_words_is_a_subset() -> None:
    keys = _keys("The carrier said three of its eleven cargo jets were grounded.")
    assert (3.0, "cargo aircraft|count|subset") in keys


def test_toll_of_an_owners_part_keeps_people() -> None:
    # a toll of such a part already had a key before round 60 (guard: passes on main)
    keys = _keys("The army said six of its soldiers had been killed in the shelling.")
    assert (6.0, "people|killed") in keys


def test_part_of_the_noun_is_unchanged() -> None:
    # "of the" partitives were keyed on their noun already (guard: passes on main)
    keys = _keys("Rangers said 14 of the wolves had been fitted with collars.")
    assert (14.0, "wolves|count") in keys


def test_pronoun_part_is_not_read_as_an_owner() -> None:
    # "of them" names no noun of its own: left as it was (guard: passes on main)
    keys = _keys("Prosecutors said 12 of them had been charged.")
    assert all(not k.startswith("them") for _, k in keys)


def test_part_of_them_with_an_event_of_its_own_takes_the_last_count() -> None:
    keys = _keys(
        "Officers detained 48 fans after the match. Prosecutors said 15 of them had been charged."
    )
    assert (48.0, "fans|arrested") in keys
    assert (15.0, "fans|charged") in keys


def test_part_of_those_with_no_event_of_its_own_names_nothing() -> None:
    # "were children": a part with no event or state of its own keeps a key of its own
    # (guard: passes on main)
    keys = _keys(
        "Coastguards brought 160 migrants ashore on Monday. "
        "She said about 30 of those on board were children."
    )
    assert any(v == 30.0 and k.startswith("quantity?") for v, k in keys)


def test_a_sum_with_no_subject_takes_what_it_is_spent_on() -> None:
    keys = _keys("The province said it would spend 6 million euros on new flood barriers.")
    assert (6_000_000.0, "flood barriers|cost|money") in keys


def test_a_sum_paid_into_a_fund_takes_the_fund() -> None:
    keys = _keys("The operator said it would pay 3 million crowns into a fund for the victims.")
    assert (3_000_000.0, "fund|amount|money") in keys


def test_a_sum_on_a_day_keeps_its_key() -> None:
    # a day is no thing a sum goes to (guard: passes on main)
    keys = _keys("The firm lost 40 million dollars on Tuesday.")
    assert (40_000_000.0, "loss|amount|money") in keys


def test_a_sum_set_aside_for_a_thing_takes_the_thing() -> None:
    keys = _keys("The county said it had approved 9 million rand for the repairs.")
    assert (9_000_000.0, "repairs|funding|money") in keys


def test_a_sum_for_the_first_time_names_nothing() -> None:
    # "for the first time" is no thing a sum goes to (guard: passes on main)
    keys = _keys("It paid 2 million dollars for the first time.")
    assert all(not k.startswith("time") for _, k in keys)
