-- The idempotent inbox of consumers: a row per (consumer, event) applied, written in the projection's
-- transaction. Pruned after a retention window longer than any redelivery.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX processed_event_age ON processed_event (processed_at);
