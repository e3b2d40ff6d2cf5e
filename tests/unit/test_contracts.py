"""Record schemas, topic catalogue and settings: the contracts between stages."""

from __future__ import annotations

import json

import pytest

from claimwatch.settings import Secret, Settings, redact_url
from topics import (
    MAX_ARTICLE_BYTES,
    Article,
    SchemaError,
    dead_letter_record,
    decode_json,
    encode,
    parse_article,
)
from topics.catalog import ANALYZED, ANALYZED_PARTITIONS, brain_state_topic, topic_specs


def test_article_roundtrip_keeps_id_and_hash() -> None:
    article = Article.create("Some 3,000 soldiers arrived.", url="https://x.test/a", title="T")
    parsed = parse_article(encode(article.to_dict()))
    assert parsed.id == article.id and parsed.content_hash == article.content_hash
    assert parsed.title == "T"


def test_article_id_follows_url_and_hash_follows_text() -> None:
    a = Article.create("version one", url="https://x.test/a")
    b = Article.create("version two", url="https://x.test/a")
    c = Article.create("version one")
    assert a.id == b.id and a.content_hash != b.content_hash
    assert c.id != a.id and c.content_hash == a.content_hash


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{oops", "not valid JSON"),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"title": "x"}', "'text' is missing"),
        (b'{"text": 5}', "'text' is missing or not a string"),
        (b'{"text": "   "}', "'text' is empty"),
        (b'{"text": "ok", "url": 7}', "'url' must be a string"),
        (b'{"text": "ok", "id": ""}', "'id' must be a non-empty string"),
        (b"\xff\xfe junk", "not valid UTF-8"),
        (json.dumps({"text": "x" * (MAX_ARTICLE_BYTES + 1)}).encode(), "exceeds"),
    ],
)
def test_invalid_articles_are_rejected_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(SchemaError, match=reason):
        parse_article(raw)


def test_encode_writes_what_json_wrote_and_falls_back_where_orjson_refuses() -> None:
    """The wire format did not change when encode() moved to orjson."""
    record = {
        "id": "al-1",
        "text": "Über 3\u00a0000 Menschen \u2014 «quoted» \U0001f600",
        "value": 12.5,
        "tiny": 1e-07,
        "n": [1, -2, 3_000_000_000],
        "none": None,
        "flag": True,
        "nested": {"a": [{"b": "c"}]},
    }
    plain = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert json.loads(encode(record)) == record
    assert encode({k: v for k, v in record.items() if k != "tiny"}) == plain.replace(
        b',"tiny":1e-07', b""
    )
    # orjson refuses these; json writes them as it always did.
    assert encode({1: "int key"}) == b'{"1":"int key"}'
    assert encode({"big": 2**70}) == b'{"big":1180591620717411303424}'


def test_decode_json_accepts_and_rejects_what_json_did() -> None:
    assert decode_json(b'{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    # orjson refuses these; json accepts them, so they still parse.
    assert decode_json('{"t": "\\ud800"}') == {"t": "\ud800"}
    assert decode_json('{"big": 1180591620717411303424}') == {"big": 2**70}
    with pytest.raises(json.JSONDecodeError):
        decode_json(b'{"text": "unterminated')
    with pytest.raises(UnicodeDecodeError):
        decode_json(b'{"text": "caf\xe9"}')


def test_dead_letter_keeps_binary_as_base64_and_caps_size() -> None:
    record = dead_letter_record(stage="analyze", reason="bad", payload=b"\xff" * 10_000)
    assert record["payload_encoding"] == "base64" and record["payload_bytes"] == 10_000
    assert len(record["payload_excerpt"]) < 6000
    text = dead_letter_record(stage="s", reason="r", payload=b"hello", topic="t", offset=3)
    assert text["payload_excerpt"] == "hello" and text["offset"] == 3


def test_catalogue_has_one_compacted_brain_state_topic_beside_the_brain_topic() -> None:
    specs = {s.name: s for s in topic_specs("app")}
    state = specs[brain_state_topic("app")]
    assert state.partitions == ANALYZED_PARTITIONS == 1
    assert state.config["cleanup.policy"] == "compact"
    assert not any(name.endswith("-changelog") for name in specs)
    assert specs[ANALYZED].partitions == ANALYZED_PARTITIONS == 1
    assert "app-__assignor-__leader" in specs


def test_settings_from_env_coerces_types_and_hides_secrets() -> None:
    s = Settings.from_env(
        {
            "CLAIMWATCH_WEB_PORT": "7001",
            "CLAIMWATCH_INGEST_ALLOW_PRIVATE": "yes",
            "CLAIMWATCH_REDIS_URL": "redis://:hunter2@db:6379/0",
            "CLAIMWATCH_KAFKA_SASL_PASSWORD": "s3cret",
            "UNRELATED": "x",
        }
    )
    assert s.web_port == 7001 and s.ingest_allow_private is True
    assert s.redis_url.reveal() == "redis://:hunter2@db:6379/0"
    assert "hunter2" not in repr(s) and "s3cret" not in repr(s)
    assert redact_url(s.redis_url.reveal()) == "redis://:****@db:6379/0"
    with pytest.raises(ValueError, match="CLAIMWATCH_WEB_PORT"):
        Settings.from_env({"CLAIMWATCH_WEB_PORT": "many"})


def test_settings_survive_a_trip_through_the_environment() -> None:
    s = Settings().with_overrides(kafka_bootstrap="h:1,h:2", redis_url="redis://r/1")
    again = Settings.from_env(s.to_env())
    assert again == s
    assert isinstance(again.redis_url, Secret)
    assert again.kafka_broker_url == "kafka://h:1;kafka://h:2"
    assert all(name.startswith("CLAIMWATCH_") for name in Settings.env_names())
