"""Round 72 (k72, extractor subject picks): a noun of saying is not what a figure counts.

* "The operator said in a statement that about 80 tonnes of grain had spilled", "The
  mayor told reporters that only 2,400 remained": the statement and the reporters are how
  the figure was given. Before, the key's subject was that noun ("statement|count|mass",
  "reporters|count"), a key no other report of the quantity shares. Now the figure reads
  the quantity just named, as "put the figure at N" does.
* "its own review had found that 1.1 million dollars were missing", "its own audit had
  identified 45": a review or an audit is evidence the figure is read from, as a survey
  or a count already was ("showed", "found", now "identified" too).
* "The helpline received 340 reports of leaks" still counts the reports, and a
  statement or report that names no "that" clause is left as it was.
"""

from claimlogic.extract import extract_claims


def _keys(text: str) -> dict[float, str]:
    return {c.value or 0.0: c.metric for c in extract_claims(text)}


def test_figure_said_in_a_statement_reads_the_quantity_named() -> None:
    keys = _keys(
        "About 300 tonnes of diesel leaked from the barge on Monday, the coastguard said. "
        "The barge's owner said in a statement that no more than 90 tonnes had leaked."
    )
    assert keys[90.0].split("|")[0] == keys[300.0].split("|")[0] == "diesel"


def test_figure_told_to_reporters_reads_the_quantity_named() -> None:
    keys = _keys(
        "The council said 4,100 people had left the village since March. "
        "The mayor told reporters in the square that only 2,400 remained."
    )
    assert keys[2400.0].split("|")[0] != "reporters"
    assert keys[2400.0].split("|")[0] == keys[4100.0].split("|")[0]


def test_counted_reports_still_count_reports() -> None:
    keys = _keys("The helpline said it had received 340 reports of leaks since Friday.")
    assert keys[340.0].split("|")[0] == "reports"


def test_figure_a_review_found_reads_the_quantity_named() -> None:
    keys = _keys(
        "Police said 2.4 million dollars had gone missing from the fund. "
        "The charity said its own review had found that 1.1 million dollars were missing."
    )
    assert keys[1.1e6].split("|")[0] != "review"


def test_figure_an_audit_identified_reads_the_quantity_named() -> None:
    keys = _keys(
        "Inspectors counted 120 unsafe ladders at the depot. "
        "The firm said its own audit had identified 45 at the depot."
    )
    assert keys[45.0].split("|")[0] == "unsafe ladders"


def test_own_calculation_that_came_to_a_sum_reads_the_quantity_named() -> None:
    keys = _keys(
        "The union said members were owed 3.2 million euros in back pay. "
        "The administrator said his own calculation came to 2.1 million euros."
    )
    assert keys[2.1e6].split("|")[0] != "calculation"
    assert keys[2.1e6].split("|")[0] == keys[3.2e6].split("|")[0]
