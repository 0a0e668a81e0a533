-- Who erased which data subject, when, and on what legal basis (no personal data). An erased subject never
-- gets a key again. IF NOT EXISTS: services created this table themselves before the kit owned it (registry
-- V13, assessment V12), and their rows are kept.
CREATE TABLE IF NOT EXISTS erasures (
    subject_id   uuid PRIMARY KEY,
    kind         text        NOT NULL,
    erased_by    text        NOT NULL,
    legal_basis  text        NOT NULL,
    erased_at    timestamptz NOT NULL DEFAULT now()
);

-- The kinds are the subjects the kit keys: persons and households. Assessment's own copy allowed households
-- only, under the name PostgreSQL gave its inline check; that check is replaced by the kit's.
ALTER TABLE erasures DROP CONSTRAINT IF EXISTS erasures_kind_check;
ALTER TABLE erasures ADD CONSTRAINT erasures_kind_check CHECK (kind IN ('person', 'household'));
