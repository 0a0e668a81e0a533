-- Streams the outbox relay holds back because one of their events could not be mapped to its public contract (an
-- unknown stored type, a seal that will not open, a bug in a mapper). The stream's events from from_version on wait,
-- in order, while every other stream is published; the checkpoint moves past them. An operator fixes the cause (a
-- deploy, a key) and asks for the release (release_requested_at); the relay then publishes the held events in order
-- and deletes the row, or parks the stream again with the new reason.
CREATE TABLE relay_parked_streams (
    relay_name           text        NOT NULL,
    stream_id            text        NOT NULL,
    from_version         bigint      NOT NULL,
    event_id             uuid        NOT NULL,
    event_type           text        NOT NULL,
    reason               text        NOT NULL,
    parked_at            timestamptz NOT NULL DEFAULT now(),
    release_requested_at timestamptz,
    PRIMARY KEY (relay_name, stream_id)
);
