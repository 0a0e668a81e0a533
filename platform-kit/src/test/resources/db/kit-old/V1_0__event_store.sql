-- The event store of one service database (platform-kit). One concern per file; this one: streams and events.

-- A row per stream: its current version and the hash of its last event. Appends lock the stream first
-- (an advisory transaction lock in sorted order) and then write this row, which is the transaction's first write.
CREATE TABLE event_streams (
    stream_id   text PRIMARY KEY,
    stream_type text        NOT NULL,
    version     bigint      NOT NULL CHECK (version >= 0),
    last_hash   bytea,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- The append-only events; also the outbox the relay reads.
CREATE TABLE events (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id       text        NOT NULL REFERENCES event_streams (stream_id),
    stream_type     text        NOT NULL,
    version         bigint      NOT NULL CHECK (version >= 1),
    event_id        uuid        NOT NULL UNIQUE,
    event_type      text        NOT NULL,
    schema_version  integer     NOT NULL CHECK (schema_version >= 1),
    payload         jsonb       NOT NULL,
    metadata        jsonb       NOT NULL,
    recorded_at     timestamptz NOT NULL,
    transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
    hash            bytea       NOT NULL,
    -- the backstop of optimistic concurrency: two writers can never both take a version
    CONSTRAINT events_stream_version UNIQUE (stream_id, version)
);

-- The relay's reading order.
CREATE INDEX events_relay_order ON events (transaction_id, global_position);
CREATE INDEX events_by_type ON events (event_type);
