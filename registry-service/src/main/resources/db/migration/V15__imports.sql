-- Bulk imports of the national list. The file itself is never kept; only its hash, the counts, and the
-- refused rows (row number and rule, never the row's content).
CREATE TABLE imports (
    import_id          uuid PRIMARY KEY,
    status             text        NOT NULL CHECK (status IN ('received', 'processing', 'done', 'failed')),
    submitted_by       text        NOT NULL,
    file_sha256        bytea       NOT NULL,
    bytes              bigint      NOT NULL,
    rows_read          integer     NOT NULL DEFAULT 0,
    households_created integer     NOT NULL DEFAULT 0,
    people_created     integer     NOT NULL DEFAULT 0,
    rows_refused       integer     NOT NULL DEFAULT 0,
    rows_flagged       integer     NOT NULL DEFAULT 0,
    received_at        timestamptz NOT NULL DEFAULT now(),
    started_at         timestamptz,
    finished_at        timestamptz,
    failure            text
);

CREATE TABLE import_refusals (
    import_id  uuid    NOT NULL REFERENCES imports (import_id),
    row_number integer NOT NULL,
    field      text    NOT NULL,
    rule       text    NOT NULL,
    message    text    NOT NULL
);
CREATE INDEX import_refusals_by_import ON import_refusals (import_id, row_number);
