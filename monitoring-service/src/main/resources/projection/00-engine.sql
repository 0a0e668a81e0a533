-- Owned by the engine (ProjectionRunner): where this generation has read each partition to, committed in the same
-- transaction as the rows the records changed.
CREATE TABLE positions (
    topic       text    NOT NULL,
    partition   integer NOT NULL,
    next_offset bigint  NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- Freshness per topic: how many events applied, the ce_time of the latest, and when it was applied.
CREATE TABLE freshness (
    topic           text PRIMARY KEY,
    events_applied  bigint      NOT NULL DEFAULT 0,
    last_event_at   timestamptz,
    last_applied_at timestamptz
);
