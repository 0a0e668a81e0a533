-- Consumers deduplicate by consumer_stream_marks now (V1_15), which needs no pruning. processed_event is no longer
-- written or pruned; it stays so that existing databases keep their migration history, and can be dropped later.
COMMENT ON TABLE processed_event IS 'retired: consumers deduplicate by consumer_stream_marks (V1_15)';
