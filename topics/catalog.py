"""Topic catalogue: every topic claimwatch reads or writes, with partitions and configs.

Tansu (the embedded broker) auto-creates unknown topics with 4 partitions and
cannot add partitions later, and Faust needs changelog topics whose partition
count equals their source topic's, so every topic -- Faust's internal ones
included -- is created up front from this list (`claimwatch topics create`,
and the Compose init service).
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Raw articles from replay and ingestion. Keyed by article id; extraction is
#: stateless, so this topic scales with partitions and workers.
ARTICLES = "claimwatch-articles"
#: Articles with their extracted claims and fingerprints. One partition on
#: purpose: dedup, story grouping and the figure ledger need one ordered view
#: of the whole stream (see docs/architecture.md).
ANALYZED = "claimwatch-analyzed"
#: Alerts (JSON, keyed by story id so a story's alerts stay in order). Users may
#: subscribe; the Redis sink reads it.
ALERTS = "claimwatch-alerts"
#: Anything that could not be processed, with stage and reason.
DEAD_LETTER = "claimwatch-deadletter"

ARTICLES_PARTITIONS = 4
ANALYZED_PARTITIONS = 1
ALERTS_PARTITIONS = 4
DEAD_LETTER_PARTITIONS = 1

#: Faust application id; also the consumer group and the prefix of its internal topics.
APP_ID = "claimwatch"

#: Faust tables of the brain agent. Their changelogs must have the analyzed topic's
#: partition count.
TABLES = (
    "articles-seen",
    "dedup-bands",
    "stories",
    "story-terms",
    "ledger",
    "alerts-emitted",
    "expiry",
)

#: The brain's write-ahead journal (claimlogic/journal.py): each analyzed
#: record's planned table writes and alerts, stored before they are applied.
JOURNAL_TABLE = "brain-journal"

#: Seven days: long enough to replay a week's news after an outage.
_RETENTION_MS = str(7 * 24 * 3600 * 1000)
#: Real Kafka's default message cap is 1 MB; an article record is capped below it.
_MAX_MESSAGE_BYTES = str(2 * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """One topic as it must exist on the broker before any worker starts."""

    name: str
    partitions: int
    config: dict[str, str] = field(default_factory=dict)


def changelog_topic(app_id: str, table: str) -> str:
    """Name Faust gives a table's changelog topic."""
    return f"{app_id}-{table}-changelog"


def topic_specs(app_id: str = APP_ID) -> list[TopicSpec]:
    """Every topic for an app id, including Faust's changelogs and leader topic."""
    data = {"retention.ms": _RETENTION_MS, "max.message.bytes": _MAX_MESSAGE_BYTES}
    specs = [
        TopicSpec(ARTICLES, ARTICLES_PARTITIONS, data),
        TopicSpec(ANALYZED, ANALYZED_PARTITIONS, data),
        TopicSpec(ALERTS, ALERTS_PARTITIONS, data),
        TopicSpec(DEAD_LETTER, DEAD_LETTER_PARTITIONS, data),
        TopicSpec(f"{app_id}-__assignor-__leader", 1),
    ]
    specs += [
        TopicSpec(changelog_topic(app_id, t), ANALYZED_PARTITIONS, {"cleanup.policy": "compact"})
        for t in (*TABLES, JOURNAL_TABLE)
    ]
    return specs


#: The topics the worker's agents consume: drained when all of them are committed.
PIPELINE_TOPICS = (ARTICLES, ANALYZED, ALERTS)
