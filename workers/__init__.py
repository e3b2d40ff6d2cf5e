"""claimwatch's processes: the Faust worker, the Redis alert sink, replay and ingestion."""
