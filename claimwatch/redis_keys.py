"""Every Redis key, stream and channel name claimwatch uses, in one place."""

#: Durable alert log (Redis Stream, approximate MAXLEN retention). Fields: id, kind, json.
ALERTS_STREAM = "claimwatch:alerts"
#: Live alert feed (pub/sub); messages are the alert JSON. Nothing is kept for absent listeners.
ALERTS_CHANNEL = "claimwatch:alerts:live"
#: Prefix of the marker keys (with TTL) that make the alert sink idempotent.
ALERT_SEEN_PREFIX = "claimwatch:alert-seen:"
