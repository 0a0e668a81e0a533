-- The deduplication of consumers: per consumer and stream, the highest ce_sequence (the stream version) applied.
-- Each stream reaches a consumer in version order, so an event at or below its stream's mark has been applied
-- already, however long ago: unlike processed_event this needs no pruning, and a replay of a whole topic (a consumer
-- group whose offsets expired) doubles nothing. Written in the batch's transaction, after its stream locks.
-- previous_sequence is the mark before the latest advance, so the advancing upsert can return it in one statement.
CREATE TABLE consumer_stream_marks (
    consumer          text        NOT NULL,
    stream_id         text        NOT NULL,
    last_sequence     bigint      NOT NULL CHECK (last_sequence > 0),
    previous_sequence bigint      NOT NULL DEFAULT 0,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, stream_id)
);
