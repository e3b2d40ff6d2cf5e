"""The contracts between claimwatch's stages: topic catalogue and record schemas.

Producers (replay, ingestion) and Faust agents import topic names, partition
counts and record shapes from here and nowhere else.
"""

from topics.catalog import PIPELINE_TOPICS, TopicSpec, consumed_topics, topic_specs
from topics.schemas import (
    MAX_ARTICLE_BYTES,
    Article,
    SchemaError,
    dead_letter_record,
    decode_json,
    encode,
    parse_article,
)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "PIPELINE_TOPICS",
    "Article",
    "SchemaError",
    "TopicSpec",
    "consumed_topics",
    "dead_letter_record",
    "decode_json",
    "encode",
    "parse_article",
    "topic_specs",
]
