"""Round 70 (n70, extractor noun-less counts): a count with no noun of its own that its
speaker gives as the object of "had / has / have + participle", ending its clause ("The
insurer said it had received about 700.", "said its inspectors had confirmed 5,200.",
"said it had counted 180 and would ...") is the speaker's own count of the quantity just
named -- a reading of it, as "put the figure at N" -- not a key of its own never compared.
A noun after the figure, a part ("of them") or more of the clause leaves it alone.
"""

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[float, str]:
    return {c.value or 0.0: c.metric for c in extract_claims(text)}


def test_had_received_reads_the_count_just_named() -> None:
    keys = _keys(
        "The tenants' union said residents had lodged 2,400 complaints about mould. "
        "The housing company said it had received about 900."
    )
    assert keys[900.0] == keys[2400.0] == "complaints|count"


def test_had_confirmed_with_a_clause_after_and() -> None:
    keys = _keys(
        "The fishermen's cooperative said 310 boats were damaged by the storm. "
        "The coastguard said its crews had counted 120 and would finish on Friday."
    )
    assert keys[120.0] == keys[310.0]


def test_had_verified_in_quote_marks() -> None:
    keys = _keys(
        "The organisers said 4,500 runners finished the race. "
        'The timing firm said it had recorded "no more than 3,900".'
    )
    assert keys[3900.0] == keys[4500.0]


def test_no_speaker_keeps_a_key_of_its_own() -> None:
    keys = _keys("Crews cleared 310 fallen trees on Monday. They had cleared 120.")
    assert keys[120.0].startswith("quantity?")


def test_more_of_the_clause_keeps_a_key_of_its_own() -> None:
    keys = _keys(
        "The county said 48 people were hurt in the crash. "
        "The clinic said it had treated seven, most of them for cuts."
    )
    assert keys[7.0].startswith("quantity?")


def test_a_part_or_a_noun_after_the_figure_is_not_this_shape() -> None:
    keys = _keys(
        "The county said 48 people were hurt in the crash. "
        "The clinic said it had treated 12 of them."
    )
    assert keys[12.0] != keys[48.0]


def test_an_act_of_the_speakers_own_keeps_a_key_of_its_own() -> None:
    keys = _keys(
        "The pilots' union said 300 flights were delayed on Monday. "
        "The airline said it had cancelled 40."
    )
    assert keys[40.0].startswith("quantity?")


def test_said_n_had_joined_counts_the_crowd_just_named() -> None:
    keys = _keys(
        "Police said 6,000 people marched through the old town on Sunday. "
        "The organisers said 22,000 had joined."
    )
    assert keys[22_000.0] == keys[6000.0]


def test_said_n_remained_and_were_still_there() -> None:
    keys = _keys(
        "The agency said 14,000 families had left the flooded valley. "
        "The mayor said only 3,000 remained."
    )
    assert keys[3000.0] == keys[14_000.0]
    keys = _keys(
        "The embassy said 64 workers were in the camp. "
        "Their union said more than 120 were still there."
    )
    assert keys[120.0] == keys[64.0]


def test_said_n_were_treated_is_a_part_of_its_own() -> None:
    keys = _keys(
        "The county said 48 people were hurt in the crash. "
        "The clinic said five were being treated for burns. "
        "The hospital said two were in a critical condition."
    )
    assert keys[5.0].startswith("quantity?")
    assert keys[2.0] != keys[48.0]


def test_said_n_had_been_released_is_a_part_of_its_own() -> None:
    keys = _keys(
        "Police said 90 protesters were arrested on Friday. The court said 31 had been released."
    )
    assert keys[31.0] != keys[90.0]


def test_a_number_as_a_singular_subject_is_talk_about_the_number() -> None:
    text = 'The council said 240 homes were flooded. The tenants said: "Ninety is wrong."'
    keys = _keys(text)
    assert keys[240.0] == "homes|count"
    assert keys[90.0] != "homes|count"
