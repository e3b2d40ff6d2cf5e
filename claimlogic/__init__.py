"""Pure claim logic: extraction, normalisation, dedup, stories and the figure ledger.

Nothing in this package performs I/O or imports Kafka, Faust, Redis or HTTP
clients: every function takes plain data and returns plain data, so it can be
unit-tested, benchmarked and reused outside the stream.
"""
