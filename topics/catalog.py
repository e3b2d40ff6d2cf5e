"""Topic catalogue: every topic claimwatch reads or writes, with partitions and configs.

Tansu (the embedded broker) auto-creates unknown topics with 4 partitions and
cannot add partitions later, so every topic -- the brain's state and Faust's
internal leader topic included -- is created up front from this list
(`claimwatch topics create`, and the Compose init service).
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

#: The brain agent's tables (plain dicts in the worker, made durable in the
#: brain-state topic below; see claimlogic/statelog.py).
TABLES = (
    "articles-seen",
    "dedup-bands",
    "stories",
    "story-terms",
    "ledger",
    "alerts-emitted",
    "expiry",
)

#: Partitions of the brain-state topic: one, like the analyzed topic the brain reads.
BRAIN_STATE_PARTITIONS = 1

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


def brain_state_topic(app_id: str = APP_ID) -> str:
    """The compacted topic holding the brain's tables and journal, step by step."""
    return f"{app_id}-brain-state"


def topic_specs(app_id: str = APP_ID) -> list[TopicSpec]:
    """Every topic for an app id, including the brain's state and Faust's leader topic."""
    data = {"retention.ms": _RETENTION_MS, "max.message.bytes": _MAX_MESSAGE_BYTES}
    specs = [
        TopicSpec(ARTICLES, ARTICLES_PARTITIONS, data),
        TopicSpec(ANALYZED, ANALYZED_PARTITIONS, data),
        TopicSpec(ALERTS, ALERTS_PARTITIONS, data),
        TopicSpec(DEAD_LETTER, DEAD_LETTER_PARTITIONS, data),
        TopicSpec(f"{app_id}-__assignor-__leader", 1),
    ]
    specs.append(
        TopicSpec(
            brain_state_topic(app_id),
            BRAIN_STATE_PARTITIONS,
            {"cleanup.policy": "compact", "max.message.bytes": _MAX_MESSAGE_BYTES},
        )
    )
    return specs


#: The topics the worker's agents consume: drained when all of them are committed.
PIPELINE_TOPICS = (ARTICLES, ANALYZED, ALERTS)


def consumed_topics(deliver_in_brain: bool) -> tuple[str, ...]:
    """The pipeline topics a worker commits: without the alerts topic when the brain
    delivers to Redis itself (no deliver agent reads it, so its lag never falls)."""
    return tuple(t for t in PIPELINE_TOPICS if not (deliver_in_brain and t == ALERTS))
