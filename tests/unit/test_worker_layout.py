"""Worker layouts: journal keys, the guard of analyze_in_brain, deliver_in_brain."""

from __future__ import annotations

import pytest
from aiokafka import TopicPartition

from claimwatch.embedded import EmbeddedStack
from claimwatch.settings import Settings
from topics.catalog import ALERTS, ANALYZED, ARTICLES, ARTICLES_PARTITIONS, consumed_topics
from workers.app import check_owns_all_articles, journal_key


def test_journal_keys_of_articles_and_analyzed_records_never_collide() -> None:
    # Analyzed records keep the key the journal always had (state written
    # before analyze_in_brain existed is still recognised).
    assert journal_key(ANALYZED, 0, 123) == "0:123"
    article = journal_key(ARTICLES, 0, 123)
    assert article != journal_key(ANALYZED, 0, 123)
    assert article != journal_key(ARTICLES, 1, 123) != journal_key(ARTICLES, 0, 124)


def test_a_worker_must_own_all_articles_partitions_or_none() -> None:
    every = {TopicPartition(ARTICLES, p) for p in range(ARTICLES_PARTITIONS)}
    others = {TopicPartition(ANALYZED, 0), TopicPartition(ALERTS, 2)}
    check_owns_all_articles(every | others)
    check_owns_all_articles(others)  # e.g. a worker left with the alerts only
    check_owns_all_articles(set())
    with pytest.raises(RuntimeError, match="ANALYZE_IN_BRAIN=false"):
        check_owns_all_articles({TopicPartition(ARTICLES, 0), TopicPartition(ARTICLES, 2)})


def test_analyze_in_brain_is_on_for_the_embedded_stack_only_and_can_be_turned_off() -> None:
    assert Settings().analyze_in_brain is False
    stack = EmbeddedStack()  # not started: settings() only reads ports
    assert stack.settings().analyze_in_brain is True
    assert stack.settings(analyze_in_brain=False).analyze_in_brain is False
    env = Settings(analyze_in_brain=True).to_env()
    assert env["CLAIMWATCH_ANALYZE_IN_BRAIN"] == "true"
    assert Settings.from_env(env).analyze_in_brain is True


def test_deliver_in_brain_is_on_for_the_embedded_stack_only_and_drops_the_alerts_topic() -> None:
    assert Settings().deliver_in_brain is False
    stack = EmbeddedStack()
    assert stack.settings().deliver_in_brain is True
    assert stack.settings(deliver_in_brain=False).deliver_in_brain is False
    assert Settings.from_env({"CLAIMWATCH_DELIVER_IN_BRAIN": "true"}).deliver_in_brain is True
    # Nothing commits the alerts topic when the brain delivers: draining must not wait for it.
    assert ALERTS in consumed_topics(deliver_in_brain=False)
    assert consumed_topics(deliver_in_brain=True) == (ARTICLES, ANALYZED)
