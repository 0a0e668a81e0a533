-- Owned by the engine (ProjectionEngine): where this generation has read each partition to, committed in the same
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

-- This generation's deduplication marks, of the shape of platform-kit's table (its V1_15). The kit's StreamMarks
-- writes consumer_stream_marks unqualified, so the batch's search_path (this schema, then public) finds this table
-- before public's: the marks go with the schema when a retired generation is dropped, and a rebuild's marks fill a
-- table of their own rather than public's (the delete of a retired generation's rows was a rebuild's largest
-- autovacuum).
CREATE TABLE consumer_stream_marks (LIKE public.consumer_stream_marks INCLUDING ALL);
